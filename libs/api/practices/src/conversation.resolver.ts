import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Ctx, type ConnectionShape, type RequestContext } from '@mouvement/api-core';
import { GqlThrottlerGuard, Public } from '@mouvement/api-auth';
import { UseGuards } from '@nestjs/common';
import {
  CommentIdArgs,
  CommentOnPracticeArgs,
  EditCommentArgs,
  PracticeComment,
  PracticeCommentConnection,
  PracticeCommentRevision,
  PracticeCommentsArgs,
  ReactToPracticeArgs,
} from './conversation.model';
import { PracticeConversationService } from './conversation.service';
import { Practice } from './practice.model';
import { PracticeRelations } from './practice.relations';
import { PracticeErrors, PracticesService } from './practices.service';

@Resolver(() => PracticeComment)
export class PracticeConversationResolver {
  constructor(
    private readonly service: PracticeConversationService,
    private readonly practices: PracticesService,
    private readonly relations: PracticeRelations,
  ) {}

  @Query(() => PracticeCommentConnection, { description: 'Comments on a practice, oldest first, with their replies.' })
  @Public()
  practiceComments(
    @Ctx() ctx: RequestContext,
    @Args() { practiceId, first, after }: PracticeCommentsArgs,
  ): Promise<ConnectionShape<PracticeComment>> {
    return this.service.list(ctx, practiceId, first, after);
  }

  @Query(() => [PracticeCommentRevision], { description: 'Earlier versions of an edited comment: its author and admins.' })
  practiceCommentRevisions(@Ctx() ctx: RequestContext, @Args() { commentId }: CommentIdArgs): Promise<PracticeCommentRevision[]> {
    return this.service.revisions(ctx, commentId);
  }

  @Mutation(() => Practice, { description: 'Gives (on: true) or takes back (on: false) a USEFUL or INSPIRING reaction.' })
  async reactToPractice(@Ctx() ctx: RequestContext, @Args() { practiceId, reaction, on }: ReactToPracticeArgs): Promise<Practice> {
    await this.service.react(ctx, practiceId, reaction, on);
    const practice = await this.practices.byId(ctx, practiceId);
    if (!practice) throw PracticeErrors.notFound();
    return this.relations.attach(practice, ctx);
  }

  @Mutation(() => PracticeComment, { description: 'Members comment on published practices (10 a minute at most).' })
  @UseGuards(GqlThrottlerGuard)
  commentOnPractice(@Ctx() ctx: RequestContext, @Args() { practiceId, body }: CommentOnPracticeArgs): Promise<PracticeComment> {
    return this.service.comment(ctx, practiceId, body);
  }

  @Mutation(() => PracticeComment, { description: 'Replies to a comment (one level).' })
  @UseGuards(GqlThrottlerGuard)
  replyToPracticeComment(@Ctx() ctx: RequestContext, @Args() { commentId, body }: EditCommentArgs): Promise<PracticeComment> {
    return this.service.reply(ctx, commentId, body);
  }

  @Mutation(() => PracticeComment, { description: 'The author edits; earlier versions are kept.' })
  editPracticeComment(@Ctx() ctx: RequestContext, @Args() { commentId, body }: EditCommentArgs): Promise<PracticeComment> {
    return this.service.edit(ctx, commentId, body);
  }

  @Mutation(() => Boolean, { description: 'Its author or an admin removes it (kept in the database).' })
  deletePracticeComment(@Ctx() ctx: RequestContext, @Args() { commentId }: CommentIdArgs): Promise<boolean> {
    return this.service.remove(ctx, commentId);
  }
}
