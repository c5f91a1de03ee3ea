import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DomainException, sqlOf, type RequestContext, type Viewer } from '@mouvement/api-core';
import { isAdmin, requireViewer } from '@mouvement/api-auth';
import { GroupRole } from '@mouvement/shared-domain';
import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { DataSource, type EntityManager } from 'typeorm';
import { GroupAuditAction } from './group-audit.entity';
import { activeRole } from './group-access';
import { GroupErrors } from './group.exception';

export enum ReportTarget {
  POST = 'POST',
  EVENT = 'EVENT',
  PRACTICE_COMMENT = 'PRACTICE_COMMENT',
  PRACTICE = 'PRACTICE',
}
registerEnumType(ReportTarget, {
  name: 'ReportTarget',
  description: 'What is reported: a group post or reply, an event, a practice sheet or a comment on one.',
});

/** Reports from three different members hide the content at once, until a coordinator reviews it. */
export const AUTO_HIDE_REPORTS = 3;
/** Reports per person and hour. */
export const REPORTS_PER_HOUR = 20;

@ObjectType({ description: 'Reported content waiting for a coordinator, with its open reports.' })
export class ReportedContent {
  @Field(() => ReportTarget) targetType!: ReportTarget;
  @Field(() => ID) targetId!: string;
  @Field(() => ID, { nullable: true, description: 'The group it belongs to; none for practices shared in no group (admins decide).' })
  groupId!: string | null;
  @Field({ description: 'The post’s or comment’s text, or the event’s or practice’s title, as written.' }) excerpt!: string;
  @Field(() => String, { nullable: true, description: 'For a practice, its slug (its page is /pratiques/{slug}).' })
  slug!: string | null;
  @Field() hidden!: boolean;
  @Field(() => Int) reportCount!: number;
  @Field(() => [String]) reasons!: string[];
  @Field(() => Date) firstReportedAt!: Date;
}

const TABLE: Record<ReportTarget, string> = {
  POST: 'group_post',
  EVENT: 'group_event',
  PRACTICE_COMMENT: 'practice_comment',
  PRACTICE: 'practice',
};
/** The commons of practices (sheets and their comments) is reported by any member, group content by the group's members. */
const OPEN_TO_ALL_MEMBERS = new Set([ReportTarget.PRACTICE_COMMENT, ReportTarget.PRACTICE]);

const ModerationErrors = {
  notFound: () => DomainException.notFound({ fr: 'Contenu', en: 'Content' }),
  notMember: () =>
    DomainException.forbidden({ fr: 'Seuls les membres du groupe peuvent signaler.', en: 'Only members of the group can report.' }),
  ownSheet: () =>
    DomainException.forbidden({
      fr: 'On ne modère pas sa propre fiche : un·e autre coordinateur·rice ou un·e administrateur·rice s’en charge.',
      en: 'Nobody moderates their own sheet: another coordinator or an admin does.',
    }),
  already: () => DomainException.conflict({ fr: 'Vous avez déjà signalé ce contenu.', en: 'You already reported this content.' }),
  tooMany: () =>
    new DomainException(DomainException.rateLimited().code, {
      fr: 'Vous avez fait beaucoup de signalements : réessayez dans une heure.',
      en: 'You made many reports: try again in an hour.',
    }),
};

