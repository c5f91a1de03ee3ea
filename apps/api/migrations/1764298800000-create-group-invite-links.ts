import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Shareable invitation links a group's coordinators create on purpose (emailed invitations are for
 * one address): valid until revoked, counted at each use; the token is stored as a digest.
 */
export class CreateGroupInviteLinks1764298800000 implements MigrationInterface {
  name = 'CreateGroupInviteLinks1764298800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE group_invite_link (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        group_id uuid NOT NULL REFERENCES movement_group(id) ON DELETE CASCADE,
        token_hash text NOT NULL UNIQUE,
        created_by_id uuid REFERENCES account(id) ON DELETE SET NULL,
        use_count integer NOT NULL DEFAULT 0 CHECK (use_count >= 0),
        last_used_at timestamptz,
        revoked_at timestamptz,
        revoked_by_id uuid REFERENCES account(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(
      `CREATE INDEX group_invite_link_active_idx ON group_invite_link (group_id, created_at DESC, id DESC) WHERE revoked_at IS NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE group_invite_link`);
  }
}
