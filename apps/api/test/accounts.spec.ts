import { linkToken, type CaughtMail } from './mail-catcher';
import { sentTo } from './mailbox';
import { confirmationToken, PASSWORD, SIGN_UP, signIn, signUp, signUpInput, VERIFY_EMAIL } from './fixtures';
import { errorCode, errorReason, startTestApp, type TestApp } from './test-app';

const SIGN_IN = `mutation($input: SignInInput!) { signIn(input: $input) { accessToken account { id email } } }`;
const REFRESH = `mutation { refreshSession { accessToken account { id } } }`;
const ME = `{ me { id email emailVerified displayName kind regionCode region { name } departmentCode department { name } bio skills themes publicFields locale } }`;
const RESET = `mutation($input: ResetPasswordInput!) { resetPassword(input: $input) }`;
const CHANGE = `mutation($input: ChangePasswordInput!) { changePassword(input: $input) }`;

const validInput = (email: string) => signUpInput({ email, displayName: 'Camille Martin' });

describe('Accounts', () => {
  let t: TestApp;
  const mail = () => t.mail;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  describe('signUp', () => {
    it('creates the account unconfirmed, with a hashed password and the accepted terms, starts no session, and mails the confirmation link', async () => {
      const res = await t.gql<{ signUp: { emailSent: boolean } }>(SIGN_UP, { input: validInput('  Camille.Martin@Exemple.FR ') });
      expect(res.errors).toBeUndefined();
      expect(res.data).toEqual({ signUp: { emailSent: true } });
      expect(res.setCookies).toEqual([]);
      // The account is written after the answer leaves (so its time tells nothing): its mail says it is done.
      await mail().waitFor('camille.martin@exemple.fr');

      const { rows } = await t.db.query(
        `SELECT password_hash, terms_version, age_confirmed_at, email_verified_at, last_sign_in_at FROM account WHERE email = 'camille.martin@exemple.fr'`,
      );
      expect(rows[0].password_hash).toMatch(/^\$argon2id\$/);
      expect(rows[0].terms_version).toBe('2026-11-27');
      expect(rows[0].age_confirmed_at).toBeInstanceOf(Date);
      expect(rows[0].email_verified_at).toBeNull();
      expect(rows[0].last_sign_in_at).toBeNull();
      const sessions = await t.db.query(
        `SELECT count(*)::int AS n FROM refresh_token r JOIN account a ON a.id = r.account_id WHERE a.email = $1`,
        ['camille.martin@exemple.fr'],
      );
      expect(sessions.rows[0].n).toBe(0);

      const sent = await mail().waitFor('camille.martin@exemple.fr');
      expect(sent.subject).toBe('Confirmez votre adresse e-mail');
      expect(sent.text).toContain('Bonjour Camille Martin');
      expect(sent.html).toContain('Confirmer mon adresse');
    });

    it('signs in with the confirmation link, once: the session payload, the refresh cookie, a confirmed address', async () => {
      await t.gql(SIGN_UP, { input: validInput('confirme@exemple.fr') });
      const token = await confirmationToken(t, 'confirme@exemple.fr');
      const ok = await t.gql<{ verifyEmail: { accessToken: string; account: { email: string; emailVerified: boolean; role: string } } }>(
        VERIFY_EMAIL,
        { token },
      );
      expect(ok.errors).toBeUndefined();
      expect(ok.data?.verifyEmail.account).toMatchObject({ email: 'confirme@exemple.fr', emailVerified: true, role: 'MEMBER' });
      const cookie = ok.setCookies.find((c) => c.startsWith('mouvement_refresh='));
      expect(cookie).toMatch(/HttpOnly/);
      expect(cookie).toMatch(/Path=\/graphql/);
      expect(cookie).toMatch(/SameSite=Lax/);
      const me = await t.gql<{ me: { email: string; emailVerified: boolean } }>(ME, {}, { token: ok.data?.verifyEmail.accessToken });
      expect(me.data?.me).toMatchObject({ email: 'confirme@exemple.fr', emailVerified: true });
      const refreshed = await t.gql(REFRESH, {}, { cookies: { mouvement_refresh: ok.cookies['mouvement_refresh'] as string } });
      expect(refreshed.errors).toBeUndefined();
      const { rows } = await t.db.query(`SELECT email_verified_at, last_sign_in_at FROM account WHERE email = 'confirme@exemple.fr'`);
      expect(rows[0].email_verified_at).toBeInstanceOf(Date);
      expect(rows[0].last_sign_in_at).toBeInstanceOf(Date);

      const again = await t.gql(VERIFY_EMAIL, { token });
      expect(errorCode(again)).toBe('BAD_USER_INPUT');
      expect(errorReason(again)).toBe('LINK_INVALID');
      expect(again.errors?.[0]?.message).toMatch(/plus valide/);
      expect(again.setCookies).toEqual([]);
    });

    it('answers an address that has an account exactly as a new one, changes nothing, and mails its owner instead', async () => {
      const owner = await signUp(t, { email: 'doublon@exemple.fr' });
      const fresh = await t.gql(SIGN_UP, { input: validInput('tout-neuf@exemple.fr') });
      const taken = await t.gql(SIGN_UP, { input: { ...validInput('DOUBLON@exemple.fr'), password: 'un-autre-mot-de-passe' } });
      expect(taken.data).toEqual(fresh.data);
      expect(taken.errors).toEqual(fresh.errors);
      expect(taken.status).toBe(fresh.status);
      expect(taken.setCookies).toEqual([]);
      expect(fresh.setCookies).toEqual([]);

      const { rows } = await t.db.query(`SELECT count(*)::int AS n FROM account WHERE lower(email) = 'doublon@exemple.fr'`);
      expect(rows[0].n).toBe(1);
      // The owner's password and session are untouched.
      expect((await signIn(t, 'doublon@exemple.fr')).id).toBe(owner.id);
      expect(errorCode(await t.gql(SIGN_IN, { input: { email: 'doublon@exemple.fr', password: 'un-autre-mot-de-passe' } }))).toBe(
        'UNAUTHENTICATED',
      );

      const notice = await mail().waitFor('doublon@exemple.fr', 2);
      expect(notice.subject).toBe('Quelqu’un a essayé de créer un compte avec votre adresse');
      expect(notice.text).toContain('http://localhost:3000/connexion');
      expect(notice.text).toContain('http://localhost:3000/mot-de-passe-oublie');
      expect(notice.html).toContain('Mot de passe oublié ?');
      expect(notice.text).not.toMatch(/token=/);
    });

    it('mails the notice in the account’s language, at most once every ten minutes', async () => {
      await signUp(t, { email: 'alex.deja@example.org', locale: 'en' });
      await t.gql(SIGN_UP, { input: validInput('alex.deja@example.org') });
      const notice = await mail().waitFor('alex.deja@example.org', 2);
      expect(notice.subject).toBe('Someone tried to create an account with your address');
      expect(notice.text).toContain('Forgot your password?');
      const noticeAt = async () =>
        (await t.db.query(`SELECT sign_up_notice_at FROM account WHERE email = 'alex.deja@example.org'`)).rows[0].sign_up_notice_at;
      const first = await noticeAt();
      const again = await t.gql(SIGN_UP, { input: validInput('alex.deja@example.org') });
      expect(again.data).toEqual({ signUp: { emailSent: true } });
      expect(await noticeAt()).toEqual(first);
      await t.db.query(
        `UPDATE account SET sign_up_notice_at = sign_up_notice_at - interval '11 minutes' WHERE email = 'alex.deja@example.org'`,
      );
      await t.gql(SIGN_UP, { input: validInput('alex.deja@example.org') });
      await mail().waitFor('alex.deja@example.org', 3);
      expect((await mail().mails()).filter((m) => m.to === 'alex.deja@example.org')).toHaveLength(3);
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
      const sent = await mail().waitFor('alex@example.org');
      expect(sent.subject).toBe('Confirm your email address');
      expect(sent.text).toContain('signs you in');
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

    it('gives the same whole answer for a wrong password and an unknown email, with no cookie', async () => {
      await signUp(t, { email: 'generique@exemple.fr' });
      const wrong = await t.gql(SIGN_IN, { input: { email: 'generique@exemple.fr', password: 'mauvais-mot-de-passe' } });
      const unknown = await t.gql(SIGN_IN, { input: { email: 'personne@exemple.fr', password: 'mauvais-mot-de-passe' } });
      expect(errorCode(wrong)).toBe('UNAUTHENTICATED');
      expect(errorReason(wrong)).toBe('WRONG_CREDENTIALS');
      expect(wrong.errors?.[0]?.message).toMatch(/^Adresse e-mail ou mot de passe incorrect\./);
      expect({ data: unknown.data, errors: unknown.errors, status: unknown.status }).toEqual({
        data: wrong.data,
        errors: wrong.errors,
        status: wrong.status,
      });
      expect(wrong.setCookies).toEqual([]);
      expect(unknown.setCookies).toEqual([]);
    });

    it('answers the right password of an unconfirmed address like a wrong one, and mails a new confirmation link', async () => {
      await t.gql(SIGN_UP, { input: validInput('pas-confirme@exemple.fr') });
      const first = await confirmationToken(t, 'pas-confirme@exemple.fr');
      const right = await t.gql(SIGN_IN, { input: { email: 'pas-confirme@exemple.fr', password: PASSWORD } });
      const wrong = await t.gql(SIGN_IN, { input: { email: 'pas-confirme@exemple.fr', password: 'mauvais-mot-de-passe' } });
      expect(right.errors).toEqual(wrong.errors);
      expect(right.setCookies).toEqual([]);
      await mail().waitFor('pas-confirme@exemple.fr', 2);
      const second = await confirmationToken(t, 'pas-confirme@exemple.fr');
      expect(second).not.toBe(first);
      expect((await t.gql(VERIFY_EMAIL, { token: second })).data).toBeTruthy();
      expect((await signIn(t, 'pas-confirme@exemple.fr')).email).toBe('pas-confirme@exemple.fr');
    });
  });

  describe('password reset', () => {
    const requestReset = (email: string) => t.gql(`mutation($email: String!) { requestPasswordReset(email: $email) }`, { email });
    /** The `count`-th reset link mailed to the address (other mails, such as "your password was changed", are skipped). */
    const resetToken = async (email: string, count: number) => {
      for (let i = 0; i < 500; i++) {
        const resets = (await mail().mails()).filter((m) => sentTo(m, email) && m.subject.startsWith('Réinitialisez'));
        if (resets.length >= count - 1) return linkToken(resets[count - 2] as CaughtMail, '/nouveau-mot-de-passe');
        await new Promise((r) => setTimeout(r, 10));
      }
      throw new Error(`no reset link number ${count - 1} for ${email}`);
    };

    it('answers the same whether or not the email exists, and only emails an existing account', async () => {
      const unknown = await requestReset('inconnu@exemple.fr');
      expect(unknown.data).toEqual({ requestPasswordReset: true });
      await signUp(t, { email: 'oubli@exemple.fr' });
      const known = await requestReset('Oubli@exemple.fr');
      expect(known.data).toEqual(unknown.data);
      expect(known.setCookies).toEqual(unknown.setCookies);
      const sent = await mail().waitFor('oubli@exemple.fr', 2);
      expect(sent.subject).toBe('Réinitialisez votre mot de passe');
      expect((await mail().mails()).some((m) => m.to.includes('inconnu@exemple.fr'))).toBe(false);
    });

    it('sets the new password once, ends every session at once, and refuses the link a second time', async () => {
      const member = await signUp(t, { email: 'nouveau@exemple.fr' });
      const other = await signIn(t, 'nouveau@exemple.fr');
      await requestReset('nouveau@exemple.fr');
      const token = await resetToken('nouveau@exemple.fr', 2);
      const ok = await t.gql(RESET, { input: { token, password: 'tout-nouveau-secret' } });
      expect(ok.data).toEqual({ resetPassword: true });
      expect(errorCode(await t.gql(SIGN_IN, { input: { email: 'nouveau@exemple.fr', password: PASSWORD } }))).toBe('UNAUTHENTICATED');
      expect((await t.gql(SIGN_IN, { input: { email: 'nouveau@exemple.fr', password: 'tout-nouveau-secret' } })).data).toBeTruthy();
      for (const session of [member, other]) {
        expect(errorCode(await t.gql(REFRESH, {}, { cookies: { mouvement_refresh: session.refresh } }))).toBe('UNAUTHENTICATED');
        const stale = await t.gql(ME, {}, { token: session.token });
        expect(errorCode(stale)).toBe('UNAUTHENTICATED');
        expect(errorReason(stale)).toBe('SESSION_REVOKED');
      }
      const reused = await t.gql(RESET, { input: { token, password: 'encore-un-autre-secret' } });
      expect(errorCode(reused)).toBe('BAD_USER_INPUT');
    });

    it('voids every other outstanding reset link of the account, on a reset and on a password change', async () => {
      const member = await signUp(t, { email: 'liens@exemple.fr' });
      for (let i = 0; i < 3; i++) await requestReset('liens@exemple.fr');
      const [first, second, third] = [
        await resetToken('liens@exemple.fr', 2),
        await resetToken('liens@exemple.fr', 3),
        await resetToken('liens@exemple.fr', 4),
      ];
      expect((await t.gql(RESET, { input: { token: second, password: 'secret-numero-deux' } })).data).toEqual({ resetPassword: true });
      for (const stale of [first, third]) {
        const res = await t.gql(RESET, { input: { token: stale, password: 'secret-de-l-attaquant' } });
        expect(errorReason(res)).toBe('LINK_INVALID');
      }
      const { rows } = await t.db.query(`SELECT count(*)::int AS n FROM account_token WHERE account_id = $1 AND used_at IS NULL`, [
        member.id,
      ]);
      expect(rows[0].n).toBe(0);

      const session = await signIn(t, 'liens@exemple.fr', 'secret-numero-deux');
      await requestReset('liens@exemple.fr');
      const pending = await resetToken('liens@exemple.fr', 5);
      const changed = await t.gql(
        CHANGE,
        { input: { currentPassword: 'secret-numero-deux', newPassword: 'secret-numero-trois' } },
        { token: session.token },
      );
      expect(changed.data).toEqual({ changePassword: true });
      expect(errorReason(await t.gql(RESET, { input: { token: pending, password: 'secret-de-l-attaquant' } }))).toBe('LINK_INVALID');
      expect((await signIn(t, 'liens@exemple.fr', 'secret-numero-trois')).id).toBe(member.id);
    });

    it('mails at most five reset links per half hour to one account, answering the same', async () => {
      const member = await signUp(t, { email: 'inonde@exemple.fr' });
      const answers = [];
      for (let i = 0; i < 7; i++) answers.push((await requestReset('inonde@exemple.fr')).data);
      expect(answers).toEqual(Array(7).fill({ requestPasswordReset: true }));
      const { rows } = await t.db.query(
        `SELECT count(*)::int AS n FROM account_token WHERE account_id = $1 AND purpose = 'RESET_PASSWORD'`,
        [member.id],
      );
      expect(rows[0].n).toBe(5);
    });

    it('refuses an expired link', async () => {
      await signUp(t, { email: 'expire@exemple.fr' });
      await requestReset('expire@exemple.fr');
      const token = await resetToken('expire@exemple.fr', 2);
      await t.db.query(`UPDATE account_token SET expires_at = now() - interval '1 second' WHERE purpose = 'RESET_PASSWORD'`);
      const res = await t.gql(RESET, { input: { token, password: 'tout-nouveau-secret' } });
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

    it('changes the password only with the current one; every other session ends at once, this one stays', async () => {
      const member = await signUp(t);
      const elsewhere = await signIn(t, member.email);
      const wrong = await t.gql(
        CHANGE,
        { input: { currentPassword: 'pas-le-bon-mot', newPassword: 'encore-plus-solide' } },
        { token: member.token },
      );
      expect(errorCode(wrong)).toBe('BAD_USER_INPUT');
      expect(wrong.errors?.[0]?.extensions?.fields?.[0]?.field).toBe('currentPassword');
      // No refresh cookie sent: the session that stays is the access token's.
      const ok = await t.gql(CHANGE, { input: { currentPassword: PASSWORD, newPassword: 'encore-plus-solide' } }, { token: member.token });
      expect(ok.data).toEqual({ changePassword: true });
      expect((await t.gql(SIGN_IN, { input: { email: member.email, password: 'encore-plus-solide' } })).data).toBeTruthy();

      expect((await t.gql<{ me: { id: string } }>(ME, {}, { token: member.token })).data?.me.id).toBe(member.id);
      expect((await t.gql(REFRESH, {}, { cookies: { mouvement_refresh: member.refresh } })).data).toBeTruthy();
      const stale = await t.gql(ME, {}, { token: elsewhere.token });
      expect(errorReason(stale)).toBe('SESSION_REVOKED');
      expect(errorCode(await t.gql(REFRESH, {}, { cookies: { mouvement_refresh: elsewhere.refresh } }))).toBe('UNAUTHENTICATED');
    });
  });

  describe('links and notices that close the gaps a newcomer finds', () => {
    const mailsTo = async (email: string, subject: string) =>
      (await mail().mails()).filter((m) => sentTo(m, email) && m.subject.startsWith(subject));
    const waitMails = async (email: string, subject: string, count: number) => {
      for (let i = 0; i < 500; i++) {
        const found = await mailsTo(email, subject);
        if (found.length >= count) return found;
        await new Promise((r) => setTimeout(r, 10));
      }
      throw new Error(`fewer than ${count} mails "${subject}" to ${email}`);
    };

    it('voids the other confirmation links once the address is confirmed, so a leftover one no longer signs in', async () => {
      const input = signUpInput({ email: 'deux-liens@exemple.fr' });
      await t.gql(SIGN_UP, { input });
      const [first] = await waitMails('deux-liens@exemple.fr', 'Confirmez', 1);
      // Signing in before confirming mails a second link.
      await t.gql(SIGN_IN, { input: { email: 'deux-liens@exemple.fr', password: PASSWORD } });
      const [, second] = await waitMails('deux-liens@exemple.fr', 'Confirmez', 2);
      expect((await t.gql(VERIFY_EMAIL, { token: linkToken(first as CaughtMail, '/verifier-email') })).data).toBeTruthy();
      const leftover = await t.gql(VERIFY_EMAIL, { token: linkToken(second as CaughtMail, '/verifier-email') });
      expect(errorReason(leftover)).toBe('LINK_INVALID');
      expect(leftover.setCookies.filter((c) => !c.includes('Expires=Thu, 01 Jan 1970'))).toEqual([]);
      const { rows } = await t.db.query(
        `SELECT count(*)::int AS n FROM account_token t JOIN account a ON a.id = t.account_id WHERE a.email = $1 AND t.used_at IS NULL`,
        ['deux-liens@exemple.fr'],
      );
      expect(rows[0].n).toBe(0);
    });

    it('lets the owner of an address choose the password of an account someone else opened with it and never confirmed', async () => {
      // Someone opens an account with an address that is not theirs; it stays unconfirmed.
      await t.gql(SIGN_UP, { input: signUpInput({ email: 'preempte@exemple.fr', password: 'mot-de-passe-de-l-intrus' }) });
      await waitMails('preempte@exemple.fr', 'Confirmez', 1);
      // The owner signs up in turn: same answer, and a mail to choose the password.
      const again = await t.gql(SIGN_UP, {
        input: signUpInput({ email: 'preempte@exemple.fr', password: 'le-mot-de-passe-de-la-proprio' }),
      });
      expect(again.data).toEqual({ signUp: { emailSent: true } });
      const [pending] = await waitMails('preempte@exemple.fr', 'Finalisez', 1);
      expect(pending?.text).toContain('choisissez son mot de passe');
      const token = linkToken(pending as CaughtMail, '/nouveau-mot-de-passe');
      expect((await t.gql(RESET, { input: { token, password: 'le-mot-de-passe-de-la-proprio' } })).data).toEqual({ resetPassword: true });
      // The intruder's password no longer opens anything; the owner's does, and the address is confirmed.
      expect(errorCode(await t.gql(SIGN_IN, { input: { email: 'preempte@exemple.fr', password: 'mot-de-passe-de-l-intrus' } }))).toBe(
        'UNAUTHENTICATED',
      );
      expect(
        (await t.gql(SIGN_IN, { input: { email: 'preempte@exemple.fr', password: 'le-mot-de-passe-de-la-proprio' } })).data,
      ).toBeTruthy();
      const { rows } = await t.db.query(`SELECT email_verified_at IS NOT NULL AS confirmed FROM account WHERE email = $1`, [
        'preempte@exemple.fr',
      ]);
      expect(rows).toEqual([{ confirmed: true }]);
    });

    it('tells the owner by mail when their password was changed or reset', async () => {
      const member = await signUp(t, { email: 'prevenue@exemple.fr' });
      await t.gql(CHANGE, { input: { currentPassword: PASSWORD, newPassword: 'un-secret-tout-neuf' } }, { token: member.token });
      const [changed] = await waitMails('prevenue@exemple.fr', 'Votre mot de passe a été changé', 1);
      expect(changed?.text).toContain('Ce n’était pas moi');
      await t.gql(`mutation($e: String!) { requestPasswordReset(email: $e) }`, { e: 'prevenue@exemple.fr' });
      const [reset] = await waitMails('prevenue@exemple.fr', 'Réinitialisez', 1);
      await t.gql(RESET, { input: { token: linkToken(reset as CaughtMail, '/nouveau-mot-de-passe'), password: 'encore-un-autre-secret' } });
      await waitMails('prevenue@exemple.fr', 'Votre mot de passe a été changé', 2);
    });
  });
});
