import { Field, InputType } from '@nestjs/graphql';
import { MemberKind, NoInvisibleCharacters, OptionalNotNull, ProfileField, Theme, Trim, TrimAll } from '@mouvement/api-core';
import { LIMITS, type Locale } from '@mouvement/shared-domain';
import { ArrayMaxSize, ArrayUnique, Equals, IsEmail, IsEnum, IsIn, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';

@InputType()
export class SignUpInput {
  @Field({ description: 'Email address; compared without regard to case.' })
  @Trim()
  @IsEmail()
  @MaxLength(LIMITS.emailMax)
  email!: string;

  @Field({ description: `At least ${LIMITS.passwordMin} characters.` })
  @IsString()
  @MinLength(LIMITS.passwordMin)
  @MaxLength(LIMITS.passwordMax)
  password!: string;

  @Field({ description: 'Name shown to other members.' })
  @Trim()
  @IsString()
  @MinLength(LIMITS.displayNameMin)
  @MaxLength(LIMITS.displayNameMax)
  @NoInvisibleCharacters()
  displayName!: string;

  @Field(() => MemberKind)
  @IsEnum(MemberKind)
  kind!: MemberKind;

  @Field({ description: 'INSEE code of the region.' })
  @IsString()
  @MaxLength(3)
  regionCode!: string;

  @Field(() => String, { nullable: true, description: 'INSEE code of the department (optional, must be in the region).' })
  @IsOptional()
  @IsString()
  @MaxLength(3)
  departmentCode?: string | null;

  @Field({ description: 'The person accepts the terms of use and the privacy notice (current versions).' })
  @Equals(true)
  acceptTerms!: boolean;

  @Field({ description: 'The person confirms being at least 15 years old.' })
  @Equals(true)
  confirmAge!: boolean;

  @Field(() => String, { nullable: true, description: 'Language of emails: fr (default) or en.' })
  @IsOptional()
  @IsIn(['fr', 'en'])
  locale?: Locale | null;
}

@InputType()
export class SignInInput {
  @Field()
  @Trim()
  @IsString()
  @MaxLength(LIMITS.emailMax)
  email!: string;

  @Field()
  @IsString()
  @MaxLength(LIMITS.passwordMax)
  password!: string;
}

@InputType()
export class ResetPasswordInput {
  @Field({ description: 'The token from the emailed link.' })
  @IsString()
  @MaxLength(200)
  token!: string;

  @Field()
  @IsString()
  @MinLength(LIMITS.passwordMin)
  @MaxLength(LIMITS.passwordMax)
  password!: string;
}

@InputType()
export class ChangePasswordInput {
  @Field()
  @IsString()
  @MaxLength(LIMITS.passwordMax)
  currentPassword!: string;

  @Field()
  @IsString()
  @MinLength(LIMITS.passwordMin)
  @MaxLength(LIMITS.passwordMax)
  newPassword!: string;
}

@InputType({ description: 'Only the fields given are changed; null clears an optional field.' })
export class UpdateProfileInput {
  @Field({ nullable: true })
  @OptionalNotNull()
  @Trim()
  @IsString()
  @MinLength(LIMITS.displayNameMin)
  @MaxLength(LIMITS.displayNameMax)
  @NoInvisibleCharacters()
  displayName?: string;

  @Field(() => MemberKind, { nullable: true })
  @OptionalNotNull()
  @IsEnum(MemberKind)
  kind?: MemberKind;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(LIMITS.bioMax)
  bio?: string | null;

  @Field(() => [String], { nullable: true })
  @OptionalNotNull()
  @TrimAll()
  @ArrayMaxSize(LIMITS.skillsMax)
  @ArrayUnique()
  @IsString({ each: true })
  @MaxLength(LIMITS.skillMax, { each: true })
  skills?: string[];

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

  @Field(() => [ProfileField], { nullable: true, description: 'Fields other members may see, besides name and region.' })
  @OptionalNotNull()
  @ArrayUnique()
  @IsEnum(ProfileField, { each: true })
  publicFields?: ProfileField[];

  @Field(() => String, { nullable: true, description: 'fr or en' })
  @OptionalNotNull()
  @IsIn(['fr', 'en'])
  locale?: Locale;
}
