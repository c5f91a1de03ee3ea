// `npm run bench:practices`: 100,000 published practices with 1,000,000 reactions and 300,000 comments
// seeded in SQL into a fresh database, then, at 20 connections for 20 s each, the library's first page
// filtered by region and theme sorted by newest, and a French full-text search, through our API; and
// the very statements the API runs for each, replayed directly through `pg` in the same run (the
// yardstick). Targets on the 2-core machine: p95 under 30 ms (filtered page) and 60 ms (search).
const { join } = require('node:path');
const autocannon = require('autocannon');
const pg = require('pg');
const { build, apiEntry, root } = require('./run');
const { freshDatabase, startProcess } = require('./bench-support');

const PRACTICES = Number(process.env.BENCH_PRACTICES ?? 100_000);
const DURATION = Number(process.env.BENCH_SECONDS ?? 20);
const CONNECTIONS = 20;

const CASES = [
  {
    name: 'filtered page (region 75, theme ENERGY, newest)',
    target: 30,
    query: `query { practices(first: 20, sort: NEWEST, filter: { regionCode: "75", themes: [ENERGY] }) {
      edges { node { id slug title summary themes region { code name } usefulCount replicationCount } } pageInfo { hasNextPage endCursor } } }`,
  },
  {
    name: 'full-text search ("énergie citoyenne", relevance)',
    target: 60,
    query: `query { practices(first: 20, sort: RELEVANCE, filter: { search: "énergie citoyenne" }) {
      edges { node { id slug title snippet region { code name } usefulCount } } pageInfo { hasNextPage endCursor } } }`,
  },
];

async function main() {
  build(['api']);
  const database = await freshDatabase('mouvement_bench_practices');
  const { dbUrl } = database;

  const db = new pg.Client({ connectionString: dbUrl });
  await db.connect();
  await seed(db);

  // The statements the API runs for each case, recorded at the pg driver in one in-process request.
  for (const c of CASES) c.statements = await recordStatements(dbUrl, c.query);
  await db.end();

  // Visitors without an account are answered from the public cache (PublicResponseCache); members,
  // and every visitor after a write, take the live path: both are measured.
  const modes = [
    { name: 'visitors (public cache)', env: {} },
    { name: 'live (members; cache off)', env: { PUBLIC_CACHE_SECONDS: '0' } },
  ];
  const rows = [];
  try {
    for (const mode of modes) {
      const api = await startProcess(
        'api',
        process.execPath,
        [apiEntry('main')],
        {
          NODE_ENV: 'production',
          DATABASE_URL: dbUrl,
          PORT: '3403',
          HOST: '127.0.0.1',
          JWT_SECRET: 'bench-secret-bench-secret-bench-secret-0123',
          SEED_DEMO: 'false',
          LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? 'warn',
          DATA_DIR: join(root, '.data/bench'),
          ...mode.env,
        },
        'http://127.0.0.1:3403/health/ready',
      );
      try {
        for (const c of CASES) rows.push({ c, mode, ours: await httpLoad(c, mode) });
      } finally {
        api.kill('SIGTERM');
        await new Promise((resolve) => api.once('exit', resolve));
      }
    }
    for (const c of CASES) c.yardstick = await pgLoad(dbUrl, c);
  } finally {
    await database.stop();
  }

  console.log(
    '\n| query | API path | SQL statements | API req/s | API p50 | API p95 | pg p50 | pg p95 | API p95 / pg p95 | target (API p95) |',
  );
  console.log('|---|---|---|---|---|---|---|---|---|---|');
  for (const { c, mode, ours } of rows) {
    const y = c.yardstick;
    console.log(
      `| ${c.name} | ${mode.name} | ${c.statements.length} | ${ours.rps.toFixed(0)} | ${ours.p50} ms | ${ours.p95} ms | ${y.p50} ms | ${y.p95} ms | ${(ours.p95 / y.p95).toFixed(1)} | < ${c.target} ms: ${ours.p95 < c.target ? 'met' : 'MISSED'} |`,
    );
  }
}

