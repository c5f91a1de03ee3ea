import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Ctx, type RequestContext } from '@mouvement/api-core';
import { Public } from '@mouvement/api-auth';
import { DeclareReplicationInput, Replication, ReplicationIdArgs, ReplicationsArgs, UpdateReplicationInput } from './replication.model';
import { ReplicationsService } from './replications.service';

@Resolver(() => Replication)
export class ReplicationsResolver {
  constructor(private readonly service: ReplicationsService) {}

  @Query(() => [Replication], { description: 'Where a practice is replicated, newest first (at most 200).' })
  @Public()
  replications(@Ctx() ctx: RequestContext, @Args() { practiceId }: ReplicationsArgs): Promise<Replication[]> {
    return this.service.list(ctx, practiceId);
  }

  @Query(() => [Replication], { description: 'The replications the viewer declared.' })
  myReplications(@Ctx() ctx: RequestContext): Promise<Replication[]> {
    return this.service.mine(ctx);
  }

  @Mutation(() => Replication, {
    description:
      'Declares that the viewer (or one of their organisations) replicates a published practice; the same place again updates it.',
  })
  declareReplication(@Ctx() ctx: RequestContext, @Args('input') input: DeclareReplicationInput): Promise<Replication> {
    return this.service.declare(ctx, input);
  }

  @Mutation(() => Replication, { description: 'The declarer or an admin updates the status, notes or consent.' })
  updateReplication(
    @Ctx() ctx: RequestContext,
    @Args() { replicationId }: ReplicationIdArgs,
    @Args('input') input: UpdateReplicationInput,
  ): Promise<Replication> {
    return this.service.update(ctx, replicationId, input);
  }

  @Mutation(() => Boolean, { description: 'The declarer or an admin withdraws it; it is no longer counted.' })
  withdrawReplication(@Ctx() ctx: RequestContext, @Args() { replicationId }: ReplicationIdArgs): Promise<boolean> {
    return this.service.withdraw(ctx, replicationId);
  }
}
