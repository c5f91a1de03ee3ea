export * from './en';
export * from './fr';
export * from './i18n';
