import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { sqlOf, type RequestContext } from '@mouvement/api-core';
import { isAdmin, requireViewer } from '@mouvement/api-auth';
import { REGION_EXTRA_BY_CODE, type GroupKind } from '@mouvement/shared-domain';
import { DataSource } from 'typeorm';
import { coordinatedFromAbove } from './group-access';
import { GroupErrors } from './group.exception';
import type { DashboardFigures, EventAttendance, GroupDashboard, WeeklyActivity } from './dashboard.model';
import { GroupsService } from './groups.service';

/** Weeks shown on the activity chart, the current one included. */
export const DASHBOARD_WEEKS = 12;
/** Past events whose answers the dashboard shows. */
export const DASHBOARD_EVENTS = 6;
/** A member is new for this many days after their first membership in the groups counted. */
export const NEW_MEMBER_DAYS = 30;

/**
 * The group ($1) and every group under it. `branch` says which direct child a group hangs from
 * (NULL for the group itself), so one pass gives the total, the group's own figures and each child's.
 */
const TREE = `tree AS (
  SELECT g.id, NULL::uuid AS branch FROM movement_group g WHERE g.id = $1 AND g.deleted_at IS NULL
  UNION ALL
  SELECT c.id, COALESCE(t.branch, c.id) FROM movement_group c JOIN tree t ON c.parent_id = t.id WHERE c.deleted_at IS NULL
)`;

/** Start of the oldest week shown, as a timestamp in the zone $2. */
const FIRST_WEEK = `date_trunc('week', now() AT TIME ZONE $2) - interval '${DASHBOARD_WEEKS - 1} weeks'`;

interface FigureRow {
  total: boolean;
  branch: string | null;
  group_count: number;
  members: number;
  new_members: number;
  pending: number;
}

