import { installStatementCounter } from '@mouvement/api-core';
import { makeAdmin, signUp, type SignedIn } from './fixtures';
import { errorCode, startTestApp, type TestApp } from './test-app';

const CREATE = `mutation($input: CreateOrganisationInput!) {
  createOrganisation(input: $input) { id name slug kind siret esusApproved isSocialEconomy themes regionCode departmentCode memberCount owners { id displayName } viewerMembership { role status } }
}`;
const UPDATE = `mutation($id: ID!, $input: UpdateOrganisationInput!) { updateOrganisation(organisationId: $id, input: $input) { id name description } }`;
const JOIN = `mutation($id: ID!, $message: String) { requestToJoinOrganisation(organisationId: $id, message: $message) { id status role } }`;
const DECIDE = `mutation($id: ID!, $accept: Boolean!) { decideOrganisationMembership(membershipId: $id, accept: $accept) { id status } }`;
const LEAVE = `mutation($id: ID!) { leaveOrganisation(organisationId: $id) }`;
const SET_ROLE = `mutation($id: ID!, $role: OrganisationRole!) { setOrganisationMemberRole(membershipId: $id, role: $role) { id role } }`;

type Org = { id: string; slug: string; name: string };

const orgInput = (overrides: Record<string, unknown> = {}) => ({
  name: 'Atelier Vélo Solidaire',
  kind: 'ASSOCIATION',
  regionCode: '75',
  departmentCode: '33',
  themes: ['MOBILITY'],
  ...overrides,
});

