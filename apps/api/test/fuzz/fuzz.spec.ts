import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  buildSchema,
  getNamedType,
  isLeafType,
  isNonNullType,
  isObjectType,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';
import { DATABASE_REFUSAL_REASONS } from '@mouvement/api-core';
import { startTestApp, type TestApp } from '../test-app';
import { valueFor, type KnownValues } from './arbitraries';
import { arrangeWorld, type World } from './world';

/**
 * Property-based fuzzing of every query and mutation, read from the committed schema: a new
 * operation is fuzzed without anyone adding it. Each gets generated arguments of the right shape
 * with hostile values (control characters, huge and negative numbers, empty and 100 kB strings,
 * unknown ids, right-to-left overrides, impossible dates, null where null is not allowed) and of
 * the wrong shape, sent as different people. Whatever comes back must not be a server error.
 * After the run, one consistency query per domain checks that nothing was left half-written.
 *
 * FUZZ_RUNS (default 200) sets the cases per operation; FUZZ_SEED replays a run.
 */
const RUNS = Number(process.env['FUZZ_RUNS'] ?? 200);
// A fixed seed by default, so that CI is reproducible; set FUZZ_SEED to explore other cases.
const SEED = Number(process.env['FUZZ_SEED'] ?? 20261201);

const schema: GraphQLSchema = buildSchema(readFileSync(join(__dirname, '../../schema.gql'), 'utf8'));

/** A small selection: the scalar fields without required arguments, or `__typename`. */
function selectionFor(type: GraphQLNamedType, depth = 0): string {
  if (isLeafType(type)) return '';
  if (!isObjectType(type)) return '{ __typename }';
  const object = type as GraphQLObjectType;
  const fields = Object.values(object.getFields()).filter(
    (f) => !f.args.some((a) => isNonNullType(a.type) && a.defaultValue === undefined),
  );
  const parts = ['__typename'];
  for (const field of fields) {
    const named = getNamedType(field.type);
    if (isLeafType(named)) parts.push(field.name);
    else if (depth < 1 && (field.name === 'edges' || field.name === 'node' || field.name === 'account')) {
      parts.push(`${field.name} ${selectionFor(named, depth + 1)}`);
    }
  }
  return `{ ${parts.join(' ')} }`;
}

function operationText(kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>): string {
  const vars = field.args.map((a) => `$${a.name}: ${String(a.type)}`).join(', ');
  const args = field.args.map((a) => `${a.name}: $${a.name}`).join(', ');
  const selection = selectionFor(getNamedType(field.type));
  return `${kind} Fuzz${vars ? `(${vars})` : ''} { ${field.name}${args ? `(${args})` : ''} ${selection} }`;
}

interface Failure {
  operation: string;
  who: string;
  status: number;
  error: string;
  variables: string;
}

function short(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) => (typeof v === 'string' && v.length > 60 ? `${v.slice(0, 40)}…(${v.length} chars)` : v));
}

