import { signUp, type SignedIn } from './fixtures';
import { errorCode, startTestApp, type TestApp } from './test-app';

const CREATE = `mutation($g: ID!, $input: CreateEventInput!) { createEvent(groupId: $g, input: $input) { id title timeZone capacity goingCount icsUrl } }`;
const RSVP = `mutation($e: ID!, $a: RsvpAnswer!) { rsvpEvent(eventId: $e, answer: $a) { goingCount waitlistCount viewerRsvp { answer waitlisted position } } }`;

describe('Events of groups', () => {
  let t: TestApp;
  let coordinator: SignedIn;
  let groupId: string;
  const inDays = (days: number, hours = 18) => {
    const d = new Date(Date.now() + days * 86400_000);
    d.setUTCHours(hours, 0, 0, 0);
    return d.toISOString();
  };

  beforeAll(async () => {
    t = await startTestApp();
    coordinator = await signUp(t);
    const { rows } = await t.db.query(
      `INSERT INTO movement_group (name, slug, kind, region_code, parent_id, visibility, join_policy)
       VALUES ('Collectif Réunion', 'collectif-reunion', 'REGIONAL_COLLECTIVE', '04', NULL, 'PUBLIC', 'OPEN') RETURNING id`,
    );
    groupId = rows[0].id;
    await t.db.query(`INSERT INTO group_member (group_id, account_id, role, status) VALUES ($1, $2, 'COORDINATOR', 'ACTIVE')`, [
      groupId,
      coordinator.id,
    ]);
  });
  afterAll(() => t.close());

  async function member(): Promise<SignedIn> {
    const person = await signUp(t);
    await t.db.query(`INSERT INTO group_member (group_id, account_id, role, status) VALUES ($1, $2, 'MEMBER', 'ACTIVE')`, [
      groupId,
      person.id,
    ]);
    return person;
  }
  async function event(capacity: number | null, title = 'Atelier'): Promise<string> {
    const res = await t.gql<{ createEvent: { id: string } }>(
      CREATE,
      { g: groupId, input: { title, startsAt: inDays(7), endsAt: inDays(7, 20), place: 'Saint-Denis', capacity } },
      { token: coordinator.token },
    );
    if (!res.data) throw new Error(JSON.stringify(res.errors));
    return res.data.createEvent.id;
  }

  it('is created by a coordinator, in the time zone of the group’s territory; members cannot create', async () => {
    const res = await t.gql<{ createEvent: { timeZone: string; capacity: number } }>(
      CREATE,
      { g: groupId, input: { title: 'Forum', startsAt: inDays(3), endsAt: inDays(3, 21), capacity: 40 } },
      { token: coordinator.token },
    );
    expect(res.data?.createEvent).toMatchObject({ timeZone: 'Indian/Reunion', capacity: 40 });
    const someone = await member();
    expect(
      errorCode(
        await t.gql(
          CREATE,
          { g: groupId, input: { title: 'Pirate', startsAt: inDays(3), endsAt: inDays(3, 21) } },
          { token: someone.token },
        ),
      ),
    ).toBe('FORBIDDEN');
    expect(
      errorCode(
        await t.gql(
          CREATE,
          { g: groupId, input: { title: 'À l’envers', startsAt: inDays(3, 21), endsAt: inDays(3) } },
          { token: coordinator.token },
        ),
      ),
    ).toBe('BAD_USER_INPUT');
  });

  it('puts exactly 5 of 20 parallel GOING answers on 5 places, and 15 on the waiting list in order', async () => {
    const id = await event(5);
    const people = await Promise.all(Array.from({ length: 20 }, () => member()));
    await Promise.all(people.map((p) => t.gql(RSVP, { e: id, a: 'GOING' }, { token: p.token })));
    const { rows } = await t.db.query(
      `SELECT count(*) FILTER (WHERE waitlisted_at IS NULL)::int AS going, count(*) FILTER (WHERE waitlisted_at IS NOT NULL)::int AS waiting,
              count(DISTINCT waitlisted_at)::int AS distinct_places
       FROM event_rsvp WHERE event_id = $1 AND answer = 'GOING'`,
      [id],
    );
    expect(rows[0]).toEqual({ going: 5, waiting: 15, distinct_places: 15 });
    const positions = await Promise.all(
      people.map((p) =>
        t.gql<{ groupEvent: { viewerRsvp: { waitlisted: boolean; position: number | null } } }>(
          `query($e: ID!) { groupEvent(eventId: $e) { viewerRsvp { waitlisted position } } }`,
          { e: id },
          { token: p.token },
        ),
      ),
    );
    const waiting = positions
      .map((r) => r.data?.groupEvent.viewerRsvp.position)
      .filter((p): p is number => p !== null)
      .sort((a, b) => a - b);
    expect(waiting).toEqual(Array.from({ length: 15 }, (_, i) => i + 1));
  });

  it('moves the first person of the waiting list up when someone going cancels', async () => {
    const id = await event(2);
    const [a, b, c, d] = [await member(), await member(), await member(), await member()];
    for (const p of [a, b, c, d]) await t.gql(RSVP, { e: id, a: 'GOING' }, { token: p.token });
    const cancel = await t.gql<{ rsvpEvent: { goingCount: number; waitlistCount: number } }>(
      RSVP,
      { e: id, a: 'NOT_GOING' },
      { token: a.token },
    );
    expect(cancel.data?.rsvpEvent).toMatchObject({ goingCount: 2, waitlistCount: 1 });
    const q = `query($e: ID!) { groupEvent(eventId: $e) { viewerRsvp { answer waitlisted position } } }`;
    expect((await t.gql<{ groupEvent: { viewerRsvp: unknown } }>(q, { e: id }, { token: c.token })).data?.groupEvent.viewerRsvp).toEqual({
      answer: 'GOING',
      waitlisted: false,
      position: null,
    });
    expect((await t.gql<{ groupEvent: { viewerRsvp: unknown } }>(q, { e: id }, { token: d.token })).data?.groupEvent.viewerRsvp).toEqual({
      answer: 'GOING',
      waitlisted: true,
      position: 1,
    });
    // A waiting person who changes their mind does not free a place.
    const maybe = await t.gql<{ rsvpEvent: { goingCount: number; waitlistCount: number } }>(
      RSVP,
      { e: id, a: 'MAYBE' },
      { token: d.token },
    );
    expect(maybe.data?.rsvpEvent).toMatchObject({ goingCount: 2, waitlistCount: 0 });
    const outsider = await signUp(t);
    expect(errorCode(await t.gql(RSVP, { e: id, a: 'GOING' }, { token: outsider.token }))).toBe('FORBIDDEN');
  });

  it('downloads as an iCalendar file that parses back to the same event', async () => {
    const id = await event(null, 'Rencontre des entrepreneurs sociaux');
    const res = await fetch(`${t.url}/evenements/${id}.ics`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/calendar');
    const { default: ICAL } = await import('ical.js');
    const component = new ICAL.Component(ICAL.parse(await res.text()));
    const vevent = new ICAL.Event(component.getFirstSubcomponent('vevent') as InstanceType<typeof ICAL.Component>);
    expect(vevent.summary).toBe('Rencontre des entrepreneurs sociaux');
    expect(vevent.location).toBe('Saint-Denis');
    expect(vevent.startDate.toJSDate().toISOString()).toBe(inDays(7));
    expect(vevent.endDate.toJSDate().toISOString()).toBe(inDays(7, 20));
    expect((await fetch(`${t.url}/evenements/00000000-0000-4000-8000-000000000000.ics`)).status).toBe(404);
  });

  it('lists the upcoming events of all my groups, and refuses visitors', async () => {
    const person = await member();
    const other = (
      await t.db.query(
        `INSERT INTO movement_group (name, slug, kind, visibility, join_policy) VALUES ('Autre', 'autre-groupe', 'NATIONAL', 'PUBLIC', 'OPEN') RETURNING id`,
      )
    ).rows[0].id;
    await t.db.query(
      `INSERT INTO group_event (group_id, title, starts_at, ends_at) VALUES ($1, 'Ailleurs', now() + interval '1 day', now() + interval '1 day 1 hour')`,
      [other],
    );
    const MINE = `{ myEvents(first: 50) { totalCount edges { node { title groupName groupSlug } } } }`;
    const res = await t.gql<{ myEvents: { edges: { node: { title: string; groupSlug: string } }[] } }>(MINE, {}, { token: person.token });
    expect(res.data?.myEvents.edges.length).toBeGreaterThan(0);
    expect(res.data?.myEvents.edges.every((e) => e.node.groupSlug === 'collectif-reunion')).toBe(true);
    await t.db.query(`INSERT INTO group_member (group_id, account_id, role, status) VALUES ($1, $2, 'MEMBER', 'ACTIVE')`, [
      other,
      person.id,
    ]);
    const both = await t.gql<{ myEvents: { edges: { node: { title: string } }[] } }>(MINE, {}, { token: person.token });
    expect(both.data?.myEvents.edges[0]?.node.title).toBe('Ailleurs');
    expect(errorCode(await t.gql(MINE))).toBe('UNAUTHENTICATED');
  });

  it('lists upcoming events soonest first and past events latest first', async () => {
    await t.db.query(
      `INSERT INTO group_event (group_id, title, starts_at, ends_at) VALUES ($1, 'Passé', now() - interval '10 days', now() - interval '9 days')`,
      [groupId],
    );
    const Q = `query($g: ID!, $p: EventPeriod!) { groupEvents(groupId: $g, period: $p, first: 50) { edges { node { title startsAt } } } }`;
    const upcoming = await t.gql<{ groupEvents: { edges: { node: { startsAt: string } }[] } }>(Q, { g: groupId, p: 'UPCOMING' });
    const starts = upcoming.data?.groupEvents.edges.map((e) => e.node.startsAt) ?? [];
    expect(starts.length).toBeGreaterThan(1);
    expect([...starts].sort()).toEqual(starts);
    const past = await t.gql<{ groupEvents: { edges: { node: { title: string } }[] } }>(Q, { g: groupId, p: 'PAST' });
    expect(past.data?.groupEvents.edges.map((e) => e.node.title)).toEqual(['Passé']);
  });
});

describe('Group calendar feeds', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  async function groupWithEvent(slug: string, visibility: string) {
    const { rows } = await t.db.query(
      `INSERT INTO movement_group (name, slug, kind, visibility, join_policy) VALUES ($1, $1, 'NATIONAL', $2, 'OPEN') RETURNING id`,
      [slug, visibility],
    );
    await t.db.query(
      `INSERT INTO group_event (group_id, title, starts_at, ends_at) VALUES ($1, 'Réunion ' || $2, now() + interval '2 days', now() + interval '2 days 2 hours')`,
      [rows[0].id, slug],
    );
    return rows[0].id as string;
  }
  const parse = async (res: Response) => {
    const { default: ICAL } = await import('ical.js');
    return new ICAL.Component(ICAL.parse(await res.text())).getAllSubcomponents('vevent').map((v) => v.getFirstPropertyValue('summary'));
  };

  it('serves a public group’s upcoming events to calendar applications', async () => {
    await groupWithEvent('ouvert', 'PUBLIC');
    const res = await fetch(`${t.url}/groupes/ouvert/agenda.ics`);
    expect(res.status).toBe(200);
    expect(await parse(res)).toEqual(['Réunion ouvert']);
  });

  it('serves a members-only group through a personal address that stops working when revoked or when the member leaves', async () => {
    const groupId = await groupWithEvent('discret', 'MEMBERS_ONLY');
    expect((await fetch(`${t.url}/groupes/discret/agenda.ics`)).status).toBe(404);
    const member = await signUp(t);
    await t.db.query(`INSERT INTO group_member (group_id, account_id, role, status) VALUES ($1, $2, 'MEMBER', 'ACTIVE')`, [
      groupId,
      member.id,
    ]);
    const FEED = `mutation($g: ID!) { createCalendarFeed(groupId: $g) }`;
    const outsider = await signUp(t);
    expect(errorCode(await t.gql(FEED, { g: groupId }, { token: outsider.token }))).toBe('FORBIDDEN');
    const first = (await t.gql<{ createCalendarFeed: string }>(FEED, { g: groupId }, { token: member.token })).data
      ?.createCalendarFeed as string;
    const path = (url: string) => url.replace('http://localhost:3000', t.url);
    expect(await parse(await fetch(path(first)))).toEqual(['Réunion discret']);

    const second = (await t.gql<{ createCalendarFeed: string }>(FEED, { g: groupId }, { token: member.token })).data
      ?.createCalendarFeed as string;
    expect((await fetch(path(first))).status).toBe(404);
    expect((await fetch(path(second))).status).toBe(200);
    await t.gql(`mutation($g: ID!) { leaveGroup(groupId: $g) }`, { g: groupId }, { token: member.token });
    expect((await fetch(path(second))).status).toBe(404);
  });
});
