import './register-paths';
import { loadConfig, startEmbeddedPostgres, type EmbeddedPostgresHandle } from '@mouvement/api-core';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createApp } from './bootstrap';
import { ensureDatabase, migrate } from './migrate';
import { seedDemo } from './seed/demo';

/**
 * `npm start`: the embedded PostgreSQL when DATABASE_URL is unset, migrations, the demo movement
 * on first start, then the API and the built web app on one port.
 */
async function main() {
  const config = loadConfig();
  config.webDist ??= resolve(process.cwd(), 'dist/web');
  let embedded: EmbeddedPostgresHandle | undefined;
  let databaseUrl = config.databaseUrl;
  if (!databaseUrl) {
    process.stdout.write(`Starting the embedded PostgreSQL (data in ${join(config.dataDir, 'pg')})…\n`);
    embedded = await startEmbeddedPostgres(join(config.dataDir, 'pg'), config.embeddedPgPort);
    const url = new URL(embedded.serverUrl);
    url.pathname = '/mouvement';
    databaseUrl = url.toString();
  }
  const stop = async (signal: string) => {
    process.stdout.write(`\n${signal}: stopping…\n`);
    try {
      await app?.close();
    } finally {
      await embedded?.stop();
      process.exit(0);
    }
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));

  await ensureDatabase(databaseUrl);
  const ran = await migrate(databaseUrl);
  if (ran) process.stdout.write(`Applied ${ran} migration(s).\n`);
  const demo = config.seedDemo ? await seedDemo(databaseUrl) : null;

  app = await createApp(config, databaseUrl);
  await app.listen(config.port, config.host);
  const web = existsSync(join(config.webDist, 'index.html'));
  process.stdout.write(
    [
      '',
      `Mouvement is ready on ${config.publicUrl}`,
      `  GraphQL API:  ${config.publicUrl}/graphql`,
      web ? `  Web app:      ${config.publicUrl}/` : '  Web app:      not built (run `npm run build`)',
      `  Database:     ${embedded ? 'embedded PostgreSQL in ' + join(config.dataDir, 'pg') : 'DATABASE_URL'}`,
      ...(demo?.accounts.length
        ? ['  Demo accounts:', ...demo.accounts.map((a) => `    ${a.role.padEnd(13)} ${a.email.padEnd(40)} ${a.password}`)]
        : []),
      '',
    ].join('\n'),
  );
}

let app: Awaited<ReturnType<typeof createApp>> | undefined;

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
