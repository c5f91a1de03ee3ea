import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  DomainException,
  keyset,
  renderMarkdown,
  sqlOf,
  keysetPage,
  type Sql,
  type ConnectionShape,
  type KeysetSort,
  type RequestContext,
  type Viewer,
} from '@mouvement/api-core';
import { isAdmin, requireViewer } from '@mouvement/api-auth';
import { belongsToOrganisation } from '@mouvement/api-organisations';
import { TerritoriesService, type TerritorySnapshot } from '@mouvement/api-territories';
import {
  PRACTICE_LIMITS,
  PracticeLicence,
  PracticeStatus,
  SECTION_LABELS,
  SectionKind,
  slugify,
  sortSections,
  type Locale,
  type PracticeSectionValue,
  type Theme,
} from '@mouvement/shared-domain';
import { DataSource, type EntityManager } from 'typeorm';
import type { CreatePracticeInput, PracticeFilter, PracticesArgs, UpdatePracticeInput } from './practice.input';
import { PracticeSort } from './practice.input';
import { highlight, MAX_TEXT, plainText, queryLexemes } from './snippet';
import { Practice, type PracticeSection, type PracticeVersion } from './practice.model';

/** What a card needs: lists leave the sections out (they can be long) and load them only when asked. */
export const PRACTICE_LIST_COLUMNS = `p.id, p.slug, p.title, p.summary, p.themes, p.region_code, p.department_code, p.organisation_id,
  p.group_id, p.licence, p.status, p.version, p.useful_count, p.inspiring_count, p.comment_count, p.replication_count,
  p.published_at, p.created_at, p.updated_at, p.hidden_at`;
export const PRACTICE_COLUMNS = `${PRACTICE_LIST_COLUMNS}, p.sections`;

export interface PracticeRow {
  id: string;
  slug: string;
  title: string;
  summary: string | null;
  themes: Theme[];
  region_code: string | null;
  department_code: string | null;
  organisation_id: string | null;
  group_id: string | null;
  licence: PracticeLicence;
  status: PracticeStatus;
  /** Absent from list rows (PRACTICE_LIST_COLUMNS). */
  sections?: PracticeSectionValue[];
  version: number;
  useful_count: number;
  inspiring_count: number;
  comment_count: number;
  replication_count: number;
  published_at: Date | null;
  created_at: Date;
  updated_at: Date;
  hidden_at: Date | null;
}

/** What an earlier version keeps: the content, not the counters. */
interface Snapshot {
  title: string;
  summary: string | null;
  themes: Theme[];
  regionCode: string | null;
  departmentCode: string | null;
  organisationId: string | null;
  groupId: string | null;
  licence: PracticeLicence;
  sections: PracticeSectionValue[];
  savedAt: string;
  savedById: string | null;
}

/** A sheet's content as statement parameters $2 to $10, in the order INSERT and UPDATE name them. */
function contentParams(v: Omit<Snapshot, 'savedAt' | 'savedById'>): unknown[] {
  return [v.title, v.summary, v.themes, v.regionCode, v.departmentCode, v.organisationId, v.groupId, v.licence, JSON.stringify(v.sections)];
}

export const PracticeErrors = {
  notFound: () => DomainException.notFound({ fr: 'Pratique', en: 'Practice' }),
  notAuthor: () =>
    DomainException.forbidden({
      fr: 'Seuls les auteurs et autrices de la fiche et les administrateur·rices peuvent faire cela.',
      en: 'Only the practice’s authors and admins can do that.',
    }),
  stale: () =>
    DomainException.conflict({
      fr: 'La fiche a été modifiée entre-temps : rechargez-la pour repartir de la dernière version.',
      en: 'The sheet was changed in the meantime: reload it to start from the latest version.',
    }),
  hiddenStays: () =>
    DomainException.forbidden({
      fr: 'Une fiche masquée par la modération reste dans son groupe jusqu’à ce qu’elle soit rétablie.',
      en: 'A sheet hidden by moderation stays in its group until it is restored.',
    }),
  notOrganisationMember: () =>
    DomainException.field(
      'organisationId',
      {
        fr: 'Une fiche se présente au nom d’une organisation dont vous êtes membre.',
        en: 'A practice is presented on behalf of an organisation you are a member of.',
      },
      'NOT_ORGANISATION_MEMBER',
    ),
  lastAuthor: () =>
    DomainException.conflict({ fr: 'Une fiche garde toujours au moins un auteur.', en: 'A practice always keeps at least one author.' }),
};

