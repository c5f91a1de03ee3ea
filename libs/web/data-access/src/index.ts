export * from './apollo';
export * from './generated/graphql';
