import { makeAdmin, signUp, type SignedIn } from './fixtures';
import { errorCode, errorReason, startTestApp, type TestApp } from './test-app';

const CREATE = `mutation($g: ID!, $input: CreateEventInput!) { createEvent(groupId: $g, input: $input) { id viewerCanDelete } }`;
const DELETE = `mutation($e: ID!) { deleteEvent(eventId: $e) }`;
const EVENT = `query($e: ID!) { groupEvent(eventId: $e) { id viewerCanDelete } }`;

describe('Deleting an event', () => {
  let t: TestApp;
  let groupId: string;
  let coordinator: SignedIn;
  let author: SignedIn;
  let member: SignedIn;
  let outsider: SignedIn;
  let otherCoordinator: SignedIn;
  let admin: SignedIn;
  const inDays = (days: number, hours = 18) => {
    const d = new Date(Date.now() + days * 86400_000);
    d.setUTCHours(hours, 0, 0, 0);
    return d.toISOString();
  };
  const join = (group: string, person: SignedIn, role: 'MEMBER' | 'COORDINATOR') =>
    t.db.query(`INSERT INTO group_member (group_id, account_id, role, status) VALUES ($1, $2, $3, 'ACTIVE')`, [group, person.id, role]);

  beforeAll(async () => {
    t = await startTestApp();
    [coordinator, author, member, outsider, otherCoordinator] = await Promise.all([signUp(t), signUp(t), signUp(t), signUp(t), signUp(t)]);
    admin = await makeAdmin(t, await signUp(t));
    const { rows } = await t.db.query(
      `INSERT INTO movement_group (name, slug, kind, visibility, join_policy) VALUES ('Collectif Bretagne', 'collectif-bretagne', 'NATIONAL', 'PUBLIC', 'OPEN'),
       ('Cercle voisin', 'cercle-voisin', 'NATIONAL', 'PUBLIC', 'OPEN') RETURNING id`,
    );
    groupId = rows[0].id;
    await join(groupId, coordinator, 'COORDINATOR');
    await join(groupId, author, 'COORDINATOR');
    await join(groupId, member, 'MEMBER');
    await join(rows[1].id, otherCoordinator, 'COORDINATOR');
  });
  afterAll(() => t.close());

  async function event(by: SignedIn, title = 'Atelier', startsIn = 7): Promise<string> {
    const res = await t.gql<{ createEvent: { id: string } }>(
      CREATE,
      { g: groupId, input: { title, startsAt: inDays(startsIn), endsAt: inDays(startsIn, 20) } },
      { token: by.token },
    );
    if (!res.data) throw new Error(JSON.stringify(res.errors));
    return res.data.createEvent.id;
  }
  const deletedAt = async (id: string) => (await t.db.query(`SELECT deleted_at FROM group_event WHERE id = $1`, [id])).rows[0].deleted_at;

  it('is refused to members, outsiders, other groups’ coordinators and visitors, and the event stays', async () => {
    const id = await event(coordinator);
    for (const person of [member, outsider, otherCoordinator]) {
      const res = await t.gql(DELETE, { e: id }, { token: person.token });
      expect([errorCode(res), errorReason(res)]).toEqual(['FORBIDDEN', 'NOT_EVENT_AUTHOR_OR_COORDINATOR']);
      expect(
        (await t.gql<{ groupEvent: { viewerCanDelete: boolean } }>(EVENT, { e: id }, { token: person.token })).data?.groupEvent,
      ).toEqual({
        id,
        viewerCanDelete: false,
      });
    }
    expect(errorCode(await t.gql(DELETE, { e: id }))).toBe('UNAUTHENTICATED');
    expect(await deletedAt(id)).toBeNull();
    expect(errorCode(await t.gql(DELETE, { e: 'pas-un-id' }, { token: coordinator.token }))).toBe('BAD_USER_INPUT');
  });

  it('is allowed to the event’s author, even once no longer coordinator', async () => {
    const id = await event(author, 'Atelier de l’autrice');
    await t.db.query(`UPDATE group_member SET role = 'MEMBER' WHERE group_id = $1 AND account_id = $2`, [groupId, author.id]);
    expect(
      (await t.gql<{ groupEvent: { viewerCanDelete: boolean } }>(EVENT, { e: id }, { token: author.token })).data?.groupEvent
        .viewerCanDelete,
    ).toBe(true);
    expect((await t.gql(DELETE, { e: id }, { token: author.token })).data).toEqual({ deleteEvent: true });
    expect(await deletedAt(id)).not.toBeNull();
    await t.db.query(`UPDATE group_member SET role = 'COORDINATOR' WHERE group_id = $1 AND account_id = $2`, [groupId, author.id]);
  });

  it('is allowed to the group’s coordinators and to admins as moderators', async () => {
    const [first, second] = [await event(author, 'Par l’autrice'), await event(coordinator, 'Par la coordination')];
    expect(
      (await t.gql<{ groupEvent: { viewerCanDelete: boolean } }>(EVENT, { e: first }, { token: coordinator.token })).data?.groupEvent
        .viewerCanDelete,
    ).toBe(true);
    expect((await t.gql(DELETE, { e: first }, { token: coordinator.token })).data).toEqual({ deleteEvent: true });
    expect(
      (await t.gql<{ groupEvent: { viewerCanDelete: boolean } }>(EVENT, { e: second }, { token: admin.token })).data?.groupEvent
        .viewerCanDelete,
    ).toBe(true);
    expect((await t.gql(DELETE, { e: second }, { token: admin.token })).data).toEqual({ deleteEvent: true });
    const { rows } = await t.db.query(
      `SELECT actor_id, action, detail FROM group_audit WHERE group_id = $1 AND action = 'DELETE_EVENT' AND detail = ANY($2) ORDER BY created_at`,
      [groupId, [`EVENT ${first}`, `EVENT ${second}`]],
    );
    expect(rows).toEqual([
      { actor_id: coordinator.id, action: 'DELETE_EVENT', detail: `EVENT ${first}` },
      { actor_id: admin.id, action: 'DELETE_EVENT', detail: `EVENT ${second}` },
    ]);
  });

  it('takes the event out of every list, page, file, feed, dashboard and report queue', async () => {
    const id = await event(coordinator, 'Événement supprimé', 2);
    await t.gql(`mutation($e: ID!) { rsvpEvent(eventId: $e, answer: GOING) { goingCount } }`, { e: id }, { token: member.token });
    const reported = await t.gql(
      `mutation($e: ID!) { reportContent(targetType: EVENT, targetId: $e, reason: "Hors sujet") }`,
      { e: id },
      { token: member.token },
    );
    expect(reported.data).toEqual({ reportContent: true });
    const past = (
      await t.db.query(
        `INSERT INTO group_event (group_id, title, starts_at, ends_at, created_by_id) VALUES ($1, 'Passé supprimé', now() - interval '2 days', now() - interval '2 days' + interval '1 hour', $2) RETURNING id`,
        [groupId, coordinator.id],
      )
    ).rows[0].id as string;

    const titles = async () => {
      const upcoming = await t.gql<{ groupEvents: { edges: { node: { title: string } }[] } }>(
        `query($g: ID!) { groupEvents(groupId: $g, first: 50) { edges { node { title } } } }`,
        { g: groupId },
      );
      const mine = await t.gql<{ myEvents: { edges: { node: { title: string } }[] } }>(
        `{ myEvents(first: 50) { edges { node { title } } } }`,
        {},
        { token: member.token },
      );
      const dashboard = await t.gql<{ groupDashboard: { recentEvents: { title: string }[] } }>(
        `query($g: ID!) { groupDashboard(groupId: $g) { recentEvents { title } } }`,
        { g: groupId },
        { token: coordinator.token },
      );
      const feed = await (await fetch(`${t.url}/groupes/collectif-bretagne/agenda.ics`)).text();
      const queue = await t.gql<{ reportQueue: { targetId: string }[] }>(
        `query($g: ID) { reportQueue(groupId: $g) { targetId } }`,
        { g: groupId },
        { token: coordinator.token },
      );
      return {
        upcoming: upcoming.data?.groupEvents.edges.map((e) => e.node.title).includes('Événement supprimé'),
        mine: mine.data?.myEvents.edges.map((e) => e.node.title).includes('Événement supprimé'),
        dashboard: dashboard.data?.groupDashboard.recentEvents.map((e) => e.title).includes('Passé supprimé'),
        feed: feed.includes('SUMMARY:Événement supprimé'),
        queue: queue.data?.reportQueue.some((r) => r.targetId === id),
      };
    };
    expect(await titles()).toEqual({ upcoming: true, mine: true, dashboard: true, feed: true, queue: true });

    expect((await t.gql(DELETE, { e: id }, { token: coordinator.token })).data).toEqual({ deleteEvent: true });
    expect((await t.gql(DELETE, { e: past }, { token: coordinator.token })).data).toEqual({ deleteEvent: true });
    expect(await titles()).toEqual({ upcoming: false, mine: false, dashboard: false, feed: false, queue: false });
    expect(errorCode(await t.gql(EVENT, { e: id }))).toBe('NOT_FOUND');
    expect((await fetch(`${t.url}/evenements/${id}.ics`)).status).toBe(404);
    expect(
      errorCode(
        await t.gql(`mutation($e: ID!) { rsvpEvent(eventId: $e, answer: MAYBE) { goingCount } }`, { e: id }, { token: member.token }),
      ),
    ).toBe('NOT_FOUND');

    const report = await t.db.query(`SELECT status, decided_by_id FROM content_report WHERE target_id = $1`, [id]);
    expect(report.rows).toEqual([{ status: 'ACTIONED', decided_by_id: coordinator.id }]);
    const outbox = await t.db.query(`SELECT payload FROM domain_event WHERE type = 'group.event.deleted' AND payload->>'eventId' = $1`, [
      id,
    ]);
    expect(outbox.rows).toEqual([{ payload: { groupId, eventId: id, deletedById: coordinator.id, going: 1 } }]);
    // Soft delete: the row and its answers stay.
    expect((await t.db.query(`SELECT count(*)::int AS n FROM event_rsvp WHERE event_id = $1`, [id])).rows[0].n).toBe(1);
  });

  it('deletes once when asked many times at the same moment', async () => {
    const id = await event(coordinator, 'Supprimé une fois');
    const results = await Promise.all(Array.from({ length: 6 }, () => t.gql(DELETE, { e: id }, { token: coordinator.token })));
    expect(results.filter((r) => r.data?.['deleteEvent'] === true)).toHaveLength(1);
    expect(results.filter((r) => errorCode(r) === 'NOT_FOUND')).toHaveLength(5);
    const audit = await t.db.query(`SELECT count(*)::int AS n FROM group_audit WHERE detail = $1`, [`EVENT ${id}`]);
    expect(audit.rows[0].n).toBe(1);
  });
});