describe('Organisations', () => {
  let t: TestApp;
  let owner: SignedIn;
  let admin: SignedIn;

  beforeAll(async () => {
    t = await startTestApp();
    owner = await signUp(t);
    admin = await makeAdmin(t, await signUp(t));
  });
  afterAll(() => t.close());

  async function create(by: SignedIn, overrides: Record<string, unknown> = {}): Promise<Org> {
    const res = await t.gql<{ createOrganisation: Org }>(
      CREATE,
      { input: orgInput({ acknowledgeDuplicates: true, ...overrides }) },
      { token: by.token },
    );
    if (!res.data) throw new Error(JSON.stringify(res.errors));
    return res.data.createOrganisation;
  }

  async function membershipId(orgId: string, accountId: string): Promise<string> {
    const { rows } = await t.db.query(`SELECT id FROM organisation_member WHERE organisation_id = $1 AND account_id = $2`, [
      orgId,
      accountId,
    ]);
    return rows[0].id;
  }

  async function addMember(orgId: string, role: 'MEMBER' | 'ADMIN' | 'OWNER', status: 'ACTIVE' | 'PENDING' = 'ACTIVE'): Promise<SignedIn> {
    const person = await signUp(t);
    await t.db.query(`INSERT INTO organisation_member (organisation_id, account_id, role, status) VALUES ($1, $2, $3, $4)`, [
      orgId,
      person.id,
      role,
      status,
    ]);
    return person;
  }

  describe('createOrganisation', () => {
    it('creates the organisation with its creator as owner and derives the social-economy flag', async () => {
      const res = await t.gql<{ createOrganisation: Record<string, unknown> }>(
        CREATE,
        {
          input: orgInput({
            name: 'Coopérative Énergie Citoyenne',
            kind: 'CLASSIC_ENTERPRISE',
            esusApproved: true,
            siret: '732 829 320 00074',
            themes: ['ENERGY'],
          }),
        },
        { token: owner.token },
      );
      expect(res.errors).toBeUndefined();
      expect(res.data?.createOrganisation).toMatchObject({
        slug: 'cooperative-energie-citoyenne',
        siret: '73282932000074',
        isSocialEconomy: true,
        memberCount: 1,
        owners: [{ id: owner.id }],
        viewerMembership: { role: 'OWNER', status: 'ACTIVE' },
      });
      const { rows } = await t.db.query(
        `SELECT o.is_social_economy, m.role, m.status FROM organisation o JOIN organisation_member m ON m.organisation_id = o.id WHERE o.slug = 'cooperative-energie-citoyenne'`,
      );
      expect(rows).toEqual([{ is_social_economy: true, role: 'OWNER', status: 'ACTIVE' }]);
    });

    it('refuses an invalid SIRET, and a SIRET already used', async () => {
      const bad = await t.gql(CREATE, { input: orgInput({ name: 'Siret Faux', siret: '73282932000075' }) }, { token: owner.token });
      expect(errorCode(bad)).toBe('BAD_USER_INPUT');
      expect(bad.errors?.[0]?.extensions?.fields).toEqual([
        { field: 'siret', message: 'SIRET invalide : 14 chiffres dont la clé est correcte.', reason: 'INVALID_SIRET' },
      ]);
      const taken = await t.gql(
        CREATE,
        { input: orgInput({ name: 'Autre Nom Bien Différent', siret: '73282932000074' }) },
        { token: owner.token },
      );
      expect(errorCode(taken)).toBe('CONFLICT');
    });

    it('refuses a department outside the region and a visitor', async () => {
      const wrong = await t.gql(CREATE, { input: orgInput({ name: 'Mauvais Territoire', regionCode: '53' }) }, { token: owner.token });
      expect(errorCode(wrong)).toBe('BAD_USER_INPUT');
      const anonymous = await t.gql(CREATE, { input: orgInput({ name: 'Sans Compte' }) });
      expect(errorCode(anonymous)).toBe('UNAUTHENTICATED');
      const { rows } = await t.db.query(`SELECT count(*)::int AS n FROM organisation WHERE name IN ('Mauvais Territoire', 'Sans Compte')`);
      expect(rows[0].n).toBe(0);
    });

    it('shows near-duplicates in the same department before saving, and saves once acknowledged', async () => {
      await create(owner, { name: 'Recyclerie du Bassin' });
      const near = await t.gql<{ organisationNearDuplicates: { organisation: { name: string }; similarity: number }[] }>(
        `{ organisationNearDuplicates(name: "La Recyclerie du Bassin", regionCode: "75", departmentCode: "33") { organisation { name } similarity } }`,
        {},
        { token: owner.token },
      );
      expect(near.data?.organisationNearDuplicates[0]?.organisation.name).toBe('Recyclerie du Bassin');
      const refused = await t.gql(CREATE, { input: orgInput({ name: 'Recyclerie du bassin' }) }, { token: owner.token });
      expect(errorCode(refused)).toBe('CONFLICT');
      expect(refused.errors?.[0]?.message).toContain('Recyclerie du Bassin');
      const elsewhere = await t.gql(
        CREATE,
        { input: orgInput({ name: 'Recyclerie du bassin', departmentCode: '24' }) },
        { token: owner.token },
      );
      expect(elsewhere.errors).toBeUndefined();
      const acknowledged = await create(owner, { name: 'Recyclerie du Bassin', acknowledgeDuplicates: true });
      expect(acknowledged.slug).toBe('recyclerie-du-bassin-3');
    });
  });

  describe('permissions on updateOrganisation', () => {
    it.each([
      ['a visitor', 'anonymous', 'UNAUTHENTICATED'],
      ['an outsider', 'outsider', 'FORBIDDEN'],
      ['a pending member', 'pending', 'FORBIDDEN'],
      ['a member', 'member', 'FORBIDDEN'],
      ['an admin of the organisation', 'orgAdmin', null],
      ['an owner', 'owner', null],
      // Platform admins moderate; they do not speak for an organisation.
      ['a platform admin', 'platformAdmin', 'FORBIDDEN'],
    ])('%s: %s', async (_label, who, expected) => {
      const org = await create(owner, { name: `Permissions ${who}` });
      const people: Record<string, SignedIn | null> = {
        anonymous: null,
        outsider: await signUp(t),
        pending: await addMember(org.id, 'MEMBER', 'PENDING'),
        member: await addMember(org.id, 'MEMBER'),
        orgAdmin: await addMember(org.id, 'ADMIN'),
        owner,
        platformAdmin: admin,
      };
      const person = people[who];
      const res = await t.gql(UPDATE, { id: org.id, input: { description: `par ${who}` } }, person ? { token: person.token } : {});
      const { rows } = await t.db.query(`SELECT description FROM organisation WHERE id = $1`, [org.id]);
      if (expected) {
        expect(errorCode(res)).toBe(expected);
        expect(rows[0].description).toBeNull();
      } else {
        expect(res.errors).toBeUndefined();
        expect(rows[0].description).toBe(`par ${who}`);
      }
    });
  });

  describe('membership', () => {
    it('a member asks to join, an owner accepts; an outsider cannot decide and a second request is refused', async () => {
      const org = await create(owner, { name: 'Tiers-Lieu des Chartrons' });
      const applicant = await signUp(t);
      const asked = await t.gql<{ requestToJoinOrganisation: { id: string; status: string } }>(
        JOIN,
        { id: org.id, message: 'Je suis bénévole' },
        { token: applicant.token },
      );
      expect(asked.data?.requestToJoinOrganisation.status).toBe('PENDING');
      expect(errorCode(await t.gql(JOIN, { id: org.id }, { token: applicant.token }))).toBe('CONFLICT');
      const id = asked.data?.requestToJoinOrganisation.id as string;
      const outsider = await signUp(t);
      expect(errorCode(await t.gql(DECIDE, { id, accept: true }, { token: outsider.token }))).toBe('FORBIDDEN');
      expect(errorCode(await t.gql(DECIDE, { id, accept: true }, { token: applicant.token }))).toBe('FORBIDDEN');

      const requests = await t.gql<{ organisation: { joinRequests: { id: string; message: string; member: { id: string } }[] } }>(
        `query($slug: String!) { organisation(slug: $slug) { joinRequests { id message member { id } } } }`,
        { slug: org.slug },
        { token: owner.token },
      );
      expect(requests.data?.organisation.joinRequests).toEqual([{ id, message: 'Je suis bénévole', member: { id: applicant.id } }]);
      const hidden = await t.gql<{ organisation: { joinRequests: unknown } }>(
        `query($slug: String!) { organisation(slug: $slug) { joinRequests { id } } }`,
        { slug: org.slug },
        { token: outsider.token },
      );
      expect(hidden.data?.organisation.joinRequests).toBeNull();

      const accepted = await t.gql(DECIDE, { id, accept: true }, { token: owner.token });
      expect(accepted.data).toEqual({ decideOrganisationMembership: { id, status: 'ACTIVE' } });
      expect(errorCode(await t.gql(DECIDE, { id, accept: true }, { token: owner.token }))).toBe('CONFLICT');
      const { rows } = await t.db.query(`SELECT status, decided_by_id FROM organisation_member WHERE id = $1`, [id]);
      expect(rows[0]).toEqual({ status: 'ACTIVE', decided_by_id: owner.id });
    });

    it('a declined request is removed so the person may ask again later', async () => {
      const org = await create(owner, { name: 'Jardin Partagé Bastide' });
      const applicant = await signUp(t);
      const asked = await t.gql<{ requestToJoinOrganisation: { id: string } }>(JOIN, { id: org.id }, { token: applicant.token });
      const declined = await t.gql(DECIDE, { id: asked.data?.requestToJoinOrganisation.id, accept: false }, { token: owner.token });
      expect(declined.data).toEqual({ decideOrganisationMembership: null });
      expect((await t.gql(JOIN, { id: org.id }, { token: applicant.token })).errors).toBeUndefined();
    });

    it('the last owner cannot leave nor be demoted', async () => {
      const org = await create(owner, { name: 'Seul Propriétaire' });
      expect(errorCode(await t.gql(LEAVE, { id: org.id }, { token: owner.token }))).toBe('CONFLICT');
      const mine = await membershipId(org.id, owner.id);
      expect(errorCode(await t.gql(SET_ROLE, { id: mine, role: 'MEMBER' }, { token: owner.token }))).toBe('CONFLICT');
      const { rows } = await t.db.query(`SELECT role FROM organisation_member WHERE id = $1`, [mine]);
      expect(rows[0].role).toBe('OWNER');
    });

    it('when two owners leave at the same moment, exactly one succeeds and one owner stays', async () => {
      const org = await create(owner, { name: 'Deux Propriétaires' });
      const second = await addMember(org.id, 'OWNER');
      const results = await Promise.all([owner, second].map((p) => t.gql(LEAVE, { id: org.id }, { token: p.token })));
      expect(results.filter((r) => r.data?.leaveOrganisation === true)).toHaveLength(1);
      expect(results.map(errorCode).filter(Boolean)).toEqual(['CONFLICT']);
      const { rows } = await t.db.query(
        `SELECT count(*)::int AS n FROM organisation_member WHERE organisation_id = $1 AND role = 'OWNER'`,
        [org.id],
      );
      expect(rows[0].n).toBe(1);
    });

    it('an organisation admin can promote a member to admin but not to owner', async () => {
      const org = await create(owner, { name: 'Rôles et Droits' });
      const orgAdmin = await addMember(org.id, 'ADMIN');
      const member = await addMember(org.id, 'MEMBER');
      const id = await membershipId(org.id, member.id);
      expect(errorCode(await t.gql(SET_ROLE, { id, role: 'OWNER' }, { token: orgAdmin.token }))).toBe('FORBIDDEN');
      expect((await t.gql(SET_ROLE, { id, role: 'ADMIN' }, { token: orgAdmin.token })).data).toEqual({
        setOrganisationMemberRole: { id, role: 'ADMIN' },
      });
      expect((await t.gql(SET_ROLE, { id, role: 'OWNER' }, { token: owner.token })).data).toEqual({
        setOrganisationMemberRole: { id, role: 'OWNER' },
      });
    });
  });

  describe('claims', () => {
    async function unowned(name: string): Promise<string> {
      const { rows } = await t.db.query(
        `INSERT INTO organisation (name, slug, kind, region_code, department_code) VALUES ($1, $2, 'COOPERATIVE', '75', '33') RETURNING id`,
        [name, name.toLowerCase().replace(/[^a-z0-9]+/g, '-')],
      );
      return rows[0].id;
    }
    const CLAIM = `mutation($id: ID!, $j: String!) { claimOrganisation(organisationId: $id, justification: $j) { id status } }`;
    const DECIDE_CLAIM = `mutation($id: ID!, $approve: Boolean!) { decideOrganisationClaim(claimId: $id, approve: $approve) { id status } }`;

    it('a member claims an unowned organisation and a platform admin approves: the claimant becomes owner', async () => {
      const orgId = await unowned('Coop Sans Maître');
      const claimant = await signUp(t);
      const other = await signUp(t);
      const claim = await t.gql<{ claimOrganisation: { id: string; status: string } }>(
        CLAIM,
        { id: orgId, j: 'Je suis la gérante, voir le Kbis.' },
        { token: claimant.token },
      );
      expect(claim.data?.claimOrganisation.status).toBe('PENDING');
      const rival = await t.gql<{ claimOrganisation: { id: string } }>(
        CLAIM,
        { id: orgId, j: 'Je suis aussi de la maison.' },
        { token: other.token },
      );
      const id = claim.data?.claimOrganisation.id;
      expect(errorCode(await t.gql(DECIDE_CLAIM, { id, approve: true }, { token: claimant.token }))).toBe('FORBIDDEN');
      const queue = await t.gql<{ organisationClaims: { id: string; organisation: { name: string }; claimant: { id: string } }[] }>(
        `{ organisationClaims { id organisation { name } claimant { id } } }`,
        {},
        { token: admin.token },
      );
      expect(queue.data?.organisationClaims.map((c) => c.id)).toEqual(expect.arrayContaining([id, rival.data?.claimOrganisation.id]));
      const approved = await t.gql(DECIDE_CLAIM, { id, approve: true }, { token: admin.token });
      expect(approved.data).toEqual({ decideOrganisationClaim: { id, status: 'APPROVED' } });
      const { rows } = await t.db.query(`SELECT account_id, role FROM organisation_member WHERE organisation_id = $1`, [orgId]);
      expect(rows).toEqual([{ account_id: claimant.id, role: 'OWNER' }]);
      const { rows: claims } = await t.db.query(`SELECT status FROM organisation_claim WHERE id = $1`, [rival.data?.claimOrganisation.id]);
      expect(claims[0].status).toBe('REJECTED');
    });

    it('an organisation with an owner cannot be claimed', async () => {
      const org = await create(owner, { name: 'Déjà Tenue' });
      const claimant = await signUp(t);
      expect(errorCode(await t.gql(CLAIM, { id: org.id, j: 'Je la veux pour moi.' }, { token: claimant.token }))).toBe('CONFLICT');
    });
  });
});

