import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DomainException, ErrorCode, type RequestContext, type Viewer } from '@mouvement/api-core';
import type { Locale, PlatformRole } from '@mouvement/shared-domain';
import { DataSource } from 'typeorm';
import { AccessTokenService } from './access-token.service';

/** What a request's `Authorization` header amounts to. */
export interface BearerSession {
  viewer: Viewer | null;
  /** `none`: no usable token (a visitor, or a forged one); `expired`: refresh it; `revoked`: the session ended. */
  state: 'none' | 'live' | 'expired' | 'revoked';
}

/**
 * The one statement a request with an access token costs: is its session (refresh-token family)
 * still live, is the account still there, and what are its role and language now. Marked with a
 * comment so statement-count tests can tell it from a page's own statements.
 */
export const VIEWER_SESSION_SQL = `/* viewer session */ SELECT a.role, a.locale FROM account a
  WHERE a.id = $1 AND a.deleted_at IS NULL
    AND EXISTS (SELECT 1 FROM refresh_token r
                WHERE r.family_id = $2 AND r.account_id = a.id AND r.revoked_at IS NULL AND r.expires_at > now())`;

/**
 * Turns a bearer token into the viewer, from the database rather than the token, so a sign-out, a
 * revoked family, a password change or a lowered role takes effect on the very next request. The
 * tables are the accounts domain's; this read sits here because every entry point (GraphQL context,
 * upload and download controllers) needs it and the accounts domain already depends on this library.
 */
@Injectable()
export class ViewerSessions {
  constructor(
    private readonly tokens: AccessTokenService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async fromAuthorization(header: string | undefined): Promise<BearerSession> {
    if (!header?.startsWith('Bearer ')) return { viewer: null, state: 'none' };
    const subject = this.tokens.verify(header.slice(7).trim());
    if (subject === 'expired') return { viewer: null, state: 'expired' };
    if (!subject) return { viewer: null, state: 'none' };
    const rows = (await this.dataSource.query(VIEWER_SESSION_SQL, [subject.accountId, subject.sessionId])) as {
      role: PlatformRole;
      locale: Locale;
    }[];
    const row = rows[0];
    if (!row) return { viewer: null, state: 'revoked' };
    return {
      viewer: { id: subject.accountId, role: row.role, locale: row.locale === 'en' ? 'en' : 'fr', sessionId: subject.sessionId },
      state: 'live',
    };
  }
}

/** UNAUTHENTICATED, with the reason a client can act on: refresh, sign in again, or sign in at all. */
export function sessionError(ctx: Partial<Pick<RequestContext, 'sessionExpired' | 'sessionRevoked'>>): DomainException {
  if (ctx.sessionRevoked) {
    return new DomainException(
      ErrorCode.UNAUTHENTICATED,
      {
        fr: 'Votre session a pris fin (déconnexion, mot de passe changé ou droits modifiés). Reconnectez-vous.',
        en: 'Your session has ended (signed out, password changed or rights changed). Please sign in again.',
      },
      [],
      'SESSION_REVOKED',
    );
  }
  if (ctx.sessionExpired) {
    return new DomainException(
      ErrorCode.UNAUTHENTICATED,
      { fr: 'Votre session a expiré. Reconnectez-vous.', en: 'Your session has expired. Please sign in again.' },
      [],
      'SESSION_EXPIRED',
    );
  }
  return DomainException.unauthenticated();
}
