import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';

/** Every setting the API reads, validated once at start. See the README for each variable. */
export interface AppConfig {
  nodeEnv: 'development' | 'production' | 'test';
  port: number;
  host: string;
  /** Absent: the embedded PostgreSQL under `dataDir/pg` is started. */
  databaseUrl?: string;
  embeddedPgPort: number;
  jwtSecret: string;
  redisUrl?: string;
  corsOrigins: string[];
  dataDir: string;
  publicUrl: string;
  smtpUrl?: string;
  mailFrom: string;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /** Built web app to serve on the same port; absent in tests that only need the API. */
  webDist?: string;
  /** Where `schema.gql` is written (development only). */
  schemaFile?: string;
  trustProxy: boolean;
  seedDemo: boolean;
  /** Requests per IP (IPv6: per /64) and window on each of sign-in, sign-up, password reset and email confirmation. */
  authRateLimit: number;
  authRateWindowSeconds: number;
  /** How long anonymous public reads are answered from memory (0: never). See PublicResponseCache. */
  publicCacheSeconds: number;
  /** What one GraphQL document may ask for (see GRAPHQL_LIMITS in the README). */
  graphqlLimits: GraphqlLimits;
  /** Multiplies every per-account limit counted in the database (AccountRateLimiter); 1 in production. */
  accountRateLimitFactor: number;
}

export interface GraphqlLimits {
  /** Nesting of fields, fragments flattened. */
  depth: number;
  aliases: number;
  directives: number;
  /** Lexical tokens of the document, counted by the parser itself. */
  tokens: number;
  /** GraphQL Armor's cost estimate (objects cost more than scalars, lists multiply). */
  cost: number;
  /** Characters of the query document (variables are bounded per field, and by the body limit). */
  characters: number;
}

/** The limits by default, and the environment variable that raises or lowers each. */
export const GRAPHQL_LIMIT_DEFAULTS: Record<keyof GraphqlLimits, { env: string; value: number; max: number }> = {
  depth: { env: 'GRAPHQL_MAX_DEPTH', value: 6, max: 20 },
  aliases: { env: 'GRAPHQL_MAX_ALIASES', value: 15, max: 100 },
  directives: { env: 'GRAPHQL_MAX_DIRECTIVES', value: 50, max: 200 },
  tokens: { env: 'GRAPHQL_MAX_TOKENS', value: 1000, max: 10_000 },
  cost: { env: 'GRAPHQL_MAX_COST', value: 5000, max: 100_000 },
  characters: { env: 'GRAPHQL_MAX_QUERY_CHARACTERS', value: 15_000, max: 100_000 },
};

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

type Env = Record<string, string | undefined>;

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/**
 * Reads and checks the environment. Problems are collected and reported together, each naming
 * its variable, so a person fixes them in one go.
 */
