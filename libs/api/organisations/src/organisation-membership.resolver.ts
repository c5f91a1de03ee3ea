import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { Ctx, type RequestContext } from '@mouvement/api-core';
import { Member, toMember } from '@mouvement/api-accounts';
import { TerritoriesService } from '@mouvement/api-territories';
import { DataSource } from 'typeorm';
import { managesOrganisation } from './organisation-access';
import { OrganisationLoaders } from './organisation.loader';
import { Organisation, OrganisationClaim, OrganisationMembership } from './organisation.model';
import {
  ClaimArgs,
  ClaimsArgs,
  DecideClaimArgs,
  DecideMembershipArgs,
  JoinRequestArgs,
  MembershipIdArgs,
  OrganisationIdArgs,
  SetRoleArgs,
} from './organisations.args';
import { OrganisationRelations } from './organisation.relations';
import { OrganisationsService, rowToOrganisation } from './organisations.service';

@Resolver(() => OrganisationMembership)
export class OrganisationMembershipResolver {
  constructor(
    private readonly organisations: OrganisationsService,
    private readonly relations: OrganisationRelations,
    private readonly territories: TerritoriesService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  @Mutation(() => OrganisationMembership, { description: 'Asks to join; an owner or admin of the organisation answers.' })
  requestToJoinOrganisation(
    @Ctx() ctx: RequestContext,
    @Args() { organisationId, message }: JoinRequestArgs,
  ): Promise<OrganisationMembership> {
    return this.organisations.requestToJoin(ctx, organisationId, message);
  }

  @Mutation(() => OrganisationMembership, {
    nullable: true,
    description: 'Accepts (returns the membership) or declines (returns null) a request.',
  })
  decideOrganisationMembership(
    @Ctx() ctx: RequestContext,
    @Args() { membershipId, accept }: DecideMembershipArgs,
  ): Promise<OrganisationMembership | null> {
    return this.organisations.decideMembership(ctx, membershipId, accept);
  }

  @Mutation(() => Boolean, { description: 'Leaves the organisation; the last owner cannot.' })
  leaveOrganisation(@Ctx() ctx: RequestContext, @Args() { organisationId }: OrganisationIdArgs): Promise<boolean> {
    return this.organisations.leave(ctx, organisationId);
  }

  @Mutation(() => OrganisationMembership, { description: 'Owners change any role; admins switch members and admins.' })
  setOrganisationMemberRole(@Ctx() ctx: RequestContext, @Args() { membershipId, role }: SetRoleArgs): Promise<OrganisationMembership> {
    return this.organisations.setRole(ctx, membershipId, role);
  }

  @Mutation(() => Boolean)
  removeOrganisationMember(@Ctx() ctx: RequestContext, @Args() { membershipId }: MembershipIdArgs): Promise<boolean> {
    return this.organisations.removeMember(ctx, membershipId);
  }

  @ResolveField(() => String, {
    nullable: true,
    description: 'Message sent with a request to join: for its writer and those who manage the organisation (null for others).',
  })
  async message(@Parent() m: OrganisationMembership, @Ctx() ctx: RequestContext): Promise<string | null> {
    if (!m.message || m.accountId === ctx.viewer?.id) return m.message;
    const own = await new OrganisationLoaders(ctx, this.dataSource).viewerMembership.load(m.organisationId);
    return managesOrganisation(ctx.viewer, own) ? m.message : null;
  }

  @ResolveField(() => Member)
  async member(@Parent() m: OrganisationMembership, @Ctx() ctx: RequestContext): Promise<Member> {
    const row = await new OrganisationLoaders(ctx, this.dataSource).accountById.load(m.accountId);
    if (!row) throw new Error(`Account ${m.accountId} of membership ${m.id} is missing`);
    return toMember(row, ctx.viewer, await this.territories.snapshot());
  }

  @ResolveField(() => Organisation)
  async organisation(@Parent() m: OrganisationMembership, @Ctx() ctx: RequestContext): Promise<Organisation> {
    const row = await new OrganisationLoaders(ctx, this.dataSource).byId.load(m.organisationId);
    if (!row) throw new Error(`Organisation ${m.organisationId} is missing`);
    return this.relations.attach(rowToOrganisation(row, await this.territories.snapshot()), ctx);
  }
}

@Resolver(() => OrganisationClaim)
export class OrganisationClaimResolver {
  constructor(
    private readonly organisations: OrganisationsService,
    private readonly relations: OrganisationRelations,
    private readonly territories: TerritoriesService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  @Query(() => [OrganisationClaim], { description: 'Ownership claims to review (platform admins).' })
  organisationClaims(@Ctx() ctx: RequestContext, @Args() { status }: ClaimsArgs): Promise<OrganisationClaim[]> {
    return this.organisations.claims(ctx, status);
  }

  @Mutation(() => OrganisationClaim, { description: 'Asks to become the owner of an organisation that has none.' })
  claimOrganisation(@Ctx() ctx: RequestContext, @Args() { organisationId, justification }: ClaimArgs): Promise<OrganisationClaim> {
    return this.organisations.claim(ctx, organisationId, justification);
  }

  @Mutation(() => OrganisationClaim, { description: 'Approves (the claimant becomes owner) or rejects a claim (platform admins).' })
  decideOrganisationClaim(@Ctx() ctx: RequestContext, @Args() { claimId, approve }: DecideClaimArgs): Promise<OrganisationClaim> {
    return this.organisations.decideClaim(ctx, claimId, approve);
  }

  @ResolveField(() => Organisation, { nullable: true })
  async organisation(@Parent() c: OrganisationClaim, @Ctx() ctx: RequestContext): Promise<Organisation | null> {
    const row = await new OrganisationLoaders(ctx, this.dataSource).byId.load(c.organisationId);
    return row ? this.relations.attach(rowToOrganisation(row, await this.territories.snapshot()), ctx) : null;
  }

  @ResolveField(() => Member, { nullable: true })
  async claimant(@Parent() c: OrganisationClaim, @Ctx() ctx: RequestContext): Promise<Member | null> {
    const row = await new OrganisationLoaders(ctx, this.dataSource).accountById.load(c.accountId);
    return row ? toMember(row, ctx.viewer, await this.territories.snapshot()) : null;
  }
}
