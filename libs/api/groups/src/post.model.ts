import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Connection } from '@mouvement/api-core';
import { Member } from '@mouvement/api-accounts';

export enum Reaction {
  LIKE = 'LIKE',
  SUPPORT = 'SUPPORT',
  IDEA = 'IDEA',
  THANKS = 'THANKS',
}
registerEnumType(Reaction, { name: 'Reaction', description: 'The small fixed set of reactions.' });

@ObjectType()
export class ReactionCount {
  @Field(() => Reaction) reaction!: Reaction;
  @Field(() => Int) count!: number;
  @Field({ description: 'Whether the viewer gave this reaction.' }) mine!: boolean;
}

@ObjectType({ description: 'A post in a group, or a reply to one (one level of replies).' })
export class Post {
  @Field(() => ID) id!: string;
  @Field(() => ID) groupId!: string;
  @Field(() => ID, { nullable: true }) parentId!: string | null;
  @Field({ description: 'Markdown, as written (empty when hidden by moderation, except for coordinators).' }) body!: string;
  @Field({ description: 'Hidden by moderation: readers see that it was.' }) hiddenByModeration!: boolean;
  @Field({ description: 'The body rendered and sanitised: no script can run from it.' }) bodyHtml!: string;
  @Field() pinned!: boolean;
  @Field({ description: 'Sent to every member by the coordinators.' }) announcement!: boolean;
  @Field(() => Date) createdAt!: Date;
  @Field(() => Date, { nullable: true }) editedAt!: Date | null;
  @Field(() => ID, { nullable: true }) authorId!: string | null;

  @Field(() => Member, { nullable: true }) author!: PromiseLike<Member | null>;
  @Field(() => [Post], { description: 'Replies, oldest first.' }) replies!: PromiseLike<Post[]>;
  @Field(() => [ReactionCount]) reactions!: PromiseLike<ReactionCount[]>;
}

@ObjectType()
export class PostConnection extends Connection(Post) {}

@ObjectType({ description: 'A previous version of an edited post.' })
export class PostRevision {
  @Field() body!: string;
  @Field(() => Date) createdAt!: Date;
}
