import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  DomainException,
  groupedLoader,
  keysetComposite,
  lazy,
  renderMarkdown,
  sqlOf,
  keysetPage,
  type ConnectionShape,
  type RequestContext,
  type Viewer,
} from '@mouvement/api-core';
import { isAdmin, requireViewer } from '@mouvement/api-auth';
import { memberByIdLoader, toMember } from '@mouvement/api-accounts';
import { TerritoriesService } from '@mouvement/api-territories';
import { GroupRole, GroupVisibility } from '@mouvement/shared-domain';
import { DataSource, type EntityManager } from 'typeorm';
import { activeRole } from './group-access';
import { GroupErrors } from './group.exception';
import { Post, type PostRevision, type Reaction, type ReactionCount } from './post.model';

/** Posts per author and minute before the author is asked to slow down. */
export const POSTS_PER_MINUTE = 10;

const POST_COLUMNS = `p.id, p.group_id, p.parent_id, p.body, p.pinned, p.announcement, p.created_at, p.edited_at, p.author_id, p.hidden_at`;

interface PostRow {
  id: string;
  group_id: string;
  parent_id: string | null;
  body: string;
  pinned: boolean;
  announcement: boolean;
  created_at: Date;
  edited_at: Date | null;
  author_id: string | null;
  hidden_at?: Date | null;
}

const PostErrors = {
  notFound: () => DomainException.notFound({ fr: 'Message', en: 'Post' }),
  membersOnly: () =>
    DomainException.forbidden({
      fr: 'Les échanges de ce groupe sont réservés à ses membres.',
      en: "This group's conversations are for its members.",
    }),
  notMember: () => DomainException.forbidden({ fr: 'Rejoignez le groupe pour y écrire.', en: 'Join the group to write in it.' }),
  notAuthor: () =>
    DomainException.forbidden({ fr: 'Seul l’auteur ou l’autrice peut modifier ce message.', en: 'Only the author can edit this post.' }),
  oneLevel: () =>
    DomainException.field('postId', { fr: 'On ne répond qu’à un message, pas à une réponse.', en: 'Replies go to posts, not to replies.' }),
  tooFast: () =>
    new DomainException(DomainException.rateLimited().code, {
      fr: 'Vous publiez beaucoup en peu de temps : attendez une minute.',
      en: 'You are posting a lot in a short time: wait a minute.',
    }),
};

