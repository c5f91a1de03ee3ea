import { installStatementCounter } from '@mouvement/api-core';
import { MOUVES_AQUITAINE_CAHIER } from '@mouvement/shared-domain';
import { makeAdmin, signUp, type SignedIn } from './fixtures';
import { errorCode, startTestApp, type GraphqlResponse, type TestApp } from './test-app';

const FIELDS = `id slug title summary status version themes region { code } sections { kind heading ownHeading body bodyHtml }
  authors { id } viewerCanEdit revisions { version title }`;
const CREATE = `mutation($input: CreatePracticeInput!) { createPractice(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $v: Int!, $input: UpdatePracticeInput!) { updatePractice(practiceId: $id, version: $v, input: $input) { ${FIELDS} } }`;
const PUBLISH = `mutation($id: ID!) { publishPractice(practiceId: $id) { status publishedAt } }`;
const ARCHIVE = `mutation($id: ID!) { archivePractice(practiceId: $id) { status } }`;
const READ = `query($slug: String!) { practice(slug: $slug) { ${FIELDS} } }`;
const LIST = `query($filter: PracticeFilter, $sort: PracticeSort, $first: Int) {
  practices(filter: $filter, sort: $sort, first: $first) { totalCount edges { node { title snippet } } } }`;

interface PracticeData {
  id: string;
  slug: string;
  title: string;
  status: string;
  version: number;
  sections: { kind: string; heading: string; ownHeading: string | null; body: string; bodyHtml: string }[];
  authors: { id: string }[];
  viewerCanEdit: boolean;
  revisions: { version: number; title: string }[];
}

