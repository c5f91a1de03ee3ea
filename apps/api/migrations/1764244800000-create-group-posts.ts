import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Posts and replies in groups, their edit history and reactions; the outbox of domain events. */
export class CreateGroupPosts1764244800000 implements MigrationInterface {
  name = 'CreateGroupPosts1764244800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE group_post (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        group_id uuid NOT NULL REFERENCES movement_group(id) ON DELETE CASCADE,
        author_id uuid REFERENCES account(id) ON DELETE SET NULL,
        parent_id uuid REFERENCES group_post(id) ON DELETE CASCADE,
        body text NOT NULL CHECK (length(body) BETWEEN 1 AND 20000),
        pinned boolean NOT NULL DEFAULT false,
        announcement boolean NOT NULL DEFAULT false,
        edited_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        deleted_at timestamptz,
        CHECK (parent_id IS NULL OR (NOT pinned AND NOT announcement))
      )`);
    await q.query(
      `CREATE INDEX group_post_feed_idx ON group_post (group_id, pinned DESC, created_at DESC, id DESC) WHERE parent_id IS NULL`,
    );
    await q.query(`CREATE INDEX group_post_replies_idx ON group_post (parent_id, created_at, id) WHERE parent_id IS NOT NULL`);
    await q.query(`CREATE INDEX group_post_author_idx ON group_post (author_id, created_at DESC)`);
    await q.query(`
      CREATE TABLE group_post_revision (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        post_id uuid NOT NULL REFERENCES group_post(id) ON DELETE CASCADE,
        body text NOT NULL,
        edited_by_id uuid REFERENCES account(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX group_post_revision_post_idx ON group_post_revision (post_id, created_at)`);
    await q.query(`
      CREATE TABLE group_post_reaction (
        post_id uuid NOT NULL REFERENCES group_post(id) ON DELETE CASCADE,
        account_id uuid NOT NULL REFERENCES account(id) ON DELETE CASCADE,
        reaction text NOT NULL CHECK (reaction IN ('LIKE', 'SUPPORT', 'IDEA', 'THANKS')),
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (post_id, account_id, reaction)
      )`);
    await q.query(`
      CREATE TABLE domain_event (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        type text NOT NULL,
        payload jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        processed_at timestamptz
      )`);
    await q.query(`CREATE INDEX domain_event_pending_idx ON domain_event (created_at) WHERE processed_at IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE domain_event`);
    await q.query(`DROP TABLE group_post_reaction`);
    await q.query(`DROP TABLE group_post_revision`);
    await q.query(`DROP TABLE group_post`);
  }
}
