import type { ApolloServerPlugin } from '@apollo/server';
import type { Labels, Locale } from '@mouvement/shared-domain';
import { GraphQLError, Kind, visit, type DocumentNode, type StringValueNode } from 'graphql';

/**
 * Every text that reaches the API goes through here once, before any resolver runs: line endings
 * become `\n`, and control characters (other than tab and newline), NUL bytes included, and
 * broken UTF-16 are refused with one clear error. PostgreSQL refuses NUL in text, and no one types
 * the others: they only arrive from broken clients or people probing the API.
 */
export type TextProblem = 'CONTROL_CHARACTER' | 'INVALID_UNICODE';

const MESSAGES: Record<TextProblem, Labels> = {
  CONTROL_CHARACTER: {
    fr: 'Le texte contient un caractère de contrôle interdit (caractère invisible ou octet nul).',
    en: 'The text contains a forbidden control character (an invisible character or a null byte).',
  },
  INVALID_UNICODE: {
    fr: 'Le texte contient un caractère mal encodé.',
    en: 'The text contains a badly encoded character.',
  },
};

/** The first problem of a text, in one pass over it (linear, no regular expression). */
export function textProblem(text: string): TextProblem | null {
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c < 0x20) {
      if (c !== 0x09 && c !== 0x0a && c !== 0x0d) return 'CONTROL_CHARACTER';
    } else if (c >= 0x7f && c <= 0x9f) {
      return 'CONTROL_CHARACTER';
    } else if (c >= 0xd800 && c <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (!(next >= 0xdc00 && next <= 0xdfff)) return 'INVALID_UNICODE';
      i += 1;
    } else if (c >= 0xdc00 && c <= 0xdfff) {
      return 'INVALID_UNICODE';
    }
  }
  return null;
}

/** CRLF and lone CR become LF. */
export function normaliseLineEndings(text: string): string {
  return text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
}

/** The error a request with such a text gets (HTTP 400: the request itself is malformed). */
export function textInputError(problem: TextProblem, field: string, locale: Locale): GraphQLError {
  const message = MESSAGES[problem][locale];
  return new GraphQLError(message, {
    extensions: { code: 'BAD_USER_INPUT', reason: problem, fields: [{ field, message }], http: { status: 400 } },
  });
}

interface Found {
  problem: TextProblem;
  field: string;
}

/** How deep variables may nest: the schema's inputs need a handful of levels, never dozens. */
export const MAX_VARIABLE_DEPTH = 32;

/**
 * Walks a JSON value (the variables) without recursion, so that a hostile nesting cannot exhaust
 * the stack, normalising line endings in place; the first problem found.
 */
function checkValue(root: unknown): Found | 'TOO_DEEP' | null {
  const stack: { value: unknown; path: string; depth: number; parent?: Record<string | number, unknown>; key?: string | number }[] = [
    { value: root, path: '', depth: 0 },
  ];
  while (stack.length) {
    const { value, path, depth, parent, key } = stack.pop() as (typeof stack)[number];
    if (typeof value === 'string') {
      const problem = textProblem(value);
      if (problem) return { problem, field: path };
      if (parent !== undefined && key !== undefined && value.includes('\r')) parent[key] = normaliseLineEndings(value);
      continue;
    }
    if (!value || typeof value !== 'object') continue;
    if (depth >= MAX_VARIABLE_DEPTH) return 'TOO_DEEP';
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i -= 1) {
        stack.push({
          value: value[i],
          path: `${path}.${i}`,
          depth: depth + 1,
          parent: value as unknown as Record<number, unknown>,
          key: i,
        });
      }
      continue;
    }
    const record = value as Record<string, unknown>;
    for (const k of Object.keys(record)) {
      const problem = textProblem(k);
      if (problem) return { problem, field: path };
      stack.push({ value: record[k], path: path ? `${path}.${k}` : k, depth: depth + 1, parent: record, key: k });
    }
  }
  return null;
}

/** Literal strings written in the query itself; line endings normalised in the (cached) document. */
function checkDocument(document: DocumentNode): Found | null {
  let found: Found | null = null;
  visit(document, {
    [Kind.STRING]: (node: StringValueNode) => {
      if (found) return false;
      const problem = textProblem(node.value);
      if (problem) {
        found = { problem, field: 'query' };
        return false;
      }
      if (node.value.includes('\r')) (node as { value: string }).value = normaliseLineEndings(node.value);
      return undefined;
    },
  });
  return found;
}

/**
 * Messages for errors raised before resolvers run (scalars while variables and literals are read),
 * where no request context exists yet: the plugin below puts them in the reader's language.
 */
const EARLY_MESSAGES: Record<string, Labels> = {
  INVALID_DATE: {
    fr: 'Date invalide : écrivez-la au format ISO 8601 avec son fuseau, par exemple 2031-02-28T18:30:00Z.',
    en: 'Invalid date: write it in ISO 8601 with its offset, for example 2031-02-28T18:30:00Z.',
  },
  IMPOSSIBLE_DATE: { fr: "Cette date n'existe pas dans le calendrier.", en: 'This date does not exist in the calendar.' },
  DATE_OUT_OF_RANGE: { fr: "L'année doit être comprise entre 1900 et 2200.", en: 'The year must be between 1900 and 2200.' },
};

/**
 * An Apollo plugin that applies these rules to the variables and the literals of every operation,
 * and refuses subscriptions over HTTP (they travel over WebSocket), with HTTP 400 and a coded
 * error instead of an internal error.
 */
export function textInputPlugin(localeOf: (contextValue: unknown) => Locale): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, operation, contextValue }) {
          const locale = localeOf(contextValue);
          if (operation?.operation === 'subscription') {
            throw new GraphQLError(
              locale === 'fr'
                ? 'Les abonnements ne passent pas par HTTP : utilisez la connexion WebSocket.'
                : 'Subscriptions are not served over HTTP: use the WebSocket connection.',
              { extensions: { code: 'BAD_REQUEST', reason: 'SUBSCRIPTION_OVER_HTTP', http: { status: 400 } } },
            );
          }
          const inVariables = checkValue(request.variables ?? {});
          if (inVariables === 'TOO_DEEP') {
            throw new GraphQLError(
              locale === 'fr'
                ? `Les variables sont imbriquées trop profondément (au plus ${MAX_VARIABLE_DEPTH} niveaux).`
                : `The variables are nested too deeply (at most ${MAX_VARIABLE_DEPTH} levels).`,
              { extensions: { code: 'BAD_USER_INPUT', reason: 'VARIABLES_TOO_DEEP', http: { status: 400 } } },
            );
          }
          const found = inVariables ?? checkDocument(document);
          if (found) throw textInputError(found.problem, found.field || 'variables', locale);
        },
        async willSendResponse({ response, contextValue }) {
          if (response.body.kind !== 'single' || !response.body.singleResult.errors) return;
          const locale = localeOf(contextValue);
          response.body.singleResult.errors = response.body.singleResult.errors.map((error) => {
            const reason = error.extensions?.['reason'];
            const early = typeof reason === 'string' ? EARLY_MESSAGES[reason] : undefined;
            if (!early) return error;
            return { ...error, message: early[locale], extensions: { ...error.extensions, code: 'BAD_USER_INPUT' } };
          });
        },
      };
    },
  };
}