describe('Practices', () => {
  let t: TestApp;
  let author: SignedIn;
  let other: SignedIn;
  let admin: SignedIn;

  const as = (who?: SignedIn) => (who ? { token: who.token } : {});
  async function create(input: Record<string, unknown>, who: SignedIn = author): Promise<PracticeData> {
    const res = await t.gql<{ createPractice: PracticeData }>(CREATE, { input }, as(who));
    if (!res.data) throw new Error(JSON.stringify(res.errors));
    return res.data.createPractice;
  }
  async function published(input: Record<string, unknown>): Promise<PracticeData> {
    const p = await create({ summary: 'Un résumé.', themes: ['ENERGY'], regionCode: '75', ...input });
    const res = await t.gql(PUBLISH, { id: p.id }, as(author));
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return p;
  }
  const titles = async (filter: Record<string, unknown>, sort = 'RELEVANCE') =>
    (
      await t.gql<{ practices: { edges: { node: { title: string; snippet: string | null } }[] } }>(LIST, { filter, sort, first: 20 })
    ).data?.practices.edges.map((e) => e.node.title);

  beforeAll(async () => {
    t = await startTestApp();
    [author, other, admin] = await Promise.all([signUp(t), signUp(t), signUp(t)]);
    admin = await makeAdmin(t, admin);
  });
  afterAll(() => t.close());

  it('saves a draft with a title only, shown to its authors and (to moderate) admins only, edited by its authors only', async () => {
    const draft = await create({ title: 'Une épicerie solidaire' });
    expect(draft).toMatchObject({ status: 'DRAFT', version: 1, viewerCanEdit: true, authors: [{ id: author.id }] });
    const read = (who?: SignedIn) => t.gql<{ practice: PracticeData | null }>(READ, { slug: draft.slug }, as(who));
    expect((await read(author)).data?.practice?.title).toBe('Une épicerie solidaire');
    expect((await read(admin)).data?.practice?.title).toBe('Une épicerie solidaire');
    expect((await read(admin)).data?.practice?.viewerCanEdit).toBe(false);
    expect((await read(other)).data?.practice).toBeNull();
    expect((await read()).data?.practice).toBeNull();
    expect(errorCode(await t.gql(CREATE, { input: { title: 'Sans compte' } }))).toBe('UNAUTHENTICATED');
    expect(errorCode(await t.gql(CREATE, { input: { title: 'x' } }, as(author)))).toBe('BAD_USER_INPUT');
    const { rows } = await t.db.query(`SELECT status, created_by_id FROM practice WHERE id = $1`, [draft.id]);
    expect(rows[0]).toEqual({ status: 'DRAFT', created_by_id: author.id });
  });

  it('keeps every earlier version, refuses a stale one, and lets anyone who reads it view any version', async () => {
    const p = await create({ title: 'Recyclerie de quartier', sections: [{ kind: 'ARGUMENT', body: 'Premier argument.' }] });
    const edited = await t.gql<{ updatePractice: PracticeData }>(
      UPDATE,
      {
        id: p.id,
        v: 1,
        input: { title: 'Recyclerie de quartier et atelier vélo', sections: [{ kind: 'ARGUMENT', body: 'Deuxième argument.' }] },
      },
      as(author),
    );
    expect(edited.data?.updatePractice).toMatchObject({ version: 2, revisions: [{ version: 1, title: 'Recyclerie de quartier' }] });
    expect(errorCode(await t.gql(UPDATE, { id: p.id, v: 1, input: { title: 'Édition perdue' } }, as(author)))).toBe('CONFLICT');
    const V = `query($id: ID!, $v: Int!) { practiceVersion(practiceId: $id, version: $v) { version title sections { body } } }`;
    const v1 = await t.gql<{ practiceVersion: { title: string; sections: { body: string }[] } }>(V, { id: p.id, v: 1 }, as(author));
    expect(v1.data?.practiceVersion).toMatchObject({ title: 'Recyclerie de quartier', sections: [{ body: 'Premier argument.' }] });
    const v2 = await t.gql<{ practiceVersion: { title: string } }>(V, { id: p.id, v: 2 }, as(author));
    expect(v2.data?.practiceVersion.title).toBe('Recyclerie de quartier et atelier vélo');
    // A draft's history is as private as the draft.
    expect(errorCode(await t.gql(V, { id: p.id, v: 1 }, as(other)))).toBe('NOT_FOUND');
    const { rows } = await t.db.query(`SELECT version, snapshot->>'title' AS title FROM practice_revision WHERE practice_id = $1`, [p.id]);
    expect(rows).toEqual([{ version: 1, title: 'Recyclerie de quartier' }]);
  });

  it('publishes only with a summary, a theme and a region; then anyone reads it, non-authors cannot edit, archiving takes it out of the library', async () => {
    const p = await create({ title: 'Garage solidaire' });
    const refused = await t.gql(PUBLISH, { id: p.id }, as(author));
    expect(errorCode(refused)).toBe('BAD_USER_INPUT');
    const fields = (refused.errors?.[0]?.extensions as { fields: { field: string }[] }).fields.map((f) => f.field);
    expect(fields).toEqual(['summary', 'themes', 'regionCode']);
    await t.gql(
      UPDATE,
      { id: p.id, v: 1, input: { summary: 'Réparer les voitures à prix juste.', themes: ['MOBILITY'], regionCode: '75' } },
      as(author),
    );
    expect(errorCode(await t.gql(PUBLISH, { id: p.id }, as(other)))).toBe('NOT_FOUND');
    const res = await t.gql<{ publishPractice: { status: string } }>(PUBLISH, { id: p.id }, as(author));
    expect(res.data?.publishPractice.status).toBe('PUBLISHED');
    expect((await t.gql<{ practice: PracticeData }>(READ, { slug: p.slug })).data?.practice.viewerCanEdit).toBe(false);
    expect(errorCode(await t.gql(UPDATE, { id: p.id, v: 2, input: { title: 'Volé' } }, as(other)))).toBe('FORBIDDEN');
    expect(errorCode(await t.gql(UPDATE, { id: p.id, v: 2, input: { summary: null } }, as(author)))).toBe('BAD_USER_INPUT');
    expect(await titles({ search: 'garage' })).toContain('Garage solidaire');
    expect(errorCode(await t.gql(ARCHIVE, { id: p.id }, as(other)))).toBe('FORBIDDEN');
    // Admins hide a sheet that breaks the charter; archiving it is its authors' choice.
    expect(errorCode(await t.gql(ARCHIVE, { id: p.id }, as(admin)))).toBe('FORBIDDEN');
    expect((await t.gql<{ archivePractice: { status: string } }>(ARCHIVE, { id: p.id }, as(author))).data?.archivePractice.status).toBe(
      'ARCHIVED',
    );
    expect(await titles({ search: 'garage' })).not.toContain('Garage solidaire');
    expect((await t.gql<{ practice: PracticeData }>(READ, { slug: p.slug })).data?.practice.status).toBe('ARCHIVED');
  });

  it('lets an author add co-authors, who can then edit; the last author always stays, also under parallel removals', async () => {
    const p = await create({ title: 'Cantine partagée' });
    const ADD = `mutation($id: ID!, $m: ID!) { addPracticeAuthor(practiceId: $id, memberId: $m) { authors { id } } }`;
    const REMOVE = `mutation($id: ID!, $m: ID!) { removePracticeAuthor(practiceId: $id, memberId: $m) { id } }`;
    expect(errorCode(await t.gql(ADD, { id: p.id, m: other.id }, as(other)))).toBe('NOT_FOUND');
    const added = await t.gql<{ addPracticeAuthor: { authors: { id: string }[] } }>(ADD, { id: p.id, m: other.id }, as(author));
    expect(added.data?.addPracticeAuthor.authors.map((a) => a.id)).toEqual([author.id, other.id]);
    const edit = await t.gql<{ updatePractice: PracticeData }>(
      UPDATE,
      { id: p.id, v: 1, input: { title: 'Cantine partagée du quartier' } },
      as(other),
    );
    expect(edit.data?.updatePractice.version).toBe(2);
    const [a, b] = await Promise.all([
      t.gql(REMOVE, { id: p.id, m: other.id }, as(author)),
      t.gql(REMOVE, { id: p.id, m: author.id }, as(other)),
    ]);
    expect([errorCode(a), errorCode(b)].sort()).toEqual(['CONFLICT', undefined].sort());
    const { rows } = await t.db.query(`SELECT count(*)::int AS n FROM practice_author WHERE practice_id = $1`, [p.id]);
    expect(rows[0].n).toBe(1);
  });

  it('renders every section without letting hostile markdown run', async () => {
    const hostile = '<script>alert(1)</script> [clic](javascript:alert(2)) <img src=x onerror=alert(3)> **gras**';
    const kinds = ['PRESENTATION', 'ARGUMENT', 'IMPACTS', 'TESTIMONIALS', 'REPLICATION_CONDITIONS'];
    const p = await create({
      title: 'Fiche piégée',
      sections: [...kinds.map((kind) => ({ kind, body: hostile })), { kind: 'OTHER', heading: 'Chiffres', body: hostile }],
    });
    expect(p.sections).toHaveLength(6);
    for (const s of p.sections) {
      expect(s.body).toBe(hostile);
      expect(s.bodyHtml).toContain('<strong>gras</strong>');
      // Shown as text, never as markup: no script, no image with a handler, no javascript: link.
      expect(s.bodyHtml).toContain('&lt;script&gt;');
      expect(s.bodyHtml).not.toMatch(/<script|<img|<a\s|href=/i);
    }
    expect(p.sections.at(-1)).toMatchObject({ kind: 'OTHER', heading: 'Chiffres', ownHeading: 'Chiffres' });
    // The page's fixed order, whatever the order written.
    expect(p.sections.map((s) => s.kind)).toEqual([
      'PRESENTATION',
      'ARGUMENT',
      'IMPACTS',
      'TESTIMONIALS',
      'REPLICATION_CONDITIONS',
      'OTHER',
    ]);
    const twice = await t.gql(
      CREATE,
      {
        input: {
          title: 'Doublon',
          sections: [
            { kind: 'IMPACTS', body: 'a' },
            { kind: 'IMPACTS', body: 'b' },
          ],
        },
      },
      as(author),
    );
    expect(errorCode(twice)).toBe('BAD_USER_INPUT');
    expect(
      errorCode(await t.gql(CREATE, { input: { title: 'Sans titre de section', sections: [{ kind: 'OTHER', body: 'a' }] } }, as(author))),
    ).toBe('BAD_USER_INPUT');
  });

  describe('search', () => {
    beforeAll(async () => {
      await published({ title: 'Coopérative citoyenne d’énergie renouvelable', summary: 'Des habitants produisent leur électricité.' });
      await published({ title: 'Atelier de réparation de vélos', summary: 'Apprendre à réparer soi-même.', themes: ['MOBILITY'] });
      await published({
        title: 'Autocool, l’autopartage',
        summary: 'Des voitures partagées en ville.',
        themes: ['MOBILITY'],
        regionCode: '84',
      });
      await published({
        title: 'Jardin partagé',
        summary: 'Un potager au pied des immeubles.',
        themes: ['FOOD'],
        sections: [{ kind: 'IMPACTS', body: 'Moins de dépenses d’énergie pour transporter les légumes.' }],
      });
    });

    it('ignores accents and case, stems French words, and finds near-miss titles', async () => {
      expect(await titles({ search: 'energie' })).toContain('Coopérative citoyenne d’énergie renouvelable');
      expect(await titles({ search: 'cooperative' })).toContain('Coopérative citoyenne d’énergie renouvelable');
      expect(await titles({ search: 'énergies' })).toContain('Coopérative citoyenne d’énergie renouvelable');
      expect(await titles({ search: 'réparer' })).toContain('Atelier de réparation de vélos');
      expect(await titles({ search: 'autocol' })).toEqual(['Autocool, l’autopartage']);
      expect(await titles({ search: 'xylophone' })).toEqual([]);
    });

    it('ranks a title match above a body match and highlights the words found', async () => {
      expect(await titles({ search: 'énergie' })).toEqual(['Coopérative citoyenne d’énergie renouvelable', 'Jardin partagé']);
      const res = await t.gql<{ practices: { edges: { node: { title: string; snippet: string } }[] } }>(LIST, {
        filter: { search: 'légumes' },
        sort: 'RELEVANCE',
        first: 5,
      });
      expect(res.data?.practices.edges[0]?.node.snippet).toContain('<mark>légumes</mark>');
    });

    it.each(['RELEVANCE', 'NEWEST', 'MOST_USEFUL'])(
      'walks every page one by one, sorted by %s, without losing or repeating one',
      async (sort) => {
        const filter = { search: 'énergie or vélos or voitures or potager' };
        const all = await titles(filter, sort);
        expect(all).toHaveLength(4);
        const walked: string[] = [];
        let after: string | null = null;
        for (let i = 0; i < 6; i += 1) {
          type Page = { practices: { edges: { node: { title: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } };
          const res: GraphqlResponse<Page> = await t.gql<Page>(
            `query($filter: PracticeFilter, $sort: PracticeSort, $after: String) {
              practices(filter: $filter, sort: $sort, first: 1, after: $after) { edges { node { title } } pageInfo { hasNextPage endCursor } } }`,
            { filter, sort, after },
          );
          walked.push(...(res.data?.practices.edges.map((e) => e.node.title) ?? []));
          if (!res.data?.practices.pageInfo.hasNextPage) break;
          after = res.data.practices.pageInfo.endCursor;
        }
        expect(walked).toEqual(all);
      },
    );

    it('proposes related practices: shared themes, same territory and title words first, never itself nor a draft', async () => {
      const own = await published({ title: 'Vélo-école solidaire', themes: ['MOBILITY'], regionCode: '75' });
      await create({ title: 'Vélos en brouillon', themes: ['MOBILITY'], regionCode: '75' });
      const res = await t.gql<{ practice: { related: { title: string }[] } }>(
        `query($s: String!) { practice(slug: $s) { related { title } } }`,
        {
          s: own.slug,
        },
      );
      const related = res.data?.practice.related.map((r) => r.title) ?? [];
      expect(related[0]).toBe('Atelier de réparation de vélos');
      expect(related).toContain('Autocool, l’autopartage');
      expect(related).not.toContain('Vélo-école solidaire');
      expect(related).not.toContain('Vélos en brouillon');
      expect(related.length).toBeLessThanOrEqual(4);
    });

    it('filters by the kind of organisation running it and by social economy or not', async () => {
      const { rows } = await t.db.query(
        `INSERT INTO organisation (name, slug, kind, region_code) VALUES
         ('Garonne Industrie', 'garonne-industrie-test', 'CLASSIC_ENTERPRISE', '75'), ('Scop du Lot', 'scop-du-lot-test', 'COOPERATIVE', '76')
         RETURNING id`,
      );
      // A practice names an organisation its writer belongs to.
      await t.db.query(
        `INSERT INTO organisation_member (organisation_id, account_id, role, status) SELECT unnest($1::uuid[]), $2, 'MEMBER', 'ACTIVE'`,
        [rows.map((r) => r.id), author.id],
      );
      await published({ title: 'Mécénat de compétences industriel', organisationId: rows[0].id });
      await published({ title: 'Coopérative de menuisiers', organisationId: rows[1].id });
      expect(await titles({ organisationKind: 'CLASSIC_ENTERPRISE' }, 'NEWEST')).toEqual(['Mécénat de compétences industriel']);
      expect(await titles({ socialEconomy: true }, 'NEWEST')).toEqual(['Coopérative de menuisiers']);
      expect(await titles({ socialEconomy: false }, 'NEWEST')).toEqual(['Mécénat de compétences industriel']);
    });

    it('filters by themes (any of) and region', async () => {
      expect(await titles({ themes: ['MOBILITY'], regionCode: '84' }, 'NEWEST')).toEqual(['Autocool, l’autopartage']);
      expect((await titles({ themes: ['MOBILITY', 'FOOD'] }, 'NEWEST'))?.sort()).toEqual(
        ['Atelier de réparation de vélos', 'Autocool, l’autopartage', 'Jardin partagé', 'Vélo-école solidaire'].sort(),
      );
    });
  });

  it('imports the founding document’s sheet as a draft of the caller, every heading in its section', async () => {
    const IMPORT = `mutation($text: String!) { importCahier(text: $text) { unplaced practice { title status authors { id } sections { kind body } } } }`;
    const res = await t.gql<{
      importCahier: {
        unplaced: string[];
        practice: { title: string; status: string; authors: { id: string }[]; sections: { kind: string; body: string }[] };
      };
    }>(IMPORT, { text: MOUVES_AQUITAINE_CAHIER }, as(other));
    expect(res.errors).toBeUndefined();
    const imported = res.data?.importCahier;
    expect(imported?.unplaced).toHaveLength(2);
    expect(imported?.practice).toMatchObject({ status: 'DRAFT', authors: [{ id: other.id }] });
    expect(imported?.practice.title).toMatch(/^Le collectif aquitain des entrepreneurs sociaux du MOUVES/);
    expect(imported?.practice.sections).toHaveLength(16);
    expect(imported?.practice.sections.find((s) => s.kind === 'TESTIMONIALS')?.body).toContain('- l’outil d’autopartage Autocool');
    expect(errorCode(await t.gql(IMPORT, { text: MOUVES_AQUITAINE_CAHIER }))).toBe('UNAUTHENTICATED');
  });

  it.each(['NEWEST', 'MOST_REPLICATED', 'MOST_USEFUL', 'RELEVANCE'])(
    'lists practices with the same number of SQL statements for 1 and 50, every relation selected, sorted by %s',
    async (sort) => {
      const { rows } = await t.db.query(`SELECT id FROM organisation LIMIT 1`);
      await t.db.query(
        `INSERT INTO practice (slug, title, summary, themes, region_code, status, published_at, organisation_id, sections, created_by_id)
         SELECT 'nombre-' || replace(lower($1), '_', '-') || '-' || i, 'Pratique en nombre ' || i, 'Résumé de la pratique en nombre.', '{ENERGY}', '75',
           'PUBLISHED', now() - make_interval(mins => i), $2, '[{"kind":"ARGUMENT","heading":null,"body":"Pratique en nombre."}]', $3
         FROM generate_series(1, 55) i`,
        [sort, rows[0]?.id ?? null, author.id],
      );
      await t.db.query(
        `INSERT INTO practice_author (practice_id, account_id) SELECT id, $1 FROM practice WHERE slug LIKE 'nombre-' || replace(lower($2), '_', '-') || '-%'`,
        [author.id, sort],
      );
      const Q = `query($first: Int!, $sort: PracticeSort!, $filter: PracticeFilter) { practices(first: $first, sort: $sort, filter: $filter) {
        totalCount edges { node { id title snippet region { name } department { name } sections { bodyHtml }
        organisation { name owners { id } } group { name memberCount } authors { displayName } viewerCanEdit viewerCanModerate revisions { version }
        related { title } cover { url } attachments { name } viewerReactions
        replicationMap { region { name } count } } } } }`;
      // With a search (rows come with their sections and excerpt) and without (sections loaded when asked).
      for (const filter of [
        { search: 'nombre', themes: ['ENERGY'] },
        { themes: ['ENERGY'], regionCode: '75' },
      ]) {
        const counter = installStatementCounter();
        await t.gql(Q, { first: 2, sort, filter }, as(author));
        counter.reset();
        const one = await t.gql<{ practices: { edges: unknown[] } }>(Q, { first: 1, sort, filter }, as(author));
        const small = counter.count;
        counter.reset();
        const fifty = await t.gql<{ practices: { edges: { node: { title: string; sections: { bodyHtml: string }[] } }[] } }>(
          Q,
          { first: 50, sort, filter },
          as(author),
        );
        expect(one.errors).toBeUndefined();
        expect(fifty.data?.practices.edges).toHaveLength(50);
        const ours = fifty.data?.practices.edges.filter((e) => e.node.title.startsWith('Pratique en nombre')) ?? [];
        expect(ours.length).toBeGreaterThan(0);
        expect(ours.every((e) => e.node.sections[0]?.bodyHtml === '<p>Pratique en nombre.</p>\n')).toBe(true);
        expect(counter.count).toBe(small);
      }
    },
  );
});
