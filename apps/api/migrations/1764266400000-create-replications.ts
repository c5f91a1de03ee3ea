import type { MigrationInterface, QueryRunner } from 'typeorm';

/** "Essaimage": members and organisations declare that they replicate a practice, where and how far along. */
export class CreateReplications1764266400000 implements MigrationInterface {
  name = 'CreateReplications1764266400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE practice_replication (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        practice_id uuid NOT NULL REFERENCES practice(id) ON DELETE CASCADE,
        declared_by_id uuid NOT NULL REFERENCES account(id) ON DELETE CASCADE,
        organisation_id uuid REFERENCES organisation(id) ON DELETE SET NULL,
        region_code varchar(3) NOT NULL REFERENCES region(code),
        department_code varchar(3) REFERENCES department(code),
        status text NOT NULL DEFAULT 'EXPLORING' CHECK (status IN ('EXPLORING', 'IN_PROGRESS', 'DONE')),
        notes text CHECK (length(notes) <= 2000),
        contact_consent boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        deleted_at timestamptz
      )`);
    await q.query(
      `CREATE INDEX practice_replication_practice_idx ON practice_replication (practice_id, created_at DESC, id DESC) WHERE deleted_at IS NULL`,
    );
    await q.query(
      `CREATE INDEX practice_replication_declarer_idx ON practice_replication (declared_by_id, created_at DESC) WHERE deleted_at IS NULL`,
    );
    // One declaration per person, practice and place: a second one updates the first.
    await q.query(
      `CREATE UNIQUE INDEX practice_replication_once_idx ON practice_replication (practice_id, declared_by_id, region_code, COALESCE(department_code, ''))
       WHERE deleted_at IS NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE practice_replication`);
  }
}