/** Coordinators' dashboards: members, requests, weekly activity and event answers, rolled up the group tree. */
@Injectable()
export class DashboardService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly groups: GroupsService,
  ) {}

  /** Admins, the group's coordinators and the coordinators of any group above it. */
  async dashboard(ctx: RequestContext, groupId: string): Promise<GroupDashboard> {
    const viewer = requireViewer(ctx);
    const group = await this.groups.byId(groupId);
    if (!group) throw GroupErrors.notFound();
    if (!isAdmin(viewer) && !(await coordinatedFromAbove(this.dataSource, viewer.id, [groupId])).has(groupId)) {
      throw GroupErrors.notCoordinator();
    }
    const timeZone = (group.regionCode && REGION_EXTRA_BY_CODE.get(group.regionCode)?.timeZone) || 'Europe/Paris';
    const sql = sqlOf(this.dataSource);
    const [figures, posts, activity, events, children] = await Promise.all([
      sql<FigureRow>(
        `WITH RECURSIVE ${TREE}
         SELECT GROUPING(t.branch) = 1 AS total, t.branch, count(DISTINCT t.id)::int AS group_count,
           count(DISTINCT m.account_id) FILTER (WHERE m.status = 'ACTIVE')::int AS members,
           (count(DISTINCT m.account_id) FILTER (WHERE m.status = 'ACTIVE')
             - count(DISTINCT m.account_id) FILTER (WHERE m.status = 'ACTIVE'
                 AND COALESCE(m.decided_at, m.created_at) < now() - interval '${NEW_MEMBER_DAYS} days'))::int AS new_members,
           count(m.id) FILTER (WHERE m.status = 'PENDING')::int AS pending
         FROM tree t
         LEFT JOIN (group_member m JOIN account a ON a.id = m.account_id AND a.deleted_at IS NULL)
           ON m.group_id = t.id AND m.status IN ('ACTIVE', 'PENDING')
         GROUP BY GROUPING SETS ((), (t.branch))`,
        [groupId],
      ),
      sql<{ total: boolean; branch: string | null; n: number }>(
        `WITH RECURSIVE ${TREE}
         SELECT GROUPING(t.branch) = 1 AS total, t.branch, count(p.id)::int AS n
         FROM tree t LEFT JOIN group_post p
           ON p.group_id = t.id AND p.deleted_at IS NULL AND p.created_at >= (${FIRST_WEEK}) AT TIME ZONE $2
         GROUP BY GROUPING SETS ((), (t.branch))`,
        [groupId, timeZone],
      ),
      sql<WeeklyActivity>(
        `WITH RECURSIVE ${TREE},
         weeks AS (SELECT generate_series(${FIRST_WEEK}, date_trunc('week', now() AT TIME ZONE $2), interval '1 week') AS week),
         recent AS (
           SELECT p.parent_id, date_trunc('week', p.created_at AT TIME ZONE $2) AS week
           FROM group_post p JOIN tree t ON t.id = p.group_id
           WHERE p.deleted_at IS NULL AND p.created_at >= (${FIRST_WEEK}) AT TIME ZONE $2
         )
         SELECT to_char(w.week, 'YYYY-MM-DD') AS "weekStart",
           count(r.week) FILTER (WHERE r.parent_id IS NULL)::int AS posts,
           count(r.week) FILTER (WHERE r.parent_id IS NOT NULL)::int AS replies
         FROM weeks w LEFT JOIN recent r ON r.week = w.week
         GROUP BY w.week ORDER BY w.week`,
        [groupId, timeZone],
      ),
      sql<Omit<EventAttendance, 'timeZone'> & { regionCode: string | null }>(
        `WITH RECURSIVE ${TREE},
         last AS (
           SELECT e.id, e.group_id, e.title, e.starts_at, e.capacity FROM group_event e JOIN tree t ON t.id = e.group_id
           WHERE e.deleted_at IS NULL AND e.starts_at <= now() ORDER BY e.starts_at DESC, e.id DESC LIMIT ${DASHBOARD_EVENTS}
         )
         SELECT e.id AS "eventId", e.title, e.starts_at AS "startsAt", e.capacity, g.name AS "groupName", g.slug AS "groupSlug",
           g.region_code AS "regionCode",
           count(r.account_id) FILTER (WHERE r.answer = 'GOING' AND r.waitlisted_at IS NULL)::int AS going,
           count(r.account_id) FILTER (WHERE r.answer = 'MAYBE')::int AS maybe,
           count(r.account_id) FILTER (WHERE r.answer = 'NOT_GOING')::int AS "notGoing",
           count(r.account_id) FILTER (WHERE r.waitlisted_at IS NOT NULL)::int AS waitlisted
         FROM last e JOIN movement_group g ON g.id = e.group_id LEFT JOIN event_rsvp r ON r.event_id = e.id
         GROUP BY e.id, e.title, e.starts_at, e.capacity, g.name, g.slug, g.region_code
         ORDER BY e.starts_at DESC, e.id DESC`,
        [groupId],
      ),
      sql<{ id: string; name: string; slug: string; kind: GroupKind }>(
        `SELECT id, name, slug, kind FROM movement_group WHERE parent_id = $1 AND deleted_at IS NULL ORDER BY name_key, id`,
        [groupId],
      ),
    ]);
    const postsOf = (branch: string | null, total = false) => posts.find((p) => p.total === total && p.branch === branch)?.n ?? 0;
    const figuresOf = (
      g: { id: string; name: string; slug: string; kind: GroupKind },
      row: FigureRow | undefined,
      postCount: number,
    ): DashboardFigures => ({
      groupId: g.id,
      groupName: g.name,
      groupSlug: g.slug,
      kind: g.kind,
      groupCount: row?.group_count ?? 1,
      members: row?.members ?? 0,
      newMembers: row?.new_members ?? 0,
      pendingRequests: row?.pending ?? 0,
      postsAndReplies: postCount,
    });
    return {
      group,
      generatedAt: new Date(),
      timeZone,
      total: figuresOf(
        group,
        figures.find((f) => f.total),
        postsOf(null, true),
      ),
      own: {
        ...figuresOf(
          group,
          figures.find((f) => !f.total && f.branch === null),
          postsOf(null),
        ),
        groupCount: 1,
      },
      children: children.map((c) =>
        figuresOf(
          c,
          figures.find((f) => !f.total && f.branch === c.id),
          postsOf(c.id),
        ),
      ),
      activity,
      recentEvents: events.map(({ regionCode, ...e }) => ({
        ...e,
        timeZone: (regionCode && REGION_EXTRA_BY_CODE.get(regionCode)?.timeZone) || 'Europe/Paris',
      })),
    };
  }
}
