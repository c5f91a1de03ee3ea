import { ArgsType, Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { GroupKind } from '@mouvement/api-core';
import { IsUUID } from 'class-validator';
import { Group } from './group.model';

@ArgsType()
export class GroupDashboardArgs {
  @Field(() => ID) @IsUUID() groupId!: string;
}

@ObjectType({ description: 'Posts and replies written in one week (weeks start on Monday, in the group territory’s time zone).' })
export class WeeklyActivity {
  @Field({ description: 'The Monday that starts the week, as YYYY-MM-DD.' }) weekStart!: string;
  @Field(() => Int) posts!: number;
  @Field(() => Int) replies!: number;
}

@ObjectType({ description: 'The answers to a past event: who said they would come.' })
export class EventAttendance {
  @Field(() => ID) eventId!: string;
  @Field() title!: string;
  @Field() groupName!: string;
  @Field() groupSlug!: string;
  @Field(() => Date) startsAt!: Date;
  @Field({ description: 'IANA time zone of the event’s group.' }) timeZone!: string;
  @Field(() => Int, { nullable: true }) capacity!: number | null;
  @Field(() => Int, { description: 'Going, with a place.' }) going!: number;
  @Field(() => Int) maybe!: number;
  @Field(() => Int) notGoing!: number;
  @Field(() => Int, { description: 'Still on the waiting list when the event started.' }) waitlisted!: number;
}

@ObjectType({ description: 'Figures of one group and every group under it, each person counted once.' })
export class DashboardFigures {
  @Field(() => ID) groupId!: string;
  @Field() groupName!: string;
  @Field() groupSlug!: string;
  @Field(() => GroupKind) kind!: GroupKind;
  @Field(() => Int, { description: 'Groups counted: this one and those under it.' }) groupCount!: number;
  @Field(() => Int, { description: 'Active members, each person once.' }) members!: number;
  @Field(() => Int, { description: 'Members whose first membership in these groups is less than 30 days old.' })
  newMembers!: number;
  @Field(() => Int, { description: 'Requests to join waiting for a coordinator.' }) pendingRequests!: number;
  @Field(() => Int, { description: 'Posts and replies over the last 12 weeks.' }) postsAndReplies!: number;
}

@ObjectType({
  description:
    'A coordinator’s dashboard: the group and every group under it rolled up (each person counted once), its own figures and each child’s.',
})
export class GroupDashboard {
  @Field(() => Group) group!: Group;
  @Field(() => Date) generatedAt!: Date;
  @Field({ description: 'Weeks and dates are counted in this IANA time zone.' }) timeZone!: string;
  @Field(() => DashboardFigures, { description: 'The group and all groups under it.' }) total!: DashboardFigures;
  @Field(() => DashboardFigures, { description: 'The group alone.' }) own!: DashboardFigures;
  @Field(() => [DashboardFigures], { description: 'Each group directly under it, with the groups under that one.' })
  children!: DashboardFigures[];
  @Field(() => [WeeklyActivity], { description: 'The last 12 weeks, oldest first, the current week last.' })
  activity!: WeeklyActivity[];
  @Field(() => [EventAttendance], { description: 'The last events that have started, newest first.' })
  recentEvents!: EventAttendance[];
}
