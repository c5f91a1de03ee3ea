import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { groupedLoader, keyedLoader, lazy, sqlOf, type RequestContext } from '@mouvement/api-core';
import { isAdmin } from '@mouvement/api-auth';
import { MEMBER_COLUMNS, toMember, type MemberRow } from '@mouvement/api-accounts';
import { GROUP_COLUMNS, GroupRelations, rowToGroup, type GroupRow } from '@mouvement/api-groups';
import { OrganisationRelations } from '@mouvement/api-organisations';
import { TerritoriesService } from '@mouvement/api-territories';
import { PracticeFileKind, type PracticeReaction, type PracticeSectionValue } from '@mouvement/shared-domain';
import { FILE_COLUMNS, toPracticeFile, type PracticeFileRow } from './practice-files';
import { DataSource } from 'typeorm';
import type { Practice, PracticeRevision } from './practice.model';
import { PRACTICE_LIST_COLUMNS, rowToPractice, sectionsOut, type PracticeRow } from './practices.service';

/**
 * Gives practices their relations as lazy promises over the request's DataLoaders: one statement
 * per relation and page when selected, none when not.
 */
@Injectable()
export class PracticeRelations {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly territories: TerritoriesService,
    private readonly organisations: OrganisationRelations,
    private readonly groups: GroupRelations,
  ) {}

  /** The request's loaders, built once per request rather than once per practice of a page. */
  private readonly perRequest = new WeakMap<RequestContext, ReturnType<PracticeRelations['buildLoaders']>>();

  private loaders(ctx: RequestContext) {
    let loaders = this.perRequest.get(ctx);
    if (!loaders) {
      loaders = this.buildLoaders(ctx);
      this.perRequest.set(ctx, loaders);
    }
    return loaders;
  }

  private buildLoaders(ctx: RequestContext) {
    const sql = sqlOf(this.dataSource);
    return {
      group: ctx.loaders.get('practice.group', () =>
        keyedLoader<GroupRow>(
          (ids) => sql(`SELECT ${GROUP_COLUMNS} FROM movement_group g WHERE g.id = ANY($1) AND g.deleted_at IS NULL`, [ids]),
          (r) => r.id,
        ),
      ),
      authors: ctx.loaders.get('practice.authors', () =>
        groupedLoader<MemberRow & { practice_id: string }>(
          (ids) =>
            sql(
              `SELECT pa.practice_id, ${MEMBER_COLUMNS} FROM practice_author pa JOIN account a ON a.id = pa.account_id AND a.deleted_at IS NULL
               WHERE pa.practice_id = ANY($1) ORDER BY pa.created_at, a.id`,
              [ids],
            ),
          (r) => r.practice_id,
        ),
      ),
      sections: ctx.loaders.get('practice.sections', () =>
        keyedLoader<{ id: string; sections: PracticeSectionValue[] }>(
          (ids) => sql(`SELECT p.id, p.sections FROM practice p WHERE p.id = ANY($1)`, [ids]),
          (r) => r.id,
        ),
      ),
      coordinatedGroups: ctx.loaders.get('practice.coordinatedGroups', () =>
        keyedLoader<{ group_id: string }>(
          async (ids) =>
            ctx.viewer
              ? sql(
                  `SELECT group_id FROM group_member WHERE account_id = $1 AND group_id = ANY($2) AND role = 'COORDINATOR' AND status = 'ACTIVE'`,
                  [ctx.viewer.id, ids],
                )
              : [],
          (r) => r.group_id,
        ),
      ),
      files: ctx.loaders.get('practice.files', () =>
        groupedLoader<PracticeFileRow>(
          (ids) =>
            sql(
              `SELECT ${FILE_COLUMNS} FROM practice_file f WHERE f.practice_id = ANY($1) AND f.deleted_at IS NULL ORDER BY f.created_at, f.id`,
              [ids],
            ),
          (r) => r.practice_id,
        ),
      ),
      related: ctx.loaders.get('practice.related', () =>
        groupedLoader<PracticeRow & { source_id: string }>(
          (ids) =>
            sql(
              `SELECT src.id AS source_id, r.* FROM practice src
               CROSS JOIN LATERAL (
                 SELECT ${PRACTICE_LIST_COLUMNS},
                   cardinality(ARRAY(SELECT unnest(p.themes) INTERSECT SELECT unnest(src.themes)))
                   + CASE WHEN src.department_code IS NOT NULL AND p.department_code = src.department_code THEN 1.5
                          WHEN p.region_code = src.region_code THEN 1 ELSE 0 END
                   + 4 * ts_rank(p.search, q.words) AS score
                 FROM practice p,
                   LATERAL (SELECT to_tsquery('fr_unaccent', coalesce(nullif(array_to_string(
                     tsvector_to_array(to_tsvector('fr_unaccent', src.title)), ' | '), ''), 'zzzzzz')) AS words) q
                 WHERE p.status = 'PUBLISHED' AND p.deleted_at IS NULL AND p.hidden_at IS NULL AND p.id <> src.id
                   AND (p.themes && src.themes OR p.region_code = src.region_code OR p.search @@ q.words)
                 ORDER BY score DESC, p.published_at DESC, p.id
                 LIMIT 4
               ) r
               WHERE src.id = ANY($1)`,
              [ids],
            ),
          (r) => r.source_id,
        ),
      ),
      viewerReactions: ctx.loaders.get('practice.viewerReactions', () =>
        groupedLoader<{ practice_id: string; reaction: PracticeReaction }>(
          async (ids) =>
            ctx.viewer
              ? sql(
                  `SELECT practice_id, reaction FROM practice_reaction WHERE account_id = $1 AND practice_id = ANY($2) ORDER BY reaction`,
                  [ctx.viewer.id, ids],
                )
              : [],
          (r) => r.practice_id,
        ),
      ),
      replicationMap: ctx.loaders.get('practice.replicationMap', () =>
        groupedLoader<{ practice_id: string; region_code: string; n: number }>(
          (ids) =>
            sql(
              `SELECT practice_id, region_code, count(*)::int AS n FROM practice_replication
               WHERE practice_id = ANY($1) AND deleted_at IS NULL GROUP BY 1, 2 ORDER BY 3 DESC, 2`,
              [ids],
            ),
          (r) => r.practice_id,
        ),
      ),
      revisions: ctx.loaders.get('practice.revisions', () =>
        groupedLoader<PracticeRevision & { practiceId: string }>(
          (ids) =>
            sql(
              `SELECT r.practice_id AS "practiceId", r.version, r.snapshot->>'title' AS title, a.display_name AS "replacedByName",
                 r.created_at AS "replacedAt"
               FROM practice_revision r LEFT JOIN account a ON a.id = r.edited_by_id
               WHERE r.practice_id = ANY($1) ORDER BY r.version DESC`,
              [ids],
            ),
          (r) => r.practiceId,
        ),
      ),
    };
  }

  attach<T extends Practice | null>(practice: T, ctx: RequestContext): T {
    if (!practice) return practice;
    const loaders = this.loaders(ctx);
    const authors = lazy(() => loaders.authors.load(practice.id));
    // List rows come without their sections.
    practice.sections ??= lazy(async () => sectionsOut((await loaders.sections.load(practice.id))?.sections ?? [], ctx.locale));
    practice.organisation = lazy(() => this.organisations.byId(ctx, practice.organisationId));
    practice.group = lazy(async () => {
      const row = practice.groupId ? await loaders.group.load(practice.groupId) : null;
      return row ? this.groups.attach(rowToGroup(row, await this.territories.snapshot()), ctx) : null;
    });
    practice.authors = lazy(async () => {
      const [rows, territories] = await Promise.all([authors, this.territories.snapshot()]);
      return rows.map((row) => toMember(row, ctx.viewer, territories));
    });
    practice.viewerCanEdit = lazy(async () => {
      if (!ctx.viewer) return false;
      return (await authors).some((a) => a.id === ctx.viewer?.id);
    });
    practice.viewerCanModerate = lazy(async () => {
      if (!ctx.viewer) return false;
      if (isAdmin(ctx.viewer)) return true;
      // Coordinators of its group, but nobody moderates their own sheet.
      if (!practice.groupId || (await loaders.coordinatedGroups.load(practice.groupId)) === null) return false;
      return !(await authors).some((a) => a.id === ctx.viewer?.id);
    });
    practice.revisions = lazy(() => loaders.revisions.load(practice.id));
    practice.related = lazy(async () => {
      const [rows, territories] = await Promise.all([loaders.related.load(practice.id), this.territories.snapshot()]);
      return rows.map((row) => this.attach(rowToPractice(row, territories, ctx.locale), ctx));
    });
    const files = lazy(() => loaders.files.load(practice.id));
    practice.cover = lazy(async () => {
      const row = (await files).find((f) => f.kind === PracticeFileKind.COVER);
      return row ? toPracticeFile(row) : null;
    });
    practice.attachments = lazy(async () => (await files).filter((f) => f.kind === PracticeFileKind.ATTACHMENT).map(toPracticeFile));
    practice.viewerReactions = lazy(async () => (await loaders.viewerReactions.load(practice.id)).map((r) => r.reaction));
    practice.replicationMap = lazy(async () => {
      const [rows, territories] = await Promise.all([loaders.replicationMap.load(practice.id), this.territories.snapshot()]);
      return rows.map((r) => ({ region: territories.region(r.region_code), count: r.n }));
    });
    return practice;
  }
}
