import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { keyset, keysetPage, sqlOf, type ConnectionShape, type KeysetSort, type RequestContext, type Viewer } from '@mouvement/api-core';
import { isAdmin, requireAdmin, requireViewer } from '@mouvement/api-auth';
import { TerritoriesService, type TerritorySnapshot } from '@mouvement/api-territories';
import { LIMITS, slugify, visibleLength } from '@mouvement/shared-domain';
import { DataSource, IsNull, type EntityManager } from 'typeorm';
import { managesOrganisation } from './organisation-access';
import { OrganisationClaimEntity, ClaimStatus } from './organisation-claim.entity';
import { OrganisationErrors } from './organisation.exception';
import { OrganisationEntity } from './organisation.entity';
import type { CreateOrganisationInput, UpdateOrganisationInput } from './organisation.input';
import { MembershipStatus, OrganisationMemberEntity, OrganisationRole } from './organisation-member.entity';
import { Organisation, type NearDuplicate, type OrganisationClaim, type OrganisationMembership } from './organisation.model';
import { OrganisationSort, type NearDuplicatesArgs, type OrganisationFilter, type OrganisationsArgs } from './organisations.args';

const UNIQUE_VIOLATION = '23505';

export const ORGANISATION_COLUMNS = `o.id, o.name, o.slug, o.kind, o.legal_form, o.siret, o.esus_approved, o.is_social_economy, o.themes,
  o.region_code, o.department_code, o.website, o.description, o.headcount, o.created_at`;

export interface OrganisationRow {
  id: string;
  name: string;
  slug: string;
  kind: Organisation['kind'];
  legal_form: string | null;
  siret: string | null;
  esus_approved: boolean;
  is_social_economy: boolean;
  themes: Organisation['themes'];
  region_code: string;
  department_code: string | null;
  website: string | null;
  description: string | null;
  headcount: number | null;
  created_at: Date;
}

/** The organisation's own fields; its relations are attached per request (OrganisationRelations). */
export function rowToOrganisation(r: OrganisationRow, territories: TerritorySnapshot): Organisation {
  return Object.assign(new Organisation(), {
    id: r.id,
    name: r.name,
    slug: r.slug,
    kind: r.kind,
    legalForm: r.legal_form,
    siret: r.siret,
    esusApproved: r.esus_approved,
    isSocialEconomy: r.is_social_economy,
    themes: r.themes,
    regionCode: r.region_code,
    departmentCode: r.department_code,
    website: r.website,
    description: r.description,
    headcount: r.headcount,
    createdAt: r.created_at,
    region: territories.region(r.region_code),
    department: territories.department(r.department_code),
  });
}

export function toMembership(e: OrganisationMemberEntity): OrganisationMembership {
  return {
    id: e.id,
    organisationId: e.organisationId,
    accountId: e.accountId,
    role: e.role,
    status: e.status,
    message: e.message,
    createdAt: e.createdAt,
  };
}

function toClaim(e: OrganisationClaimEntity): OrganisationClaim {
  return {
    id: e.id,
    organisationId: e.organisationId,
    accountId: e.accountId,
    justification: e.justification,
    status: e.status,
    createdAt: e.createdAt,
  };
}

const SORTS: Record<Exclude<OrganisationSort, 'RELEVANCE'>, KeysetSort> = {
  NAME: { expr: 'o.name_key', direction: 'ASC', cast: 'text', idExpr: 'o.id' },
  NEWEST: { expr: 'o.created_at', direction: 'DESC', cast: 'timestamptz', idExpr: 'o.id' },
};

