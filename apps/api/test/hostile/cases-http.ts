import { gql, http, rawGraphql, type HostileCase, type Outcome } from './support';

const noSuggestion = (o: Outcome) => (/Did you mean/i.test(o.text ?? '') ? 'suggests a value from the schema' : null);

/** What reaches the API below GraphQL: the body, the routes, the framework's own refusals. */
export const HTTP_CASES: HostileCase[] = [
  {
    name: 'variables nested 4,000 levels deep (overflowed the stack of the text check)',
    area: 'input',
    send: (c) => rawGraphql(c, `{"query":"{ regions { code } }","variables":{"x":${'['.repeat(4000)}${']'.repeat(4000)}}}`),
    expect: { status: 400, code: 'BAD_USER_INPUT', reason: 'VARIABLES_TOO_DEEP' },
  },
  {
    name: 'a search of 40 dashes (nested NOT operators overflowed PostgreSQL’s query parser)',
    area: 'input',
    send: (c) => gql(c, `query($s: String) { practices(filter: { search: $s }) { totalCount } }`, { s: '-'.repeat(40) }),
    expect: { status: 200, check: (o) => ((o.data as { practices?: unknown } | null)?.practices ? null : `no answer: ${o.code}`) },
  },
  {
    name: 'a search of "- " fifty times in the organisation directory',
    area: 'input',
    send: (c) => gql(c, `query($s: String) { organisations(filter: { search: $s }) { totalCount } }`, { s: '- '.repeat(50) }),
    expect: { status: 200, check: (o) => ((o.data as { organisations?: unknown } | null)?.organisations ? null : `no answer: ${o.code}`) },
  },
  {
    name: 'a misspelt enum value in a variable gets no suggestion',
    area: 'limits',
    send: (c) => gql(c, `query($s: PracticeSort!) { practices(sort: $s) { totalCount } }`, { s: 'NEWST' }),
    expect: { status: 400, code: 'BAD_USER_INPUT', check: noSuggestion },
  },
  {
    name: 'a misspelt theme in a list variable gets no suggestion',
    area: 'limits',
    send: (c) => gql(c, `query($t: [Theme!]) { practices(filter: { themes: $t }) { totalCount } }`, { t: ['ENERGIE'] }),
    expect: { status: 400, code: 'BAD_USER_INPUT', check: noSuggestion },
  },
  {
    name: 'a 100 kB value of the wrong type is not echoed back whole',
    area: 'input',
    send: (c) => gql(c, `query($s: PracticeSort!) { practices(sort: $s) { totalCount } }`, { s: 'x'.repeat(100_000) }),
    expect: {
      status: 400,
      code: 'BAD_USER_INPUT',
      check: (o) => ((o.text?.length ?? 0) > 1000 ? `a message of ${o.text?.length} characters` : null),
    },
  },
  {
    name: 'an address that leads nowhere',
    area: 'input',
    send: (c) => http(c, '/nulle-part'),
    expect: {
      status: 404,
      code: 'NOT_FOUND',
      reason: 'NO_SUCH_ADDRESS',
      check: (o) => (o.text?.includes('nulle-part') ? 'echoes the address' : null),
    },
  },
  {
    name: 'a file address with an id that is not one',
    area: 'input',
    send: (c) => http(c, '/fichiers/abc/doc.pdf'),
    expect: { status: 404, code: 'NOT_FOUND' },
  },
  {
    name: 'a dead calendar address opened in a browser gets a page, not JSON',
    area: 'input',
    send: (c) =>
      http(c, '/evenements/00000000-0000-4000-8000-000000000000.ics', { headers: { accept: 'text/html,application/xhtml+xml' } }),
    expect: {
      status: 404,
      check: (o) => (o.text?.startsWith('<!doctype html>') && o.text.includes('introuvable') ? null : 'not a page in French'),
    },
  },
  {
    name: 'a GraphQL body that is not JSON',
    area: 'input',
    send: (c) => rawGraphql(c, '{"query": '),
    expect: { status: 400, code: 'BAD_USER_INPUT' },
  },
  {
    name: 'a GraphQL body with a __proto__ key',
    area: 'input',
    send: (c) => rawGraphql(c, '{"query":"{ regions { code } }","__proto__":{"polluted":true}}'),
    expect: { status: 400, code: 'BAD_USER_INPUT' },
  },
  {
    name: 'a body over 200 kB',
    area: 'input',
    send: (c) => rawGraphql(c, JSON.stringify({ query: '{ regions { code } }', variables: { x: 'x'.repeat(300_000) } })),
    expect: { status: 413, code: 'BAD_USER_INPUT', reason: 'BODY_TOO_LARGE' },
  },
  {
    name: 'a GraphQL request of another content type',
    area: 'input',
    send: (c) => http(c, '/graphql', { method: 'POST', headers: { 'content-type': 'text/xml' }, body: '<query/>' }),
    expect: { status: 415, code: 'BAD_USER_INPUT', reason: 'UNSUPPORTED_MEDIA_TYPE' },
  },
];
