import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Connection, MemberKind, PlatformRole, Theme } from '@mouvement/api-core';
import { Department, Region } from '@mouvement/api-territories';

/**
 * Another member as the directory shows them: name, kind and region always; the rest only when
 * they chose to make it public (null otherwise). Email only for platform admins.
 */
@ObjectType({ description: 'A member as other members see them.' })
export class Member {
  @Field(() => ID)
  id!: string;

  @Field()
  displayName!: string;

  @Field(() => MemberKind)
  kind!: MemberKind;

  @Field()
  regionCode!: string;

  @Field(() => Region)
  region!: Region;

  @Field(() => Department, { nullable: true, description: 'Null unless public.' })
  department!: Department | null;

  @Field(() => String, { nullable: true, description: 'Null unless public.' })
  departmentCode!: string | null;

  @Field(() => String, { nullable: true, description: 'Null unless public.' })
  bio!: string | null;

  @Field(() => [String], { nullable: true, description: 'Null unless public.' })
  skills!: string[] | null;

  @Field(() => [Theme], { nullable: true, description: 'Null unless public.' })
  themes!: Theme[] | null;

  @Field(() => String, { nullable: true, description: 'Only platform admins see it.' })
  email!: string | null;

  @Field(() => PlatformRole, { nullable: true, description: 'Platform role; only platform admins see it.' })
  role!: PlatformRole | null;
}

@ObjectType()
export class MemberConnection extends Connection(Member) {}
