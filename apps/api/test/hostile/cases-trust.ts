import { PASSWORD } from '../fixtures';
import { PRIVATE_MESSAGE } from '../fuzz/world';
import { gql, http, outcomeOf, type HostileCase, type HostileContext, type Outcome } from './support';

const CREATE_EVENT = `mutation($g: ID!, $i: CreateEventInput!) { createEvent(groupId: $g, input: $i) { id } }`;
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();

/** Creates an event with this online link as an admin, then downloads its calendar file. */
async function eventWithLink(c: HostileContext, onlineUrl: string): Promise<Outcome> {
  const created = await c.t.gql<{ createEvent: { id: string } }>(
    CREATE_EVENT,
    { g: c.world.groupId, i: { title: 'Visio du cercle', startsAt: inDays(3), endsAt: inDays(3.1), onlineUrl } },
    { token: c.world.admin.token },
  );
  const id = created.data?.createEvent.id;
  if (!id) return outcomeOf(created);
  const file = await http(c, `/evenements/${id}.ics`);
  const feed = await http(c, `/groupes/${(await slugOf(c)) ?? 'x'}/agenda.ics`);
  return { ...file, status: Math.max(file.status, feed.status), data: { file: file.text, feed: feed.text } };
}

async function slugOf(c: HostileContext): Promise<string | undefined> {
  const res = await c.t.gql<{ groupEvent: { groupSlug: string } }>(`query($e: ID!) { groupEvent(eventId: $e) { groupSlug } }`, {
    e: c.world.eventId,
  });
  return res.data?.groupEvent.groupSlug;
}

/** Signs the outsider in afresh, signs that session out, then uses its access token. */
async function afterSignOut(c: HostileContext): Promise<Outcome> {
  const signIn = await c.t.gql<{ signIn: { accessToken: string } }>(
    `mutation($e: String!, $p: String!) { signIn(input: { email: $e, password: $p }) { accessToken } }`,
    { e: c.world.outsider.email, p: PASSWORD },
  );
  const token = signIn.data?.signIn.accessToken;
  if (!token) return outcomeOf(signIn);
  await c.t.gql(`mutation { signOut }`, {}, { token, cookies: { mouvement_refresh: signIn.cookies['mouvement_refresh'] ?? '' } });
  return gql(c, `{ me { id } }`, {}, token);
}

const noProblem = () => null;

