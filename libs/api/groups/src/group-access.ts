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
