import { CombinedGraphQLErrors } from '@apollo/client/errors';

export interface ApiProblem {
  code: string;
  message: string;
  /** Per-field messages, by input field name. */
  fields: Record<string, string>;
}

/** What an operation's error means for a form: its code, its message, and each field's message. */
export function toApiProblem(error: unknown, fallback: string): ApiProblem {
  if (CombinedGraphQLErrors.is(error)) {
    const first = error.errors[0];
    const ext = (first?.extensions ?? {}) as { code?: string; fields?: { field: string; message: string }[] };
    const fields: Record<string, string> = {};
    for (const f of ext.fields ?? []) fields[f.field.replace(/^input\./, '')] ??= f.message;
    return { code: ext.code ?? 'INTERNAL_SERVER_ERROR', message: first?.message ?? fallback, fields };
  }
  return { code: 'NETWORK_ERROR', message: fallback, fields: {} };
}