/** Reports, the coordinators' queue, hiding and restoring content; every action is audited. */
@Injectable()
export class ModerationService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async report(ctx: RequestContext, targetType: ReportTarget, targetId: string, reason: string): Promise<boolean> {
    const viewer = requireViewer(ctx);
    const groupId = await this.groupOf(targetType, targetId);
    if (!OPEN_TO_ALL_MEMBERS.has(targetType) && !(groupId && (await activeRole(this.dataSource, viewer.id, groupId))))
      throw ModerationErrors.notMember();
    await this.dataSource.transaction(async (m) => {
      const [{ n }] = (await m.query(
        `SELECT count(*)::int AS n FROM content_report WHERE reporter_id = $1 AND created_at > now() - interval '1 hour'`,
        [viewer.id],
      )) as [{ n: number }];
      if (n >= REPORTS_PER_HOUR) throw ModerationErrors.tooMany();
      // Serialises reports on one item, so the third distinct reporter always hides it.
      await m.query(`SELECT id FROM ${TABLE[targetType]} WHERE id = $1 FOR UPDATE`, [targetId]);
      try {
        await m.query(`INSERT INTO content_report (group_id, target_type, target_id, reporter_id, reason) VALUES ($1, $2, $3, $4, $5)`, [
          groupId,
          targetType,
          targetId,
          viewer.id,
          reason,
        ]);
      } catch (error) {
        if ((error as { code?: string }).code === '23505') throw ModerationErrors.already();
        throw error;
      }
      const [{ reporters }] = (await m.query(
        `SELECT count(DISTINCT reporter_id)::int AS reporters FROM content_report WHERE target_type = $1 AND target_id = $2 AND status = 'OPEN'`,
        [targetType, targetId],
      )) as [{ reporters: number }];
      if (reporters >= AUTO_HIDE_REPORTS) {
        const [, hidden] = (await m.query(`UPDATE ${TABLE[targetType]} SET hidden_at = now() WHERE id = $1 AND hidden_at IS NULL`, [
          targetId,
        ])) as [unknown, number];
        if (hidden) await this.audit(m, groupId, null, GroupAuditAction.AUTO_HIDE, `${targetType} ${targetId}`);
      }
    });
    return true;
  }

  /** Open reports of the groups the viewer coordinates (all groups for admins). */
  async queue(ctx: RequestContext, groupId?: string | null): Promise<ReportedContent[]> {
    const viewer = requireViewer(ctx);
    if (groupId) await this.requireCoordinator(viewer, groupId);
    const rows = await sqlOf(this.dataSource)<ReportedContent>(
      `SELECT r.target_type AS "targetType", r.target_id AS "targetId", r.group_id AS "groupId",
              coalesce(p.body, e.title, pc.body, pr.title, '') AS excerpt, pr.slug,
              coalesce(p.hidden_at, e.hidden_at, pc.hidden_at, pr.hidden_at) IS NOT NULL AS hidden,
              count(*)::int AS "reportCount", array_agg(r.reason ORDER BY r.created_at) AS reasons, min(r.created_at) AS "firstReportedAt"
       FROM content_report r
       LEFT JOIN group_post p ON r.target_type = 'POST' AND p.id = r.target_id
       LEFT JOIN group_event e ON r.target_type = 'EVENT' AND e.id = r.target_id
       LEFT JOIN practice_comment pc ON r.target_type = 'PRACTICE_COMMENT' AND pc.id = r.target_id
       LEFT JOIN practice pr ON r.target_type = 'PRACTICE' AND pr.id = r.target_id
       WHERE r.status = 'OPEN' AND ($1::uuid IS NULL OR r.group_id = $1)
         AND ($2::boolean OR EXISTS (SELECT 1 FROM group_member gm WHERE gm.group_id = r.group_id AND gm.account_id = $3 AND gm.role = 'COORDINATOR' AND gm.status = 'ACTIVE'))
       GROUP BY r.target_type, r.target_id, r.group_id, p.body, e.title, pc.body, pr.title, pr.slug, p.hidden_at, e.hidden_at, pc.hidden_at, pr.hidden_at
       ORDER BY min(r.created_at)
       LIMIT 200`,
      [groupId ?? null, isAdmin(viewer), viewer.id],
    );
    return rows;
  }

  /** Hides (readers see it was hidden by moderation), restores, or dismisses the reports. */
  async decide(ctx: RequestContext, targetType: ReportTarget, targetId: string, action: 'HIDE' | 'RESTORE' | 'DISMISS'): Promise<boolean> {
    const viewer = requireViewer(ctx);
    const groupId = await this.groupOf(targetType, targetId);
    await this.requireCoordinator(viewer, groupId);
    if (targetType === ReportTarget.PRACTICE && !isAdmin(viewer)) {
      const rows = await sqlOf(this.dataSource)<{ author: boolean }>(
        `SELECT EXISTS (SELECT 1 FROM practice_author WHERE practice_id = $1 AND account_id = $2) AS author`,
        [targetId, viewer.id],
      );
      if (rows[0]?.author) throw ModerationErrors.ownSheet();
    }
    await this.dataSource.transaction(async (m) => {
      if (action === 'HIDE')
        await m.query(`UPDATE ${TABLE[targetType]} SET hidden_at = coalesce(hidden_at, now()), hidden_by_id = $2 WHERE id = $1`, [
          targetId,
          viewer.id,
        ]);
      if (action === 'RESTORE')
        await m.query(`UPDATE ${TABLE[targetType]} SET hidden_at = NULL, hidden_by_id = NULL WHERE id = $1`, [targetId]);
      await m.query(
        `UPDATE content_report SET status = $3, decided_by_id = $4, decided_at = now() WHERE target_type = $1 AND target_id = $2 AND status = 'OPEN'`,
        [targetType, targetId, action === 'HIDE' ? 'ACTIONED' : 'DISMISSED', viewer.id],
      );
      await this.audit(
        m,
        groupId,
        viewer.id,
        action === 'HIDE' ? GroupAuditAction.HIDE : action === 'RESTORE' ? GroupAuditAction.RESTORE : GroupAuditAction.DISMISS,
        `${targetType} ${targetId}`,
      );
    });
    return true;
  }

  /** The group a content belongs to; null for a practice (or a comment on one) shared in no group. */
  private async groupOf(targetType: ReportTarget, targetId: string): Promise<string | null> {
    const sql: Record<ReportTarget, string> = {
      POST: `SELECT group_id FROM group_post WHERE id = $1 AND deleted_at IS NULL`,
      EVENT: `SELECT group_id FROM group_event WHERE id = $1 AND deleted_at IS NULL`,
      PRACTICE_COMMENT: `SELECT p.group_id FROM practice_comment c JOIN practice p ON p.id = c.practice_id WHERE c.id = $1 AND c.deleted_at IS NULL`,
      // Drafts are their authors' own: nobody else sees them to report them.
      PRACTICE: `SELECT group_id FROM practice WHERE id = $1 AND deleted_at IS NULL AND status <> 'DRAFT'`,
    };
    const rows = await sqlOf(this.dataSource)<{ group_id: string | null }>(sql[targetType], [targetId]);
    if (!rows[0]) throw ModerationErrors.notFound();
    return rows[0].group_id;
  }

  /** The group's coordinators and admins; admins alone for content of no group. */
  private async requireCoordinator(viewer: Viewer, groupId: string | null) {
    if (isAdmin(viewer)) return;
    if (!groupId || (await activeRole(this.dataSource, viewer.id, groupId)) !== GroupRole.COORDINATOR) throw GroupErrors.notCoordinator();
  }

  /** Written to the group's audit log; content of no group is moderated by admins, whose actions the reports keep. */
  private async audit(m: EntityManager, groupId: string | null, actorId: string | null, action: GroupAuditAction, detail: string) {
    if (!groupId) return;
    await m.query(`INSERT INTO group_audit (group_id, actor_id, action, detail) VALUES ($1, $2, $3, $4)`, [
      groupId,
      actorId,
      action,
      detail,
    ]);
  }
}
