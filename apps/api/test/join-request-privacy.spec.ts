import { makeAdmin, signUp, type SignedIn } from './fixtures';
import { startTestApp, type TestApp } from './test-app';

const MESSAGE = 'Je sors d’une période difficile, je préfère ne pas en parler en public.';
const ANSWER = 'Mon employeur ne doit pas le savoir.';

type MembershipSeen = { accountId: string; message: string | null; answers?: string[] | null };

describe('What people write when asking to join', () => {
  let t: TestApp;
  let admin: SignedIn;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await makeAdmin(t, await signUp(t));
  });
  afterAll(() => t.close());

  describe('a group', () => {
    const GROUP = `query($slug: String!) { group(slug: $slug) {
      coordinators { id }
      members { accountId message answers }
      pendingRequests { accountId message answers }
      viewerMembership { accountId message answers }
    } }`;
    type Seen = {
      group: {
        coordinators: { id: string }[];
        members: MembershipSeen[] | null;
        pendingRequests: MembershipSeen[] | null;
        viewerMembership: MembershipSeen | null;
      };
    };
    let slug: string;
    let groupId: string;
    let coordinator: SignedIn;
    let member: SignedIn;
    let requester: SignedIn;
    let otherCoordinator: SignedIn;
    let outsider: SignedIn;
    let membershipId: string;

    async function addMember(id: string, role: 'COORDINATOR' | 'MEMBER'): Promise<SignedIn> {
      const person = await signUp(t);
      await t.db.query(`INSERT INTO group_member (group_id, account_id, role, status) VALUES ($1, $2, $3, 'ACTIVE')`, [
        id,
        person.id,
        role,
      ]);
      return person;
    }
    async function createCircle(name: string): Promise<{ id: string; slug: string }> {
      const res = await t.gql<{ createGroup: { id: string; slug: string } }>(
        `mutation($input: CreateGroupInput!) { createGroup(input: $input) { id slug } }`,
        { input: { name, kind: 'NATIONAL', joinPolicy: 'ON_REQUEST', visibility: 'PUBLIC', joinQuestions: ['Pourquoi nous rejoindre ?'] } },
        { token: admin.token },
      );
      if (!res.data) throw new Error(JSON.stringify(res.errors));
      return res.data.createGroup;
    }
    const seenBy = async (who: SignedIn | null) => (await t.gql<Seen>(GROUP, { slug }, who ? { token: who.token } : {})).data?.group;

    beforeAll(async () => {
      ({ id: groupId, slug } = await createCircle('Mouvement discret'));
      coordinator = await addMember(groupId, 'COORDINATOR');
      member = await addMember(groupId, 'MEMBER');
      const other = await createCircle('Autre mouvement');
      otherCoordinator = await addMember(other.id, 'COORDINATOR');
      outsider = await signUp(t);
      requester = await signUp(t);
      const asked = await t.gql<{ joinGroup: { id: string; message: string; answers: string[] } }>(
        `mutation($g: ID!, $m: String, $a: [String!]) { joinGroup(groupId: $g, message: $m, answers: $a) { id message answers } }`,
        { g: groupId, m: MESSAGE, a: [ANSWER] },
        { token: requester.token },
      );
      expect(asked.data?.joinGroup).toMatchObject({ message: MESSAGE, answers: [ANSWER] });
      membershipId = asked.data?.joinGroup.id as string;
    });

    it('while pending, only the requester and those who decide read the request', async () => {
      const pendingOf = (seen: Seen['group'] | undefined) => seen?.pendingRequests?.find((m) => m.accountId === requester.id) ?? null;
      expect(pendingOf(await seenBy(coordinator))).toEqual({ accountId: requester.id, message: MESSAGE, answers: [ANSWER] });
      expect(pendingOf(await seenBy(admin))).toEqual({ accountId: requester.id, message: MESSAGE, answers: [ANSWER] });
      expect((await seenBy(requester))?.viewerMembership).toEqual({ accountId: requester.id, message: MESSAGE, answers: [ANSWER] });
      for (const who of [null, outsider, member, otherCoordinator]) expect((await seenBy(who))?.pendingRequests).toBeNull();
    });

    it('once approved, the members list shows the membership but not what was written, except to the writer and those who decide', async () => {
      const approved = await t.gql(
        `mutation($id: ID!) { approveMembership(membershipId: $id) { id message answers } }`,
        { id: membershipId },
        {
          token: coordinator.token,
        },
      );
      expect(approved.data).toEqual({ approveMembership: { id: membershipId, message: MESSAGE, answers: [ANSWER] } });
      const lineOf = (seen: Seen['group'] | undefined) => seen?.members?.find((m) => m.accountId === requester.id);

      for (const who of [member, outsider, otherCoordinator]) {
        expect(lineOf(await seenBy(who))).toEqual({ accountId: requester.id, message: null, answers: null });
      }
      expect(lineOf(await seenBy(requester))).toEqual({ accountId: requester.id, message: MESSAGE, answers: [ANSWER] });
      expect(lineOf(await seenBy(coordinator))).toEqual({ accountId: requester.id, message: MESSAGE, answers: [ANSWER] });
      expect(lineOf(await seenBy(admin))).toEqual({ accountId: requester.id, message: MESSAGE, answers: [ANSWER] });

      // Kept for those who decide: hidden, not erased.
      const { rows } = await t.db.query(`SELECT message, answers, status FROM group_member WHERE id = $1`, [membershipId]);
      expect(rows).toEqual([{ message: MESSAGE, answers: [ANSWER], status: 'ACTIVE' }]);
    });

    it('a visitor sees a public group’s coordinators but not its members; a signed-in person sees both', async () => {
      const visitor = await seenBy(null);
      expect(visitor?.coordinators).toContainEqual({ id: coordinator.id });
      expect(visitor?.members).toBeNull();
      expect(visitor?.viewerMembership).toBeNull();
      const signedIn = await seenBy(outsider);
      expect(signedIn?.members?.map((m) => m.accountId)).toEqual(expect.arrayContaining([coordinator.id, member.id, requester.id]));
      const { rows } = await t.db.query(`SELECT count(*)::int AS n FROM group_member WHERE group_id = $1 AND status = 'ACTIVE'`, [groupId]);
      expect(signedIn?.members).toHaveLength(rows[0].n);
    });
  });

  describe('an organisation', () => {
    const ORG = `query($slug: String!) { organisation(slug: $slug) {
      members { accountId message }
      joinRequests { accountId message }
      viewerMembership { accountId message }
    } }`;
    type Seen = {
      organisation: { members: MembershipSeen[]; joinRequests: MembershipSeen[] | null; viewerMembership: MembershipSeen | null };
    };
    let slug: string;
    let orgId: string;
    let owner: SignedIn;
    let orgAdmin: SignedIn;
    let member: SignedIn;
    let requester: SignedIn;
    let otherOwner: SignedIn;
    let membershipId: string;

    async function createOrganisation(by: SignedIn, name: string): Promise<{ id: string; slug: string }> {
      const res = await t.gql<{ createOrganisation: { id: string; slug: string } }>(
        `mutation($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id slug } }`,
        { input: { name, kind: 'ASSOCIATION', regionCode: '75', departmentCode: '33', themes: ['MOBILITY'], acknowledgeDuplicates: true } },
        { token: by.token },
      );
      if (!res.data) throw new Error(JSON.stringify(res.errors));
      return res.data.createOrganisation;
    }
    async function addMember(id: string, role: 'ADMIN' | 'MEMBER'): Promise<SignedIn> {
      const person = await signUp(t);
      await t.db.query(`INSERT INTO organisation_member (organisation_id, account_id, role, status) VALUES ($1, $2, $3, 'ACTIVE')`, [
        id,
        person.id,
        role,
      ]);
      return person;
    }
    const seenBy = async (who: SignedIn | null) => (await t.gql<Seen>(ORG, { slug }, who ? { token: who.token } : {})).data?.organisation;

    beforeAll(async () => {
      owner = await signUp(t);
      ({ id: orgId, slug } = await createOrganisation(owner, 'Recyclerie Discrète'));
      orgAdmin = await addMember(orgId, 'ADMIN');
      member = await addMember(orgId, 'MEMBER');
      otherOwner = await signUp(t);
      await createOrganisation(otherOwner, 'Garage Voisin');
      requester = await signUp(t);
      const asked = await t.gql<{ requestToJoinOrganisation: { id: string; message: string } }>(
        `mutation($o: ID!, $m: String) { requestToJoinOrganisation(organisationId: $o, message: $m) { id message } }`,
        { o: orgId, m: MESSAGE },
        { token: requester.token },
      );
      expect(asked.data?.requestToJoinOrganisation.message).toBe(MESSAGE);
      membershipId = asked.data?.requestToJoinOrganisation.id as string;
    });

    it('while pending, only the requester and the owners and admins read the request', async () => {
      const pendingOf = (seen: Seen['organisation'] | undefined) => seen?.joinRequests?.find((m) => m.accountId === requester.id) ?? null;
      expect(pendingOf(await seenBy(owner))).toEqual({ accountId: requester.id, message: MESSAGE });
      expect(pendingOf(await seenBy(orgAdmin))).toEqual({ accountId: requester.id, message: MESSAGE });
      expect((await seenBy(requester))?.viewerMembership).toEqual({ accountId: requester.id, message: MESSAGE });
      // A platform admin moderates but does not decide who joins an organisation.
      for (const who of [null, member, otherOwner, admin]) expect((await seenBy(who))?.joinRequests).toBeNull();
    });

    it('once accepted, the members list hides the message from everyone but the writer and the owners and admins', async () => {
      const accepted = await t.gql(
        `mutation($id: ID!) { decideOrganisationMembership(membershipId: $id, accept: true) { id message } }`,
        { id: membershipId },
        { token: owner.token },
      );
      expect(accepted.data).toEqual({ decideOrganisationMembership: { id: membershipId, message: MESSAGE } });
      const lineOf = (seen: Seen['organisation'] | undefined) => seen?.members.find((m) => m.accountId === requester.id);
      expect((await seenBy(null))?.members).toEqual([]);
      for (const who of [member, otherOwner, admin]) expect(lineOf(await seenBy(who))).toEqual({ accountId: requester.id, message: null });
      for (const who of [requester, owner, orgAdmin])
        expect(lineOf(await seenBy(who))).toEqual({ accountId: requester.id, message: MESSAGE });

      const { rows } = await t.db.query(`SELECT message, status FROM organisation_member WHERE id = $1`, [membershipId]);
      expect(rows).toEqual([{ message: MESSAGE, status: 'ACTIVE' }]);
    });
  });
});
