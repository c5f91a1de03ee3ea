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
    url.pathname = '/mouvement_e2e';
    const admin = new URL(process.env.DATABASE_URL);
    admin.pathname = '/postgres';
    const client = new Client({ connectionString: admin.toString() });
    await client.connect();
    await client.query('DROP DATABASE IF EXISTS mouvement_e2e WITH (FORCE)');
    await client.end();
    env.E2E_DATABASE_URL = url.toString();
  }
  run(bin('playwright'), ['test', '-c', 'apps/web-e2e/playwright.config.ts', ...process.argv.slice(2)], { env });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
