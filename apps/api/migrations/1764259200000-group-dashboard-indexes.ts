import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Indexes for the coordinators' dashboards: posts and replies by group and week, new members by group. */
export class GroupDashboardIndexes1764259200000 implements MigrationInterface {
  name = 'GroupDashboardIndexes1764259200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX group_post_activity_idx ON group_post (group_id, created_at) WHERE deleted_at IS NULL`);
    await q.query(
      `CREATE INDEX group_member_active_since_idx ON group_member (group_id, (COALESCE(decided_at, created_at))) WHERE status = 'ACTIVE'`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX group_member_active_since_idx`);
    await q.query(`DROP INDEX group_post_activity_idx`);
  }
}
