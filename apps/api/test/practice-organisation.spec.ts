import { makeAdmin, signUp, type SignedIn } from './fixtures';
import { errorCode, errorReason, startTestApp, type TestApp } from './test-app';

const CREATE = `mutation($input: CreatePracticeInput!) { createPractice(input: $input) { id version organisation { id } } }`;
const UPDATE = `mutation($id: ID!, $v: Int!, $input: UpdatePracticeInput!) {
  updatePractice(practiceId: $id, version: $v, input: $input) { id version organisation { id } } }`;
const ADD_AUTHOR = `mutation($id: ID!, $m: ID!) { addPracticeAuthor(practiceId: $id, memberId: $m) { id } }`;

type Written = { id: string; version: number; organisation: { id: string } | null };

describe('The organisation a practice names', () => {
  let t: TestApp;
  let writer: SignedIn;
  let stranger: SignedIn;
  let admin: SignedIn;
  let organisationId: string;
  let otherOrganisationId: string;

  const as = (who: SignedIn) => ({ token: who.token });
  const stored = async (id: string) =>
    (await t.db.query(`SELECT organisation_id, organisation_name, version FROM practice WHERE id = $1`, [id])).rows[0] as {
      organisation_id: string | null;
      organisation_name: string | null;
      version: number;
    };
  async function organisation(name: string): Promise<string> {
    const { rows } = await t.db.query(
      `INSERT INTO organisation (name, slug, kind, region_code) VALUES ($1, $2, 'ASSOCIATION', '75') RETURNING id`,
      [name, name.toLowerCase().replace(/[^a-z]+/g, '-')],
    );
    return rows[0].id;
  }
  async function join(orgId: string, who: SignedIn, status: 'ACTIVE' | 'PENDING' = 'ACTIVE') {
    await t.db.query(`INSERT INTO organisation_member (organisation_id, account_id, role, status) VALUES ($1, $2, 'MEMBER', $3)`, [
      orgId,
      who.id,
      status,
    ]);
  }

  beforeAll(async () => {
    t = await startTestApp();
    [writer, stranger, admin] = await Promise.all([signUp(t), signUp(t), signUp(t)]);
    admin = await makeAdmin(t, admin);
    organisationId = await organisation('Ressourcerie du Port');
    otherOrganisationId = await organisation('Garage Solidaire');
    await join(organisationId, writer);
  });
  afterAll(() => t.close());

  it('a member of the organisation names it when writing a practice', async () => {
    const res = await t.gql<{ createPractice: Written }>(CREATE, { input: { title: 'Réemploi au port', organisationId } }, as(writer));
    expect(res.data?.createPractice.organisation).toEqual({ id: organisationId });
    expect(await stored(res.data?.createPractice.id as string)).toMatchObject({
      organisation_id: organisationId,
      organisation_name: 'Ressourcerie du Port',
    });
  });

  it('someone who does not belong to it cannot name it, on creation nor on update; a pending request or being an admin is not enough', async () => {
    const pending = await signUp(t);
    await join(organisationId, pending, 'PENDING');
    for (const who of [stranger, pending, admin]) {
      const refused = await t.gql(CREATE, { input: { title: 'Pratique usurpée', organisationId } }, as(who));
      expect(errorCode(refused)).toBe('BAD_USER_INPUT');
      expect(errorReason(refused)).toBe('NOT_ORGANISATION_MEMBER');
      expect(refused.errors?.[0]?.extensions?.fields?.[0]?.field).toBe('organisationId');
    }
    const { rows } = await t.db.query(`SELECT count(*)::int AS n FROM practice WHERE title = 'Pratique usurpée'`);
    expect(rows[0].n).toBe(0);

    const own = (await t.gql<{ createPractice: Written }>(CREATE, { input: { title: 'Ma pratique à moi' } }, as(stranger))).data
      ?.createPractice as Written;
    const update = await t.gql(UPDATE, { id: own.id, v: own.version, input: { organisationId } }, as(stranger));
    expect(errorReason(update)).toBe('NOT_ORGANISATION_MEMBER');
    expect(await stored(own.id)).toMatchObject({ organisation_id: null, version: 1 });
  });

  it('a co-author who does not belong to it keeps the organisation already named and may remove it, but names no other', async () => {
    const sheet = (await t.gql<{ createPractice: Written }>(CREATE, { input: { title: 'Atelier partagé', organisationId } }, as(writer)))
      .data?.createPractice as Written;
    expect((await t.gql(ADD_AUTHOR, { id: sheet.id, m: stranger.id }, as(writer))).errors).toBeUndefined();

    const kept = await t.gql<{ updatePractice: Written }>(
      UPDATE,
      { id: sheet.id, v: 1, input: { title: 'Atelier partagé du port', organisationId } },
      as(stranger),
    );
    expect(kept.data?.updatePractice).toMatchObject({ version: 2, organisation: { id: organisationId } });

    const other = await t.gql(UPDATE, { id: sheet.id, v: 2, input: { organisationId: otherOrganisationId } }, as(stranger));
    expect(errorReason(other)).toBe('NOT_ORGANISATION_MEMBER');
    expect(await stored(sheet.id)).toMatchObject({ organisation_id: organisationId, version: 2 });

    const removed = await t.gql<{ updatePractice: Written }>(UPDATE, { id: sheet.id, v: 2, input: { organisationId: null } }, as(stranger));
    expect(removed.data?.updatePractice.organisation).toBeNull();
    expect(await stored(sheet.id)).toMatchObject({ organisation_id: null, organisation_name: null, version: 3 });
  });
});