export function loadConfig(env: Env = process.env, cwd = process.cwd()): AppConfig {
  const problems: string[] = [];
  const nodeEnvRaw = env['NODE_ENV'] ?? 'development';
  if (!['development', 'production', 'test'].includes(nodeEnvRaw)) {
    problems.push(`NODE_ENV must be development, production or test (got "${nodeEnvRaw}")`);
  }
  const nodeEnv = (['development', 'production', 'test'].includes(nodeEnvRaw) ? nodeEnvRaw : 'development') as AppConfig['nodeEnv'];
  const production = nodeEnv === 'production';

  const port = readPort(env, 'PORT', 3000, problems);
  const embeddedPgPort = readPort(env, 'EMBEDDED_PG_PORT', 54329, problems);

  const databaseUrl = env['DATABASE_URL'] || undefined;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    problems.push('DATABASE_URL must be a postgres:// or postgresql:// URL');
  }
  const redisUrl = env['REDIS_URL'] || undefined;
  if (redisUrl && !/^rediss?:\/\//.test(redisUrl)) problems.push('REDIS_URL must be a redis:// or rediss:// URL');
  const smtpUrl = env['SMTP_URL'] || undefined;
  if (smtpUrl && !/^smtps?:\/\//.test(smtpUrl)) problems.push('SMTP_URL must be an smtp:// or smtps:// URL');

  const dataDirRaw = env['DATA_DIR'] || '.data';
  const dataDir = isAbsolute(dataDirRaw) ? dataDirRaw : resolve(cwd, dataDirRaw);

  let jwtSecret = env['JWT_SECRET'] ?? '';
  if (jwtSecret && jwtSecret.length < 32) problems.push('JWT_SECRET must be at least 32 characters long');
  if (!jwtSecret) {
    if (production) problems.push('JWT_SECRET is required when NODE_ENV=production (at least 32 random characters)');
    else jwtSecret = localSecret(dataDir);
  }

  const publicUrl = (env['PUBLIC_URL'] || `http://localhost:${port}`).replace(/\/+$/, '');
  if (!/^https?:\/\//.test(publicUrl)) problems.push('PUBLIC_URL must start with http:// or https://');

  const corsOrigins = (env['CORS_ORIGINS'] ?? '')
    .split(',')
    .map((o) => o.trim())
    .filter(Boolean);
  for (const origin of corsOrigins) {
    if (!/^https?:\/\/[^/]+$/.test(origin)) problems.push(`CORS_ORIGINS: "${origin}" is not an origin like https://example.org`);
  }

  const logLevel = (env['LOG_LEVEL'] || (nodeEnv === 'test' ? 'silent' : 'info')) as AppConfig['logLevel'];
  if (!LOG_LEVELS.includes(logLevel)) problems.push(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}`);

  const trustProxyRaw = env['TRUST_PROXY'] ?? 'false';
  if (!['true', 'false'].includes(trustProxyRaw)) problems.push('TRUST_PROXY must be true or false');
  if (env['SEED_DEMO'] && !['true', 'false'].includes(env['SEED_DEMO'])) problems.push('SEED_DEMO must be true or false');

  // Mastodon's limits: 25 sign-ins (and sign-ups, resets, confirmations) per address every 5 minutes.
  const authRateLimit = Number(env['AUTH_RATE_LIMIT'] ?? 25);
  if (!Number.isInteger(authRateLimit) || authRateLimit < 1)
    problems.push('AUTH_RATE_LIMIT must be a whole number of requests per address and window (at least 1)');
  const authRateWindowSeconds = Number(env['AUTH_RATE_WINDOW_SECONDS'] ?? 300);
  if (!Number.isInteger(authRateWindowSeconds) || authRateWindowSeconds < 1 || authRateWindowSeconds > 86_400)
    problems.push('AUTH_RATE_WINDOW_SECONDS must be a whole number of seconds between 1 and 86400');

  const publicCacheSeconds = Number(env['PUBLIC_CACHE_SECONDS'] ?? (nodeEnv === 'test' ? 0 : 10));
  // Short, because a write on another instance of the API reaches this one's cache only when it expires.
  if (!Number.isInteger(publicCacheSeconds) || publicCacheSeconds < 0 || publicCacheSeconds > 60)
    problems.push('PUBLIC_CACHE_SECONDS must be a whole number of seconds between 0 and 60');

  const graphqlLimits = {} as GraphqlLimits;
  for (const [key, { env: name, value, max }] of Object.entries(GRAPHQL_LIMIT_DEFAULTS)) {
    const raw = env[name];
    const n = raw === undefined || raw === '' ? value : Number(raw);
    if (!Number.isInteger(n) || n < 1 || n > max) problems.push(`${name} must be a whole number between 1 and ${max} (got "${raw}")`);
    graphqlLimits[key as keyof GraphqlLimits] = n;
  }
  const accountRateLimitFactor = Number(env['ACCOUNT_RATE_LIMIT_FACTOR'] ?? 1);
  if (!Number.isFinite(accountRateLimitFactor) || accountRateLimitFactor <= 0 || accountRateLimitFactor > 1_000_000)
    problems.push('ACCOUNT_RATE_LIMIT_FACTOR must be a positive number (1 keeps the limits as they are)');

  if (problems.length) throw new ConfigError(problems);

  return {
    nodeEnv,
    port,
    host: env['HOST'] || '0.0.0.0',
    databaseUrl,
    embeddedPgPort,
    jwtSecret,
    redisUrl,
    corsOrigins,
    dataDir,
    publicUrl,
    smtpUrl,
    mailFrom: env['MAIL_FROM'] || 'Mouvement <ne-pas-repondre@mouvement.local>',
    logLevel,
    webDist: env['WEB_DIST'] || undefined,
    schemaFile: env['SCHEMA_FILE'] || undefined,
    trustProxy: trustProxyRaw === 'true',
    // The demo movement is loaded on a local start; a production server only gets it when asked.
    seedDemo: env['SEED_DEMO'] ? env['SEED_DEMO'] === 'true' : !production,
    authRateLimit,
    authRateWindowSeconds,
    publicCacheSeconds,
    graphqlLimits,
    accountRateLimitFactor,
  };
}

function readPort(env: Env, name: string, fallback: number, problems: string[]): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0 || value > 65535) {
    problems.push(`${name} must be a port number between 0 and 65535 (got "${raw}")`);
    return fallback;
  }
  return value;
}

/** Outside production a secret is generated once into the data folder, never into the repo. */
function localSecret(dataDir: string): string {
  const file = join(dataDir, 'jwt-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(48).toString('base64url');
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}
