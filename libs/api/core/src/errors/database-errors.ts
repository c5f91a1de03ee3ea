import type { Labels } from '@mouvement/shared-domain';
import { DomainException } from './domain.exception';

/**
 * The last line of defence against input that reached PostgreSQL and was refused by it: services
 * check references and values first, but a value the database refuses is still the caller's
 * mistake, not a server error. Only these SQLSTATEs are mapped; any other database error stays
 * an internal error (and is logged).
 */
const CLIENT_SQLSTATES: Record<string, { reason: string; message: Labels }> = {
  // foreign_key_violation: the input names a row that does not exist (or no longer does).
  '23503': {
    reason: 'UNKNOWN_REFERENCE',
    message: { fr: "L'élément indiqué n'existe pas ou plus.", en: 'The item referred to does not exist (any more).' },
  },
  // invalid_text_representation: e.g. a malformed identifier.
  '22P02': { reason: 'MALFORMED_VALUE', message: { fr: 'Valeur invalide.', en: 'Invalid value.' } },
  // invalid_datetime_format, datetime_field_overflow.
  '22007': { reason: 'MALFORMED_DATE', message: { fr: 'Date invalide.', en: 'Invalid date.' } },
  '22008': { reason: 'MALFORMED_DATE', message: { fr: 'Date invalide.', en: 'Invalid date.' } },
  // numeric_value_out_of_range.
  '22003': { reason: 'NUMBER_OUT_OF_RANGE', message: { fr: 'Nombre hors limites.', en: 'Number out of range.' } },
  // string_data_right_truncation.
  '22001': { reason: 'TEXT_TOO_LONG', message: { fr: 'Texte trop long.', en: 'Text too long.' } },
  // character_not_in_repertoire / untranslatable_character: a NUL byte in text.
  '22021': {
    reason: 'UNSTORABLE_TEXT',
    message: { fr: 'Le texte contient un caractère de contrôle interdit.', en: 'The text contains a forbidden control character.' },
  },
  '22P05': {
    reason: 'UNSTORABLE_TEXT',
    message: { fr: 'Le texte contient un caractère de contrôle interdit.', en: 'The text contains a forbidden control character.' },
  },
};

/**
 * The reasons only this last line of defence gives: a test that sees one knows a service let
 * through input it should have checked itself (the fuzz suite fails on them).
 */
export const DATABASE_REFUSAL_REASONS: ReadonlySet<string> = new Set(Object.values(CLIENT_SQLSTATES).map((c) => c.reason));

/** The SQLSTATE of a pg or TypeORM error, if it is one. */
export function sqlState(error: unknown): string | undefined {
  if (!error || typeof error !== 'object' || error instanceof DomainException) return undefined;
  const e = error as { code?: unknown; driverError?: { code?: unknown } };
  const code = typeof e.code === 'string' ? e.code : typeof e.driverError?.code === 'string' ? e.driverError.code : undefined;
  return code && /^[0-9A-Z]{5}$/.test(code) ? code : undefined;
}

/** A BAD_USER_INPUT for a database error caused by the input, or null for any other error. */
export function clientDatabaseError(error: unknown): DomainException | null {
  const state = sqlState(error);
  const known = state ? CLIENT_SQLSTATES[state] : undefined;
  return known ? DomainException.badInput([], known.message, known.reason) : null;
}
