export * from './access-token.service';
export * from './auth.module';
export * from './authenticated.guard';
export * from './gql-throttler.guard';
export * from './permissions';
export * from './public.decorator';
export * from './secrets';
