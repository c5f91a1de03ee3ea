import { sqlOf } from '@mouvement/api-core';
import type { GroupRole } from '@mouvement/shared-domain';
import type { DataSource } from 'typeorm';

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
