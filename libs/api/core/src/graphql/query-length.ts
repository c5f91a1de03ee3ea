import { ApolloServerCharacterLimitPlugin } from '@escape.tech/graphql-armor-character-limit';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { GraphQLError } from 'graphql';

/**
 * The length limit of a GraphQL document, checked before Apollo sees the request: an Apollo
 * plugin that throws that early turns into a 500, so GraphQL Armor's character-limit check runs in
 * a Fastify hook and an oversized document gets a 400 with a coded error. Variables are not
 * counted: each field bounds its own length, and the body limit bounds them all.
 */
export function registerQueryLengthLimit(fastify: FastifyInstance, path: string, maxLength: number, exposeLimits: boolean) {
  const check = ApolloServerCharacterLimitPlugin({
    maxLength,
    exposeLimits,
    errorMessage: `The query document is too long (at most ${maxLength} characters).`,
  });
  fastify.addHook('preHandler', async (request: FastifyRequest, reply) => {
    if (request.routeOptions.url !== path) return;
    const query = documentOf(request);
    if (query === undefined) return;
    try {
      check.requestDidStart?.({ request: { query } } as never);
    } catch (error) {
      const message = error instanceof GraphQLError ? error.message : 'Query too long.';
      return reply
        .status(400)
        .type('application/json; charset=utf-8')
        .send({ errors: [{ message, extensions: { code: 'BAD_USER_INPUT', reason: 'QUERY_TOO_LONG' } }] });
    }
    return undefined;
  });
}

function documentOf(request: FastifyRequest): string | undefined {
  const fromBody = (request.body as { query?: unknown } | undefined)?.query;
  if (typeof fromBody === 'string') return fromBody;
  const fromUrl = (request.query as { query?: unknown } | undefined)?.query;
  return typeof fromUrl === 'string' ? fromUrl : undefined;
}