async function seed(db) {
  console.log(
    `Seeding ${PRACTICES.toLocaleString('en')} practices, ${(PRACTICES * 10).toLocaleString('en')} reactions, ${(PRACTICES * 3).toLocaleString('en')} comments…`,
  );
  const started = Date.now();
  const step = async (label, sql, params = []) => {
    const t = Date.now();
    await db.query(sql, params);
    console.log(`  ${label}: ${((Date.now() - t) / 1000).toFixed(1)} s`);
  };
  await step(
    'accounts',
    `INSERT INTO account (email, password_hash, display_name, kind, region_code, terms_version, privacy_version, terms_accepted_at, age_confirmed_at)
     SELECT 'membre' || i || '@bench.fr', 'x', 'Membre ' || i, 'SOCIAL_ENTREPRENEUR', '75', 'v', 'v', now(), now() FROM generate_series(1, 2000) i`,
  );
  // A vocabulary of the size real sheets have: 30 kinds of structures, 25 qualifiers, 60 fields of
  // activity and the 101 departments, so that two words match a fraction of the library, not a tenth.
  await step(
    'practices',
    `WITH words AS (
       SELECT ARRAY['Coopérative', 'Atelier', 'Réseau', 'Épicerie', 'Centrale', 'Jardin', 'Garage', 'Tiers-lieu', 'Recyclerie', 'Cantine',
                    'Ressourcerie', 'Fablab', 'Maison', 'Plateforme', 'Fonds', 'Club', 'Chantier', 'Ferme', 'Boutique', 'Crèche',
                    'Conciergerie', 'Collectif', 'Association', 'Entreprise', 'Régie', 'Pôle', 'Incubateur', 'Université populaire',
                    'Friperie', 'Laverie'] AS a,
              ARRAY['citoyenne', 'solidaire', 'partagé', 'de quartier', 'rurale', 'intergénérationnelle', 'locale', 'participative',
                    'coopérative', 'inclusive', 'itinérante', 'mutualisée', 'connectée', 'durable', 'écologique', 'sociale', 'd’insertion',
                    'étudiante', 'paysanne', 'urbaine', 'associative', 'communale', 'ouverte', 'collaborative', 'de proximité'] AS b,
              ARRAY['énergie', 'vélo', 'alimentation', 'réemploi', 'numérique', 'mobilité', 'insertion', 'habitat', 'santé', 'culture',
                    'eau', 'forêt', 'textile', 'livres', 'jouets', 'meubles', 'électroménager', 'informatique', 'couture', 'menuiserie',
                    'musique', 'théâtre', 'sport', 'jardinage', 'compost', 'apiculture', 'pêche', 'boulangerie', 'brasserie', 'fromagerie',
                    'maraîchage', 'covoiturage', 'autopartage', 'logement', 'hébergement', 'petite enfance', 'aide à domicile', 'handicap',
                    'vieillissement', 'jeunesse', 'formation', 'langues', 'emploi', 'finance', 'épargne', 'assurance', 'tourisme',
                    'patrimoine', 'artisanat', 'recyclage', 'déchets', 'biodiversité', 'climat', 'rénovation', 'isolation', 'chauffage',
                    'solaire', 'éolien', 'hydrogène', 'méthanisation'] AS c,
              ARRAY['ENERGY', 'ENVIRONMENT', 'MOBILITY', 'CIRCULAR_ECONOMY', 'PERSONAL_SERVICES', 'EMPLOYMENT', 'HOUSING', 'FOOD', 'CULTURE',
                    'EDUCATION', 'HEALTH', 'FINANCE', 'DIGITAL'] AS themes,
              ARRAY['01', '02', '03', '04', '06', '11', '24', '27', '28', '32', '44', '52', '53', '75', '76', '84', '93', '94'] AS regions,
              (SELECT array_agg(name ORDER BY code) FROM department) AS places
     ), acc AS (SELECT array_agg(id ORDER BY email) AS ids FROM account)
     INSERT INTO practice (slug, title, summary, themes, region_code, status, published_at, sections, created_by_id, updated_by_id)
     SELECT 'pratique-' || i,
       a[1 + i % 30] || ' ' || b[1 + (i * 7) % 25] || ' : ' || c[1 + (i * 13) % 60] || ' à ' || places[1 + (i * 17) % 101],
       'Une initiative de ' || c[1 + (i * 29) % 60] || ' et de ' || c[1 + (i * 31) % 60]
         || ', portée par des habitants et des entreprises de l’économie sociale, reproductible ailleurs.',
       ARRAY[themes[1 + i % 13], themes[1 + (i * 7) % 13]],
       regions[1 + (i * 31) % 18], 'PUBLISHED', now() - make_interval(mins => i),
       jsonb_build_array(
         jsonb_build_object('kind', 'PRESENTATION', 'heading', NULL,
           'body', 'Présentation : ' || c[1 + (i * 37) % 60] || ' ' || b[1 + (i * 11) % 25] || ', avec les partenaires du territoire.'),
         jsonb_build_object('kind', 'IMPACTS', 'heading', NULL, 'body', 'Des emplois locaux, moins de déchets et une coopération durable.')),
       acc.ids[1 + i % 2000], acc.ids[1 + i % 2000]
     FROM words, acc, generate_series(1, $1) i`,
    [PRACTICES],
  );
  await step('authors', `INSERT INTO practice_author (practice_id, account_id) SELECT p.id, p.created_by_id FROM practice p`);
  await step(
    'reactions',
    `WITH a AS (SELECT array_agg(id ORDER BY email) AS ids FROM account), p AS (SELECT id, row_number() OVER (ORDER BY id) AS n FROM practice)
     INSERT INTO practice_reaction (practice_id, account_id, reaction)
     SELECT p.id, a.ids[1 + ((p.n * 13 + k * 101) % 2000)::int], CASE WHEN k < 7 THEN 'USEFUL' ELSE 'INSPIRING' END
     FROM p, a, generate_series(0, 9) k`,
  );
  await step(
    'comments',
    `WITH a AS (SELECT array_agg(id ORDER BY email) AS ids FROM account), p AS (SELECT id, row_number() OVER (ORDER BY id) AS n FROM practice)
     INSERT INTO practice_comment (practice_id, author_id, body)
     SELECT p.id, a.ids[1 + ((p.n * 17 + k * 211) % 2000)::int], 'Merci pour ce partage, nous allons essayer chez nous.'
     FROM p, a, generate_series(1, 3) k`,
  );
  await step(
    'counters',
    `UPDATE practice p SET useful_count = r.useful, inspiring_count = r.inspiring, comment_count = 3
     FROM (SELECT practice_id, count(*) FILTER (WHERE reaction = 'USEFUL') AS useful, count(*) FILTER (WHERE reaction = 'INSPIRING') AS inspiring
           FROM practice_reaction GROUP BY 1) r WHERE r.practice_id = p.id`,
  );
  await step('vacuum analyze', 'VACUUM ANALYZE');
  const matched = await db.query(
    `SELECT count(*)::int AS n FROM practice WHERE search @@ websearch_to_tsquery('fr_unaccent', 'énergie citoyenne')`,
  );
  console.log(`Seeded in ${((Date.now() - started) / 1000).toFixed(1)} s; "énergie citoyenne" matches ${matched.rows[0].n} practices.`);
}

