import { Client } from 'pg';
import { MIGRATIONS } from '../migrations';
import { migrate, revert } from '../src/migrate';
import { databaseUrl, dropDatabase, withAdminClient } from './test-database';

describe('Migrations', () => {
  const name = `mouvement_test_migrations_${process.pid}`;
  let url: string;

  beforeAll(async () => {
    await dropDatabase(name);
    await withAdminClient((c) => c.query(`CREATE DATABASE "${name}"`));
    url = databaseUrl(name);
  });
  afterAll(() => dropDatabase(name));

  async function tables(): Promise<string[]> {
    const client = new Client({ connectionString: url });
    await client.connect();
    try {
      const { rows } = await client.query(
        `SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'migrations' ORDER BY 1`,
      );
      return rows.map((r: { tablename: string }) => r.tablename);
    } finally {
      await client.end();
    }
  }

  it('run up on an empty database, down to nothing, and up again', async () => {
    expect(await migrate(url)).toBe(MIGRATIONS.length);
    expect(await tables()).toEqual([
      'account',
      'account_action_window',
      'account_token',
      'calendar_feed',
      'content_report',
      'department',
      'domain_event',
      'event_rsvp',
      'group_audit',
      'group_event',
      'group_invitation',
      'group_invite_link',
      'group_member',
      'group_post',
      'group_post_reaction',
      'group_post_revision',
      'movement_group',
      'organisation',
      'organisation_claim',
      'organisation_member',
      'practice',
      'practice_author',
      'practice_comment',
      'practice_comment_revision',
      'practice_file',
      'practice_reaction',
      'practice_replication',
      'practice_revision',
      'refresh_token',
      'region',
      'sign_in_failure',
    ]);
    await revert(url, MIGRATIONS.length);
    expect(await tables()).toEqual([]);
    expect(await migrate(url)).toBe(MIGRATIONS.length);
    expect(await tables()).toHaveLength(31);
    expect(await migrate(url)).toBe(0);
  });
});