/**
 * Locks a published practice's row for a write that changes its counters (reactions, comments,
 * replications), so that parallel writes serialise and the counts stay exact.
 */
export async function lockPublishedPractice(m: EntityManager, practiceId: string, notPublished: () => DomainException): Promise<void> {
  const rows = (await m.query(`SELECT status, hidden_at FROM practice WHERE id = $1 AND deleted_at IS NULL FOR UPDATE`, [practiceId])) as {
    status: PracticeStatus;
    hidden_at: Date | null;
  }[];
  if (!rows[0]) throw PracticeErrors.notFound();
  if (rows[0].status !== PracticeStatus.PUBLISHED || rows[0].hidden_at) throw notPublished();
}

/**
 * Sections in the page's fixed order. Their HTML is rendered only when a reader asks for it: a list
 * page that shows titles and summaries renders no markdown at all.
 */
export function sectionsOut(sections: readonly PracticeSectionValue[], locale: Locale): PracticeSection[] {
  return sortSections(sections).map((s) => {
    let html: string | undefined;
    return {
      kind: s.kind,
      heading: s.kind === SectionKind.OTHER ? (s.heading ?? SECTION_LABELS.OTHER[locale]) : SECTION_LABELS[s.kind][locale],
      ownHeading: s.kind === SectionKind.OTHER ? s.heading : null,
      body: s.body,
      get bodyHtml() {
        html ??= renderMarkdown(s.body);
        return html;
      },
    };
  });
}

export function rowToPractice(r: PracticeRow, territories: TerritorySnapshot, locale: Locale, snippet: string | null = null): Practice {
  return Object.assign(new Practice(), {
    id: r.id,
    slug: r.slug,
    title: r.title,
    summary: r.summary,
    themes: r.themes,
    region: r.region_code ? territories.region(r.region_code) : null,
    department: territories.department(r.department_code),
    licence: r.licence,
    status: r.status,
    hiddenByModeration: r.hidden_at !== null,
    // List rows come without their sections: PracticeRelations loads them if a field asks.
    ...(r.sections ? { sections: sectionsOut(r.sections, locale) } : {}),
    version: r.version,
    usefulCount: r.useful_count,
    inspiringCount: r.inspiring_count,
    commentCount: r.comment_count,
    replicationCount: r.replication_count,
    publishedAt: r.published_at,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    snippet,
    organisationId: r.organisation_id,
    groupId: r.group_id,
  });
}

const SORTS: Record<Exclude<PracticeSort, 'RELEVANCE'>, KeysetSort> = {
  NEWEST: { expr: 'p.published_at', direction: 'DESC', cast: 'timestamptz', idExpr: 'p.id' },
  MOST_REPLICATED: { expr: 'p.replication_count', direction: 'DESC', cast: 'int8', idExpr: 'p.id' },
  MOST_USEFUL: { expr: 'p.useful_count', direction: 'DESC', cast: 'int8', idExpr: 'p.id' },
};

/** The words of a search, in French (accents and case ignored, stemmed). */
const WORDS = (q: string) => `p.search @@ websearch_to_tsquery('fr_unaccent', ${q})`;
/** Title words weigh most (A), then summary and organisation (B), headings (C), bodies (D). */
const RANK = (q: string) => `ts_rank(p.search, websearch_to_tsquery('fr_unaccent', ${q}))::float8`;
/** A near-miss title, by trigram word similarity: "autocol" finds "Autocool". */
const NEAR_MISS = (q: string) => `lower(mv_unaccent(${q})) <% p.title_key`;
const SIMILARITY = (q: string) => `word_similarity(lower(mv_unaccent(${q})), p.title_key)::float8`;

