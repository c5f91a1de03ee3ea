export * from './practice.model';
export * from './practices.module';
export * from './practices.service';
export { highlight, plainText, queryLexemes } from './snippet';
