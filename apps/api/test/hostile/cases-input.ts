import { gql, rawGraphql, type HostileCase, type HostileContext, type Outcome } from './support';

const NUL = 'a\u0000b';

/** A NUL byte in one string input of each kind. */
const NUL_INPUTS: { name: string; run: (c: HostileContext) => Promise<Outcome> }[] = [
  {
    name: 'a post',
    run: (c) =>
      gql(
        c,
        `mutation($g: ID!, $b: String!) { createPost(groupId: $g, body: $b) { id } }`,
        { g: c.world.groupId, b: NUL },
        c.world.member.token,
      ),
  },
  {
    name: 'a comment',
    run: (c) =>
      gql(
        c,
        `mutation($p: ID!, $b: String!) { commentOnPractice(practiceId: $p, body: $b) { id } }`,
        { p: c.world.practiceId, b: NUL },
        c.world.outsider.token,
      ),
  },
  {
    name: 'a bio',
    run: (c) => gql(c, `mutation($b: String) { updateProfile(input: { bio: $b }) { id } }`, { b: NUL }, c.world.member.token),
  },
  {
    name: 'a display name',
    run: (c) =>
      gql(c, `mutation($n: String) { updateProfile(input: { displayName: $n }) { id } }`, { n: `Nom${NUL}` }, c.world.member.token),
  },
  {
    name: 'skills',
    run: (c) => gql(c, `mutation($s: [String!]) { updateProfile(input: { skills: $s }) { id } }`, { s: ['ok', NUL] }, c.world.member.token),
  },
  {
    name: 'an organisation name',
    run: (c) =>
      gql(
        c,
        `mutation($o: ID!, $n: String) { updateOrganisation(organisationId: $o, input: { name: $n }) { id } }`,
        { o: c.world.organisationId, n: `Coop${NUL}` },
        c.world.member.token,
      ),
  },
  { name: 'a search', run: (c) => gql(c, `query($s: String) { practices(filter: { search: $s }) { totalCount } }`, { s: NUL }) },
  { name: 'a slug', run: (c) => gql(c, `query($s: String!) { group(slug: $s) { id } }`, { s: NUL }) },
  { name: 'an email', run: (c) => gql(c, `mutation($e: String!) { requestPasswordReset(email: $e) }`, { e: `x${NUL}@exemple.fr` }) },
  {
    name: 'a join message',
    run: (c) =>
      gql(
        c,
        `mutation($o: ID!, $m: String) { requestToJoinOrganisation(organisationId: $o, message: $m) { id } }`,
        { o: c.world.organisationId, m: NUL },
        c.world.outsider.token,
      ),
  },
  {
    name: 'a title',
    run: (c) => gql(c, `mutation($t: String!) { createPractice(input: { title: $t }) { id } }`, { t: `Titre${NUL}` }, c.world.member.token),
  },
  {
    name: 'a report reason',
    run: (c) =>
      gql(
        c,
        `mutation($p: ID!, $r: String!) { reportContent(targetType: POST, targetId: $p, reason: $r) }`,
        { p: c.world.postId, r: NUL },
        c.world.coordinator.token,
      ),
  },
  { name: 'a literal in the query itself', run: (c) => rawGraphql(c, JSON.stringify({ query: '{ group(slug: "a\\u0000b") { id } }' })) },
];

const CONTROL_CHARACTERS = ['\u0007', '\u001b', '\u007f', '\u0085', '\ud800'];

/** Lists a crafted cursor is sent to, with the type of their sort key (a text key takes any text). */
const CURSOR_LISTS: {
  name: string;
  key: 'text' | 'date' | 'number';
  query: (c: HostileContext) => [string, Record<string, unknown>, string | undefined];
}[] = [
  { name: 'groups', key: 'text', query: () => [`query($a: String) { groups(after: $a) { totalCount } }`, {}, undefined] },
  { name: 'organisations', key: 'text', query: () => [`query($a: String) { organisations(after: $a) { totalCount } }`, {}, undefined] },
  {
    name: 'practices (newest)',
    key: 'date',
    query: () => [`query($a: String) { practices(after: $a, sort: NEWEST) { totalCount } }`, {}, undefined],
  },
  {
    name: 'practices (relevance)',
    key: 'number',
    query: () => [
      `query($a: String) { practices(after: $a, sort: RELEVANCE, filter: { search: "énergie" }) { totalCount } }`,
      {},
      undefined,
    ],
  },
  { name: 'members', key: 'text', query: (c) => [`query($a: String) { members(after: $a) { totalCount } }`, {}, c.world.member.token] },
  {
    name: 'group feed',
    key: 'date',
    query: (c) => [
      `query($a: String, $g: ID!) { groupFeed(groupId: $g, after: $a) { totalCount } }`,
      { g: c.world.groupId },
      c.world.member.token,
    ],
  },
  {
    name: 'group events',
    key: 'date',
    query: (c) => [
      `query($a: String, $g: ID!) { groupEvents(groupId: $g, after: $a) { totalCount } }`,
      { g: c.world.groupId },
      c.world.member.token,
    ],
  },
  { name: 'my events', key: 'date', query: (c) => [`query($a: String) { myEvents(after: $a) { totalCount } }`, {}, c.world.member.token] },
  {
    name: 'practice comments',
    key: 'date',
    query: (c) => [
      `query($a: String, $p: ID!) { practiceComments(practiceId: $p, after: $a) { totalCount } }`,
      { p: c.world.practiceId },
      undefined,
    ],
  },
];

