import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The library's indexes, whose condition becomes "listed": published, not deleted, not hidden. */
const LISTED_INDEXES = [
  'practice_newest_idx ON practice (published_at DESC, id DESC)',
  'practice_region_newest_idx ON practice (region_code, published_at DESC, id DESC)',
  'practice_department_idx ON practice (department_code, published_at DESC, id DESC)',
  'practice_useful_idx ON practice (useful_count DESC, id DESC)',
  'practice_replicated_idx ON practice (replication_count DESC, id DESC)',
  'practice_themes_idx ON practice USING gin (themes)',
  'practice_search_idx ON practice USING gin (search)',
  'practice_title_trgm_idx ON practice USING gin (title_key gin_trgm_ops)',
];

async function redefineListedIndexes(q: QueryRunner, condition: string) {
  for (const definition of LISTED_INDEXES) {
    await q.query(`DROP INDEX ${definition.split(' ')[0]}`);
    await q.query(`CREATE INDEX ${definition} WHERE ${condition}`);
  }
  // Fresh statistics: without them the planner takes the new column's condition for a rare one
  // and gives up the library's index (measured: 85 ms instead of 0.5 ms for a filtered page).
  await q.query(`ANALYZE practice`);
}

/**
 * Practice sheets themselves can be reported, like comments: to the coordinators of the group they
 * were shared in, else to the admins. A sheet hidden by moderation leaves the library and is read
 * only by its authors and its moderators until it is restored.
 */
export class PracticeReports1764280800000 implements MigrationInterface {
  name = 'PracticeReports1764280800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE practice ADD COLUMN hidden_at timestamptz, ADD COLUMN hidden_by_id uuid REFERENCES account(id) ON DELETE SET NULL`,
    );
    await redefineListedIndexes(q, `status = 'PUBLISHED' AND deleted_at IS NULL AND hidden_at IS NULL`);
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
    await redefineListedIndexes(q, `status = 'PUBLISHED' AND deleted_at IS NULL`);
    await q.query(`ALTER TABLE practice DROP COLUMN hidden_by_id, DROP COLUMN hidden_at`);
  }
}
