import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Connection, OrganisationKind, Theme, ViewerDependent } from '@mouvement/api-core';
import { Member } from '@mouvement/api-accounts';
import { Department, Region } from '@mouvement/api-territories';
import { ClaimStatus } from './organisation-claim.entity';
import { MembershipStatus, OrganisationRole } from './organisation-member.entity';

registerEnumType(OrganisationRole, { name: 'OrganisationRole', description: 'Role in an organisation.' });
registerEnumType(MembershipStatus, { name: 'MembershipStatus', description: 'ACTIVE member, or PENDING request to join.' });
registerEnumType(ClaimStatus, { name: 'ClaimStatus', description: 'State of an ownership claim.' });

@ObjectType({ description: 'An organisation: social enterprise, association, company, lab, local authority…' })
export class Organisation {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field({ description: 'Unique, used in addresses: /organisations/{slug}.' })
  slug!: string;

  @Field(() => OrganisationKind)
  kind!: OrganisationKind;

  @Field(() => String, { nullable: true, description: 'Legal form (SAS, SCOP, association loi 1901…).' })
  legalForm!: string | null;

  @Field(() => String, { nullable: true, description: '14 digits.' })
  siret!: string | null;

  @Field({ description: 'Holds the ESUS approval (entreprise solidaire d’utilité sociale).' })
  esusApproved!: boolean;

  @Field({ description: 'Part of the social and solidarity economy: by its kind, or through the ESUS approval.' })
  isSocialEconomy!: boolean;

  @Field(() => [Theme])
  themes!: Theme[];

  @Field()
  regionCode!: string;

  @Field(() => String, { nullable: true })
  departmentCode!: string | null;

  @Field(() => String, { nullable: true })
  website!: string | null;

  @Field(() => String, { nullable: true })
  description!: string | null;

  @Field(() => Int, { nullable: true })
  headcount!: number | null;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Region)
  region!: Region;

  @Field(() => Department, { nullable: true })
  department!: Department | null;

  // Relations: lazy promises attached per request (see organisation.relations.ts), so a page of
  // organisations batches each relation into one statement without a resolver call per item.

  @Field(() => Int, { description: 'Active members.' })
  memberCount!: PromiseLike<number>;

  @Field(() => [Member], { description: 'Owners (name and region; the rest as they chose).' })
  owners!: PromiseLike<Member[]>;

  @Field(() => Boolean, { description: 'Has no owner yet: a member of it can claim it.' })
  claimable!: PromiseLike<boolean>;

  @ViewerDependent()
  @Field(() => [OrganisationMembership], { description: 'Active members, for signed-in viewers (empty otherwise).' })
  members!: PromiseLike<OrganisationMembership[]>;

  @ViewerDependent()
  @Field(() => OrganisationMembership, { nullable: true, description: "The viewer's membership or pending request." })
  viewerMembership!: PromiseLike<OrganisationMembership | null>;

  @ViewerDependent()
  @Field(() => [OrganisationMembership], {
    nullable: true,
    description: 'Pending requests to join: its owners and admins only (null for others).',
  })
  joinRequests!: PromiseLike<OrganisationMembership[] | null>;
}

@ObjectType()
export class OrganisationConnection extends Connection(Organisation) {}

@ObjectType({ description: 'A person’s membership of an organisation, or their request to join it.' })
export class OrganisationMembership {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  organisationId!: string;

  @Field(() => ID)
  accountId!: string;

  @Field(() => OrganisationRole)
  role!: OrganisationRole;

  @Field(() => MembershipStatus)
  status!: MembershipStatus;

  /** Resolved by OrganisationMembershipResolver.message, which hides it from those who may not read it. */
  @ViewerDependent()
  @Field(() => String, {
    nullable: true,
    description: 'Message sent with a request to join: for its writer and those who manage the organisation (null for others).',
  })
  message!: string | null;

  @Field(() => Date)
  createdAt!: Date;
}

@ObjectType({ description: 'A request to become the owner of an organisation that has none.' })
export class OrganisationClaim {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  organisationId!: string;

  @Field(() => ID)
  accountId!: string;

  @Field()
  justification!: string;

  @Field(() => ClaimStatus)
  status!: ClaimStatus;

  @Field(() => Date)
  createdAt!: Date;
}

@ObjectType({ description: 'An existing organisation whose name is close to a new one.' })
export class NearDuplicate {
  @Field(() => Organisation)
  organisation!: Organisation;

  @Field({ description: 'Name similarity between 0 and 1.' })
  similarity!: number;
}
