import type { ApolloDriverConfig } from '@nestjs/apollo';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import {
  DateTimeScalar,
  LoaderRegistry,
  recordViewerReads,
  textInputPlugin,
  trackViewerReads,
  type AppConfig,
  type PublicResponseCache,
  type RequestContext,
} from '@mouvement/api-core';
import type { ViewerSessions } from '@mouvement/api-auth';
import { pickLocale } from '@mouvement/shared-domain';
import type { FastifyReply, FastifyRequest } from 'fastify';

/**
 * Public reads that visitors without an account repeat: the practice library, a practice, its
 * replications and comments, the territories. Their answer depends only on the query, its
 * variables, the language and the data, never on who asks, so anonymous requests for them are
 * answered from the PublicResponseCache.
 */
export const PUBLIC_CACHEABLE_FIELDS: ReadonlySet<string> = new Set([
  '__typename',
  'practices',
  'practice',
  'practiceVersion',
  'practiceComments',
  'replications',
  'regions',
  'region',
  'departments',
]);

/**
 * Apollo with secure defaults: depth, alias, directive and cost limits (GraphQL Armor), the token
 * limit in the parser itself (so an oversized document is a 400 parse failure, not a crash), no
 * field or enum suggestions, CSRF prevention, introspection only outside production, no stack
 * traces, and every text of the variables checked once (TextInput). The length of the document is
 * limited before Apollo (see `registerQueryLengthLimit`).
 * The context loads the viewer of the bearer token from the database, one statement, none for a
 * visitor (never rejects: guards and services decide).
 * Anonymous public reads are answered from a short-lived cache that every write empties.
 */
export function graphqlOptions(
  config: AppConfig,
  sessions: ViewerSessions,
  cache: PublicResponseCache,
  testing: { trackViewerReads?: boolean } = {},
): ApolloDriverConfig {
  const production = config.nodeEnv === 'production';
  const limits = config.graphqlLimits;
  const armor = new ApolloArmor({
    maxDepth: { n: limits.depth, flattenFragments: true, exposeLimits: !production, errorMessage: 'Query depth limit exceeded.' },
    maxAliases: { n: limits.aliases, exposeLimits: !production, errorMessage: 'Aliases limit exceeded.' },
    maxDirectives: { n: limits.directives, exposeLimits: !production, errorMessage: 'Directives limit exceeded.' },
    costLimit: { maxCost: limits.cost, exposeLimits: !production, errorMessage: 'Query cost limit exceeded.' },
    // Armor's token counter re-parses the document in a hook whose errors become a 500; the
    // parser's own maxTokens (parseOptions below) answers a 400 parse failure instead.
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: true },
  }).protect();
  return {
    path: '/graphql',
    autoSchemaFile: config.schemaFile ?? true,
    buildSchemaOptions: { scalarsMap: [{ type: Date, scalar: DateTimeScalar }] },
    ...(testing.trackViewerReads ? { transformSchema: trackViewerReads } : {}),
    sortSchema: true,
    graphiql: false,
    playground: false,
    introspection: !production,
    csrfPrevention: true,
    includeStacktraceInErrorResponses: false,
    // No HTTP cache hints are used; the cache-control plugin would wrap every field resolver.
    parseOptions: { maxTokens: limits.tokens },
    // A document with many mistakes (51 repeated directives, say) stops being validated after ten:
    // each error costs its formatting, and ten are enough to fix a query.
    validationOptions: { maxErrors: 10 },
    // "Did you mean …?" never reaches clients, for fields nor enum values.
    hideSchemaDetailsFromClientErrors: true,
    plugins: [
      ApolloServerPluginCacheControlDisabled(),
      ...armor.plugins,
      textInputPlugin((context) => (context as RequestContext).locale),
      cache.plugin(PUBLIC_CACHEABLE_FIELDS),
    ],
    validationRules: armor.validationRules,
    context: async (request: FastifyRequest, reply: FastifyReply): Promise<RequestContext> => {
      const { viewer, state } = await sessions.fromAuthorization(request.headers.authorization);
      const acceptLanguage = request.headers['accept-language'];
      const context: RequestContext = {
        req: request,
        res: reply,
        viewer,
        sessionExpired: state === 'expired',
        sessionRevoked: state === 'revoked',
        // The web app sends the language the person chose in the interface; other clients fall
        // back to the account's language.
        locale: acceptLanguage ? pickLocale(acceptLanguage) : (viewer?.locale ?? 'fr'),
        loaders: new LoaderRegistry(),
      };
      return testing.trackViewerReads ? recordViewerReads(context) : context;
    },
    formatError: (raw) => {
      // Errors raised before resolvers (parsing, validation, variable coercion, Armor) keep
      // Apollo's codes, with the limit that was hit as their reason; strip anything internal in production.
      const given = { ...raw, message: clientMessage(raw.message) };
      const limit = limitReason(given.message);
      const formatted = limit
        ? { ...given, extensions: { ...given.extensions, reason: limit } }
        : given.message.startsWith('Too many errors processing variables')
          ? // graphql-js stops reading variables after 50 invalid values; that is the caller's input, not a server fault.
            { ...given, extensions: { ...given.extensions, code: 'BAD_USER_INPUT', reason: 'TOO_MANY_INVALID_VALUES' } }
          : given;
      if (!production) return formatted;
      const { code, reason, fields } = (formatted.extensions ?? {}) as { code?: string; reason?: string; fields?: unknown };
      return {
        message: formatted.message,
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code, ...(reason ? { reason } : {}), ...(fields ? { fields } : {}) },
      };
    },
  };
}

/**
 * What of a message reaches the client: never a suggestion taken from the schema (graphql-js adds
 * "Did you mean …?" to variable errors too, which `hideSchemaDetailsFromClientErrors` misses), and
 * never more than a few hundred characters (variable errors quote the value, which may be 100 kB).
 */
function clientMessage(message: string): string {
  const suggestion = message.indexOf(' Did you mean');
  const kept = suggestion >= 0 ? message.slice(0, suggestion) : message;
  return kept.length > 400 ? `${kept.slice(0, 400)}…` : kept;
}

/** Which limit a parse or validation error reports (the messages of GraphQL Armor and graphql-js). */
function limitReason(message: string): string | undefined {
  if (message.includes('depth limit')) return 'DEPTH_LIMIT';
  if (message.includes('Aliases limit')) return 'ALIAS_LIMIT';
  if (message.includes('Directives limit')) return 'DIRECTIVE_LIMIT';
  if (message.includes('Cost limit') || message.includes('cost limit')) return 'COST_LIMIT';
  if (message.startsWith('Syntax Error: Document contains more th') && message.includes('tokens')) return 'TOKEN_LIMIT';
  return undefined;
}