describe('Directories', () => {
  let t: TestApp;
  let viewer: SignedIn;
  let admin: SignedIn;

  beforeAll(async () => {
    t = await startTestApp();
    viewer = await signUp(t, { email: 'lecteur@exemple.fr' });
    admin = await makeAdmin(t, await signUp(t));
    // 60 organisations across two regions, some social economy, with an owner each.
    await t.db.query(`
      INSERT INTO organisation (name, slug, kind, region_code, department_code, themes, esus_approved, description, created_at)
      SELECT 'Organisation ' || lpad(i::text, 3, '0'), 'org-' || i,
             CASE WHEN i % 3 = 0 THEN 'CLASSIC_ENTERPRISE' ELSE 'COOPERATIVE' END,
             CASE WHEN i % 2 = 0 THEN '75' ELSE '53' END,
             CASE WHEN i % 2 = 0 THEN '33' ELSE '35' END,
             CASE WHEN i % 4 = 0 THEN ARRAY['ENERGY'] ELSE ARRAY['FOOD'] END,
             false, 'Une structure du territoire', now() - (i || ' minutes')::interval
      FROM generate_series(1, 60) i`);
    await t.db.query(
      `INSERT INTO organisation (name, slug, kind, region_code, themes, description) VALUES ('Énergies Partagées Aquitaine', 'energies-partagees', 'COOPERATIVE', '75', ARRAY['ENERGY'], 'Coopératives de production d''énergie renouvelable')`,
    );
    await t.db.query(
      `
      INSERT INTO organisation_member (organisation_id, account_id, role, status)
      SELECT o.id, $1, 'OWNER', 'ACTIVE' FROM organisation o`,
      [viewer.id],
    );
  });
  afterAll(() => t.close());

  const LIST = `query($first: Int!, $after: String, $filter: OrganisationFilter, $sort: OrganisationSort!) {
    organisations(first: $first, after: $after, filter: $filter, sort: $sort) {
      totalCount pageInfo { hasNextPage endCursor }
      edges { cursor node { id name slug isSocialEconomy region { code name } department { name } memberCount claimable
        owners { id displayName region { name } department { name } } viewerMembership { role } members { id member { displayName } } joinRequests { id } } }
    }
  }`;

  it('filters by region, kind, theme and social economy, and counts the total', async () => {
    const res = await t.gql<{
      organisations: { totalCount: number; edges: { node: { isSocialEconomy: boolean; region: { code: string } } }[] };
    }>(LIST, { first: 100, filter: { regionCode: '75', socialEconomy: true, theme: 'ENERGY' }, sort: 'NAME' });
    expect(res.errors).toBeUndefined();
    // Even i up to 60, i % 4 = 0 → energy (15), minus the classic ones (i % 3 = 0 → 5), plus Énergies Partagées.
    expect(res.data?.organisations.totalCount).toBe(11);
    expect(res.data?.organisations.edges.every((e) => e.node.isSocialEconomy && e.node.region.code === '75')).toBe(true);
    const classic = await t.gql<{ organisations: { totalCount: number } }>(LIST, {
      first: 1,
      filter: { kind: 'CLASSIC_ENTERPRISE' },
      sort: 'NAME',
    });
    expect(classic.data?.organisations.totalCount).toBe(20);
  });

  it('finds by French words without accents and by a near-miss name', async () => {
    const words = await t.gql<{ organisations: { edges: { node: { name: string } }[] } }>(LIST, {
      first: 10,
      filter: { search: 'energie renouvelable' },
      sort: 'RELEVANCE',
    });
    expect(words.data?.organisations.edges.map((e) => e.node.name)).toEqual(['Énergies Partagées Aquitaine']);
    const nearMiss = await t.gql<{ organisations: { edges: { node: { name: string } }[] } }>(LIST, {
      first: 10,
      filter: { search: 'Energis Partagees' },
      sort: 'NAME',
    });
    expect(nearMiss.data?.organisations.edges.map((e) => e.node.name)).toContain('Énergies Partagées Aquitaine');
  });

  it.each(['NAME', 'NEWEST'])('pages through every organisation by %s with keyset cursors, without gaps or repeats', async (sort) => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let pages = 0; pages < 10; pages++) {
      const res: Awaited<
        ReturnType<
          typeof t.gql<{ organisations: { pageInfo: { hasNextPage: boolean; endCursor: string }; edges: { node: { name: string } }[] } }>
        >
      > = await t.gql(LIST, { first: 25, after, sort });
      seen.push(...(res.data?.organisations.edges.map((e) => e.node.name) ?? []));
      if (!res.data?.organisations.pageInfo.hasNextPage) break;
      after = res.data.organisations.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(61);
    expect(new Set(seen).size).toBe(61);
    if (sort === 'NAME') expect(seen[0]).toBe('Énergies Partagées Aquitaine');
    if (sort === 'NEWEST') expect(seen.slice(1, 3)).toEqual(['Organisation 001', 'Organisation 002']);
  });

  it('refuses a forged cursor', async () => {
    const res = await t.gql(LIST, { first: 5, after: 'pas-un-curseur', sort: 'NAME' });
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
  });

  it.each(['NAME', 'NEWEST', 'RELEVANCE'])(
    'runs the same number of SQL statements for 1 and 50 organisations, every relation selected, sorted by %s',
    async (sort) => {
      const counter = installStatementCounter();
      const variables = (first: number) => ({ first, sort, filter: sort === 'RELEVANCE' ? { search: 'structure territoire' } : null });
      await t.gql(LIST, variables(2), { token: viewer.token }); // warm the reference data
      counter.reset();
      const one = await t.gql<{ organisations: { edges: unknown[] } }>(LIST, variables(1), { token: viewer.token });
      const small = counter.count;
      counter.reset();
      const fifty = await t.gql<{ organisations: { edges: unknown[] } }>(LIST, variables(50), { token: viewer.token });
      const large = counter.count;
      expect(one.data?.organisations.edges).toHaveLength(1);
      expect(fifty.data?.organisations.edges).toHaveLength(50);
      expect(large).toBe(small);
      // the viewer's session check (one per request, outside the list's budget), then the list's own:
      // page, total, member count, owners, members, their accounts, viewer's membership, join requests
      expect(small).toBe(1 + 8);
    },
  );

  describe('members', () => {
    const MEMBERS = `query($first: Int!, $after: String, $filter: MemberFilter, $sort: MemberSort!) {
      members(first: $first, after: $after, filter: $filter, sort: $sort) {
        totalCount pageInfo { hasNextPage endCursor }
        edges { node { id displayName kind regionCode region { name } department { name } bio skills themes email } }
      }
    }`;

    it('is for signed-in members only', async () => {
      expect(errorCode(await t.gql(MEMBERS, { first: 5, sort: 'NAME' }))).toBe('UNAUTHENTICATED');
    });

    it('shows only what each member made public, never the email, and filters only on public fields', async () => {
      const open = await signUp(t, { displayName: 'Élodie Publique', kind: 'YOUTH' });
      const closed = await signUp(t, { displayName: 'Élodie Discrète', kind: 'YOUTH' });
      const UPDATE = `mutation($input: UpdateProfileInput!) { updateProfile(input: $input) { id } }`;
      await t.gql(
        UPDATE,
        { input: { bio: 'Étudiante', skills: ['Comptabilité'], themes: ['FOOD'], publicFields: ['BIO', 'SKILLS', 'THEMES'] } },
        { token: open.token },
      );
      await t.gql(
        UPDATE,
        { input: { bio: 'Secret', skills: ['Comptabilité'], themes: ['FOOD'], publicFields: [] } },
        { token: closed.token },
      );

      const res = await t.gql<{ members: { edges: { node: Record<string, unknown> }[] } }>(
        MEMBERS,
        { first: 10, filter: { search: 'elodie' }, sort: 'NAME' },
        { token: viewer.token },
      );
      const byName = Object.fromEntries(res.data?.members.edges.map((e) => [e.node['displayName'], e.node]) ?? []);
      expect(byName['Élodie Publique']).toMatchObject({
        bio: 'Étudiante',
        skills: ['Comptabilité'],
        themes: ['FOOD'],
        department: null,
        email: null,
      });
      expect(byName['Élodie Discrète']).toMatchObject({
        bio: null,
        skills: null,
        themes: null,
        department: null,
        email: null,
        region: { name: 'Nouvelle-Aquitaine' },
      });

      const bySkill = await t.gql<{ members: { edges: { node: { displayName: string } }[] } }>(
        MEMBERS,
        { first: 10, filter: { skill: 'comptabilite' }, sort: 'NAME' },
        { token: viewer.token },
      );
      expect(bySkill.data?.members.edges.map((e) => e.node.displayName)).toEqual(['Élodie Publique']);
      const byTheme = await t.gql<{ members: { edges: { node: { displayName: string } }[] } }>(
        MEMBERS,
        { first: 10, filter: { theme: 'FOOD', kind: 'YOUTH' }, sort: 'NAME' },
        { token: viewer.token },
      );
      expect(byTheme.data?.members.edges.map((e) => e.node.displayName)).toEqual(['Élodie Publique']);

      const asAdmin = await t.gql<{ members: { edges: { node: { displayName: string; email: string | null; bio: string | null } }[] } }>(
        MEMBERS,
        { first: 10, filter: { search: 'Élodie Disc' }, sort: 'NAME' },
        { token: admin.token },
      );
      expect(asAdmin.data?.members.edges[0]?.node).toMatchObject({ displayName: 'Élodie Discrète', email: closed.email, bio: 'Secret' });
    });

    it('lets platform admins appoint and remove admins, and refuses everyone else', async () => {
      const SET = `mutation($id: ID!, $role: PlatformRole!) { setPlatformRole(accountId: $id, role: $role) { id role email } }`;
      const target = await signUp(t);
      const member = await signUp(t);
      expect(errorCode(await t.gql(SET, { id: target.id, role: 'ADMIN' }))).toBe('UNAUTHENTICATED');
      expect(errorCode(await t.gql(SET, { id: target.id, role: 'ADMIN' }, { token: member.token }))).toBe('FORBIDDEN');
      const role = async () => (await t.db.query(`SELECT role FROM account WHERE id = $1`, [target.id])).rows[0].role;
      expect(await role()).toBe('MEMBER');
      const appointed = await t.gql(SET, { id: target.id, role: 'ADMIN' }, { token: admin.token });
      expect(appointed.data).toEqual({ setPlatformRole: { id: target.id, role: 'ADMIN', email: target.email } });
      expect(await role()).toBe('ADMIN');
      await t.gql(SET, { id: target.id, role: 'MEMBER' }, { token: admin.token });
      expect(await role()).toBe('MEMBER');
      const self = await t.gql(SET, { id: admin.id, role: 'MEMBER' }, { token: admin.token });
      expect(errorCode(self)).toBe('CONFLICT');
      expect((await t.db.query(`SELECT role FROM account WHERE id = $1`, [admin.id])).rows[0].role).toBe('ADMIN');
      const unknown = await t.gql(SET, { id: '00000000-0000-4000-8000-000000000000', role: 'ADMIN' }, { token: admin.token });
      expect(errorCode(unknown)).toBe('NOT_FOUND');
    });

    it.each(['NAME', 'NEWEST'])('runs the same number of SQL statements for 1 and 50 members sorted by %s', async (sort) => {
      await t.db.query(
        `
        INSERT INTO account (email, password_hash, display_name, kind, region_code, terms_version, privacy_version, terms_accepted_at, age_confirmed_at)
        SELECT 'bulk' || i || '-' || lower($1) || '@exemple.fr', 'x', 'Membre en nombre ' || i, 'SUPPORTER', '75', 'v', 'v', now(), now()
        FROM generate_series(1, 60) i`,
        [sort],
      );
      const counter = installStatementCounter();
      await t.gql(MEMBERS, { first: 2, sort }, { token: viewer.token });
      counter.reset();
      const one = await t.gql<{ members: { edges: unknown[] } }>(MEMBERS, { first: 1, sort }, { token: viewer.token });
      const small = counter.count;
      counter.reset();
      const fifty = await t.gql<{ members: { edges: unknown[] } }>(MEMBERS, { first: 50, sort }, { token: viewer.token });
      expect(one.data?.members.edges).toHaveLength(1);
      expect(fifty.data?.members.edges).toHaveLength(50);
      expect(counter.count).toBe(small);
    });
  });
});
