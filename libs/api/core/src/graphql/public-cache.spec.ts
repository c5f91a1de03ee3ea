import { HeaderMap, type GraphQLRequestContext } from '@apollo/server';
import { parse, type OperationDefinitionNode } from 'graphql';
import type { RequestContext } from './request-context';
import { PublicResponseCache } from './public-cache';

const PUBLIC_FIELDS = new Set(['practices', 'regions']);

/** Drives the plugin's hooks the way Apollo Server does for one request. */
function request(cache: PublicResponseCache, query: string, viewer: unknown = null) {
  const operation = parse(query).definitions[0] as OperationDefinitionNode;
  const rc = {
    operation,
    operationName: null,
    queryHash: query,
    request: { variables: {}, http: { headers: new HeaderMap() } },
    contextValue: { viewer, sessionExpired: false, locale: 'fr' },
    response: { http: { headers: new HeaderMap() }, body: { kind: 'single', singleResult: { data: { n: 0 } } } },
  } as unknown as GraphQLRequestContext<RequestContext>;
  const hooks = cache.plugin(PUBLIC_FIELDS).requestDidStart?.(rc as never) as Promise<{
    responseForOperation(rc: unknown): Promise<{ body: { singleResult: unknown } } | null>;
    willSendResponse(rc: unknown): Promise<void>;
  }>;
  return {
    /** Runs up to execution: the cached answer, if any. */
    async start() {
      const h = await hooks;
      const hit = await h.responseForOperation(rc);
      return hit ? hit.body.singleResult : null;
    },
    /** Finishes the request with what execution produced. */
    async finish(data: unknown) {
      (rc.response.body as { singleResult: unknown }).singleResult = { data };
      await (await hooks).willSendResponse(rc);
    },
  };
}

describe('PublicResponseCache', () => {
  const cache = () => new PublicResponseCache({ publicCacheSeconds: 60 });

  it('serves an anonymous public query it has seen, but not a signed-in one', async () => {
    const c = cache();
    const first = request(c, '{ practices { totalCount } }');
    expect(await first.start()).toBeNull();
    await first.finish({ n: 1 });
    expect(await request(c, '{ practices { totalCount } }').start()).toEqual({ data: { n: 1 } });
    expect(await request(c, '{ practices { totalCount } }', { id: 'x' }).start()).toBeNull();
    const mine = request(c, '{ me { id } }');
    expect(await mine.start()).toBeNull();
    await mine.finish({ n: 2 });
    expect(await request(c, '{ me { id } }').start()).toBeNull();
  });

  it('does not store a read that started before a write finished', async () => {
    const c = cache();
    const slowRead = request(c, '{ practices { totalCount } }');
    expect(await slowRead.start()).toBeNull();
    // A mutation completes while the read is still running against the older data.
    const write = request(c, 'mutation { archivePractice(practiceId: "1") { id } }');
    await write.start();
    await write.finish({ ok: true });
    await slowRead.finish({ n: 'older' });
    expect(await request(c, '{ practices { totalCount } }').start()).toBeNull();
  });

  it('forgets everything on a write', async () => {
    const c = cache();
    const read = request(c, '{ regions { code } }');
    await read.start();
    await read.finish({ n: 1 });
    c.invalidate();
    expect(await request(c, '{ regions { code } }').start()).toBeNull();
  });

  it('does nothing when switched off', async () => {
    const c = new PublicResponseCache({ publicCacheSeconds: 0 });
    const read = request(c, '{ regions { code } }');
    await read.start();
    await read.finish({ n: 1 });
    expect(c.enabled).toBe(false);
    expect(await request(c, '{ regions { code } }').start()).toBeNull();
  });
});
