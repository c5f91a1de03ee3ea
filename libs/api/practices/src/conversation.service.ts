import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  DomainException,
  groupedLoader,
  keyset,
  lazy,
  renderMarkdown,
  sqlOf,
  keysetPage,
  type ConnectionShape,
  type RequestContext,
} from '@mouvement/api-core';
import { isAdmin, requireViewer } from '@mouvement/api-auth';
import { memberByIdLoader, toMember } from '@mouvement/api-accounts';
import { TerritoriesService } from '@mouvement/api-territories';
import { COMMENT_LIMITS, PracticeReaction } from '@mouvement/shared-domain';
import { DataSource, type EntityManager } from 'typeorm';
import type { PracticeComment, PracticeCommentRevision } from './conversation.model';
import { lockPublishedPractice, PracticeErrors, PracticesService } from './practices.service';

interface CommentRow {
  id: string;
  practice_id: string;
  parent_id: string | null;
  author_id: string | null;
  body: string;
  edited_at: Date | null;
  hidden_at: Date | null;
  created_at: Date;
}

const COLUMNS = `c.id, c.practice_id, c.parent_id, c.author_id, c.body, c.edited_at, c.hidden_at, c.created_at`;

const CommentErrors = {
  notFound: () => DomainException.notFound({ fr: 'Commentaire', en: 'Comment' }),
  notAuthor: () => DomainException.forbidden({ fr: 'Seul son auteur ou son autrice peut faire cela.', en: 'Only its author can do that.' }),
  notPublished: () =>
    DomainException.field('practiceId', {
      fr: 'On commente une pratique publiée.',
      en: 'Only a published practice can be commented on.',
    }),
  tooFast: () =>
    new DomainException(DomainException.rateLimited().code, {
      fr: 'Vous commentez beaucoup en peu de temps : attendez une minute.',
      en: 'You are commenting a lot in a short time: wait a minute.',
    }),
  oneLevel: () =>
    DomainException.field('commentId', { fr: 'On répond à un commentaire, pas à une réponse.', en: 'Reply to a comment, not to a reply.' }),
};

