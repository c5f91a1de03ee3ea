import { errorCode, startTestApp, type TestApp } from './test-app';

describe('The platform base', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('answers the liveness and readiness probes, the latter checking the database', async () => {
    const live = await fetch(`${t.url}/health/live`);
    expect(live.status).toBe(200);
    expect(await live.json()).toEqual({ status: 'ok' });
    const ready = await fetch(`${t.url}/health/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ok', database: 'up' });
  });

  it('sends security headers with a content security policy and a request id', async () => {
    const res = await fetch(`${t.url}/health/live`, { headers: { 'x-request-id': 'abc-123' } });
    expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-powered-by')).toBeNull();
    expect(res.headers.get('x-request-id')).toBe('abc-123');
  });

  it('lists the 18 regions with their time zones, overseas ones included', async () => {
    const res = await t.gql<{ regions: { code: string; name: string; nameEn: string; timeZone: string; overseas: boolean }[] }>(
      `{ regions { code name nameEn timeZone overseas } }`,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.regions).toHaveLength(18);
    expect(res.data?.regions).toContainEqual({
      code: '75',
      name: 'Nouvelle-Aquitaine',
      nameEn: 'Nouvelle-Aquitaine',
      timeZone: 'Europe/Paris',
      overseas: false,
    });
    expect(res.data?.regions).toContainEqual({
      code: '04',
      name: 'La Réunion',
      nameEn: 'Réunion',
      timeZone: 'Indian/Reunion',
      overseas: true,
    });
    const { rows } = await t.db.query<{ count: string }>('SELECT count(*) FROM department');
    expect(Number(rows[0]?.count)).toBe(101);
  });

  it('lists the departments of a region and refuses an unknown region in the reader’s language', async () => {
    const ok = await t.gql<{ departments: { code: string; name: string }[] }>(`{ departments(regionCode: "75") { code name } }`);
    expect(ok.data?.departments.map((d) => d.code)).toEqual(['16', '17', '19', '23', '24', '33', '40', '47', '64', '79', '86', '87']);
    const fr = await t.gql(`{ departments(regionCode: "99") { code } }`);
    expect(errorCode(fr)).toBe('BAD_USER_INPUT');
    expect(fr.errors?.[0]?.message).toBe('Région inconnue.');
    expect(fr.errors?.[0]?.extensions?.fields).toEqual([{ field: 'regionCode', message: 'Région inconnue.' }]);
    const en = await t.gql(`{ departments(regionCode: "99") { code } }`, {}, { headers: { 'accept-language': 'en-GB,en;q=0.8' } });
    expect(en.errors?.[0]?.message).toBe('Unknown region.');
  });

  it('validates arguments with a per-field message', async () => {
    const res = await t.gql(`{ region(code: "12345") { code } }`);
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.extensions?.fields).toEqual([{ field: 'code', message: 'Au plus 3 caractères.', reason: 'TOO_LONG' }]);
  });

  it('refuses queries nested too deep and blocks field suggestions', async () => {
    const deep = await t.gql(
      `{ a: regions { tile { col } } ${Array.from({ length: 20 }, (_, i) => `r${i}: regions { code }`).join(' ')} }`,
    );
    expect(deep.errors?.[0]?.message).toMatch(/aliases/i);
    const typo = await t.gql(`{ regionz { code } }`);
    expect(typo.errors?.[0]?.message).not.toMatch(/did you mean/i);
  });

  it('refuses a cross-site GET that could be a CSRF attempt', async () => {
    const res = await fetch(`${t.url}/graphql?query=${encodeURIComponent('{ regions { code } }')}`);
    expect(res.status).toBe(400);
  });
});

describe('The movement in figures', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('counts members and organisations per region, every region listed', async () => {
    await t.db.query(`
      INSERT INTO account (email, password_hash, display_name, kind, region_code, terms_version, privacy_version, terms_accepted_at, age_confirmed_at)
      VALUES ('a@exemple.fr', 'x', 'Aa', 'YOUTH', '75', 'v', 'v', now(), now()), ('b@exemple.fr', 'x', 'Bb', 'YOUTH', '53', 'v', 'v', now(), now())`);
    await t.db.query(
      `INSERT INTO organisation (name, slug, kind, region_code) VALUES ('Asso', 'asso', 'ASSOCIATION', '75'), ('Boîte', 'boite', 'CLASSIC_ENTERPRISE', '75')`,
    );
    const res = await t.gql<{
      movementFigures: {
        members: number;
        organisations: number;
        socialEconomyOrganisations: number;
        regions: { regionCode: string; members: number; organisations: number }[];
      };
    }>(`{ movementFigures { members organisations socialEconomyOrganisations regions { regionCode members organisations } } }`);
    expect(res.data?.movementFigures).toMatchObject({ members: 2, organisations: 2, socialEconomyOrganisations: 1 });
    expect(res.data?.movementFigures.regions).toHaveLength(18);
    expect(res.data?.movementFigures.regions).toContainEqual({ regionCode: '75', members: 1, organisations: 2 });
  });
});
