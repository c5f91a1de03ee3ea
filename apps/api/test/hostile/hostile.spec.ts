import { arrangeWorld, type World } from '../fuzz/world';
import { startTestApp, type TestApp } from '../test-app';
import { HOSTILE_CASES, type HostileCase, type HostileContext, type Outcome } from './corpus';

/** What a case got that it should not have, or null. */
export function problemWith(c: HostileCase, o: Outcome): string | null {
  const { status, code, reason, check } = c.expect;
  if (status !== undefined && o.status !== status)
    return `HTTP ${o.status} instead of ${status} (${o.code}/${o.reason}: ${o.text?.slice(0, 200)})`;
  if (code !== undefined && o.code !== code) return `code ${o.code} instead of ${code} (${o.reason}: ${o.text?.slice(0, 200)})`;
  if (reason !== undefined && o.reason !== reason) return `reason ${o.reason} instead of ${reason} (${o.text?.slice(0, 200)})`;
  if (o.status >= 500 || o.code === 'INTERNAL_SERVER_ERROR') return `a server error (${o.text?.slice(0, 200)})`;
  return check ? check(o) : null;
}

/**
 * Replays the hostile corpus against the app in production mode: each case gets the answer it
 * should, and a normal request sent after it still succeeds.
 */
describe('The hostile corpus, in production mode', () => {
  let t: TestApp;
  let world: World;
  let context: HostileContext;

  beforeAll(async () => {
    t = await startTestApp({ NODE_ENV: 'production', AUTH_RATE_LIMIT: '100000' });
    world = await arrangeWorld(t);
    context = { t, world };
  });
  afterAll(() => t.close());

  it.each(HOSTILE_CASES.map((c) => [c.name, c]))('%s', async (_name, hostile) => {
    const outcome = await hostile.send(context);
    expect(problemWith(hostile, outcome)).toBeNull();
    // The server is still there for everyone else.
    const normal = await t.gql<{ me: { id: string } }>(`{ me { id } }`, {}, { token: world.member.token });
    expect(normal.data?.me.id).toBe(world.member.id);
    expect((await fetch(`${t.url}/health/ready`)).status).toBe(200);
  });
});
