import { PASSWORD, SIGN_UP, signUp, signUpInput } from './fixtures';
import { errorCode, errorReason, startTestApp, type GraphqlResponse, type TestApp } from './test-app';

const SIGN_IN = `mutation($input: SignInInput!) { signIn(input: $input) { accessToken account { id } } }`;
const RESET_REQUEST = `mutation($email: String!) { requestPasswordReset(email: $email) }`;

let lastAddress = 0;
/** A client address of its own (the app trusts X-Forwarded-For here, as behind a reverse proxy). */
const newAddress = () => `198.51.100.${++lastAddress}`;

/** What a client can observe of an answer, besides its time. */
function observable(res: GraphqlResponse<unknown>) {
  return { status: res.status, data: res.data, errors: res.errors, setsCookie: res.setCookies.length > 0 };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;

describe('Sign-in protection', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ TRUST_PROXY: 'true' });
  });
  afterAll(() => t.close());

  const attempt = (email: string, password: string, from: string) =>
    t.gql<{ signIn: { accessToken: string } }>(SIGN_IN, { input: { email, password } }, { headers: { 'x-forwarded-for': from } });

  describe('lockout', () => {
    it('locks the address that made five wrong guesses, even with the right password, and not another address', async () => {
      await signUp(t, { email: 'cible@exemple.fr' });
      const attacker = newAddress();
      const guesses = await Promise.all(Array.from({ length: 5 }, (_, i) => attempt('cible@exemple.fr', `essai-numero-${i}`, attacker)));
      expect(guesses.map(errorReason)).toEqual(Array(5).fill('WRONG_CREDENTIALS'));
      const locked = await attempt('cible@exemple.fr', PASSWORD, attacker);
      expect(errorCode(locked)).toBe('RATE_LIMITED');
      expect(errorReason(locked)).toBe('SIGN_IN_LOCKED');
      expect(locked.setCookies).toEqual([]);

      const owner = await attempt('cible@exemple.fr', PASSWORD, newAddress());
      expect(owner.errors).toBeUndefined();
      expect(owner.data?.signIn.accessToken).toBeTruthy();
      const { rows } = await t.db.query(`SELECT failures FROM sign_in_failure`);
      expect(rows.map((r) => r.failures)).toContain(6);
    });

    it('counts every parallel guess: twenty at once from one address get five checks at most', async () => {
      await signUp(t, { email: 'rafale@exemple.fr' });
      const from = newAddress();
      const answers = await Promise.all(Array.from({ length: 20 }, (_, i) => attempt('rafale@exemple.fr', `rafale-${i}-mauvais`, from)));
      expect(answers.filter((a) => errorReason(a) === 'WRONG_CREDENTIALS')).toHaveLength(5);
      expect(answers.filter((a) => errorReason(a) === 'SIGN_IN_LOCKED')).toHaveLength(15);
    });

    it('locks an unknown address exactly as a known one', async () => {
      await signUp(t, { email: 'connue@exemple.fr' });
      const [fromKnown, fromUnknown] = [newAddress(), newAddress()];
      const known = [];
      const unknown = [];
      for (let i = 0; i < 7; i++) {
        known.push(observable(await attempt('connue@exemple.fr', 'pas-le-bon-secret', fromKnown)));
        unknown.push(observable(await attempt('inconnue@exemple.fr', 'pas-le-bon-secret', fromUnknown)));
      }
      expect(unknown).toEqual(known);
      expect(known.map((k) => k.errors?.[0]?.extensions?.reason)).toEqual([
        ...Array(5).fill('WRONG_CREDENTIALS'),
        'SIGN_IN_LOCKED',
        'SIGN_IN_LOCKED',
      ]);
    });

    it('under a distributed attack, locks the addresses that failed and still lets a clean one in', async () => {
      await signUp(t, { email: 'assiegee@exemple.fr' });
      const bots = Array.from({ length: 10 }, () => newAddress());
      for (const bot of bots) {
        for (let i = 0; i < 2; i++)
          expect(errorReason(await attempt('assiegee@exemple.fr', `devine-${bot}-${i}`, bot))).toBe('WRONG_CREDENTIALS');
      }
      // Twenty failures for the address: a source that failed once is now locked, right password or not.
      const once = newAddress();
      expect(errorReason(await attempt('assiegee@exemple.fr', 'encore-une-devinette', once))).toBe('WRONG_CREDENTIALS');
      expect(errorReason(await attempt('assiegee@exemple.fr', PASSWORD, once))).toBe('SIGN_IN_LOCKED');
      expect(errorReason(await attempt('assiegee@exemple.fr', PASSWORD, bots[0] as string))).toBe('SIGN_IN_LOCKED');
      const owner = await attempt('assiegee@exemple.fr', PASSWORD, newAddress());
      expect(owner.data?.signIn.accessToken).toBeTruthy();
    });

    it('forgets an address’s failures when it signs in, and every failure when the password is reset', async () => {
      await signUp(t, { email: 'oublieuse@exemple.fr' });
      const home = newAddress();
      for (let i = 0; i < 4; i++) await attempt('oublieuse@exemple.fr', `presque-${i}-mauvais`, home);
      expect((await attempt('oublieuse@exemple.fr', PASSWORD, home)).data).toBeTruthy();
      for (let i = 0; i < 4; i++)
        expect(errorReason(await attempt('oublieuse@exemple.fr', `presque-${i}-mauvais`, home))).toBe('WRONG_CREDENTIALS');

      const thief = newAddress();
      for (let i = 0; i < 5; i++) await attempt('oublieuse@exemple.fr', `vol-${i}-mauvais`, thief);
      expect(errorReason(await attempt('oublieuse@exemple.fr', PASSWORD, thief))).toBe('SIGN_IN_LOCKED');
      await t.gql(RESET_REQUEST, { email: 'oublieuse@exemple.fr' });
      const token = /nouveau-mot-de-passe\?token=([\w-]+)/.exec((await t.mail.waitFor('oublieuse@exemple.fr', 2)).text)?.[1];
      await t.gql(`mutation($input: ResetPasswordInput!) { resetPassword(input: $input) }`, {
        input: { token, password: 'un-secret-tout-neuf' },
      });
      expect((await attempt('oublieuse@exemple.fr', 'un-secret-tout-neuf', thief)).data).toBeTruthy();
    });
  });

  describe('enumeration', () => {
    /** Times `run` on a known and an unknown address, interleaved so both share the machine's noise. */
    async function compare(run: (known: boolean, i: number) => Promise<GraphqlResponse<unknown>>, runs = 7) {
      const times: Record<'known' | 'unknown', number[]> = { known: [], unknown: [] };
      const answers: Record<'known' | 'unknown', ReturnType<typeof observable>[]> = { known: [], unknown: [] };
      for (let i = 0; i < runs; i++) {
        for (const kind of ['known', 'unknown'] as const) {
          const started = performance.now();
          const res = await run(kind === 'known', i);
          times[kind].push(performance.now() - started);
          answers[kind].push(observable(res));
        }
      }
      const [known, unknown] = [median(times.known), median(times.unknown)];
      return { answers, ratio: Math.max(known, unknown) / Math.min(known, unknown) };
    }

    it('answers a wrong password and an unknown address alike at sign-in, in similar time', async () => {
      await signUp(t, { email: 'existe@exemple.fr' });
      const { answers, ratio } = await compare((known) =>
        attempt(known ? 'existe@exemple.fr' : 'existe-pas@exemple.fr', 'pas-le-bon-secret', newAddress()),
      );
      expect(answers.unknown).toEqual(answers.known);
      expect(answers.known[0]?.errors?.[0]?.extensions?.reason).toBe('WRONG_CREDENTIALS');
      expect(ratio).toBeLessThan(3);
    });

    it('answers a sign-up with a taken address and with a new one alike, in similar time', async () => {
      await signUp(t, { email: 'prise@exemple.fr' });
      const { answers, ratio } = await compare((known, i) =>
        t.gql(
          SIGN_UP,
          { input: signUpInput({ email: known ? 'prise@exemple.fr' : `libre-${i}-${Date.now()}@exemple.fr` }) },
          {
            headers: { 'x-forwarded-for': newAddress() },
          },
        ),
      );
      expect(answers.unknown).toEqual(answers.known);
      expect(answers.known[0]).toEqual({ status: 200, data: { signUp: { emailSent: true } }, errors: undefined, setsCookie: false });
      expect(ratio).toBeLessThan(3);
    });

    it('answers a password reset for a known and an unknown address alike, in similar time', async () => {
      await signUp(t, { email: 'reinit@exemple.fr' });
      const { answers, ratio } = await compare(
        (known) => t.gql(RESET_REQUEST, { email: known ? 'reinit@exemple.fr' : 'reinit-pas@exemple.fr' }),
        9,
      );
      expect(answers.unknown).toEqual(answers.known);
      expect(answers.known[0]?.data).toEqual({ requestPasswordReset: true });
      expect(ratio).toBeLessThan(3);
    });
  });
});

