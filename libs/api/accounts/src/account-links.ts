import { digest, randomToken } from '@mouvement/api-auth';
import type { Locale } from '@mouvement/shared-domain';
import type { EntityManager } from 'typeorm';
import { AccountErrors } from './account.exception';
import type { AccountTokenEntity, AccountTokenPurpose } from './account-token.entity';

/** At most this many links of one kind are mailed to an account per window (Mastodon: 5 per 30 min). */
export const LINKS_PER_WINDOW = 5;
export const LINK_WINDOW_MINUTES = 30;

/** Whom an issued link goes to. */
export interface LinkRecipient {
  email: string;
  displayName: string;
  locale: Locale;
  token: string;
}

/**
 * One-time links sent by email (address confirmation, password reset), stored as digests. Issuing
 * is one statement that does the same work whether or not the address has an account, so neither
 * the answer nor its time tells them apart; past LINKS_PER_WINDOW, nothing more is mailed.
 */
export async function issueLink(
  m: EntityManager,
  purpose: AccountTokenPurpose,
  who: { email: string } | { accountId: string },
  minutes: number,
): Promise<LinkRecipient | null> {
  const token = randomToken();
  const byEmail = 'email' in who;
  const rows = (await m.query(
    `WITH a AS (
       SELECT id, email, display_name, locale FROM account
       WHERE ${byEmail ? 'lower(email) = $1' : 'id = $1::uuid'} AND deleted_at IS NULL
     ), issued AS (
       INSERT INTO account_token (account_id, purpose, token_hash, expires_at)
       SELECT a.id, $2, $3, now() + make_interval(mins => $4) FROM a
       WHERE (SELECT count(*) FROM account_token t
              WHERE t.account_id = a.id AND t.purpose = $2 AND t.created_at > now() - make_interval(mins => $5)) < $6
       RETURNING account_id
     )
     SELECT a.email, a.display_name AS "displayName", a.locale FROM a JOIN issued ON issued.account_id = a.id`,
    [byEmail ? who.email : who.accountId, purpose, digest(token), minutes, LINK_WINDOW_MINUTES, LINKS_PER_WINDOW],
  )) as Omit<LinkRecipient, 'token'>[];
  const row = rows[0];
  return row ? { ...row, token } : null;
}

/** Marks a one-time link used, atomically: of two parallel uses, one wins. */
export async function consumeLink(
  m: EntityManager,
  purpose: AccountTokenPurpose,
  token: string,
): Promise<Pick<AccountTokenEntity, 'accountId'>> {
  const rows = (await m.query(
    `UPDATE account_token SET used_at = now()
     WHERE token_hash = $1 AND purpose = $2 AND used_at IS NULL AND expires_at > now()
     RETURNING account_id AS "accountId"`,
    [digest(token), purpose],
  )) as [Array<{ accountId: string }>, number];
  const row = rows[0]?.[0];
  if (!row) throw AccountErrors.linkInvalid();
  return row;
}

/**
 * Voids every outstanding link of an account, of both kinds: after a password reset or change, an
 * older reset link must not set the password again, nor a confirmation link (which signs in) open
 * the account.
 */
export async function voidLinks(m: EntityManager, accountId: string): Promise<void> {
  await m.query(`UPDATE account_token SET used_at = now() WHERE account_id = $1 AND used_at IS NULL`, [accountId]);
}
