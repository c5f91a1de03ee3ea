import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Labels } from '@mouvement/shared-domain';
import { DataSource } from 'typeorm';
import { APP_CONFIG } from '../config/app-config.token';
import type { AppConfig } from '../config/app-config';
import { DomainException } from '../errors/domain.exception';
import { ErrorCode } from '../errors/error-code';
import { sqlOf } from './sql';

/** How often one account may do one thing: at most `max` times in any `windowSeconds`. */
export interface AccountLimit {
  /** Stable name of the action, stored with the account's recent ones (`practices.import`). */
  action: string;
  max: number;
  windowSeconds: number;
  /** `extensions.reason` of the refusal (`TOO_MANY_IMPORTS`). */
  reason: string;
  /** What the person reads, given the minutes until the next one is allowed. */
  message: (minutes: number) => Labels;
}

/**
 * Per-account limits counted in the database, so that they hold across every instance of the API:
 * one row per account and action keeps the times of its recent actions (`account_action_window`),
 * and one statement drops the times older than the window, counts the others and records this one
 * only when the count is under the limit. The statement takes the row's lock (an INSERT … ON
 * CONFLICT DO UPDATE re-reads the row it waited for), so parallel requests are counted one after
 * the other and never exceed the limit. A refused attempt is not recorded.
 *
 * Limits are chosen so that a person never meets them; `ACCOUNT_RATE_LIMIT_FACTOR` multiplies them
 * all (the tests raise them for fuzzing, and lower them to reach them quickly).
 */
@Injectable()
export class AccountRateLimiter {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: Pick<AppConfig, 'accountRateLimitFactor'>,
  ) {}

  /** The allowed number of `limit.action` in its window, once the configured factor is applied. */
  allowed(limit: AccountLimit): number {
    return Math.max(1, Math.floor(limit.max * this.config.accountRateLimitFactor));
  }

  /** Records one action of the account, or throws RATE_LIMITED (with the limit's reason) when it has done enough. */
  async consume(accountId: string, limit: AccountLimit): Promise<void> {
    const sql = sqlOf(this.dataSource);
    const recorded = await sql(
      `INSERT INTO account_action_window AS w (account_id, action, recent) VALUES ($1, $2, ARRAY[now()])
       ON CONFLICT (account_id, action) DO UPDATE
         SET recent = array_append(ARRAY(SELECT t FROM unnest(w.recent) t WHERE t > now() - make_interval(secs => $3) ORDER BY t), now()),
             updated_at = now()
         WHERE (SELECT count(*) FROM unnest(w.recent) t WHERE t > now() - make_interval(secs => $3)) < $4
       RETURNING 1`,
      [accountId, limit.action, limit.windowSeconds, this.allowed(limit)],
    );
    if (recorded.length) return;
    // Refused: when the oldest action still counted leaves the window, one more is allowed.
    const [wait] = await sql<{ seconds: number }>(
      `SELECT ceil(extract(epoch FROM (min(t) + make_interval(secs => $3) - now())))::int AS seconds
       FROM account_action_window w, unnest(w.recent) t WHERE w.account_id = $1 AND w.action = $2 AND t > now() - make_interval(secs => $3)`,
      [accountId, limit.action, limit.windowSeconds],
    );
    const minutes = Math.max(1, Math.ceil((wait?.seconds ?? limit.windowSeconds) / 60));
    throw new DomainException(ErrorCode.RATE_LIMITED, limit.message(minutes), [], limit.reason);
  }
}
