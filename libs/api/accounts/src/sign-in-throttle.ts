import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { APP_CONFIG, type AppConfig } from '@mouvement/api-core';
import { SIGN_IN_FAILURE_WINDOW_MINUTES, SIGN_IN_MAX_FAILURES } from '@mouvement/shared-domain';
import { createHmac } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';

/**
 * Failures for one address, all sources together, past which the address is "under attack": from
 * then on a source that has already failed for it is refused, while a source that has not (the
 * owner at home) still gets in with the right password.
 */
export const SIGN_IN_ACCOUNT_MAX_FAILURES = 20;

/**
 * Sign-in failures counted so that nobody can lock someone else out.
 *
 * Each attempt is counted against the pair (digest of the normalised email, source address):
 * SIGN_IN_MAX_FAILURES failures within the window lock that pair, so five wrong guesses from one
 * address stop that address only. Across sources, SIGN_IN_ACCOUNT_MAX_FAILURES failures for one
 * email put it under attack: every source with at least one failure for it is then locked too,
 * which bounds a distributed guesser to one guess per address, while a source with no failure for
 * it is never locked: the right password from a clean address always works.
 *
 * Counting by email digest rather than account makes an unknown address behave exactly like a
 * known one. The digest is keyed with the server's secret, so the table is not a list of addresses.
 * The attempt is counted before the password is checked (and forgotten on success), so parallel
 * guesses all count and cannot slip past the limit together.
 */
@Injectable()
export class SignInThrottle {
  private readonly key: Buffer;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.key = createHmac('sha256', config.jwtSecret).update('sign-in-failure').digest();
  }

  emailDigest(normalisedEmail: string): string {
    return createHmac('sha256', this.key).update(normalisedEmail).digest('hex');
  }

  /** Counts this attempt as a failure in advance; false when the pair is locked. */
  async admit(emailDigest: string, source: string): Promise<boolean> {
    const rows = (await this.dataSource.query(
      `WITH counted AS (
         INSERT INTO sign_in_failure AS f (email_digest, source, failures) VALUES ($1, $2, 1)
         ON CONFLICT (email_digest, source) DO UPDATE SET
           failures = CASE WHEN f.last_failed_at > now() - make_interval(mins => $3) THEN f.failures + 1 ELSE 1 END,
           last_failed_at = now()
         RETURNING failures
       )
       SELECT (SELECT failures FROM counted) AS here,
              (SELECT coalesce(sum(failures), 0) FROM sign_in_failure
               WHERE email_digest = $1 AND source <> $2 AND last_failed_at > now() - make_interval(mins => $3))::int AS elsewhere`,
      [emailDigest, source, SIGN_IN_FAILURE_WINDOW_MINUTES],
    )) as { here: number; elsewhere: number }[];
    const { here = 1, elsewhere = 0 } = rows[0] ?? {};
    const before = here - 1; // this source's failures before this attempt
    if (before >= SIGN_IN_MAX_FAILURES) return false;
    return !(before >= 1 && before + elsewhere >= SIGN_IN_ACCOUNT_MAX_FAILURES);
  }

  /** The right password from this source: its count for the address is forgotten, the others stay. */
  async succeeded(emailDigest: string, source: string): Promise<void> {
    await this.dataSource.query(`DELETE FROM sign_in_failure WHERE email_digest = $1 AND source = $2`, [emailDigest, source]);
  }

  /** A new password: guesses against the old one no longer count. */
  async forget(m: EntityManager, normalisedEmail: string): Promise<void> {
    await m.query(`DELETE FROM sign_in_failure WHERE email_digest = $1`, [this.emailDigest(normalisedEmail)]);
  }
}
