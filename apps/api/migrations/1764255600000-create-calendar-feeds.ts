import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Personal, revocable calendar feed addresses for the events of members-only groups. */
export class CreateCalendarFeeds1764255600000 implements MigrationInterface {
  name = 'CreateCalendarFeeds1764255600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE calendar_feed (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        group_id uuid NOT NULL REFERENCES movement_group(id) ON DELETE CASCADE,
        account_id uuid NOT NULL REFERENCES account(id) ON DELETE CASCADE,
        token_hash text NOT NULL UNIQUE,
        revoked_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX calendar_feed_member_idx ON calendar_feed (group_id, account_id) WHERE revoked_at IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE calendar_feed`);
  }
}
