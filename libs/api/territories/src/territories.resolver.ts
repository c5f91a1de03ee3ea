import { Args, Query, Resolver } from '@nestjs/graphql';
import { Public } from '@mouvement/api-auth';
import { Department, Region } from './territory.model';
import { TerritoriesService } from './territories.service';
import { RegionCodeArgs } from './territories.args';

/** Reference data, readable by anyone. */
@Public()
@Resolver(() => Region)
export class TerritoriesResolver {
  constructor(private readonly territories: TerritoriesService) {}

  @Query(() => [Region], { description: 'The 18 French regions (13 metropolitan, 5 overseas).' })
  regions(): Promise<Region[]> {
    return this.territories.regions();
  }

  @Query(() => Region, { nullable: true, description: 'A region by its INSEE code.' })
  region(@Args() { code }: RegionCodeArgs): Promise<Region | null> {
    return this.territories.region(code);
  }

  @Query(() => [Department], { description: 'The departments of a region.' })
  departments(@Args('regionCode', { description: 'INSEE code of the region.' }) regionCode: string): Promise<Department[]> {
    return this.territories.departments(regionCode);
  }
}
