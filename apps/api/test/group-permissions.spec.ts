import { makeAdmin, signUp, type SignedIn } from './fixtures';
import { errorCode, startTestApp, type TestApp } from './test-app';

type Who = 'anonymous' | 'outsider' | 'pending' | 'member' | 'otherCoordinator' | 'coordinator' | 'admin';
const WHO: Who[] = ['anonymous', 'outsider', 'pending', 'member', 'otherCoordinator', 'coordinator', 'admin'];

interface Fixture {
  groupId: string;
  activeMembershipId: string;
  secondCoordinatorMembershipId: string;
  postId: string;
  eventId: string;
}

/**
 * Every group operation tried as each kind of person, on a fresh group each time, with the outcome
 * expected for each (the membership-decision mutations are in groups.spec.ts).
 */
const CASES: { name: string; allowed: Who[]; run: (f: Fixture) => [string, Record<string, unknown>] }[] = [
  {
    name: 'appointCoordinator',
    allowed: ['coordinator', 'admin'],
    run: (f) => [`mutation($id: ID!) { appointCoordinator(membershipId: $id) { role } }`, { id: f.activeMembershipId }],
  },
  {
    name: 'revokeCoordinator',
    allowed: ['coordinator', 'admin'],
    run: (f) => [`mutation($id: ID!) { revokeCoordinator(membershipId: $id) { role } }`, { id: f.secondCoordinatorMembershipId }],
  },
  {
    name: 'createEvent',
    allowed: ['coordinator', 'admin'],
    run: (f) => [
      `mutation($g: ID!) { createEvent(groupId: $g, input: { title: "Réunion", startsAt: "2030-01-10T17:00:00.000Z", endsAt: "2030-01-10T19:00:00.000Z" }) { id } }`,
      { g: f.groupId },
    ],
  },
  {
    name: 'pinPost',
    allowed: ['coordinator', 'admin'],
    run: (f) => [`mutation($p: ID!) { pinPost(postId: $p, pinned: true) { pinned } }`, { p: f.postId }],
  },
  {
    name: 'groupAuditLog',
    allowed: ['coordinator', 'admin'],
    run: (f) => [`query($g: ID!) { groupAuditLog(groupId: $g) { id } }`, { g: f.groupId }],
  },
  {
    name: 'reportQueue',
    allowed: ['coordinator', 'admin'],
    run: (f) => [`query($g: ID) { reportQueue(groupId: $g) { targetId } }`, { g: f.groupId }],
  },
  {
    name: 'moderateContent',
    allowed: ['coordinator', 'admin'],
    run: (f) => [`mutation($p: ID!) { moderateContent(targetType: POST, targetId: $p, action: "HIDE") }`, { p: f.postId }],
  },
  {
    name: 'createPost',
    allowed: ['member', 'coordinator', 'admin'],
    run: (f) => [`mutation($g: ID!) { createPost(groupId: $g, body: "Bonjour") { id } }`, { g: f.groupId }],
  },
  {
    name: 'replyToPost',
    allowed: ['member', 'coordinator', 'admin'],
    run: (f) => [`mutation($p: ID!) { replyToPost(postId: $p, body: "Oui") { id } }`, { p: f.postId }],
  },
  {
    name: 'reportContent',
    allowed: ['member', 'coordinator'],
    run: (f) => [`mutation($p: ID!) { reportContent(targetType: POST, targetId: $p, reason: "Hors sujet") }`, { p: f.postId }],
  },
  {
    name: 'rsvpEvent',
    allowed: ['member', 'coordinator'],
    run: (f) => [`mutation($e: ID!) { rsvpEvent(eventId: $e, answer: GOING) { goingCount } }`, { e: f.eventId }],
  },
  {
    name: 'createCalendarFeed',
    allowed: ['member', 'coordinator'],
    run: (f) => [`mutation($g: ID!) { createCalendarFeed(groupId: $g) }`, { g: f.groupId }],
  },
];

describe('Group permissions', () => {
  let t: TestApp;
  let admin: SignedIn;
  let otherCoordinator: SignedIn;
  let n = 0;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await makeAdmin(t, await signUp(t));
    otherCoordinator = await signUp(t);
    const other = (
      await t.db.query(
        `INSERT INTO movement_group (name, slug, kind, visibility, join_policy) VALUES ('Autre', 'autre', 'NATIONAL', 'PUBLIC', 'OPEN') RETURNING id`,
      )
    ).rows[0].id;
    await t.db.query(`INSERT INTO group_member (group_id, account_id, role, status) VALUES ($1, $2, 'COORDINATOR', 'ACTIVE')`, [
      other,
      otherCoordinator.id,
    ]);
  });
  afterAll(() => t.close());

  /** A group with a coordinator, a second coordinator, a member, a pending person, a post and an event. */
  async function fixture(): Promise<Fixture & { people: Record<Who, SignedIn | null> }> {
    n += 1;
    const [coordinator, second, member, pending, target, outsider] = [
      await signUp(t),
      await signUp(t),
      await signUp(t),
      await signUp(t),
      await signUp(t),
      await signUp(t),
    ];
    const groupId = (
      await t.db.query(
        `INSERT INTO movement_group (name, slug, kind, visibility, join_policy) VALUES ($1, $1, 'NATIONAL', 'PUBLIC', 'ON_REQUEST') RETURNING id`,
        [`g-${n}`],
      )
    ).rows[0].id as string;
    const add = async (who: SignedIn, role: string, status: string) =>
      (
        await t.db.query(`INSERT INTO group_member (group_id, account_id, role, status) VALUES ($1, $2, $3, $4) RETURNING id`, [
          groupId,
          who.id,
          role,
          status,
        ])
      ).rows[0].id as string;
    await add(coordinator, 'COORDINATOR', 'ACTIVE');
    const secondCoordinatorMembershipId = await add(second, 'COORDINATOR', 'ACTIVE');
    await add(member, 'MEMBER', 'ACTIVE');
    await add(pending, 'MEMBER', 'PENDING');
    const activeMembershipId = await add(target, 'MEMBER', 'ACTIVE');
    const postId = (
      await t.db.query(`INSERT INTO group_post (group_id, author_id, body) VALUES ($1, $2, 'Premier message') RETURNING id`, [
        groupId,
        target.id,
      ])
    ).rows[0].id;
    const eventId = (
      await t.db.query(
        `INSERT INTO group_event (group_id, title, starts_at, ends_at) VALUES ($1, 'Fête', now() + interval '3 days', now() + interval '3 days 3 hours') RETURNING id`,
        [groupId],
      )
    ).rows[0].id;
    return {
      groupId,
      activeMembershipId,
      secondCoordinatorMembershipId,
      postId,
      eventId,
      people: { anonymous: null, outsider, pending, member, otherCoordinator, coordinator, admin },
    };
  }

  it.each(CASES.map((c) => c.name))('%s: allowed and refused as expected for each kind of person', async (name) => {
    const c = CASES.find((x) => x.name === name) as (typeof CASES)[number];
    const outcomes: Record<string, string> = {};
    for (const who of WHO) {
      const f = await fixture();
      const [query, variables] = c.run(f);
      const person = f.people[who];
      const res = await t.gql(query, variables, person ? { token: person.token } : {});
      outcomes[who] = errorCode(res) ?? 'OK';
    }
    expect(outcomes).toEqual(
      Object.fromEntries(WHO.map((who) => [who, c.allowed.includes(who) ? 'OK' : who === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN'])),
    );
  });
});
