import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { groupedLoader, keyedLoader, lazy, sqlOf, type RequestContext } from '@mouvement/api-core';
import { isAdmin } from '@mouvement/api-auth';
import { MEMBER_COLUMNS, memberByIdLoader, toMember, type MemberRow } from '@mouvement/api-accounts';
import { TerritoriesService } from '@mouvement/api-territories';
import { GroupMembershipStatus, GroupVisibility } from '@mouvement/shared-domain';
import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import { coordinatedFromAbove, decidesForGroup } from './group-access';
import { INVITE_LINK_COLUMNS, INVITE_LINK_FROM } from './group-invitations.service';
import type { GroupInviteLink } from './group-invite-link.model';
import type { GroupMemberEntity } from './group-member.entity';
import type { Group, GroupMembership } from './group.model';
import { GROUP_COLUMNS, rowToGroup, toGroupMembership, type GroupMembershipRecord, type GroupRow } from './groups.service';

const MEMBERSHIP_COLUMNS = `id, group_id AS "groupId", account_id AS "accountId", role, status, message, answers, created_at AS "createdAt"`;

/**
 * Gives groups and memberships their relations as lazy promises over the request's DataLoaders:
 * one statement per relation and page when selected, none when not.
 */
@Injectable()
export class GroupRelations {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly territories: TerritoriesService,
  ) {}

  private loaders(ctx: RequestContext) {
    const sql = sqlOf(this.dataSource);
    const viewerId = ctx.viewer?.id ?? null;
    return {
      groupById: ctx.loaders.get('group.byId', () =>
        keyedLoader<GroupRow>(
          (ids) => sql(`SELECT ${GROUP_COLUMNS} FROM movement_group g WHERE g.id = ANY($1) AND g.deleted_at IS NULL`, [ids]),
          (r) => r.id,
        ),
      ),
      children: ctx.loaders.get('group.children', () =>
        groupedLoader<GroupRow>(
          (ids) =>
            sql(`SELECT ${GROUP_COLUMNS} FROM movement_group g WHERE g.parent_id = ANY($1) AND g.deleted_at IS NULL ORDER BY g.name_key`, [
              ids,
            ]),
          (r) => r.parent_id as string,
        ),
      ),
      memberCount: ctx.loaders.get(
        'group.memberCount',
        () =>
          new DataLoader<string, number>(async (ids) => {
            const rows = await sql<{ group_id: string; n: number }>(
              `SELECT group_id, count(*)::int AS n FROM group_member WHERE status = 'ACTIVE' AND group_id = ANY($1) GROUP BY 1`,
              [ids],
            );
            const byId = new Map(rows.map((r) => [r.group_id, r.n]));
            return ids.map((id) => byId.get(id) ?? 0);
          }),
      ),
      coordinators: ctx.loaders.get('group.coordinators', () =>
        groupedLoader<MemberRow & { group_id: string }>(
          (ids) =>
            sql(
              `SELECT m.group_id, ${MEMBER_COLUMNS} FROM group_member m JOIN account a ON a.id = m.account_id AND a.deleted_at IS NULL
               WHERE m.role = 'COORDINATOR' AND m.status = 'ACTIVE' AND m.group_id = ANY($1) ORDER BY m.created_at`,
              [ids],
            ),
          (r) => r.group_id,
        ),
      ),
      byStatus: (status: GroupMembershipStatus) =>
        ctx.loaders.get(`group.members.${status}`, () =>
          groupedLoader<GroupMemberEntity>(
            (ids) =>
              sql(
                `SELECT ${MEMBERSHIP_COLUMNS} FROM group_member WHERE status = $2 AND group_id = ANY($1)
                 ORDER BY CASE role WHEN 'COORDINATOR' THEN 0 ELSE 1 END, created_at`,
                [ids, status],
              ),
            (r) => r.groupId,
          ),
        ),
      viewerMembership: ctx.loaders.get('group.viewerMembership', () =>
        keyedLoader<GroupMemberEntity>(
          async (ids) =>
            viewerId
              ? sql(`SELECT ${MEMBERSHIP_COLUMNS} FROM group_member WHERE account_id = $1 AND group_id = ANY($2)`, [viewerId, ids])
              : [],
          (r) => r.groupId,
        ),
      ),
      readsDashboard: ctx.loaders.get(
        'group.readsDashboard',
        () =>
          new DataLoader<string, boolean>(async (ids) => {
            if (!viewerId) return ids.map(() => false);
            const allowed = await coordinatedFromAbove(this.dataSource, viewerId, ids);
            return ids.map((id) => allowed.has(id));
          }),
      ),
      inviteLinks: ctx.loaders.get('group.inviteLinks', () =>
        groupedLoader<GroupInviteLink & { groupId: string }>(
          (ids) =>
            sql(
              `SELECT ${INVITE_LINK_COLUMNS} FROM ${INVITE_LINK_FROM}
               WHERE l.group_id = ANY($1) AND l.revoked_at IS NULL ORDER BY l.created_at DESC, l.id DESC`,
              [ids],
            ),
          (r) => r.groupId,
        ),
      ),
      accountById: memberByIdLoader(ctx, sql),
    };
  }

  /**
   * A membership with its person. What was written to ask to join (message, answers) is for the
   * person who wrote it and for those who decide on the group's memberships; null for anyone else.
   */
  membership(row: GroupMembershipRecord | null, ctx: RequestContext): GroupMembership | null {
    if (!row) return null;
    const loaders = this.loaders(ctx);
    const mayRead = lazy(
      async () => row.accountId === ctx.viewer?.id || decidesForGroup(ctx.viewer, await loaders.viewerMembership.load(row.groupId)),
    );
    return {
      ...row,
      message: lazy(async () => ((await mayRead) ? row.message : null)),
      answers: lazy(async () => ((await mayRead) ? row.answers : null)),
      member: lazy(async () => {
        const [account, territories] = await Promise.all([loaders.accountById.load(row.accountId), this.territories.snapshot()]);
        if (!account) throw new Error(`Account ${row.accountId} is missing`);
        return toMember(account, ctx.viewer, territories);
      }),
    };
  }

  attach<T extends Group | null>(group: T, ctx: RequestContext): T {
    if (!group) return group;
    const loaders = this.loaders(ctx);
    const own = lazy(() => loaders.viewerMembership.load(group.id));
    const isCoordinator = lazy(async () => decidesForGroup(ctx.viewer, await own));
    const toGroup = async (row: GroupRow | null) => (row ? this.attach(rowToGroup(row, await this.territories.snapshot()), ctx) : null);
    group.parent = lazy(async () => (group.parentId ? toGroup(await loaders.groupById.load(group.parentId)) : null));
    group.children = lazy(async () => {
      const territories = await this.territories.snapshot();
      return (await loaders.children.load(group.id)).map((row) => this.attach(rowToGroup(row, territories), ctx));
    });
    group.canReadDashboard = lazy(async () => isAdmin(ctx.viewer) || loaders.readsDashboard.load(group.id));
    group.memberCount = lazy(() => loaders.memberCount.load(group.id));
    group.coordinators = lazy(async () => {
      const [rows, territories] = await Promise.all([loaders.coordinators.load(group.id), this.territories.snapshot()]);
      return rows.map((row) => toMember(row, ctx.viewer, territories));
    });
    group.members = lazy(async () => {
      // Like the member directory, the list of members is for signed-in people; a members-only
      // group's list is for its own members (and admins).
      if (!ctx.viewer) return null;
      if (group.visibility === GroupVisibility.MEMBERS_ONLY && !isAdmin(ctx.viewer)) {
        if ((await own)?.status !== GroupMembershipStatus.ACTIVE) return null;
      }
      return (await loaders.byStatus(GroupMembershipStatus.ACTIVE).load(group.id)).map(
        (r) => this.membership(toGroupMembership(r), ctx) as GroupMembership,
      );
    });
    group.viewerMembership = lazy(async () =>
      this.membership((await own) ? toGroupMembership((await own) as GroupMemberEntity) : null, ctx),
    );
    group.pendingRequests = lazy(async () =>
      (await isCoordinator)
        ? (await loaders.byStatus(GroupMembershipStatus.PENDING).load(group.id)).map(
            (r) => this.membership(toGroupMembership(r), ctx) as GroupMembership,
          )
        : null,
    );
    group.inviteLinks = lazy(async () => ((await isCoordinator) ? loaders.inviteLinks.load(group.id) : null));
    return group;
  }
}
