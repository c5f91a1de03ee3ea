import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  Connection,
  GroupKind,
  GroupMembershipStatus,
  GroupRole,
  GroupVisibility,
  JoinPolicy,
  Theme,
  ViewerDependent,
} from '@mouvement/api-core';
import { Member } from '@mouvement/api-accounts';
import { Department, Region } from '@mouvement/api-territories';
import { GroupAuditAction } from './group-audit.entity';
import { GroupInviteLink } from './group-invite-link.model';

registerEnumType(GroupAuditAction, { name: 'GroupAuditAction', description: 'A membership or moderation action.' });

@ObjectType({ description: "A person's membership of a group, or their request, invitation or ban." })
export class GroupMembership {
  @Field(() => ID) id!: string;
  @Field(() => ID) groupId!: string;
  @Field(() => ID) accountId!: string;
  @Field(() => GroupRole) role!: GroupRole;
  @Field(() => GroupMembershipStatus) status!: GroupMembershipStatus;
  @ViewerDependent()
  @Field(() => String, {
    nullable: true,
    description: 'Message sent with a request to join: for its writer and those who decide (null for others).',
  })
  message!: PromiseLike<string | null>;
  @ViewerDependent()
  @Field(() => [String], {
    nullable: true,
    description: 'Answers to the join questions, in order: for their writer and those who decide (null for others).',
  })
  answers!: PromiseLike<string[] | null>;
  @Field(() => Date) createdAt!: Date;
  @Field(() => Member) member!: PromiseLike<Member>;
}

@ObjectType({ description: 'A group of the movement: the national movement, a regional collective, a circle or a chapter.' })
export class Group {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field({ description: 'Unique, used in addresses: /groupes/{slug}.' }) slug!: string;
  @Field(() => GroupKind) kind!: GroupKind;
  @Field(() => String, { nullable: true }) regionCode!: string | null;
  @Field(() => Region, { nullable: true }) region!: Region | null;
  @Field(() => Department, { nullable: true }) department!: Department | null;
  @Field(() => [Theme]) themes!: Theme[];
  @Field(() => String, { nullable: true, description: 'Plain text.' }) description!: string | null;
  @Field(() => String, { nullable: true, description: 'Markdown, as written.' }) charter!: string | null;
  @Field({ description: 'The charter rendered and sanitised.' }) charterHtml!: string;
  @Field(() => [String], { description: 'Questions a person answers when asking to join.' }) joinQuestions!: string[];
  @Field(() => GroupVisibility) visibility!: GroupVisibility;
  @Field(() => JoinPolicy) joinPolicy!: JoinPolicy;
  @Field(() => Date) createdAt!: Date;
  @Field(() => ID, { nullable: true }) parentId!: string | null;

  // Relations, attached per request as lazy promises over DataLoaders (see group.relations.ts).
  @Field(() => Group, { nullable: true }) parent!: PromiseLike<Group | null>;
  @Field(() => [Group], { description: 'Chapters and circles under this group.' }) children!: PromiseLike<Group[]>;
  @Field(() => Int, { description: 'Active members.' }) memberCount!: PromiseLike<number>;
  @Field(() => [Member], { description: 'Coordinators: always public, so that people can ask to join.' }) coordinators!: PromiseLike<
    Member[]
  >;
  @ViewerDependent()
  @Field(() => [GroupMembership], {
    nullable: true,
    description: 'Active members, for signed-in people; for a members-only group, for its members only (null for others).',
  })
  members!: PromiseLike<GroupMembership[] | null>;
  @ViewerDependent()
  @Field(() => GroupMembership, { nullable: true, description: "The viewer's membership, request, invitation or ban." })
  viewerMembership!: PromiseLike<GroupMembership | null>;
  @ViewerDependent()
  @Field(() => [GroupMembership], { nullable: true, description: 'Requests to join: coordinators and admins only (null for others).' })
  pendingRequests!: PromiseLike<GroupMembership[] | null>;
  @ViewerDependent()
  @Field(() => [GroupInviteLink], {
    nullable: true,
    description: 'Active shareable invitation links, newest first: coordinators and admins only (null for others).',
  })
  inviteLinks!: PromiseLike<GroupInviteLink[] | null>;
  @ViewerDependent()
  @Field(() => Boolean, {
    description: 'Whether the viewer may read the dashboard: admins and the coordinators of this group or of a group above it.',
  })
  canReadDashboard!: PromiseLike<boolean>;
}

@ObjectType()
export class GroupConnection extends Connection(Group) {}

@ObjectType({ description: 'One line of a group’s audit log.' })
export class GroupAuditEntry {
  @Field(() => ID) id!: string;
  @Field(() => GroupAuditAction) action!: GroupAuditAction;
  @Field(() => String, { nullable: true }) actorName!: string | null;
  @Field(() => String, { nullable: true }) targetName!: string | null;
  @Field(() => String, { nullable: true }) detail!: string | null;
  @Field(() => Date) createdAt!: Date;
}
