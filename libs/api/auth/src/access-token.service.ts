import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { APP_CONFIG, type AppConfig } from '@mouvement/api-core';
import { ACCESS_TOKEN_MINUTES } from '@mouvement/shared-domain';

interface AccessClaims {
  sub: string;
  sid: string;
}

/** Who a valid access token names: the account and the session (refresh-token family) it belongs to. */
export interface AccessTokenSubject {
  accountId: string;
  sessionId: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Short-lived access tokens (JWT, HS256). They carry who and which session, never rights: the role
 * and the session's liveness are read from the database on each request (ViewerSessions), so a
 * sign-out, a revocation or a demotion takes effect at once.
 */
@Injectable()
export class AccessTokenService {
  private readonly jwt: JwtService;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.jwt = new JwtService({
      secret: config.jwtSecret,
      signOptions: { algorithm: 'HS256', expiresIn: ACCESS_TOKEN_MINUTES * 60, issuer: 'mouvement' },
      verifyOptions: { algorithms: ['HS256'], issuer: 'mouvement' },
    });
  }

  sign(subject: AccessTokenSubject): { token: string; expiresAt: Date } {
    const claims: AccessClaims = { sub: subject.accountId, sid: subject.sessionId };
    return { token: this.jwt.sign(claims), expiresAt: new Date(Date.now() + ACCESS_TOKEN_MINUTES * 60_000) };
  }

  /** The subject of a valid token; `'expired'` or `null` (forged, malformed, or issued before sessions were named). */
  verify(token: string): AccessTokenSubject | 'expired' | null {
    try {
      const claims = this.jwt.verify<AccessClaims>(token);
      if (typeof claims.sub !== 'string' || typeof claims.sid !== 'string' || !UUID.test(claims.sub) || !UUID.test(claims.sid)) {
        return null;
      }
      return { accountId: claims.sub, sessionId: claims.sid };
    } catch (error) {
      return error instanceof Error && error.name === 'TokenExpiredError' ? 'expired' : null;
    }
  }
}
