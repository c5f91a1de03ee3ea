import { sqlOf, type Viewer } from '@mouvement/api-core';
import { isAdmin } from '@mouvement/api-auth';
import { GroupMembershipStatus, GroupRole } from '@mouvement/shared-domain';
import type { DataSource } from 'typeorm';

/**
 * The one rule for who decides on a group's memberships (requests, removals, bans, roles,
 * invitations) and so reads what people wrote when asking to join: its active coordinators, and
 * platform admins as moderators. `own` is the viewer's membership of that group, if any.
 */
export function decidesForGroup(
  viewer: Viewer | null | undefined,
  own: { role: GroupRole; status: GroupMembershipStatus } | null | undefined,
): boolean {
  return isAdmin(viewer) || (own?.status === GroupMembershipStatus.ACTIVE && own.role === GroupRole.COORDINATOR);
}

/** The active role of a person in a group (null when not an active member): posts, events and moderation ask it. */
export async function activeRole(dataSource: DataSource, accountId: string, groupId: string): Promise<GroupRole | null> {
  const rows = await sqlOf(dataSource)<{ role: GroupRole }>(
    `SELECT role FROM group_member WHERE group_id = $1 AND account_id = $2 AND status = 'ACTIVE'`,
    [groupId, accountId],
  );
  return rows[0]?.role ?? null;
}

/**
 * The groups, among `groupIds`, that a person coordinates or that sit under a group they coordinate:
 * coordinators of a parent read the dashboards of its children. One statement for any number of groups.
 */
export async function coordinatedFromAbove(dataSource: DataSource, accountId: string, groupIds: readonly string[]): Promise<Set<string>> {
  const rows = await sqlOf(dataSource)<{ start_id: string }>(
    `WITH RECURSIVE up AS (
       SELECT g.id AS start_id, g.id, g.parent_id FROM movement_group g WHERE g.id = ANY($1) AND g.deleted_at IS NULL
       UNION ALL
       SELECT up.start_id, p.id, p.parent_id FROM movement_group p JOIN up ON p.id = up.parent_id WHERE p.deleted_at IS NULL
     )
     SELECT DISTINCT up.start_id FROM up
     JOIN group_member m ON m.group_id = up.id AND m.account_id = $2 AND m.status = 'ACTIVE' AND m.role = 'COORDINATOR'`,
    [groupIds, accountId],
  );
  return new Set(rows.map((r) => r.start_id));
}
