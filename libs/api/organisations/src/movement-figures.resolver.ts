import { Field, Int, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { Public } from '@mouvement/api-auth';
import { DataSource } from 'typeorm';

@ObjectType({ description: 'Members and organisations of one region.' })
export class RegionFigures {
  @Field()
  regionCode!: string;

  @Field(() => Int)
  members!: number;

  @Field(() => Int)
  organisations!: number;
}

@ObjectType({ description: 'Live counts shown on the home page.' })
export class MovementFigures {
  @Field(() => Int)
  members!: number;

  @Field(() => Int)
  organisations!: number;

  @Field(() => Int, { description: 'Organisations of the social and solidarity economy.' })
  socialEconomyOrganisations!: number;

  @Field(() => [RegionFigures], { description: 'One entry per region, all 18 included.' })
  regions!: RegionFigures[];
}

@Resolver(() => MovementFigures)
export class MovementFiguresResolver {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  @Query(() => MovementFigures, { description: 'The movement in figures, for everyone.' })
  @Public()
  async movementFigures(): Promise<MovementFigures> {
    const rows = (await this.dataSource.query(`
      SELECT r.code AS "regionCode",
             (SELECT count(*) FROM account a WHERE a.region_code = r.code AND a.deleted_at IS NULL)::int AS members,
             (SELECT count(*) FROM organisation o WHERE o.region_code = r.code AND o.deleted_at IS NULL)::int AS organisations,
             (SELECT count(*) FROM organisation o WHERE o.region_code = r.code AND o.deleted_at IS NULL AND o.is_social_economy)::int AS social
      FROM region r ORDER BY r.tile_row, r.tile_col`)) as (RegionFigures & { social: number })[];
    return {
      members: rows.reduce((n, r) => n + r.members, 0),
      organisations: rows.reduce((n, r) => n + r.organisations, 0),
      socialEconomyOrganisations: rows.reduce((n, r) => n + r.social, 0),
      regions: rows.map(({ regionCode, members, organisations }) => ({ regionCode, members, organisations })),
    };
  }
}
