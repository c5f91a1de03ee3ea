import { ArgsType, Field, ID, ObjectType } from '@nestjs/graphql';
import { Connection, PageArgs, PracticeReaction, Trim, ViewerDependent } from '@mouvement/api-core';
import { Member } from '@mouvement/api-accounts';
import { COMMENT_LIMITS } from '@mouvement/shared-domain';
import { IsBoolean, IsEnum, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';

@ObjectType({ description: 'A comment on a practice, or a reply to one (one level).' })
export class PracticeComment {
  @Field(() => ID) id!: string;
  @Field(() => ID) practiceId!: string;
  @Field(() => ID, { nullable: true }) parentId!: string | null;
  @Field({ description: 'Markdown, as written (empty when hidden by moderation).' }) body!: string;
  @Field({ description: 'The body rendered and sanitised.' }) bodyHtml!: string;
  @Field() hiddenByModeration!: boolean;
  @Field(() => Date) createdAt!: Date;
  @Field(() => Date, { nullable: true }) editedAt!: Date | null;
  @ViewerDependent()
  @Field(() => Boolean, { description: 'Its author may edit it; its author and admins may delete it.' })
  viewerIsAuthor!: boolean;
  authorId!: string | null;
  @Field(() => Member, { nullable: true }) author!: PromiseLike<Member | null>;
  @Field(() => [PracticeComment], { description: 'Replies, oldest first.' }) replies!: PromiseLike<PracticeComment[]>;
}

@ObjectType()
export class PracticeCommentConnection extends Connection(PracticeComment) {}

@ObjectType({ description: 'An earlier version of an edited comment.' })
export class PracticeCommentRevision {
  @Field() body!: string;
  @Field(() => Date, { description: 'When this version was replaced.' }) createdAt!: Date;
}

@ArgsType()
export class PracticeCommentsArgs extends PageArgs {
  @Field(() => ID) @IsUUID() practiceId!: string;
}

@ArgsType()
export class CommentBodyArgs {
  @Field() @Trim() @IsString() @MinLength(1) @MaxLength(COMMENT_LIMITS.bodyMax) body!: string;
}

@ArgsType()
export class CommentOnPracticeArgs extends CommentBodyArgs {
  @Field(() => ID) @IsUUID() practiceId!: string;
}

@ArgsType()
export class CommentIdArgs {
  @Field(() => ID) @IsUUID() commentId!: string;
}

@ArgsType()
export class EditCommentArgs extends CommentBodyArgs {
  @Field(() => ID) @IsUUID() commentId!: string;
}

@ArgsType()
export class ReactToPracticeArgs {
  @Field(() => ID) @IsUUID() practiceId!: string;
  @Field(() => PracticeReaction) @IsEnum(PracticeReaction) reaction!: PracticeReaction;
  @Field({ description: 'true to give the reaction, false to take it back: the same answer twice changes nothing.' })
  @IsBoolean()
  on!: boolean;
}
