import { Field, ID, ObjectType } from '@nestjs/graphql';
import { MemberKind, PlatformRole, ProfileField, Theme } from '@mouvement/api-core';
import type { Locale } from '@mouvement/shared-domain';

/** The signed-in person's own account: every field, including private ones. */
@ObjectType({ description: "The signed-in person's own account." })
export class Account {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'Email address (never shown to other members).' })
  email!: string;

  @Field({ description: 'Whether the email address was confirmed.' })
  emailVerified!: boolean;

  @Field()
  displayName!: string;

  @Field(() => MemberKind)
  kind!: MemberKind;

  @Field(() => PlatformRole)
  role!: PlatformRole;

  @Field({ description: 'INSEE code of the region.' })
  regionCode!: string;

  @Field(() => String, { nullable: true, description: 'INSEE code of the department.' })
  departmentCode!: string | null;

  @Field(() => String, { nullable: true })
  bio!: string | null;

  @Field(() => [String])
  skills!: string[];

  @Field(() => [Theme])
  themes!: Theme[];

  @Field(() => [ProfileField], { description: 'Fields other members may see, besides name and region.' })
  publicFields!: ProfileField[];

  @Field(() => String, { description: 'Language of emails: fr or en.' })
  locale!: Locale;

  @Field(() => Date)
  createdAt!: Date;
}

@ObjectType({ description: 'A session: the short-lived access token and who it belongs to.' })
export class AuthPayload {
  @Field({ description: 'Send as `Authorization: Bearer …`; the refresh token travels in an httpOnly cookie.' })
  accessToken!: string;

  @Field(() => Date)
  accessTokenExpiresAt!: Date;

  @Field(() => Account)
  account!: Account;
}

@ObjectType({
  description:
    'The answer to a sign-up: the same whether or not the address already has an account. A new address gets a confirmation link that signs in; an address with an account gets a mail saying so.',
})
export class SignUpPayload {
  @Field({ description: 'Always true: a mail is on its way to the address.' })
  emailSent!: boolean;
}
