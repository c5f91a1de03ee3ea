import type { ApolloDriverConfig } from '@nestjs/apollo';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { LoaderRegistry, type AppConfig, type RequestContext } from '@mouvement/api-core';
import { pickLocale } from '@mouvement/shared-domain';
import type { Request, Response } from 'express';

/**
 * Apollo with secure defaults: depth, alias, token and cost limits (GraphQL Armor), no field
 * suggestions, CSRF prevention, introspection only outside production, no stack traces.
 */
export function graphqlOptions(config: AppConfig): ApolloDriverConfig {
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
    plugins: [ApolloServerPluginCacheControlDisabled(), ...armor.plugins],
    validationRules: armor.validationRules,
    context: ({ req, res }: { req: RequestContext['req']; res: Response }): RequestContext => {
      const viewer = req.viewer ?? null;
      return {
        req,
        res,
        viewer,
        // The web app sends the language the person chose in the interface; other clients fall
        // back to the account's language.
        locale: req.headers['accept-language'] ? pickLocale(req.headers['accept-language']) : (viewer?.locale ?? 'fr'),
        loaders: new LoaderRegistry(),
      };
    },
    formatError: (formatted) => {
      // Errors raised before resolvers (parsing, validation, variable coercion, Armor) keep
      // Apollo's codes; strip anything internal in production.
      if (!production) return formatted;
      const { code } = (formatted.extensions ?? {}) as { code?: string };
      return { message: formatted.message, locations: formatted.locations, path: formatted.path, extensions: { code } };
    },
  };
}

export type { Request };
