import { installStatementCounter } from '@mouvement/api-core';
import { makeAdmin, signUp, type SignedIn } from './fixtures';
import { startMailCatcher } from './mail-catcher';
import { errorCode, startTestApp, type TestApp } from './test-app';

const CREATE = `mutation($input: CreateGroupInput!) { createGroup(input: $input) { id slug kind regionCode memberCount coordinators { id } viewerMembership { role status } } }`;
const JOIN = `mutation($id: ID!, $message: String, $answers: [String!]) { joinGroup(groupId: $id, message: $message, answers: $answers) { id status role answers } }`;
const LEAVE = `mutation($id: ID!) { leaveGroup(groupId: $id) }`;
const APPROVE = `mutation($id: ID!) { approveMembership(membershipId: $id) { id status } }`;
const DECLINE = `mutation($id: ID!) { declineMembership(membershipId: $id) }`;
const BAN = `mutation($g: ID!, $a: ID!) { banMember(groupId: $g, accountId: $a) { status } }`;
const APPOINT = `mutation($id: ID!) { appointCoordinator(membershipId: $id) { role } }`;
const REVOKE = `mutation($id: ID!) { revokeCoordinator(membershipId: $id) { role } }`;
const REMOVE = `mutation($id: ID!) { removeMember(membershipId: $id) }`;
const UPDATE = `mutation($id: ID!, $input: UpdateGroupInput!) { updateGroup(groupId: $id, input: $input) { id description } }`;
const INVITE = `mutation($id: ID!, $emails: [String!], $memberIds: [ID!]) { inviteToGroup(groupId: $id, emails: $emails, memberIds: $memberIds) }`;
const ACCEPT = `mutation($token: String!) { acceptGroupInvitation(token: $token) { id viewerMembership { status } } }`;

type G = { id: string; slug: string };

