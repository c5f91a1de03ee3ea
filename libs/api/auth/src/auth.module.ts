import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { ThrottlerModule } from '@nestjs/throttler';
import { AccessTokenService } from './access-token.service';
import { AuthenticatedGuard } from './authenticated.guard';
import { ViewerSessions } from './viewer-sessions.service';

export interface AuthModuleOptions {
  /** Requests per IP (IPv6: per /64) and window on each sensitive account operation. */
  authRateLimit: number;
  authRateWindowSeconds: number;
}

@Global()
@Module({})
export class AuthModule {
  static forRoot(options: AuthModuleOptions) {
    return {
      module: AuthModule,
      imports: [
        ThrottlerModule.forRoot({
          throttlers: [{ name: 'auth', ttl: options.authRateWindowSeconds * 1000, limit: options.authRateLimit }],
        }),
      ],
      providers: [AccessTokenService, ViewerSessions, { provide: APP_GUARD, useClass: AuthenticatedGuard }],
      exports: [AccessTokenService, ViewerSessions, ThrottlerModule],
    };
  }
}
