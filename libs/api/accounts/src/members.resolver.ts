import { Args, Query, Resolver } from '@nestjs/graphql';
import { Ctx, type ConnectionShape, type RequestContext } from '@mouvement/api-core';
import { Member, MemberConnection } from './member.model';
import { MembersArgs } from './members.args';
import { MembersService } from './members.service';

@Resolver(() => Member)
export class MembersResolver {
  constructor(private readonly directory: MembersService) {}

  @Query(() => MemberConnection, { name: 'members', description: 'The member directory (signed-in members only).' })
  members(@Ctx() ctx: RequestContext, @Args() args: MembersArgs): Promise<ConnectionShape<Member>> {
    return this.directory.list(ctx, args);
  }
}
