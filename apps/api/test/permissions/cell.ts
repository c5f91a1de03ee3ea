import type { SignedIn } from '../fixtures';
import type { GraphqlResponse } from '../test-app';
import type { Cast, GroupScene, OrganisationScene, Persona, PracticeScene } from './scene';

export type SceneKind = 'none' | 'group' | 'organisation' | 'practice';
export interface Scenes {
  none: Record<string, never>;
  group: GroupScene;
  organisation: OrganisationScene;
  practice: PracticeScene;
}

/**
 * One line of the permission matrix: an operation (`Query.x`, `Mutation.y`) or a field whose value
 * depends on the viewer (`Type.field`), who may use it on someone else's object, and how to try.
 */
export interface Entry<K extends SceneKind = SceneKind> {
  coordinate: string;
  scene: K;
  /** The personas allowed; every other applicable persona is refused. */
  allowed: readonly Persona[];
  /** Columns that make no sense for this operation (e.g. joining a group one already belongs to). */
  notApplicable?: readonly Persona[];
  /** A fresh scene for each persona (default: for mutations). */
  fresh?: boolean;
  /** Whom the `author` column stands for, when the object is a join request or a replication. */
  author?: 'requester';
  /** Someone signed up for this cell only stands in for each signed-in persona (operations on oneself). */
  throwaway?: boolean;
  /** The person's refresh cookie is sent too. */
  cookie?: boolean;
  /** For operations anyone may call: refused means UNAUTHENTICATED or FORBIDDEN only, not a bad token. */
  open?: boolean;
  run(scene: Scenes[K], me: SignedIn | null, cast: Cast): [string, Record<string, unknown>] | Promise<[string, Record<string, unknown>]>;
  /** For a viewer-dependent field: whether the answer shows what the field guards. */
  seen?(data: Record<string, unknown>): boolean;
}

export const entry = <K extends SceneKind>(e: Entry<K>): Entry => e as unknown as Entry;

export const ALL: readonly Persona[] = ['visitor', 'member', 'ownMember', 'author', 'manager', 'otherManager', 'admin'];
export const SIGNED_IN: readonly Persona[] = ['member', 'ownMember', 'author', 'manager', 'otherManager', 'admin'];
export const GROUP_MEMBERS: readonly Persona[] = ['ownMember', 'author', 'manager'];

const REFUSALS = new Set(['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND']);

/** Allowed, refused, or something else that means the cell itself is wrong. */
export function verdict(e: Entry, res: GraphqlResponse<Record<string, unknown>>): string {
  const code = res.errors?.[0]?.extensions?.code;
  if (e.seen) {
    if (code && !REFUSALS.has(code)) return `error ${code}/${res.errors?.[0]?.extensions?.reason}: ${res.errors?.[0]?.message}`;
    return !code && res.data && e.seen(res.data) ? 'allowed' : 'refused';
  }
  if (!code) return 'allowed';
  if (e.open) return code === 'UNAUTHENTICATED' || code === 'FORBIDDEN' ? 'refused' : 'allowed';
  if (REFUSALS.has(code)) return 'refused';
  return `error ${code}/${res.errors?.[0]?.extensions?.reason}: ${res.errors?.[0]?.message}`;
}
