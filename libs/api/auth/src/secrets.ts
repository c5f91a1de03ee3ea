import { createHash, randomBytes } from 'node:crypto';
import { hash, verify, argon2id } from 'argon2';

/** A random, URL-safe one-time secret (256 bits). */
export function randomToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Stored form of a one-time secret: a SHA-256 digest, so a database leak reveals no usable token. */
export function digest(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

const ARGON_OPTIONS = { type: argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON_OPTIONS);
}

let dummyHash: Promise<string> | undefined;

/**
 * Checks a password against its hash. With no hash (unknown email) a dummy hash is checked anyway,
 * so the answer takes as long whether or not the account exists.
 */
export async function verifyPassword(passwordHash: string | null, password: string): Promise<boolean> {
  if (!passwordHash) {
    dummyHash ??= hashPassword(randomToken());
    await verify(await dummyHash, password).catch(() => false);
    return false;
  }
  return verify(passwordHash, password).catch(() => false);
}
