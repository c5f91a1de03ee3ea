import { installStatementCounter } from '@mouvement/api-core';
import { makeAdmin, signUp, type SignedIn } from './fixtures';
import { errorCode, startTestApp, type TestApp } from './test-app';

const DASHBOARD = `query($g: ID!) { groupDashboard(groupId: $g) {
  timeZone generatedAt group { name canReadDashboard }
  total { groupName groupCount members newMembers pendingRequests postsAndReplies }
  own { groupName groupCount members newMembers pendingRequests postsAndReplies }
  children { groupName groupSlug kind groupCount members newMembers pendingRequests postsAndReplies }
  activity { weekStart posts replies }
  recentEvents { title groupName capacity going maybe notGoing waitlisted timeZone }
} }`;

interface Figures {
  groupName: string;
  groupCount: number;
  members: number;
  newMembers: number;
  pendingRequests: number;
  postsAndReplies: number;
}
interface Dashboard {
  timeZone: string;
  group: { name: string; canReadDashboard: boolean };
  total: Figures;
  own: Figures;
  children: (Figures & { groupSlug: string })[];
  activity: { weekStart: string; posts: number; replies: number }[];
  recentEvents: {
    title: string;
    groupName: string;
    capacity: number;
    going: number;
    maybe: number;
    notGoing: number;
    waitlisted: number;
  }[];
}

