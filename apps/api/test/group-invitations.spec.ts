import { makeAdmin, signUp, type SignedIn } from './fixtures';
import { startMailCatcher } from './mail-catcher';
import { errorCode, errorReason, startTestApp, type TestApp } from './test-app';

const INVITE = `mutation($g: ID!, $emails: [String!], $memberIds: [ID!]) { inviteToGroup(groupId: $g, emails: $emails, memberIds: $memberIds) }`;
const ACCEPT = `mutation($token: String!) { acceptGroupInvitation(token: $token) { id viewerMembership { status role } } }`;
const CREATE_LINK = `mutation($g: ID!) { createGroupInviteLink(groupId: $g) { url link { id createdAt createdByName useCount lastUsedAt } } }`;
const REVOKE_LINK = `mutation($id: ID!) { revokeGroupInviteLink(linkId: $id) }`;
const LINKS = `query($slug: String!) { group(slug: $slug) { inviteLinks { id useCount createdByName } } }`;

type Link = { id: string; createdAt: string; createdByName: string | null; useCount: number; lastUsedAt: string | null };
const tokenOf = (text: string) => /\/invitations\/([A-Za-z0-9_-]+)/.exec(text)?.[1] as string;

describe('Invitations to groups', () => {
  let t: TestApp;
  let mail: Awaited<ReturnType<typeof startMailCatcher>>;
  let admin: SignedIn;
  let counter = 0;

  beforeAll(async () => {
    mail = await startMailCatcher();
    t = await startTestApp({ SMTP_URL: mail.url });
    admin = await makeAdmin(t, await signUp(t));
  });
  afterAll(async () => {
    await t.close();
    await mail.close();
  });

  /** An invite-only group with its coordinator and one ordinary member. */
  async function group(): Promise<{ id: string; slug: string; coordinator: SignedIn; member: SignedIn }> {
    counter += 1;
    const { rows } = await t.db.query(
      `INSERT INTO movement_group (name, slug, kind, visibility, join_policy) VALUES ($1, $2, 'NATIONAL', 'PUBLIC', 'INVITE_ONLY') RETURNING id, slug`,
      [`Cercle fermé ${counter}`, `cercle-ferme-${counter}`],
    );
    const [coordinator, member] = await Promise.all([signUp(t), signUp(t)]);
    await t.db.query(
      `INSERT INTO group_member (group_id, account_id, role, status) VALUES ($1, $2, 'COORDINATOR', 'ACTIVE'), ($1, $3, 'MEMBER', 'ACTIVE')`,
      [rows[0].id, coordinator.id, member.id],
    );
    return { id: rows[0].id, slug: rows[0].slug, coordinator, member };
  }
  const membership = async (groupId: string, accountId: string) =>
    (await t.db.query(`SELECT status FROM group_member WHERE group_id = $1 AND account_id = $2`, [groupId, accountId])).rows[0]?.status as
      string | undefined;

  describe('emailed to an address', () => {
    it('is accepted only by the account with that address; another account is told, masked, where it was sent', async () => {
      const g = await group();
      const invitee = await signUp(t, { email: `camille.${counter}@exemple.fr` });
      const intruder = await signUp(t);
      await t.gql(INVITE, { g: g.id, memberIds: [invitee.id] }, { token: g.coordinator.token });
      const sent = await mail.waitFor(invitee.email, 2);
      expect(sent.text).toContain(invitee.email);
      const token = tokenOf(sent.text);

      const refused = await t.gql(ACCEPT, { token }, { token: intruder.token });
      expect(errorCode(refused)).toBe('FORBIDDEN');
      expect(errorReason(refused)).toBe('INVITATION_FOR_ANOTHER_ADDRESS');
      expect(refused.errors?.[0]?.message).toContain('c***@exemple.fr');
      expect(refused.errors?.[0]?.message).not.toContain(invitee.email);
      expect(await membership(g.id, intruder.id)).toBeUndefined();
      const { rows: untouched } = await t.db.query(`SELECT accepted_at FROM group_invitation WHERE email = $1`, [invitee.email]);
      expect(untouched).toEqual([{ accepted_at: null }]);

      const accepted = await t.gql<{ acceptGroupInvitation: { viewerMembership: { status: string } } }>(
        ACCEPT,
        { token },
        { token: invitee.token },
      );
      expect(accepted.data?.acceptGroupInvitation.viewerMembership).toEqual({ status: 'ACTIVE', role: 'MEMBER' });
      const { rows } = await t.db.query(`SELECT accepted_by_id FROM group_invitation WHERE email = $1`, [invitee.email]);
      expect(rows).toEqual([{ accepted_by_id: invitee.id }]);
      // Used: nobody accepts it again, not even its addressee.
      expect(errorCode(await t.gql(ACCEPT, { token }, { token: intruder.token }))).toBe('BAD_USER_INPUT');
    });

    it('sent to an address without an account, is accepted by the account created later with that address, whatever its case', async () => {
      const g = await group();
      const address = `nouvelle.${counter}@exemple.fr`;
      await t.gql(INVITE, { g: g.id, emails: [address.toUpperCase()] }, { token: g.coordinator.token });
      const token = tokenOf((await mail.waitFor(address)).text);
      const newcomer = await signUp(t, { email: `Nouvelle.${counter}@Exemple.fr` });
      const accepted = await t.gql<{ acceptGroupInvitation: { id: string } }>(ACCEPT, { token }, { token: newcomer.token });
      expect(accepted.data?.acceptGroupInvitation.id).toBe(g.id);
      expect(await membership(g.id, newcomer.id)).toBe('ACTIVE');
    });
  });

  describe('shareable links', () => {
    it('are created and listed for the coordinators and admins only, and only their digest is kept', async () => {
      const g = await group();
      const otherGroup = await group();
      const created = await t.gql<{ createGroupInviteLink: { url: string; link: Link } }>(
        CREATE_LINK,
        { g: g.id },
        { token: g.coordinator.token },
      );
      const { url, link } = created.data?.createGroupInviteLink as { url: string; link: Link };
      expect(url).toMatch(/^http:\/\/localhost:3000\/invitations\/[A-Za-z0-9_-]{43}$/);
      expect(link).toMatchObject({ useCount: 0, lastUsedAt: null, createdByName: expect.any(String) });
      const token = tokenOf(url);
      const { rows } = await t.db.query(
        `SELECT count(*) FILTER (WHERE token_hash = $2)::int AS plain, count(*) FILTER (WHERE token_hash = encode(sha256(convert_to($2, 'UTF8')), 'hex'))::int AS digested
         FROM group_invite_link WHERE group_id = $1`,
        [g.id, token],
      );
      expect(rows).toEqual([{ plain: 0, digested: 1 }]);

      for (const [who, code] of [
        [null, 'UNAUTHENTICATED'],
        [g.member, 'FORBIDDEN'],
        [otherGroup.coordinator, 'FORBIDDEN'],
      ] as const) {
        expect(errorCode(await t.gql(CREATE_LINK, { g: g.id }, who ? { token: who.token } : {}))).toBe(code);
        expect(
          (await t.gql<{ group: { inviteLinks: unknown } }>(LINKS, { slug: g.slug }, who ? { token: who.token } : {})).data?.group
            .inviteLinks,
        ).toBeNull();
      }
      expect((await t.gql(CREATE_LINK, { g: g.id }, { token: admin.token })).errors).toBeUndefined();
      const listed = await t.gql<{ group: { inviteLinks: Link[] } }>(LINKS, { slug: g.slug }, { token: g.coordinator.token });
      expect(listed.data?.group.inviteLinks).toHaveLength(2);
      expect(listed.data?.group.inviteLinks[1]).toMatchObject({ id: link.id, useCount: 0 });
      const { rows: count } = await t.db.query(`SELECT count(*)::int AS n FROM group_invite_link WHERE group_id = $1`, [g.id]);
      expect(count[0].n).toBe(2);
    });

    it('let anyone holding them join an invite-only group, counting each person once, parallel uses included', async () => {
      const g = await group();
      const { url, link } = (
        await t.gql<{ createGroupInviteLink: { url: string; link: Link } }>(CREATE_LINK, { g: g.id }, { token: g.coordinator.token })
      ).data?.createGroupInviteLink as { url: string; link: Link };
      const token = tokenOf(url);
      const people = await Promise.all(Array.from({ length: 5 }, () => signUp(t)));
      const joined = await Promise.all(people.map((p) => t.gql(ACCEPT, { token }, { token: p.token })));
      for (const res of joined) expect(res.errors).toBeUndefined();
      // Using it again, or as a member already, changes nothing.
      await t.gql(ACCEPT, { token }, { token: people[0]?.token });
      await t.gql(ACCEPT, { token }, { token: g.member.token });
      const { rows } = await t.db.query(`SELECT use_count, last_used_at IS NOT NULL AS used FROM group_invite_link WHERE id = $1`, [
        link.id,
      ]);
      expect(rows).toEqual([{ use_count: 5, used: true }]);
      for (const p of people) expect(await membership(g.id, p.id)).toBe('ACTIVE');
      const listed = await t.gql<{ group: { inviteLinks: Link[] } }>(LINKS, { slug: g.slug }, { token: g.coordinator.token });
      expect(listed.data?.group.inviteLinks).toEqual([expect.objectContaining({ id: link.id, useCount: 5 })]);

      const banned = await signUp(t);
      await t.db.query(`INSERT INTO group_member (group_id, account_id, role, status) VALUES ($1, $2, 'MEMBER', 'BANNED')`, [
        g.id,
        banned.id,
      ]);
      expect(errorCode(await t.gql(ACCEPT, { token }, { token: banned.token }))).toBe('FORBIDDEN');
      expect(await membership(g.id, banned.id)).toBe('BANNED');
    });

    it('are revoked by a coordinator: the link stops working, those who joined stay', async () => {
      const g = await group();
      const { url, link } = (
        await t.gql<{ createGroupInviteLink: { url: string; link: Link } }>(CREATE_LINK, { g: g.id }, { token: g.coordinator.token })
      ).data?.createGroupInviteLink as { url: string; link: Link };
      const early = await signUp(t);
      await t.gql(ACCEPT, { token: tokenOf(url) }, { token: early.token });

      expect(errorCode(await t.gql(REVOKE_LINK, { id: link.id }, { token: g.member.token }))).toBe('FORBIDDEN');
      expect((await t.gql(REVOKE_LINK, { id: link.id }, { token: g.coordinator.token })).data).toEqual({ revokeGroupInviteLink: true });
      expect(errorCode(await t.gql(REVOKE_LINK, { id: link.id }, { token: g.coordinator.token }))).toBe('NOT_FOUND');

      const late = await signUp(t);
      expect(errorCode(await t.gql(ACCEPT, { token: tokenOf(url) }, { token: late.token }))).toBe('BAD_USER_INPUT');
      expect(await membership(g.id, late.id)).toBeUndefined();
      expect(await membership(g.id, early.id)).toBe('ACTIVE');
      const { rows } = await t.db.query(`SELECT revoked_at IS NOT NULL AS revoked, revoked_by_id FROM group_invite_link WHERE id = $1`, [
        link.id,
      ]);
      expect(rows).toEqual([{ revoked: true, revoked_by_id: g.coordinator.id }]);
      expect(
        (await t.gql<{ group: { inviteLinks: Link[] } }>(LINKS, { slug: g.slug }, { token: g.coordinator.token })).data?.group.inviteLinks,
      ).toEqual([]);
      const log = await t.gql<{ groupAuditLog: { action: string }[] }>(
        `query($g: ID!) { groupAuditLog(groupId: $g) { action } }`,
        { g: g.id },
        {
          token: g.coordinator.token,
        },
      );
      expect(log.data?.groupAuditLog.map((l) => l.action)).toEqual(['INVITE_LINK_REVOKE', 'JOIN_BY_LINK', 'INVITE_LINK_CREATE']);
    });

    it('are ten at most at once in a group', async () => {
      const g = await group();
      const made = await Promise.all(Array.from({ length: 11 }, () => t.gql(CREATE_LINK, { g: g.id }, { token: g.coordinator.token })));
      expect(made.filter((r) => !r.errors)).toHaveLength(10);
      const refused = made.find((r) => r.errors);
      expect(errorCode(refused ?? made[0])).toBe('CONFLICT');
      expect(errorReason(refused ?? made[0])).toBe('TOO_MANY_INVITE_LINKS');
      const { rows } = await t.db.query(`SELECT count(*)::int AS n FROM group_invite_link WHERE group_id = $1 AND revoked_at IS NULL`, [
        g.id,
      ]);
      expect(rows[0].n).toBe(10);
    });
  });
});
