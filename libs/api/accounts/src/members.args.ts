import { ArgsType, Field, ID, InputType, registerEnumType } from '@nestjs/graphql';
import { MemberKind, PageArgs, PlatformRole, Theme } from '@mouvement/api-core';
import { LIMITS } from '@mouvement/shared-domain';
import { Type } from 'class-transformer';
import { IsEnum, IsOptional, IsString, IsUUID, MaxLength, ValidateNested } from 'class-validator';

export enum MemberSort {
  NAME = 'NAME',
  NEWEST = 'NEWEST',
}
registerEnumType(MemberSort, { name: 'MemberSort', description: 'Order of the member directory.' });

@InputType()
export class MemberFilter {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(3)
  regionCode?: string | null;

  @Field(() => MemberKind, { nullable: true })
  @IsOptional()
  @IsEnum(MemberKind)
  kind?: MemberKind | null;

  @Field(() => String, { nullable: true, description: 'Part of a skill, among public skills.' })
  @IsOptional()
  @IsString()
  @MaxLength(LIMITS.skillMax)
  skill?: string | null;

  @Field(() => Theme, { nullable: true, description: 'Among public themes.' })
  @IsOptional()
  @IsEnum(Theme)
  theme?: Theme | null;

  @Field(() => String, { nullable: true, description: 'Part of the name, with or without accents.' })
  @IsOptional()
  @IsString()
  @MaxLength(LIMITS.searchMax)
  search?: string | null;
}

@ArgsType()
export class MembersArgs extends PageArgs {
  @Field(() => MemberFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => MemberFilter)
  filter?: MemberFilter | null;

  @Field(() => MemberSort, { defaultValue: MemberSort.NAME })
  @IsEnum(MemberSort)
  sort: MemberSort = MemberSort.NAME;
}

@ArgsType()
export class SetPlatformRoleArgs {
  @Field(() => ID)
  @IsUUID()
  accountId!: string;

  @Field(() => PlatformRole)
  @IsEnum(PlatformRole)
  role!: PlatformRole;
}
