import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'Position of a region on the tile-grid map of France.' })
export class MapTile {
  @Field(() => Int)
  col!: number;

  @Field(() => Int)
  row!: number;
}

@ObjectType({ description: 'A French region (official INSEE code and name).' })
export class Region {
  @Field({ description: 'INSEE code, e.g. "75" for Nouvelle-Aquitaine.' })
  code!: string;

  @Field({ description: 'Official French name.' })
  name!: string;

  @Field({ description: 'English name.' })
  nameEn!: string;

  @Field({ description: 'IANA time zone events in this region are shown in.' })
  timeZone!: string;

  @Field({ description: 'Whether the region is overseas (DROM).' })
  overseas!: boolean;

  @Field(() => MapTile)
  tile!: MapTile;
}

@ObjectType({ description: 'A French department (official INSEE code and name).' })
export class Department {
  @Field({ description: 'INSEE code, e.g. "33" for Gironde, "2A" for Corse-du-Sud.' })
  code!: string;

  @Field({ description: 'Official name.' })
  name!: string;

  @Field({ description: 'INSEE code of its region.' })
  regionCode!: string;
}
