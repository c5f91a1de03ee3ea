export * from './labels';
export * from './limits';
export * from './member-kind';
export * from './organisation-kind';
export * from './regions';
export * from './siret';
export * from './themes';
export * from './slug';
