export * from './department.entity';
export * from './region.entity';
export * from './territories.module';
export * from './territories.service';
export * from './territory.model';

import { DepartmentEntity } from './department.entity';
import { RegionEntity } from './region.entity';
export const TERRITORY_ENTITIES = [RegionEntity, DepartmentEntity];
