import { Field, ID, InputType } from '@nestjs/graphql';
import {
  EmptyToNull,
  GroupKind,
  GroupVisibility,
  JoinPolicy,
  NoInvisibleCharacters,
  OptionalNotNull,
  Theme,
  Trim,
  TrimAll,
} from '@mouvement/api-core';
import { GROUP_LIMITS, LIMITS } from '@mouvement/shared-domain';
import { ArrayMaxSize, ArrayUnique, IsEnum, IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';

@InputType()
export class CreateGroupInput {
  @Field() @Trim() @IsString() @MinLength(2) @MaxLength(GROUP_LIMITS.nameMax) @NoInvisibleCharacters() name!: string;
  @Field(() => GroupKind) @IsEnum(GroupKind) kind!: GroupKind;
  @Field(() => ID, { nullable: true, description: 'The group it belongs to (the national movement or a regional collective).' })
  @IsOptional()
  @IsUUID()
  parentId?: string | null;
  @Field(() => String, { nullable: true, description: 'Region of a regional collective (chapters and circles take their parent’s).' })
  @IsOptional()
  @IsString()
  @MaxLength(3)
  regionCode?: string | null;
  @Field(() => String, { nullable: true, description: 'Department of a local chapter.' })
  @IsOptional()
  @IsString()
  @MaxLength(3)
  departmentCode?: string | null;
  @Field(() => [Theme], { defaultValue: [] })
  @ArrayMaxSize(LIMITS.themesMax)
  @ArrayUnique()
  @IsEnum(Theme, { each: true })
  themes: Theme[] = [];
  @Field(() => String, { nullable: true })
  @IsOptional()
  @EmptyToNull()
  @IsString()
  @MaxLength(GROUP_LIMITS.descriptionMax)
  description?: string | null;
  @Field(() => String, { nullable: true, description: 'Markdown.' })
  @IsOptional()
  @EmptyToNull()
  @IsString()
  @MaxLength(GROUP_LIMITS.charterMax)
  charter?: string | null;
  @Field(() => [String], { defaultValue: [] })
  @TrimAll()
  @ArrayMaxSize(GROUP_LIMITS.joinQuestionsMax)
  @IsString({ each: true })
  @MaxLength(GROUP_LIMITS.joinQuestionMax, { each: true })
  joinQuestions: string[] = [];
  @Field(() => GroupVisibility, { defaultValue: GroupVisibility.PUBLIC }) @IsEnum(GroupVisibility) visibility: GroupVisibility =
    GroupVisibility.PUBLIC;
  @Field(() => JoinPolicy, { defaultValue: JoinPolicy.ON_REQUEST }) @IsEnum(JoinPolicy) joinPolicy: JoinPolicy = JoinPolicy.ON_REQUEST;
}

@InputType({ description: 'Only the fields given are changed.' })
export class UpdateGroupInput {
  @Field({ nullable: true })
  @OptionalNotNull()
  @Trim()
  @IsString()
  @MinLength(2)
  @MaxLength(GROUP_LIMITS.nameMax)
  @NoInvisibleCharacters()
  name?: string;
  @Field(() => [Theme], { nullable: true })
  @OptionalNotNull()
  @ArrayMaxSize(LIMITS.themesMax)
  @ArrayUnique()
  @IsEnum(Theme, { each: true })
  themes?: Theme[];
  @Field(() => String, { nullable: true })
  @IsOptional()
  @EmptyToNull()
  @IsString()
  @MaxLength(GROUP_LIMITS.descriptionMax)
  description?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @EmptyToNull() @IsString() @MaxLength(GROUP_LIMITS.charterMax) charter?:
    string | null;
  @Field(() => [String], { nullable: true })
  @OptionalNotNull()
  @TrimAll()
  @ArrayMaxSize(GROUP_LIMITS.joinQuestionsMax)
  @IsString({ each: true })
  @MaxLength(GROUP_LIMITS.joinQuestionMax, { each: true })
  joinQuestions?: string[];
  @Field(() => GroupVisibility, { nullable: true }) @OptionalNotNull() @IsEnum(GroupVisibility) visibility?: GroupVisibility;
  @Field(() => JoinPolicy, { nullable: true }) @OptionalNotNull() @IsEnum(JoinPolicy) joinPolicy?: JoinPolicy;
}
