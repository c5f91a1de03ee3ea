import { makeAdmin, signUp, type SignedIn } from './fixtures';
import { errorCode, startTestApp, type TestApp } from './test-app';

const DECLARE = `mutation($input: DeclareReplicationInput!) { declareReplication(input: $input) {
  id status notes contactConsent region { code } department { code } organisation { name } declaredBy { id } viewerCanEdit practice { title } } }`;
const LIST = `query($p: ID!) { replications(practiceId: $p) { id status declaredBy { id } region { code } } }`;
const PRACTICE = `query($slug: String!) { practice(slug: $slug) { replicationCount replicationMap { region { code } count } } }`;

interface Declared {
  id: string;
  status: string;
  contactConsent: boolean;
  region: { code: string };
  organisation: { name: string } | null;
  declaredBy: { id: string } | null;
  viewerCanEdit: boolean;
  practice: { title: string };
}

describe('Replications (essaimage)', () => {
  let t: TestApp;
  let author: SignedIn;
  let replicator: SignedIn;
  let other: SignedIn;
  let admin: SignedIn;
  let practiceId: string;
  let draftId: string;
  let organisationId: string;
  const SLUG = 'essaimage-epicerie';

  const as = (who?: SignedIn) => (who ? { token: who.token } : {});
  const declare = (input: Record<string, unknown>, who: SignedIn = replicator) =>
    t.gql<{ declareReplication: Declared }>(DECLARE, { input: { practiceId, ...input } }, as(who));
  const practice = async () =>
    (
      await t.gql<{ practice: { replicationCount: number; replicationMap: { region: { code: string }; count: number }[] } }>(PRACTICE, {
        slug: SLUG,
      })
    ).data?.practice;

  beforeAll(async () => {
    t = await startTestApp();
    [author, replicator, other, admin] = await Promise.all([signUp(t), signUp(t), signUp(t), signUp(t)]);
    admin = await makeAdmin(t, admin);
    const { rows } = await t.db.query(
      `INSERT INTO practice (slug, title, summary, themes, region_code, status, published_at, created_by_id)
       VALUES ($1, 'Épicerie solidaire', 'Des produits à petits prix.', '{FOOD}', '75', 'PUBLISHED', now(), $2),
              ('essaimage-brouillon', 'Brouillon', NULL, '{}', NULL, 'DRAFT', NULL, $2) RETURNING id`,
      [SLUG, author.id],
    );
    [practiceId, draftId] = [rows[0].id, rows[1].id];
    const org = await t.db.query(
      `INSERT INTO organisation (name, slug, kind, region_code) VALUES ('Épicerie du Mirail', 'epicerie-du-mirail', 'ASSOCIATION', '76') RETURNING id`,
    );
    organisationId = org.rows[0].id;
  });
  afterAll(() => t.close());

  it('counts a declaration on the practice and on its map; the same place again updates it', async () => {
    const first = await declare({ regionCode: '76', departmentCode: '31', status: 'EXPLORING', notes: 'Nous visitons en mars.' });
    expect(first.errors).toBeUndefined();
    expect(first.data?.declareReplication).toMatchObject({
      status: 'EXPLORING',
      region: { code: '76' },
      declaredBy: { id: replicator.id },
      viewerCanEdit: true,
      practice: { title: 'Épicerie solidaire' },
    });
    expect(await practice()).toEqual({ replicationCount: 1, replicationMap: [{ region: { code: '76' }, count: 1 }] });
    const again = await declare({ regionCode: '76', departmentCode: '31', status: 'IN_PROGRESS' });
    expect(again.data?.declareReplication.id).toBe(first.data?.declareReplication.id);
    expect((await practice())?.replicationCount).toBe(1);
    await declare({ regionCode: '04', status: 'DONE' });
    expect(await practice()).toEqual({
      replicationCount: 2,
      replicationMap: [
        { region: { code: '04' }, count: 1 },
        { region: { code: '76' }, count: 1 },
      ],
    });
    const { rows } = await t.db.query(`SELECT replication_count FROM practice WHERE id = $1`, [practiceId]);
    expect(rows[0].replication_count).toBe(2);
  });

  it('refuses drafts, strangers to the organisation, unknown places and anonymous visitors', async () => {
    expect(errorCode(await t.gql(DECLARE, { input: { practiceId: draftId, regionCode: '76' } }, as(replicator)))).toBe('BAD_USER_INPUT');
    expect(errorCode(await declare({ regionCode: '76', organisationId }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await declare({ regionCode: '76', departmentCode: '33' }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await declare({ regionCode: '99' }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await t.gql(DECLARE, { input: { practiceId, regionCode: '76' } }))).toBe('UNAUTHENTICATED');
    await t.db.query(`INSERT INTO organisation_member (organisation_id, account_id, role, status) VALUES ($1, $2, 'MEMBER', 'ACTIVE')`, [
      organisationId,
      other.id,
    ]);
    const onBehalf = await declare({ regionCode: '76', departmentCode: '31', organisationId }, other);
    expect(onBehalf.data?.declareReplication.organisation).toEqual({ name: 'Épicerie du Mirail' });
  });

  it('shows who declared only with their consent, to signed-in members', async () => {
    const list = async (who?: SignedIn) =>
      (await t.gql<{ replications: { declaredBy: { id: string } | null; region: { code: string } }[] }>(LIST, { p: practiceId }, as(who)))
        .data?.replications;
    expect((await list(author))?.every((r) => r.declaredBy === null)).toBe(true);
    expect((await list(replicator))?.filter((r) => r.declaredBy?.id === replicator.id)).toHaveLength(2);
    const consenting = await declare({ regionCode: '11', contactConsent: true }, author);
    expect(consenting.data?.declareReplication.contactConsent).toBe(true);
    // Another member sees the consenting declarer, and their own declaration (76, on behalf of their organisation).
    expect((await list(other))?.filter((r) => r.declaredBy !== null).map((r) => r.region.code)).toEqual(['11', '76']);
    expect((await list())?.every((r) => r.declaredBy === null)).toBe(true);
  });

  it('lets the declarer or an admin update and withdraw; others are refused', async () => {
    const mine = await declare({ regionCode: '84' });
    const id = mine.data?.declareReplication.id as string;
    const UPDATE = `mutation($id: ID!, $input: UpdateReplicationInput!) { updateReplication(replicationId: $id, input: $input) { status notes } }`;
    const WITHDRAW = `mutation($id: ID!) { withdrawReplication(replicationId: $id) }`;
    expect(errorCode(await t.gql(UPDATE, { id, input: { status: 'DONE' } }, as(other)))).toBe('FORBIDDEN');
    expect(errorCode(await t.gql(WITHDRAW, { id }, as(other)))).toBe('FORBIDDEN');
    const updated = await t.gql<{ updateReplication: { status: string; notes: string | null } }>(
      UPDATE,
      { id, input: { status: 'DONE', notes: 'Ouverte en juin.' } },
      as(replicator),
    );
    expect(updated.data?.updateReplication).toEqual({ status: 'DONE', notes: 'Ouverte en juin.' });
    const before = (await practice())?.replicationCount as number;
    expect((await t.gql<{ withdrawReplication: boolean }>(WITHDRAW, { id }, as(admin))).data?.withdrawReplication).toBe(true);
    expect((await practice())?.replicationCount).toBe(before - 1);
    const { rows } = await t.db.query(`SELECT deleted_at IS NOT NULL AS withdrawn FROM practice_replication WHERE id = $1`, [id]);
    expect(rows[0].withdrawn).toBe(true);
    const MINE = `query { myReplications { region { code } practice { title } } }`;
    const own = await t.gql<{ myReplications: { region: { code: string } }[] }>(MINE, {}, as(replicator));
    expect(own.data?.myReplications.map((r) => r.region.code).sort()).toEqual(['04', '76']);
  });

  it('keeps the count exact under 12 parallel declarations', async () => {
    const people = await Promise.all(Array.from({ length: 12 }, () => signUp(t)));
    const before = (await practice())?.replicationCount as number;
    const results = await Promise.all(people.map((p) => declare({ regionCode: '53' }, p)));
    expect(results.every((r) => !r.errors)).toBe(true);
    expect((await practice())?.replicationCount).toBe(before + 12);
    const { rows } = await t.db.query(
      `SELECT p.replication_count = (SELECT count(*) FROM practice_replication r WHERE r.practice_id = p.id AND r.deleted_at IS NULL) AS exact
       FROM practice p WHERE p.id = $1`,
      [practiceId],
    );
    expect(rows[0].exact).toBe(true);
  });

  it('is found by the library’s replication filter and sort', async () => {
    const LIBRARY = `query($filter: PracticeFilter, $sort: PracticeSort) { practices(filter: $filter, sort: $sort, first: 5) { edges { node { slug } } } }`;
    const replicated = await t.gql<{ practices: { edges: { node: { slug: string } }[] } }>(LIBRARY, { filter: { hasReplications: true } });
    expect(replicated.data?.practices.edges.map((e) => e.node.slug)).toEqual([SLUG]);
    const most = await t.gql<{ practices: { edges: { node: { slug: string } }[] } }>(LIBRARY, { sort: 'MOST_REPLICATED' });
    expect(most.data?.practices.edges[0]?.node.slug).toBe(SLUG);
  });
});
