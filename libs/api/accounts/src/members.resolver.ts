import { Args, Query, ResolveField, Parent, Resolver } from '@nestjs/graphql';
import { Ctx, type ConnectionShape, type RequestContext } from '@mouvement/api-core';
import { Department, Region, TerritoriesService } from '@mouvement/api-territories';
import { Member, MemberConnection } from './member.model';
import { MembersArgs } from './members.args';
import { MembersService } from './members.service';

@Resolver(() => Member)
export class MembersResolver {
  constructor(
    private readonly directory: MembersService,
    private readonly territories: TerritoriesService,
  ) {}

  @Query(() => MemberConnection, { name: 'members', description: 'The member directory (signed-in members only).' })
  members(@Ctx() ctx: RequestContext, @Args() args: MembersArgs): Promise<ConnectionShape<Member>> {
    return this.directory.list(ctx, args);
  }

  @ResolveField(() => Region)
  async region(@Parent() member: Member): Promise<Region> {
    return (await this.territories.region(member.regionCode)) as Region;
  }

  @ResolveField(() => Department, { nullable: true, description: 'Null unless public.' })
  department(@Parent() member: Member): Promise<Department | null> | null {
    return member.departmentCode ? this.territories.department(member.departmentCode) : null;
  }
}
