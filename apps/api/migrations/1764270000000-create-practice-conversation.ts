import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Appreciation and conversation on practices: USEFUL / INSPIRING reactions, comments with one level of replies and their history. */
export class CreatePracticeConversation1764270000000 implements MigrationInterface {
  name = 'CreatePracticeConversation1764270000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE practice_reaction (
        practice_id uuid NOT NULL REFERENCES practice(id) ON DELETE CASCADE,
        account_id uuid NOT NULL REFERENCES account(id) ON DELETE CASCADE,
        reaction text NOT NULL CHECK (reaction IN ('USEFUL', 'INSPIRING')),
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (practice_id, account_id, reaction)
      )`);
    await q.query(`CREATE INDEX practice_reaction_account_idx ON practice_reaction (account_id)`);
    await q.query(`
      CREATE TABLE practice_comment (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        practice_id uuid NOT NULL REFERENCES practice(id) ON DELETE CASCADE,
        author_id uuid REFERENCES account(id) ON DELETE SET NULL,
        parent_id uuid REFERENCES practice_comment(id) ON DELETE CASCADE,
        body text NOT NULL CHECK (length(body) BETWEEN 1 AND 10000),
        edited_at timestamptz,
        hidden_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        deleted_at timestamptz
      )`);
    await q.query(
      `CREATE INDEX practice_comment_thread_idx ON practice_comment (practice_id, created_at, id) WHERE parent_id IS NULL AND deleted_at IS NULL`,
    );
    await q.query(`CREATE INDEX practice_comment_replies_idx ON practice_comment (parent_id, created_at, id) WHERE parent_id IS NOT NULL`);
    await q.query(`CREATE INDEX practice_comment_author_idx ON practice_comment (author_id, created_at DESC)`);
    await q.query(`
      CREATE TABLE practice_comment_revision (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        comment_id uuid NOT NULL REFERENCES practice_comment(id) ON DELETE CASCADE,
        body text NOT NULL,
        edited_by_id uuid REFERENCES account(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX practice_comment_revision_idx ON practice_comment_revision (comment_id, created_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE practice_comment_revision`);
    await q.query(`DROP TABLE practice_comment`);
    await q.query(`DROP TABLE practice_reaction`);
  }
}
