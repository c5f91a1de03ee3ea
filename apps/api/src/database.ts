import { SnakeNamingStrategy } from '@mouvement/api-core';
import { ACCOUNT_ENTITIES } from '@mouvement/api-accounts';
import { GROUP_ENTITIES } from '@mouvement/api-groups';
import { ORGANISATION_ENTITIES } from '@mouvement/api-organisations';
import { TERRITORY_ENTITIES } from '@mouvement/api-territories';
import type { DataSourceOptions } from 'typeorm';
import { MIGRATIONS } from '../migrations';

export const ENTITIES = [...TERRITORY_ENTITIES, ...ACCOUNT_ENTITIES, ...ORGANISATION_ENTITIES, ...GROUP_ENTITIES];

export function dataSourceOptions(url: string, extra: Partial<DataSourceOptions> = {}): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    namingStrategy: new SnakeNamingStrategy(),
    synchronize: false,
    migrationsRun: false,
    migrationsTransactionMode: 'each',
    extra: { max: 20, application_name: 'mouvement' },
    ...extra,
  } as DataSourceOptions;
}
