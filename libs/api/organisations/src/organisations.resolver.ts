import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Ctx, type ConnectionShape, type RequestContext } from '@mouvement/api-core';
import { Public } from '@mouvement/api-auth';
import { CreateOrganisationInput, UpdateOrganisationInput } from './organisation.input';
import { NearDuplicate, Organisation, OrganisationConnection, OrganisationMembership } from './organisation.model';
import { OrganisationRelations } from './organisation.relations';
import { NearDuplicatesArgs, OrganisationIdArgs, OrganisationsArgs, SlugArgs } from './organisations.args';
import { OrganisationsService } from './organisations.service';

@Resolver(() => Organisation)
export class OrganisationsResolver {
  constructor(
    private readonly service: OrganisationsService,
    private readonly relations: OrganisationRelations,
  ) {}

  @Query(() => OrganisationConnection, { description: 'The organisation directory, open to everyone.' })
  @Public()
  async organisations(@Ctx() ctx: RequestContext, @Args() args: OrganisationsArgs): Promise<ConnectionShape<Organisation>> {
    const connection = await this.service.list(args);
    for (const edge of connection.edges) this.relations.attach(edge.node, ctx);
    return connection;
  }

  @Query(() => Organisation, { nullable: true })
  @Public()
  async organisation(@Ctx() ctx: RequestContext, @Args() { slug }: SlugArgs): Promise<Organisation | null> {
    return this.relations.attach(await this.service.bySlug(slug), ctx);
  }

  @Query(() => [NearDuplicate], { description: 'Organisations with a close name in the same department, to check before creating one.' })
  async organisationNearDuplicates(@Ctx() ctx: RequestContext, @Args() args: NearDuplicatesArgs): Promise<NearDuplicate[]> {
    const found = await this.service.nearDuplicates(args);
    for (const d of found) this.relations.attach(d.organisation, ctx);
    return found;
  }

  @Query(() => [OrganisationMembership], { description: "The viewer's memberships and pending requests." })
  myOrganisationMemberships(@Ctx() ctx: RequestContext): Promise<OrganisationMembership[]> {
    return this.service.myMemberships(ctx);
  }

  @Mutation(() => Organisation, { description: 'Creates an organisation; the creator becomes its owner.' })
  async createOrganisation(@Ctx() ctx: RequestContext, @Args('input') input: CreateOrganisationInput): Promise<Organisation> {
    return this.relations.attach(await this.service.create(ctx, input), ctx);
  }

  @Mutation(() => Organisation, { description: 'Owners, admins of the organisation and platform admins.' })
  async updateOrganisation(
    @Ctx() ctx: RequestContext,
    @Args() { organisationId }: OrganisationIdArgs,
    @Args('input') input: UpdateOrganisationInput,
  ): Promise<Organisation> {
    return this.relations.attach(await this.service.update(ctx, organisationId, input), ctx);
  }

  @Mutation(() => Boolean, { description: 'Removes the organisation from the directories (owners and platform admins).' })
  deleteOrganisation(@Ctx() ctx: RequestContext, @Args() { organisationId }: OrganisationIdArgs): Promise<boolean> {
    return this.service.remove(ctx, organisationId);
  }
}
