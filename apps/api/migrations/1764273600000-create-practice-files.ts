import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Files of practices: one cover image and up to five attachments, stored outside the database. */
export class CreatePracticeFiles1764273600000 implements MigrationInterface {
  name = 'CreatePracticeFiles1764273600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE practice_file (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        practice_id uuid NOT NULL REFERENCES practice(id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('COVER', 'ATTACHMENT')),
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        mime_type text NOT NULL CHECK (mime_type IN ('image/jpeg', 'image/png', 'image/webp', 'image/gif', 'application/pdf')),
        size_bytes integer NOT NULL CHECK (size_bytes BETWEEN 1 AND 10485760),
        storage_key text NOT NULL UNIQUE,
        uploaded_by_id uuid REFERENCES account(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        deleted_at timestamptz
      )`);
    await q.query(`CREATE INDEX practice_file_practice_idx ON practice_file (practice_id, kind, created_at) WHERE deleted_at IS NULL`);
    await q.query(
      `CREATE UNIQUE INDEX practice_file_one_cover_idx ON practice_file (practice_id) WHERE kind = 'COVER' AND deleted_at IS NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE practice_file`);
  }
}