/** Freezes, sessions and private data: the cases of each part of the trust work. */
export const TRUST_CASES: HostileCase[] = [
  // Nothing may freeze the event loop.
  {
    name: 'an import of "A" + 80,000 dots + "x" (a backtracking pattern took 9.5 s)',
    area: 'freeze',
    send: (c) =>
      gql(
        c,
        `mutation($t: String!) { importCahier(text: $t) { practice { id } } }`,
        { t: `A${'.'.repeat(80_000)}x` },
        c.world.coordinator.token,
      ),
    expect: {
      status: 200,
      check: (o) => ((o.data as { importCahier?: unknown } | null)?.importCahier ? null : `no draft: ${o.code} ${o.text}`),
    },
  },
  {
    name: 'an empty paste to the importer',
    area: 'freeze',
    send: (c) => gql(c, `mutation { importCahier(text: "  \\n\\t  ") { practice { id } } }`, {}, c.world.coordinator.token),
    expect: { code: 'BAD_USER_INPUT', reason: 'EMPTY_TEXT' },
  },
  {
    name: 'an online link with capitals (https://Example.com/visio), then its calendar file and the group feed',
    area: 'freeze',
    send: (c) => eventWithLink(c, 'https://Example.com/visio'),
    expect: {
      status: 200,
      check: (o) =>
        (o.data as { file?: string } | undefined)?.file?.includes('https://example.com/visio')
          ? null
          : 'the link is not in the file, normalised',
    },
  },
  {
    name: 'an online link of 380 characters in long labels, then its calendar file and the group feed',
    area: 'freeze',
    send: (c) => eventWithLink(c, `https://${Array.from({ length: 6 }, () => 'a'.repeat(60)).join('.')}.fr/${'b'.repeat(1)}`),
    expect: { status: 200, check: noProblem },
  },
  {
    name: 'a javascript: link for an event',
    area: 'freeze',
    send: (c) =>
      gql(
        c,
        CREATE_EVENT,
        { g: c.world.groupId, i: { title: 'Piège', startsAt: inDays(3), endsAt: inDays(3.1), onlineUrl: 'javascript:alert(1)' } },
        c.world.admin.token,
      ),
    expect: { code: 'BAD_USER_INPUT' },
  },
  {
    name: 'GET /groupes/a%00b/agenda.ics',
    area: 'input',
    send: (c) => http(c, '/groupes/a%00b/agenda.ics'),
    expect: { status: 404, code: 'NOT_FOUND' },
  },
  {
    name: 'a calendar address with broken percent-encoding',
    area: 'input',
    send: (c) => http(c, '/groupes/%E0%A4%A/agenda.ics'),
    expect: { status: 400, code: 'BAD_USER_INPUT', reason: 'BAD_URL' },
  },
  {
    name: 'an event calendar file for an id that is not one',
    area: 'input',
    send: (c) => http(c, '/evenements/pas-un-id.ics'),
    expect: { status: 404, code: 'NOT_FOUND' },
  },

  // Sessions end when they should.
  {
    name: "a signed-out session's access token",
    area: 'sessions',
    argon2: true,
    send: afterSignOut,
    expect: { code: 'UNAUTHENTICATED', reason: 'SESSION_REVOKED' },
  },
  {
    name: 'an access token signed with another secret',
    area: 'sessions',
    send: (c) =>
      gql(
        c,
        `{ me { id } }`,
        {},
        'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIwMDAwMDAwMC0wMDAwLTQwMDAtODAwMC0wMDAwMDAwMDAwMDAiLCJzaWQiOiIwMDAwMDAwMC0wMDAwLTQwMDAtODAwMC0wMDAwMDAwMDAwMDAiLCJpc3MiOiJtb3V2ZW1lbnQifQ.c2lnbmF0dXJlLWZvcmdlZQ',
      ),
    expect: { check: (o) => ((o.data as { me: unknown } | null)?.me ? 'a forged token was accepted' : null) },
  },
  {
    name: 'a sign-up with an address that already has an account',
    area: 'sessions',
    argon2: true,
    send: (c) =>
      gql(c, `mutation($i: SignUpInput!) { signUp(input: $i) { emailSent } }`, {
        i: {
          email: c.world.member.email,
          password: 'un-autre-mot-de-passe',
          displayName: 'Usurpatrice',
          kind: 'SUPPORTER',
          regionCode: '75',
          acceptTerms: true,
          confirmAge: true,
        },
      }),
    expect: {
      status: 200,
      check: (o) =>
        (o.data as { signUp?: { emailSent: boolean } } | null)?.signUp?.emailSent ? null : 'did not answer like a new address',
    },
  },

  // Private stays private.
  {
    name: "a visitor reads a request's private message to join an organisation",
    area: 'privacy',
    send: async (c) => {
      const slug = (
        await c.t.gql<{ organisations: { edges: { node: { slug: string } }[] } }>(
          `{ organisations(first: 50) { edges { node { slug } } } }`,
        )
      ).data?.organisations.edges.find((e) => e.node.slug === c.world.organisationSlug)?.node.slug;
      return gql(c, `query($s: String!) { organisation(slug: $s) { joinRequests { message } members { message } } }`, {
        s: slug ?? c.world.organisationSlug,
      });
    },
    expect: { check: (o) => (JSON.stringify(o.data ?? {}).includes(PRIVATE_MESSAGE) ? 'the private message is shown' : null) },
  },
  {
    name: "another member reads a request's private message to join an organisation",
    area: 'privacy',
    send: (c) =>
      gql(
        c,
        `query($s: String!) { organisation(slug: $s) { joinRequests { message } } }`,
        { s: c.world.organisationSlug },
        c.world.coordinator.token,
      ),
    expect: { check: (o) => (JSON.stringify(o.data ?? {}).includes(PRIVATE_MESSAGE) ? 'the private message is shown' : null) },
  },
  {
    name: "a visitor lists a public group's members",
    area: 'privacy',
    send: async (c) => {
      const slug = (
        await c.t.gql<{ groupEvent: { groupSlug: string } }>(`query($e: ID!) { groupEvent(eventId: $e) { groupSlug } }`, {
          e: c.world.eventId,
        })
      ).data?.groupEvent.groupSlug;
      return gql(c, `query($s: String!) { group(slug: $s) { members { id } coordinators { id } } }`, { s: slug ?? '' });
    },
    expect: {
      check: (o) =>
        (o.data as { group?: { members: unknown } } | null)?.group?.members === null ? null : 'members are listed to a visitor',
    },
  },
  {
    name: 'an answer to an event that has ended',
    area: 'privacy',
    send: (c) =>
      gql(c, `mutation($e: ID!) { rsvpEvent(eventId: $e, answer: GOING) { id } }`, { e: c.world.pastEventId }, c.world.member.token),
    expect: { code: 'CONFLICT', reason: 'EVENT_ENDED' },
  },
  {
    name: 'a display name with a right-to-left override',
    area: 'privacy',
    send: (c) =>
      gql(
        c,
        `mutation($n: String) { updateProfile(input: { displayName: $n }) { id } }`,
        { n: 'Admin\u202Eeniga' },
        c.world.outsider.token,
      ),
    expect: { code: 'BAD_USER_INPUT', reason: 'INVISIBLE_CHARACTER' },
  },
  {
    name: 'a display name with a zero-width space',
    area: 'privacy',
    send: (c) =>
      gql(c, `mutation($n: String) { updateProfile(input: { displayName: $n }) { id } }`, { n: 'Ad\u200bmin' }, c.world.outsider.token),
    expect: { code: 'BAD_USER_INPUT', reason: 'INVISIBLE_CHARACTER' },
  },
  {
    name: 'a practice naming an organisation its writer does not belong to',
    area: 'privacy',
    send: (c) =>
      gql(
        c,
        `mutation($o: ID!) { createPractice(input: { title: "Au nom des autres", organisationId: $o }) { id } }`,
        { o: c.world.organisationId },
        c.world.outsider.token,
      ),
    expect: { code: 'BAD_USER_INPUT', reason: 'NOT_ORGANISATION_MEMBER' },
  },
  {
    name: 'the same reaction to a post, twice',
    area: 'privacy',
    send: async (c) => {
      const react = () =>
        c.t.gql<{ reactToPost: { reactions: { reaction: string; count: number }[] } }>(
          `mutation($p: ID!) { reactToPost(postId: $p, reaction: THANKS, on: true) { reactions { reaction count } } }`,
          { p: c.world.postId },
          { token: c.world.coordinator.token },
        );
      await react();
      return outcomeOf(await react());
    },
    expect: {
      status: 200,
      check: (o) =>
        (o.data as { reactToPost?: { reactions: { reaction: string; count: number }[] } } | null)?.reactToPost?.reactions.find(
          (r) => r.reaction === 'THANKS',
        )?.count === 1
          ? null
          : 'two reactions counted',
    },
  },
];
