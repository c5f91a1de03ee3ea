import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Accounts, their rotating refresh tokens and one-time email links. */
export class CreateAccounts1764234000000 implements MigrationInterface {
  name = 'CreateAccounts1764234000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE account (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email text NOT NULL CHECK (email = lower(btrim(email)) AND length(email) <= 254),
        password_hash text NOT NULL,
        display_name text NOT NULL CHECK (length(display_name) BETWEEN 2 AND 80),
        kind text NOT NULL CHECK (kind IN ('SOCIAL_ENTREPRENEUR', 'PARTNER', 'YOUTH', 'SUPPORTER')),
        role text NOT NULL DEFAULT 'MEMBER' CHECK (role IN ('MEMBER', 'ADMIN')),
        region_code varchar(3) NOT NULL REFERENCES region(code),
        department_code varchar(3) REFERENCES department(code),
        bio text,
        skills text[] NOT NULL DEFAULT '{}',
        themes text[] NOT NULL DEFAULT '{}',
        public_fields text[] NOT NULL DEFAULT '{}',
        locale varchar(2) NOT NULL DEFAULT 'fr' CHECK (locale IN ('fr', 'en')),
        email_verified_at timestamptz,
        terms_version text NOT NULL,
        privacy_version text NOT NULL,
        terms_accepted_at timestamptz NOT NULL,
        age_confirmed_at timestamptz NOT NULL,
        failed_sign_ins integer NOT NULL DEFAULT 0,
        last_failed_sign_in_at timestamptz,
        last_sign_in_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        deleted_at timestamptz
      )`);
    await q.query(`CREATE UNIQUE INDEX account_email_key ON account (lower(email))`);
    await q.query(`CREATE INDEX account_region_code_idx ON account (region_code) WHERE deleted_at IS NULL`);
    await q.query(`
      CREATE TABLE refresh_token (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        account_id uuid NOT NULL REFERENCES account(id) ON DELETE CASCADE,
        family_id uuid NOT NULL,
        token_hash text NOT NULL UNIQUE,
        expires_at timestamptz NOT NULL,
        revoked_at timestamptz,
        replaced_by_id uuid REFERENCES refresh_token(id) ON DELETE SET NULL,
        user_agent text,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX refresh_token_family_idx ON refresh_token (family_id)`);
    await q.query(`CREATE INDEX refresh_token_account_idx ON refresh_token (account_id)`);
    await q.query(`
      CREATE TABLE account_token (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        account_id uuid NOT NULL REFERENCES account(id) ON DELETE CASCADE,
        purpose text NOT NULL CHECK (purpose IN ('VERIFY_EMAIL', 'RESET_PASSWORD')),
        token_hash text NOT NULL UNIQUE,
        expires_at timestamptz NOT NULL,
        used_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX account_token_account_idx ON account_token (account_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE account_token`);
    await q.query(`DROP TABLE refresh_token`);
    await q.query(`DROP TABLE account`);
  }
}