/** Reactions (USEFUL, INSPIRING) and comments on practices; counters kept exact under the practice's row lock. */
@Injectable()
export class PracticeConversationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly territories: TerritoriesService,
    private readonly practices: PracticesService,
  ) {}

  // ---- reactions --------------------------------------------------------------------------

  /** Gives or takes back a reaction; the same answer twice (or two parallel clicks) leaves one row at most. */
  async react(ctx: RequestContext, practiceId: string, reaction: PracticeReaction, on: boolean): Promise<void> {
    const viewer = requireViewer(ctx);
    await this.dataSource.transaction(async (m) => {
      await lockPublishedPractice(m, practiceId, CommentErrors.notPublished);
      if (on) {
        await m.query(`INSERT INTO practice_reaction (practice_id, account_id, reaction) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`, [
          practiceId,
          viewer.id,
          reaction,
        ]);
      } else {
        await m.query(`DELETE FROM practice_reaction WHERE practice_id = $1 AND account_id = $2 AND reaction = $3`, [
          practiceId,
          viewer.id,
          reaction,
        ]);
      }
      await m.query(
        `UPDATE practice SET
           useful_count = (SELECT count(*) FROM practice_reaction WHERE practice_id = $1 AND reaction = 'USEFUL'),
           inspiring_count = (SELECT count(*) FROM practice_reaction WHERE practice_id = $1 AND reaction = 'INSPIRING')
         WHERE id = $1`,
        [practiceId],
      );
    });
  }

  // ---- comments ---------------------------------------------------------------------------

  /** Top-level comments, oldest first, with their replies; for whoever can read the practice. */
  async list(ctx: RequestContext, practiceId: string, first: number, after?: string | null): Promise<ConnectionShape<PracticeComment>> {
    if (!(await this.practices.byId(ctx, practiceId))) throw PracticeErrors.notFound();
    return keysetPage<CommentRow, PracticeComment>(
      sqlOf(this.dataSource),
      {
        columns: COLUMNS,
        from: 'practice_comment c',
        where: 'c.practice_id = $1 AND c.parent_id IS NULL AND c.deleted_at IS NULL',
        params: [practiceId],
        order: (p) => keyset({ expr: 'c.created_at', direction: 'ASC', cast: 'timestamptz', idExpr: 'c.id' }, after, p),
        first,
      },
      (rows) => rows.map((r) => this.toComment(r, ctx)),
    );
  }

  async comment(ctx: RequestContext, practiceId: string, body: string, parentId: string | null = null): Promise<PracticeComment> {
    const viewer = requireViewer(ctx);
    const row = await this.dataSource.transaction(async (m) => {
      await lockPublishedPractice(m, practiceId, CommentErrors.notPublished);
      const [{ n }] = (await m.query(
        `SELECT count(*)::int AS n FROM practice_comment WHERE author_id = $1 AND created_at > now() - interval '1 minute'`,
        [viewer.id],
      )) as [{ n: number }];
      if (n >= COMMENT_LIMITS.perMinute) throw CommentErrors.tooFast();
      const [inserted] = (await m.query(
        `INSERT INTO practice_comment (practice_id, author_id, parent_id, body) VALUES ($1, $2, $3, $4)
         RETURNING id, practice_id, parent_id, author_id, body, edited_at, hidden_at, created_at`,
        [practiceId, viewer.id, parentId, body.trim()],
      )) as [CommentRow];
      await this.recount(m, practiceId);
      return inserted;
    });
    return this.toComment(row, ctx);
  }

  async reply(ctx: RequestContext, commentId: string, body: string): Promise<PracticeComment> {
    const parent = await this.find(commentId);
    if (parent.parent_id) throw CommentErrors.oneLevel();
    return this.comment(ctx, parent.practice_id, body, parent.id);
  }

  /** The author edits; the previous body is kept. */
  async edit(ctx: RequestContext, commentId: string, body: string): Promise<PracticeComment> {
    const viewer = requireViewer(ctx);
    const row = await this.dataSource.transaction(async (m) => {
      const rows = (await m.query(`SELECT ${COLUMNS} FROM practice_comment c WHERE c.id = $1 AND c.deleted_at IS NULL FOR UPDATE`, [
        commentId,
      ])) as CommentRow[];
      const current = rows[0];
      if (!current) throw CommentErrors.notFound();
      if (current.author_id !== viewer.id) throw CommentErrors.notAuthor();
      await m.query(`INSERT INTO practice_comment_revision (comment_id, body, edited_by_id) VALUES ($1, $2, $3)`, [
        commentId,
        current.body,
        viewer.id,
      ]);
      await m.query(`UPDATE practice_comment SET body = $2, edited_at = now(), updated_at = now() WHERE id = $1`, [commentId, body.trim()]);
      return { ...current, body: body.trim(), edited_at: new Date() };
    });
    return this.toComment(row, ctx);
  }

  /** Its author or an admin removes it (kept in the database, no longer shown or counted). */
  async remove(ctx: RequestContext, commentId: string): Promise<boolean> {
    const viewer = requireViewer(ctx);
    const current = await this.find(commentId);
    if (current.author_id !== viewer.id && !isAdmin(viewer)) throw CommentErrors.notAuthor();
    await this.dataSource.transaction(async (m) => {
      await m.query(`SELECT id FROM practice WHERE id = $1 FOR UPDATE`, [current.practice_id]);
      await m.query(`UPDATE practice_comment SET deleted_at = now(), updated_at = now() WHERE id = $1`, [commentId]);
      await this.recount(m, current.practice_id);
    });
    return true;
  }

  async revisions(ctx: RequestContext, commentId: string): Promise<PracticeCommentRevision[]> {
    const viewer = requireViewer(ctx);
    const current = await this.find(commentId);
    if (current.author_id !== viewer.id && !isAdmin(viewer)) throw CommentErrors.notAuthor();
    return sqlOf(this.dataSource)<PracticeCommentRevision>(
      `SELECT body, created_at AS "createdAt" FROM practice_comment_revision WHERE comment_id = $1 ORDER BY created_at`,
      [commentId],
    );
  }

  // ---- rules ------------------------------------------------------------------------------

  private async recount(m: EntityManager, practiceId: string) {
    await m.query(
      `UPDATE practice SET comment_count = (SELECT count(*) FROM practice_comment WHERE practice_id = $1 AND deleted_at IS NULL) WHERE id = $1`,
      [practiceId],
    );
  }

  private async find(commentId: string): Promise<CommentRow> {
    const rows = await sqlOf(this.dataSource)<CommentRow>(
      `SELECT ${COLUMNS} FROM practice_comment c WHERE c.id = $1 AND c.deleted_at IS NULL`,
      [commentId],
    );
    if (!rows[0]) throw CommentErrors.notFound();
    return rows[0];
  }

  private toComment(r: CommentRow, ctx: RequestContext): PracticeComment {
    const sql = sqlOf(this.dataSource);
    const loaders = {
      author: memberByIdLoader(ctx, sql),
      replies: ctx.loaders.get('practiceComment.replies', () =>
        groupedLoader<CommentRow>(
          (ids) =>
            sql(
              `SELECT ${COLUMNS} FROM practice_comment c WHERE c.parent_id = ANY($1) AND c.deleted_at IS NULL ORDER BY c.created_at, c.id`,
              [ids],
            ),
          (c) => c.parent_id as string,
        ),
      ),
    };
    const hidden = r.hidden_at !== null;
    const canSeeHidden = isAdmin(ctx.viewer);
    const body = hidden && !canSeeHidden ? '' : r.body;
    return {
      id: r.id,
      practiceId: r.practice_id,
      parentId: r.parent_id,
      body,
      bodyHtml: renderMarkdown(body),
      hiddenByModeration: hidden,
      createdAt: r.created_at,
      editedAt: r.edited_at,
      viewerIsAuthor: !!ctx.viewer && ctx.viewer.id === r.author_id,
      authorId: r.author_id,
      author: lazy(async () => {
        if (!r.author_id) return null;
        const [row, territories] = await Promise.all([loaders.author.load(r.author_id), this.territories.snapshot()]);
        return row ? toMember(row, ctx.viewer, territories) : null;
      }),
      replies: lazy(async () => (r.parent_id ? [] : (await loaders.replies.load(r.id)).map((c) => this.toComment(c, ctx)))),
    };
  }
}
