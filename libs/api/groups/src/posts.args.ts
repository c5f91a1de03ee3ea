import { ArgsType, Field, ID } from '@nestjs/graphql';
import { PageArgs, Trim } from '@mouvement/api-core';
import { IsBoolean, IsEnum, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { Reaction } from './post.model';

export const POST_MAX = 20000;

@ArgsType()
export class FeedArgs extends PageArgs {
  @Field(() => ID) @IsUUID() groupId!: string;
}

@ArgsType()
export class CreatePostArgs {
  @Field(() => ID) @IsUUID() groupId!: string;
  @Field({ description: 'Markdown.' }) @Trim() @IsString() @MinLength(1) @MaxLength(POST_MAX) body!: string;
  @Field(() => Boolean, { defaultValue: false, description: 'Coordinators only: every member is notified.' }) @IsBoolean() announcement =
    false;
}

@ArgsType()
export class ReplyArgs {
  @Field(() => ID) @IsUUID() postId!: string;
  @Field() @Trim() @IsString() @MinLength(1) @MaxLength(POST_MAX) body!: string;
}

@ArgsType()
export class EditPostArgs extends ReplyArgs {}

@ArgsType()
export class PostIdArgs {
  @Field(() => ID) @IsUUID() postId!: string;
}

@ArgsType()
export class PinArgs extends PostIdArgs {
  @Field(() => Boolean) @IsBoolean() pinned!: boolean;
}

@ArgsType()
export class ReactArgs extends PostIdArgs {
  @Field(() => Reaction) @IsEnum(Reaction) reaction!: Reaction;
  @Field({ description: 'true to give the reaction, false to take it back: the same answer twice changes nothing.' })
  @IsBoolean()
  on!: boolean;
}

@ArgsType()
export class PreviewArgs {
  @Field() @IsString() @MaxLength(POST_MAX) body!: string;
}