describe('Rate limits per address', () => {
  let t: TestApp;
  beforeAll(async () => {
    // The production defaults: 25 per address and operation every 5 minutes.
    t = await startTestApp({ TRUST_PROXY: 'true', AUTH_RATE_LIMIT: '25', AUTH_RATE_WINDOW_SECONDS: '300' });
  });
  afterAll(() => t.close());

  it('allows 25 sign-ins in five minutes from one address, refuses the 26th, and counts other addresses and operations apart', async () => {
    const from = '203.0.113.7';
    const results = [];
    for (let i = 0; i < 26; i++) {
      results.push(
        await t.gql(
          SIGN_IN,
          { input: { email: `x${i}@exemple.fr`, password: 'peu-importe-ici' } },
          { headers: { 'x-forwarded-for': from } },
        ),
      );
    }
    expect(results.slice(0, 25).map(errorReason)).toEqual(Array(25).fill('WRONG_CREDENTIALS'));
    const refused = results[25] as GraphqlResponse<unknown>;
    expect(errorCode(refused)).toBe('RATE_LIMITED');
    expect(errorReason(refused)).toBe('TOO_MANY_REQUESTS');
    expect(refused.errors?.[0]?.message).toMatch(/Trop de tentatives/);

    const elsewhere = await t.gql(
      SIGN_IN,
      { input: { email: 'x@exemple.fr', password: 'peu-importe-ici' } },
      { headers: { 'x-forwarded-for': '203.0.113.8' } },
    );
    expect(errorReason(elsewhere)).toBe('WRONG_CREDENTIALS');
    const reset = await t.gql(RESET_REQUEST, { email: 'x@exemple.fr' }, { headers: { 'x-forwarded-for': from } });
    expect(reset.data).toEqual({ requestPasswordReset: true });
  });

  it('counts an IPv6 client by its /64', async () => {
    const results = [];
    for (let i = 0; i < 26; i++) {
      results.push(
        await t.gql(
          RESET_REQUEST,
          { email: `v6-${i}@exemple.fr` },
          { headers: { 'x-forwarded-for': `2001:db8:1:2::${(i + 1).toString(16)}` } },
        ),
      );
    }
    expect(results.slice(0, 25).map((r) => r.data)).toEqual(Array(25).fill({ requestPasswordReset: true }));
    expect(errorCode(results[25] as GraphqlResponse<unknown>)).toBe('RATE_LIMITED');
    const otherNetwork = await t.gql(RESET_REQUEST, { email: 'v6@exemple.fr' }, { headers: { 'x-forwarded-for': '2001:db8:1:3::1' } });
    expect(otherNetwork.data).toEqual({ requestPasswordReset: true });
  });
});
