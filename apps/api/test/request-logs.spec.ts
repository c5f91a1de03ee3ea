import { randomBytes } from 'node:crypto';
import { signUp } from './fixtures';
import { startTestApp, type TestApp } from './test-app';

/** What the app writes to its log, one JSON object per line. */
class LogCapture {
  readonly lines: string[] = [];
  write(chunk: string) {
    this.lines.push(...chunk.split('\n').filter(Boolean));
  }
  get text() {
    return this.lines.join('\n');
  }
  requests(): { url: string; statusCode: number }[] {
    return this.lines.map((l) => JSON.parse(l) as { msg?: string; url: string; statusCode: number }).filter((l) => l.msg === 'request');
  }
}

describe('Request logs', () => {
  let t: TestApp;
  const log = new LogCapture();

  beforeAll(async () => {
    t = await startTestApp({ LOG_LEVEL: 'info' }, { logDestination: log });
  });
  afterAll(() => t.close());

  it('never contain the secrets of links: calendar feeds, email verification, password reset, invitations', async () => {
    const member = await signUp(t);
    const { rows } = await t.db.query(
      `INSERT INTO movement_group (name, slug, kind, visibility, join_policy) VALUES ('Cercle discret', 'cercle-discret', 'NATIONAL', 'MEMBERS_ONLY', 'OPEN') RETURNING id`,
    );
    await t.db.query(`INSERT INTO group_member (group_id, account_id, role, status) VALUES ($1, $2, 'MEMBER', 'ACTIVE')`, [
      rows[0].id,
      member.id,
    ]);
    const feed = await t.gql<{ createCalendarFeed: string }>(
      `mutation($g: ID!) { createCalendarFeed(groupId: $g) }`,
      { g: rows[0].id },
      {
        token: member.token,
      },
    );
    const feedUrl = new URL(feed.data?.createCalendarFeed as string);
    const jeton = feedUrl.searchParams.get('jeton') as string;
    expect(jeton.length).toBeGreaterThan(30);
    const calendar = await fetch(`${t.url}${feedUrl.pathname}${feedUrl.search}`);
    expect(calendar.status).toBe(200);

    const secret = randomBytes(32).toString('base64url');
    for (const path of [`/verifier-email?token=${secret}`, `/nouveau-mot-de-passe?token=${secret}`, `/invitations/${secret}`]) {
      await fetch(`${t.url}${path}`);
    }
    // Pino writes asynchronously: wait for the last request's line.
    for (let i = 0; i < 50 && !log.requests().some((r) => r.url.startsWith('/invitations/')); i++)
      await new Promise((r) => setTimeout(r, 20));

    const urls = log.requests().map((r) => r.url);
    expect(urls).toEqual(
      expect.arrayContaining([
        '/groupes/cercle-discret/agenda.ics?jeton=[redacted]',
        '/verifier-email?token=[redacted]',
        '/nouveau-mot-de-passe?token=[redacted]',
        '/invitations/[redacted]',
      ]),
    );
    expect(log.text).not.toContain(jeton);
    expect(log.text).not.toContain(secret);
    expect(log.text).not.toContain(member.token);
  });
});
