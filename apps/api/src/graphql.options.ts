import type { ApolloDriverConfig } from '@nestjs/apollo';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { LoaderRegistry, type AppConfig, type PublicResponseCache, type RequestContext } from '@mouvement/api-core';
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
 * Apollo with secure defaults: depth, alias, token and cost limits (GraphQL Armor), no field
 * suggestions, CSRF prevention, introspection only outside production, no stack traces.
 * The context loads the viewer of the bearer token from the database, one statement, none for a
 * visitor (never rejects: guards and services decide).
 * Anonymous public reads are answered from a short-lived cache that every write empties.
 */
export function graphqlOptions(config: AppConfig, sessions: ViewerSessions, cache: PublicResponseCache): ApolloDriverConfig {
  const production = config.nodeEnv === 'production';
  const armor = new ApolloArmor({
    maxDepth: { n: 8 },
    maxAliases: { n: 15 },
    maxTokens: { n: 2000 },
    costLimit: { maxCost: 5000 },
    blockFieldSuggestion: { enabled: true },
  }).protect();
  return {
    path: '/graphql',
    autoSchemaFile: config.schemaFile ?? true,
    sortSchema: true,
    graphiql: false,
    playground: false,
    introspection: !production,
    csrfPrevention: true,
    includeStacktraceInErrorResponses: false,
    // No HTTP cache hints are used; the cache-control plugin would wrap every field resolver.
    plugins: [ApolloServerPluginCacheControlDisabled(), ...armor.plugins, cache.plugin(PUBLIC_CACHEABLE_FIELDS)],
    validationRules: armor.validationRules,
    context: async (request: FastifyRequest, reply: FastifyReply): Promise<RequestContext> => {
      const { viewer, state } = await sessions.fromAuthorization(request.headers.authorization);
      const acceptLanguage = request.headers['accept-language'];
      return {
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
    },
    formatError: (formatted) => {
      // Errors raised before resolvers (parsing, validation, variable coercion, Armor) keep
      // Apollo's codes; strip anything internal in production.
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
