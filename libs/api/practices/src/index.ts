export * from './practice.model';
export * from './practices.module';
export * from './practices.service';
