import { GraphQLSchemaHost } from '@nestjs/graphql';
import { VIEWER_DEPENDENT, viewerReads } from '@mouvement/api-core';
import { isObjectType, type GraphQLSchema } from 'graphql';
import { signUp, type SignedIn } from '../fixtures';
import { startTestApp, type TestApp } from '../test-app';
import { verdict, type Entry, type Scenes } from './cell';
import { ACCOUNT_CELLS } from './cells-accounts';
import { GROUP_CELLS } from './cells-groups';
import { ORGANISATION_CELLS } from './cells-organisations';
import { PRACTICE_CELLS } from './cells-practices';
import { castPeople, groupScene, organisationScene, PERSONAS, practiceScene, type Cast, type Persona } from './scene';

/**
 * The permission matrix, read against the schema: every query and mutation, and every field whose
 * value depends on the viewer, has an entry saying who may use it on someone else's object; each
 * cell is tried against real data arranged through the API. Every later domain adds its cells.
 */
const MATRIX: Entry[] = [...ACCOUNT_CELLS, ...GROUP_CELLS, ...ORGANISATION_CELLS, ...PRACTICE_CELLS];

/** `Query.practice (a draft)` is a second line for `Query.practice`. */
const fieldOf = (coordinate: string) => coordinate.split(' ')[0] as string;

describe('The permission matrix', () => {
  let t: TestApp;
  let cast: Cast;
  let schema: GraphQLSchema;

  beforeAll(async () => {
    t = await startTestApp({ AUTH_RATE_LIMIT: '100000' }, { trackViewerReads: true });
    schema = t.app.get(GraphQLSchemaHost).schema;
    cast = await castPeople(t);
  });
  afterAll(() => t.close());

  async function sceneFor(e: Entry): Promise<Scenes[keyof Scenes]> {
    switch (e.scene) {
      case 'group':
        return groupScene(t, cast);
      case 'organisation':
        return organisationScene(t, cast);
      case 'practice':
        return practiceScene(t, cast);
      default:
        return {};
    }
  }

  async function person(e: Entry, persona: Persona): Promise<SignedIn | null> {
    if (persona === 'visitor') return null;
    if (e.throwaway) return signUp(t, { displayName: `Pour ${e.coordinate}` });
    if (persona === 'author' && e.author === 'requester') return cast.requester;
    return cast.people[persona];
  }

  it.each(MATRIX.map((e) => [e.coordinate, e]))('%s: allowed and refused as the matrix says', async (_name, e) => {
    const fresh = e.fresh ?? e.coordinate.startsWith('Mutation.');
    const columns = PERSONAS.filter((p) => !e.notApplicable?.includes(p));
    let shared: Scenes[keyof Scenes] | null = null;
    const got: Record<string, string> = {};
    for (const persona of columns) {
      const scene = fresh ? await sceneFor(e) : (shared ??= await sceneFor(e));
      const me = await person(e, persona);
      const [query, variables] = await e.run(scene as never, me, cast);
      const res = await t.gql<Record<string, unknown>>(
        query,
        variables,
        me ? { token: me.token, ...(e.cookie ? { cookies: { mouvement_refresh: me.refresh } } : {}) } : {},
      );
      got[persona] = verdict(e, res);
    }
    expect(got).toEqual(Object.fromEntries(columns.map((p) => [p, e.allowed.includes(p) ? 'allowed' : 'refused'])));
  });

  it('has an entry for every query, every mutation and every field marked as depending on the viewer', () => {
    const covered = new Set(MATRIX.map((e) => fieldOf(e.coordinate)));
    const needed: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith('__')) continue;
      for (const field of Object.values(type.getFields())) {
        const coordinate = `${type.name}.${field.name}`;
        const root = type === schema.getQueryType() || type === schema.getMutationType();
        if (root || field.extensions?.[VIEWER_DEPENDENT]) needed.push(coordinate);
      }
    }
    expect(needed.filter((c) => !covered.has(c))).toEqual([]);
    // And no entry names a field that no longer exists.
    expect([...covered].filter((c) => !needed.includes(c) && !c.startsWith('Query.') && !c.startsWith('Mutation.'))).toEqual([]);
  });

  it('finds no field that reads the viewer without being marked @ViewerDependent()', () => {
    // Runs after the cells, which resolved every operation and every marked field as each persona.
    const marked = new Set<string>();
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type)) continue;
      for (const field of Object.values(type.getFields())) {
        const coordinate = `${type.name}.${field.name}`;
        if (field.extensions?.[VIEWER_DEPENDENT]) marked.add(coordinate);
        // A field named after the viewer says what it is.
        if (field.name.startsWith('viewer') && !field.extensions?.[VIEWER_DEPENDENT]) marked.add(`${coordinate} (unmarked)`);
      }
    }
    const unmarkedByName = [...marked].filter((c) => c.endsWith('(unmarked)'));
    const unmarkedReads = [...viewerReads].filter((c) => !c.startsWith('Query.') && !c.startsWith('Mutation.') && !marked.has(c));
    expect({ unmarkedByName, unmarkedReads }).toEqual({ unmarkedByName: [], unmarkedReads: [] });
    expect(viewerReads.size).toBeGreaterThan(0);
  });
});
