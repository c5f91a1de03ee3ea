/**
 * What a logged address shows of the secrets it may carry. Links sent by email or given to
 * calendar applications hold one-time or long-lived secrets (`?token=` to verify an address or
 * reset a password, `?jeton=` of a personal calendar feed, `/invitations/{token}`, unsubscribe
 * links…): a log is read by more people and kept longer than the secret should be, so every URL
 * written to the logs goes through `redactUrl` first.
 *
 * The rule is generic, so that links added later are covered without touching it:
 * - a query parameter is hidden when its name contains one of SECRET_PARAMETER_WORDS
 *   (token, jeton, key, code, secret, pass, signature, auth…): over-hiding a harmless `regionCode`
 *   costs little, leaking a secret costs much;
 * - a path segment is hidden when it follows a segment that announces a secret (`invitations`,
 *   `desabonnement`…), or when it looks like a random token: 32 URL-safe characters or more with
 *   an upper-case letter (the slugs and UUIDs of ordinary addresses are lower-case).
 */
export const REDACTED = '[redacted]';

const SECRET_PARAMETER_WORDS = [
  'token',
  'jeton',
  'key',
  'cle',
  'code',
  'secret',
  'pass',
  'pwd',
  'signature',
  'sig',
  'auth',
  'otp',
  'ticket',
];

/** Path segments after which the next one is a secret. */
const SECRET_AFTER = new Set([
  'invitations',
  'invitation',
  'invitation-links',
  'liens-invitation',
  'desabonnement',
  'se-desabonner',
  'unsubscribe',
  'nouveau-mot-de-passe',
  'reinitialisation',
  'verifier-email',
  'verification',
  'jeton',
  'token',
]);

const URL_SAFE = /^[A-Za-z0-9_-]+$/;
const UPPER = /[A-Z]/;

function decoded(part: string): string {
  try {
    return decodeURIComponent(part.replace(/\+/g, ' '));
  } catch {
    return part;
  }
}

function isSecretParameter(name: string): boolean {
  const lower = decoded(name).toLowerCase();
  return SECRET_PARAMETER_WORDS.some((word) => lower.includes(word));
}

function looksLikeToken(segment: string): boolean {
  return segment.length >= 32 && URL_SAFE.test(segment) && UPPER.test(segment);
}

export function redactUrl(url: string): string {
  const hash = url.indexOf('#');
  const withoutHash = hash >= 0 ? url.slice(0, hash) : url;
  const question = withoutHash.indexOf('?');
  const path = question >= 0 ? withoutHash.slice(0, question) : withoutHash;
  const query = question >= 0 ? withoutHash.slice(question + 1) : null;

  const segments = path.split('/');
  const safePath = segments
    .map((segment, i) => {
      const previous = i > 0 ? decoded(segments[i - 1] as string).toLowerCase() : '';
      return segment && (SECRET_AFTER.has(previous) || looksLikeToken(segment)) ? REDACTED : segment;
    })
    .join('/');
  if (query === null) return safePath;
  const safeQuery = query
    .split('&')
    .map((pair) => {
      const eq = pair.indexOf('=');
      const name = eq >= 0 ? pair.slice(0, eq) : pair;
      const value = eq >= 0 ? pair.slice(eq + 1) : '';
      if (isSecretParameter(name) || looksLikeToken(value)) return `${name}=${REDACTED}`;
      return pair;
    })
    .join('&');
  return `${safePath}?${safeQuery}`;
}
