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
                (SELECT count(*) FROM organisation_member)::int AS memberships`,
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

  it('changes nothing when run a second time', async () => {
    const before = await counts();
    const again = await seedDemo(url);
    expect(again.created).toBe(0);
    expect(await counts()).toEqual(before);
  });
});
