import type { Locale, PlatformRole } from '@mouvement/shared-domain';
import DataLoader from 'dataloader';
import type { FastifyReply, FastifyRequest } from 'fastify';

/** The signed-in person, as loaded from the database for each request (role and locale included). */
export interface Viewer {
  id: string;
  role: PlatformRole;
  locale: Locale;
  /** The session (refresh-token family) the access token was issued for. */
  sessionId: string;
}

/**
 * Per-request DataLoaders, created lazily by key so each domain owns its loaders and a
 * request only builds the ones it uses.
 */
export class LoaderRegistry {
  private readonly loaders = new Map<string, DataLoader<unknown, unknown>>();

  get<K, V>(key: string, create: () => DataLoader<K, V>): DataLoader<K, V> {
    let loader = this.loaders.get(key);
    if (!loader) {
      loader = create() as unknown as DataLoader<unknown, unknown>;
      this.loaders.set(key, loader);
    }
    return loader as unknown as DataLoader<K, V>;
  }
}

export interface RequestContext {
  req: FastifyRequest;
  res: FastifyReply;
  /** Who sent the request, from `Authorization: Bearer …`; null for a visitor. */
  viewer: Viewer | null;
  /** A bearer token was sent but has expired: the client should refresh its session. */
  sessionExpired: boolean;
  /** A valid bearer token was sent for a session that has ended (signed out, revoked, account gone). */
  sessionRevoked: boolean;
  locale: Locale;
  loaders: LoaderRegistry;
}

/** Builds a loader that returns one value per key (or null), in key order. */
export function keyedLoader<V>(load: (ids: readonly string[]) => Promise<V[]>, keyOf: (v: V) => string): DataLoader<string, V | null> {
  return new DataLoader<string, V | null>(async (ids) => {
    const rows = await load(ids);
    const byId = new Map(rows.map((r) => [keyOf(r), r]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}

/** Builds a loader that returns the list of values for each key, in key order. */
export function groupedLoader<V>(load: (ids: readonly string[]) => Promise<V[]>, keyOf: (v: V) => string): DataLoader<string, V[]> {
  return new DataLoader<string, V[]>(async (ids) => {
    const rows = await load(ids);
    const byKey = new Map<string, V[]>();
    for (const row of rows) {
      const key = keyOf(row);
      const list = byKey.get(key);
      if (list) list.push(row);
      else byKey.set(key, [row]);
    }
    return ids.map((id) => byKey.get(id) ?? []);
  });
}