const b64 = (value: unknown) => Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64url');
/** Forged cursors, and the sort keys they are forged for (`any`: wrong whatever the key). */
const FORGED_CURSORS: { name: string; value: string; forged: 'any' | 'date' }[] = [
  { name: 'valid base64 of the wrong shape', value: b64({ a: 1 }), forged: 'any' },
  { name: 'a non-UUID id', value: b64(['2030-01-01 00:00:00+00', 'not-a-uuid']), forged: 'any' },
  { name: 'a date that is not one', value: b64(['x', '00000000-0000-4000-8000-000000000000']), forged: 'date' },
  { name: 'an impossible date', value: b64(['2031-02-30 10:00:00+00', '00000000-0000-4000-8000-000000000000']), forged: 'date' },
  { name: 'a huge number instead of a date', value: b64([1e308, '00000000-0000-4000-8000-000000000000']), forged: 'date' },
  { name: 'not base64 at all', value: '%%%', forged: 'any' },
];

const INVALID_CURSOR = { code: 'BAD_USER_INPUT', reason: 'INVALID_CURSOR' };
const NULL_NOT_ALLOWED = { code: 'BAD_USER_INPUT', reason: 'NULL_NOT_ALLOWED' };

const event = (startsAt: string, endsAt: string) => ({ title: 'Rencontre', startsAt, endsAt });
const CREATE_EVENT = `mutation($g: ID!, $i: CreateEventInput!) { createEvent(groupId: $g, input: $i) { id } }`;