describe('Coordinators’ dashboards', () => {
  let t: TestApp;
  let admin: SignedIn;
  let coordRegion: SignedIn;
  let coordChapter: SignedIn;
  let coordOther: SignedIn;
  let alice: SignedIn;
  const ids: Record<string, string> = {};

  async function group(key: string, kind: string, region: string | null, parent: string | null, department: string | null = null) {
    const { rows } = await t.db.query(
      `INSERT INTO movement_group (name, slug, kind, region_code, department_code, parent_id, visibility, join_policy)
       VALUES ($1, $2, $3, $4, $5, $6, 'PUBLIC', 'OPEN') RETURNING id`,
      [`Groupe ${key}`, `tableau-${key}`, kind, region, department, parent],
    );
    ids[key] = rows[0].id;
  }
  /** A membership that started `daysAgo` days ago. */
  async function member(key: string, person: SignedIn, daysAgo: number, role = 'MEMBER', status = 'ACTIVE') {
    await t.db.query(
      `INSERT INTO group_member (group_id, account_id, role, status, created_at, decided_at)
       VALUES ($1, $2, $3, $4, now() - make_interval(days => $5), CASE WHEN $4 = 'ACTIVE' THEN now() - make_interval(days => $5) END)`,
      [ids[key], person.id, role, status, daysAgo],
    );
  }
  /** A post (or a reply) written on the Wednesday of the week `weeksAgo` weeks before this one, in Paris time. */
  async function post(key: string, author: SignedIn, weeksAgo: number, parentId: string | null = null, deleted = false) {
    const { rows } = await t.db.query(
      `INSERT INTO group_post (group_id, author_id, parent_id, body, created_at, deleted_at)
       VALUES ($1, $2, $3, 'Un message',
         (date_trunc('week', now() AT TIME ZONE 'Europe/Paris') - make_interval(weeks => $4) + interval '2 days 10 hours') AT TIME ZONE 'Europe/Paris',
         CASE WHEN $5 THEN now() END)
       RETURNING id`,
      [ids[key], author.id, parentId, weeksAgo, deleted],
    );
    return rows[0].id as string;
  }
  const read = (groupId: string, who?: SignedIn) =>
    t.gql<{ groupDashboard: Dashboard }>(DASHBOARD, { g: groupId }, who ? { token: who.token } : {});

  beforeAll(async () => {
    t = await startTestApp();
    [admin, coordRegion, coordChapter, coordOther, alice] = await Promise.all(Array.from({ length: 5 }, () => signUp(t)));
    admin = await makeAdmin(t, admin);
    const [bob, carol, dave, erin, zoe] = await Promise.all(Array.from({ length: 5 }, () => signUp(t)));
    await group('national', 'NATIONAL', null, null);
    await group('region', 'REGIONAL_COLLECTIVE', '75', ids['national']);
    await group('chapter', 'LOCAL_CHAPTER', '75', ids['region'], '33');
    await group('circle', 'THEMATIC_CIRCLE', '75', ids['region']);
    await group('reunion', 'REGIONAL_COLLECTIVE', '04', ids['national']);

    await member('region', coordRegion, 400, 'COORDINATOR');
    await member('region', alice, 90);
    await member('region', dave, 2, 'MEMBER', 'PENDING');
    await member('chapter', coordChapter, 300, 'COORDINATOR');
    await member('chapter', alice, 5);
    await member('chapter', bob, 6);
    await member('chapter', erin, 1, 'MEMBER', 'PENDING');
    await member('circle', bob, 3);
    await member('circle', carol, 200);
    await member('reunion', coordOther, 100, 'COORDINATOR');
    await member('reunion', zoe, 1);

    const first = await post('region', coordRegion, 0);
    await post('region', alice, 0);
    await post('region', alice, 0, first);
    await post('region', alice, 0, null, true);
    await post('chapter', bob, 3);
    await post('circle', carol, 20);
    await post('reunion', zoe, 0);

    const { rows } = await t.db.query(
      `INSERT INTO group_event (group_id, title, starts_at, ends_at, capacity) VALUES
       ($1, 'Apéro des adhérents', now() - interval '10 days', now() - interval '10 days' + interval '2 hours', 2),
       ($2, 'Forum à venir', now() + interval '10 days', now() + interval '10 days' + interval '2 hours', NULL)
       RETURNING id`,
      [ids['chapter'], ids['region']],
    );
    const past = rows[0].id;
    await t.db.query(
      `INSERT INTO event_rsvp (event_id, account_id, answer, waitlisted_at) VALUES
       ($1, $2, 'GOING', NULL), ($1, $3, 'GOING', NULL), ($1, $4, 'GOING', now()), ($1, $5, 'MAYBE', NULL), ($1, $6, 'NOT_GOING', NULL)`,
      [past, alice.id, bob.id, carol.id, coordChapter.id, coordRegion.id],
    );
  });
  afterAll(() => t.close());

  it('rolls the region up over its chapter and circle, counting each person once', async () => {
    const res = await read(ids['region'], coordRegion);
    expect(res.errors).toBeUndefined();
    const d = res.data?.groupDashboard as Dashboard;
    expect(d.timeZone).toBe('Europe/Paris');
    // coordRegion, alice (region and chapter), coordChapter, bob (chapter and circle), carol.
    // New: bob only: alice's first membership in the region is 90 days old.
    expect(d.total).toEqual({
      groupName: 'Groupe region',
      groupCount: 3,
      members: 5,
      newMembers: 1,
      pendingRequests: 2,
      postsAndReplies: 4,
    });
    expect(d.own).toEqual({ groupName: 'Groupe region', groupCount: 1, members: 2, newMembers: 0, pendingRequests: 1, postsAndReplies: 3 });
    expect(d.children).toEqual([
      {
        groupName: 'Groupe chapter',
        groupSlug: 'tableau-chapter',
        kind: 'LOCAL_CHAPTER',
        groupCount: 1,
        members: 3,
        newMembers: 2,
        pendingRequests: 1,
        postsAndReplies: 1,
      },
      {
        groupName: 'Groupe circle',
        groupSlug: 'tableau-circle',
        kind: 'THEMATIC_CIRCLE',
        groupCount: 1,
        members: 2,
        newMembers: 1,
        pendingRequests: 0,
        postsAndReplies: 0,
      },
    ]);
  });

  it('counts posts and replies per week over the last 12 weeks, oldest first, deleted ones left out', async () => {
    const d = (await read(ids['region'], coordRegion)).data?.groupDashboard as Dashboard;
    expect(d.activity).toHaveLength(12);
    const mondays = d.activity.map((w) => new Date(`${w.weekStart}T12:00:00Z`));
    expect(mondays.every((m) => m.getUTCDay() === 1)).toBe(true);
    expect(mondays[11].getTime() - mondays[0].getTime()).toBe(11 * 7 * 86400_000);
    expect(d.activity[11]).toMatchObject({ posts: 2, replies: 1 });
    expect(d.activity[8]).toMatchObject({ posts: 1, replies: 0 });
    expect(d.activity.reduce((n, w) => n + w.posts + w.replies, 0)).toBe(4);
  });

  it('shows the answers to the last events that started, not the upcoming ones', async () => {
    const d = (await read(ids['region'], coordRegion)).data?.groupDashboard as Dashboard;
    expect(d.recentEvents).toEqual([
      {
        title: 'Apéro des adhérents',
        groupName: 'Groupe chapter',
        capacity: 2,
        going: 2,
        maybe: 1,
        notGoing: 1,
        waitlisted: 1,
        timeZone: 'Europe/Paris',
      },
    ]);
  });

  it('lets the coordinators of a parent read their children’s dashboards, not the other way round', async () => {
    const chapter = await read(ids['chapter'], coordRegion);
    expect(chapter.data?.groupDashboard.total).toMatchObject({ members: 3, groupCount: 1 });
    expect(chapter.data?.groupDashboard.group.canReadDashboard).toBe(true);
    expect((await read(ids['circle'], coordRegion)).data?.groupDashboard.total.members).toBe(2);
    expect((await read(ids['chapter'], coordChapter)).data?.groupDashboard.own.members).toBe(3);

    expect(errorCode(await read(ids['region'], coordChapter))).toBe('FORBIDDEN');
    expect(errorCode(await read(ids['circle'], coordChapter))).toBe('FORBIDDEN');
    expect(errorCode(await read(ids['region'], coordOther))).toBe('FORBIDDEN');
    expect(errorCode(await read(ids['region'], alice))).toBe('FORBIDDEN');
    expect(errorCode(await read(ids['region']))).toBe('UNAUTHENTICATED');
    expect(errorCode(await read('00000000-0000-4000-8000-000000000000', admin))).toBe('NOT_FOUND');
    expect(errorCode(await read('pas-un-identifiant', admin))).toBe('BAD_USER_INPUT');
  });

  it('lets admins read every dashboard: the national one rolls up every region', async () => {
    const d = (await read(ids['national'], admin)).data?.groupDashboard as Dashboard;
    expect(d.total).toMatchObject({ groupCount: 5, members: 7, pendingRequests: 2, postsAndReplies: 5 });
    expect(d.children.map((c) => [c.groupName, c.groupCount, c.members])).toEqual([
      ['Groupe region', 3, 5],
      ['Groupe reunion', 1, 2],
    ]);
    const reunion = (await read(ids['reunion'], coordOther)).data?.groupDashboard as Dashboard;
    expect(reunion.timeZone).toBe('Indian/Reunion');
  });

  it('tells each viewer whether they may read a group’s dashboard', async () => {
    const CAN = `query($s: String!) { group(slug: $s) { canReadDashboard } }`;
    const can = async (slug: string, who?: SignedIn) =>
      (await t.gql<{ group: { canReadDashboard: boolean } }>(CAN, { s: slug }, who ? { token: who.token } : {})).data?.group
        .canReadDashboard;
    expect(await can('tableau-chapter', coordRegion)).toBe(true);
    expect(await can('tableau-region', coordChapter)).toBe(false);
    expect(await can('tableau-region', alice)).toBe(false);
    expect(await can('tableau-region')).toBe(false);
    expect(await can('tableau-reunion', admin)).toBe(true);
  });

  it('runs the same number of SQL statements for a group with no child and one with 40', async () => {
    await t.db.query(
      `INSERT INTO movement_group (name, slug, kind, region_code, parent_id, visibility, join_policy)
       SELECT 'Cercle ' || i, 'tableau-cercle-' || i, 'THEMATIC_CIRCLE', '04', $1, 'PUBLIC', 'OPEN' FROM generate_series(1, 40) i`,
      [ids['reunion']],
    );
    const counter = installStatementCounter();
    await read(ids['circle'], admin);
    counter.reset();
    await read(ids['circle'], coordRegion);
    const leaf = counter.count;
    counter.reset();
    const wide = await read(ids['reunion'], coordOther);
    expect(wide.data?.groupDashboard.children).toHaveLength(40);
    expect(counter.count).toBe(leaf);
  });
});
