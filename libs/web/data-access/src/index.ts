export * from './apollo';
export * from './errors';
export * from './generated/graphql';
export * from './session';
export * from './session-context';
export * from './territories';
export * from './upload';
