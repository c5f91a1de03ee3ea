import { seedDemo } from '../src/seed/demo';
import { createDatabaseFromTemplate, dropDatabase } from './test-database';
import { Client } from 'pg';

describe('The demo movement', () => {
  const name = `mouvement_test_seed_${process.pid}`;
  let url: string;
  let db: Client;
  beforeAll(async () => {
    url = await createDatabaseFromTemplate(name);
    db = new Client({ connectionString: url });
    await db.connect();
  });
  afterAll(async () => {
    await db.end();
    await dropDatabase(name);
  });

  const counts = async () =>
    (
      await db.query(
        `SELECT (SELECT count(*) FROM account)::int AS accounts, (SELECT count(*) FROM organisation)::int AS organisations,
                (SELECT count(*) FROM organisation_member)::int AS memberships,
                (SELECT count(*) FROM movement_group)::int AS groups, (SELECT count(*) FROM group_member)::int AS group_members,
                (SELECT count(*) FROM practice)::int AS practices`,
      )
    ).rows[0];

  it('loads an admin, a dozen members of each kind and the four organisations of the founding document, unclaimed', async () => {
    const first = await seedDemo(url);
    expect(first.accounts.map((a) => a.email)).toContain('admin@mouvement.demo');
    const { rows: kinds } = await db.query(
      `SELECT kind, count(*)::int AS n FROM account WHERE role = 'MEMBER' GROUP BY kind ORDER BY kind`,
    );
    expect(kinds).toEqual([
      { kind: 'PARTNER', n: 12 },
      { kind: 'SOCIAL_ENTREPRENEUR', n: 12 },
      { kind: 'SUPPORTER', n: 12 },
      { kind: 'YOUTH', n: 12 },
    ]);
    const { rows: regions } = await db.query(`SELECT region_code, count(*)::int AS n FROM account GROUP BY 1 ORDER BY n DESC LIMIT 1`);
    expect(regions[0].region_code).toBe('75');
    const { rows: testimonials } = await db.query(
      `SELECT o.name, (SELECT count(*) FROM organisation_member m WHERE m.organisation_id = o.id)::int AS members
       FROM organisation o WHERE o.slug IN ('autocool', 'envie-2-e', 'coop-alpha', 'zioum') ORDER BY o.name`,
    );
    expect(testimonials).toEqual([
      { name: 'Autocool', members: 0 },
      { name: "Coop'alpha", members: 0 },
      { name: 'Envie 2 E', members: 0 },
      { name: 'Zioum', members: 0 },
    ]);
  });

  it('loads the Nouvelle-Aquitaine collective with its coordinators, an energy circle and a young entrepreneurs circle', async () => {
    const { rows } = await db.query(
      `SELECT g.slug, g.kind, p.slug AS parent, (SELECT count(*) FROM group_member m WHERE m.group_id = g.id AND m.role = 'COORDINATOR')::int AS coordinators
       FROM movement_group g LEFT JOIN movement_group p ON p.id = g.parent_id ORDER BY g.slug`,
    );
    expect(rows).toEqual([
      { slug: 'cercle-energie-environnement', kind: 'THEMATIC_CIRCLE', parent: 'collectif-nouvelle-aquitaine', coordinators: 1 },
      { slug: 'cercle-jeunes-entrepreneurs', kind: 'THEMATIC_CIRCLE', parent: 'collectif-nouvelle-aquitaine', coordinators: 1 },
      { slug: 'collectif-nouvelle-aquitaine', kind: 'REGIONAL_COLLECTIVE', parent: 'mouvement-national', coordinators: 2 },
      { slug: 'mouvement-national', kind: 'NATIONAL', parent: null, coordinators: 1 },
    ]);
  });

  it('publishes the founding sheet read by the importer, the four testimonials of their organisations, and practices overseas too', async () => {
    const { rows: sheet } = await db.query(
      `SELECT status, jsonb_array_length(sections) AS sections, (SELECT count(*) FROM practice_author pa WHERE pa.practice_id = p.id)::int AS authors
       FROM practice p WHERE slug = 'mouves-aquitaine-faire-mouvement'`,
    );
    expect(sheet).toEqual([{ status: 'PUBLISHED', sections: 16, authors: 1 }]);
    const { rows: testimonials } = await db.query(
      `SELECT o.slug FROM practice p JOIN organisation o ON o.id = p.organisation_id WHERE o.slug IN ('autocool', 'envie-2-e', 'coop-alpha', 'zioum') ORDER BY 1`,
    );
    expect(testimonials.map((r) => r.slug)).toEqual(['autocool', 'coop-alpha', 'envie-2-e', 'zioum']);
    const { rows: overseas } = await db.query(
      `SELECT count(DISTINCT p.region_code)::int AS n FROM practice p JOIN region r ON r.code = p.region_code WHERE r.overseas AND p.status = 'PUBLISHED'`,
    );
    expect(overseas[0].n).toBeGreaterThanOrEqual(3);
  });

  it('changes nothing when run a second time', async () => {
    const before = await counts();
    const again = await seedDemo(url);
    expect(again.created).toBe(0);
    expect(await counts()).toEqual(before);
  });
});