async function recordStatements(dbUrl, query) {
  const { loadConfig } = require(join(root, 'dist/api/libs/api/core/src/index.js'));
  const { createApp } = require(apiEntry('bootstrap'));
  const proto = pg.Client.prototype;
  const original = proto.query;
  let recorded = null;
  proto.query = function recording(...args) {
    const first = args[0];
    const text = typeof first === 'string' ? first : first?.text;
    const values = typeof first === 'string' ? args[1] : first?.values;
    if (recorded && text && Array.isArray(values ?? [])) recorded.push({ text, values: values ?? [] });
    return original.apply(this, args);
  };
  const config = loadConfig({
    NODE_ENV: 'production',
    JWT_SECRET: 'x'.repeat(40),
    LOG_LEVEL: 'silent',
    DATA_DIR: join(root, '.data/bench'),
    PUBLIC_CACHE_SECONDS: '0', // the statements of the live path
  });
  const app = await createApp(config, dbUrl);
  await app.listen(0, '127.0.0.1');
  const port = app.getHttpServer().address().port;
  const ask = () =>
    fetch(`http://127.0.0.1:${port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
    }).then((r) => r.json());
  await ask(); // reference data loaded once per process
  recorded = [];
  const result = await ask();
  const statements = recorded;
  recorded = null;
  proto.query = original;
  await app.close();
  if (result.errors || result.data.practices.edges.length !== 20) throw new Error(JSON.stringify(result).slice(0, 500));
  return statements;
}

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function httpLoad(c, mode) {
  const options = {
    url: 'http://127.0.0.1:3403/graphql',
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: c.query }),
    connections: CONNECTIONS,
  };
  await autocannon({ ...options, duration: 3 }); // warm-up
  const latencies = [];
  const instance = autocannon({ ...options, duration: DURATION });
  instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  const result = await instance;
  if (result.non2xx || result.errors) throw new Error(`${c.name}: ${result.non2xx} non-2xx, ${result.errors} errors`);
  latencies.sort((a, b) => a - b);
  const summary = { rps: result.requests.average, p50: round(percentile(latencies, 50)), p95: round(percentile(latencies, 95)) };
  console.log(`API, ${mode.name}, ${c.name}: ${summary.rps.toFixed(0)} req/s, p50 ${summary.p50} ms, p95 ${summary.p95} ms`);
  return summary;
}

/** The same statements, in the same order, straight through pg: 20 workers for the same duration. */
async function pgLoad(dbUrl, c) {
  const pool = new pg.Pool({ connectionString: dbUrl, max: CONNECTIONS });
  const latencies = [];
  const run = async (record) => {
    const started = process.hrtime.bigint();
    for (const s of c.statements) await pool.query(s.text, s.values);
    if (record) latencies.push(Number(process.hrtime.bigint() - started) / 1e6);
  };
  const work = async (seconds, record) => {
    const end = Date.now() + seconds * 1000;
    await Promise.all(
      Array.from({ length: CONNECTIONS }, async () => {
        while (Date.now() < end) await run(record);
      }),
    );
  };
  await work(3, false); // warm-up
  await work(DURATION, true);
  await pool.end();
  latencies.sort((a, b) => a - b);
  const summary = { rps: latencies.length / DURATION, p50: round(percentile(latencies, 50)), p95: round(percentile(latencies, 95)) };
  console.log(`pg, ${c.name}: ${summary.rps.toFixed(0)} runs/s, p50 ${summary.p50} ms, p95 ${summary.p95} ms`);
  return summary;
}

const round = (ms) => Math.round(ms * 10) / 10;

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
