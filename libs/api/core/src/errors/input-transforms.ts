import { Transform } from 'class-transformer';

/** Trims a text input before validation. */
export const Trim = () => Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value));

/** Trims a text input and turns an empty one into null (clears an optional field). */
export const EmptyToNull = () => Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() || null : value));

/** Trims each text of a list and drops the empty ones. */
export const TrimAll = () =>
  Transform(({ value }: { value: unknown }) =>
    Array.isArray(value) ? value.map((v) => (typeof v === 'string' ? v.trim() : v)).filter((v) => v !== '') : value,
  );
