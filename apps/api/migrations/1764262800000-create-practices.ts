import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The practice library: sheets with their sections (jsonb, in the initiative sheet's kinds), their
 * authors and every earlier version; French full-text search over title, summary, sections and the
 * organisation's name, and a trigram index for near-miss titles.
 */
export class CreatePractices1764262800000 implements MigrationInterface {
  name = 'CreatePractices1764262800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE practice (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        slug text NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
        title text NOT NULL CHECK (length(title) BETWEEN 3 AND 200),
        summary text CHECK (length(summary) <= 1200),
        themes text[] NOT NULL DEFAULT '{}',
        region_code varchar(3) REFERENCES region(code),
        department_code varchar(3) REFERENCES department(code),
        organisation_id uuid REFERENCES organisation(id) ON DELETE SET NULL,
        -- Copied from the organisation (kept in step by a trigger) so that search can find it.
        organisation_name text,
        group_id uuid REFERENCES movement_group(id) ON DELETE SET NULL,
        licence text NOT NULL DEFAULT 'CC_BY_SA_4_0'
          CHECK (licence IN ('CC_BY_SA_4_0', 'CC_BY_4_0', 'CC_BY_NC_SA_4_0', 'CC0_1_0', 'ALL_RIGHTS_RESERVED')),
        status text NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT', 'PUBLISHED', 'ARCHIVED')),
        sections jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(sections) = 'array'),
        version integer NOT NULL DEFAULT 1,
        useful_count integer NOT NULL DEFAULT 0,
        inspiring_count integer NOT NULL DEFAULT 0,
        comment_count integer NOT NULL DEFAULT 0,
        replication_count integer NOT NULL DEFAULT 0,
        created_by_id uuid REFERENCES account(id) ON DELETE SET NULL,
        updated_by_id uuid REFERENCES account(id) ON DELETE SET NULL,
        published_at timestamptz,
        archived_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        deleted_at timestamptz,
        title_key text GENERATED ALWAYS AS (lower(mv_unaccent(title))) STORED,
        search tsvector GENERATED ALWAYS AS (
          setweight(to_tsvector('fr_unaccent'::regconfig, title), 'A') ||
          setweight(to_tsvector('fr_unaccent'::regconfig, coalesce(summary, '')), 'B') ||
          setweight(to_tsvector('fr_unaccent'::regconfig, coalesce(organisation_name, '')), 'B') ||
          setweight(to_tsvector('fr_unaccent'::regconfig, jsonb_path_query_array(sections, '$[*].heading')), 'C') ||
          setweight(to_tsvector('fr_unaccent'::regconfig, jsonb_path_query_array(sections, '$[*].body')), 'D')
        ) STORED,
        CHECK (status <> 'PUBLISHED' OR (summary IS NOT NULL AND region_code IS NOT NULL AND cardinality(themes) > 0))
      )`);
    const published = `WHERE status = 'PUBLISHED' AND deleted_at IS NULL`;
    await q.query(`CREATE INDEX practice_newest_idx ON practice (published_at DESC, id DESC) ${published}`);
    await q.query(`CREATE INDEX practice_region_newest_idx ON practice (region_code, published_at DESC, id DESC) ${published}`);
    await q.query(`CREATE INDEX practice_department_idx ON practice (department_code, published_at DESC, id DESC) ${published}`);
    await q.query(`CREATE INDEX practice_useful_idx ON practice (useful_count DESC, id DESC) ${published}`);
    await q.query(`CREATE INDEX practice_replicated_idx ON practice (replication_count DESC, id DESC) ${published}`);
    await q.query(`CREATE INDEX practice_themes_idx ON practice USING gin (themes) ${published}`);
    await q.query(`CREATE INDEX practice_search_idx ON practice USING gin (search) ${published}`);
    await q.query(`CREATE INDEX practice_title_trgm_idx ON practice USING gin (title_key gin_trgm_ops) ${published}`);
    await q.query(`CREATE INDEX practice_organisation_idx ON practice (organisation_id) WHERE organisation_id IS NOT NULL`);
    await q.query(`CREATE INDEX practice_group_idx ON practice (group_id, published_at DESC, id DESC) WHERE group_id IS NOT NULL`);

    await q.query(`
      CREATE FUNCTION practice_organisation_name() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE practice SET organisation_name = NEW.name WHERE organisation_id = NEW.id AND organisation_name IS DISTINCT FROM NEW.name;
        RETURN NEW;
      END $$`);
    await q.query(`
      CREATE TRIGGER organisation_name_to_practices AFTER UPDATE OF name ON organisation
      FOR EACH ROW WHEN (OLD.name IS DISTINCT FROM NEW.name) EXECUTE FUNCTION practice_organisation_name()`);

    await q.query(`
      CREATE TABLE practice_author (
        practice_id uuid NOT NULL REFERENCES practice(id) ON DELETE CASCADE,
        account_id uuid NOT NULL REFERENCES account(id) ON DELETE CASCADE,
        added_by_id uuid REFERENCES account(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (practice_id, account_id)
      )`);
    await q.query(`CREATE INDEX practice_author_account_idx ON practice_author (account_id, created_at DESC)`);

    await q.query(`
      CREATE TABLE practice_revision (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        practice_id uuid NOT NULL REFERENCES practice(id) ON DELETE CASCADE,
        version integer NOT NULL,
        snapshot jsonb NOT NULL,
        edited_by_id uuid REFERENCES account(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (practice_id, version)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE practice_revision`);
    await q.query(`DROP TABLE practice_author`);
    await q.query(`DROP TRIGGER organisation_name_to_practices ON organisation`);
    await q.query(`DROP FUNCTION practice_organisation_name()`);
    await q.query(`DROP TABLE practice`);
  }
}
