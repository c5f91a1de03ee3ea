import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Ctx, type ConnectionShape, type RequestContext } from '@mouvement/api-core';
import { Member, MemberConnection } from './member.model';
import { MembersArgs, SetPlatformRoleArgs } from './members.args';
import { MembersService } from './members.service';

@Resolver(() => Member)
export class MembersResolver {
  constructor(private readonly directory: MembersService) {}

  @Query(() => MemberConnection, { name: 'members', description: 'The member directory (signed-in members only).' })
  members(@Ctx() ctx: RequestContext, @Args() args: MembersArgs): Promise<ConnectionShape<Member>> {
    return this.directory.list(ctx, args);
  }

  @Mutation(() => Member, { description: 'Appoints or removes a platform admin (platform admins only).' })
  setPlatformRole(@Ctx() ctx: RequestContext, @Args() { accountId, role }: SetPlatformRoleArgs): Promise<Member> {
    return this.directory.setPlatformRole(ctx, accountId, role);
  }
}
