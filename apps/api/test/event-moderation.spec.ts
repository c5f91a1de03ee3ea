import { makeAdmin, signUp, type SignedIn } from './fixtures';
import { errorCode, startTestApp, type TestApp } from './test-app';

/** An event hidden by moderation leaves every list and feed, as a hidden post leaves the feed. */
describe('Events hidden by moderation', () => {
  let t: TestApp;
  let admin: SignedIn;
  let member: SignedIn;
  let groupId: string;
  let slug: string;
  let eventId: string;

  const LIST = `query($g: ID!) { groupEvents(groupId: $g) { edges { node { id } } } }`;
  const MINE = `{ myEvents { edges { node { id } } } }`;
  const ONE = `query($e: ID!) { groupEvent(eventId: $e) { id title } }`;
  const MODERATE = `mutation($e: ID!, $a: String!) { moderateContent(targetType: EVENT, targetId: $e, action: $a) }`;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await makeAdmin(t, await signUp(t));
    member = await signUp(t);
    const group = await t.gql<{ createGroup: { id: string; slug: string } }>(
      `mutation { createGroup(input: { kind: NATIONAL, name: "Mouvement", joinPolicy: OPEN }) { id slug } }`,
      {},
      { token: admin.token },
    );
    ({ id: groupId, slug } = group.data?.createGroup as { id: string; slug: string });
    await t.gql(`mutation($g: ID!) { joinGroup(groupId: $g) { id } }`, { g: groupId }, { token: member.token });
    const starts = new Date(Date.now() + 5 * 86_400_000);
    const created = await t.gql<{ createEvent: { id: string } }>(
      `mutation($g: ID!, $i: CreateEventInput!) { createEvent(groupId: $g, input: $i) { id } }`,
      {
        g: groupId,
        i: { title: 'Soirée contestée', startsAt: starts.toISOString(), endsAt: new Date(starts.getTime() + 3_600_000).toISOString() },
      },
      { token: admin.token },
    );
    eventId = created.data?.createEvent.id as string;
    await t.gql(`mutation($e: ID!) { rsvpEvent(eventId: $e, answer: GOING) { id } }`, { e: eventId }, { token: member.token });
  });
  afterAll(() => t.close());

  const ids = (res: {
    data: { groupEvents?: { edges: { node: { id: string } }[] }; myEvents?: { edges: { node: { id: string } }[] } } | null;
  }) => (res.data?.groupEvents ?? res.data?.myEvents)?.edges.map((e) => e.node.id) ?? [];

  it('leaves the group list, my calendar, the feed and its own page once hidden, and takes no answer', async () => {
    expect(ids(await t.gql(LIST, { g: groupId }, { token: member.token }))).toEqual([eventId]);
    expect((await t.gql(MODERATE, { e: eventId, a: 'HIDE' }, { token: admin.token })).data).toEqual({ moderateContent: true });
    const { rows } = await t.db.query(`SELECT hidden_at IS NOT NULL AS hidden FROM group_event WHERE id = $1`, [eventId]);
    expect(rows).toEqual([{ hidden: true }]);

    expect(ids(await t.gql(LIST, { g: groupId }, { token: member.token }))).toEqual([]);
    expect(ids(await t.gql(LIST, { g: groupId }))).toEqual([]);
    expect(ids(await t.gql(MINE, {}, { token: member.token }))).toEqual([]);
    expect(errorCode(await t.gql(ONE, { e: eventId }, { token: member.token }))).toBe('NOT_FOUND');
    expect(errorCode(await t.gql(ONE, { e: eventId }))).toBe('NOT_FOUND');
    expect((await fetch(`${t.url}/evenements/${eventId}.ics`)).status).toBe(404);
    const feed = await (await fetch(`${t.url}/groupes/${slug}/agenda.ics`)).text();
    expect(feed).toContain('BEGIN:VCALENDAR');
    expect(feed).not.toContain('Soirée contestée');
    expect(
      errorCode(
        await t.gql(`mutation($e: ID!) { rsvpEvent(eventId: $e, answer: NOT_GOING) { id } }`, { e: eventId }, { token: member.token }),
      ),
    ).toBe('NOT_FOUND');
    // The answer given before stays as it was.
    const answers = await t.db.query(`SELECT answer FROM event_rsvp WHERE event_id = $1`, [eventId]);
    expect(answers.rows).toEqual([{ answer: 'GOING' }]);
  });

  it('stays readable by those who moderate it, and comes back everywhere when restored', async () => {
    expect((await t.gql<{ groupEvent: { title: string } }>(ONE, { e: eventId }, { token: admin.token })).data?.groupEvent.title).toBe(
      'Soirée contestée',
    );
    expect((await t.gql(MODERATE, { e: eventId, a: 'RESTORE' }, { token: admin.token })).data).toEqual({ moderateContent: true });
    expect(ids(await t.gql(LIST, { g: groupId }))).toEqual([eventId]);
    expect(ids(await t.gql(MINE, {}, { token: member.token }))).toEqual([eventId]);
    expect(await (await fetch(`${t.url}/groupes/${slug}/agenda.ics`)).text()).toContain('Soirée contestée');
  });
});
