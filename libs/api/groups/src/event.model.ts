import { ArgsType, Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Connection, IsLink, PageArgs, Trim, ViewerDependent } from '@mouvement/api-core';
import { IsDate, IsEnum, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min, MinLength } from 'class-validator';

export enum RsvpAnswer {
  GOING = 'GOING',
  MAYBE = 'MAYBE',
  NOT_GOING = 'NOT_GOING',
}
registerEnumType(RsvpAnswer, { name: 'RsvpAnswer' });

export enum EventPeriod {
  UPCOMING = 'UPCOMING',
  PAST = 'PAST',
}
registerEnumType(EventPeriod, { name: 'EventPeriod' });

@ObjectType({ description: "The viewer's answer to an event." })
export class Rsvp {
  @Field(() => RsvpAnswer) answer!: RsvpAnswer;
  @Field({ description: 'Going, but the event is full: on the waiting list.' }) waitlisted!: boolean;
  @Field(() => Int, { nullable: true, description: 'Place on the waiting list, from 1.' }) position!: number | null;
}

@ObjectType({ description: 'An event of a group; times are instants (UTC), shown in the time zone of the group’s territory.' })
export class GroupEvent {
  @Field(() => ID) id!: string;
  @Field(() => ID) groupId!: string;
  @Field() groupName!: string;
  @Field() groupSlug!: string;
  @Field() title!: string;
  @Field(() => String, { nullable: true, description: 'Markdown, as written.' }) description!: string | null;
  @Field() descriptionHtml!: string;
  @Field(() => Date) startsAt!: Date;
  @Field(() => Date) endsAt!: Date;
  @Field({ description: 'Whether the event has ended (when it was read): answers are then closed.' }) hasEnded!: boolean;
  @Field({ description: 'IANA time zone of the group’s territory (Europe/Paris, America/Cayenne, Indian/Reunion…).' }) timeZone!: string;
  @Field(() => String, { nullable: true }) place!: string | null;
  @Field(() => String, { nullable: true }) onlineUrl!: string | null;
  @Field(() => Int, { nullable: true, description: 'Places; null for no limit.' }) capacity!: number | null;
  @Field(() => Int) goingCount!: number;
  @Field(() => Int) waitlistCount!: number;
  @ViewerDependent()
  @Field(() => Rsvp, { nullable: true })
  viewerRsvp!: Rsvp | null;
  @ViewerDependent()
  @Field({ description: 'The viewer may delete it: who created it, the group’s coordinators and admins.' })
  viewerCanDelete!: boolean;
  @Field({ description: 'Address of the iCalendar file of this event.' }) icsUrl!: string;
}

@ObjectType()
export class GroupEventConnection extends Connection(GroupEvent) {}

@InputType()
export class CreateEventInput {
  @Field()
  @Trim()
  @IsString()
  @MinLength(2)
  @MaxLength(200)
  title!: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(20000) description?: string | null;
  @Field(() => Date) @IsDate() startsAt!: Date;
  @Field(() => Date) @IsDate() endsAt!: Date;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(300) place?: string | null;
  @Field(() => String, { nullable: true, description: 'An http(s) address; stored as the WHATWG parser writes it.' })
  @IsOptional()
  @IsLink()
  onlineUrl?: string | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(1) @Max(100000) capacity?: number | null;
}

@ArgsType()
export class GroupEventsArgs extends PageArgs {
  @Field(() => ID) @IsUUID() groupId!: string;
  @Field(() => EventPeriod, { defaultValue: EventPeriod.UPCOMING }) @IsEnum(EventPeriod) period: EventPeriod = EventPeriod.UPCOMING;
}

@ArgsType()
export class RsvpArgs {
  @Field(() => ID) @IsUUID() eventId!: string;
  @Field(() => RsvpAnswer) @IsEnum(RsvpAnswer) answer!: RsvpAnswer;
}

@ArgsType()
export class EventIdArgs {
  @Field(() => ID) @IsUUID() eventId!: string;
}

@ArgsType()
export class MyEventsArgs extends PageArgs {
  @Field(() => EventPeriod, { defaultValue: EventPeriod.UPCOMING }) @IsEnum(EventPeriod) period: EventPeriod = EventPeriod.UPCOMING;
}
