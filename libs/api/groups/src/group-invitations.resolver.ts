import { Args, Int, Mutation, Resolver } from '@nestjs/graphql';
import { Ctx, type RequestContext } from '@mouvement/api-core';
import { CreatedGroupInviteLink, GroupInviteLink } from './group-invite-link.model';
import { GroupInvitationsService } from './group-invitations.service';
import { Group } from './group.model';
import { GroupRelations } from './group.relations';
import { GroupIdArgs, GroupInviteLinkArgs, InvitationTokenArgs, InviteArgs } from './groups.args';

@Resolver(() => GroupInviteLink)
export class GroupInvitationsResolver {
  constructor(
    private readonly invitations: GroupInvitationsService,
    private readonly relations: GroupRelations,
  ) {}

  @Mutation(() => Int, {
    description: 'Emails invitations valid 14 days, each for the account of its address; returns how many were sent.',
  })
  inviteToGroup(@Ctx() ctx: RequestContext, @Args() { groupId, memberIds, emails }: InviteArgs): Promise<number> {
    return this.invitations.invite(ctx, groupId, memberIds, emails);
  }

  @Mutation(() => Group, {
    description:
      'Accepts an emailed invitation (by the account of its address, once, within 14 days) or uses a shareable link (until it is revoked).',
  })
  async acceptGroupInvitation(@Ctx() ctx: RequestContext, @Args() { token }: InvitationTokenArgs): Promise<Group> {
    return this.relations.attach(await this.invitations.accept(ctx, token), ctx);
  }

  @Mutation(() => CreatedGroupInviteLink, {
    description: 'Coordinators and admins: a link anyone holding it can join by, until revoked. Its address is shown this once.',
  })
  createGroupInviteLink(@Ctx() ctx: RequestContext, @Args() { groupId }: GroupIdArgs): Promise<CreatedGroupInviteLink> {
    return this.invitations.createLink(ctx, groupId);
  }

  @Mutation(() => Boolean, { description: 'Coordinators and admins: the link stops working; those who joined by it stay.' })
  revokeGroupInviteLink(@Ctx() ctx: RequestContext, @Args() { linkId }: GroupInviteLinkArgs): Promise<boolean> {
    return this.invitations.revokeLink(ctx, linkId);
  }
}
