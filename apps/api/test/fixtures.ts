import { caughtMails, linkToken, type CaughtMail } from './mail-catcher';
import { sentTo } from './mailbox';
import type { TestApp } from './test-app';

export const PASSWORD = 'un-mot-de-passe-solide';

export interface SignedIn {
  id: string;
  email: string;
  token: string;
  refresh: string;
}

let counter = 0;

export const SIGN_UP = `mutation SignUp($input: SignUpInput!) { signUp(input: $input) { emailSent } }`;

export const VERIFY_EMAIL = `mutation VerifyEmail($token: String!) {
  verifyEmail(token: $token) { accessToken accessTokenExpiresAt account { id email emailVerified displayName kind role regionCode departmentCode locale } }
}`;

/** The sign-up input of a valid new member, with `overrides`. */
export function signUpInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  counter += 1;
  return {
    email: `membre${counter}-${Date.now()}@exemple.fr`,
    password: PASSWORD,
    displayName: `Membre ${counter}`,
    kind: 'SOCIAL_ENTREPRENEUR',
    regionCode: '75',
    departmentCode: '33',
    acceptTerms: true,
    confirmAge: true,
    ...overrides,
  };
}

const CONFIRMATION = /^(Confirmez votre adresse|Confirm your email)/;

/** The token of the newest confirmation link mailed to an address (in the mailbox, or an SMTP catcher's). */
export async function confirmationToken(t: TestApp, email: string): Promise<string> {
  let mail: CaughtMail | undefined;
  if (t.config.smtpUrl) {
    for (let i = 0; i < 500 && !mail; i++) {
      mail = caughtMails
        .flat()
        .filter((m) => sentTo(m, email) && CONFIRMATION.test(m.subject))
        .at(-1);
      if (!mail) await new Promise((r) => setTimeout(r, 10));
    }
    if (!mail) throw new Error(`No confirmation mail to ${email}`);
  } else {
    mail = await t.mail.waitForSubject(email, CONFIRMATION);
  }
  return linkToken(mail, '/verifier-email');
}

/**
 * Signs a new member up through the API as a person does: sign-up, then the confirmation link from
 * the mail, which signs in. Returns their access token and refresh cookie.
 */
export async function signUp(t: TestApp, overrides: Record<string, unknown> = {}): Promise<SignedIn> {
  const input = signUpInput(overrides);
  const email = String(input['email']).trim().toLowerCase();
  const res = await t.gql<{ signUp: { emailSent: boolean } }>(SIGN_UP, { input });
  if (!res.data?.signUp.emailSent) throw new Error(`signUp failed: ${JSON.stringify(res.errors)}`);
  const verified = await t.gql<{ verifyEmail: { accessToken: string; account: { id: string; email: string } } }>(VERIFY_EMAIL, {
    token: await confirmationToken(t, email),
  });
  if (!verified.data) throw new Error(`verifyEmail failed: ${JSON.stringify(verified.errors)}`);
  return {
    id: verified.data.verifyEmail.account.id,
    email: verified.data.verifyEmail.account.email,
    token: verified.data.verifyEmail.accessToken,
    refresh: verified.cookies['mouvement_refresh'] ?? '',
  };
}

/** Signs in through the API, optionally from a given client address (with TRUST_PROXY=true). */
export async function signIn(t: TestApp, email: string, password = PASSWORD, from?: string): Promise<SignedIn> {
  const res = await t.gql<{ signIn: { accessToken: string; account: { id: string; email: string } } }>(
    `mutation($i: SignInInput!) { signIn(input: $i) { accessToken account { id email } } }`,
    { i: { email, password } },
    from ? { headers: { 'x-forwarded-for': from } } : {},
  );
  if (!res.data) throw new Error(`signIn failed: ${JSON.stringify(res.errors)}`);
  return {
    id: res.data.signIn.account.id,
    email: res.data.signIn.account.email,
    token: res.data.signIn.accessToken,
    refresh: res.cookies['mouvement_refresh'] ?? '',
  };
}

/**
 * Makes an account a platform admin directly in the database. The role is read from the database
 * on each request, so the member's tokens carry it at once; a fresh session is returned anyway.
 */
export async function makeAdmin(t: TestApp, member: SignedIn): Promise<SignedIn> {
  await t.db.query(`UPDATE account SET role = 'ADMIN' WHERE id = $1`, [member.id]);
  return signIn(t, member.email);
}
