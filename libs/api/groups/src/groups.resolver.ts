import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Ctx, GroupRole, type ConnectionShape, type RequestContext } from '@mouvement/api-core';
import { GqlThrottlerGuard, Public } from '@mouvement/api-auth';
import { UseGuards } from '@nestjs/common';
import { CreateGroupInput, UpdateGroupInput } from './group.input';
import { Group, GroupAuditEntry, GroupConnection, GroupMembership } from './group.model';
import { GroupRelations } from './group.relations';
import { BanArgs, GroupIdArgs, GroupMembershipArgs, GroupSlugArgs, GroupsArgs, JoinGroupArgs } from './groups.args';
import { GroupsService } from './groups.service';

@Resolver(() => Group)
export class GroupsResolver {
  constructor(
    private readonly service: GroupsService,
    private readonly relations: GroupRelations,
  ) {}

  @Query(() => GroupConnection, { description: 'The group directory, open to everyone.' })
  @Public()
  async groups(@Ctx() ctx: RequestContext, @Args() args: GroupsArgs): Promise<ConnectionShape<Group>> {
    const connection = await this.service.list(ctx, args);
    for (const edge of connection.edges) this.relations.attach(edge.node, ctx);
    return connection;
  }

  @Query(() => Group, { nullable: true })
  @Public()
  async group(@Ctx() ctx: RequestContext, @Args() { slug }: GroupSlugArgs): Promise<Group | null> {
    return this.relations.attach(await this.service.bySlug(slug), ctx);
  }

  @Query(() => [GroupAuditEntry], { description: 'Membership and moderation actions: coordinators of the group and admins.' })
  groupAuditLog(@Ctx() ctx: RequestContext, @Args() { groupId }: GroupIdArgs): Promise<GroupAuditEntry[]> {
    return this.service.auditLog(ctx, groupId);
  }

  @Mutation(() => Group, { description: 'Admins; coordinators of a regional collective for its chapters and circles.' })
  async createGroup(@Ctx() ctx: RequestContext, @Args('input') input: CreateGroupInput): Promise<Group> {
    return this.relations.attach(await this.service.create(ctx, input), ctx);
  }

  @Mutation(() => Group, { description: 'Coordinators of the group and admins.' })
  async updateGroup(@Ctx() ctx: RequestContext, @Args() { groupId }: GroupIdArgs, @Args('input') input: UpdateGroupInput): Promise<Group> {
    return this.relations.attach(await this.service.update(ctx, groupId, input), ctx);
  }

  @Mutation(() => GroupMembership, { description: 'Open group: member at once; on request: pending with a message and answers.' })
  @UseGuards(GqlThrottlerGuard)
  async joinGroup(@Ctx() ctx: RequestContext, @Args() { groupId, message, answers }: JoinGroupArgs): Promise<GroupMembership> {
    return this.relations.membership(await this.service.join(ctx, groupId, message, answers), ctx) as GroupMembership;
  }

  @Mutation(() => Boolean, { description: 'Leaves the group or withdraws a request; the last coordinator cannot.' })
  leaveGroup(@Ctx() ctx: RequestContext, @Args() { groupId }: GroupIdArgs): Promise<boolean> {
    return this.service.leave(ctx, groupId);
  }

  @Mutation(() => GroupMembership)
  async approveMembership(@Ctx() ctx: RequestContext, @Args() { membershipId }: GroupMembershipArgs): Promise<GroupMembership> {
    return this.relations.membership(await this.service.decide(ctx, membershipId, true), ctx) as GroupMembership;
  }

  @Mutation(() => Boolean, { description: 'Declines a request (the person may ask again).' })
  async declineMembership(@Ctx() ctx: RequestContext, @Args() { membershipId }: GroupMembershipArgs): Promise<boolean> {
    await this.service.decide(ctx, membershipId, false);
    return true;
  }

  @Mutation(() => Boolean)
  removeMember(@Ctx() ctx: RequestContext, @Args() { membershipId }: GroupMembershipArgs): Promise<boolean> {
    return this.service.remove(ctx, membershipId);
  }

  @Mutation(() => GroupMembership, { description: 'A banned person cannot rejoin nor ask to.' })
  async banMember(@Ctx() ctx: RequestContext, @Args() { groupId, accountId, reason }: BanArgs): Promise<GroupMembership> {
    return this.relations.membership(await this.service.ban(ctx, groupId, accountId, reason), ctx) as GroupMembership;
  }

  @Mutation(() => GroupMembership)
  async appointCoordinator(@Ctx() ctx: RequestContext, @Args() { membershipId }: GroupMembershipArgs): Promise<GroupMembership> {
    return this.relations.membership(await this.service.setRole(ctx, membershipId, GroupRole.COORDINATOR), ctx) as GroupMembership;
  }

  @Mutation(() => GroupMembership, { description: 'The last coordinator stays.' })
  async revokeCoordinator(@Ctx() ctx: RequestContext, @Args() { membershipId }: GroupMembershipArgs): Promise<GroupMembership> {
    return this.relations.membership(await this.service.setRole(ctx, membershipId, GroupRole.MEMBER), ctx) as GroupMembership;
  }
}
