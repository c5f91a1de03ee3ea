import type { TestApp } from './test-app';

export const PASSWORD = 'un-mot-de-passe-solide';

export interface SignedIn {
  id: string;
  email: string;
  token: string;
  refresh: string;
}

let counter = 0;

export const SIGN_UP = `mutation SignUp($input: SignUpInput!) {
  signUp(input: $input) { accessToken accessTokenExpiresAt account { id email emailVerified displayName kind role regionCode departmentCode locale } }
}`;

/** Signs a new member up through the API and returns their tokens. */
export async function signUp(t: TestApp, overrides: Record<string, unknown> = {}): Promise<SignedIn> {
  counter += 1;
  const email = (overrides['email'] as string | undefined) ?? `membre${counter}-${Date.now()}@exemple.fr`;
  const res = await t.gql<{ signUp: { accessToken: string; account: { id: string; email: string } } }>(SIGN_UP, {
    input: {
      email,
      password: PASSWORD,
      displayName: `Membre ${counter}`,
      kind: 'SOCIAL_ENTREPRENEUR',
      regionCode: '75',
      departmentCode: '33',
      acceptTerms: true,
      confirmAge: true,
      ...overrides,
    },
  });
  if (!res.data) throw new Error(`signUp failed: ${JSON.stringify(res.errors)}`);
  return {
    id: res.data.signUp.account.id,
    email: res.data.signUp.account.email,
    token: res.data.signUp.accessToken,
    refresh: res.cookies['mouvement_refresh'] ?? '',
  };
}

/** Makes an account a platform admin directly in the database and signs in again for a fresh token. */
export async function makeAdmin(t: TestApp, member: SignedIn): Promise<SignedIn> {
  await t.db.query(`UPDATE account SET role = 'ADMIN' WHERE id = $1`, [member.id]);
  const res = await t.gql<{ signIn: { accessToken: string } }>(`mutation($i: SignInInput!) { signIn(input: $i) { accessToken } }`, {
    i: { email: member.email, password: PASSWORD },
  });
  if (!res.data) throw new Error(`signIn failed: ${JSON.stringify(res.errors)}`);
  return { ...member, token: res.data.signIn.accessToken, refresh: res.cookies['mouvement_refresh'] ?? '' };
}
