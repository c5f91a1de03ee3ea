import { Client } from 'pg';

/** Gives an existing account the platform ADMIN role. */
export async function promoteAdmin(url: string, email: string): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const exists = await client.query(`SELECT to_regclass('public.account') AS t`);
    if (!exists.rows[0]?.t) throw new Error('No account table yet: accounts arrive with the next migration.');
    const { rowCount } = await client.query(`UPDATE account SET role = 'ADMIN' WHERE lower(email) = lower($1)`, [email.trim()]);
    if (!rowCount) throw new Error(`No account with the email ${email}.`);
  } finally {
    await client.end();
  }
}
