// `npm run bench:api`: 200,000 organisations with their owners in a fresh database, then the
// `organisations(first: 20)` page with its region and owners through our API, and the same SQL
// through a bare fastify + pg route (the practical limit), with autocannon at 20 connections.
const { join } = require('node:path');
const autocannon = require('autocannon');
const { Client } = require('pg');
const { build, apiEntry, root } = require('./run');
const { freshDatabase, startProcess } = require('./bench-support');

const ORGANISATIONS = Number(process.env.BENCH_ORGANISATIONS ?? 200_000);
const DURATION = Number(process.env.BENCH_SECONDS ?? 15);
const CONNECTIONS = 20;
const QUERY = `query Page { organisations(first: 20) { edges { node { id name slug kind region { code name } owners { id displayName } } } } }`;

async function main() {
  build(['api']);
  const database = await freshDatabase('mouvement_bench');
  const { dbUrl } = database;

  console.log(`Seeding ${ORGANISATIONS.toLocaleString('en')} organisations and their owners…`);
  const started = Date.now();
  const db = new Client({ connectionString: dbUrl });
  await db.connect();
  await db.query(
    `
    INSERT INTO account (email, password_hash, display_name, kind, region_code, terms_version, privacy_version, terms_accepted_at, age_confirmed_at)
    SELECT 'owner' || i || '@bench.fr', 'x', 'Porteur ' || i, 'SOCIAL_ENTREPRENEUR', (ARRAY['75','76','53','84','11'])[1 + i % 5], 'v', 'v', now(), now()
    FROM generate_series(1, $1) i`,
    [ORGANISATIONS],
  );
  await db.query(`
    INSERT INTO organisation (name, slug, kind, region_code, themes, description, created_by_id)
    SELECT 'Organisation ' || md5(a.email), 'org-' || substr(a.id::text, 1, 13), 'COOPERATIVE', a.region_code, ARRAY['ENERGY'], 'Structure de test', a.id
    FROM account a`);
  await db.query(`
    INSERT INTO organisation_member (organisation_id, account_id, role, status)
    SELECT o.id, o.created_by_id, 'OWNER', 'ACTIVE' FROM organisation o`);
  await db.query('ANALYZE');
  console.log(`Seeded in ${((Date.now() - started) / 1000).toFixed(1)} s`);

  // Statements per request, counted at the pg driver in one in-process request.
  const statements = await countStatements(dbUrl);
  const page = 2; // the page and its owners: see tools/bench-raw-server.js
  await db.end();

  const api = await startProcess(
    'api',
    process.execPath,
    [apiEntry('main')],
    {
      NODE_ENV: 'production',
      DATABASE_URL: dbUrl,
      PORT: '3401',
      HOST: '127.0.0.1',
      JWT_SECRET: 'bench-secret-bench-secret-bench-secret-0123',
      SEED_DEMO: 'false',
      LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? 'warn',
    },
    'http://127.0.0.1:3401/health/ready',
  );
  const raw = await startProcess(
    'raw',
    process.execPath,
    [join(__dirname, 'bench-raw-server.js')],
    { DATABASE_URL: dbUrl, PORT: '3402' },
    'http://127.0.0.1:3402/health',
  );

  const body = JSON.stringify({ query: QUERY });
  const ours = await load('our API (NestJS + Apollo)', {
    url: 'http://127.0.0.1:3401/graphql',
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
  });
  const bare = await load('bare fastify + pg', { url: 'http://127.0.0.1:3402/organisations' });
  api.kill('SIGTERM');
  raw.kill('SIGTERM');
  await database.stop();

  const ratio = ours.requests.average / bare.requests.average;
  console.log('\n| route | req/s (avg) | latency p50 | latency p99 | SQL statements per request |');
  console.log('|---|---|---|---|---|');
  console.log(
    `| our API: organisations(first: 20) with region and owners | ${ours.requests.average.toFixed(0)} | ${ours.latency.p50} ms | ${ours.latency.p99} ms | ${statements} |`,
  );
  console.log(
    `| bare fastify + pg, same SQL | ${bare.requests.average.toFixed(0)} | ${bare.latency.p50} ms | ${bare.latency.p99} ms | ${page} |`,
  );
  console.log(`\nOur API reaches ${(ratio * 100).toFixed(0)} % of the raw route (target: 50 %).`);
}

async function countStatements(dbUrl) {
  const { installStatementCounter, loadConfig } = require(join(root, 'dist/api/libs/api/core/src/index.js'));
  const { createApp } = require(apiEntry('bootstrap'));
  const counter = installStatementCounter();
  const config = loadConfig({
    NODE_ENV: 'production',
    JWT_SECRET: 'x'.repeat(40),
    LOG_LEVEL: 'silent',
    DATA_DIR: join(root, '.data/bench'),
  });
  const app = await createApp(config, dbUrl);
  await app.listen(0, '127.0.0.1');
  const port = app.getHttpServer().address().port;
  const ask = () =>
    fetch(`http://127.0.0.1:${port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: QUERY }),
    }).then((r) => r.json());
  await ask(); // reference data loaded once per process
  counter.reset();
  const result = await ask();
  if (result.errors || result.data.organisations.edges.length !== 20) throw new Error(JSON.stringify(result).slice(0, 500));
  const count = counter.count;
  await app.close();
  return count;
}

async function load(title, options) {
  await autocannon({ ...options, connections: CONNECTIONS, duration: 3 }); // warm-up
  const result = await autocannon({ ...options, connections: CONNECTIONS, duration: DURATION });
  if (result.non2xx || result.errors) throw new Error(`${title}: ${result.non2xx} non-2xx, ${result.errors} errors`);
  console.log(`${title}: ${result.requests.average.toFixed(0)} req/s, p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms`);
  return result;
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
