import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { type DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { DestinationStream } from 'pino';
import { ConfigModule, createValidationPipe, GraphqlExceptionFilter, PublicResponseCache, type AppConfig } from '@mouvement/api-core';
import { AccountsModule } from '@mouvement/api-accounts';
import { AuthModule, ViewerSessions } from '@mouvement/api-auth';
import { GroupsModule } from '@mouvement/api-groups';
import { MailModule } from '@mouvement/api-mail';
import { OrganisationsModule } from '@mouvement/api-organisations';
import { PracticesModule } from '@mouvement/api-practices';
import { TerritoriesModule } from '@mouvement/api-territories';
import { dataSourceOptions } from './database';
import { graphqlOptions } from './graphql.options';
import { HealthController } from './health.controller';

export interface AppOptions {
  /** False when only the schema is needed (no database). */
  initialiseDatabase?: boolean;
  /** Tests only: record which fields read the viewer (see trackViewerReads). */
  trackViewerReads?: boolean;
  /** Tests only: where the logger writes (the logging tests read it). */
  logDestination?: DestinationStream;
}

@Module({})
export class AppModule {
  static forRoot(config: AppConfig, databaseUrl: string, options: AppOptions = {}): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        TypeOrmModule.forRoot({
          ...dataSourceOptions(databaseUrl),
          manualInitialization: options.initialiseDatabase === false,
        }),
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          inject: [ViewerSessions, PublicResponseCache],
          useFactory: (sessions: ViewerSessions, cache: PublicResponseCache) =>
            graphqlOptions(config, sessions, cache, { trackViewerReads: options.trackViewerReads === true }),
        }),
        AuthModule.forRoot({ authRateLimit: config.authRateLimit, authRateWindowSeconds: config.authRateWindowSeconds }),
        MailModule,
        TerritoriesModule,
        AccountsModule,
        OrganisationsModule,
        GroupsModule,
        PracticesModule,
      ],
      controllers: [HealthController],
      providers: [
        { provide: APP_PIPE, useFactory: createValidationPipe },
        { provide: APP_FILTER, useClass: GraphqlExceptionFilter },
      ],
    };
  }
}
