import './register-paths';
import { loadConfig } from '@mouvement/api-core';
import { resolve } from 'node:path';
import { createApp } from './bootstrap';

/** Writes `apps/api/schema.gql` from the code-first resolvers, without a database. */
async function emit() {
  const file = resolve(process.argv[2] ?? 'apps/api/schema.gql');
  const config = loadConfig({
    ...process.env,
    NODE_ENV: 'development',
    LOG_LEVEL: 'silent',
    JWT_SECRET: 'x'.repeat(32),
    SCHEMA_FILE: file,
  });
  const app = await createApp(config, 'postgres://schema:schema@127.0.0.1:1/schema', { initialiseDatabase: false });
  await app.init();
  await app.close();
  process.stdout.write(`Schema written to ${file}\n`);
}

emit().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
