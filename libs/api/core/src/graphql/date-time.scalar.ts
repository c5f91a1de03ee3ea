import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

/** Years a date of the movement can have: anything else is a typing mistake or a probe. */
export const DATE_YEARS = { min: 1900, max: 2200 } as const;

// Anchored, fixed-width parts and no nested quantifiers: linear on any input.
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:\d{2}))?$/;

function refuse(reason: string, message: string): never {
  throw new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', reason } });
}

/**
 * Reads an ISO 8601 date-time strictly: `2031-02-28T18:30:00Z` or with an offset (`+01:00`), or a
 * calendar date (`2031-02-28`, midnight UTC). Impossible dates (`2031-02-30`) are refused rather
 * than rolled over to March as `new Date` would, and so are years outside 1900–2200.
 */
export function parseDateTime(value: unknown): Date {
  if (typeof value !== 'string' || value.length > 40)
    refuse('INVALID_DATE', 'Expected an ISO 8601 date-time such as 2031-02-28T18:30:00Z.');
  const m = ISO.exec(value);
  if (!m) refuse('INVALID_DATE', 'Expected an ISO 8601 date-time such as 2031-02-28T18:30:00Z.');
  const [, y, mo, d, h = '00', mi = '00', s = '00', , offset] = m;
  if (m[4] !== undefined && offset === undefined)
    refuse('INVALID_DATE', 'A date-time needs its time zone (Z or an offset such as +01:00).');
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  if (year < DATE_YEARS.min || year > DATE_YEARS.max)
    refuse('DATE_OUT_OF_RANGE', `The year must be between ${DATE_YEARS.min} and ${DATE_YEARS.max}.`);
  const daysInMonth = month >= 1 && month <= 12 ? new Date(Date.UTC(year, month, 0)).getUTCDate() : 0;
  if (day < 1 || day > daysInMonth) refuse('IMPOSSIBLE_DATE', `${value.slice(0, 10)} is not a date of the calendar.`);
  if (Number(h) > 23 || Number(mi) > 59 || Number(s) > 59) refuse('IMPOSSIBLE_DATE', 'Hours go up to 23, minutes and seconds up to 59.');
  if (offset && offset !== 'Z' && (Number(offset.slice(1, 3)) > 14 || Number(offset.slice(4, 6)) > 59)) {
    refuse('INVALID_DATE', 'The time zone offset is not valid.');
  }
  const date = new Date(m[4] === undefined ? `${value}T00:00:00Z` : value);
  if (Number.isNaN(date.getTime())) refuse('INVALID_DATE', 'Expected an ISO 8601 date-time such as 2031-02-28T18:30:00Z.');
  return date;
}

/** The `DateTime` scalar of the schema: ISO 8601 out, strict ISO 8601 in. */
export const DateTimeScalar = new GraphQLScalarType<Date, string>({
  name: 'DateTime',
  description: 'An instant as an ISO 8601 string with its offset (2031-02-28T18:30:00Z); years 1900 to 2200.',
  serialize(value) {
    if (value instanceof Date) return value.toISOString();
    if (typeof value === 'string') return new Date(value).toISOString();
    throw new GraphQLError('DateTime cannot represent this value.');
  },
  parseValue: parseDateTime,
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING) refuse('INVALID_DATE', 'Expected an ISO 8601 date-time string.');
    return parseDateTime(ast.value);
  },
});
