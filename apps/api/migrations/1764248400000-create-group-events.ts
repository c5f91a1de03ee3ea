import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Events of groups and the answers to them, with a waiting list when an event is full. */
export class CreateGroupEvents1764248400000 implements MigrationInterface {
  name = 'CreateGroupEvents1764248400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE group_event (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        group_id uuid NOT NULL REFERENCES movement_group(id) ON DELETE CASCADE,
        title text NOT NULL CHECK (length(title) BETWEEN 2 AND 200),
        description text,
        starts_at timestamptz NOT NULL,
        ends_at timestamptz NOT NULL CHECK (ends_at > starts_at),
        place text,
        online_url text,
        capacity integer CHECK (capacity > 0),
        created_by_id uuid REFERENCES account(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        deleted_at timestamptz
      )`);
    await q.query(`CREATE INDEX group_event_group_start_idx ON group_event (group_id, starts_at, id) WHERE deleted_at IS NULL`);
    await q.query(`CREATE INDEX group_event_start_idx ON group_event (starts_at, id) WHERE deleted_at IS NULL`);
    await q.query(`
      CREATE TABLE event_rsvp (
        event_id uuid NOT NULL REFERENCES group_event(id) ON DELETE CASCADE,
        account_id uuid NOT NULL REFERENCES account(id) ON DELETE CASCADE,
        answer text NOT NULL CHECK (answer IN ('GOING', 'MAYBE', 'NOT_GOING')),
        waitlisted_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (event_id, account_id),
        CHECK (waitlisted_at IS NULL OR answer = 'GOING')
      )`);
    await q.query(`CREATE INDEX event_rsvp_waitlist_idx ON event_rsvp (event_id, waitlisted_at) WHERE waitlisted_at IS NOT NULL`);
    await q.query(`CREATE INDEX event_rsvp_account_idx ON event_rsvp (account_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE event_rsvp`);
    await q.query(`DROP TABLE group_event`);
  }
}
