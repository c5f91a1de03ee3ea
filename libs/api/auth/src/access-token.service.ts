import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { APP_CONFIG, type AppConfig, type Viewer } from '@mouvement/api-core';
import { ACCESS_TOKEN_MINUTES, PlatformRole, type Locale } from '@mouvement/shared-domain';

interface AccessClaims {
  sub: string;
  role: PlatformRole;
  lng: Locale;
}

/** Short-lived access tokens (JWT, HS256): who the viewer is, without a database read per request. */
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

  sign(viewer: Viewer): { token: string; expiresAt: Date } {
    const claims: AccessClaims = { sub: viewer.id, role: viewer.role, lng: viewer.locale };
    return { token: this.jwt.sign(claims), expiresAt: new Date(Date.now() + ACCESS_TOKEN_MINUTES * 60_000) };
  }

  /** The viewer of a valid token; `'expired'` or `null` otherwise. */
  verify(token: string): Viewer | 'expired' | null {
    try {
      const claims = this.jwt.verify<AccessClaims>(token);
      if (typeof claims.sub !== 'string' || !Object.values(PlatformRole).includes(claims.role)) return null;
      return { id: claims.sub, role: claims.role, locale: claims.lng === 'en' ? 'en' : 'fr' };
    } catch (error) {
      return error instanceof Error && error.name === 'TokenExpiredError' ? 'expired' : null;
    }
  }
}
