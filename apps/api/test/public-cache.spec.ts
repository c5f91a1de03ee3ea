import { signUp, type SignedIn } from './fixtures';
import { errorCode, startTestApp, type TestApp } from './test-app';

const CREATE = `mutation($input: CreatePracticeInput!) { createPractice(input: $input) { id version } }`;
const PUBLISH = `mutation($id: ID!) { publishPractice(practiceId: $id) { status } }`;
const UPDATE = `mutation($id: ID!, $v: Int!, $input: UpdatePracticeInput!) { updatePractice(practiceId: $id, version: $v, input: $input) { version } }`;
const LIST = `query($filter: PracticeFilter) { practices(first: 20, sort: NEWEST, filter: $filter) { edges { node { title region { name } } } } }`;

type List = { practices: { edges: { node: { title: string; region: { name: string } } }[] } };

describe('Public response cache (anonymous public reads)', () => {
  let t: TestApp;
  let author: SignedIn;
  let practiceId: string;
  let version: number;
  const filter = { themes: ['FOOD'] };
  const anonymous = (headers: Record<string, string> = {}) => t.gql<List>(LIST, { filter }, { headers });
  const titles = (res: { data: List | null }) => res.data?.practices.edges.map((e) => e.node.title) ?? [];

  beforeAll(async () => {
    t = await startTestApp({ PUBLIC_CACHE_SECONDS: '60' });
    author = await signUp(t);
    const created = await t.gql<{ createPractice: { id: string; version: number } }>(
      CREATE,
      { input: { title: 'Cantine solidaire', summary: 'Des repas à prix libre.', themes: ['FOOD'], regionCode: '75' } },
      { token: author.token },
    );
    if (!created.data) throw new Error(JSON.stringify(created.errors));
    ({ id: practiceId, version } = created.data.createPractice);
    await t.gql(PUBLISH, { id: practiceId }, { token: author.token });
  });
  afterAll(() => t.close());

  it('answers a repeated anonymous read from memory, and members always live', async () => {
    const first = await anonymous();
    expect(first.headers.get('x-cache')).toBe('MISS');
    expect(titles(first)).toEqual(['Cantine solidaire']);
    const again = await anonymous();
    expect(again.headers.get('x-cache')).toBe('HIT');
    expect(again.data).toEqual(first.data);

    // A write made outside the API (here, by hand in SQL) is not seen by visitors until the cache
    // expires or the API writes; a member reads it at once.
    await t.db.query(
      `INSERT INTO practice (slug, title, summary, themes, region_code, status, published_at)
       VALUES ('epicerie-sql', 'Épicerie écrite en SQL', 'Un résumé.', '{FOOD}', '75', 'PUBLISHED', now())`,
    );
    expect(titles(await anonymous())).toEqual(['Cantine solidaire']);
    const member = await t.gql<List>(LIST, { filter }, { token: author.token });
    expect(member.headers.get('x-cache')).toBeNull();
    expect(titles(member)).toEqual(['Épicerie écrite en SQL', 'Cantine solidaire']);
  });

  it('is emptied by every write through the API, before the writer gets its answer', async () => {
    const res = await t.gql<{ updatePractice: { version: number } }>(
      UPDATE,
      { id: practiceId, v: version, input: { title: 'Cantine solidaire du quartier' } },
      { token: author.token },
    );
    expect(res.errors).toBeUndefined();
    version = res.data?.updatePractice.version ?? version;
    const after = await anonymous();
    expect(after.headers.get('x-cache')).toBe('MISS');
    expect(titles(after)).toEqual(['Épicerie écrite en SQL', 'Cantine solidaire du quartier']);
  });

  it('keeps one answer per language', async () => {
    const fr = await anonymous({ 'accept-language': 'fr' });
    const en = await anonymous({ 'accept-language': 'en' });
    expect(en.headers.get('x-cache')).toBe('MISS');
    expect(fr.data?.practices.edges[0]?.node.region.name).toBe('Nouvelle-Aquitaine');
    expect(en.data?.practices.edges[0]?.node.region.name).toBe('Nouvelle-Aquitaine');
    expect((await anonymous({ 'accept-language': 'en' })).headers.get('x-cache')).toBe('HIT');
  });

  it('does not keep a read that started before a write it ran alongside', async () => {
    // Reads fired around a write: whichever finishes last, the next read shows the write.
    const reads = Array.from({ length: 12 }, () => anonymous());
    const write = t.gql(UPDATE, { id: practiceId, v: version, input: { title: 'Cantine solidaire et paysanne' } }, { token: author.token });
    const more = Array.from({ length: 12 }, () => anonymous());
    await Promise.all([...reads, write, ...more]);
    expect(titles(await anonymous())).toContain('Cantine solidaire et paysanne');
  });

  it('is not emptied by mutations that did nothing, nor split by variables the query does not declare', async () => {
    expect((await anonymous()).headers.get('x-cache')).toBe('HIT');
    await t.gql(`mutation { __typename }`);
    expect(errorCode(await t.gql(UPDATE, { id: practiceId, v: version, input: { title: 'Piratée' } }))).toBe('UNAUTHENTICATED');
    const again = await t.gql<List>(LIST, { filter, unused: 'x'.repeat(1000) });
    expect(again.headers.get('x-cache')).toBe('HIT');
    expect(titles(again)).not.toContain('Piratée');
  });

  it('leaves out private fields, errors and mutations', async () => {
    const me = await t.gql(`query { me { id } }`);
    expect(me.headers.get('x-cache')).toBeNull();
    const BAD = `query { practices(first: 5, after: "pas-un-curseur") { edges { node { id } } } }`;
    const bad = await t.gql(BAD);
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const badAgain = await t.gql(BAD);
    expect(badAgain.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(badAgain.headers.get('x-cache')).toBe('MISS');
  });
});

describe('Public response cache switched off', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ PUBLIC_CACHE_SECONDS: '0' });
  });
  afterAll(() => t.close());

  it('answers every read live', async () => {
    const res = await t.gql(`query { regions { code } }`);
    expect(res.headers.get('x-cache')).toBeNull();
    expect((res.data as { regions: unknown[] }).regions).toHaveLength(18);
  });
});
