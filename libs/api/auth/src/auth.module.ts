import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { ThrottlerModule } from '@nestjs/throttler';
import { AccessTokenService } from './access-token.service';
import { AuthenticatedGuard } from './authenticated.guard';

export interface AuthModuleOptions {
  /** Requests per minute and IP on the sensitive account operations. */
  authRateLimit: number;
}

@Global()
@Module({})
export class AuthModule {
  static forRoot(options: AuthModuleOptions) {
    return {
      module: AuthModule,
      imports: [ThrottlerModule.forRoot({ throttlers: [{ name: 'auth', ttl: 60_000, limit: options.authRateLimit }] })],
      providers: [AccessTokenService, { provide: APP_GUARD, useClass: AuthenticatedGuard }],
      exports: [AccessTokenService, ThrottlerModule],
    };
  }
}
