import type { ApolloServerPlugin, GraphQLRequestContext } from '@apollo/server';
import { HeaderMap } from '@apollo/server';
import { Inject, Injectable } from '@nestjs/common';
import type { FormattedExecutionResult } from 'graphql';
import { LRUCache } from 'lru-cache';
import { createHash } from 'node:crypto';
import { APP_CONFIG } from '../config/app-config.token';
import type { AppConfig } from '../config/app-config';
import type { RequestContext } from './request-context';

/** Memory for the whole cache, and the largest answer kept (larger ones are always computed). */
const MAX_BYTES = 64 * 1024 * 1024;
const MAX_ENTRY_BYTES = 1024 * 1024;

/**
 * Answers to anonymous public queries, kept for a few seconds (`PUBLIC_CACHE_SECONDS`, at most 60).
 * Every write through this API empties it before its answer leaves (mutations that ran, uploads),
 * so a person who just wrote reads what they wrote; members (signed in) always read live. What
 * bounds staleness is only a write made outside this process (another instance, SQL by hand): at
 * most the lifetime. Its memory is bounded (64 MB, answers over 1 MB not kept), and its keys are
 * digests of the query, its declared variables and the language.
 *
 * A generation number closes the race between a read and a write: a read that started before a
 * write does not store its (possibly older) answer afterwards.
 */
@Injectable()
export class PublicResponseCache {
  private generation = 0;
  private readonly entries: LRUCache<string, FormattedExecutionResult> | null;

  constructor(@Inject(APP_CONFIG) config: Pick<AppConfig, 'publicCacheSeconds'>) {
    this.entries =
      config.publicCacheSeconds > 0
        ? new LRUCache<string, FormattedExecutionResult>({
            max: 5_000,
            maxSize: MAX_BYTES,
            maxEntrySize: MAX_ENTRY_BYTES,
            sizeCalculation: (value) => Buffer.byteLength(JSON.stringify(value)),
            ttl: config.publicCacheSeconds * 1000,
            ttlAutopurge: false,
          })
        : null;
  }

  get enabled(): boolean {
    return this.entries !== null;
  }

  /** After any write: nothing cached before it is served again. */
  invalidate(): void {
    this.generation++;
    this.entries?.clear();
  }

  /**
   * The plugin that serves and fills the cache, for Apollo Server. `publicFields`: the root query
   * fields whose answer depends only on the query, its variables, the language and the data, never
   * on who asks; an operation is cached only when all its root fields are among them.
   */
  plugin(publicFields: ReadonlySet<string>): ApolloServerPlugin<RequestContext> {
    const cache = {
      keyFor: (rc: GraphQLRequestContext<RequestContext>) => this.keyFor(rc, publicFields),
      invalidate: () => this.invalidate(),
      generation: () => this.generation,
      entries: this.entries,
    };
    return {
      async requestDidStart() {
        let key: string | null = null;
        let startedAt = 0;
        return {
          async responseForOperation(rc) {
            key = cache.keyFor(rc);
            if (!key) return null;
            startedAt = cache.generation();
            const hit = cache.entries?.get(key);
            if (!hit) return null;
            const headers = new HeaderMap([['x-cache', 'HIT']]);
            return { http: { status: undefined, headers }, body: { kind: 'single', singleResult: hit } };
          },
          async willSendResponse(rc) {
            if (rc.operation?.operation === 'mutation') {
              if (ranAWrite(rc)) cache.invalidate();
              return;
            }
            if (!key || rc.response.body.kind !== 'single') return;
            if (rc.response.http.headers.get('x-cache') === 'HIT') return;
            const result = rc.response.body.singleResult;
            if (!result.errors && startedAt === cache.generation()) cache.entries?.set(key, result);
            rc.response.http.headers.set('x-cache', 'MISS');
          },
        };
      },
    };
  }

  private keyFor(rc: GraphQLRequestContext<RequestContext>, publicFields: ReadonlySet<string>): string | null {
    if (!this.entries || rc.operation?.operation !== 'query') return null;
    const ctx = rc.contextValue;
    if (ctx.viewer || ctx.sessionExpired || rc.request.http?.headers.get('authorization')) return null;
    const publicOnly = rc.operation.selectionSet.selections.every(
      (s) => s.kind === 'Field' && publicFields.has(s.name.value) && !s.directives?.length,
    );
    if (!publicOnly) return null;
    // Only the variables the operation declares: others do not change the answer.
    const given = rc.request.variables ?? {};
    const variables = (rc.operation.variableDefinitions ?? []).map((d) => given[d.variable.name.value] ?? null);
    return createHash('sha256')
      .update(JSON.stringify([rc.queryHash, rc.operationName ?? null, variables, ctx.locale]))
      .digest('base64url');
  }
}

/** A mutation empties the cache when one of its fields ran: not a refused one, nor `__typename` alone. */
function ranAWrite(rc: GraphQLRequestContext<RequestContext>): boolean {
  const body = rc.response.body;
  if (body?.kind !== 'single') return true;
  const data = body.singleResult.data;
  if (!data) return false;
  return Object.entries(data).some(([field, value]) => field !== '__typename' && value !== null);
}
