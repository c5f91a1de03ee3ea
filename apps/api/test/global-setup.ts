import './register-source-paths';
import { startEmbeddedPostgres } from '@mouvement/api-core/embedded-postgres';
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { migrate } from '../src/migrate';
import { databaseUrl, dropDatabase, withAdminClient } from './test-database';

/**
 * Once per test run: a PostgreSQL server (the one in DATABASE_URL, else an embedded one), and a
 * template database with every migration applied. Each test file copies the template.
 */
export default async function globalSetup() {
  let server = process.env['DATABASE_URL'];
  if (!server) {
    const dir = resolve(__dirname, '../../../.data/test-pg');
    rmSync(dir, { recursive: true, force: true });
    const embedded = await startEmbeddedPostgres(dir, Number(process.env['TEST_PG_PORT'] ?? 54330), { durable: false });
    (globalThis as { __embeddedPg?: typeof embedded }).__embeddedPg = embedded;
    server = embedded.serverUrl;
  }
  process.env['TEST_PG_SERVER'] = server;
  const template = `mouvement_test_template_${process.pid}`;
  process.env['TEST_TEMPLATE_DB'] = template;
  await dropDatabase(template);
  await withAdminClient((c) => c.query(`CREATE DATABASE "${template}"`));
  await migrate(databaseUrl(template));
}
