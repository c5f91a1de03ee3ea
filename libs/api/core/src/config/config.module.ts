import { Global, Module } from '@nestjs/common';
import type { AppConfig } from './app-config';
import { APP_CONFIG } from './app-config.token';
import { PublicResponseCache } from '../graphql/public-cache';
import { AccountRateLimiter } from '../database/account-rate-limit';

export { APP_CONFIG };

@Global()
@Module({})
export class ConfigModule {
  static forRoot(config: AppConfig) {
    return {
      module: ConfigModule,
      providers: [{ provide: APP_CONFIG, useValue: config }, PublicResponseCache, AccountRateLimiter],
      exports: [APP_CONFIG, PublicResponseCache, AccountRateLimiter],
    };
  }
}
