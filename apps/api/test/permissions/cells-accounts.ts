import { PASSWORD } from '../fixtures';
import { ALL, entry, SIGNED_IN, type Entry } from './cell';

/**
 * Accounts act on themselves (each signed-in column is a person signed up for the cell), the
 * platform's roles are the admins', and the public operations are open to anyone.
 */
export const ACCOUNT_CELLS: Entry[] = [
  entry({ coordinate: 'Query.me', scene: 'none', allowed: SIGNED_IN, run: () => [`{ me { id } }`, {}], seen: (d) => Boolean(d['me']) }),
  entry({
    coordinate: 'Query.members',
    scene: 'none',
    allowed: SIGNED_IN,
    run: () => [`{ members { totalCount } }`, {}],
  }),
  entry({
    coordinate: 'Mutation.updateProfile',
    scene: 'none',
    allowed: SIGNED_IN,
    throwaway: true,
    run: () => [`mutation { updateProfile(input: { bio: "Je fabrique des vélos." }) { id } }`, {}],
  }),
  entry({
    coordinate: 'Mutation.changePassword',
    scene: 'none',
    allowed: SIGNED_IN,
    throwaway: true,
    run: () => [
      `mutation($c: String!) { changePassword(input: { currentPassword: $c, newPassword: "un-tout-nouveau-mot-de-passe" }) }`,
      { c: PASSWORD },
    ],
  }),
  entry({
    coordinate: 'Mutation.resendVerificationEmail',
    scene: 'none',
    allowed: SIGNED_IN,
    throwaway: true,
    run: () => [`mutation { resendVerificationEmail }`, {}],
  }),
  entry({ coordinate: 'Mutation.signOut', scene: 'none', allowed: ALL, throwaway: true, run: () => [`mutation { signOut }`, {}] }),
  entry({
    coordinate: 'Mutation.setPlatformRole',
    scene: 'none',
    allowed: ['admin'],
    run: (_s, _me, cast) => [`mutation($a: ID!) { setPlatformRole(accountId: $a, role: MEMBER) { id } }`, { a: cast.requester.id }],
  }),

  // Open to anyone: refused would mean UNAUTHENTICATED or FORBIDDEN; a wrong token is not a refusal.
  entry({
    coordinate: 'Mutation.signIn',
    scene: 'none',
    allowed: ALL,
    open: true,
    run: (_s, _me, cast) => [
      `mutation($e: String!, $p: String!) { signIn(input: { email: $e, password: $p }) { accessToken } }`,
      { e: cast.requester.email, p: PASSWORD },
    ],
  }),
  entry({
    coordinate: 'Mutation.signUp',
    scene: 'none',
    allowed: ALL,
    open: true,
    run: () => [
      `mutation($i: SignUpInput!) { signUp(input: $i) { __typename } }`,
      {
        i: {
          email: `nouvelle-${Date.now()}-${Math.random().toString(36).slice(2)}@exemple.fr`,
          password: PASSWORD,
          displayName: 'Nouvelle personne',
          kind: 'YOUNG_PERSON',
          regionCode: '75',
          acceptTerms: true,
          confirmAge: true,
        },
      },
    ],
  }),
  entry({
    coordinate: 'Mutation.refreshSession',
    scene: 'none',
    // With the refresh cookie of one's own session (a visitor has none).
    allowed: SIGNED_IN,
    throwaway: true,
    cookie: true,
    run: () => [`mutation { refreshSession { accessToken } }`, {}],
  }),
  entry({
    coordinate: 'Mutation.verifyEmail',
    scene: 'none',
    allowed: ALL,
    open: true,
    run: () => [`mutation { verifyEmail(token: "pas-un-vrai-jeton") { __typename } }`, {}],
  }),
  entry({
    coordinate: 'Mutation.requestPasswordReset',
    scene: 'none',
    allowed: ALL,
    open: true,
    run: () => [`mutation { requestPasswordReset(email: "quelquun@exemple.fr") }`, {}],
  }),
  entry({
    coordinate: 'Mutation.resetPassword',
    scene: 'none',
    allowed: ALL,
    open: true,
    run: () => [`mutation { resetPassword(input: { token: "pas-un-vrai-jeton", password: "un-tout-nouveau-mot-de-passe" }) }`, {}],
  }),

  // The territories and the movement's public figures.
  entry({ coordinate: 'Query.regions', scene: 'none', allowed: ALL, run: () => [`{ regions { code } }`, {}] }),
  entry({ coordinate: 'Query.region', scene: 'none', allowed: ALL, run: () => [`{ region(code: "75") { code } }`, {}] }),
  entry({ coordinate: 'Query.departments', scene: 'none', allowed: ALL, run: () => [`{ departments(regionCode: "75") { code } }`, {}] }),
  entry({ coordinate: 'Query.movementFigures', scene: 'none', allowed: ALL, run: () => [`{ movementFigures { __typename } }`, {}] }),
  entry({
    coordinate: 'Query.previewMarkdown',
    scene: 'none',
    allowed: SIGNED_IN,
    run: () => [`{ previewMarkdown(body: "**Bonjour**") }`, {}],
  }),
];
