import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  DomainException,
  keyset,
  renderMarkdown,
  sqlOf,
  keysetPage,
  type ConnectionShape,
  type KeysetSort,
  type RequestContext,
  type Viewer,
} from '@mouvement/api-core';
import { isAdmin, requireViewer } from '@mouvement/api-auth';
import { TerritoriesService, type TerritorySnapshot } from '@mouvement/api-territories';
import { GroupKind, GroupMembershipStatus, GroupRole, JoinPolicy, slugify } from '@mouvement/shared-domain';
import { DataSource, type EntityManager } from 'typeorm';
import { decidesForGroup } from './group-access';
import { GroupAuditAction, GroupAuditEntity } from './group-audit.entity';
import { GroupErrors } from './group.exception';
import { GroupEntity } from './group.entity';
import type { CreateGroupInput, UpdateGroupInput } from './group.input';
import { GroupMemberEntity } from './group-member.entity';
import { Group, type GroupAuditEntry } from './group.model';
import { GroupSort, type GroupFilter, type GroupsArgs } from './groups.args';

const UNIQUE_VIOLATION = '23505';

export const GROUP_COLUMNS = `g.id, g.name, g.slug, g.kind, g.parent_id, g.region_code, g.department_code, g.themes, g.description,
  g.charter, g.join_questions, g.visibility, g.join_policy, g.created_at`;

export interface GroupRow {
  id: string;
  name: string;
  slug: string;
  kind: GroupKind;
  parent_id: string | null;
  region_code: string | null;
  department_code: string | null;
  themes: Group['themes'];
  description: string | null;
  charter: string | null;
  join_questions: string[];
  visibility: Group['visibility'];
  join_policy: Group['joinPolicy'];
  created_at: Date;
}

/** A group's own fields; its relations are attached per request (GroupRelations). */
export function rowToGroup(r: GroupRow, territories: TerritorySnapshot): Group {
  return Object.assign(new Group(), {
    id: r.id,
    name: r.name,
    slug: r.slug,
    kind: r.kind,
    parentId: r.parent_id,
    regionCode: r.region_code,
    region: r.region_code ? territories.region(r.region_code) : null,
    department: territories.department(r.department_code),
    themes: r.themes,
    description: r.description,
    charter: r.charter,
    charterHtml: renderMarkdown(r.charter),
    joinQuestions: r.join_questions,
    visibility: r.visibility,
    joinPolicy: r.join_policy,
    createdAt: r.created_at,
  });
}

/** A membership as stored; GroupRelations.membership gives it its person and hides what the viewer may not read. */
export interface GroupMembershipRecord {
  id: string;
  groupId: string;
  accountId: string;
  role: GroupRole;
  status: GroupMembershipStatus;
  message: string | null;
  answers: string[];
  createdAt: Date;
}

export function toGroupMembership(e: GroupMemberEntity): GroupMembershipRecord {
  return {
    id: e.id,
    groupId: e.groupId,
    accountId: e.accountId,
    role: e.role,
    status: e.status,
    message: e.message,
    answers: e.answers ?? [],
    createdAt: e.createdAt,
  };
}

const SORTS: Record<GroupSort, KeysetSort> = {
  NAME: { expr: 'g.name_key', direction: 'ASC', cast: 'text', idExpr: 'g.id' },
  NEWEST: { expr: 'g.created_at', direction: 'DESC', cast: 'timestamptz', idExpr: 'g.id' },
};

