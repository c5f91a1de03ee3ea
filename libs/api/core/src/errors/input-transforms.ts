import { applyDecorators } from '@nestjs/common';
import { Transform } from 'class-transformer';
import { IsDefined, ValidateIf } from 'class-validator';
import { normaliseSearch } from '@mouvement/shared-domain';

/** Trims a text input before validation. */
export const Trim = () => Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value));

/** Trims a text input and turns an empty one into null (clears an optional field). */
export const EmptyToNull = () => Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() || null : value));

/** Trims each text of a list and drops the empty ones. */
export const TrimAll = () =>
  Transform(({ value }: { value: unknown }) =>
    Array.isArray(value) ? value.map((v) => (typeof v === 'string' ? v.trim() : v)).filter((v) => v !== '') : value,
  );

/**
 * For an update input's field that may be left out but never cleared (a name, a kind, a list):
 * absent means "unchanged", an explicit null is refused (NULL_NOT_ALLOWED) instead of reaching a
 * NOT NULL column. Use it in place of `@IsOptional()`; keep `@IsOptional()` for clearable fields.
 */
export const OptionalNotNull = () =>
  applyDecorators(
    ValidateIf((_object: unknown, value: unknown) => value !== undefined),
    IsDefined(),
  );

/**
 * A full-text search as typed: trimmed, signs that stand alone dropped, a bounded number of words
 * (see normaliseSearch); an empty search means no search.
 */
export const SearchText = () =>
  Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? normaliseSearch(value) || null : value));