/** Bad input of every kind, and the GraphQL limits. */
export const INPUT_CASES: HostileCase[] = [
  // Bad input is a coded error, never a 500.
  ...NUL_INPUTS.map((i): HostileCase => ({
    name: `a NUL byte in ${i.name}`,
    area: 'input',
    send: i.run,
    expect: { status: 400, code: 'BAD_USER_INPUT', reason: 'CONTROL_CHARACTER' },
  })),
  ...CONTROL_CHARACTERS.map((ch): HostileCase => ({
    name: `the character U+${ch.charCodeAt(0).toString(16).padStart(4, '0').toUpperCase()} in a post`,
    area: 'input',
    send: (c) =>
      gql(
        c,
        `mutation($g: ID!, $b: String!) { createPost(groupId: $g, body: $b) { id } }`,
        { g: c.world.groupId, b: `Bonjour ${ch}` },
        c.world.member.token,
      ),
    expect: { status: 400, code: 'BAD_USER_INPUT', reason: ch === '\ud800' ? 'INVALID_UNICODE' : 'CONTROL_CHARACTER' },
  })),
  ...CURSOR_LISTS.flatMap((list) =>
    FORGED_CURSORS.filter((cursor) => cursor.forged === 'any' || cursor.forged === list.key).map((cursor): HostileCase => ({
      name: `a forged cursor (${cursor.name}) on ${list.name}`,
      area: 'input',
      send: (c) => {
        const [query, variables, token] = list.query(c);
        return gql(c, query, { ...variables, a: cursor.value }, token);
      },
      expect: INVALID_CURSOR,
    })),
  ),
  ...[
    [
      'updateProfile',
      'displayName',
      (c: HostileContext) => gql(c, `mutation { updateProfile(input: { displayName: null }) { id } }`, {}, c.world.member.token),
    ],
    [
      'updateProfile',
      'kind',
      (c: HostileContext) => gql(c, `mutation { updateProfile(input: { kind: null }) { id } }`, {}, c.world.member.token),
    ],
    [
      'updateProfile',
      'themes',
      (c: HostileContext) => gql(c, `mutation { updateProfile(input: { themes: null }) { id } }`, {}, c.world.member.token),
    ],
    [
      'updateProfile',
      'locale',
      (c: HostileContext) => gql(c, `mutation { updateProfile(input: { locale: null }) { id } }`, {}, c.world.member.token),
    ],
    [
      'updateGroup',
      'name',
      (c: HostileContext) =>
        gql(c, `mutation($g: ID!) { updateGroup(groupId: $g, input: { name: null }) { id } }`, { g: c.world.groupId }, c.world.admin.token),
    ],
    [
      'updateGroup',
      'visibility',
      (c: HostileContext) =>
        gql(
          c,
          `mutation($g: ID!) { updateGroup(groupId: $g, input: { visibility: null }) { id } }`,
          { g: c.world.groupId },
          c.world.admin.token,
        ),
    ],
    [
      'updateGroup',
      'themes',
      (c: HostileContext) =>
        gql(
          c,
          `mutation($g: ID!) { updateGroup(groupId: $g, input: { themes: null }) { id } }`,
          { g: c.world.groupId },
          c.world.admin.token,
        ),
    ],
    [
      'updateOrganisation',
      'name',
      (c: HostileContext) =>
        gql(
          c,
          `mutation($o: ID!) { updateOrganisation(organisationId: $o, input: { name: null }) { id } }`,
          { o: c.world.organisationId },
          c.world.member.token,
        ),
    ],
    [
      'updateOrganisation',
      'kind',
      (c: HostileContext) =>
        gql(
          c,
          `mutation($o: ID!) { updateOrganisation(organisationId: $o, input: { kind: null }) { id } }`,
          { o: c.world.organisationId },
          c.world.member.token,
        ),
    ],
    [
      'updateOrganisation',
      'themes',
      (c: HostileContext) =>
        gql(
          c,
          `mutation($o: ID!) { updateOrganisation(organisationId: $o, input: { themes: null }) { id } }`,
          { o: c.world.organisationId },
          c.world.member.token,
        ),
    ],
  ].map(([op, field, send]): HostileCase => ({
    name: `an explicit null for ${String(op)}.${String(field)}`,
    area: 'input',
    send: send as HostileCase['send'],
    expect: NULL_NOT_ALLOWED,
  })),
  {
    name: 'banning an account that does not exist',
    area: 'input',
    send: (c) =>
      gql(
        c,
        `mutation($g: ID!) { banMember(groupId: $g, accountId: "00000000-0000-4000-8000-000000000000") { id } }`,
        { g: c.world.groupId },
        c.world.admin.token,
      ),
    expect: { code: 'NOT_FOUND' },
  },
  {
    name: 'an event in a group that does not exist',
    area: 'input',
    send: (c) =>
      gql(
        c,
        CREATE_EVENT,
        { g: '00000000-0000-4000-8000-000000000000', i: event('2031-02-20T10:00:00Z', '2031-02-20T12:00:00Z') },
        c.world.admin.token,
      ),
    expect: { code: 'NOT_FOUND' },
  },
  {
    name: 'a post in a group that does not exist (as an admin)',
    area: 'input',
    send: (c) =>
      gql(c, `mutation { createPost(groupId: "00000000-0000-4000-8000-000000000000", body: "Bonjour") { id } }`, {}, c.world.admin.token),
    expect: { code: 'NOT_FOUND' },
  },
  ...[
    ['an impossible date (2031-02-30)', '2031-02-30T10:00:00Z', 'IMPOSSIBLE_DATE'],
    ['a year before 1900', '1899-12-31T10:00:00Z', 'DATE_OUT_OF_RANGE'],
    ['a year after 2200', '2201-01-01T10:00:00Z', 'DATE_OUT_OF_RANGE'],
    ['a year far beyond', '+275760-09-13T00:00:00Z', 'INVALID_DATE'],
    ['a date-time without its time zone', '2031-02-20T10:00', 'INVALID_DATE'],
    ['words instead of a date', 'demain matin', 'INVALID_DATE'],
  ].map(([name, startsAt, reason]): HostileCase => ({
    name: `${name} for an event`,
    area: 'input',
    send: (c) => gql(c, CREATE_EVENT, { g: c.world.groupId, i: event(String(startsAt), '2031-03-20T12:00:00Z') }, c.world.admin.token),
    expect: { status: 400, code: 'BAD_USER_INPUT', reason },
  })),
  {
    name: 'an impossible date written in the query itself',
    area: 'input',
    send: (c) =>
      gql(
        c,
        `mutation($g: ID!) { createEvent(groupId: $g, input: { title: "Rencontre", startsAt: "2031-02-30T10:00:00Z", endsAt: "2031-03-01T10:00:00Z" }) { id } }`,
        { g: c.world.groupId },
        c.world.admin.token,
      ),
    expect: { status: 400, code: 'BAD_USER_INPUT', reason: 'IMPOSSIBLE_DATE' },
  },
  {
    name: 'a subscription while the API serves none over HTTP',
    area: 'input',
    send: (c) => rawGraphql(c, JSON.stringify({ query: 'subscription { anything }' })),
    expect: { status: 400, code: 'BAD_REQUEST', reason: 'SUBSCRIPTION_OVER_HTTP' },
  },
  {
    name: 'a syntax error',
    area: 'input',
    send: (c) => rawGraphql(c, JSON.stringify({ query: '{' })),
    expect: { status: 400, code: 'GRAPHQL_PARSE_FAILED' },
  },
  {
    name: 'a body that is not JSON',
    area: 'input',
    send: (c) => rawGraphql(c, '{"query": '),
    expect: { status: 400 },
  },
  // Limits as the anchors set them.
  {
    name: 'a document over the token limit',
    area: 'limits',
    send: (c) => rawGraphql(c, JSON.stringify({ query: `{ ${'me { id } '.repeat(400)} }` })),
    expect: { status: 400, code: 'GRAPHQL_PARSE_FAILED', reason: 'TOKEN_LIMIT' },
  },
  {
    name: 'a document over 15,000 characters',
    area: 'limits',
    send: (c) => rawGraphql(c, JSON.stringify({ query: `{ me { id } }${' '.repeat(15_000)}` })),
    expect: { status: 400, code: 'BAD_USER_INPUT', reason: 'QUERY_TOO_LONG' },
  },
  {
    name: 'a query nested deeper than 6, through fragments',
    area: 'limits',
    send: (c) =>
      rawGraphql(
        c,
        JSON.stringify({
          query: `query { practices { ...A } } fragment A on PracticeConnection { edges { ...B } } fragment B on PracticeEdge { node { ...C } }
            fragment C on Practice { organisation { ...D } } fragment D on Organisation { region { ...E } } fragment E on Region { departments { code } }`,
        }),
      ),
    expect: { status: 400, code: 'GRAPHQL_VALIDATION_FAILED', reason: 'DEPTH_LIMIT' },
  },
  {
    name: 'sixteen aliases',
    area: 'limits',
    send: (c) =>
      rawGraphql(c, JSON.stringify({ query: `{ ${Array.from({ length: 16 }, (_, i) => `a${i}: regions { code }`).join(' ')} }` })),
    expect: { status: 400, code: 'GRAPHQL_VALIDATION_FAILED', reason: 'ALIAS_LIMIT' },
  },
  {
    name: 'fifty-one directives',
    area: 'limits',
    send: (c) => rawGraphql(c, JSON.stringify({ query: `{ regions { code ${'@include(if: true) '.repeat(51)} } }` })),
    expect: { status: 400, code: 'GRAPHQL_VALIDATION_FAILED', reason: 'DIRECTIVE_LIMIT' },
  },
  {
    name: 'a query costing more than 5,000',
    area: 'limits',
    send: (c) =>
      rawGraphql(
        c,
        JSON.stringify({
          query: `{ ${Array.from({ length: 12 }, (_, i) => `a${i}: practices(first: 50) { edges { node { id title summary authors { id displayName } organisation { id name region { code name } } } } }`).join(' ')} }`,
        }),
      ),
    expect: { status: 400, code: 'GRAPHQL_VALIDATION_FAILED', reason: 'COST_LIMIT' },
  },
  {
    name: 'a misspelt enum value gets no suggestion',
    area: 'limits',
    send: (c) => rawGraphql(c, JSON.stringify({ query: '{ practices(sort: NEWST) { totalCount } }' })),
    expect: {
      status: 400,
      code: 'GRAPHQL_VALIDATION_FAILED',
      check: (o) => (/Did you mean/i.test(o.text ?? '') ? 'suggests a value' : null),
    },
  },
  {
    name: 'a misspelt field gets no suggestion',
    area: 'limits',
    send: (c) => rawGraphql(c, JSON.stringify({ query: '{ practics { totalCount } }' })),
    expect: {
      status: 400,
      code: 'GRAPHQL_VALIDATION_FAILED',
      check: (o) => (/Did you mean/i.test(o.text ?? '') ? 'suggests a field' : null),
    },
  },
  {
    name: 'introspection in production',
    area: 'limits',
    send: (c) => rawGraphql(c, JSON.stringify({ query: '{ __schema { types { name } } }' })),
    expect: { status: 400, code: 'GRAPHQL_VALIDATION_FAILED' },
  },
];