describe('Fuzzing every operation of the schema', () => {
  let t: TestApp;
  let world: World;
  let known: KnownValues;
  const failures: Failure[] = [];
  let sent = 0;
  let before: Awaited<ReturnType<typeof invariantsSnapshot>>;

  beforeAll(async () => {
    // Rate limits raised for the run: the limits have their own tests.
    t = await startTestApp({ AUTH_RATE_LIMIT: '1000000', ACCOUNT_RATE_LIMIT_FACTOR: '1000' });
    world = await arrangeWorld(t);
    const ids = await t.db.query<{ id: string }>(
      `SELECT id::text FROM account UNION ALL SELECT id::text FROM movement_group UNION ALL SELECT id::text FROM group_member
       UNION ALL SELECT id::text FROM group_post UNION ALL SELECT id::text FROM group_event UNION ALL SELECT id::text FROM organisation
       UNION ALL SELECT id::text FROM organisation_member UNION ALL SELECT id::text FROM practice UNION ALL SELECT id::text FROM practice_comment
       UNION ALL SELECT id::text FROM practice_replication UNION ALL SELECT id::text FROM organisation_claim`,
    );
    known = {
      ids: ids.rows.map((r) => r.id),
      strings: [world.groupSlug, world.organisationSlug, world.practiceSlug, '75', '33', '971', world.member.email, 'énergie citoyenne'],
    };
    before = await invariantsSnapshot(t);
  });
  afterAll(() => t.close());

  const operations = (['query', 'mutation'] as const).flatMap((kind) => {
    const root = kind === 'query' ? schema.getQueryType() : schema.getMutationType();
    return Object.values(root?.getFields() ?? {}).map((field) => ({ kind, field }));
  });

  it.each(operations.map((o) => [`${o.kind} ${o.field.name}`, o]))(
    '%s answers no server error to hostile input',
    async (_name, { kind, field }) => {
      const query = operationText(kind, field);
      const people = () => [null, world.member, world.coordinator, world.admin, world.outsider];
      const variables = fc.record(Object.fromEntries(field.args.map((a) => [a.name, valueFor(a.type, known)])));
      await fc.assert(
        fc.asyncProperty(variables, fc.integer({ min: 0, max: 4 }), async (vars, whoIndex) => {
          const person = people()[whoIndex] ?? null;
          const cleaned = Object.fromEntries(Object.entries(vars).filter(([, v]) => v !== undefined));
          sent += 1;
          const res = await t.gql(query, cleaned, person ? { token: person.token } : {});
          // A server error, or an execution error the API did not code (a 400 from GraphQL itself, such
          // as a variable of the wrong type, is the client's mistake and is coded by Apollo or not at all).
          // An answer the database gave in the service's place (a foreign key, a malformed value) means a
          // service let through input it should have checked: it fails too.
          const internal = (res.errors ?? []).find(
            (e) =>
              e.extensions?.code === 'INTERNAL_SERVER_ERROR' ||
              (res.status === 200 && !e.extensions?.code) ||
              DATABASE_REFUSAL_REASONS.has(e.extensions?.reason ?? ''),
          );
          if (res.status >= 500 || internal) {
            failures.push({
              operation: field.name,
              who: person ? (['member', 'coordinator', 'admin', 'outsider'][whoIndex - 1] ?? '?') : 'visitor',
              status: res.status,
              error: internal ? `${internal.extensions?.code}/${internal.extensions?.reason}: ${internal.message}` : `HTTP ${res.status}`,
              variables: short(cleaned),
            });
          }
          return true;
        }),
        { numRuns: RUNS, seed: SEED + field.name.length, endOnFailure: true },
      );
      const mine = failures.filter((f) => f.operation === field.name);
      expect({ seed: SEED, failures: mine.slice(0, 5) }).toEqual({ seed: SEED, failures: [] });
    },
  );

  it('leaves every domain consistent after the run', async () => {
    expect(sent).toBeGreaterThanOrEqual(operations.length * Math.min(RUNS, 200));
    const after = await invariantsSnapshot(t);
    expect(after.counters).toEqual([]);
    expect(after.practicesWithoutAuthor).toEqual([]);
    expect(after.overbookedEvents).toEqual([]);
    // Groups and organisations that had a coordinator or an owner still have one (unless deleted).
    expect(
      before.groupsWithCoordinator.filter((id) => !after.groupsWithCoordinator.includes(id) && !after.deletedGroups.includes(id)),
    ).toEqual([]);
    expect(
      before.organisationsWithOwner.filter((id) => !after.organisationsWithOwner.includes(id) && !after.deletedOrganisations.includes(id)),
    ).toEqual([]);
    // The people of the world can still use the platform.
    expect((await t.gql(`{ me { id } }`, {}, { token: world.member.token })).data).toBeTruthy();
  });
});

/** What must hold in every domain whatever was sent. */
async function invariantsSnapshot(t: TestApp) {
  const rows = async <T>(sql: string) => (await t.db.query(sql)).rows as T[];
  const counters = await rows<{ id: string; problem: string }>(`
    SELECT id::text, 'comment_count' AS problem FROM practice p
      WHERE comment_count <> (SELECT count(*) FROM practice_comment c WHERE c.practice_id = p.id AND c.deleted_at IS NULL)
    UNION ALL SELECT id::text, 'replication_count' FROM practice p
      WHERE replication_count <> (SELECT count(*) FROM practice_replication r WHERE r.practice_id = p.id AND r.deleted_at IS NULL)
    UNION ALL SELECT id::text, 'useful_count' FROM practice p
      WHERE useful_count <> (SELECT count(*) FROM practice_reaction r WHERE r.practice_id = p.id AND r.reaction = 'USEFUL')
    UNION ALL SELECT id::text, 'inspiring_count' FROM practice p
      WHERE inspiring_count <> (SELECT count(*) FROM practice_reaction r WHERE r.practice_id = p.id AND r.reaction = 'INSPIRING')`);
  const practicesWithoutAuthor = await rows<{ id: string }>(
    `SELECT id::text FROM practice p WHERE deleted_at IS NULL AND NOT EXISTS (SELECT 1 FROM practice_author a WHERE a.practice_id = p.id)`,
  );
  const overbookedEvents = await rows<{ id: string }>(
    `SELECT e.id::text FROM group_event e WHERE e.capacity IS NOT NULL
       AND (SELECT count(*) FROM event_rsvp r WHERE r.event_id = e.id AND r.answer = 'GOING' AND r.waitlisted_at IS NULL) > e.capacity`,
  );
  const groupsWithCoordinator = (
    await rows<{ id: string }>(`SELECT DISTINCT group_id::text AS id FROM group_member WHERE role = 'COORDINATOR' AND status = 'ACTIVE'`)
  ).map((r) => r.id);
  const organisationsWithOwner = (
    await rows<{ id: string }>(
      `SELECT DISTINCT organisation_id::text AS id FROM organisation_member WHERE role = 'OWNER' AND status = 'ACTIVE'`,
    )
  ).map((r) => r.id);
  const deletedGroups = (await rows<{ id: string }>(`SELECT id::text FROM movement_group WHERE deleted_at IS NOT NULL`)).map((r) => r.id);
  const deletedOrganisations = (await rows<{ id: string }>(`SELECT id::text FROM organisation WHERE deleted_at IS NOT NULL`)).map(
    (r) => r.id,
  );
  return {
    counters,
    practicesWithoutAuthor,
    overbookedEvents,
    groupsWithCoordinator,
    organisationsWithOwner,
    deletedGroups,
    deletedOrganisations,
  };
}
