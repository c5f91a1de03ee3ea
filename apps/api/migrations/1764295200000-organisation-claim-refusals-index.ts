import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A claim asks whether its author was refused for the same organisation lately: one index look-up. */
export class OrganisationClaimRefusalsIndex1764295200000 implements MigrationInterface {
  name = 'OrganisationClaimRefusalsIndex1764295200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE INDEX organisation_claim_refused_idx ON organisation_claim (organisation_id, account_id, decided_at) WHERE status = 'REJECTED'`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX organisation_claim_refused_idx`);
  }
}
