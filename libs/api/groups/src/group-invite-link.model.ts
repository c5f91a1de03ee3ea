import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'A shareable link to join a group, created by a coordinator; valid until revoked.' })
export class GroupInviteLink {
  @Field(() => ID) id!: string;
  @Field(() => Date) createdAt!: Date;
  @Field(() => String, { nullable: true, description: 'Who created it (null when their account is gone).' }) createdByName!: string | null;
  @Field(() => Int, { description: 'How many people joined the group through it.' }) useCount!: number;
  @Field(() => Date, { nullable: true }) lastUsedAt!: Date | null;
}

@ObjectType({ description: 'A link just created: its address is shown this once (only its digest is kept).' })
export class CreatedGroupInviteLink {
  @Field({ description: 'The address to share: /invitations/{token}.' }) url!: string;
  @Field(() => GroupInviteLink) link!: GroupInviteLink;
}
