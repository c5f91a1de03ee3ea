import { ArgsType, Field, ID, InputType, registerEnumType } from '@nestjs/graphql';
import { GroupKind, PageArgs, SearchText, Theme, Trim } from '@mouvement/api-core';
import { GROUP_LIMITS, LIMITS } from '@mouvement/shared-domain';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsBoolean, IsEmail, IsEnum, IsOptional, IsString, IsUUID, MaxLength, ValidateNested } from 'class-validator';

export enum GroupSort {
  NAME = 'NAME',
  NEWEST = 'NEWEST',
}
registerEnumType(GroupSort, { name: 'GroupSort' });

@InputType()
export class GroupFilter {
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(3) regionCode?: string | null;
  @Field(() => GroupKind, { nullable: true }) @IsOptional() @IsEnum(GroupKind) kind?: GroupKind | null;
  @Field(() => Theme, { nullable: true }) @IsOptional() @IsEnum(Theme) theme?: Theme | null;
  @Field(() => String, { nullable: true }) @IsOptional() @SearchText() @IsString() @MaxLength(LIMITS.searchMax) search?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'Only groups the viewer is an active member of.' })
  @IsOptional()
  @IsBoolean()
  memberOnly?: boolean | null;
}

@ArgsType()
export class GroupsArgs extends PageArgs {
  @Field(() => GroupFilter, { nullable: true }) @IsOptional() @ValidateNested() @Type(() => GroupFilter) filter?: GroupFilter | null;
  @Field(() => GroupSort, { defaultValue: GroupSort.NAME }) @IsEnum(GroupSort) sort: GroupSort = GroupSort.NAME;
}

@ArgsType()
export class GroupSlugArgs {
  @Field() @IsString() @MaxLength(100) slug!: string;
}

@ArgsType()
export class GroupIdArgs {
  @Field(() => ID) @IsUUID() groupId!: string;
}

@ArgsType()
export class JoinGroupArgs extends GroupIdArgs {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(LIMITS.messageMax)
  message?: string | null;
  @Field(() => [String], { defaultValue: [], description: 'Answers to the join questions, in order.' })
  @ArrayMaxSize(GROUP_LIMITS.joinQuestionsMax)
  @IsString({ each: true })
  @MaxLength(GROUP_LIMITS.answerMax, { each: true })
  answers: string[] = [];
}

@ArgsType()
export class GroupMembershipArgs {
  @Field(() => ID) @IsUUID() membershipId!: string;
}

@ArgsType()
export class BanArgs extends GroupIdArgs {
  @Field(() => ID) @IsUUID() accountId!: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(LIMITS.messageMax) reason?: string | null;
}

@ArgsType()
export class InviteArgs extends GroupIdArgs {
  @Field(() => [ID], { defaultValue: [] }) @ArrayMaxSize(GROUP_LIMITS.invitesMax) @IsUUID('all', { each: true }) memberIds: string[] = [];
  @Field(() => [String], { defaultValue: [] })
  @ArrayMaxSize(GROUP_LIMITS.invitesMax)
  @IsEmail({}, { each: true })
  @MaxLength(LIMITS.emailMax, { each: true })
  emails: string[] = [];
}

@ArgsType()
export class InvitationTokenArgs {
  @Field() @IsString() @MaxLength(200) token!: string;
}

@ArgsType()
export class GroupInviteLinkArgs {
  @Field(() => ID) @IsUUID() linkId!: string;
}
