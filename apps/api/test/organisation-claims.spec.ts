import { makeAdmin, signUp, type SignedIn } from './fixtures';
import { errorCode, errorReason, startTestApp, type TestApp } from './test-app';

const CLAIM = `mutation($id: ID!, $j: String!) { claimOrganisation(organisationId: $id, justification: $j) { id status justification } }`;
const DECIDE = `mutation($id: ID!, $approve: Boolean!) { decideOrganisationClaim(claimId: $id, approve: $approve) { id status } }`;
const WHY = 'Je suis la trésorière, voir le procès-verbal de la dernière assemblée.';

describe('Ownership claims', () => {
  let t: TestApp;
  let admin: SignedIn;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await makeAdmin(t, await signUp(t));
  });
  afterAll(() => t.close());

  let counter = 0;
  async function unowned(): Promise<string> {
    counter += 1;
    const { rows } = await t.db.query(
      `INSERT INTO organisation (name, slug, kind, region_code) VALUES ($1, $2, 'ASSOCIATION', '75') RETURNING id`,
      [`Association sans maître ${counter}`, `association-sans-maitre-${counter}`],
    );
    return rows[0].id;
  }
  const claimsOf = async (orgId: string, accountId: string) =>
    (
      await t.db.query(
        `SELECT status, justification FROM organisation_claim WHERE organisation_id = $1 AND account_id = $2 ORDER BY created_at`,
        [orgId, accountId],
      )
    ).rows;

  it('needs a justification that says something: blank, invisible or too short is refused, too long too', async () => {
    const orgId = await unowned();
    const claimant = await signUp(t);
    for (const j of ['', '      ', '\u200B'.repeat(40), 'C’est moi.', ' \u00A0'.repeat(30)]) {
      const res = await t.gql(CLAIM, { id: orgId, j }, { token: claimant.token });
      expect(errorCode(res)).toBe('BAD_USER_INPUT');
      expect(errorReason(res)).toBe('JUSTIFICATION_TOO_SHORT');
      expect(res.errors?.[0]?.extensions?.fields?.[0]?.field).toBe('justification');
    }
    expect(errorCode(await t.gql(CLAIM, { id: orgId, j: 'x'.repeat(1001) }, { token: claimant.token }))).toBe('BAD_USER_INPUT');
    expect(await claimsOf(orgId, claimant.id)).toEqual([]);

    const ok = await t.gql(CLAIM, { id: orgId, j: `  ${WHY}  ` }, { token: claimant.token });
    expect(ok.data?.claimOrganisation).toMatchObject({ status: 'PENDING', justification: WHY });
    expect(await claimsOf(orgId, claimant.id)).toEqual([{ status: 'PENDING', justification: WHY }]);
  });

  it('is open to any member, but someone refused waits 30 days before claiming the same organisation again', async () => {
    const orgId = await unowned();
    const otherOrgId = await unowned();
    const claimant = await signUp(t);
    const first = await t.gql<{ claimOrganisation: { id: string } }>(CLAIM, { id: orgId, j: WHY }, { token: claimant.token });
    const claimId = first.data?.claimOrganisation.id;
    expect((await t.gql(DECIDE, { id: claimId, approve: false }, { token: admin.token })).data).toEqual({
      decideOrganisationClaim: { id: claimId, status: 'REJECTED' },
    });

    const again = await t.gql(CLAIM, { id: orgId, j: WHY }, { token: claimant.token });
    expect(errorCode(again)).toBe('CONFLICT');
    expect(errorReason(again)).toBe('CLAIM_REFUSED_RECENTLY');
    const retry = new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Paris' }).format(
      new Date(Date.now() + 30 * 86400_000),
    );
    expect(again.errors?.[0]?.message).toContain(`à partir du ${retry}`);
    const english = await t.gql(CLAIM, { id: orgId, j: WHY }, { token: claimant.token, headers: { 'accept-language': 'en' } });
    expect(english.errors?.[0]?.message).toMatch(/you can claim it again from \d{1,2} \w+ \d{4}/);

    // Others may claim it meanwhile, and the refused person may claim another organisation.
    const other = await signUp(t);
    expect((await t.gql(CLAIM, { id: orgId, j: WHY }, { token: other.token })).data?.claimOrganisation).toMatchObject({
      status: 'PENDING',
    });
    expect((await t.gql(CLAIM, { id: otherOrgId, j: WHY }, { token: claimant.token })).data?.claimOrganisation).toMatchObject({
      status: 'PENDING',
    });
    expect(await claimsOf(orgId, claimant.id)).toEqual([{ status: 'REJECTED', justification: WHY }]);

    // 29 days later: still waiting; 30 days later: may claim again.
    await t.db.query(`UPDATE organisation_claim SET decided_at = decided_at - interval '29 days' WHERE id = $1`, [claimId]);
    expect(errorReason(await t.gql(CLAIM, { id: orgId, j: WHY }, { token: claimant.token }))).toBe('CLAIM_REFUSED_RECENTLY');
    await t.db.query(`UPDATE organisation_claim SET decided_at = decided_at - interval '1 day 1 minute' WHERE id = $1`, [claimId]);
    expect((await t.gql(CLAIM, { id: orgId, j: WHY }, { token: claimant.token })).data?.claimOrganisation).toMatchObject({
      status: 'PENDING',
    });
    expect(await claimsOf(orgId, claimant.id)).toEqual([
      { status: 'REJECTED', justification: WHY },
      { status: 'PENDING', justification: WHY },
    ]);
  });
});
