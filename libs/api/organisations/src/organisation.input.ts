import { Field, InputType, Int } from '@nestjs/graphql';
import { EmptyToNull, IsLink, NoInvisibleCharacters, OptionalNotNull, OrganisationKind, Theme, Trim } from '@mouvement/api-core';
import { isValidSiret, LIMITS, normaliseSiret } from '@mouvement/shared-domain';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsBoolean,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateBy,
} from 'class-validator';

const siret = ({ value }: { value: unknown }) => (typeof value === 'string' ? normaliseSiret(value) || null : value);

/** 14 digits with a valid Luhn key (La Poste's rule for its own establishments). */
const IsSiret = () => ValidateBy({ name: 'isSiret', validator: { validate: (v: unknown) => typeof v === 'string' && isValidSiret(v) } });

@InputType()
export class CreateOrganisationInput {
  @Field()
  @Trim()
  @IsString()
  @MinLength(LIMITS.organisationNameMin)
  @MaxLength(LIMITS.organisationNameMax)
  @NoInvisibleCharacters()
  name!: string;

  @Field(() => OrganisationKind)
  @IsEnum(OrganisationKind)
  kind!: OrganisationKind;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @EmptyToNull()
  @IsString()
  @MaxLength(LIMITS.legalFormMax)
  legalForm?: string | null;

  @Field(() => String, { nullable: true, description: '14 digits; spaces are ignored.' })
  @IsOptional()
  @Transform(siret)
  @IsSiret()
  siret?: string | null;

  @Field(() => Boolean, { defaultValue: false })
  @IsBoolean()
  esusApproved = false;

  @Field(() => [Theme], { defaultValue: [] })
  @ArrayMaxSize(LIMITS.themesMax)
  @ArrayUnique()
  @IsEnum(Theme, { each: true })
  themes: Theme[] = [];

  @Field()
  @IsString()
  @MaxLength(3)
  regionCode!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(3)
  departmentCode?: string | null;

  @Field(() => String, { nullable: true, description: 'An http(s) address; stored as the WHATWG parser writes it.' })
  @IsOptional()
  @IsLink()
  website?: string | null;

  @Field(() => String, { nullable: true, description: 'Plain text.' })
  @IsOptional()
  @EmptyToNull()
  @IsString()
  @MaxLength(LIMITS.descriptionMax)
  description?: string | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(LIMITS.headcountMax)
  headcount?: number | null;

  @Field(() => Boolean, {
    defaultValue: false,
    description: 'Create it even though organisations with a close name exist in the department.',
  })
  @IsBoolean()
  acknowledgeDuplicates = false;
}

@InputType({ description: 'Only the fields given are changed; null clears an optional field.' })
export class UpdateOrganisationInput {
  @Field({ nullable: true })
  @OptionalNotNull()
  @Trim()
  @IsString()
  @MinLength(LIMITS.organisationNameMin)
  @MaxLength(LIMITS.organisationNameMax)
  @NoInvisibleCharacters()
  name?: string;

  @Field(() => OrganisationKind, { nullable: true })
  @OptionalNotNull()
  @IsEnum(OrganisationKind)
  kind?: OrganisationKind;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @EmptyToNull()
  @IsString()
  @MaxLength(LIMITS.legalFormMax)
  legalForm?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Transform(siret)
  @IsSiret()
  siret?: string | null;

  @Field({ nullable: true })
  @OptionalNotNull()
  @IsBoolean()
  esusApproved?: boolean;

  @Field(() => [Theme], { nullable: true })
  @OptionalNotNull()
  @ArrayMaxSize(LIMITS.themesMax)
  @ArrayUnique()
  @IsEnum(Theme, { each: true })
  themes?: Theme[];

  @Field({ nullable: true })
  @OptionalNotNull()
  @IsString()
  @MaxLength(3)
  regionCode?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(3)
  departmentCode?: string | null;

  @Field(() => String, { nullable: true, description: 'An http(s) address; stored as the WHATWG parser writes it.' })
  @IsOptional()
  @IsLink()
  website?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @EmptyToNull()
  @IsString()
  @MaxLength(LIMITS.descriptionMax)
  description?: string | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(LIMITS.headcountMax)
  headcount?: number | null;
}