@Injectable()
export class GroupsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly territories: TerritoriesService,
  ) {}

  // ---- reading ----------------------------------------------------------------------------

  async bySlug(slug: string): Promise<Group | null> {
    return this.one(`g.slug = $1`, [slug]);
  }

  async byId(id: string): Promise<Group | null> {
    return this.one(`g.id = $1`, [id]);
  }

  private async one(where: string, params: unknown[]): Promise<Group | null> {
    const rows = await sqlOf(this.dataSource)<GroupRow>(
      `SELECT ${GROUP_COLUMNS} FROM movement_group g WHERE ${where} AND g.deleted_at IS NULL`,
      params,
    );
    return rows[0] ? rowToGroup(rows[0], await this.territories.snapshot()) : null;
  }

  /** The group directory: names and descriptions are public, members-only groups included. */
  async list(ctx: RequestContext, args: GroupsArgs): Promise<ConnectionShape<Group>> {
    const params: unknown[] = [];
    const where = this.filterSql(args.filter ?? {}, params, ctx.viewer);
    const territories = await this.territories.snapshot();
    return keysetPage<GroupRow, Group>(
      sqlOf(this.dataSource),
      {
        columns: GROUP_COLUMNS,
        from: 'movement_group g',
        where,
        params,
        order: (p) => keyset(SORTS[args.sort], args.after, p),
        first: args.first,
      },
      (rows) => rows.map((r) => rowToGroup(r, territories)),
    );
  }

  private filterSql(filter: GroupFilter, params: unknown[], viewer: Viewer | null): string {
    const where = ['g.deleted_at IS NULL'];
    const add = (value: unknown) => {
      params.push(value);
      return `$${params.length}`;
    };
    if (filter.regionCode) where.push(`g.region_code = ${add(filter.regionCode)}`);
    if (filter.kind) where.push(`g.kind = ${add(filter.kind)}`);
    if (filter.theme) where.push(`g.themes @> ARRAY[${add(filter.theme)}]::text[]`);
    if (filter.search?.trim()) {
      const q = add(filter.search.trim());
      where.push(`(g.search @@ websearch_to_tsquery('fr_unaccent', ${q}) OR g.name_key LIKE '%' || lower(mv_unaccent(${q})) || '%')`);
    }
    if (filter.memberOnly) {
      where.push(
        viewer
          ? `EXISTS (SELECT 1 FROM group_member m WHERE m.group_id = g.id AND m.account_id = ${add(viewer.id)} AND m.status = 'ACTIVE')`
          : 'FALSE',
      );
    }
    return where.join(' AND ');
  }

  async auditLog(ctx: RequestContext, groupId: string): Promise<GroupAuditEntry[]> {
    await this.requireCoordinator(this.dataSource.manager, requireViewer(ctx), groupId);
    return sqlOf(this.dataSource)<GroupAuditEntry>(
      `SELECT l.id, l.action, actor.display_name AS "actorName", target.display_name AS "targetName", l.detail, l.created_at AS "createdAt"
       FROM group_audit l LEFT JOIN account actor ON actor.id = l.actor_id LEFT JOIN account target ON target.id = l.target_account_id
       WHERE l.group_id = $1 ORDER BY l.created_at DESC, l.id DESC LIMIT 200`,
      [groupId],
    );
  }

  // ---- groups -----------------------------------------------------------------------------

  /**
   * Admins create any group; coordinators of a regional collective create chapters and circles in
   * their region. The creator becomes the first coordinator.
   */
  async create(ctx: RequestContext, input: CreateGroupInput): Promise<Group> {
    const viewer = requireViewer(ctx);
    const parent = input.parentId ? await this.dataSource.getRepository(GroupEntity).findOneBy({ id: input.parentId }) : null;
    if (input.parentId && (!parent || parent.deletedAt))
      throw GroupErrors.badParent('Groupe parent introuvable.', 'Parent group not found.');
    let regionCode: string | null = input.regionCode ?? null;
    let departmentCode: string | null = input.departmentCode ?? null;
    switch (input.kind) {
      case GroupKind.NATIONAL:
        if (parent) throw GroupErrors.badParent('Le mouvement national n’a pas de parent.', 'The national movement has no parent.');
        regionCode = null;
        departmentCode = null;
        break;
      case GroupKind.REGIONAL_COLLECTIVE:
        if (parent && parent.kind !== GroupKind.NATIONAL)
          throw GroupErrors.badParent(
            'Un collectif régional dépend du mouvement national.',
            'A regional collective belongs to the national movement.',
          );
        if (!regionCode)
          throw DomainException.field('regionCode', { fr: 'Choisissez la région du collectif.', en: 'Choose the collective’s region.' });
        departmentCode = null;
        break;
      case GroupKind.THEMATIC_CIRCLE:
        if (!parent || (parent.kind !== GroupKind.NATIONAL && parent.kind !== GroupKind.REGIONAL_COLLECTIVE)) {
          throw GroupErrors.badParent(
            'Un cercle dépend du mouvement national ou d’un collectif régional.',
            'A circle belongs to the national movement or a regional collective.',
          );
        }
        regionCode = parent.regionCode;
        departmentCode = null;
        break;
      case GroupKind.LOCAL_CHAPTER:
        if (!parent || parent.kind !== GroupKind.REGIONAL_COLLECTIVE) {
          throw GroupErrors.badParent(
            'Une antenne locale dépend d’un collectif régional.',
            'A local chapter belongs to a regional collective.',
          );
        }
        regionCode = parent.regionCode;
        if (!departmentCode)
          throw DomainException.field('departmentCode', {
            fr: 'Choisissez le département de l’antenne.',
            en: 'Choose the chapter’s department.',
          });
        break;
    }
    if (regionCode) await this.territories.assertTerritory(regionCode, departmentCode);
    const underCollective =
      parent?.kind === GroupKind.REGIONAL_COLLECTIVE &&
      (input.kind === GroupKind.THEMATIC_CIRCLE || input.kind === GroupKind.LOCAL_CHAPTER);
    if (
      !isAdmin(viewer) &&
      !(underCollective && parent && (await this.roleOf(this.dataSource.manager, viewer, parent.id)) === GroupRole.COORDINATOR)
    ) {
      throw GroupErrors.cannotCreate();
    }
    try {
      const id = await this.dataSource.transaction(async (m) => {
        const saved = await m.getRepository(GroupEntity).save(
          m.getRepository(GroupEntity).create({
            name: input.name,
            slug: await this.freeSlug(m, input.name),
            kind: input.kind,
            parentId: parent?.id ?? null,
            regionCode,
            departmentCode,
            themes: input.themes,
            description: input.description ?? null,
            charter: input.charter ?? null,
            joinQuestions: input.joinQuestions,
            visibility: input.visibility,
            joinPolicy: input.joinPolicy,
            createdById: viewer.id,
          }),
        );
        await m.getRepository(GroupMemberEntity).insert({
          groupId: saved.id,
          accountId: viewer.id,
          role: GroupRole.COORDINATOR,
          status: GroupMembershipStatus.ACTIVE,
          decidedAt: new Date(),
          decidedById: viewer.id,
        });
        return saved.id;
      });
      return (await this.byId(id)) as Group;
    } catch (error) {
      const e = error as { code?: string; constraint?: string };
      if (e.code === UNIQUE_VIOLATION && e.constraint === 'movement_group_one_collective_per_region')
        throw GroupErrors.oneCollectivePerRegion();
      throw error;
    }
  }

  async update(ctx: RequestContext, groupId: string, input: UpdateGroupInput): Promise<Group> {
    const viewer = requireViewer(ctx);
    await this.requireCoordinator(this.dataSource.manager, viewer, groupId);
    const patch: Partial<GroupEntity> = {};
    for (const key of ['name', 'themes', 'description', 'charter', 'joinQuestions', 'visibility', 'joinPolicy'] as const) {
      if (input[key] !== undefined) (patch as Record<string, unknown>)[key] = input[key];
    }
    await this.dataSource.transaction(async (m) => {
      await m.getRepository(GroupEntity).update(groupId, patch);
      await this.audit(m, groupId, viewer.id, GroupAuditAction.UPDATE, null, Object.keys(patch).join(', '));
    });
    return (await this.byId(groupId)) as Group;
  }

  // ---- membership -------------------------------------------------------------------------

  /** Open: member at once. On request: pending. Invite-only: refused. Banned: refused. Invited: accepted. */
  async join(ctx: RequestContext, groupId: string, message: string | null | undefined, answers: string[]): Promise<GroupMembershipRecord> {
    const viewer = requireViewer(ctx);
    return this.dataSource.transaction(async (m) => {
      const group = await this.lockGroup(m, groupId);
      const repo = m.getRepository(GroupMemberEntity);
      const existing = await repo.findOneBy({ groupId, accountId: viewer.id });
      if (existing?.status === GroupMembershipStatus.BANNED) throw GroupErrors.banned();
      if (existing?.status === GroupMembershipStatus.INVITED) {
        await repo.update(existing.id, { status: GroupMembershipStatus.ACTIVE, decidedAt: new Date() });
        return toGroupMembership({ ...existing, status: GroupMembershipStatus.ACTIVE });
      }
      if (existing) throw GroupErrors.alreadyMember();
      if (group.joinPolicy === JoinPolicy.INVITE_ONLY) throw GroupErrors.inviteOnly();
      const status = group.joinPolicy === JoinPolicy.OPEN ? GroupMembershipStatus.ACTIVE : GroupMembershipStatus.PENDING;
      const saved = await repo.save(
        repo.create({
          groupId,
          accountId: viewer.id,
          role: GroupRole.MEMBER,
          status,
          message: message || null,
          answers: answers.slice(0, group.joinQuestions.length),
        }),
      );
      return toGroupMembership(saved);
    });
  }

  /** Leaving (or withdrawing a request); the last coordinator cannot leave, also when two try at once. */
  async leave(ctx: RequestContext, groupId: string): Promise<boolean> {
    const viewer = requireViewer(ctx);
    await this.dataSource.transaction(async (m) => {
      await this.lockGroup(m, groupId);
      const membership = await m.getRepository(GroupMemberEntity).findOneBy({ groupId, accountId: viewer.id });
      if (!membership || membership.status === GroupMembershipStatus.BANNED) throw GroupErrors.membershipNotFound();
      if (membership.role === GroupRole.COORDINATOR && membership.status === GroupMembershipStatus.ACTIVE)
        await this.assertAnotherCoordinator(m, groupId);
      await m.getRepository(GroupMemberEntity).delete(membership.id);
    });
    return true;
  }

  async decide(ctx: RequestContext, membershipId: string, approve: boolean): Promise<GroupMembershipRecord | null> {
    const viewer = requireViewer(ctx);
    return this.dataSource.transaction(async (m) => {
      const membership = await this.findMembership(m, membershipId);
      await this.lockGroup(m, membership.groupId);
      await this.requireCoordinator(m, viewer, membership.groupId);
      const fresh = await this.findMembership(m, membershipId);
      if (fresh.status !== GroupMembershipStatus.PENDING) throw GroupErrors.notPending();
      await this.audit(m, fresh.groupId, viewer.id, approve ? GroupAuditAction.APPROVE : GroupAuditAction.DECLINE, fresh.accountId, null);
      if (!approve) {
        await m.getRepository(GroupMemberEntity).delete(fresh.id);
        return null;
      }
      await m
        .getRepository(GroupMemberEntity)
        .update(fresh.id, { status: GroupMembershipStatus.ACTIVE, decidedAt: new Date(), decidedById: viewer.id });
      return toGroupMembership({ ...fresh, status: GroupMembershipStatus.ACTIVE });
    });
  }

  async remove(ctx: RequestContext, membershipId: string): Promise<boolean> {
    const viewer = requireViewer(ctx);
    await this.dataSource.transaction(async (m) => {
      const membership = await this.findMembership(m, membershipId);
      await this.lockGroup(m, membership.groupId);
      await this.requireCoordinator(m, viewer, membership.groupId);
      if (membership.role === GroupRole.COORDINATOR && membership.status === GroupMembershipStatus.ACTIVE)
        await this.assertAnotherCoordinator(m, membership.groupId);
      await m.getRepository(GroupMemberEntity).delete(membership.id);
      await this.audit(m, membership.groupId, viewer.id, GroupAuditAction.REMOVE, membership.accountId, null);
    });
    return true;
  }

  /** A banned person cannot rejoin nor ask to; banning works on members and non-members alike. */
  async ban(ctx: RequestContext, groupId: string, accountId: string, reason?: string | null): Promise<GroupMembershipRecord> {
    const viewer = requireViewer(ctx);
    return this.dataSource.transaction(async (m) => {
      await this.lockGroup(m, groupId);
      await this.requireCoordinator(m, viewer, groupId);
      const repo = m.getRepository(GroupMemberEntity);
      const existing = await repo.findOneBy({ groupId, accountId });
      if (!existing) {
        const [account] = (await m.query(`SELECT 1 FROM account WHERE id = $1 AND deleted_at IS NULL`, [accountId])) as unknown[];
        if (!account) throw DomainException.notFound({ fr: 'Compte', en: 'Account' });
      }
      if (existing?.role === GroupRole.COORDINATOR && existing.status === GroupMembershipStatus.ACTIVE)
        await this.assertAnotherCoordinator(m, groupId);
      const rows = (await m.query(
        `INSERT INTO group_member (group_id, account_id, role, status, decided_by_id, decided_at)
         VALUES ($1, $2, 'MEMBER', 'BANNED', $3, now())
         ON CONFLICT (group_id, account_id) DO UPDATE SET role = 'MEMBER', status = 'BANNED', decided_by_id = $3, decided_at = now(), updated_at = now()
         RETURNING id, group_id AS "groupId", account_id AS "accountId", role, status, message, answers, created_at AS "createdAt"`,
        [groupId, accountId, viewer.id],
      )) as GroupMemberEntity[];
      await this.audit(m, groupId, viewer.id, GroupAuditAction.BAN, accountId, reason ?? null);
      return toGroupMembership(rows[0] as GroupMemberEntity);
    });
  }

  async setRole(ctx: RequestContext, membershipId: string, role: GroupRole): Promise<GroupMembershipRecord> {
    const viewer = requireViewer(ctx);
    return this.dataSource.transaction(async (m) => {
      const membership = await this.findMembership(m, membershipId);
      await this.lockGroup(m, membership.groupId);
      await this.requireCoordinator(m, viewer, membership.groupId);
      const fresh = await this.findMembership(m, membershipId);
      if (fresh.status !== GroupMembershipStatus.ACTIVE) throw GroupErrors.notActive();
      if (fresh.role === GroupRole.COORDINATOR && role !== GroupRole.COORDINATOR) await this.assertAnotherCoordinator(m, fresh.groupId);
      await m.getRepository(GroupMemberEntity).update(fresh.id, { role });
      await this.audit(
        m,
        fresh.groupId,
        viewer.id,
        role === GroupRole.COORDINATOR ? GroupAuditAction.APPOINT : GroupAuditAction.REVOKE,
        fresh.accountId,
        null,
      );
      return toGroupMembership({ ...fresh, role });
    });
  }

  // ---- rules ------------------------------------------------------------------------------

  /** Locks a group's row: membership changes of one group happen one at a time. */
  async lockGroup(m: EntityManager, id: string): Promise<GroupEntity> {
    const rows = (await m.query(`SELECT id FROM movement_group WHERE id = $1 AND deleted_at IS NULL FOR UPDATE`, [id])) as unknown[];
    if (!rows.length) throw GroupErrors.notFound();
    return (await m.getRepository(GroupEntity).findOneBy({ id })) as GroupEntity;
  }

  async roleOf(m: EntityManager, viewer: Viewer, groupId: string): Promise<GroupRole | null> {
    const membership = await m
      .getRepository(GroupMemberEntity)
      .findOneBy({ groupId, accountId: viewer.id, status: GroupMembershipStatus.ACTIVE });
    return membership?.role ?? null;
  }

  /** The group, when the viewer decides on its memberships (decidesForGroup); else NOT_FOUND or FORBIDDEN. */
  async requireCoordinator(m: EntityManager, viewer: Viewer, groupId: string): Promise<GroupEntity> {
    const group = await m.getRepository(GroupEntity).findOneBy({ id: groupId });
    if (!group || group.deletedAt) throw GroupErrors.notFound();
    const own = await m.getRepository(GroupMemberEntity).findOneBy({ groupId, accountId: viewer.id });
    if (!decidesForGroup(viewer, own)) throw GroupErrors.notCoordinator();
    return group;
  }

  private async assertAnotherCoordinator(m: EntityManager, groupId: string) {
    const n = await m
      .getRepository(GroupMemberEntity)
      .countBy({ groupId, role: GroupRole.COORDINATOR, status: GroupMembershipStatus.ACTIVE });
    if (n <= 1) throw GroupErrors.lastCoordinator();
  }

  private async findMembership(m: EntityManager, id: string): Promise<GroupMemberEntity> {
    const membership = await m.getRepository(GroupMemberEntity).findOneBy({ id });
    if (!membership) throw GroupErrors.membershipNotFound();
    return membership;
  }

  async audit(
    m: EntityManager,
    groupId: string,
    actorId: string,
    action: GroupAuditAction,
    targetAccountId: string | null,
    detail: string | null,
  ) {
    await m.getRepository(GroupAuditEntity).insert({ groupId, actorId, action, targetAccountId, detail });
  }

  private async freeSlug(m: EntityManager, name: string): Promise<string> {
    const base = slugify(name) || 'groupe';
    const rows = (await m.query(`SELECT slug FROM movement_group WHERE slug = $1 OR slug LIKE $1 || '-%'`, [base])) as { slug: string }[];
    const taken = new Set(rows.map((r) => r.slug));
    if (!taken.has(base)) return base;
    for (let i = 2; ; i++) if (!taken.has(`${base}-${i}`)) return `${base}-${i}`;
  }
}
