import type { MigrationInterface, QueryRunner } from 'typeorm';

const SOCIAL_ECONOMY_KINDS = `'SOCIAL_ENTERPRISE', 'ASSOCIATION', 'COOPERATIVE', 'MUTUAL', 'FOUNDATION'`;

/**
 * Organisations, their memberships and ownership claims; search columns for the organisation and
 * member directories (French full text over unaccented text, trigram look-ups on names).
 */
export class CreateOrganisations1764237600000 implements MigrationInterface {
  name = 'CreateOrganisations1764237600000';

  async up(q: QueryRunner): Promise<void> {
    // unaccent() is only STABLE; this two-argument form is safe to declare IMMUTABLE, so names can be
    // sorted and searched without accents through generated columns and indexes.
    await q.query(`
      CREATE FUNCTION mv_unaccent(text) RETURNS text
      LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
      AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$`);
    await q.query(`
      CREATE FUNCTION mv_search_key(text[]) RETURNS text
      LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
      AS $$ SELECT lower(mv_unaccent(array_to_string($1, ' | '))) $$`);
    await q.query(`
      CREATE TABLE organisation (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL CHECK (length(name) BETWEEN 2 AND 120),
        slug text NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
        kind text NOT NULL CHECK (kind IN ('SOCIAL_ENTERPRISE', 'ASSOCIATION', 'COOPERATIVE', 'MUTUAL', 'FOUNDATION',
          'CLASSIC_ENTERPRISE', 'RESEARCH_LAB', 'INCUBATOR', 'UNIVERSITY', 'LOCAL_AUTHORITY', 'FUNDER', 'OTHER')),
        legal_form text,
        siret char(14) CHECK (siret ~ '^[0-9]{14}$'),
        esus_approved boolean NOT NULL DEFAULT false,
        is_social_economy boolean GENERATED ALWAYS AS (kind IN (${SOCIAL_ECONOMY_KINDS}) OR esus_approved) STORED,
        themes text[] NOT NULL DEFAULT '{}',
        region_code varchar(3) NOT NULL REFERENCES region(code),
        department_code varchar(3) REFERENCES department(code),
        website text,
        description text,
        headcount integer CHECK (headcount >= 0),
        created_by_id uuid REFERENCES account(id) ON DELETE SET NULL,
        name_key text GENERATED ALWAYS AS (lower(mv_unaccent(name))) STORED,
        search tsvector GENERATED ALWAYS AS (
          setweight(to_tsvector('fr_unaccent'::regconfig, name), 'A') ||
          setweight(to_tsvector('fr_unaccent'::regconfig, coalesce(description, '')), 'C')
        ) STORED,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        deleted_at timestamptz
      )`);
    await q.query(`CREATE UNIQUE INDEX organisation_siret_key ON organisation (siret) WHERE siret IS NOT NULL AND deleted_at IS NULL`);
    await q.query(`CREATE INDEX organisation_name_key_idx ON organisation (name_key, id) WHERE deleted_at IS NULL`);
    await q.query(`CREATE INDEX organisation_created_idx ON organisation (created_at DESC, id DESC) WHERE deleted_at IS NULL`);
    await q.query(`CREATE INDEX organisation_region_idx ON organisation (region_code, name_key, id) WHERE deleted_at IS NULL`);
    await q.query(`CREATE INDEX organisation_department_idx ON organisation (department_code) WHERE deleted_at IS NULL`);
    await q.query(`CREATE INDEX organisation_kind_idx ON organisation (kind, name_key, id) WHERE deleted_at IS NULL`);
    await q.query(`CREATE INDEX organisation_social_idx ON organisation (is_social_economy, name_key, id) WHERE deleted_at IS NULL`);
    await q.query(`CREATE INDEX organisation_themes_idx ON organisation USING gin (themes)`);
    await q.query(`CREATE INDEX organisation_search_idx ON organisation USING gin (search)`);
    await q.query(`CREATE INDEX organisation_name_trgm_idx ON organisation USING gin (name_key gin_trgm_ops)`);

    await q.query(`
      CREATE TABLE organisation_member (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL REFERENCES organisation(id) ON DELETE CASCADE,
        account_id uuid NOT NULL REFERENCES account(id) ON DELETE CASCADE,
        role text NOT NULL CHECK (role IN ('OWNER', 'ADMIN', 'MEMBER')),
        status text NOT NULL CHECK (status IN ('ACTIVE', 'PENDING')),
        message text,
        decided_by_id uuid REFERENCES account(id) ON DELETE SET NULL,
        decided_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (organisation_id, account_id)
      )`);
    await q.query(`CREATE INDEX organisation_member_account_idx ON organisation_member (account_id)`);
    await q.query(
      `CREATE INDEX organisation_member_owner_idx ON organisation_member (organisation_id) WHERE role = 'OWNER' AND status = 'ACTIVE'`,
    );

    await q.query(`
      CREATE TABLE organisation_claim (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL REFERENCES organisation(id) ON DELETE CASCADE,
        account_id uuid NOT NULL REFERENCES account(id) ON DELETE CASCADE,
        justification text NOT NULL,
        status text NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'APPROVED', 'REJECTED')),
        decided_by_id uuid REFERENCES account(id) ON DELETE SET NULL,
        decided_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(
      `CREATE UNIQUE INDEX organisation_claim_pending_key ON organisation_claim (organisation_id, account_id) WHERE status = 'PENDING'`,
    );
    await q.query(`CREATE INDEX organisation_claim_status_idx ON organisation_claim (status, created_at)`);

    // The member directory: names found with or without accents, public themes and skills.
    await q.query(`ALTER TABLE account ADD COLUMN name_key text GENERATED ALWAYS AS (lower(mv_unaccent(display_name))) STORED`);
    await q.query(`CREATE INDEX account_name_key_idx ON account (name_key, id) WHERE deleted_at IS NULL`);
    await q.query(`CREATE INDEX account_name_trgm_idx ON account USING gin (name_key gin_trgm_ops)`);
    await q.query(`CREATE INDEX account_kind_idx ON account (kind) WHERE deleted_at IS NULL`);
    await q.query(`CREATE INDEX account_themes_idx ON account USING gin (themes)`);
    await q.query(`ALTER TABLE account ADD COLUMN skills_key text GENERATED ALWAYS AS (mv_search_key(skills)) STORED`);
    await q.query(`CREATE INDEX account_skills_trgm_idx ON account USING gin (skills_key gin_trgm_ops)`);
    await q.query(`CREATE INDEX account_created_idx ON account (created_at DESC, id DESC) WHERE deleted_at IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX account_created_idx`);
    await q.query(`DROP INDEX account_skills_trgm_idx`);
    await q.query(`ALTER TABLE account DROP COLUMN skills_key`);
    await q.query(`DROP INDEX account_themes_idx`);
    await q.query(`DROP INDEX account_kind_idx`);
    await q.query(`DROP INDEX account_name_trgm_idx`);
    await q.query(`DROP INDEX account_name_key_idx`);
    await q.query(`ALTER TABLE account DROP COLUMN name_key`);
    await q.query(`DROP TABLE organisation_claim`);
    await q.query(`DROP TABLE organisation_member`);
    await q.query(`DROP TABLE organisation`);
    await q.query(`DROP FUNCTION mv_search_key(text[])`);
    await q.query(`DROP FUNCTION mv_unaccent(text)`);
  }
}
