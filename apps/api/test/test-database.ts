import { Client } from 'pg';

/** Connection URL of `database` on the test server named by `TEST_PG_SERVER`. */
export function databaseUrl(database: string, server = process.env['TEST_PG_SERVER']): string {
  if (!server) throw new Error('TEST_PG_SERVER is not set: run the tests through jest (global setup).');
  const url = new URL(server);
  url.pathname = `/${database}`;
  return url.toString();
}

export async function withAdminClient<T>(fn: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: databaseUrl('postgres') });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

export async function dropDatabase(name: string): Promise<void> {
  await withAdminClient((c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
}

/** A fresh database copied from the migrated template; retried while another copy holds the template. */
export async function createDatabaseFromTemplate(name: string): Promise<string> {
  const template = process.env['TEST_TEMPLATE_DB'];
  if (!template) throw new Error('TEST_TEMPLATE_DB is not set: run the tests through jest (global setup).');
  for (let attempt = 0; ; attempt++) {
    try {
      await withAdminClient((c) => c.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`));
      return databaseUrl(name);
    } catch (error) {
      if (attempt >= 20 || !/being accessed by other users/.test(String(error))) throw error;
      await new Promise((r) => setTimeout(r, 100 + Math.random() * 200));
    }
  }
}
