import { installStatementCounter } from '@mouvement/api-core';
import { makeAdmin, signIn, signUp } from './fixtures';
import { errorCode, errorReason, startTestApp, type GraphqlResponse, type TestApp } from './test-app';

const REFRESH = `mutation { refreshSession { accessToken account { id } } }`;
const ME = `{ me { id role } }`;
const SET_ROLE = `mutation($id: ID!, $role: PlatformRole!) { setPlatformRole(accountId: $id, role: $role) { id role } }`;

type Refreshed = GraphqlResponse<{ refreshSession: { accessToken: string; account: { id: string } } }>;

describe('Sessions', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const refresh = (cookie: string): Promise<Refreshed> => t.gql(REFRESH, {}, { cookies: { mouvement_refresh: cookie } });
  const family = async (accountId: string) =>
    (
      await t.db.query<{ family_id: string; revoked: boolean }>(
        `SELECT family_id, revoked_at IS NOT NULL AS revoked FROM refresh_token WHERE account_id = $1`,
        [accountId],
      )
    ).rows;
  const expectRevoked = (res: GraphqlResponse<unknown>) => {
    expect(errorCode(res)).toBe('UNAUTHENTICATED');
    expect(errorReason(res)).toBe('SESSION_REVOKED');
    expect(res.errors?.[0]?.message).toMatch(/session a pris fin/);
  };

  describe('the access token stops working at once', () => {
    it('after sign-out: the cookie is cleared, the refresh token and the access token are refused', async () => {
      const member = await signUp(t);
      const other = await signIn(t, member.email);
      expect((await t.gql(ME, {}, { token: member.token })).data).toEqual({ me: { id: member.id, role: 'MEMBER' } });
      const out = await t.gql(`mutation { signOut }`, {}, { cookies: { mouvement_refresh: member.refresh } });
      expect(out.data).toEqual({ signOut: true });
      expect(out.cookies['mouvement_refresh']).toBe('');
      expect(errorCode(await refresh(member.refresh))).toBe('UNAUTHENTICATED');
      expectRevoked(await t.gql(ME, {}, { token: member.token }));
      expectRevoked(await t.gql(`mutation { updateProfile(input: { bio: "après" }) { id } }`, {}, { token: member.token }));
      // Another session of the same account goes on.
      expect((await t.gql(ME, {}, { token: other.token })).data).toEqual({ me: { id: member.id, role: 'MEMBER' } });
    });

    it('after sign-out without the cookie: the access token’s own session ends', async () => {
      const member = await signUp(t);
      expect((await t.gql(`mutation { signOut }`, {}, { token: member.token })).data).toEqual({ signOut: true });
      expectRevoked(await t.gql(ME, {}, { token: member.token }));
      expect(errorCode(await refresh(member.refresh))).toBe('UNAUTHENTICATED');
    });

    it('after a replayed refresh token revokes its family', async () => {
      const member = await signUp(t);
      const first = await refresh(member.refresh);
      const rotated = first.cookies['mouvement_refresh'] as string;
      expect(rotated).toBeTruthy();
      expect(rotated).not.toBe(member.refresh);
      const newer = first.data?.refreshSession.accessToken as string;
      // Past the grace period, the first token is a replay.
      await t.db.query(`UPDATE refresh_token SET rotated_at = rotated_at - interval '11 seconds' WHERE account_id = $1`, [member.id]);
      const replay = await refresh(member.refresh);
      expect(errorCode(replay)).toBe('UNAUTHENTICATED');
      expect(replay.cookies['mouvement_refresh']).toBe('');
      expect(errorCode(await refresh(rotated))).toBe('UNAUTHENTICATED');
      expectRevoked(await t.gql(ME, {}, { token: member.token }));
      expectRevoked(await t.gql(ME, {}, { token: newer }));
      expect((await family(member.id)).every((r) => r.revoked)).toBe(true);
    });

    it('after a lowered role: the demoted admin’s old token loses its rights, a promoted member’s gains them', async () => {
      const founder = await makeAdmin(t, await signUp(t));
      const second = await makeAdmin(t, await signUp(t));
      const member = await signUp(t);
      // The old token of the second admin works as an admin's…
      expect((await t.gql(SET_ROLE, { id: member.id, role: 'MEMBER' }, { token: second.token })).data).toEqual({
        setPlatformRole: { id: member.id, role: 'MEMBER' },
      });
      const demoted = await t.gql(SET_ROLE, { id: second.id, role: 'MEMBER' }, { token: founder.token });
      expect(demoted.data).toEqual({ setPlatformRole: { id: second.id, role: 'MEMBER' } });
      // …and not one request later.
      const refused = await t.gql(SET_ROLE, { id: member.id, role: 'ADMIN' }, { token: second.token });
      expect(errorCode(refused)).toBe('FORBIDDEN');
      expect((await t.db.query(`SELECT role FROM account WHERE id = $1`, [member.id])).rows[0].role).toBe('MEMBER');
      expect((await t.gql(ME, {}, { token: second.token })).data).toEqual({ me: { id: second.id, role: 'MEMBER' } });

      await t.gql(SET_ROLE, { id: member.id, role: 'ADMIN' }, { token: founder.token });
      expect((await t.gql(SET_ROLE, { id: second.id, role: 'ADMIN' }, { token: member.token })).data).toEqual({
        setPlatformRole: { id: second.id, role: 'ADMIN' },
      });
    });

    it('when the account is gone', async () => {
      const member = await signUp(t);
      await t.db.query(`UPDATE account SET deleted_at = now() WHERE id = $1`, [member.id]);
      expectRevoked(await t.gql(ME, {}, { token: member.token }));
    });
  });

  describe('refresh', () => {
    it('keeps two tabs refreshing at the same moment with the same cookie signed in, in the same family', async () => {
      const member = await signUp(t);
      const [a, b, c] = await Promise.all([refresh(member.refresh), refresh(member.refresh), refresh(member.refresh)]);
      for (const res of [a, b, c]) {
        expect(res.errors).toBeUndefined();
        expect(res.data?.refreshSession.account.id).toBe(member.id);
      }
      const cookies = [a, b, c].map((r) => r.cookies['mouvement_refresh'] as string);
      expect(new Set([member.refresh, ...cookies]).size).toBe(4);
      const rows = await family(member.id);
      expect(rows).toHaveLength(4);
      expect(new Set(rows.map((r) => r.family_id)).size).toBe(1);
      expect(rows.some((r) => r.revoked)).toBe(false);
      // Whichever cookie each tab kept goes on working, and so do their access tokens.
      for (const [i, cookie] of cookies.entries()) {
        expect((await refresh(cookie)).errors).toBeUndefined();
        const token = [a, b, c][i]?.data?.refreshSession.accessToken as string;
        expect((await t.gql(ME, {}, { token })).data).toEqual({ me: { id: member.id, role: 'MEMBER' } });
      }
    });

    it('revokes the family when a rotated token comes back after the grace period, even from two tabs at once', async () => {
      const member = await signUp(t);
      const rotated = (await refresh(member.refresh)).cookies['mouvement_refresh'] as string;
      await t.db.query(`UPDATE refresh_token SET rotated_at = rotated_at - interval '11 seconds' WHERE account_id = $1`, [member.id]);
      const replays = await Promise.all([refresh(member.refresh), refresh(member.refresh)]);
      expect(replays.map(errorCode)).toEqual(['UNAUTHENTICATED', 'UNAUTHENTICATED']);
      expect(errorCode(await refresh(rotated))).toBe('UNAUTHENTICATED');
      expect((await family(member.id)).every((r) => r.revoked)).toBe(true);
    });

    it('measures the grace period from the first rotation, not from each presentation', async () => {
      const member = await signUp(t);
      await refresh(member.refresh);
      await t.db.query(`UPDATE refresh_token SET rotated_at = rotated_at - interval '9 seconds' WHERE account_id = $1`, [member.id]);
      expect((await refresh(member.refresh)).errors).toBeUndefined();
      await t.db.query(`UPDATE refresh_token SET rotated_at = rotated_at - interval '2 seconds' WHERE account_id = $1`, [member.id]);
      expect(errorCode(await refresh(member.refresh))).toBe('UNAUTHENTICATED');
    });

    it('refuses an expired refresh token', async () => {
      const member = await signUp(t);
      await t.db.query(`UPDATE refresh_token SET expires_at = now() - interval '1 minute' WHERE account_id = $1`, [member.id]);
      const res = await refresh(member.refresh);
      expect(errorCode(res)).toBe('UNAUTHENTICATED');
      expect(res.cookies['mouvement_refresh']).toBe('');
    });
  });

  describe('cost', () => {
    it('checks the session in exactly one statement per request with a token, and none for a visitor', async () => {
      const member = await signUp(t);
      const counter = installStatementCounter();
      counter.reset();
      expect((await t.gql(`{ __typename }`)).data).toEqual({ __typename: 'Query' });
      expect(counter.count).toBe(0);
      counter.reset();
      expect((await t.gql(`{ __typename }`, {}, { token: member.token })).data).toEqual({ __typename: 'Query' });
      expect(counter.statements).toHaveLength(1);
      expect(counter.statements[0]).toMatch(/^\/\* viewer session \*\//);
      counter.reset();
      // A forged or expired token costs nothing either.
      await t.gql(`{ __typename }`, {}, { token: 'eyJhbGciOiJIUzI1NiJ9.e30.bad' });
      expect(counter.count).toBe(0);
    });
  });

  it('answers me with null for a visitor and refuses a forged token', async () => {
    expect((await t.gql(ME)).data).toEqual({ me: null });
    const forged = await t.gql(`mutation { updateProfile(input: { bio: "x" }) { id } }`, {}, { token: 'eyJhbGciOiJIUzI1NiJ9.e30.bad' });
    expect(errorCode(forged)).toBe('UNAUTHENTICATED');
  });
});
