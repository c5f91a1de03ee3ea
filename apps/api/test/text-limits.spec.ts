import type { INestApplication } from '@nestjs/common';
import { PRACTICE_LIMITS } from '@mouvement/shared-domain';
import { createApp } from '../src/bootstrap';
import { signUp, type SignedIn } from './fixtures';
import { errorCode, errorReason, startTestApp, type GraphqlResponse, type TestApp } from './test-app';

const IMPORT = `mutation($text: String!) { importCahier(text: $text) { unplaced practice { id title summary sections { kind heading body } } } }`;
const PREVIEW = `query($body: String!) { previewMarkdown(body: $body) }`;

const practicesOf = async (t: TestApp, account: SignedIn) =>
  (await t.db.query(`SELECT count(*)::int AS n FROM practice WHERE created_by_id = $1`, [account.id])).rows[0].n as number;

describe('Importing a sheet', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('reads a 100,000-character line of punctuation (9.5 s of a frozen server before) and keeps all of it', async () => {
    // The growth test (linear-time.spec.ts) shows that the work is linear; here, that the API does it.
    const member = await signUp(t);
    const text = `A${'.'.repeat(PRACTICE_LIMITS.cahierMax - 2)}x`;
    const [res, health] = await Promise.all([
      t.gql<{ importCahier: { practice: { title: string; summary: string | null; sections: { heading: string; body: string }[] } } }>(
        IMPORT,
        { text },
        { token: member.token },
      ),
      fetch(`${t.url}/health/ready`),
    ]);
    expect(health.status).toBe(200);
    const practice = res.data?.importCahier.practice;
    expect(practice?.title).toBe(`A${'.'.repeat(PRACTICE_LIMITS.titleMax - 2)}…`);
    expect(practice?.summary).toBeNull();
    expect(practice?.sections).toEqual([{ kind: 'OTHER', heading: 'Introduction', body: text }]);
  });

  it('refuses an empty or blank text with EMPTY_TEXT, in the reader’s language, and makes no draft', async () => {
    const member = await signUp(t);
    for (const text of ['', '   ', '\n\n\t \r\n', '\u00a0\u202f\u2009\u3000']) {
      const fr = await t.gql(IMPORT, { text }, { token: member.token });
      expect([JSON.stringify(text), errorCode(fr), errorReason(fr), fr.errors?.[0]?.message]).toEqual([
        JSON.stringify(text),
        'BAD_USER_INPUT',
        'EMPTY_TEXT',
        'Le texte est vide.',
      ]);
      const en = await t.gql(IMPORT, { text }, { token: member.token, headers: { 'accept-language': 'en' } });
      expect([errorReason(en), en.errors?.[0]?.message, en.errors?.[0]?.extensions?.fields?.[0]?.field]).toEqual([
        'EMPTY_TEXT',
        'The text is empty.',
        'text',
      ]);
    }
    expect(await practicesOf(t, member)).toBe(0);
    expect((await t.db.query(`SELECT count(*)::int AS n FROM account_action_window WHERE account_id = $1`, [member.id])).rows[0].n).toBe(0);
  });
});

/**
 * Per-account limits on heavy text work, counted in the database: they hold across instances of
 * the API and under parallel requests. The factor 0.1 brings 30 imports an hour down to 3 and 120
 * previews in 10 minutes down to 12.
 */
describe('Limits on imports and previews', () => {
  let t: TestApp;
  let second: INestApplication;
  let secondUrl: string;
  beforeAll(async () => {
    t = await startTestApp({ ACCOUNT_RATE_LIMIT_FACTOR: '0.1' });
    // A second instance of the API on the same database, as behind a load balancer.
    second = await createApp(t.config, t.db.options.connectionString as string);
    await second.listen(0, '127.0.0.1');
    secondUrl = `http://127.0.0.1:${(second.getHttpServer().address() as { port: number }).port}`;
  });
  afterAll(async () => {
    await second.close();
    await t.close();
  });

  /** The same request to one instance or the other. */
  async function on(instance: number, query: string, variables: Record<string, unknown>, token: string): Promise<GraphqlResponse> {
    if (instance % 2 === 0) return t.gql(query, variables, { token });
    const response = await fetch(`${secondUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: Record<string, unknown> | null; errors?: GraphqlResponse['errors'] };
    return {
      status: response.status,
      data: body.data ?? null,
      errors: body.errors,
      headers: response.headers,
      cookies: {},
      setCookies: [],
    };
  }

  it('lets exactly 3 of 10 parallel imports through, on two instances, then answers TOO_MANY_IMPORTS', async () => {
    const member = await signUp(t);
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) => on(i, IMPORT, { text: `Fiche ${i}\n\nArgumentaire\n\nTexte ${i}.` }, member.token)),
    );
    expect(results.filter((r) => r.data?.['importCahier'])).toHaveLength(3);
    const refused = results.filter((r) => errorCode(r) === 'RATE_LIMITED');
    expect(refused).toHaveLength(7);
    expect(refused.every((r) => errorReason(r) === 'TOO_MANY_IMPORTS')).toBe(true);
    expect(refused[0]?.errors?.[0]?.message).toMatch(/^Vous avez importé beaucoup de fiches en une heure : réessayez dans (60|59) min\.$/);
    expect(await practicesOf(t, member)).toBe(3);
    const window = await t.db.query(`SELECT action, cardinality(recent) AS n FROM account_action_window WHERE account_id = $1`, [
      member.id,
    ]);
    expect(window.rows).toEqual([{ action: 'practices.import', n: 3 }]);

    // Someone else is not limited by it.
    const other = await signUp(t);
    expect((await t.gql(IMPORT, { text: 'Une autre fiche' }, { token: other.token })).data?.['importCahier']).toBeTruthy();

    // An hour later, the oldest imports no longer count.
    await t.db.query(
      `UPDATE account_action_window SET recent = ARRAY(SELECT r - interval '61 minutes' FROM unnest(recent) r) WHERE account_id = $1`,
      [member.id],
    );
    expect((await on(1, IMPORT, { text: 'Fiche suivante' }, member.token)).data?.['importCahier']).toBeTruthy();
    expect(await practicesOf(t, member)).toBe(4);
  });

  it('lets exactly 12 of 20 parallel previews through, then answers TOO_MANY_PREVIEWS; visitors get none', async () => {
    const member = await signUp(t);
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => on(i, PREVIEW, { body: `**Aperçu ${i}**` }, member.token)));
    expect(results.filter((r) => typeof r.data?.['previewMarkdown'] === 'string')).toHaveLength(12);
    expect(results.filter((r) => errorReason(r) === 'TOO_MANY_PREVIEWS')).toHaveLength(8);
    expect(errorCode(await t.gql(PREVIEW, { body: 'anonyme' }))).toBe('UNAUTHENTICATED');
  });
});
