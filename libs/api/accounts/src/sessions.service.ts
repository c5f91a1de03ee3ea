import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { APP_CONFIG, type AppConfig, type RequestContext } from '@mouvement/api-core';
import { AccessTokenService, digest, randomToken } from '@mouvement/api-auth';
import { REFRESH_TOKEN_DAYS } from '@mouvement/shared-domain';
import { randomUUID } from 'node:crypto';
import { DataSource, IsNull, type EntityManager } from 'typeorm';
import { AccountErrors } from './account.exception';
import { AccountEntity } from './account.entity';
import { toAccount } from './account.mapper';
import type { AuthPayload } from './account.model';
import { RefreshTokenEntity } from './refresh-token.entity';
import { clearRefreshCookie, readRefreshCookie, setRefreshCookie } from './session-cookie';

/**
 * A refresh token presented again this soon after its rotation is a second tab of the same browser
 * refreshing at the same moment (tabs share the cookie), not a replay: it gets a fresh token of the
 * same family. Later, a rotated token means theft, and the family is revoked.
 */
export const REFRESH_GRACE_SECONDS = 10;

interface PresentedToken {
  id: string;
  accountId: string;
  familyId: string;
  revoked: boolean;
  expired: boolean;
  rotated: boolean;
  inGrace: boolean;
}

/** Sessions: one refresh-token family each, named by the access tokens issued for it (`sid`). */
@Injectable()
export class SessionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly tokens: AccessTokenService,
  ) {}

  /** A new session: a refresh-token family (the cookie) and an access token naming it. */
  async start(ctx: RequestContext, account: AccountEntity): Promise<AuthPayload> {
    const token = randomToken();
    const familyId = randomUUID();
    await this.dataSource.getRepository(RefreshTokenEntity).insert({
      accountId: account.id,
      familyId,
      tokenHash: digest(token),
      expiresAt: this.refreshExpiry(),
      userAgent: userAgent(ctx),
    });
    setRefreshCookie(ctx.res, token, this.config);
    return this.payload(account, familyId);
  }

  /**
   * Rotates the refresh token of the cookie. The token's row is locked, so parallel presentations
   * are decided one after the other: the first rotates it, the others within the grace period get
   * a token of the same family, and any presentation after it revokes the family.
   */
  async refresh(ctx: RequestContext): Promise<AuthPayload> {
    const presented = readRefreshCookie(ctx.req);
    if (!presented) throw AccountErrors.sessionInvalid();
    const next = randomToken();
    const outcome = await this.dataSource.transaction(async (m) => {
      const rows = (await m.query(
        `SELECT id, account_id AS "accountId", family_id AS "familyId", revoked_at IS NOT NULL AS revoked,
                expires_at <= now() AS expired, replaced_by_id IS NOT NULL AS rotated,
                coalesce(rotated_at > now() - make_interval(secs => $2), false) AS "inGrace"
         FROM refresh_token WHERE token_hash = $1 FOR UPDATE`,
        [digest(presented), REFRESH_GRACE_SECONDS],
      )) as PresentedToken[];
      const current = rows[0];
      if (!current) return null;
      if (current.revoked || (current.rotated && !current.inGrace)) {
        await this.revokeFamily(m, current.familyId);
        return null;
      }
      if (current.expired) return null;
      const account = await m.getRepository(AccountEntity).findOneBy({ id: current.accountId, deletedAt: IsNull() });
      if (!account) return null;
      const repo = m.getRepository(RefreshTokenEntity);
      const created = await repo.save(
        repo.create({
          accountId: current.accountId,
          familyId: current.familyId,
          tokenHash: digest(next),
          expiresAt: this.refreshExpiry(),
          userAgent: userAgent(ctx),
        }),
      );
      // Within the grace period the first replacement stays the recorded one, and so does its time:
      // the grace runs from the first rotation, it is not extended by each presentation.
      if (!current.rotated) await repo.update(current.id, { replacedById: created.id, rotatedAt: () => 'now()' });
      return { account, familyId: current.familyId };
    });
    if (!outcome) {
      clearRefreshCookie(ctx.res, this.config);
      throw AccountErrors.sessionInvalid();
    }
    setRefreshCookie(ctx.res, next, this.config);
    return this.payload(outcome.account, outcome.familyId);
  }

  /** Ends this session (the cookie's family, else the access token's) and clears the cookie; harmless without one. */
  async signOut(ctx: RequestContext): Promise<boolean> {
    const presented = readRefreshCookie(ctx.req);
    const token = presented ? await this.dataSource.getRepository(RefreshTokenEntity).findOneBy({ tokenHash: digest(presented) }) : null;
    const familyId = token?.familyId ?? ctx.viewer?.sessionId;
    if (familyId) await this.revokeFamily(this.dataSource.manager, familyId);
    clearRefreshCookie(ctx.res, this.config);
    return true;
  }

  /** Ends every session of an account, or every one but `keep` (the session changing the password). */
  async revokeAll(m: EntityManager, accountId: string, keep?: string): Promise<void> {
    await m.query(
      `UPDATE refresh_token SET revoked_at = now() WHERE account_id = $1 AND revoked_at IS NULL AND ($2::uuid IS NULL OR family_id <> $2::uuid)`,
      [accountId, keep ?? null],
    );
  }

  private async revokeFamily(m: EntityManager, familyId: string): Promise<void> {
    await m.query(`UPDATE refresh_token SET revoked_at = now() WHERE family_id = $1 AND revoked_at IS NULL`, [familyId]);
  }

  private payload(account: AccountEntity, sessionId: string): AuthPayload {
    const { token, expiresAt } = this.tokens.sign({ accountId: account.id, sessionId });
    return { accessToken: token, accessTokenExpiresAt: expiresAt, account: toAccount(account) };
  }

  private refreshExpiry(): Date {
    return new Date(Date.now() + REFRESH_TOKEN_DAYS * 24 * 3600 * 1000);
  }
}

function userAgent(ctx: RequestContext): string | null {
  return ctx.req.headers['user-agent']?.slice(0, 300) ?? null;
}
