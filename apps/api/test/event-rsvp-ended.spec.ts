import { signUp, type SignedIn } from './fixtures';
import { errorCode, errorReason, startTestApp, type TestApp } from './test-app';

const CREATE = `mutation($g: ID!, $input: CreateEventInput!) { createEvent(groupId: $g, input: $input) { id } }`;
const RSVP = `mutation($e: ID!, $a: RsvpAnswer!) { rsvpEvent(eventId: $e, answer: $a) { goingCount viewerRsvp { answer } } }`;

describe('Answers to an event that has ended', () => {
  let t: TestApp;
  let coordinator: SignedIn;
  let groupId: string;
  const hoursFromNow = (h: number) => new Date(Date.now() + h * 3600_000).toISOString();

  beforeAll(async () => {
    t = await startTestApp();
    coordinator = await signUp(t);
    const { rows } = await t.db.query(
      `INSERT INTO movement_group (name, slug, kind, region_code, visibility, join_policy)
       VALUES ('Collectif Bretagne', 'collectif-bretagne', 'REGIONAL_COLLECTIVE', '53', 'PUBLIC', 'OPEN') RETURNING id`,
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
  async function event(startsInHours: number, endsInHours: number): Promise<string> {
    const res = await t.gql<{ createEvent: { id: string } }>(
      CREATE,
      { g: groupId, input: { title: 'Assemblée', startsAt: hoursFromNow(startsInHours), endsAt: hoursFromNow(endsInHours) } },
      { token: coordinator.token },
    );
    if (!res.data) throw new Error(JSON.stringify(res.errors));
    return res.data.createEvent.id;
  }
  /** Time passes for one event: its start and end move back (the sanctioned way to make time pass in tests). */
  const travel = (eventId: string, hours: number) =>
    t.db.query(
      `UPDATE group_event SET starts_at = starts_at - make_interval(hours => $2), ends_at = ends_at - make_interval(hours => $2) WHERE id = $1`,
      [eventId, hours],
    );
  const answers = async (eventId: string) =>
    (await t.db.query(`SELECT account_id, answer FROM event_rsvp WHERE event_id = $1 ORDER BY account_id`, [eventId])).rows;

  it('refuses a new answer and a changed answer once the event has ended, and keeps the answers given', async () => {
    const eventId = await event(24, 26);
    const [early, late] = await Promise.all([member(), member()]);
    expect((await t.gql(RSVP, { e: eventId, a: 'GOING' }, { token: early.token })).data).toEqual({
      rsvpEvent: { goingCount: 1, viewerRsvp: { answer: 'GOING' } },
    });
    await travel(eventId, 30);

    for (const [who, answer] of [
      [early, 'NOT_GOING'],
      [early, 'MAYBE'],
      [late, 'GOING'],
    ] as const) {
      const refused = await t.gql(RSVP, { e: eventId, a: answer }, { token: who.token });
      expect(errorCode(refused)).toBe('CONFLICT');
      expect(errorReason(refused)).toBe('EVENT_ENDED');
      expect(refused.errors?.[0]?.message).toMatch(/terminé/);
    }
    expect(await answers(eventId)).toEqual([{ account_id: early.id, answer: 'GOING' }]);
    const read = await t.gql<{ groupEvent: { hasEnded: boolean; viewerRsvp: { answer: string } } }>(
      `query($e: ID!) { groupEvent(eventId: $e) { hasEnded viewerRsvp { answer } } }`,
      { e: eventId },
      { token: early.token },
    );
    expect(read.data?.groupEvent).toEqual({ hasEnded: true, viewerRsvp: { answer: 'GOING' } });
  });

  it('still takes answers while the event is under way', async () => {
    const eventId = await event(1, 3);
    await travel(eventId, 2);
    const someone = await member();
    expect((await t.gql(RSVP, { e: eventId, a: 'GOING' }, { token: someone.token })).data).toEqual({
      rsvpEvent: { goingCount: 1, viewerRsvp: { answer: 'GOING' } },
    });
    expect(await answers(eventId)).toEqual([{ account_id: someone.id, answer: 'GOING' }]);
  });
});
