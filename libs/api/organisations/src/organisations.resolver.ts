import { Args, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { Ctx, type ConnectionShape, type RequestContext } from '@mouvement/api-core';
import { isAdmin, Public } from '@mouvement/api-auth';
import { Member, toMember } from '@mouvement/api-accounts';
import { Department, Region, TerritoriesService } from '@mouvement/api-territories';
import { DataSource } from 'typeorm';
import { CreateOrganisationInput, UpdateOrganisationInput } from './organisation.input';
import { OrganisationLoaders } from './organisation.loader';
import { MembershipStatus, OrganisationRole } from './organisation-member.entity';
import { NearDuplicate, Organisation, OrganisationConnection, OrganisationMembership } from './organisation.model';
import { NearDuplicatesArgs, OrganisationIdArgs, OrganisationsArgs, SlugArgs } from './organisations.args';
import { OrganisationsService, toMembership } from './organisations.service';

@Resolver(() => Organisation)
export class OrganisationsResolver {
  constructor(
    private readonly service: OrganisationsService,
    private readonly territories: TerritoriesService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  private loaders(ctx: RequestContext) {
    return new OrganisationLoaders(ctx, this.dataSource);
  }

  @Query(() => OrganisationConnection, { description: 'The organisation directory, open to everyone.' })
  @Public()
  organisations(@Args() args: OrganisationsArgs): Promise<ConnectionShape<Organisation>> {
    return this.service.list(args);
  }

  @Query(() => Organisation, { nullable: true })
  @Public()
  organisation(@Args() { slug }: SlugArgs): Promise<Organisation | null> {
    return this.service.bySlug(slug);
  }

  @Query(() => [NearDuplicate], { description: 'Organisations with a close name in the same department, to check before creating one.' })
  organisationNearDuplicates(@Args() args: NearDuplicatesArgs): Promise<NearDuplicate[]> {
    return this.service.nearDuplicates(args);
  }

  @Query(() => [OrganisationMembership], { description: "The viewer's memberships and pending requests." })
  myOrganisationMemberships(@Ctx() ctx: RequestContext): Promise<OrganisationMembership[]> {
    return this.service.myMemberships(ctx);
  }

  @Mutation(() => Organisation, { description: 'Creates an organisation; the creator becomes its owner.' })
  createOrganisation(@Ctx() ctx: RequestContext, @Args('input') input: CreateOrganisationInput): Promise<Organisation> {
    return this.service.create(ctx, input);
  }

  @Mutation(() => Organisation, { description: 'Owners, admins of the organisation and platform admins.' })
  updateOrganisation(
    @Ctx() ctx: RequestContext,
    @Args() { organisationId }: OrganisationIdArgs,
    @Args('input') input: UpdateOrganisationInput,
  ): Promise<Organisation> {
    return this.service.update(ctx, organisationId, input);
  }

  @Mutation(() => Boolean, { description: 'Removes the organisation from the directories (owners and platform admins).' })
  deleteOrganisation(@Ctx() ctx: RequestContext, @Args() { organisationId }: OrganisationIdArgs): Promise<boolean> {
    return this.service.remove(ctx, organisationId);
  }

  @ResolveField(() => Region)
  async region(@Parent() org: Organisation): Promise<Region> {
    return (await this.territories.region(org.regionCode)) as Region;
  }

  @ResolveField(() => Department, { nullable: true })
  department(@Parent() org: Organisation): Promise<Department | null> | null {
    return org.departmentCode ? this.territories.department(org.departmentCode) : null;
  }

  @ResolveField(() => Int, { description: 'Active members.' })
  memberCount(@Parent() org: Organisation, @Ctx() ctx: RequestContext): Promise<number> {
    return this.loaders(ctx).activeMemberCount.load(org.id);
  }

  @ResolveField(() => [Member], { description: 'Owners (name and region; the rest as they chose).' })
  async owners(@Parent() org: Organisation, @Ctx() ctx: RequestContext): Promise<Member[]> {
    return (await this.loaders(ctx).owners.load(org.id)).map((row) => toMember(row, ctx.viewer));
  }

  @ResolveField(() => Boolean, { description: 'Has no owner yet: a member of it can claim it.' })
  async claimable(@Parent() org: Organisation, @Ctx() ctx: RequestContext): Promise<boolean> {
    return (await this.loaders(ctx).owners.load(org.id)).length === 0;
  }

  @ResolveField(() => [OrganisationMembership], { description: 'Active members, for signed-in viewers (empty otherwise).' })
  async members(@Parent() org: Organisation, @Ctx() ctx: RequestContext): Promise<OrganisationMembership[]> {
    if (!ctx.viewer) return [];
    return (await this.loaders(ctx).activeMembers.load(org.id)).map(toMembership);
  }

  @ResolveField(() => OrganisationMembership, { nullable: true, description: "The viewer's membership or pending request." })
  async viewerMembership(@Parent() org: Organisation, @Ctx() ctx: RequestContext): Promise<OrganisationMembership | null> {
    const row = await this.loaders(ctx).viewerMembership.load(org.id);
    return row ? toMembership(row) : null;
  }

  @ResolveField(() => [OrganisationMembership], {
    nullable: true,
    description: 'Pending requests to join: owners, admins and platform admins only (null for others).',
  })
  async joinRequests(@Parent() org: Organisation, @Ctx() ctx: RequestContext): Promise<OrganisationMembership[] | null> {
    const loaders = this.loaders(ctx);
    if (!isAdmin(ctx.viewer)) {
      const own = await loaders.viewerMembership.load(org.id);
      const manages =
        own?.status === MembershipStatus.ACTIVE && (own.role === OrganisationRole.OWNER || own.role === OrganisationRole.ADMIN);
      if (!manages) return null;
    }
    return (await loaders.pendingRequests.load(org.id)).map(toMembership);
  }
}