@Injectable()
export class PracticesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly territories: TerritoriesService,
  ) {}

  // ---- reading ----------------------------------------------------------------------------

  /** Published and archived sheets are public; drafts are shown to their authors and admins only. */
  async bySlug(ctx: RequestContext, slug: string): Promise<Practice | null> {
    return this.readable(ctx, `p.slug = $1`, [slug]);
  }

  async byId(ctx: RequestContext, id: string): Promise<Practice | null> {
    return this.readable(ctx, `p.id = $1`, [id]);
  }

  private async readable(ctx: RequestContext, where: string, params: unknown[]): Promise<Practice | null> {
    const viewerId = ctx.viewer?.id ?? null;
    const v = `$${params.length + 1}::uuid`;
    const rows = await sqlOf(this.dataSource)<PracticeRow & { is_author: boolean; is_moderator: boolean }>(
      `SELECT ${PRACTICE_COLUMNS},
         EXISTS (SELECT 1 FROM practice_author pa WHERE pa.practice_id = p.id AND pa.account_id = ${v}) AS is_author,
         p.hidden_at IS NOT NULL AND EXISTS (SELECT 1 FROM group_member gm WHERE gm.group_id = p.group_id AND gm.account_id = ${v}
           AND gm.role = 'COORDINATOR' AND gm.status = 'ACTIVE') AS is_moderator
       FROM practice p WHERE ${where} AND p.deleted_at IS NULL`,
      [...params, viewerId],
    );
    const row = rows[0];
    if (!row) return null;
    if (row.status === PracticeStatus.DRAFT && !row.is_author && !isAdmin(ctx.viewer)) return null;
    // A sheet hidden by moderation: its authors, the admins and the coordinators who moderate it.
    if (row.hidden_at && !row.is_author && !row.is_moderator && !isAdmin(ctx.viewer)) return null;
    return rowToPractice(row, await this.territories.snapshot(), ctx.locale);
  }

  /**
   * The library: published practices, filtered, sorted, searched. One statement per page (two with
   * the total). A search matches French words first; only when no practice has them does it look
   * for near-miss titles (trigrams), with one more statement.
   */
  async list(ctx: RequestContext, args: PracticesArgs): Promise<ConnectionShape<Practice>> {
    const search = args.filter?.search?.trim() || null;
    if (!search) return this.page(ctx, args, null);
    const words = await this.page(ctx, args, 'WORDS');
    if (words.edges.length > 0) return words;
    return this.page(ctx, args, 'NEAR_MISS');
  }

  private async page(ctx: RequestContext, args: PracticesArgs, mode: 'WORDS' | 'NEAR_MISS' | null): Promise<ConnectionShape<Practice>> {
    const filter = args.filter ?? {};
    const params: unknown[] = [];
    const { from, where: filters } = this.filterSql(filter, params);
    let where = filters;
    let q: string | null = null;
    if (mode) {
      params.push(filter.search?.trim());
      q = `$${params.length}`;
      where += ` AND ${mode === 'WORDS' ? WORDS(q) : NEAR_MISS(q)}`;
    }
    const sort: KeysetSort =
      args.sort === PracticeSort.RELEVANCE && q
        ? { expr: mode === 'WORDS' ? RANK(q) : SIMILARITY(q), direction: 'DESC', cast: 'float8', idExpr: 'p.id' }
        : SORTS[args.sort === PracticeSort.RELEVANCE ? PracticeSort.NEWEST : args.sort];
    // A search also brings back the query's lexemes, for the excerpts. The sort expression is
    // selected so that ordering computes it once.
    const searching = mode === 'WORDS' && q;
    const columns = searching
      ? `${PRACTICE_LIST_COLUMNS}, ${sort.expr} AS sort_value, websearch_to_tsquery('fr_unaccent', ${q})::text AS query_terms`
      : `${PRACTICE_LIST_COLUMNS}, ${sort.expr} AS sort_value`;
    const territories = await this.territories.snapshot();
    const sql = sqlOf(this.dataSource);
    return keysetPage<PracticeRow & { query_terms?: string }, Practice>(
      sql,
      { columns, from, where, params, order: (p) => keyset(sort, args.after, p), first: args.first },
      async (rows) => {
        const excerpts = searching ? await this.excerpts(sql, rows, queryLexemes(rows[0]?.query_terms)) : new Map<string, string>();
        return rows.map((r) => rowToPractice(r, territories, ctx.locale, excerpts.get(r.id) ?? null));
      },
    );
  }

  /**
   * Search excerpts for the rows of a page, in one more statement: the beginning of each sheet's
   * text (summary, then sections), never the whole of a long sheet.
   */
  private async excerpts(sql: Sql, rows: readonly { id: string }[], lexemes: readonly string[]): Promise<Map<string, string>> {
    if (rows.length === 0) return new Map();
    const sources = await sql<{ id: string; source: string }>(
      `SELECT p.id, left(concat_ws(' · ', p.summary, (SELECT string_agg(s->>'body', ' · ') FROM jsonb_array_elements(p.sections) s)), $2) AS source
       FROM practice p WHERE p.id = ANY($1)`,
      [rows.map((r) => r.id), MAX_TEXT],
    );
    const out = new Map<string, string>();
    for (const { id, source } of sources) {
      const html = highlight(plainText(source ?? ''), lexemes);
      if (html) out.set(id, html);
    }
    return out;
  }

  private filterSql(filter: PracticeFilter, params: unknown[]): { from: string; where: string } {
    const where = [`p.status = 'PUBLISHED'`, 'p.deleted_at IS NULL', 'p.hidden_at IS NULL'];
    let from = 'practice p';
    const add = (value: unknown) => {
      params.push(value);
      return `$${params.length}`;
    };
    if (filter.themes?.length) where.push(`p.themes && ${add(filter.themes)}::text[]`);
    if (filter.regionCode) where.push(`p.region_code = ${add(filter.regionCode)}`);
    if (filter.departmentCode) where.push(`p.department_code = ${add(filter.departmentCode)}`);
    if (filter.groupId) where.push(`p.group_id = ${add(filter.groupId)}::uuid`);
    if (filter.hasReplications === true) where.push('p.replication_count > 0');
    if (filter.hasReplications === false) where.push('p.replication_count = 0');
    if (filter.organisationKind || (filter.socialEconomy !== null && filter.socialEconomy !== undefined)) {
      from = 'practice p JOIN organisation o ON o.id = p.organisation_id AND o.deleted_at IS NULL';
      if (filter.organisationKind) where.push(`o.kind = ${add(filter.organisationKind)}`);
      if (filter.socialEconomy !== null && filter.socialEconomy !== undefined)
        where.push(`o.is_social_economy = ${add(filter.socialEconomy)}`);
    }
    return { from, where: where.join(' AND ') };
  }

  /** The viewer's practices, every status, last edited first. */
  async mine(ctx: RequestContext): Promise<Practice[]> {
    const viewer = requireViewer(ctx);
    const rows = await sqlOf(this.dataSource)<PracticeRow>(
      `SELECT ${PRACTICE_LIST_COLUMNS} FROM practice p JOIN practice_author pa ON pa.practice_id = p.id AND pa.account_id = $1
       WHERE p.deleted_at IS NULL ORDER BY p.updated_at DESC, p.id DESC LIMIT 200`,
      [viewer.id],
    );
    const territories = await this.territories.snapshot();
    return rows.map((r) => rowToPractice(r, territories, ctx.locale));
  }

  /** Any version of a practice its reader can read: earlier ones from the history, the current one from the sheet. */
  async version(ctx: RequestContext, practiceId: string, version: number): Promise<PracticeVersion> {
    const practice = await this.byId(ctx, practiceId);
    if (!practice) throw PracticeErrors.notFound();
    const rows = await sqlOf(this.dataSource)<{ snapshot: Snapshot; name: string | null }>(
      version === practice.version
        ? `SELECT jsonb_build_object('title', p.title, 'summary', p.summary, 'themes', to_jsonb(p.themes), 'sections', p.sections,
             'savedAt', p.updated_at, 'savedById', p.updated_by_id) AS snapshot, a.display_name AS name
           FROM practice p LEFT JOIN account a ON a.id = p.updated_by_id WHERE p.id = $1 AND $2::int IS NOT NULL`
        : `SELECT r.snapshot, a.display_name AS name FROM practice_revision r
           LEFT JOIN account a ON a.id = (r.snapshot->>'savedById')::uuid WHERE r.practice_id = $1 AND r.version = $2`,
      [practiceId, version],
    );
    const row = rows[0];
    if (!row) throw DomainException.notFound({ fr: 'Version', en: 'Version' });
    return {
      version,
      title: row.snapshot.title,
      summary: row.snapshot.summary,
      themes: row.snapshot.themes,
      sections: sectionsOut(row.snapshot.sections, ctx.locale),
      editedByName: row.name,
      savedAt: new Date(row.snapshot.savedAt),
    };
  }

  // ---- writing ----------------------------------------------------------------------------

  /** Any member writes a draft; they become its first author. */
  async create(ctx: RequestContext, input: CreatePracticeInput): Promise<Practice> {
    const viewer = requireViewer(ctx);
    const values = await this.validated(viewer, {
      title: input.title,
      summary: input.summary ?? null,
      themes: input.themes ?? [],
      regionCode: input.regionCode ?? null,
      departmentCode: input.departmentCode ?? null,
      organisationId: input.organisationId ?? null,
      groupId: input.groupId ?? null,
      licence: input.licence ?? PracticeLicence.CC_BY_SA_4_0,
      sections: this.sections(input.sections ?? []),
    });
    const id = await this.dataSource.transaction(async (m) => {
      const slug = await this.freeSlug(m, values.title);
      const [row] = (await m.query(
        `INSERT INTO practice (slug, title, summary, themes, region_code, department_code, organisation_id, organisation_name, group_id,
           licence, sections, created_by_id, updated_by_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7, (SELECT name FROM organisation WHERE id = $7), $8, $9, $10, $11, $11) RETURNING id`,
        [slug, ...contentParams(values), viewer.id],
      )) as [{ id: string }];
      await m.query(`INSERT INTO practice_author (practice_id, account_id, added_by_id) VALUES ($1, $2, $2)`, [row.id, viewer.id]);
      return row.id;
    });
    return (await this.byId(ctx, id)) as Practice;
  }

  /** Authors and admins edit; the version they edited must be the current one, and it is kept in the history. */
  async update(ctx: RequestContext, practiceId: string, version: number, input: UpdatePracticeInput): Promise<Practice> {
    const viewer = requireViewer(ctx);
    await this.dataSource.transaction(async (m) => {
      const current = await this.lockForAuthor(m, viewer, practiceId);
      if (current.version !== version) throw PracticeErrors.stale();
      const values = await this.validated(
        viewer,
        {
          title: input.title ?? current.title,
          summary: input.summary === undefined ? current.summary : input.summary,
          themes: input.themes ?? current.themes,
          regionCode: input.regionCode === undefined ? current.region_code : input.regionCode,
          departmentCode:
            input.departmentCode === undefined && input.regionCode === undefined ? current.department_code : (input.departmentCode ?? null),
          organisationId: input.organisationId === undefined ? current.organisation_id : input.organisationId,
          groupId: input.groupId === undefined ? current.group_id : input.groupId,
          licence: input.licence ?? current.licence,
          sections: input.sections ? this.sections(input.sections) : current.sections,
        },
        { groupId: current.group_id, organisationId: current.organisation_id },
      );
      if (current.status === PracticeStatus.PUBLISHED) this.assertPublishable(values);
      if (values.groupId !== current.group_id) {
        // Moving a hidden sheet would hand its moderation to another group's coordinators.
        if (current.hidden_at && !isAdmin(viewer)) throw PracticeErrors.hiddenStays();
        // Open reports follow the sheet to the group that now moderates it.
        await m.query(
          `UPDATE content_report SET group_id = $2 WHERE status = 'OPEN' AND ((target_type = 'PRACTICE' AND target_id = $1)
             OR (target_type = 'PRACTICE_COMMENT' AND target_id IN (SELECT id FROM practice_comment WHERE practice_id = $1)))`,
          [practiceId, values.groupId],
        );
      }
      const snapshot: Snapshot = {
        title: current.title,
        summary: current.summary,
        themes: current.themes,
        regionCode: current.region_code,
        departmentCode: current.department_code,
        organisationId: current.organisation_id,
        groupId: current.group_id,
        licence: current.licence,
        sections: current.sections,
        savedAt: current.updated_at.toISOString(),
        savedById: current.updated_by_id,
      };
      await m.query(`INSERT INTO practice_revision (practice_id, version, snapshot, edited_by_id) VALUES ($1, $2, $3, $4)`, [
        practiceId,
        current.version,
        JSON.stringify(snapshot),
        viewer.id,
      ]);
      await m.query(
        `UPDATE practice SET title = $2, summary = $3, themes = $4, region_code = $5, department_code = $6, organisation_id = $7,
           organisation_name = (SELECT name FROM organisation WHERE id = $7), group_id = $8, licence = $9, sections = $10,
           version = version + 1, updated_by_id = $11, updated_at = now()
         WHERE id = $1`,
        [practiceId, ...contentParams(values), viewer.id],
      );
    });
    return (await this.byId(ctx, practiceId)) as Practice;
  }

  /** A published practice needs a summary, a theme and a region. */
  async publish(ctx: RequestContext, practiceId: string): Promise<Practice> {
    const viewer = requireViewer(ctx);
    await this.dataSource.transaction(async (m) => {
      const current = await this.lockForAuthor(m, viewer, practiceId);
      this.assertPublishable({ summary: current.summary, themes: current.themes, regionCode: current.region_code });
      await m.query(
        `UPDATE practice SET status = 'PUBLISHED', published_at = COALESCE(published_at, now()), archived_at = NULL, updated_at = now() WHERE id = $1`,
        [practiceId],
      );
    });
    return (await this.byId(ctx, practiceId)) as Practice;
  }

  /** Archived practices leave the library but keep their address. */
  async archive(ctx: RequestContext, practiceId: string): Promise<Practice> {
    const viewer = requireViewer(ctx);
    await this.dataSource.transaction(async (m) => {
      await this.lockForAuthor(m, viewer, practiceId);
      await m.query(`UPDATE practice SET status = 'ARCHIVED', archived_at = now(), updated_at = now() WHERE id = $1`, [practiceId]);
    });
    return (await this.byId(ctx, practiceId)) as Practice;
  }

  /** An author adds another member as co-author. */
  async addAuthor(ctx: RequestContext, practiceId: string, memberId: string): Promise<Practice> {
    const viewer = requireViewer(ctx);
    await this.dataSource.transaction(async (m) => {
      await this.lockForAuthor(m, viewer, practiceId);
      const [{ exists }] = (await m.query(`SELECT EXISTS (SELECT 1 FROM account WHERE id = $1 AND deleted_at IS NULL) AS exists`, [
        memberId,
      ])) as [{ exists: boolean }];
      if (!exists) throw DomainException.notFound({ fr: 'Membre', en: 'Member' });
      const [{ n }] = (await m.query(`SELECT count(*)::int AS n FROM practice_author WHERE practice_id = $1`, [practiceId])) as [
        { n: number },
      ];
      if (n >= PRACTICE_LIMITS.authorsMax)
        throw DomainException.field('memberId', {
          fr: `Une fiche compte au plus ${PRACTICE_LIMITS.authorsMax} auteurs.`,
          en: `A practice has at most ${PRACTICE_LIMITS.authorsMax} authors.`,
        });
      await m.query(
        `INSERT INTO practice_author (practice_id, account_id, added_by_id) VALUES ($1, $2, $3) ON CONFLICT (practice_id, account_id) DO NOTHING`,
        [practiceId, memberId, viewer.id],
      );
    });
    return (await this.byId(ctx, practiceId)) as Practice;
  }

  /** Authors remove a co-author (or themselves); the last author stays (the row lock serialises removals). */
  async removeAuthor(ctx: RequestContext, practiceId: string, memberId: string): Promise<Practice | null> {
    const viewer = requireViewer(ctx);
    await this.dataSource.transaction(async (m) => {
      await this.lockForAuthor(m, viewer, practiceId);
      const rows = (await m.query(`SELECT account_id FROM practice_author WHERE practice_id = $1`, [practiceId])) as {
        account_id: string;
      }[];
      if (!rows.some((r) => r.account_id === memberId)) throw DomainException.notFound({ fr: 'Auteur', en: 'Author' });
      if (rows.length <= 1) throw PracticeErrors.lastAuthor();
      await m.query(`DELETE FROM practice_author WHERE practice_id = $1 AND account_id = $2`, [practiceId, memberId]);
    });
    return this.byId(ctx, practiceId);
  }

  // ---- rules ------------------------------------------------------------------------------

  private async lockForAuthor(m: EntityManager, viewer: Viewer, practiceId: string) {
    const rows = (await m.query(
      `SELECT p.*, EXISTS (SELECT 1 FROM practice_author pa WHERE pa.practice_id = p.id AND pa.account_id = $2) AS is_author
       FROM practice p WHERE p.id = $1 AND p.deleted_at IS NULL FOR UPDATE`,
      [practiceId, viewer.id],
    )) as (PracticeRow & { sections: PracticeSectionValue[]; is_author: boolean; updated_by_id: string | null })[];
    const row = rows[0];
    if (!row) throw PracticeErrors.notFound();
    // Only its authors write on a sheet: admins moderate it (hide, restore), they do not edit,
    // publish or archive someone's practice.
    if (!row.is_author) {
      // A draft stays invisible to others (admins read it, as moderators).
      if (row.status === PracticeStatus.DRAFT && !isAdmin(viewer)) throw PracticeErrors.notFound();
      throw PracticeErrors.notAuthor();
    }
    return row;
  }

  private sections(input: { kind: SectionKind; heading?: string | null; body: string }[]): PracticeSectionValue[] {
    const seen = new Set<SectionKind>();
    return input.map((s, i) => {
      if (s.kind !== SectionKind.OTHER) {
        if (seen.has(s.kind))
          throw DomainException.field(`sections.${i}.kind`, {
            fr: `La section « ${SECTION_LABELS[s.kind].fr} » figure deux fois.`,
            en: `The section “${SECTION_LABELS[s.kind].en}” appears twice.`,
          });
        seen.add(s.kind);
      } else if (!s.heading?.trim()) {
        throw DomainException.field(`sections.${i}.heading`, {
          fr: 'Donnez un titre à cette section.',
          en: 'Give this section a heading.',
        });
      }
      return { kind: s.kind, heading: s.kind === SectionKind.OTHER ? (s.heading?.trim() ?? null) : null, body: s.body };
    });
  }

  private async validated<
    T extends { regionCode: string | null; departmentCode: string | null; organisationId: string | null; groupId: string | null },
  >(viewer: Viewer, values: T, current: { groupId: string | null; organisationId: string | null } | null = null): Promise<T> {
    if (values.departmentCode && !values.regionCode)
      throw DomainException.field('regionCode', { fr: 'Choisissez d’abord la région.', en: 'Choose the region first.' });
    if (values.regionCode) await this.territories.assertTerritory(values.regionCode, values.departmentCode);
    const sql = sqlOf(this.dataSource);
    // Naming an organisation speaks for it: the writer must belong to it, as for a replication. A
    // co-author who does not keeps the one already named (and may remove it), but names no other.
    if (values.organisationId && values.organisationId !== current?.organisationId) {
      const found = await sql(`SELECT 1 FROM organisation WHERE id = $1 AND deleted_at IS NULL`, [values.organisationId]);
      if (!found.length) throw DomainException.field('organisationId', { fr: 'Organisation introuvable.', en: 'Organisation not found.' });
      if (!(await belongsToOrganisation(this.dataSource, viewer.id, values.organisationId))) throw PracticeErrors.notOrganisationMember();
    }
    if (values.groupId && values.groupId !== current?.groupId && !isAdmin(viewer)) {
      const member = await sql(
        `SELECT 1 FROM group_member m JOIN movement_group g ON g.id = m.group_id AND g.deleted_at IS NULL
         WHERE m.group_id = $1 AND m.account_id = $2 AND m.status = 'ACTIVE'`,
        [values.groupId, viewer.id],
      );
      if (!member.length)
        throw DomainException.field('groupId', {
          fr: 'Vous pouvez partager une pratique dans les groupes dont vous êtes membre.',
          en: 'You can share a practice in the groups you are a member of.',
        });
    }
    return values;
  }

  private assertPublishable(values: { summary: string | null; themes: Theme[]; regionCode: string | null }) {
    const missing: { field: string; fr: string; en: string }[] = [];
    if (!values.summary?.trim()) missing.push({ field: 'summary', fr: 'Écrivez un résumé.', en: 'Write a summary.' });
    if (!values.themes.length) missing.push({ field: 'themes', fr: 'Choisissez au moins un thème.', en: 'Choose at least one theme.' });
    if (!values.regionCode) missing.push({ field: 'regionCode', fr: 'Choisissez une région.', en: 'Choose a region.' });
    if (missing.length) {
      throw DomainException.badInput(
        missing.map((x) => ({ field: x.field, message: { fr: x.fr, en: x.en } })),
        {
          fr: 'Pour publier, la fiche a besoin d’un résumé, d’un thème et d’une région.',
          en: 'To publish, the sheet needs a summary, a theme and a region.',
        },
      );
    }
  }

  private async freeSlug(m: EntityManager, title: string): Promise<string> {
    const base = slugify(title).slice(0, 80).replace(/-+$/, '') || 'pratique';
    const rows = (await m.query(`SELECT slug FROM practice WHERE slug = $1 OR slug LIKE $1 || '-%'`, [base])) as { slug: string }[];
    const taken = new Set(rows.map((r) => r.slug));
    if (!taken.has(base)) return base;
    for (let i = 2; ; i++) if (!taken.has(`${base}-${i}`)) return `${base}-${i}`;
  }
}
