import { addTypenameToDocument } from '@apollo/client/utilities';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { Kind, parse, print, visit, type DocumentNode, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';
import { startTestApp, type TestApp } from './test-app';

const ROOT = join(__dirname, '../../..');

function graphqlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : graphqlFiles(path);
    return entry.name.endsWith('.graphql') ? [path] : [];
  });
}

/** Every operation of the web app, with the fragments it uses, as Apollo Client sends it. */
function webOperations(): { name: string; file: string; query: string }[] {
  const definitions = graphqlFiles(join(ROOT, 'libs/web')).flatMap((file) =>
    parse(readFileSync(file, 'utf8')).definitions.map((definition) => ({ definition, file: relative(ROOT, file) })),
  );
  const fragments = new Map(
    definitions
      .filter((d): d is { definition: FragmentDefinitionNode; file: string } => d.definition.kind === Kind.FRAGMENT_DEFINITION)
      .map((d) => [d.definition.name.value, d.definition]),
  );
  const used = (node: OperationDefinitionNode | FragmentDefinitionNode, seen = new Set<string>()): Set<string> => {
    visit(node, {
      FragmentSpread(spread) {
        const name = spread.name.value;
        const fragment = fragments.get(name);
        if (!seen.has(name) && fragment) {
          seen.add(name);
          used(fragment, seen);
        }
      },
    });
    return seen;
  };
  return definitions
    .filter((d): d is { definition: OperationDefinitionNode; file: string } => d.definition.kind === Kind.OPERATION_DEFINITION)
    .map(({ definition, file }) => {
      const document: DocumentNode = {
        kind: Kind.DOCUMENT,
        definitions: [definition, ...[...used(definition)].map((name) => fragments.get(name) as FragmentDefinitionNode)],
      };
      return { name: definition.name?.value ?? '(anonymous)', file, query: print(addTypenameToDocument(document)) };
    });
}

const LIMIT_CODES = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED']);

describe('The GraphQL limits and the web app', () => {
  let t: TestApp;
  beforeAll(async () => {
    // Production mode: the limits as an instance runs them (the defaults of GRAPHQL_MAX_*).
    t = await startTestApp({ NODE_ENV: 'production' });
  });
  afterAll(() => t.close());

  const operations = webOperations();

  it('finds the operations of the web app', () => {
    expect(operations.length).toBeGreaterThan(50);
  });

  it.each(operations.map((o) => [o.name, o]))('lets the web operation %s through every limit', async (_name, operation) => {
    // Sent without variables: the limits (tokens, length, depth, aliases, directives, cost) are
    // checked before variables are, so an operation that passes them gets at most a variable error.
    const response = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true' },
      body: JSON.stringify({ query: operation.query, operationName: operation.name }),
    });
    const body = (await response.json()) as { errors?: { message: string; extensions?: { code?: string; reason?: string } }[] };
    const limitErrors = (body.errors ?? []).filter(
      (e) => LIMIT_CODES.has(e.extensions?.code ?? '') || e.extensions?.reason === 'QUERY_TOO_LONG',
    );
    expect({ file: operation.file, errors: limitErrors.map((e) => e.message) }).toEqual({ file: operation.file, errors: [] });
  });
});
