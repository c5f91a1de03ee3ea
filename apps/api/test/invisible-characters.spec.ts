import { makeAdmin, PASSWORD, SIGN_UP, signUp, type SignedIn } from './fixtures';
import { errorCode, errorReason, startTestApp, type GraphqlResponse, type TestApp } from './test-app';

/** Names that read as something else: a direction override, a zero-width space, an isolate, a BOM inside. */
const DISGUISED = ['Camille\u202Enimda', 'Ad\u200Bmin', 'Équipe \u2066nationale\u2069', 'Mouve\uFEFFment'];

function expectRefused(res: GraphqlResponse<unknown>, field: string) {
  expect(errorCode(res)).toBe('BAD_USER_INPUT');
  expect(errorReason(res)).toBe('INVISIBLE_CHARACTER');
  expect(res.errors?.[0]?.message).toMatch(/caractère invisible/);
  expect(res.errors?.[0]?.extensions?.fields?.[0]?.field).toBe(field);
}

describe('Names people read refuse invisible and formatting characters', () => {
  let t: TestApp;
  let member: SignedIn;
  let admin: SignedIn;

  beforeAll(async () => {
    t = await startTestApp();
    member = await signUp(t, { displayName: 'Éloïse L’Hôte-Dupré ❤️' });
    admin = await makeAdmin(t, await signUp(t));
  });
  afterAll(() => t.close());

  it('on sign-up, with a message in the reader’s language; an ordinary name with accents and an emoji passes', async () => {
    for (const displayName of DISGUISED) {
      const email = `deguise-${DISGUISED.indexOf(displayName)}@exemple.fr`;
      const res = await t.gql(SIGN_UP, {
        input: { email, password: PASSWORD, displayName, kind: 'PARTNER', regionCode: '75', acceptTerms: true, confirmAge: true },
      });
      expectRefused(res, 'displayName');
      const { rows } = await t.db.query(`SELECT count(*)::int AS n FROM account WHERE email = $1`, [email]);
      expect(rows[0].n).toBe(0);
    }
    const english = await t.gql(
      SIGN_UP,
      {
        input: {
          email: 'anglais@exemple.fr',
          password: PASSWORD,
          displayName: 'Ad\u200Bmin',
          kind: 'PARTNER',
          regionCode: '75',
          acceptTerms: true,
          confirmAge: true,
        },
      },
      { headers: { 'accept-language': 'en' } },
    );
    expect(english.errors?.[0]?.message).toMatch(/invisible or formatting character/);
    const { rows } = await t.db.query(`SELECT display_name FROM account WHERE id = $1`, [member.id]);
    expect(rows[0].display_name).toBe('Éloïse L’Hôte-Dupré ❤️');
  });

  it('on a profile edit', async () => {
    const UPDATE = `mutation($input: UpdateProfileInput!) { updateProfile(input: $input) { displayName } }`;
    for (const displayName of DISGUISED)
      expectRefused(await t.gql(UPDATE, { input: { displayName } }, { token: member.token }), 'displayName');
    const { rows } = await t.db.query(`SELECT display_name FROM account WHERE id = $1`, [member.id]);
    expect(rows[0].display_name).toBe('Éloïse L’Hôte-Dupré ❤️');
  });

  it('for organisations, on creation and on update', async () => {
    const CREATE = `mutation($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id name } }`;
    const input = { kind: 'ASSOCIATION', regionCode: '75', themes: [], acknowledgeDuplicates: true };
    for (const name of DISGUISED) expectRefused(await t.gql(CREATE, { input: { ...input, name } }, { token: member.token }), 'name');
    const created = await t.gql<{ createOrganisation: { id: string } }>(
      CREATE,
      { input: { ...input, name: 'Épicerie Solidaire' } },
      { token: member.token },
    );
    const id = created.data?.createOrganisation.id;
    const UPDATE = `mutation($id: ID!, $input: UpdateOrganisationInput!) { updateOrganisation(organisationId: $id, input: $input) { name } }`;
    expectRefused(await t.gql(UPDATE, { id, input: { name: 'Épicerie\u202ESolidaire' } }, { token: member.token }), 'name');
    const { rows } = await t.db.query(`SELECT name FROM organisation WHERE created_by_id = $1`, [member.id]);
    expect(rows).toEqual([{ name: 'Épicerie Solidaire' }]);
  });

  it('for groups, on creation and on update', async () => {
    const CREATE = `mutation($input: CreateGroupInput!) { createGroup(input: $input) { id name } }`;
    for (const name of DISGUISED) expectRefused(await t.gql(CREATE, { input: { name, kind: 'NATIONAL' } }, { token: admin.token }), 'name');
    const created = await t.gql<{ createGroup: { id: string } }>(
      CREATE,
      { input: { name: 'Mouvement', kind: 'NATIONAL' } },
      { token: admin.token },
    );
    const id = created.data?.createGroup.id;
    const UPDATE = `mutation($id: ID!, $input: UpdateGroupInput!) { updateGroup(groupId: $id, input: $input) { name } }`;
    expectRefused(await t.gql(UPDATE, { id, input: { name: 'Mouve\u200Dment' } }, { token: admin.token }), 'name');
    const { rows } = await t.db.query(`SELECT name FROM movement_group WHERE created_by_id = $1`, [admin.id]);
    expect(rows).toEqual([{ name: 'Mouvement' }]);
  });
});
