import type { INestApplication } from '@nestjs/common';
import { loadConfig, type AppConfig } from '@mouvement/api-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Pool } from 'pg';
import { randomUUID } from 'node:crypto';
import type { AppOptions } from '../src/app.module';
import { createApp } from '../src/bootstrap';
import { openMailbox, type Mailbox } from './mailbox';
import { createDatabaseFromTemplate, dropDatabase } from './test-database';

export interface GraphqlResponse<T = Record<string, unknown>> {
  status: number;
  data: T | null;
  errors?: {
    message: string;
    path?: string[];
    extensions?: { code?: string; reason?: string; fields?: { field: string; message: string }[] };
  }[];
  headers: Headers;
  /** Cookies set by the response, by name (empty string when cleared). */
  cookies: Record<string, string>;
  /** Raw Set-Cookie headers. */
  setCookies: string[];
}

export interface GraphqlOptions {
  token?: string;
  /** Cookies to send, by name. */
  cookies?: Record<string, string>;
  headers?: Record<string, string>;
}

export interface TestApp {
  url: string;
  app: INestApplication;
  /** Direct access to this test file's database, to check what was written. */
  db: Pool;
  config: AppConfig;
  /** The mail the app wrote to its mailbox folder (empty when the test gave an SMTP_URL). */
  mail: Mailbox;
  gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    options?: GraphqlOptions,
  ): Promise<GraphqlResponse<T>>;
  close(): Promise<void>;
}

/**
 * The real app over HTTP on a database of its own, copied from the migrated template.
 * `logDestination` receives what the app logs (give LOG_LEVEL too: tests log nothing by default).
 */
export async function startTestApp(env: Record<string, string> = {}, options: AppOptions = {}): Promise<TestApp> {
  const dbName = `mouvement_test_${randomUUID().replace(/-/g, '').slice(0, 12)}`;
  const url = await createDatabaseFromTemplate(dbName);
  const dataDir = mkdtempSync(join(tmpdir(), 'mouvement-test-'));
  const config = loadConfig({
    NODE_ENV: 'test',
    JWT_SECRET: 'test-secret-that-is-long-enough-for-hs256-0123456789',
    DATA_DIR: dataDir,
    LOG_LEVEL: 'silent',
    PUBLIC_URL: 'http://localhost:3000',
    AUTH_RATE_LIMIT: '10000',
    // Per-account limits (imports, previews…) out of the way of fuzzing; tests of the limits lower it.
    ACCOUNT_RATE_LIMIT_FACTOR: '1000',
    ...env,
  });
  const app = await createApp(config, url, options);
  await app.listen(0, '127.0.0.1');
  const address = app.getHttpServer().address() as { port: number };
  const base = `http://127.0.0.1:${address.port}`;
  const db = new Pool({ connectionString: url, max: 3 });
  return {
    url: base,
    app,
    db,
    config,
    mail: openMailbox(join(config.dataDir, 'mailbox')),
    async gql<T>(query: string, variables: Record<string, unknown> = {}, options: GraphqlOptions = {}) {
      const response = await fetch(`${base}/graphql`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
          ...(options.cookies
            ? {
                cookie: Object.entries(options.cookies)
                  .map(([k, v]) => `${k}=${v}`)
                  .join('; '),
              }
            : {}),
          ...options.headers,
        },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as { data?: T | null; errors?: GraphqlResponse<T>['errors'] };
      const setCookies = response.headers.getSetCookie();
      const cookies = Object.fromEntries(
        setCookies.map((c) => {
          const [pair = ''] = c.split(';');
          const eq = pair.indexOf('=');
          return [pair.slice(0, eq), decodeURIComponent(pair.slice(eq + 1))];
        }),
      );
      return { status: response.status, data: body.data ?? null, errors: body.errors, headers: response.headers, cookies, setCookies };
    },
    async close() {
      await db.end();
      await app.close();
      await dropDatabase(dbName);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** The reason (exact case) of a response's first error. */
export function errorReason(response: GraphqlResponse<unknown>): string | undefined {
  return response.errors?.[0]?.extensions?.reason;
}

/** The single error code of a response, for terse assertions. */
export function errorCode(response: GraphqlResponse<unknown>): string | undefined {
  return response.errors?.[0]?.extensions?.code;
}
