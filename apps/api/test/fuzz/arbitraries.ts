import fc from 'fast-check';
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLInputType,
  type GraphQLNamedType,
} from 'graphql';

/** Values found in the arranged data, so that generated inputs also reach past "not found". */
export interface KnownValues {
  ids: string[];
  strings: string[];
}

/** Text that has broken parsers, databases and renderers elsewhere. */
const NASTY = [
  '',
  ' ',
  '   espaces autour   ',
  'a\u0000b',
  '\u0000',
  'bell\u0007',
  'esc\u001b[31m',
  'c1\u0085control',
  'del\u007f',
  '\u202Egnp.exe',
  '\u2066isolé\u2069',
  'zéro\u200blargeur',
  '\ufeffbom',
  'ligne\r\nsuivante',
  'retour\rchariot',
  '\ud800seul',
  'fin\udc00',
  '💥🇫🇷👩🏽‍🔧',
  'Ǝ𝔘𝔫𝔦𝔠𝔬𝔡𝔢',
  '%00',
  '%',
  "'; DROP TABLE account; --",
  '" OR 1=1 --',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '[lien](javascript:alert(1))',
  '![](data:text/html;base64,PHNjcmlwdD4=)',
  '\\',
  '../../../etc/passwd',
  'https://Example.com/visio',
  'HTTPS://EXAMPLE.COM:99999/x',
  'http://[::1]:80/',
  'javascript:alert(1)',
  'mailto:someone@example.org',
  'a@b',
  'Quelqu.Un@Exemple.FR',
  '-1',
  '0',
  '1e400',
  'NaN',
  'null',
  'undefined',
  '{"a":1}',
  '__proto__',
  'constructor',
  '2031-02-30',
  '2031-02-30T10:00:00Z',
  '1899-12-31T23:59:59Z',
  '2201-01-01T00:00:00Z',
  '+275760-09-13T00:00:00Z',
  '-énergie -"citoyenne" OR',
  '"""',
  '((((((((((((((((((((',
  '[[[[[[[[[[[[[[[[[[[[',
  '*'.repeat(200),
  '_'.repeat(300) + '*',
  '#'.repeat(7) + ' titre',
  '> '.repeat(100) + 'cité',
  '- '.repeat(100) + 'liste',
  '`'.repeat(50),
  'a'.repeat(501),
  'ab'.repeat(5000),
  '00000000-0000-0000-0000-000000000000',
  'not-a-uuid',
  'WyJ4Iiwibm90LWEtdXVpZCJd',
  Buffer.from(JSON.stringify(['2030-01-01', 'not-a-uuid'])).toString('base64url'),
  Buffer.from(JSON.stringify([1e308, '00000000-0000-4000-8000-000000000000'])).toString('base64url'),
  Buffer.from(JSON.stringify(['x', '00000000-0000-4000-8000-000000000000'])).toString('base64url'),
  Buffer.from('[[[[').toString('base64url'),
];

/** Long runs, the shape of input that makes backtracking patterns explode. */
const longRun = fc
  .tuple(
    fc.constantFrom('.', 'a', '(', '[', '*', '-', ' ', '#', '\n', 'é', '!', '\t', '_', 'A.', '](', '\n\n', 'x '),
    fc.integer({ min: 1_000, max: 40_000 }),
  )
  .map(([piece, n]) => piece.repeat(Math.ceil(n / piece.length)) + 'x');

export function hostileString(known: KnownValues): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...NASTY) },
    { weight: 3, arbitrary: fc.string({ maxLength: 40 }) },
    { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
    { weight: 3, arbitrary: known.strings.length ? fc.constantFrom(...known.strings) : fc.constant('x') },
    { weight: 3, arbitrary: known.ids.length ? fc.constantFrom(...known.ids) : fc.uuid() },
    { weight: 1, arbitrary: fc.uuid() },
    { weight: 1, arbitrary: longRun },
    { weight: 1, arbitrary: fc.constant('a'.repeat(90_000) + 'é'.repeat(5_000)) },
  );
}

