import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The recent actions of each account, per action name, behind the per-account limits
 * (AccountRateLimiter): one row per account and action holding the times still in the window, so
 * that one statement counts and records under the row's lock. The primary key is the only index
 * the limiter needs; the rows go with their account.
 */
export class CreateAccountActionWindow1764285000000 implements MigrationInterface {
  name = 'CreateAccountActionWindow1764285000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE account_action_window (
        account_id uuid NOT NULL REFERENCES account(id) ON DELETE CASCADE,
        action text NOT NULL CHECK (length(action) BETWEEN 1 AND 60),
        recent timestamptz[] NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (account_id, action)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE account_action_window`);
  }
}
