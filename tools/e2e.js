// `npm run e2e`: builds the app, gives it a fresh database, and runs Playwright in Debian's Chromium.
const { rmSync } = require('node:fs');
const { join } = require('node:path');
const { Client } = require('pg');
const { build, bin, run, root } = require('./run');

async function main() {
  build();
  const env = { ...process.env, E2E_DATA_DIR: join(root, '.data/e2e') };
  rmSync(env.E2E_DATA_DIR, { recursive: true, force: true });
  if (process.env.DATABASE_URL) {
    const url = new URL(process.env.DATABASE_URL);
    // E2E_DB lets two checkouts run their browser tests side by side on one server.
    const name = process.env.E2E_DB ?? 'mouvement_e2e';
    if (!/^\w+$/.test(name)) throw new Error('E2E_DB must be a plain database name');
    url.pathname = `/${name}`;
    const admin = new URL(process.env.DATABASE_URL);
    admin.pathname = '/postgres';
    const client = new Client({ connectionString: admin.toString() });
    await client.connect();
    await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await client.end();
    env.E2E_DATABASE_URL = url.toString();
  }
  run(bin('playwright'), ['test', '-c', 'apps/web-e2e/playwright.config.ts', ...process.argv.slice(2)], { env });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
