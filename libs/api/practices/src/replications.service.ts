import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DomainException, keyedLoader, lazy, sqlOf, type RequestContext, type Viewer } from '@mouvement/api-core';
import { isAdmin, requireViewer } from '@mouvement/api-auth';
import { MEMBER_COLUMNS, toMember, type MemberRow } from '@mouvement/api-accounts';
import { belongsToOrganisation, OrganisationRelations } from '@mouvement/api-organisations';
import { TerritoriesService } from '@mouvement/api-territories';
import { REPLICATION_LIMITS, ReplicationStatus } from '@mouvement/shared-domain';
import { DataSource, type EntityManager } from 'typeorm';
import type { Practice } from './practice.model';
import { PracticeRelations } from './practice.relations';
import {
  lockPublishedPractice,
  PRACTICE_LIST_COLUMNS,
  PracticeErrors,
  PracticesService,
  rowToPractice,
  type PracticeRow,
} from './practices.service';
import type { DeclareReplicationInput, Replication, UpdateReplicationInput } from './replication.model';

interface ReplicationRow {
  id: string;
  practice_id: string;
  declared_by_id: string;
  organisation_id: string | null;
  region_code: string;
  department_code: string | null;
  status: ReplicationStatus;
  notes: string | null;
  contact_consent: boolean;
  created_at: Date;
  updated_at: Date;
}

const COLUMNS = `r.id, r.practice_id, r.declared_by_id, r.organisation_id, r.region_code, r.department_code, r.status, r.notes,
  r.contact_consent, r.created_at, r.updated_at`;

const ReplicationErrors = {
  notFound: () => DomainException.notFound({ fr: 'Déclaration d’essaimage', en: 'Replication' }),
  notDeclarer: () =>
    DomainException.forbidden({
      fr: 'Seule la personne qui l’a déclarée (ou un administrateur) peut la modifier.',
      en: 'Only the person who declared it (or an admin) can change it.',
    }),
  notPublished: () =>
    DomainException.field('practiceId', {
      fr: 'On ne reproduit qu’une pratique publiée.',
      en: 'Only a published practice can be replicated.',
    }),
  notOrganisationMember: () =>
    DomainException.field(
      'organisationId',
      {
        fr: 'Vous pouvez déclarer au nom des organisations dont vous êtes membre.',
        en: 'You can declare on behalf of the organisations you are a member of.',
      },
      'NOT_ORGANISATION_MEMBER',
    ),
};

/** "Essaimage": who replicates a practice, where, how far along; the practice keeps the count. */
/** A practice the viewer ($1, may be null; $2: is admin) may read through a replication. */
const READABLE_PRACTICE = `p.deleted_at IS NULL AND (p.status <> 'DRAFT' OR $2::boolean
  OR EXISTS (SELECT 1 FROM practice_author pa WHERE pa.practice_id = p.id AND pa.account_id = $1::uuid))
  AND (p.hidden_at IS NULL OR $2::boolean OR EXISTS (SELECT 1 FROM practice_author pa WHERE pa.practice_id = p.id AND pa.account_id = $1::uuid))`;