describe('Groups', () => {
  let t: TestApp;
  let mail: Awaited<ReturnType<typeof startMailCatcher>>;
  let admin: SignedIn;
  let national: G;
  let counter = 0;

  beforeAll(async () => {
    mail = await startMailCatcher();
    t = await startTestApp({ SMTP_URL: mail.url });
    admin = await makeAdmin(t, await signUp(t));
    national = await create(admin, { name: 'Mouvement national', kind: 'NATIONAL' });
  });
  afterAll(async () => {
    await t.close();
    await mail.close();
  });

  async function create(by: SignedIn, input: Record<string, unknown>): Promise<G> {
    const res = await t.gql<{ createGroup: G }>(CREATE, { input }, { token: by.token });
    if (!res.data) throw new Error(JSON.stringify(res.errors));
    return res.data.createGroup;
  }
  /** A circle under the national movement with its own coordinator. */
  async function circle(joinPolicy = 'ON_REQUEST', visibility = 'PUBLIC'): Promise<G & { coordinator: SignedIn }> {
    counter += 1;
    const g = await create(admin, {
      name: `Cercle ${counter}`,
      kind: 'THEMATIC_CIRCLE',
      parentId: national.id,
      joinPolicy,
      visibility,
      joinQuestions: ['Pourquoi ?'],
    });
    const coordinator = await signUp(t);
    await t.db.query(`INSERT INTO group_member (group_id, account_id, role, status) VALUES ($1, $2, 'COORDINATOR', 'ACTIVE')`, [
      g.id,
      coordinator.id,
    ]);
    return { ...g, coordinator };
  }
  const membershipOf = async (groupId: string, accountId: string) =>
    (await t.db.query(`SELECT id, role, status FROM group_member WHERE group_id = $1 AND account_id = $2`, [groupId, accountId]))
      .rows[0] as { id: string; role: string; status: string } | undefined;

  describe('creating groups', () => {
    it('admins create regional collectives; their coordinators create circles and chapters in the region; others are refused', async () => {
      const collective = await create(admin, {
        name: 'Collectif Nouvelle-Aquitaine',
        kind: 'REGIONAL_COLLECTIVE',
        parentId: national.id,
        regionCode: '75',
      });
      expect(collective).toMatchObject({
        kind: 'REGIONAL_COLLECTIVE',
        regionCode: '75',
        memberCount: 1,
        viewerMembership: { role: 'COORDINATOR', status: 'ACTIVE' },
      });
      const again = await t.gql(
        CREATE,
        { input: { name: 'Autre collectif', kind: 'REGIONAL_COLLECTIVE', parentId: national.id, regionCode: '75' } },
        { token: admin.token },
      );
      expect(errorCode(again)).toBe('CONFLICT');

      const coordinator = await signUp(t);
      await t.db.query(`INSERT INTO group_member (group_id, account_id, role, status) VALUES ($1, $2, 'COORDINATOR', 'ACTIVE')`, [
        collective.id,
        coordinator.id,
      ]);
      const chapter = await create(coordinator, {
        name: 'Antenne Gironde',
        kind: 'LOCAL_CHAPTER',
        parentId: collective.id,
        departmentCode: '33',
      });
      expect(chapter).toMatchObject({ kind: 'LOCAL_CHAPTER', regionCode: '75', coordinators: [{ id: coordinator.id }] });
      const wrongDepartment = await t.gql(
        CREATE,
        { input: { name: 'Antenne Bretonne', kind: 'LOCAL_CHAPTER', parentId: collective.id, departmentCode: '35' } },
        { token: coordinator.token },
      );
      expect(errorCode(wrongDepartment)).toBe('BAD_USER_INPUT');

      const member = await signUp(t);
      expect(
        errorCode(
          await t.gql(
            CREATE,
            { input: { name: 'Cercle sauvage', kind: 'THEMATIC_CIRCLE', parentId: collective.id } },
            { token: member.token },
          ),
        ),
      ).toBe('FORBIDDEN');
      expect(errorCode(await t.gql(CREATE, { input: { name: 'Cercle anonyme', kind: 'THEMATIC_CIRCLE', parentId: collective.id } }))).toBe(
        'UNAUTHENTICATED',
      );
      const { rows } = await t.db.query(`SELECT count(*)::int AS n FROM movement_group WHERE name IN ('Cercle sauvage', 'Cercle anonyme')`);
      expect(rows[0].n).toBe(0);
    });
  });

  describe('the membership state machine', () => {
    it('open: member at once; on request: pending, then approved by a coordinator only', async () => {
      const open = await circle('OPEN');
      const person = await signUp(t);
      expect((await t.gql(JOIN, { id: open.id }, { token: person.token })).data).toMatchObject({
        joinGroup: { status: 'ACTIVE', role: 'MEMBER' },
      });

      const onRequest = await circle('ON_REQUEST');
      const asked = await t.gql<{ joinGroup: { id: string; status: string; answers: string[] } }>(
        JOIN,
        { id: onRequest.id, message: 'Bonjour', answers: ['Pour agir'] },
        { token: person.token },
      );
      expect(asked.data?.joinGroup).toMatchObject({ status: 'PENDING', answers: ['Pour agir'] });
      expect(errorCode(await t.gql(JOIN, { id: onRequest.id }, { token: person.token }))).toBe('CONFLICT');
      const id = asked.data?.joinGroup.id;
      const other = await signUp(t);
      expect(errorCode(await t.gql(APPROVE, { id }, { token: other.token }))).toBe('FORBIDDEN');
      expect(errorCode(await t.gql(APPROVE, { id }, { token: person.token }))).toBe('FORBIDDEN');
      expect((await t.gql(APPROVE, { id }, { token: onRequest.coordinator.token })).data).toEqual({
        approveMembership: { id, status: 'ACTIVE' },
      });
      expect(errorCode(await t.gql(APPROVE, { id }, { token: onRequest.coordinator.token }))).toBe('CONFLICT');
      expect((await membershipOf(onRequest.id, person.id))?.status).toBe('ACTIVE');
    });

    it('a declined request is removed; invite-only groups refuse joining; banned people cannot rejoin', async () => {
      const g = await circle('ON_REQUEST');
      const person = await signUp(t);
      const asked = await t.gql<{ joinGroup: { id: string } }>(JOIN, { id: g.id }, { token: person.token });
      expect((await t.gql(DECLINE, { id: asked.data?.joinGroup.id }, { token: g.coordinator.token })).data).toEqual({
        declineMembership: true,
      });
      expect(await membershipOf(g.id, person.id)).toBeUndefined();

      const closed = await circle('INVITE_ONLY');
      expect(errorCode(await t.gql(JOIN, { id: closed.id }, { token: person.token }))).toBe('FORBIDDEN');

      expect((await t.gql(BAN, { g: g.id, a: person.id }, { token: g.coordinator.token })).data).toEqual({
        banMember: { status: 'BANNED' },
      });
      const retry = await t.gql(JOIN, { id: g.id }, { token: person.token });
      expect(errorCode(retry)).toBe('FORBIDDEN');
      expect((await membershipOf(g.id, person.id))?.status).toBe('BANNED');
    });

    it('the last coordinator cannot leave nor be revoked; appointing another lets them', async () => {
      const g = await circle('OPEN');
      await t.db.query(`DELETE FROM group_member WHERE group_id = $1 AND account_id = $2`, [g.id, admin.id]);
      expect(errorCode(await t.gql(LEAVE, { id: g.id }, { token: g.coordinator.token }))).toBe('CONFLICT');
      const mine = await membershipOf(g.id, g.coordinator.id);
      expect(errorCode(await t.gql(REVOKE, { id: mine?.id }, { token: g.coordinator.token }))).toBe('CONFLICT');
      const person = await signUp(t);
      await t.gql(JOIN, { id: g.id }, { token: person.token });
      const theirs = await membershipOf(g.id, person.id);
      expect((await t.gql(APPOINT, { id: theirs?.id }, { token: g.coordinator.token })).data).toEqual({
        appointCoordinator: { role: 'COORDINATOR' },
      });
      expect((await t.gql(LEAVE, { id: g.id }, { token: g.coordinator.token })).data).toEqual({ leaveGroup: true });
      expect((await membershipOf(g.id, person.id))?.role).toBe('COORDINATOR');
    });

    it('when two coordinators leave at the same moment, one stays', async () => {
      const g = await circle('OPEN');
      await t.db.query(`DELETE FROM group_member WHERE group_id = $1 AND account_id = $2`, [g.id, admin.id]);
      const second = await signUp(t);
      await t.db.query(`INSERT INTO group_member (group_id, account_id, role, status) VALUES ($1, $2, 'COORDINATOR', 'ACTIVE')`, [
        g.id,
        second.id,
      ]);
      const results = await Promise.all([g.coordinator, second].map((p) => t.gql(LEAVE, { id: g.id }, { token: p.token })));
      expect(results.map(errorCode).filter(Boolean)).toEqual(['CONFLICT']);
      const { rows } = await t.db.query(`SELECT count(*)::int AS n FROM group_member WHERE group_id = $1 AND role = 'COORDINATOR'`, [g.id]);
      expect(rows[0].n).toBe(1);
    });
  });

  describe('invitations', () => {
    it('are emailed, accepted once, and refused when expired', async () => {
      const g = await circle('INVITE_ONLY');
      const guest = await signUp(t, { email: 'invitee@exemple.fr' });
      expect((await t.gql(INVITE, { id: g.id, memberIds: [guest.id] }, { token: g.coordinator.token })).data).toEqual({ inviteToGroup: 1 });
      const sent = await mail.waitFor('invitee@exemple.fr', 2);
      expect(sent.subject).toMatch(/^Invitation à rejoindre Cercle/);
      const token = /\/invitations\/([A-Za-z0-9_-]+)/.exec(sent.text)?.[1] as string;
      const [a, b] = await Promise.all([guest, guest].map((p) => t.gql(ACCEPT, { token }, { token: p.token })));
      expect([a, b].filter((r) => r.data).length).toBe(1);
      expect([a, b].map(errorCode).filter(Boolean)).toEqual(['BAD_USER_INPUT']);

      expect((await t.gql(INVITE, { id: g.id, emails: ['late@exemple.fr'] }, { token: g.coordinator.token })).data).toEqual({
        inviteToGroup: 1,
      });
      const late = /\/invitations\/([A-Za-z0-9_-]+)/.exec((await mail.waitFor('late@exemple.fr')).text)?.[1];
      await t.db.query(`UPDATE group_invitation SET expires_at = now() - interval '1 second' WHERE email = 'late@exemple.fr'`);
      const lateComer = await signUp(t, { email: 'late@exemple.fr' });
      expect(errorCode(await t.gql(ACCEPT, { token: late }, { token: lateComer.token }))).toBe('BAD_USER_INPUT');
      expect(await membershipOf(g.id, lateComer.id)).toBeUndefined();
    });
  });

  describe('visibility and audit', () => {
    it('a members-only group shows its coordinators to everyone and its members to members only', async () => {
      const g = await circle('OPEN', 'MEMBERS_ONLY');
      const member = await signUp(t);
      await t.gql(JOIN, { id: g.id }, { token: member.token });
      const Q = `query($slug: String!) { group(slug: $slug) { name coordinators { id } members { member { id } } pendingRequests { id } } }`;
      const outside = await t.gql<{ group: { coordinators: { id: string }[]; members: unknown; pendingRequests: unknown } }>(Q, {
        slug: g.slug,
      });
      expect(outside.data?.group).toMatchObject({ members: null, pendingRequests: null });
      expect(outside.data?.group.coordinators).toContainEqual({ id: g.coordinator.id });
      const inside = await t.gql<{ group: { members: { member: { id: string } }[] } }>(Q, { slug: g.slug }, { token: member.token });
      expect(inside.data?.group.members.map((m) => m.member.id)).toEqual(expect.arrayContaining([g.coordinator.id, member.id]));
    });

    it('writes approvals, bans and appointments to an audit log that coordinators and admins read', async () => {
      const g = await circle('ON_REQUEST');
      const person = await signUp(t);
      const asked = await t.gql<{ joinGroup: { id: string } }>(JOIN, { id: g.id }, { token: person.token });
      await t.gql(APPROVE, { id: asked.data?.joinGroup.id }, { token: g.coordinator.token });
      await t.gql(APPOINT, { id: asked.data?.joinGroup.id }, { token: g.coordinator.token });
      const troll = await signUp(t);
      await t.gql(BAN, { g: g.id, a: troll.id }, { token: g.coordinator.token });
      const LOG = `query($id: ID!) { groupAuditLog(groupId: $id) { action actorName targetName } }`;
      const log = await t.gql<{ groupAuditLog: { action: string }[] }>(LOG, { id: g.id }, { token: admin.token });
      expect(log.data?.groupAuditLog.map((l) => l.action)).toEqual(['BAN', 'APPOINT', 'APPROVE']);
      expect(errorCode(await t.gql(LOG, { id: g.id }, { token: troll.token }))).toBe('FORBIDDEN');
    });
  });

  describe('permission matrix', () => {
    type Who = 'anonymous' | 'outsider' | 'pending' | 'member' | 'otherCoordinator' | 'coordinator' | 'admin';
    const WHO: Who[] = ['anonymous', 'outsider', 'pending', 'member', 'otherCoordinator', 'coordinator', 'admin'];
    const ALLOWED: Who[] = ['coordinator', 'admin'];
    const MUTATIONS: [string, (g: G, target: { membershipId: string; accountId: string }) => [string, Record<string, unknown>]][] = [
      ['updateGroup', (g) => [UPDATE, { id: g.id, input: { description: 'modifié' } }]],
      ['approveMembership', (_g, x) => [APPROVE, { id: x.membershipId }]],
      ['declineMembership', (_g, x) => [DECLINE, { id: x.membershipId }]],
      ['removeMember', (_g, x) => [REMOVE, { id: x.membershipId }]],
      ['banMember', (g, x) => [BAN, { g: g.id, a: x.accountId }]],
      ['inviteToGroup', (g) => [INVITE, { id: g.id, emails: ['matrice@exemple.fr'] }]],
    ];

    it.each(MUTATIONS.map(([name]) => name))('%s: only coordinators of the group and admins', async (name) => {
      const build = MUTATIONS.find(([n]) => n === name)?.[1] as (typeof MUTATIONS)[number][1];
      const other = await circle('OPEN');
      const outcomes: Record<string, string> = {};
      for (const who of WHO) {
        const g = await circle('ON_REQUEST');
        const applicant = await signUp(t);
        const asked = await t.gql<{ joinGroup: { id: string } }>(JOIN, { id: g.id }, { token: applicant.token });
        const people: Record<Who, SignedIn | null> = {
          anonymous: null,
          outsider: await signUp(t),
          pending: applicant,
          member: await signUp(t),
          otherCoordinator: other.coordinator,
          coordinator: g.coordinator,
          admin,
        };
        if (who === 'member')
          await t.db.query(`INSERT INTO group_member (group_id, account_id, role, status) VALUES ($1, $2, 'MEMBER', 'ACTIVE')`, [
            g.id,
            people.member?.id,
          ]);
        const [query, variables] = build(g, { membershipId: asked.data?.joinGroup.id as string, accountId: applicant.id });
        const person = people[who];
        const res = await t.gql(query, variables, person ? { token: person.token } : {});
        outcomes[who] = errorCode(res) ?? 'OK';
      }
      expect(outcomes).toEqual(
        Object.fromEntries(WHO.map((who) => [who, ALLOWED.includes(who) ? 'OK' : who === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN'])),
      );
    });
  });

  it.each(['NAME', 'NEWEST'])(
    'lists groups with the same number of SQL statements for 1 and 50, every relation selected, sorted by %s',
    async (sort) => {
      await t.db.query(
        `
      INSERT INTO movement_group (name, slug, kind, parent_id, visibility, join_policy)
      SELECT 'Groupe en nombre ' || i || ' ' || $2, 'nombre-' || i || '-' || lower($2), 'THEMATIC_CIRCLE', $1, 'PUBLIC', 'OPEN' FROM generate_series(1, 55) i`,
        [national.id, sort],
      );
      const LIST = `query($first: Int!, $sort: GroupSort!) { groups(first: $first, sort: $sort) { totalCount edges { node { id name charterHtml region { name }
      parent { name } children { name } memberCount coordinators { displayName } members { member { displayName } } viewerMembership { status } pendingRequests { id } canReadDashboard } } } }`;
      const counter = installStatementCounter();
      await t.gql(LIST, { first: 2, sort }, { token: admin.token });
      counter.reset();
      const one = await t.gql<{ groups: { edges: unknown[] } }>(LIST, { first: 1, sort }, { token: admin.token });
      const small = counter.count;
      counter.reset();
      const fifty = await t.gql<{ groups: { edges: unknown[] } }>(LIST, { first: 50, sort }, { token: admin.token });
      expect(one.errors).toBeUndefined();
      expect(fifty.data?.groups.edges).toHaveLength(50);
      expect(counter.count).toBe(small);
    },
  );
});
