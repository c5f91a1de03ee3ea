import { ArgsType, Field, ID, InputType, registerEnumType } from '@nestjs/graphql';
import { OrganisationKind, PageArgs, SearchText, Theme, Trim } from '@mouvement/api-core';
import { LIMITS } from '@mouvement/shared-domain';
import { Type } from 'class-transformer';
import { IsBoolean, IsEnum, IsOptional, IsString, IsUUID, MaxLength, MinLength, ValidateNested } from 'class-validator';
import { ClaimStatus } from './organisation-claim.entity';
import { OrganisationRole } from './organisation-member.entity';

export enum OrganisationSort {
  NAME = 'NAME',
  NEWEST = 'NEWEST',
  RELEVANCE = 'RELEVANCE',
}
registerEnumType(OrganisationSort, {
  name: 'OrganisationSort',
  description: 'Order of the organisation directory; RELEVANCE needs a search and falls back to NAME without one.',
});

@InputType()
export class OrganisationFilter {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(3)
  regionCode?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(3)
  departmentCode?: string | null;

  @Field(() => OrganisationKind, { nullable: true })
  @IsOptional()
  @IsEnum(OrganisationKind)
  kind?: OrganisationKind | null;

  @Field(() => Theme, { nullable: true })
  @IsOptional()
  @IsEnum(Theme)
  theme?: Theme | null;

  @Field(() => Boolean, { nullable: true, description: 'true: social economy only; false: the others only.' })
  @IsOptional()
  @IsBoolean()
  socialEconomy?: boolean | null;

  @Field(() => String, { nullable: true, description: 'Words of the name or description (French stemming, accents ignored).' })
  @IsOptional()
  @SearchText()
  @IsString()
  @MaxLength(LIMITS.searchMax)
  search?: string | null;
}

@ArgsType()
export class OrganisationsArgs extends PageArgs {
  @Field(() => OrganisationFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => OrganisationFilter)
  filter?: OrganisationFilter | null;

  @Field(() => OrganisationSort, { defaultValue: OrganisationSort.NAME })
  @IsEnum(OrganisationSort)
  sort: OrganisationSort = OrganisationSort.NAME;
}

@ArgsType()
export class SlugArgs {
  @Field()
  @IsString()
  @MaxLength(100)
  slug!: string;
}

@ArgsType()
export class OrganisationIdArgs {
  @Field(() => ID)
  @IsUUID()
  organisationId!: string;
}

@ArgsType()
export class NearDuplicatesArgs {
  @Field()
  @Trim()
  @IsString()
  @MinLength(LIMITS.organisationNameMin)
  @MaxLength(LIMITS.organisationNameMax)
  name!: string;

  @Field()
  @IsString()
  @MaxLength(3)
  regionCode!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(3)
  departmentCode?: string | null;
}

@ArgsType()
export class JoinRequestArgs extends OrganisationIdArgs {
  @Field(() => String, { nullable: true, description: 'A word to the owners.' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(LIMITS.messageMax)
  message?: string | null;
}

@ArgsType()
export class MembershipIdArgs {
  @Field(() => ID)
  @IsUUID()
  membershipId!: string;
}

@ArgsType()
export class DecideMembershipArgs extends MembershipIdArgs {
  @Field({ description: 'true accepts the request, false declines it.' })
  @IsBoolean()
  accept!: boolean;
}

@ArgsType()
export class SetRoleArgs extends MembershipIdArgs {
  @Field(() => OrganisationRole)
  @IsEnum(OrganisationRole)
  role!: OrganisationRole;
}

@ArgsType()
export class ClaimArgs extends OrganisationIdArgs {
  @Field({
    description: `Why you should own it: your role in the organisation, how to check it (${LIMITS.justificationMin} to ${LIMITS.justificationMax} characters).`,
  })
  @Trim()
  @IsString()
  @MaxLength(LIMITS.justificationMax)
  justification!: string;
}

@ArgsType()
export class DecideClaimArgs {
  @Field(() => ID)
  @IsUUID()
  claimId!: string;

  @Field()
  @IsBoolean()
  approve!: boolean;
}

@ArgsType()
export class ClaimsArgs {
  @Field(() => ClaimStatus, { defaultValue: ClaimStatus.PENDING })
  @IsEnum(ClaimStatus)
  status: ClaimStatus = ClaimStatus.PENDING;
}
