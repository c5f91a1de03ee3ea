import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Practice sheets themselves can be reported, like comments: to the coordinators of the group they
 * were shared in, else to the admins. A sheet hidden by moderation leaves the library and is read
 * only by its authors and the admins until it is restored.
 */
export class PracticeReports1764280800000 implements MigrationInterface {
  name = 'PracticeReports1764280800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE practice ADD COLUMN hidden_at timestamptz, ADD COLUMN hidden_by_id uuid REFERENCES account(id) ON DELETE SET NULL`,
    );
    await q.query(`ALTER TABLE content_report DROP CONSTRAINT content_report_target_type_check`);
    await q.query(
      `ALTER TABLE content_report ADD CONSTRAINT content_report_target_type_check CHECK (target_type IN ('POST', 'EVENT', 'PRACTICE_COMMENT', 'PRACTICE'))`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM content_report WHERE target_type = 'PRACTICE'`);
    await q.query(`ALTER TABLE content_report DROP CONSTRAINT content_report_target_type_check`);
    await q.query(
      `ALTER TABLE content_report ADD CONSTRAINT content_report_target_type_check CHECK (target_type IN ('POST', 'EVENT', 'PRACTICE_COMMENT'))`,
    );
    await q.query(`ALTER TABLE practice DROP COLUMN hidden_by_id, DROP COLUMN hidden_at`);
  }
}
