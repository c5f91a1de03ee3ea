import { CreateTerritories1764230400000 } from './1764230400000-create-territories';

/** Every migration, in order. Listed explicitly so the compiled app and the tests run the same set. */
export const MIGRATIONS = [CreateTerritories1764230400000];
