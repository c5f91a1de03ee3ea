import type { World } from '../fuzz/world';
import type { GraphqlResponse, TestApp } from '../test-app';

/** What a hostile case sends and gets back, and the small clients the cases use. */
export interface Outcome {
  status: number;
  code?: string;
  reason?: string;
  /** The answer's data (GraphQL) or body (plain HTTP), for cases that check more than the code. */
  data?: unknown;
  text?: string;
}

export interface HostileContext {
  t: Pick<TestApp, 'url' | 'gql'>;
  world: World;
}

export interface HostileCase {
  name: string;
  area: 'freeze' | 'input' | 'limits' | 'sessions' | 'privacy';
  send(c: HostileContext): Promise<Outcome>;
  /** What must come back: a code (and reason), the HTTP status, or a check returning a problem. */
  expect: { status?: number; code?: string; reason?: string; check?: (o: Outcome) => string | null };
  /** Runs argon2 (sign-in, sign-up…): left out of the 50 ms target. */
  argon2?: boolean;
}

export function outcomeOf(res: GraphqlResponse<unknown>): Outcome {
  const first = res.errors?.[0];
  return { status: res.status, code: first?.extensions?.code, reason: first?.extensions?.reason, data: res.data, text: first?.message };
}

export async function http(c: HostileContext, path: string, init: RequestInit = {}): Promise<Outcome> {
  const response = await fetch(`${c.t.url}${path}`, init);
  const text = await response.text();
  let body: { code?: string; reason?: string; errors?: { extensions?: { code?: string; reason?: string } }[] } = {};
  try {
    body = JSON.parse(text) as typeof body;
  } catch {
    /* not JSON */
  }
  const first = body.errors?.[0]?.extensions;
  return { status: response.status, code: body.code ?? first?.code, reason: body.reason ?? first?.reason, text };
}

/** A raw GraphQL body, for what a client library would never send. */
export function rawGraphql(c: HostileContext, body: string, token?: string): Promise<Outcome> {
  return http(c, '/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body,
  });
}

export const gql = async (c: HostileContext, query: string, variables: Record<string, unknown> = {}, token?: string) =>
  outcomeOf(await c.t.gql(query, variables, token ? { token } : {}));
