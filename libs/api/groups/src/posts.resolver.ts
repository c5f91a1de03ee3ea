import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Ctx, type ConnectionShape, type RequestContext } from '@mouvement/api-core';
import { Public } from '@mouvement/api-auth';
import { Post, PostConnection, PostRevision } from './post.model';
import { CreatePostArgs, EditPostArgs, FeedArgs, PinArgs, PostIdArgs, PreviewArgs, ReactArgs, ReplyArgs } from './posts.args';
import { PostsService } from './posts.service';
import { MarkdownPreviewService } from './markdown-preview.service';

@Resolver(() => Post)
export class PostsResolver {
  constructor(
    private readonly posts: PostsService,
    private readonly previews: MarkdownPreviewService,
  ) {}

  @Query(() => PostConnection, { description: 'A group’s posts, pinned first then newest; members-only groups for members.' })
  @Public()
  groupFeed(@Ctx() ctx: RequestContext, @Args() { groupId, first, after }: FeedArgs): Promise<ConnectionShape<Post>> {
    return this.posts.feed(ctx, groupId, first, after);
  }

  @Query(() => String, {
    description: 'Markdown rendered exactly as readers will see it (for the composer’s preview); members, within a limit per account.',
  })
  previewMarkdown(@Ctx() ctx: RequestContext, @Args() { body }: PreviewArgs): Promise<string> {
    return this.previews.preview(ctx, body);
  }

  @Query(() => [PostRevision], { description: 'Earlier versions of an edited post: its author, coordinators, admins.' })
  postRevisions(@Ctx() ctx: RequestContext, @Args() { postId }: PostIdArgs): Promise<PostRevision[]> {
    return this.posts.revisions(ctx, postId);
  }

  @Mutation(() => Post, { description: 'Active members post; coordinators may make it an announcement.' })
  createPost(@Ctx() ctx: RequestContext, @Args() { groupId, body, announcement }: CreatePostArgs): Promise<Post> {
    return this.posts.create(ctx, groupId, body, announcement);
  }

  @Mutation(() => Post, { description: 'Replies to a post (one level).' })
  replyToPost(@Ctx() ctx: RequestContext, @Args() { postId, body }: ReplyArgs): Promise<Post> {
    return this.posts.reply(ctx, postId, body);
  }

  @Mutation(() => Post, { description: 'The author edits; earlier versions are kept.' })
  editPost(@Ctx() ctx: RequestContext, @Args() { postId, body }: EditPostArgs): Promise<Post> {
    return this.posts.edit(ctx, postId, body);
  }

  @Mutation(() => Boolean, { description: 'Removes a post (kept in the database): its author, coordinators, admins.' })
  deletePost(@Ctx() ctx: RequestContext, @Args() { postId }: PostIdArgs): Promise<boolean> {
    return this.posts.remove(ctx, postId);
  }

  @Mutation(() => Post, { description: 'Coordinators pin posts to the top of the feed.' })
  pinPost(@Ctx() ctx: RequestContext, @Args() { postId, pinned }: PinArgs): Promise<Post> {
    return this.posts.pin(ctx, postId, pinned);
  }

  @Mutation(() => Post, { description: 'Gives (on) or takes back (off) one of the viewer’s reactions; repeating it changes nothing.' })
  reactToPost(@Ctx() ctx: RequestContext, @Args() { postId, reaction, on }: ReactArgs): Promise<Post> {
    return this.posts.react(ctx, postId, reaction, on);
  }
}
