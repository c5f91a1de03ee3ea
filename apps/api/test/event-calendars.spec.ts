import { Logger } from '@nestjs/common';
import { NormaliseLinks1764285060000 } from '../migrations/1764285060000-normalise-links';
import { signUp, type SignedIn } from './fixtures';
import { errorCode, startTestApp, type TestApp } from './test-app';

const CREATE = `mutation($g: ID!, $input: CreateEventInput!) { createEvent(groupId: $g, input: $input) { id onlineUrl } }`;

/** Links, calendar files and feeds: no link, no event and no address can make them fail. */
describe('Event links and calendar files', () => {
  let t: TestApp;
  let coordinator: SignedIn;
  let groupId: string;
  const inDays = (days: number, hours = 18) => {
    const d = new Date(Date.now() + days * 86400_000);
    d.setUTCHours(hours, 0, 0, 0);
    return d.toISOString();
  };
  const parse = async (res: Response) => {
    const { default: ICAL } = await import('ical.js');
    return new ICAL.Component(ICAL.parse(await res.text()))
      .getAllSubcomponents('vevent')
      .map((v) => ({ title: v.getFirstPropertyValue('summary'), url: v.getFirstPropertyValue('url') }));
  };

  beforeAll(async () => {
    t = await startTestApp();
    coordinator = await signUp(t);
    const { rows } = await t.db.query(
      `INSERT INTO movement_group (name, slug, kind, visibility, join_policy) VALUES ('Visio citoyenne', 'visio-citoyenne', 'NATIONAL', 'PUBLIC', 'OPEN') RETURNING id`,
    );
    groupId = rows[0].id;
    await t.db.query(`INSERT INTO group_member (group_id, account_id, role, status) VALUES ($1, $2, 'COORDINATOR', 'ACTIVE')`, [
      groupId,
      coordinator.id,
    ]);
  });
  afterAll(() => t.close());
  afterEach(() => jest.restoreAllMocks());

  async function create(title: string, onlineUrl: string | null) {
    return t.gql<{ createEvent: { id: string; onlineUrl: string | null } }>(
      CREATE,
      { g: groupId, input: { title, startsAt: inDays(5), endsAt: inDays(5, 20), onlineUrl } },
      { token: coordinator.token },
    );
  }

  it('stores an online link as the URL parser writes it, and serves the event’s file and the group’s feed with it', async () => {
    // `ics` refused the capital letter and the file and the whole feed answered 500.
    const res = await create('Visio de rentrée', 'https://Example.com/visio');
    expect(res.data?.createEvent.onlineUrl).toBe('https://example.com/visio');
    const id = res.data?.createEvent.id as string;
    const { rows } = await t.db.query(`SELECT online_url FROM group_event WHERE id = $1`, [id]);
    expect(rows[0].online_url).toBe('https://example.com/visio');
    const file = await fetch(`${t.url}/evenements/${id}.ics`);
    expect(file.status).toBe(200);
    expect(await parse(file)).toEqual([{ title: 'Visio de rentrée', url: 'https://example.com/visio' }]);
    const feed = await fetch(`${t.url}/groupes/visio-citoyenne/agenda.ics`);
    expect(feed.status).toBe(200);
    expect(await parse(feed)).toContainEqual({ title: 'Visio de rentrée', url: 'https://example.com/visio' });
  });

  it('serves a link of long labels without running a pattern on it', async () => {
    // Valid, 379 characters: the `ics` library's URL pattern backtracked on it (time growing as the
    // label length to the power of their number: seconds of CPU here, minutes with more labels), then
    // refused the capital letter and answered 500.
    const label = 'a'.repeat(61);
    const link = `https://${[label, label, label, label].join('.')}.Fr/${'salle-'.repeat(20)}`;
    expect(link.length).toBe(379);
    const res = await create('Visio aux longs labels', link);
    const normalised = link.replace('.Fr/', '.fr/');
    expect(res.data?.createEvent.onlineUrl).toBe(normalised);
    const file = await fetch(`${t.url}/evenements/${res.data?.createEvent.id}.ics`);
    expect(file.status).toBe(200);
    expect((await parse(file))[0]?.url).toBe(normalised);
  });

  it('refuses what is not the web address of a site, with the field and a message', async () => {
    for (const bad of [
      'javascript:alert(1)',
      'exemple.fr/visio',
      'https://localhost/visio',
      'https://10.0.0.1/visio',
      'https://bank.fr@evil.example/',
      `https://exemple.fr/${'x'.repeat(500)}`,
    ]) {
      const res = await create('Lien refusé', bad);
      expect([bad, errorCode(res), res.errors?.[0]?.extensions?.fields?.[0]?.field]).toEqual([bad, 'BAD_USER_INPUT', 'onlineUrl']);
    }
    expect(errorCode(await create('Sans lien', '   '))).toBeUndefined();
  });

  it('keeps serving events whose stored link predates normalisation, and normalises them with the migration', async () => {
    const { rows } = await t.db.query(
      `INSERT INTO group_event (group_id, title, starts_at, ends_at, online_url)
       VALUES ($1, 'Ancienne visio', now() + interval '3 days', now() + interval '3 days 1 hour', 'https://Example.com/Ancienne'),
              ($1, 'Lien cassé', now() + interval '4 days', now() + interval '4 days 1 hour', 'pas une adresse')
       RETURNING id`,
      [groupId],
    );
    const feed = await parse(await fetch(`${t.url}/groupes/visio-citoyenne/agenda.ics`));
    expect(feed).toContainEqual({ title: 'Ancienne visio', url: 'https://example.com/Ancienne' });
    // Not a web address: calendars get the event's page, the API shows no link.
    expect(feed).toContainEqual({ title: 'Lien cassé', url: `http://localhost:3000/evenements/${rows[1].id}` });
    const broken = await t.gql<{ groupEvent: { onlineUrl: string | null } }>(`query($e: ID!) { groupEvent(eventId: $e) { onlineUrl } }`, {
      e: rows[1].id,
    });
    expect(broken.data?.groupEvent.onlineUrl).toBeNull();

    await new NormaliseLinks1764285060000().up({
      query: async (sql: string, params?: unknown[]) => (await t.db.query(sql, params)).rows,
    } as never);
    const after = await t.db.query(`SELECT title, online_url FROM group_event WHERE id = ANY($1) ORDER BY title`, [rows.map((r) => r.id)]);
    expect(after.rows).toEqual([
      { title: 'Ancienne visio', online_url: 'https://example.com/Ancienne' },
      { title: 'Lien cassé', online_url: 'pas une adresse' },
    ]);
  });

  it('leaves out of the feed an event it cannot write, says so in the log, and serves the others', async () => {
    const warn = jest.spyOn(Logger.prototype, 'warn');
    const { rows } = await t.db.query(
      `INSERT INTO group_event (group_id, title, starts_at, ends_at) VALUES ($1, 'Sans fin', now() + interval '1 day', 'infinity') RETURNING id`,
      [groupId],
    );
    const feed = await fetch(`${t.url}/groupes/visio-citoyenne/agenda.ics`);
    expect(feed.status).toBe(200);
    const titles = (await parse(feed)).map((e) => e.title);
    expect(titles).toContain('Visio de rentrée');
    expect(titles).not.toContain('Sans fin');
    const messages = warn.mock.calls.map((call) => String(call[0]));
    expect(messages).toContainEqual(expect.stringContaining(`Event ${rows[0].id} left out of a calendar file`));
    expect(messages.join('\n')).not.toContain('    at ');
  });

  it('answers an address that names nothing with 404 and the API’s error body, never 500', async () => {
    // Fastify refuses an address that is not valid percent-encoding before any route; it answers
    // the API's own error body, in the reader's language, without echoing the address.
    const malformed = await fetch(`${t.url}/groupes/%ff%fe/agenda.ics`);
    expect([malformed.status, await malformed.json()]).toEqual([
      400,
      { code: 'BAD_USER_INPUT', reason: 'BAD_URL', message: 'Cette adresse est mal formée.' },
    ]);
    const english = await fetch(`${t.url}/groupes/%ff%fe/agenda.ics`, { headers: { 'accept-language': 'en-GB,en;q=0.8' } });
    expect(await english.json()).toEqual({ code: 'BAD_USER_INPUT', reason: 'BAD_URL', message: 'This address is malformed.' });
    const paths = [
      '/groupes/a%00b/agenda.ics',
      '/groupes/Grand%20Groupe%20!/agenda.ics',
      `/groupes/${'x'.repeat(99)}/agenda.ics`,
      '/evenements/not-a-uuid.ics',
      '/evenements/%00.ics',
      '/evenements/00000000-0000-4000-8000-000000000000.ics',
    ];
    for (const path of paths) {
      const res = await fetch(`${t.url}${path}`);
      expect([path, res.status, await res.json()]).toEqual([
        path,
        404,
        { code: 'NOT_FOUND', message: expect.stringContaining('introuvable') },
      ]);
    }
    await t.db.query(
      `INSERT INTO movement_group (name, slug, kind, visibility, join_policy) VALUES ('Cercle discret', 'cercle-discret', 'NATIONAL', 'MEMBERS_ONLY', 'OPEN')`,
    );
    for (const token of ['%00', '%ff', 'x'.repeat(5000), 'a&jeton=b', '']) {
      const res = await fetch(`${t.url}/groupes/cercle-discret/agenda.ics?jeton=${token}`, { headers: { 'accept-language': 'en' } });
      expect([token.slice(0, 10), res.status, await res.json()]).toEqual([
        token.slice(0, 10),
        404,
        { code: 'NOT_FOUND', message: 'Group not found.' },
      ]);
    }
  });
});