/** The conversation of a group: posts, one level of replies, reactions, pins and announcements. */
@Injectable()
export class PostsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly territories: TerritoriesService,
  ) {}

  /** Pinned first, then newest; members-only groups are read by their members only. */
  async feed(ctx: RequestContext, groupId: string, first: number, after?: string | null): Promise<ConnectionShape<Post>> {
    await this.requireReader(ctx.viewer, groupId);
    return keysetPage<PostRow, Post>(
      sqlOf(this.dataSource),
      {
        columns: POST_COLUMNS,
        from: 'group_post p',
        where: 'p.group_id = $1 AND p.parent_id IS NULL AND p.deleted_at IS NULL',
        params: [groupId],
        order: (p) =>
          keysetComposite(
            [
              { expr: 'p.pinned', cast: 'bool' },
              { expr: 'p.created_at', cast: 'timestamptz' },
            ],
            'p.id',
            'DESC',
            after,
            p,
          ),
        first,
      },
      (rows) => rows.map((r) => this.attach(r, ctx)),
    );
  }

  async create(ctx: RequestContext, groupId: string, body: string, announcement: boolean): Promise<Post> {
    const viewer = requireViewer(ctx);
    const role = await this.requireWriter(viewer, groupId);
    if (announcement && role !== GroupRole.COORDINATOR && !isAdmin(viewer)) throw GroupErrors.notCoordinator();
    const row = await this.dataSource.transaction(async (m) => {
      await this.throttle(m, viewer.id);
      const [inserted] = (await m.query(
        `INSERT INTO group_post (group_id, author_id, body, announcement, pinned) VALUES ($1, $2, $3, $4, $4) RETURNING ${POST_COLUMNS.replace(/p\./g, '')}`,
        [groupId, viewer.id, body, announcement],
      )) as PostRow[];
      if (announcement) {
        // The notification work delivers it to every member; recorded with the post, in one transaction.
        await m.query(`INSERT INTO domain_event (type, payload) VALUES ('group.announcement', $1)`, [
          JSON.stringify({ groupId, postId: inserted?.id, authorId: viewer.id }),
        ]);
      }
      return inserted as PostRow;
    });
    return this.attach(row, ctx);
  }

  async reply(ctx: RequestContext, postId: string, body: string): Promise<Post> {
    const viewer = requireViewer(ctx);
    const parent = await this.findPost(postId);
    if (parent.parent_id) throw PostErrors.oneLevel();
    await this.requireWriter(viewer, parent.group_id);
    const row = await this.dataSource.transaction(async (m) => {
      await this.throttle(m, viewer.id);
      const [inserted] = (await m.query(
        `INSERT INTO group_post (group_id, author_id, parent_id, body) VALUES ($1, $2, $3, $4) RETURNING ${POST_COLUMNS.replace(/p\./g, '')}`,
        [parent.group_id, viewer.id, parent.id, body],
      )) as PostRow[];
      return inserted as PostRow;
    });
    return this.attach(row, ctx);
  }

  /** The author edits; the previous version is kept. */
  async edit(ctx: RequestContext, postId: string, body: string): Promise<Post> {
    const viewer = requireViewer(ctx);
    const post = await this.findPost(postId);
    if (post.author_id !== viewer.id) throw PostErrors.notAuthor();
    const row = await this.dataSource.transaction(async (m) => {
      await m.query(`INSERT INTO group_post_revision (post_id, body, edited_by_id) SELECT id, body, $2 FROM group_post WHERE id = $1`, [
        postId,
        viewer.id,
      ]);
      const [updated] = (await m.query(
        `UPDATE group_post SET body = $2, edited_at = now(), updated_at = now() WHERE id = $1 RETURNING ${POST_COLUMNS.replace(/p\./g, '')}`,
        [postId, body],
      )) as [PostRow[], number];
      return (updated as PostRow[])[0] as PostRow;
    });
    return this.attach(row, ctx);
  }

  /** Soft delete by the author, a coordinator of the group or an admin. */
  async remove(ctx: RequestContext, postId: string): Promise<boolean> {
    const viewer = requireViewer(ctx);
    const post = await this.findPost(postId);
    if (
      post.author_id !== viewer.id &&
      !isAdmin(viewer) &&
      (await activeRole(this.dataSource, viewer.id, post.group_id)) !== GroupRole.COORDINATOR
    ) {
      throw GroupErrors.notCoordinator();
    }
    await this.dataSource.query(`UPDATE group_post SET deleted_at = now() WHERE id = $1`, [postId]);
    return true;
  }

  async pin(ctx: RequestContext, postId: string, pinned: boolean): Promise<Post> {
    const viewer = requireViewer(ctx);
    const post = await this.findPost(postId);
    if (!isAdmin(viewer) && (await activeRole(this.dataSource, viewer.id, post.group_id)) !== GroupRole.COORDINATOR)
      throw GroupErrors.notCoordinator();
    if (post.parent_id) throw PostErrors.oneLevel();
    const rows = (await this.dataSource.query(
      `UPDATE group_post SET pinned = $2 WHERE id = $1 RETURNING ${POST_COLUMNS.replace(/p\./g, '')}`,
      [postId, pinned],
    )) as [PostRow[], number];
    return this.attach((rows[0] as PostRow[])[0] as PostRow, ctx);
  }

  /**
   * Gives or takes back one of the viewer's reactions. The wanted state is stated, not toggled, so
   * a repeated or doubled click (or eight at once) leaves one row at most: one statement each,
   * under the (post, account, reaction) primary key.
   */
  async react(ctx: RequestContext, postId: string, reaction: Reaction, on: boolean): Promise<Post> {
    const viewer = requireViewer(ctx);
    const post = await this.findPost(postId);
    await this.requireWriter(viewer, post.group_id);
    await this.dataSource.query(
      on
        ? `INSERT INTO group_post_reaction (post_id, account_id, reaction) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`
        : `DELETE FROM group_post_reaction WHERE post_id = $1 AND account_id = $2 AND reaction = $3`,
      [postId, viewer.id, reaction],
    );
    return this.attach(post, ctx);
  }

  async revisions(ctx: RequestContext, postId: string): Promise<PostRevision[]> {
    const viewer = requireViewer(ctx);
    const post = await this.findPost(postId);
    if (
      post.author_id !== viewer.id &&
      !isAdmin(viewer) &&
      (await activeRole(this.dataSource, viewer.id, post.group_id)) !== GroupRole.COORDINATOR
    ) {
      throw GroupErrors.notCoordinator();
    }
    return sqlOf(this.dataSource)<PostRevision>(
      `SELECT body, created_at AS "createdAt" FROM group_post_revision WHERE post_id = $1 ORDER BY created_at`,
      [postId],
    );
  }

  // ---- rules ------------------------------------------------------------------------------

  private async findPost(id: string): Promise<PostRow> {
    const rows = await sqlOf(this.dataSource)<PostRow>(
      `SELECT ${POST_COLUMNS} FROM group_post p WHERE p.id = $1 AND p.deleted_at IS NULL`,
      [id],
    );
    if (!rows[0]) throw PostErrors.notFound();
    return rows[0];
  }

  private async requireReader(viewer: Viewer | null, groupId: string): Promise<void> {
    const rows = await sqlOf(this.dataSource)<{ visibility: GroupVisibility }>(
      `SELECT visibility FROM movement_group WHERE id = $1 AND deleted_at IS NULL`,
      [groupId],
    );
    if (!rows[0]) throw GroupErrors.notFound();
    if (rows[0].visibility === GroupVisibility.PUBLIC || isAdmin(viewer)) return;
    if (!viewer) throw DomainException.unauthenticated();
    if (!(await activeRole(this.dataSource, viewer.id, groupId))) throw PostErrors.membersOnly();
  }

  /** Active members write; admins too. */
  private async requireWriter(viewer: Viewer, groupId: string): Promise<GroupRole | null> {
    const role = await activeRole(this.dataSource, viewer.id, groupId);
    if (!role) {
      // Admins may write in any group, but only in one that exists.
      const exists = await sqlOf(this.dataSource)(`SELECT 1 FROM movement_group WHERE id = $1 AND deleted_at IS NULL`, [groupId]);
      if (!exists.length) throw GroupErrors.notFound();
      if (!isAdmin(viewer)) throw PostErrors.notMember();
    }
    return role;
  }

  /** Counted in the database, so the limit holds across API replicas. */
  private async throttle(m: EntityManager, accountId: string) {
    const [{ n }] = (await m.query(
      `SELECT count(*)::int AS n FROM group_post WHERE author_id = $1 AND created_at > now() - interval '1 minute'`,
      [accountId],
    )) as [{ n: number }];
    if (n >= POSTS_PER_MINUTE) throw PostErrors.tooFast();
  }

  private loaders(ctx: RequestContext) {
    const sql = sqlOf(this.dataSource);
    const viewerId = ctx.viewer?.id ?? null;
    return {
      replies: ctx.loaders.get('post.replies', () =>
        groupedLoader<PostRow>(
          (ids) =>
            sql(
              `SELECT ${POST_COLUMNS} FROM group_post p WHERE p.parent_id = ANY($1) AND p.deleted_at IS NULL ORDER BY p.created_at, p.id`,
              [ids],
            ),
          (r) => r.parent_id as string,
        ),
      ),
      reactions: ctx.loaders.get('post.reactions', () =>
        groupedLoader<{ post_id: string; reaction: Reaction; count: number; mine: boolean }>(
          (ids) =>
            sql(
              `SELECT post_id, reaction, count(*)::int AS count, coalesce(bool_or(account_id = $2), false) AS mine
               FROM group_post_reaction WHERE post_id = ANY($1) GROUP BY post_id, reaction ORDER BY reaction`,
              [ids, viewerId],
            ),
          (r) => r.post_id,
        ),
      ),
      accountById: memberByIdLoader(ctx, sql),
    };
  }

  private attach(row: PostRow, ctx: RequestContext): Post {
    const loaders = this.loaders(ctx);
    // Readers see that moderation hid it; its author and admins still read it.
    const hidden = Boolean(row.hidden_at);
    const shown = !hidden || row.author_id === ctx.viewer?.id || isAdmin(ctx.viewer);
    return Object.assign(new Post(), {
      id: row.id,
      groupId: row.group_id,
      parentId: row.parent_id,
      body: shown ? row.body : '',
      bodyHtml: shown ? renderMarkdown(row.body) : '',
      hiddenByModeration: hidden,
      pinned: row.pinned,
      announcement: row.announcement,
      createdAt: row.created_at,
      editedAt: row.edited_at,
      authorId: row.author_id,
      author: lazy(async () => {
        if (!row.author_id) return null;
        const [account, territories] = await Promise.all([loaders.accountById.load(row.author_id), this.territories.snapshot()]);
        return account ? toMember(account, ctx.viewer, territories) : null;
      }),
      replies: lazy(async () => (row.parent_id ? [] : (await loaders.replies.load(row.id)).map((r) => this.attach(r, ctx)))),
      reactions: lazy(async () =>
        (await loaders.reactions.load(row.id)).map((r): ReactionCount => ({ reaction: r.reaction, count: r.count, mine: r.mine })),
      ),
    });
  }
}
