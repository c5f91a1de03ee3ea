import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Sessions that end when they should, and sign-in throttling nobody can turn against someone else.
 * - `refresh_token.rotated_at`: when a token was replaced, so a second presentation within a few
 *   seconds (two tabs refreshing at once) is told apart from a replay.
 * - A partial index on live tokens by family: every request with an access token checks that its
 *   family (the session) still has one.
 * - `sign_in_failure`: failures per (email digest, source address) instead of per account, so
 *   someone else's failures never lock the right password out from a clean address.
 * - `account.sign_up_notice_at`: when the "someone tried to sign up with your address" mail last
 *   went out, so repeated sign-ups cannot flood an inbox.
 */
export class SessionChecks1764290000000 implements MigrationInterface {
  name = 'SessionChecks1764290000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE refresh_token ADD COLUMN rotated_at timestamptz`);
    // The replacement's creation is the moment of rotation.
    await q.query(
      `UPDATE refresh_token r SET rotated_at = c.created_at FROM refresh_token c WHERE c.id = r.replaced_by_id AND r.rotated_at IS NULL`,
    );
    await q.query(`UPDATE refresh_token SET rotated_at = created_at WHERE replaced_by_id IS NOT NULL AND rotated_at IS NULL`);
    // Every family statement (the per-request check, revocations) asks for the unrevoked rows.
    await q.query(`DROP INDEX refresh_token_family_idx`);
    await q.query(`CREATE INDEX refresh_token_live_family_idx ON refresh_token (family_id) WHERE revoked_at IS NULL`);

    await q.query(`
      CREATE TABLE sign_in_failure (
        email_digest text NOT NULL,
        source text NOT NULL,
        failures integer NOT NULL CHECK (failures > 0),
        last_failed_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (email_digest, source)
      )`);
    await q.query(`CREATE INDEX sign_in_failure_last_failed_idx ON sign_in_failure (last_failed_at)`);
    await q.query(`ALTER TABLE account DROP COLUMN failed_sign_ins, DROP COLUMN last_failed_sign_in_at`);
    await q.query(`ALTER TABLE account ADD COLUMN sign_up_notice_at timestamptz`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE account DROP COLUMN sign_up_notice_at`);
    await q.query(
      `ALTER TABLE account ADD COLUMN failed_sign_ins integer NOT NULL DEFAULT 0, ADD COLUMN last_failed_sign_in_at timestamptz`,
    );
    await q.query(`DROP TABLE sign_in_failure`);
    await q.query(`DROP INDEX refresh_token_live_family_idx`);
    await q.query(`CREATE INDEX refresh_token_family_idx ON refresh_token (family_id)`);
    await q.query(`ALTER TABLE refresh_token DROP COLUMN rotated_at`);
  }
}
