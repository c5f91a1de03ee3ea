import { linkToken, startMailCatcher } from './mail-catcher';
import { PASSWORD, SIGN_UP, signUp } from './fixtures';
import { errorCode, startTestApp, type TestApp } from './test-app';

const SIGN_IN = `mutation($input: SignInInput!) { signIn(input: $input) { accessToken account { id email } } }`;
const REFRESH = `mutation { refreshSession { accessToken account { id } } }`;
const ME = `{ me { id email emailVerified displayName kind regionCode region { name } departmentCode department { name } bio skills themes publicFields locale } }`;

const validInput = (email: string) => ({
  email,
  password: PASSWORD,
  displayName: 'Camille Martin',
  kind: 'SOCIAL_ENTREPRENEUR',
  regionCode: '75',
  departmentCode: '33',
  acceptTerms: true,
  confirmAge: true,
});

describe('Accounts', () => {
  let t: TestApp;
  let mail: Awaited<ReturnType<typeof startMailCatcher>>;

  beforeAll(async () => {
    mail = await startMailCatcher();
    t = await startTestApp({ SMTP_URL: mail.url });
  });
  afterAll(async () => {
    await t.close();
    await mail.close();
  });

  describe('signUp', () => {
    it('creates the account with a hashed password, the accepted terms, a session cookie and a confirmation email', async () => {
      const res = await t.gql<{ signUp: { accessToken: string; account: { email: string; emailVerified: boolean; role: string } } }>(
        SIGN_UP,
        {
          input: validInput('  Camille.Martin@Exemple.FR '),
        },
      );
      expect(res.errors).toBeUndefined();
      expect(res.data?.signUp.account).toMatchObject({ email: 'camille.martin@exemple.fr', emailVerified: false, role: 'MEMBER' });
      expect(res.data?.signUp.accessToken.split('.')).toHaveLength(3);
      const cookie = res.setCookies.find((c) => c.startsWith('mouvement_refresh='));
      expect(cookie).toMatch(/HttpOnly/);
      expect(cookie).toMatch(/Path=\/graphql/);
      expect(cookie).toMatch(/SameSite=Lax/);

      const { rows } = await t.db.query(
        `SELECT password_hash, terms_version, privacy_version, terms_accepted_at, age_confirmed_at FROM account WHERE email = 'camille.martin@exemple.fr'`,
      );
      expect(rows[0].password_hash).toMatch(/^\$argon2id\$/);
      expect(rows[0].terms_version).toBe('2026-11-27');
      expect(rows[0].age_confirmed_at).toBeInstanceOf(Date);

      const sent = await mail.waitFor('camille.martin@exemple.fr');
      expect(sent.subject).toBe('Confirmez votre adresse e-mail');
      expect(sent.text).toContain('Bonjour Camille Martin');
      expect(sent.html).toContain('Confirmer mon adresse');
    });

    it('confirms the email once with the emailed link, and refuses the same link twice', async () => {
      const member = await signUp(t, { email: 'confirme@exemple.fr' });
      const token = linkToken(await mail.waitFor('confirme@exemple.fr'), '/verifier-email');
      const ok = await t.gql(`mutation($token: String!) { verifyEmail(token: $token) }`, { token });
      expect(ok.data).toEqual({ verifyEmail: true });
      const me = await t.gql<{ me: { emailVerified: boolean } }>(ME, {}, { token: member.token });
      expect(me.data?.me.emailVerified).toBe(true);
      const again = await t.gql(`mutation($token: String!) { verifyEmail(token: $token) }`, { token });
      expect(errorCode(again)).toBe('BAD_USER_INPUT');
      expect(again.errors?.[0]?.message).toMatch(/plus valide/);
    });

    it('refuses a bad email and a short password, naming each field', async () => {
      const res = await t.gql(SIGN_UP, { input: { ...validInput('pas-une-adresse'), password: 'court' } });
      expect(errorCode(res)).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0]?.extensions?.fields).toEqual(
        expect.arrayContaining([
          { field: 'email', message: 'Adresse e-mail invalide.', reason: 'INVALID_EMAIL' },
          { field: 'password', message: 'Au moins 10 caractères.', reason: 'TOO_SHORT' },
        ]),
      );
      const { rows } = await t.db.query(`SELECT count(*)::int AS n FROM account WHERE email = 'pas-une-adresse'`);
      expect(rows[0].n).toBe(0);
    });

    it('refuses an email already used, whatever its case', async () => {
      await signUp(t, { email: 'doublon@exemple.fr' });
      const res = await t.gql(SIGN_UP, { input: validInput('DOUBLON@exemple.fr') });
      expect(errorCode(res)).toBe('CONFLICT');
      const { rows } = await t.db.query(`SELECT count(*)::int AS n FROM account WHERE lower(email) = 'doublon@exemple.fr'`);
      expect(rows[0].n).toBe(1);
    });

    it('refuses a department outside the chosen region, and an unknown region', async () => {
      const wrongPair = await t.gql(SIGN_UP, { input: { ...validInput('paire@exemple.fr'), regionCode: '53', departmentCode: '33' } });
      expect(errorCode(wrongPair)).toBe('BAD_USER_INPUT');
      expect(wrongPair.errors?.[0]?.extensions?.fields).toEqual([
        { field: 'departmentCode', message: "Ce département n'est pas dans la région choisie." },
      ]);
      const unknown = await t.gql(SIGN_UP, { input: { ...validInput('region@exemple.fr'), regionCode: '99', departmentCode: null } });
      expect(errorCode(unknown)).toBe('BAD_USER_INPUT');
    });

    it('refuses a sign-up without accepting the terms or confirming the age', async () => {
      const res = await t.gql(SIGN_UP, { input: { ...validInput('mineur@exemple.fr'), confirmAge: false, acceptTerms: false } });
      expect(errorCode(res)).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0]?.extensions?.fields?.map((f) => f.field).sort()).toEqual(['acceptTerms', 'confirmAge']);
    });

    it('writes the confirmation email in English for an English-speaking person', async () => {
      await t.gql(SIGN_UP, { input: validInput('alex@example.org') }, { headers: { 'accept-language': 'en-GB,en;q=0.9' } });
      const sent = await mail.waitFor('alex@example.org');
      expect(sent.subject).toBe('Confirm your email address');
    });
  });

  describe('signIn', () => {
    it('signs in with the right password, case-insensitively on the email', async () => {
      const member = await signUp(t, { email: 'entree@exemple.fr' });
      const res = await t.gql<{ signIn: { account: { id: string } } }>(SIGN_IN, {
        input: { email: 'ENTREE@exemple.fr', password: PASSWORD },
      });
      expect(res.data?.signIn.account.id).toBe(member.id);
      expect(res.cookies['mouvement_refresh']).toBeTruthy();
    });

    it('gives the same generic message for a wrong password and an unknown email', async () => {
      await signUp(t, { email: 'generique@exemple.fr' });
      const wrong = await t.gql(SIGN_IN, { input: { email: 'generique@exemple.fr', password: 'mauvais-mot-de-passe' } });
      const unknown = await t.gql(SIGN_IN, { input: { email: 'personne@exemple.fr', password: 'mauvais-mot-de-passe' } });
      expect(errorCode(wrong)).toBe('UNAUTHENTICATED');
      expect(wrong.errors?.[0]?.message).toBe('Adresse e-mail ou mot de passe incorrect.');
      expect(unknown.errors?.[0]?.message).toBe(wrong.errors?.[0]?.message);
    });

    it('throttles an account after five failures, even with the right password', async () => {
      await signUp(t, { email: 'force-brute@exemple.fr' });
      const attempts = await Promise.all(
        Array.from({ length: 5 }, () => t.gql(SIGN_IN, { input: { email: 'force-brute@exemple.fr', password: 'essai-numero-x' } })),
      );
      expect(attempts.map(errorCode)).toEqual(Array(5).fill('UNAUTHENTICATED'));
      const { rows } = await t.db.query(`SELECT failed_sign_ins FROM account WHERE email = 'force-brute@exemple.fr'`);
      expect(rows[0].failed_sign_ins).toBe(5);
      const right = await t.gql(SIGN_IN, { input: { email: 'force-brute@exemple.fr', password: PASSWORD } });
      expect(errorCode(right)).toBe('RATE_LIMITED');
    });
  });

  describe('sessions', () => {
    it('rotates the refresh token and revokes the family when an old one is replayed', async () => {
      const member = await signUp(t);
      const first = await t.gql<{ refreshSession: { accessToken: string; account: { id: string } } }>(
        REFRESH,
        {},
        { cookies: { mouvement_refresh: member.refresh } },
      );
      expect(first.data?.refreshSession.account.id).toBe(member.id);
      const rotated = first.cookies['mouvement_refresh'];
      expect(rotated).toBeTruthy();
      expect(rotated).not.toBe(member.refresh);

      const replay = await t.gql(REFRESH, {}, { cookies: { mouvement_refresh: member.refresh } });
      expect(errorCode(replay)).toBe('UNAUTHENTICATED');
      const afterTheft = await t.gql(REFRESH, {}, { cookies: { mouvement_refresh: rotated as string } });
      expect(errorCode(afterTheft)).toBe('UNAUTHENTICATED');
      const { rows } = await t.db.query(`SELECT count(*)::int AS n FROM refresh_token WHERE account_id = $1 AND revoked_at IS NULL`, [
        member.id,
      ]);
      expect(rows[0].n).toBe(0);
    });

    it('lets only one of two parallel refreshes with the same token through', async () => {
      const member = await signUp(t);
      const results = await Promise.all([0, 1].map(() => t.gql(REFRESH, {}, { cookies: { mouvement_refresh: member.refresh } })));
      expect(results.filter((r) => r.data?.refreshSession).length).toBe(1);
    });

    it('refuses an expired refresh token', async () => {
      const member = await signUp(t);
      await t.db.query(`UPDATE refresh_token SET expires_at = now() - interval '1 minute' WHERE account_id = $1`, [member.id]);
      const res = await t.gql(REFRESH, {}, { cookies: { mouvement_refresh: member.refresh } });
      expect(errorCode(res)).toBe('UNAUTHENTICATED');
      expect(res.cookies['mouvement_refresh']).toBe('');
    });

    it('signs out: the cookie is cleared and the refresh token no longer works', async () => {
      const member = await signUp(t);
      const out = await t.gql(`mutation { signOut }`, {}, { cookies: { mouvement_refresh: member.refresh } });
      expect(out.data).toEqual({ signOut: true });
      expect(out.cookies['mouvement_refresh']).toBe('');
      const res = await t.gql(REFRESH, {}, { cookies: { mouvement_refresh: member.refresh } });
      expect(errorCode(res)).toBe('UNAUTHENTICATED');
    });

    it('answers me with null for a visitor and refuses a forged token', async () => {
      expect((await t.gql(ME)).data).toEqual({ me: null });
      const forged = await t.gql(`mutation { updateProfile(input: { bio: "x" }) { id } }`, {}, { token: 'eyJhbGciOiJIUzI1NiJ9.e30.bad' });
      expect(errorCode(forged)).toBe('UNAUTHENTICATED');
    });
  });

  describe('password reset', () => {
    it('answers the same whether or not the email exists, and only emails an existing account', async () => {
      const unknown = await t.gql(`mutation { requestPasswordReset(email: "inconnu@exemple.fr") }`);
      expect(unknown.data).toEqual({ requestPasswordReset: true });
      await signUp(t, { email: 'oubli@exemple.fr' });
      const known = await t.gql(`mutation { requestPasswordReset(email: "Oubli@exemple.fr") }`);
      expect(known.data).toEqual(unknown.data);
      const sent = await mail.waitFor('oubli@exemple.fr', 2);
      expect(sent.subject).toBe('Réinitialisez votre mot de passe');
      expect(mail.mails.some((m) => m.to.includes('inconnu@exemple.fr'))).toBe(false);
    });

    it('sets the new password once, signs every session out, and refuses the link a second time', async () => {
      const member = await signUp(t, { email: 'nouveau@exemple.fr' });
      await t.gql(`mutation { requestPasswordReset(email: "nouveau@exemple.fr") }`);
      const token = linkToken(await mail.waitFor('nouveau@exemple.fr', 2), '/nouveau-mot-de-passe');
      const RESET = `mutation($input: ResetPasswordInput!) { resetPassword(input: $input) }`;
      const ok = await t.gql(RESET, { input: { token, password: 'tout-nouveau-secret' } });
      expect(ok.data).toEqual({ resetPassword: true });
      expect(errorCode(await t.gql(SIGN_IN, { input: { email: 'nouveau@exemple.fr', password: PASSWORD } }))).toBe('UNAUTHENTICATED');
      expect((await t.gql(SIGN_IN, { input: { email: 'nouveau@exemple.fr', password: 'tout-nouveau-secret' } })).data).toBeTruthy();
      expect(errorCode(await t.gql(REFRESH, {}, { cookies: { mouvement_refresh: member.refresh } }))).toBe('UNAUTHENTICATED');
      const reused = await t.gql(RESET, { input: { token, password: 'encore-un-autre-secret' } });
      expect(errorCode(reused)).toBe('BAD_USER_INPUT');
    });

    it('refuses an expired link', async () => {
      await signUp(t, { email: 'expire@exemple.fr' });
      await t.gql(`mutation { requestPasswordReset(email: "expire@exemple.fr") }`);
      const token = linkToken(await mail.waitFor('expire@exemple.fr', 2), '/nouveau-mot-de-passe');
      await t.db.query(`UPDATE account_token SET expires_at = now() - interval '1 second' WHERE purpose = 'RESET_PASSWORD'`);
      const res = await t.gql(`mutation($input: ResetPasswordInput!) { resetPassword(input: $input) }`, {
        input: { token, password: 'tout-nouveau-secret' },
      });
      expect(errorCode(res)).toBe('BAD_USER_INPUT');
    });
  });

  describe('profile', () => {
    it('edits the profile and its visibility, and keeps a department consistent with the region', async () => {
      const member = await signUp(t);
      const UPDATE = `mutation($input: UpdateProfileInput!) { updateProfile(input: $input) { bio skills themes publicFields regionCode departmentCode department { name } } }`;
      const res = await t.gql<{ updateProfile: Record<string, unknown> }>(
        UPDATE,
        {
          input: {
            bio: 'Coopératrice à Bègles',
            skills: [' gouvernance ', 'finance solidaire'],
            themes: ['ENERGY', 'MOBILITY'],
            publicFields: ['BIO', 'THEMES'],
            departmentCode: '24',
          },
        },
        { token: member.token },
      );
      expect(res.errors).toBeUndefined();
      expect(res.data?.updateProfile).toEqual({
        bio: 'Coopératrice à Bègles',
        skills: ['gouvernance', 'finance solidaire'],
        themes: ['ENERGY', 'MOBILITY'],
        publicFields: ['BIO', 'THEMES'],
        regionCode: '75',
        departmentCode: '24',
        department: { name: 'Dordogne' },
      });
      const { rows } = await t.db.query(`SELECT bio, public_fields FROM account WHERE id = $1`, [member.id]);
      expect(rows[0]).toEqual({ bio: 'Coopératrice à Bègles', public_fields: ['BIO', 'THEMES'] });

      const moved = await t.gql<{ updateProfile: { regionCode: string; departmentCode: string | null } }>(
        UPDATE,
        { input: { regionCode: '53' } },
        { token: member.token },
      );
      expect(moved.data?.updateProfile).toMatchObject({ regionCode: '53', departmentCode: null });
      const bad = await t.gql(UPDATE, { input: { departmentCode: '33' } }, { token: member.token });
      expect(errorCode(bad)).toBe('BAD_USER_INPUT');
    });

    it('refuses profile edits from a visitor', async () => {
      const res = await t.gql(`mutation { updateProfile(input: { bio: "x" }) { id } }`);
      expect(errorCode(res)).toBe('UNAUTHENTICATED');
    });

    it('changes the password only with the current one', async () => {
      const member = await signUp(t);
      const CHANGE = `mutation($input: ChangePasswordInput!) { changePassword(input: $input) }`;
      const wrong = await t.gql(
        CHANGE,
        { input: { currentPassword: 'pas-le-bon-mot', newPassword: 'encore-plus-solide' } },
        { token: member.token },
      );
      expect(errorCode(wrong)).toBe('BAD_USER_INPUT');
      expect(wrong.errors?.[0]?.extensions?.fields?.[0]?.field).toBe('currentPassword');
      const ok = await t.gql(
        CHANGE,
        { input: { currentPassword: PASSWORD, newPassword: 'encore-plus-solide' } },
        { token: member.token, cookies: { mouvement_refresh: member.refresh } },
      );
      expect(ok.data).toEqual({ changePassword: true });
      expect((await t.gql(SIGN_IN, { input: { email: member.email, password: 'encore-plus-solide' } })).data).toBeTruthy();
      // This session stays signed in.
      expect((await t.gql(REFRESH, {}, { cookies: { mouvement_refresh: member.refresh } })).data).toBeTruthy();
    });
  });
});

describe('Rate limits per IP', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ AUTH_RATE_LIMIT: '3' });
  });
  afterAll(() => t.close());

  it('refuses the fourth sign-in attempt in a minute from one address', async () => {
    const results = [];
    for (let i = 0; i < 4; i++) results.push(await t.gql(SIGN_IN, { input: { email: `x${i}@exemple.fr`, password: 'peu-importe-ici' } }));
    expect(results.slice(0, 3).map(errorCode)).toEqual(['UNAUTHENTICATED', 'UNAUTHENTICATED', 'UNAUTHENTICATED']);
    expect(errorCode(results[3] as (typeof results)[number])).toBe('RATE_LIMITED');
    expect(results[3]?.errors?.[0]?.message).toMatch(/Trop de tentatives/);
  });
});
