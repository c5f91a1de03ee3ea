import { ArgsType, Args, Field, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Ctx, type RequestContext, Trim } from '@mouvement/api-core';
import { IsEnum, IsIn, IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { ModerationService, ReportedContent, ReportTarget } from './moderation.service';

@ArgsType()
class TargetArgs {
  @Field(() => ReportTarget) @IsEnum(ReportTarget) targetType!: ReportTarget;
  @Field(() => ID) @IsUUID() targetId!: string;
}

@ArgsType()
class ReportArgs extends TargetArgs {
  @Field()
  @Trim()
  @IsString()
  @MinLength(3)
  @MaxLength(1000)
  reason!: string;
}

@ArgsType()
class DecideArgs extends TargetArgs {
  @Field({ description: 'HIDE, RESTORE or DISMISS.' }) @IsIn(['HIDE', 'RESTORE', 'DISMISS']) action!: 'HIDE' | 'RESTORE' | 'DISMISS';
}

@ArgsType()
class QueueArgs {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() groupId?: string | null;
}

@Resolver()
export class ModerationResolver {
  constructor(private readonly moderation: ModerationService) {}

  @Mutation(() => Boolean, { description: 'Reports a post, reply or event; three different members hide it until reviewed.' })
  reportContent(@Ctx() ctx: RequestContext, @Args() { targetType, targetId, reason }: ReportArgs): Promise<boolean> {
    return this.moderation.report(ctx, targetType, targetId, reason);
  }

  @Query(() => [ReportedContent], { description: 'Open reports: coordinators see their groups’, admins all.' })
  reportQueue(@Ctx() ctx: RequestContext, @Args() { groupId }: QueueArgs): Promise<ReportedContent[]> {
    return this.moderation.queue(ctx, groupId);
  }

  @Mutation(() => Boolean, { description: 'Hides, restores, or dismisses the reports on a content (coordinators, admins).' })
  moderateContent(@Ctx() ctx: RequestContext, @Args() { targetType, targetId, action }: DecideArgs): Promise<boolean> {
    return this.moderation.decide(ctx, targetType, targetId, action);
  }
}
