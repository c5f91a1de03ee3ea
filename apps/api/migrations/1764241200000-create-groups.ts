import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Groups of the movement, their memberships, invitations and audit log. */
export class CreateGroups1764241200000 implements MigrationInterface {
  name = 'CreateGroups1764241200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE movement_group (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL CHECK (length(name) BETWEEN 2 AND 120),
        slug text NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
        kind text NOT NULL CHECK (kind IN ('NATIONAL', 'REGIONAL_COLLECTIVE', 'THEMATIC_CIRCLE', 'LOCAL_CHAPTER')),
        parent_id uuid REFERENCES movement_group(id),
        region_code varchar(3) REFERENCES region(code),
        department_code varchar(3) REFERENCES department(code),
        themes text[] NOT NULL DEFAULT '{}',
        description text,
        charter text,
        join_questions text[] NOT NULL DEFAULT '{}',
        visibility text NOT NULL CHECK (visibility IN ('PUBLIC', 'MEMBERS_ONLY')),
        join_policy text NOT NULL CHECK (join_policy IN ('OPEN', 'ON_REQUEST', 'INVITE_ONLY')),
        created_by_id uuid REFERENCES account(id) ON DELETE SET NULL,
        name_key text GENERATED ALWAYS AS (lower(mv_unaccent(name))) STORED,
        search tsvector GENERATED ALWAYS AS (
          setweight(to_tsvector('fr_unaccent'::regconfig, name), 'A') ||
          setweight(to_tsvector('fr_unaccent'::regconfig, coalesce(description, '')), 'C')
        ) STORED,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        deleted_at timestamptz,
        CHECK (kind <> 'NATIONAL' OR (region_code IS NULL AND parent_id IS NULL)),
        CHECK (kind <> 'REGIONAL_COLLECTIVE' OR (region_code IS NOT NULL AND department_code IS NULL)),
        CHECK (kind <> 'LOCAL_CHAPTER' OR (region_code IS NOT NULL AND department_code IS NOT NULL AND parent_id IS NOT NULL)),
        CHECK (kind <> 'THEMATIC_CIRCLE' OR parent_id IS NOT NULL)
      )`);
    await q.query(
      `CREATE UNIQUE INDEX movement_group_one_collective_per_region ON movement_group (region_code) WHERE kind = 'REGIONAL_COLLECTIVE' AND deleted_at IS NULL`,
    );
    await q.query(`CREATE INDEX movement_group_name_idx ON movement_group (name_key, id) WHERE deleted_at IS NULL`);
    await q.query(`CREATE INDEX movement_group_created_idx ON movement_group (created_at DESC, id DESC) WHERE deleted_at IS NULL`);
    await q.query(`CREATE INDEX movement_group_region_idx ON movement_group (region_code) WHERE deleted_at IS NULL`);
    await q.query(`CREATE INDEX movement_group_kind_idx ON movement_group (kind) WHERE deleted_at IS NULL`);
    await q.query(`CREATE INDEX movement_group_parent_idx ON movement_group (parent_id) WHERE deleted_at IS NULL`);
    await q.query(`CREATE INDEX movement_group_themes_idx ON movement_group USING gin (themes)`);
    await q.query(`CREATE INDEX movement_group_search_idx ON movement_group USING gin (search)`);
    await q.query(`CREATE INDEX movement_group_trgm_idx ON movement_group USING gin (name_key gin_trgm_ops)`);

    await q.query(`
      CREATE TABLE group_member (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        group_id uuid NOT NULL REFERENCES movement_group(id) ON DELETE CASCADE,
        account_id uuid NOT NULL REFERENCES account(id) ON DELETE CASCADE,
        role text NOT NULL DEFAULT 'MEMBER' CHECK (role IN ('COORDINATOR', 'MEMBER')),
        status text NOT NULL CHECK (status IN ('ACTIVE', 'PENDING', 'INVITED', 'BANNED')),
        message text,
        answers text[] NOT NULL DEFAULT '{}',
        decided_by_id uuid REFERENCES account(id) ON DELETE SET NULL,
        decided_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (group_id, account_id)
      )`);
    await q.query(`CREATE INDEX group_member_account_idx ON group_member (account_id, status)`);
    await q.query(`CREATE INDEX group_member_group_status_idx ON group_member (group_id, status, role)`);

    await q.query(`
      CREATE TABLE group_invitation (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        group_id uuid NOT NULL REFERENCES movement_group(id) ON DELETE CASCADE,
        email text NOT NULL,
        token_hash text NOT NULL UNIQUE,
        invited_by_id uuid REFERENCES account(id) ON DELETE SET NULL,
        expires_at timestamptz NOT NULL,
        accepted_at timestamptz,
        accepted_by_id uuid REFERENCES account(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX group_invitation_group_idx ON group_invitation (group_id, created_at)`);

    await q.query(`
      CREATE TABLE group_audit (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        group_id uuid NOT NULL REFERENCES movement_group(id) ON DELETE CASCADE,
        actor_id uuid REFERENCES account(id) ON DELETE SET NULL,
        action text NOT NULL,
        target_account_id uuid REFERENCES account(id) ON DELETE SET NULL,
        detail text,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX group_audit_group_idx ON group_audit (group_id, created_at DESC, id DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE group_audit`);
    await q.query(`DROP TABLE group_invitation`);
    await q.query(`DROP TABLE group_member`);
    await q.query(`DROP TABLE movement_group`);
  }
}
