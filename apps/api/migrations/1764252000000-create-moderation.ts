import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Reports on posts, replies and events, and content hidden by moderation. */
export class CreateModeration1764252000000 implements MigrationInterface {
  name = 'CreateModeration1764252000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE group_post ADD COLUMN hidden_at timestamptz, ADD COLUMN hidden_by_id uuid REFERENCES account(id) ON DELETE SET NULL`,
    );
    await q.query(
      `ALTER TABLE group_event ADD COLUMN hidden_at timestamptz, ADD COLUMN hidden_by_id uuid REFERENCES account(id) ON DELETE SET NULL`,
    );
    await q.query(`
      CREATE TABLE content_report (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        group_id uuid NOT NULL REFERENCES movement_group(id) ON DELETE CASCADE,
        target_type text NOT NULL CHECK (target_type IN ('POST', 'EVENT')),
        target_id uuid NOT NULL,
        reporter_id uuid NOT NULL REFERENCES account(id) ON DELETE CASCADE,
        reason text NOT NULL CHECK (length(reason) BETWEEN 3 AND 1000),
        status text NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'DISMISSED', 'ACTIONED')),
        decided_by_id uuid REFERENCES account(id) ON DELETE SET NULL,
        decided_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE UNIQUE INDEX content_report_once ON content_report (target_type, target_id, reporter_id) WHERE status = 'OPEN'`);
    await q.query(`CREATE INDEX content_report_queue_idx ON content_report (group_id, status, created_at)`);
    await q.query(`CREATE INDEX content_report_reporter_idx ON content_report (reporter_id, created_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE content_report`);
    await q.query(`ALTER TABLE group_event DROP COLUMN hidden_by_id, DROP COLUMN hidden_at`);
    await q.query(`ALTER TABLE group_post DROP COLUMN hidden_by_id, DROP COLUMN hidden_at`);
  }
}