const hugeOrOdd = fc.constantFrom(0, -1, 1, 2_147_483_647, -2_147_483_648, 2_147_483_648, 1e15, -1e15, 0.5, 1e308);

function scalar(name: string, known: KnownValues): fc.Arbitrary<unknown> {
  switch (name) {
    case 'Int':
      return fc.oneof({ weight: 4, arbitrary: fc.integer({ min: -5, max: 120 }) }, { weight: 2, arbitrary: hugeOrOdd });
    case 'Float':
      return fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), hugeOrOdd);
    case 'Boolean':
      return fc.boolean();
    case 'DateTime':
      return fc.oneof(
        fc.date({ min: new Date('1850-01-01'), max: new Date('2250-01-01'), noInvalidDate: true }).map((d) => d.toISOString()),
        fc.integer({ min: -30, max: 400 }).map((days) => new Date(Date.now() + days * 86_400_000).toISOString()),
        fc.constantFrom('2031-02-30T10:00:00Z', '2031-13-01T00:00:00Z', '2031-01-01T24:00:00Z', '2031-01-01', '2031-01-01T10:00', 'demain'),
        hostileString(known),
      );
    default:
      // String, ID and any custom scalar: text.
      return hostileString(known);
  }
}

/** Anything at all, for inputs of the wrong shape. */
const wrongShape = fc.oneof(
  fc.integer(),
  fc.boolean(),
  fc.string({ maxLength: 10 }),
  fc.array(fc.integer(), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 8 }), fc.string({ maxLength: 8 }), { maxKeys: 3 }),
);

/**
 * A generated value for an argument or input field of this type: mostly of the right shape with
 * hostile contents, sometimes null where null is not allowed, sometimes of the wrong shape.
 * `undefined` means "left out".
 */
export function valueFor(type: GraphQLInputType, known: KnownValues, depth = 0): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) {
    const inner = shaped(type.ofType, known, depth);
    return fc.oneof({ weight: 16, arbitrary: inner }, { weight: 1, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: wrongShape });
  }
  const given = shaped(type, known, depth);
  // Optional values are mostly left out, so that the one hostile value of a case reaches past validation.
  return depth === 0
    ? fc.oneof(
        { weight: 8, arbitrary: given },
        { weight: 1, arbitrary: fc.constant(null) },
        { weight: 2, arbitrary: fc.constant(undefined) },
      )
    : fc.oneof(
        { weight: 3, arbitrary: given },
        { weight: 1, arbitrary: fc.constant(null) },
        { weight: 6, arbitrary: fc.constant(undefined) },
      );
}

function shaped(type: GraphQLInputType, known: KnownValues, depth: number): fc.Arbitrary<unknown> {
  if (isListType(type)) {
    const item = valueFor(type.ofType, known, depth + 1);
    return fc.oneof(
      { weight: 6, arbitrary: fc.array(item, { maxLength: 3 }) },
      { weight: 1, arbitrary: fc.array(item, { minLength: 60, maxLength: 120 }) },
      // A single value where a list is expected (GraphQL accepts it as a list of one).
      { weight: 1, arbitrary: item },
    );
  }
  const named: GraphQLNamedType = getNamedType(type);
  if (isScalarType(named)) return scalar(named.name, known);
  if (isEnumType(named)) {
    return fc.oneof(
      { weight: 6, arbitrary: fc.constantFrom(...named.getValues().map((v) => v.name)) },
      { weight: 1, arbitrary: hostileString(known) },
    );
  }
  if (isInputObjectType(named)) {
    if (depth > 3) return fc.constant({});
    const fields = Object.values(named.getFields());
    const record: Record<string, fc.Arbitrary<unknown>> = {};
    for (const field of fields) record[field.name] = valueFor(field.type, known, depth + 1);
    const required = fields.filter((f) => isNonNullType(f.type) && f.defaultValue === undefined).map((f) => f.name);
    return fc.record(record, { requiredKeys: required }).map((value) => dropUndefined(value));
  }
  return fc.constant(null);
}

function dropUndefined(value: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined));
}
