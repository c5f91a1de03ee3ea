import './register-paths';
import { loadConfig, startEmbeddedPostgres, type EmbeddedPostgresHandle } from '@mouvement/api-core';
import { join } from 'node:path';
import { ensureDatabase, migrate, revert } from './migrate';
import { promoteAdmin } from './seed/admin';
import { seedDemo } from './seed/demo';

/** Database chores on the configured database (DATABASE_URL, else the embedded one under .data/). */
async function main() {
  const [command, ...args] = process.argv.slice(2);
  const config = loadConfig();
  let embedded: EmbeddedPostgresHandle | undefined;
  let url = config.databaseUrl;
  if (!url) {
    embedded = await startEmbeddedPostgres(join(config.dataDir, 'pg'), config.embeddedPgPort);
    const u = new URL(embedded.serverUrl);
    u.pathname = '/mouvement';
    url = u.toString();
  }
  try {
    await ensureDatabase(url);
    switch (command) {
      case 'migrate':
        console.log(`Applied ${await migrate(url)} migration(s).`);
        break;
      case 'revert':
        await revert(url, Number(args[0] ?? 1));
        console.log('Reverted.');
        break;
      case 'seed': {
        await migrate(url);
        const { accounts } = await seedDemo(url);
        console.log(`Demo data loaded (${accounts.length} demo accounts).`);
        break;
      }
      case 'admin': {
        const email = args[args.indexOf('--email') + 1];
        if (!args.includes('--email') || !email) throw new Error('Usage: npm run admin:create -- --email someone@example.org');
        await promoteAdmin(url, email);
        console.log(`${email} is now an admin.`);
        break;
      }
      default:
        throw new Error('Commands: migrate, revert [steps], seed, admin --email EMAIL');
    }
  } finally {
    await embedded?.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
