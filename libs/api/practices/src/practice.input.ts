import { ArgsType, Field, ID, InputType, Int, registerEnumType } from '@nestjs/graphql';
import {
  EmptyToNull,
  OptionalNotNull,
  OrganisationKind,
  PageArgs,
  PracticeLicence,
  SearchText,
  SectionKind,
  Theme,
  Trim,
} from '@mouvement/api-core';
import { LIMITS, PRACTICE_LIMITS } from '@mouvement/shared-domain';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsBoolean,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';

@InputType({ description: 'A section: its kind, its own heading for OTHER sections, and its markdown body.' })
export class PracticeSectionInput {
  @Field(() => SectionKind) @IsEnum(SectionKind) kind!: SectionKind;
  @Field(() => String, { nullable: true, description: 'Required for OTHER sections, ignored for the others.' })
  @IsOptional()
  @EmptyToNull()
  @IsString()
  @MaxLength(PRACTICE_LIMITS.sectionHeadingMax)
  heading?: string | null;
  @Field() @IsString() @MaxLength(PRACTICE_LIMITS.sectionBodyMax) body!: string;
}

/** The fields of a practice sheet, shared by creation and edits. */
@InputType({ isAbstract: true })
abstract class PracticeFields {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @EmptyToNull()
  @IsString()
  @MaxLength(PRACTICE_LIMITS.summaryMax)
  summary?: string | null;
  @Field(() => [Theme], { nullable: true })
  @OptionalNotNull()
  @ArrayMaxSize(LIMITS.themesMax)
  @ArrayUnique()
  @IsEnum(Theme, { each: true })
  themes?: Theme[];
  @Field(() => String, { nullable: true }) @IsOptional() @EmptyToNull() @IsString() @MaxLength(3) regionCode?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @EmptyToNull() @IsString() @MaxLength(3) departmentCode?: string | null;
  @Field(() => ID, { nullable: true, description: 'The organisation that runs it.' })
  @IsOptional()
  @EmptyToNull()
  @IsUUID()
  organisationId?: string | null;
  @Field(() => ID, { nullable: true, description: 'The group it is shared in (the author must be one of its members).' })
  @IsOptional()
  @EmptyToNull()
  @IsUUID()
  groupId?: string | null;
  @Field(() => PracticeLicence, { nullable: true }) @OptionalNotNull() @IsEnum(PracticeLicence) licence?: PracticeLicence;
  @Field(() => [PracticeSectionInput], { nullable: true })
  @OptionalNotNull()
  @ArrayMaxSize(PRACTICE_LIMITS.sectionsMax)
  @ValidateNested({ each: true })
  @Type(() => PracticeSectionInput)
  sections?: PracticeSectionInput[];
}

@InputType({ description: 'A new practice, saved as a draft: only the title is needed.' })
export class CreatePracticeInput extends PracticeFields {
  @Field() @Trim() @IsString() @MinLength(PRACTICE_LIMITS.titleMin) @MaxLength(PRACTICE_LIMITS.titleMax) title!: string;
}

@InputType({ description: 'Only the fields given are changed; the previous version is kept.' })
export class UpdatePracticeInput extends PracticeFields {
  @Field({ nullable: true })
  @OptionalNotNull()
  @Trim()
  @IsString()
  @MinLength(PRACTICE_LIMITS.titleMin)
  @MaxLength(PRACTICE_LIMITS.titleMax)
  title?: string;
}

@ArgsType()
export class PracticeIdArgs {
  @Field(() => ID) @IsUUID() practiceId!: string;
}

@ArgsType()
export class UpdatePracticeArgs extends PracticeIdArgs {
  @Field(() => Int, { description: 'The version being edited: a stale one is refused (CONFLICT) so that no edit is lost.' })
  @IsInt()
  @Min(1)
  version!: number;
}

@ArgsType()
export class PracticeSlugArgs {
  @Field() @IsString() @MaxLength(200) slug!: string;
}

@ArgsType()
export class PracticeVersionArgs extends PracticeIdArgs {
  @Field(() => Int) @IsInt() @Min(1) version!: number;
}

@ArgsType()
export class PracticeAuthorArgs extends PracticeIdArgs {
  @Field(() => ID) @IsUUID() memberId!: string;
}

@ArgsType()
export class ImportCahierArgs {
  @Field({ description: 'The text of an initiative sheet, as copied from the Labo de l’ESS site; a blank one is refused (EMPTY_TEXT).' })
  @IsString()
  @MaxLength(PRACTICE_LIMITS.cahierMax)
  text!: string;
}

export enum PracticeSort {
  RELEVANCE = 'RELEVANCE',
  NEWEST = 'NEWEST',
  MOST_REPLICATED = 'MOST_REPLICATED',
  MOST_USEFUL = 'MOST_USEFUL',
}
registerEnumType(PracticeSort, {
  name: 'PracticeSort',
  description: 'Order of the library; RELEVANCE needs a search and falls back to NEWEST without one.',
});

@InputType()
export class PracticeFilter {
  @Field(() => String, { nullable: true }) @IsOptional() @SearchText() @IsString() @MaxLength(LIMITS.searchMax) search?: string | null;
  @Field(() => [Theme], { nullable: true, description: 'Any of these themes.' })
  @IsOptional()
  @ArrayMaxSize(LIMITS.themesMax)
  @IsEnum(Theme, { each: true })
  themes?: Theme[];
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(3) regionCode?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(3) departmentCode?: string | null;
  @Field(() => OrganisationKind, { nullable: true }) @IsOptional() @IsEnum(OrganisationKind) organisationKind?: OrganisationKind | null;
  @Field(() => Boolean, { nullable: true, description: 'Run by a social-economy organisation (true) or not (false).' })
  @IsOptional()
  @IsBoolean()
  socialEconomy?: boolean | null;
  @Field(() => Boolean, { nullable: true, description: 'Replicated at least once (true) or never (false).' })
  @IsOptional()
  @IsBoolean()
  hasReplications?: boolean | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() groupId?: string | null;
}

@ArgsType()
export class PracticesArgs extends PageArgs {
  @Field(() => PracticeFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => PracticeFilter)
  filter?: PracticeFilter | null;
  @Field(() => PracticeSort, { defaultValue: PracticeSort.NEWEST }) @IsEnum(PracticeSort) sort: PracticeSort = PracticeSort.NEWEST;
}