@Injectable()
export class OrganisationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly territories: TerritoriesService,
  ) {}

  // ---- reading ----------------------------------------------------------------------------

  async bySlug(slug: string): Promise<Organisation | null> {
    const rows = (await this.dataSource.query(
      `SELECT ${ORGANISATION_COLUMNS} FROM organisation o WHERE o.slug = $1 AND o.deleted_at IS NULL`,
      [slug],
    )) as OrganisationRow[];
    return rows[0] ? rowToOrganisation(rows[0], await this.territories.snapshot()) : null;
  }

  /** The public directory: one statement for the page, one more for the total only when asked. */
  async list(args: OrganisationsArgs): Promise<ConnectionShape<Organisation>> {
    const filter = args.filter ?? {};
    const params: unknown[] = [];
    const where = this.filterSql(filter, params);
    const search = filter.search?.trim();
    // Ranking by relevance needs the search words once more, after the list's own parameters.
    const order = (p: unknown[]) => {
      let sort: KeysetSort;
      if (args.sort === OrganisationSort.RELEVANCE && search) {
        p.push(search);
        sort = {
          expr: `ts_rank(o.search, websearch_to_tsquery('fr_unaccent', $${p.length}))::float8`,
          direction: 'DESC',
          cast: 'float8',
          idExpr: 'o.id',
        };
      } else {
        sort = SORTS[args.sort === OrganisationSort.NEWEST ? OrganisationSort.NEWEST : OrganisationSort.NAME];
      }
      return keyset(sort, args.after, p);
    };
    const territories = await this.territories.snapshot();
    return keysetPage<OrganisationRow, Organisation>(
      sqlOf(this.dataSource),
      { columns: ORGANISATION_COLUMNS, from: 'organisation o', where, params, order, first: args.first },
      (rows) => rows.map((r) => rowToOrganisation(r, territories)),
    );
  }

  private filterSql(filter: OrganisationFilter, params: unknown[]): string {
    const where = ['o.deleted_at IS NULL'];
    const add = (value: unknown) => {
      params.push(value);
      return `$${params.length}`;
    };
    if (filter.regionCode) where.push(`o.region_code = ${add(filter.regionCode)}`);
    if (filter.departmentCode) where.push(`o.department_code = ${add(filter.departmentCode)}`);
    if (filter.kind) where.push(`o.kind = ${add(filter.kind)}`);
    if (filter.theme) where.push(`o.themes @> ARRAY[${add(filter.theme)}]::text[]`);
    if (filter.socialEconomy !== undefined && filter.socialEconomy !== null)
      where.push(`o.is_social_economy = ${add(filter.socialEconomy)}`);
    if (filter.search?.trim()) {
      const q = add(filter.search.trim());
      // Words (French stemming, accents ignored) or a near-miss name.
      where.push(
        `(o.search @@ websearch_to_tsquery('fr_unaccent', ${q}) OR o.name_key LIKE '%' || lower(mv_unaccent(${q})) || '%' OR o.name_key % lower(mv_unaccent(${q})))`,
      );
    }
    return where.join(' AND ');
  }

  /** Organisations with a close name in the same department (or region when none is given). */
  async nearDuplicates(args: NearDuplicatesArgs, excludeId?: string): Promise<NearDuplicate[]> {
    const rows = (await this.dataSource.query(
      `SELECT ${ORGANISATION_COLUMNS}, similarity(o.name_key, lower(mv_unaccent($1))) AS similarity
       FROM organisation o
       WHERE o.deleted_at IS NULL AND o.region_code = $2 AND ($3::varchar IS NULL OR o.department_code = $3)
         AND ($4::uuid IS NULL OR o.id <> $4) AND o.name_key % lower(mv_unaccent($1))
       ORDER BY similarity DESC, o.id
       LIMIT 5`,
      [args.name, args.regionCode, args.departmentCode ?? null, excludeId ?? null],
    )) as (OrganisationRow & { similarity: number })[];
    const territories = await this.territories.snapshot();
    return rows.map((r) => ({ organisation: rowToOrganisation(r, territories), similarity: Math.round(r.similarity * 100) / 100 }));
  }

  async myMemberships(ctx: RequestContext): Promise<OrganisationMembership[]> {
    const viewer = requireViewer(ctx);
    const rows = await this.dataSource
      .getRepository(OrganisationMemberEntity)
      .find({ where: { accountId: viewer.id }, order: { createdAt: 'ASC' } });
    return rows.map(toMembership);
  }

  /** Pending requests to join, for the organisation's owners and admins. */
  async joinRequests(ctx: RequestContext, organisationId: string): Promise<OrganisationMembership[]> {
    await this.requireManager(this.dataSource.manager, requireViewer(ctx), organisationId);
    const rows = await this.dataSource
      .getRepository(OrganisationMemberEntity)
      .find({ where: { organisationId, status: MembershipStatus.PENDING }, order: { createdAt: 'ASC' } });
    return rows.map(toMembership);
  }

  async claims(ctx: RequestContext, status: ClaimStatus): Promise<OrganisationClaim[]> {
    requireAdmin(ctx);
    const rows = await this.dataSource
      .getRepository(OrganisationClaimEntity)
      .find({ where: { status }, order: { createdAt: 'ASC' }, take: 200 });
    return rows.map(toClaim);
  }

  // ---- writing ----------------------------------------------------------------------------

  async create(ctx: RequestContext, input: CreateOrganisationInput): Promise<Organisation> {
    const viewer = requireViewer(ctx);
    await this.territories.assertTerritory(input.regionCode, input.departmentCode);
    if (!input.acknowledgeDuplicates) {
      const close = await this.nearDuplicates({ name: input.name, regionCode: input.regionCode, departmentCode: input.departmentCode });
      if (close.length) throw OrganisationErrors.nearDuplicates(close.map((d) => d.organisation.name));
    }
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.insertWithOwner(viewer, input);
      } catch (error) {
        // Two people creating the same name at the same moment: the second takes the next slug.
        const e = error as { code?: string; constraint?: string };
        if (e.code === UNIQUE_VIOLATION && e.constraint === 'organisation_slug_key' && attempt < 3) continue;
        throw this.mapUnique(error);
      }
    }
  }

  private async insertWithOwner(viewer: Viewer, input: CreateOrganisationInput): Promise<Organisation> {
    {
      const id = await this.dataSource.transaction(async (m) => {
        const slug = await this.freeSlug(m, input.name);
        const org = await m.getRepository(OrganisationEntity).save(
          m.getRepository(OrganisationEntity).create({
            name: input.name,
            slug,
            kind: input.kind,
            legalForm: input.legalForm ?? null,
            siret: input.siret ?? null,
            esusApproved: input.esusApproved,
            themes: input.themes,
            regionCode: input.regionCode,
            departmentCode: input.departmentCode ?? null,
            website: input.website ?? null,
            description: input.description ?? null,
            headcount: input.headcount ?? null,
            createdById: viewer.id,
          }),
        );
        await m.getRepository(OrganisationMemberEntity).insert({
          organisationId: org.id,
          accountId: viewer.id,
          role: OrganisationRole.OWNER,
          status: MembershipStatus.ACTIVE,
          decidedAt: new Date(),
          decidedById: viewer.id,
        });
        return org.id;
      });
      return (await this.byId(id)) as Organisation;
    }
  }

  async update(ctx: RequestContext, organisationId: string, input: UpdateOrganisationInput): Promise<Organisation> {
    const viewer = requireViewer(ctx);
    const org = await this.requireManager(this.dataSource.manager, viewer, organisationId);
    const regionCode = input.regionCode ?? org.regionCode;
    const departmentCode =
      input.departmentCode !== undefined
        ? input.departmentCode
        : input.regionCode && input.regionCode !== org.regionCode
          ? null
          : org.departmentCode;
    await this.territories.assertTerritory(regionCode, departmentCode);
    const patch: Partial<OrganisationEntity> = { regionCode, departmentCode };
    for (const key of ['name', 'kind', 'legalForm', 'siret', 'esusApproved', 'themes', 'website', 'description', 'headcount'] as const) {
      if (input[key] !== undefined) (patch as Record<string, unknown>)[key] = input[key];
    }
    try {
      await this.dataSource.getRepository(OrganisationEntity).update(organisationId, patch);
    } catch (error) {
      throw this.mapUnique(error);
    }
    return (await this.byId(organisationId)) as Organisation;
  }

  /** Soft delete, by an owner or a platform admin. */
  async remove(ctx: RequestContext, organisationId: string): Promise<boolean> {
    const viewer = requireViewer(ctx);
    await this.requireOwnerOrModerator(this.dataSource.manager, viewer, organisationId);
    await this.dataSource.getRepository(OrganisationEntity).softDelete(organisationId);
    return true;
  }

  async requestToJoin(ctx: RequestContext, organisationId: string, message?: string | null): Promise<OrganisationMembership> {
    const viewer = requireViewer(ctx);
    await this.requireOrganisation(this.dataSource.manager, organisationId);
    try {
      const saved = await this.dataSource.getRepository(OrganisationMemberEntity).save(
        this.dataSource.getRepository(OrganisationMemberEntity).create({
          organisationId,
          accountId: viewer.id,
          role: OrganisationRole.MEMBER,
          status: MembershipStatus.PENDING,
          message: message || null,
        }),
      );
      return toMembership(saved);
    } catch (error) {
      if ((error as { code?: string }).code === UNIQUE_VIOLATION) throw OrganisationErrors.alreadyMember();
      throw error;
    }
  }

  /** Accepts (member) or declines (request removed, so the person may ask again later). */
  async decideMembership(ctx: RequestContext, membershipId: string, accept: boolean): Promise<OrganisationMembership | null> {
    const viewer = requireViewer(ctx);
    return this.dataSource.transaction(async (m) => {
      const membership = await this.lockMembership(m, membershipId);
      await this.requireManager(m, viewer, membership.organisationId);
      if (membership.status !== MembershipStatus.PENDING) throw OrganisationErrors.notPending();
      if (!accept) {
        await m.getRepository(OrganisationMemberEntity).delete(membership.id);
        return null;
      }
      await m
        .getRepository(OrganisationMemberEntity)
        .update(membership.id, { status: MembershipStatus.ACTIVE, decidedAt: new Date(), decidedById: viewer.id });
      return toMembership({ ...membership, status: MembershipStatus.ACTIVE });
    });
  }

  /**
   * Leaves an organisation. The organisation row is locked first, so when its last two owners leave
   * at the same moment the second sees one owner left and is refused.
   */
  async leave(ctx: RequestContext, organisationId: string): Promise<boolean> {
    const viewer = requireViewer(ctx);
    await this.dataSource.transaction(async (m) => {
      await this.lockOrganisation(m, organisationId);
      const membership = await m.getRepository(OrganisationMemberEntity).findOneBy({ organisationId, accountId: viewer.id });
      if (!membership) throw OrganisationErrors.membershipNotFound();
      if (membership.role === OrganisationRole.OWNER && membership.status === MembershipStatus.ACTIVE)
        await this.assertAnotherOwner(m, organisationId);
      await m.getRepository(OrganisationMemberEntity).delete(membership.id);
    });
    return true;
  }

  /** Owners change any role; admins move people between MEMBER and ADMIN; the last owner stays. */
  async setRole(ctx: RequestContext, membershipId: string, role: OrganisationRole): Promise<OrganisationMembership> {
    const viewer = requireViewer(ctx);
    return this.dataSource.transaction(async (m) => {
      const membership = await this.findMembership(m, membershipId);
      await this.lockOrganisation(m, membership.organisationId);
      const actorRole = await this.requireManager(m, viewer, membership.organisationId).then(() =>
        this.roleOf(m, viewer, membership.organisationId),
      );
      const touchesOwners = role === OrganisationRole.OWNER || membership.role === OrganisationRole.OWNER;
      if (touchesOwners && actorRole !== OrganisationRole.OWNER) throw OrganisationErrors.notOwner();
      if (membership.status !== MembershipStatus.ACTIVE) throw OrganisationErrors.notPending();
      if (membership.role === OrganisationRole.OWNER && role !== OrganisationRole.OWNER)
        await this.assertAnotherOwner(m, membership.organisationId);
      await m.getRepository(OrganisationMemberEntity).update(membership.id, { role });
      return toMembership({ ...membership, role });
    });
  }

  async removeMember(ctx: RequestContext, membershipId: string): Promise<boolean> {
    const viewer = requireViewer(ctx);
    await this.dataSource.transaction(async (m) => {
      const membership = await this.findMembership(m, membershipId);
      await this.lockOrganisation(m, membership.organisationId);
      await this.requireManager(m, viewer, membership.organisationId);
      if (membership.role === OrganisationRole.OWNER) {
        if ((await this.roleOf(m, viewer, membership.organisationId)) !== OrganisationRole.OWNER) throw OrganisationErrors.notOwner();
        if (membership.status === MembershipStatus.ACTIVE) await this.assertAnotherOwner(m, membership.organisationId);
      }
      await m.getRepository(OrganisationMemberEntity).delete(membership.id);
    });
    return true;
  }

  /**
   * Asks to own an organisation that has no owner, saying why; a platform admin decides. Someone
   * refused waits `claimRetryDays` before asking again for the same organisation.
   */
  async claim(ctx: RequestContext, organisationId: string, justification: string): Promise<OrganisationClaim> {
    const viewer = requireViewer(ctx);
    await this.requireOrganisation(this.dataSource.manager, organisationId);
    if (await this.ownerCount(this.dataSource.manager, organisationId)) throw OrganisationErrors.hasOwner();
    const [refused] = await sqlOf(this.dataSource)<{ retry_at: Date | null }>(
      `SELECT max(decided_at) + make_interval(days => $3) AS retry_at FROM organisation_claim
       WHERE organisation_id = $1 AND account_id = $2 AND status = 'REJECTED' AND decided_at > now() - make_interval(days => $3)`,
      [organisationId, viewer.id, LIMITS.claimRetryDays],
    );
    if (refused?.retry_at) throw OrganisationErrors.claimRefusedRecently(refused.retry_at);
    // Spaces and invisible characters do not make a justification.
    if (visibleLength(justification) < LIMITS.justificationMin) throw OrganisationErrors.justificationTooShort();
    try {
      const saved = await this.dataSource
        .getRepository(OrganisationClaimEntity)
        .save(this.dataSource.getRepository(OrganisationClaimEntity).create({ organisationId, accountId: viewer.id, justification }));
      return toClaim(saved);
    } catch (error) {
      if ((error as { code?: string }).code === UNIQUE_VIOLATION) throw OrganisationErrors.claimPending();
      throw error;
    }
  }

  /** Approving makes the claimant owner and closes the other pending claims on the organisation. */
  async decideClaim(ctx: RequestContext, claimId: string, approve: boolean): Promise<OrganisationClaim> {
    const admin = requireAdmin(ctx);
    return this.dataSource.transaction(async (m) => {
      const claim = await m.getRepository(OrganisationClaimEntity).findOneBy({ id: claimId });
      if (!claim) throw OrganisationErrors.claimNotFound();
      await this.lockOrganisation(m, claim.organisationId);
      const fresh = (await m.getRepository(OrganisationClaimEntity).findOneBy({ id: claimId })) as OrganisationClaimEntity;
      if (fresh.status !== ClaimStatus.PENDING) throw OrganisationErrors.notPending();
      const decided = { decidedById: admin.id, decidedAt: new Date() };
      if (!approve) {
        await m.getRepository(OrganisationClaimEntity).update(claimId, { status: ClaimStatus.REJECTED, ...decided });
        return toClaim({ ...fresh, status: ClaimStatus.REJECTED });
      }
      if (await this.ownerCount(m, claim.organisationId)) throw OrganisationErrors.hasOwner();
      await m.query(
        `INSERT INTO organisation_member (organisation_id, account_id, role, status, decided_by_id, decided_at)
         VALUES ($1, $2, 'OWNER', 'ACTIVE', $3, now())
         ON CONFLICT (organisation_id, account_id) DO UPDATE SET role = 'OWNER', status = 'ACTIVE', decided_by_id = $3, decided_at = now()`,
        [claim.organisationId, claim.accountId, admin.id],
      );
      await m.getRepository(OrganisationClaimEntity).update(claimId, { status: ClaimStatus.APPROVED, ...decided });
      await m
        .createQueryBuilder()
        .update(OrganisationClaimEntity)
        .set({ status: ClaimStatus.REJECTED, decidedById: admin.id, decidedAt: new Date() })
        .where('organisation_id = :org AND status = :pending AND id <> :id', {
          org: claim.organisationId,
          pending: ClaimStatus.PENDING,
          id: claimId,
        })
        .execute();
      return toClaim({ ...fresh, status: ClaimStatus.APPROVED });
    });
  }

  // ---- rules ------------------------------------------------------------------------------

  async byId(id: string): Promise<Organisation | null> {
    const rows = (await this.dataSource.query(
      `SELECT ${ORGANISATION_COLUMNS} FROM organisation o WHERE o.id = $1 AND o.deleted_at IS NULL`,
      [id],
    )) as OrganisationRow[];
    return rows[0] ? rowToOrganisation(rows[0], await this.territories.snapshot()) : null;
  }

  private async requireOrganisation(m: EntityManager, id: string): Promise<OrganisationEntity> {
    const org = await m.getRepository(OrganisationEntity).findOneBy({ id, deletedAt: IsNull() });
    if (!org) throw OrganisationErrors.notFound();
    return org;
  }

  private async lockOrganisation(m: EntityManager, id: string): Promise<void> {
    const rows = (await m.query(`SELECT id FROM organisation WHERE id = $1 AND deleted_at IS NULL FOR UPDATE`, [id])) as unknown[];
    if (!rows.length) throw OrganisationErrors.notFound();
  }

  private async roleOf(m: EntityManager, viewer: Viewer, organisationId: string): Promise<OrganisationRole | null> {
    const membership = await m
      .getRepository(OrganisationMemberEntity)
      .findOneBy({ organisationId, accountId: viewer.id, status: MembershipStatus.ACTIVE });
    return membership?.role ?? null;
  }

  /** Owners and admins of the organisation (platform admins moderate, they do not act for it). */
  private async requireManager(m: EntityManager, viewer: Viewer, organisationId: string): Promise<OrganisationEntity> {
    const org = await this.requireOrganisation(m, organisationId);
    const own = await m.getRepository(OrganisationMemberEntity).findOneBy({ organisationId, accountId: viewer.id });
    if (!managesOrganisation(viewer, own)) throw OrganisationErrors.notManager();
    return org;
  }

  /** An owner, or a platform admin removing it from the directories as a moderator. */
  private async requireOwnerOrModerator(m: EntityManager, viewer: Viewer, organisationId: string): Promise<OrganisationEntity> {
    const org = await this.requireOrganisation(m, organisationId);
    if (isAdmin(viewer)) return org;
    if ((await this.roleOf(m, viewer, organisationId)) !== OrganisationRole.OWNER) throw OrganisationErrors.notOwner();
    return org;
  }

  private async ownerCount(m: EntityManager, organisationId: string): Promise<number> {
    return m
      .getRepository(OrganisationMemberEntity)
      .countBy({ organisationId, role: OrganisationRole.OWNER, status: MembershipStatus.ACTIVE });
  }

  private async assertAnotherOwner(m: EntityManager, organisationId: string) {
    if ((await this.ownerCount(m, organisationId)) <= 1) throw OrganisationErrors.lastOwner();
  }

  private async findMembership(m: EntityManager, id: string): Promise<OrganisationMemberEntity> {
    const membership = await m.getRepository(OrganisationMemberEntity).findOneBy({ id });
    if (!membership) throw OrganisationErrors.membershipNotFound();
    return membership;
  }

  private async lockMembership(m: EntityManager, id: string): Promise<OrganisationMemberEntity> {
    const membership = await m.getRepository(OrganisationMemberEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!membership) throw OrganisationErrors.membershipNotFound();
    return membership;
  }

  /** "Envie 2E" → "envie-2e", or "envie-2e-2" when taken (deleted organisations keep their slug). */
  private async freeSlug(m: EntityManager, name: string): Promise<string> {
    const base = slugify(name) || 'organisation';
    const rows = (await m.query(`SELECT slug FROM organisation WHERE slug = $1 OR slug LIKE $1 || '-%'`, [base])) as { slug: string }[];
    const taken = new Set(rows.map((r) => r.slug));
    if (!taken.has(base)) return base;
    for (let i = 2; ; i++) if (!taken.has(`${base}-${i}`)) return `${base}-${i}`;
  }

  private mapUnique(error: unknown): unknown {
    const e = error as { code?: string; constraint?: string };
    if (e.code === UNIQUE_VIOLATION && e.constraint === 'organisation_siret_key') return OrganisationErrors.siretTaken();
    return error;
  }
}