@Injectable()
export class ReplicationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly territories: TerritoriesService,
    private readonly practices: PracticesService,
    private readonly practiceRelations: PracticeRelations,
    private readonly organisations: OrganisationRelations,
  ) {}

  /** A practice's replications, newest first, for whoever can read the practice. */
  async list(ctx: RequestContext, practiceId: string): Promise<Replication[]> {
    if (!(await this.practices.byId(ctx, practiceId))) throw PracticeErrors.notFound();
    const rows = await sqlOf(this.dataSource)<ReplicationRow>(
      `SELECT ${COLUMNS} FROM practice_replication r WHERE r.practice_id = $1 AND r.deleted_at IS NULL
       ORDER BY r.created_at DESC, r.id DESC LIMIT ${REPLICATION_LIMITS.listMax}`,
      [practiceId],
    );
    return this.toReplications(rows, ctx);
  }

  async mine(ctx: RequestContext): Promise<Replication[]> {
    const viewer = requireViewer(ctx);
    const rows = await sqlOf(this.dataSource)<ReplicationRow>(
      `SELECT ${COLUMNS} FROM practice_replication r JOIN practice p ON p.id = r.practice_id AND ${READABLE_PRACTICE}
       WHERE r.declared_by_id = $1 AND r.deleted_at IS NULL
       ORDER BY r.created_at DESC, r.id DESC LIMIT ${REPLICATION_LIMITS.listMax}`,
      [viewer.id, isAdmin(viewer)],
    );
    return this.toReplications(rows, ctx);
  }

  /** Declares (or, for the same person, practice and place, updates) a replication. */
  async declare(ctx: RequestContext, input: DeclareReplicationInput): Promise<Replication> {
    const viewer = requireViewer(ctx);
    await this.territories.assertTerritory(input.regionCode, input.departmentCode);
    if (input.organisationId) await this.assertOrganisationMember(viewer, input.organisationId);
    const id = await this.dataSource.transaction(async (m) => {
      await lockPublishedPractice(m, input.practiceId, ReplicationErrors.notPublished);
      const [row] = (await m.query(
        `INSERT INTO practice_replication (practice_id, declared_by_id, organisation_id, region_code, department_code, status, notes, contact_consent)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
         ON CONFLICT (practice_id, declared_by_id, region_code, COALESCE(department_code, '')) WHERE deleted_at IS NULL
         DO UPDATE SET organisation_id = EXCLUDED.organisation_id, status = EXCLUDED.status, notes = EXCLUDED.notes,
           contact_consent = EXCLUDED.contact_consent, updated_at = now()
         RETURNING id`,
        [
          input.practiceId,
          viewer.id,
          input.organisationId ?? null,
          input.regionCode,
          input.departmentCode ?? null,
          input.status ?? ReplicationStatus.EXPLORING,
          input.notes ?? null,
          input.contactConsent ?? false,
        ],
      )) as [{ id: string }];
      await this.recount(m, input.practiceId);
      return row.id;
    });
    return this.one(ctx, id);
  }

  async update(ctx: RequestContext, replicationId: string, input: UpdateReplicationInput): Promise<Replication> {
    const viewer = requireViewer(ctx);
    await this.dataSource.transaction(async (m) => {
      const row = await this.lockForDeclarer(m, viewer, replicationId, 'edit');
      await m.query(`UPDATE practice_replication SET status = $2, notes = $3, contact_consent = $4, updated_at = now() WHERE id = $1`, [
        replicationId,
        input.status ?? row.status,
        input.notes === undefined ? row.notes : input.notes,
        input.contactConsent ?? row.contact_consent,
      ]);
    });
    return this.one(ctx, replicationId);
  }

  /** Withdraws a declaration (kept in the database, no longer counted). */
  async withdraw(ctx: RequestContext, replicationId: string): Promise<boolean> {
    const viewer = requireViewer(ctx);
    await this.dataSource.transaction(async (m) => {
      const row = await this.lockForDeclarer(m, viewer, replicationId, 'withdraw');
      await m.query(`SELECT id FROM practice WHERE id = $1 FOR UPDATE`, [row.practice_id]);
      await m.query(`UPDATE practice_replication SET deleted_at = now(), updated_at = now() WHERE id = $1`, [replicationId]);
      await this.recount(m, row.practice_id);
    });
    return true;
  }

  // ---- rules ------------------------------------------------------------------------------

  /** The count the library sorts and filters on, recomputed under the practice's row lock. */
  private async recount(m: EntityManager, practiceId: string) {
    await m.query(
      `UPDATE practice SET replication_count = (SELECT count(*) FROM practice_replication WHERE practice_id = $1 AND deleted_at IS NULL)
       WHERE id = $1`,
      [practiceId],
    );
  }

  /**
   * The replication, locked, if the viewer declared it. A platform admin may withdraw one that
   * breaks the charter (moderation) but never changes what someone declared.
   */
  private async lockForDeclarer(
    m: EntityManager,
    viewer: Viewer,
    replicationId: string,
    action: 'edit' | 'withdraw',
  ): Promise<ReplicationRow> {
    const rows = (await m.query(`SELECT ${COLUMNS} FROM practice_replication r WHERE r.id = $1 AND r.deleted_at IS NULL FOR UPDATE`, [
      replicationId,
    ])) as ReplicationRow[];
    const row = rows[0];
    if (!row) throw ReplicationErrors.notFound();
    if (row.declared_by_id !== viewer.id && !(action === 'withdraw' && isAdmin(viewer))) throw ReplicationErrors.notDeclarer();
    return row;
  }

  private async assertOrganisationMember(viewer: Viewer, organisationId: string) {
    if (!(await belongsToOrganisation(this.dataSource, viewer.id, organisationId))) throw ReplicationErrors.notOrganisationMember();
  }

  private async one(ctx: RequestContext, id: string): Promise<Replication> {
    const rows = await sqlOf(this.dataSource)<ReplicationRow>(`SELECT ${COLUMNS} FROM practice_replication r WHERE r.id = $1`, [id]);
    const [replication] = await this.toReplications(rows, ctx);
    if (!replication) throw ReplicationErrors.notFound();
    return replication;
  }

  /** Rows to replications with their relations as lazy promises over the request's loaders. */
  private async toReplications(rows: ReplicationRow[], ctx: RequestContext): Promise<Replication[]> {
    const territories = await this.territories.snapshot();
    const sql = sqlOf(this.dataSource);
    const loaders = {
      account: ctx.loaders.get('replication.account', () =>
        keyedLoader<MemberRow>(
          (ids) => sql(`SELECT ${MEMBER_COLUMNS} FROM account a WHERE a.id = ANY($1) AND a.deleted_at IS NULL`, [ids]),
          (r) => r.id,
        ),
      ),
      practice: ctx.loaders.get('replication.practice', () =>
        keyedLoader<PracticeRow>(
          // The same rule as a practice page: never a deleted sheet, a hidden one for its authors and admins only.
          (ids) =>
            sql(`SELECT ${PRACTICE_LIST_COLUMNS} FROM practice p WHERE p.id = ANY($3) AND ${READABLE_PRACTICE}`, [
              ctx.viewer?.id ?? null,
              isAdmin(ctx.viewer),
              ids,
            ]),
          (r) => r.id,
        ),
      ),
    };
    const viewer = ctx.viewer;
    return rows.map((r) => {
      const mine = viewer?.id === r.declared_by_id;
      return {
        id: r.id,
        practiceId: r.practice_id,
        region: territories.region(r.region_code),
        department: territories.department(r.department_code),
        status: r.status,
        notes: r.notes,
        contactConsent: r.contact_consent,
        createdAt: r.created_at,
        updatedAt: r.updated_at,
        organisationId: r.organisation_id,
        declaredById: r.declared_by_id,
        viewerCanEdit: mine,
        organisation: lazy(() => this.organisations.byId(ctx, r.organisation_id)),
        declaredBy: lazy(async () => {
          if (!viewer || (!r.contact_consent && !mine && !isAdmin(viewer))) return null;
          const row = await loaders.account.load(r.declared_by_id);
          return row ? toMember(row, viewer, territories) : null;
        }),
        practice: lazy(async () => {
          const row = await loaders.practice.load(r.practice_id);
          if (!row) throw PracticeErrors.notFound();
          return this.practiceRelations.attach(rowToPractice(row, territories, ctx.locale), ctx) as Practice;
        }),
      };
    });
  }
}
