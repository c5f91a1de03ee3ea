import { Args, Query, Resolver } from '@nestjs/graphql';
import { Ctx, type RequestContext } from '@mouvement/api-core';
import { GroupDashboard, GroupDashboardArgs } from './dashboard.model';
import { DashboardService } from './dashboard.service';
import { GroupRelations } from './group.relations';

@Resolver(() => GroupDashboard)
export class DashboardResolver {
  constructor(
    private readonly service: DashboardService,
    private readonly relations: GroupRelations,
  ) {}

  @Query(() => GroupDashboard, {
    description: 'Admins, the group’s coordinators and the coordinators of the groups above it (a region reads its chapters and circles).',
  })
  async groupDashboard(@Ctx() ctx: RequestContext, @Args() { groupId }: GroupDashboardArgs): Promise<GroupDashboard> {
    const dashboard = await this.service.dashboard(ctx, groupId);
    this.relations.attach(dashboard.group, ctx);
    return dashboard;
  }
}
