import { normaliseLink } from '@mouvement/shared-domain';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Every column that holds a web address a person gave. */
const LINK_COLUMNS = [
  { table: 'group_event', column: 'online_url' },
  { table: 'organisation', column: 'website' },
] as const;

/**
 * Links written before they were normalised on input (`https://Example.com/visio`, which made the
 * calendar library fail) are rewritten as the WHATWG parser writes them, in batches. A stored value
 * that is not a web address at all is left as it was: the API does not show it and calendars get the
 * event's page instead. Nothing to undo: a normalised address names the same page.
 */
export class NormaliseLinks1764285060000 implements MigrationInterface {
  name = 'NormaliseLinks1764285060000';

  async up(q: QueryRunner): Promise<void> {
    for (const { table, column } of LINK_COLUMNS) {
      let after = '00000000-0000-0000-0000-000000000000';
      for (;;) {
        const rows = (await q.query(
          `SELECT id, ${column} AS link FROM ${table} WHERE ${column} IS NOT NULL AND id > $1 ORDER BY id LIMIT 1000`,
          [after],
        )) as { id: string; link: string }[];
        if (!rows.length) break;
        after = rows[rows.length - 1]?.id ?? after;
        const changed = rows.flatMap((r) => {
          const normalised = normaliseLink(r.link);
          return normalised && normalised !== r.link ? [{ id: r.id, link: normalised }] : [];
        });
        if (changed.length)
          await q.query(`UPDATE ${table} t SET ${column} = c.link FROM unnest($1::uuid[], $2::text[]) AS c(id, link) WHERE t.id = c.id`, [
            changed.map((c) => c.id),
            changed.map((c) => c.link),
          ]);
      }
    }
  }

  async down(): Promise<void> {
    // The earlier spellings of the same addresses are not kept.
  }
}
