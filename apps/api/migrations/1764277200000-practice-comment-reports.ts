import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Comments on practices join the moderation queue: with the group the practice was shared in, or,
 * for practices shared in no group, with no group (admins decide).
 */
export class PracticeCommentReports1764277200000 implements MigrationInterface {
  name = 'PracticeCommentReports1764277200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE content_report ALTER COLUMN group_id DROP NOT NULL`);
    await q.query(`ALTER TABLE content_report DROP CONSTRAINT content_report_target_type_check`);
    await q.query(
      `ALTER TABLE content_report ADD CONSTRAINT content_report_target_type_check CHECK (target_type IN ('POST', 'EVENT', 'PRACTICE_COMMENT'))`,
    );
    await q.query(`CREATE INDEX content_report_admin_queue_idx ON content_report (status, created_at) WHERE group_id IS NULL`);
    await q.query(`ALTER TABLE practice_comment ADD COLUMN hidden_by_id uuid REFERENCES account(id) ON DELETE SET NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE practice_comment DROP COLUMN hidden_by_id`);
    await q.query(`DROP INDEX content_report_admin_queue_idx`);
    await q.query(`DELETE FROM content_report WHERE target_type = 'PRACTICE_COMMENT' OR group_id IS NULL`);
    await q.query(`ALTER TABLE content_report DROP CONSTRAINT content_report_target_type_check`);
    await q.query(`ALTER TABLE content_report ADD CONSTRAINT content_report_target_type_check CHECK (target_type IN ('POST', 'EVENT'))`);
    await q.query(`ALTER TABLE content_report ALTER COLUMN group_id SET NOT NULL`);
  }
}
