import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  APP_CONFIG,
  DomainException,
  keyset,
  renderMarkdown,
  sqlOf,
  keysetPage,
  type AppConfig,
  type ConnectionShape,
  type RequestContext,
  type Viewer,
} from '@mouvement/api-core';
import { digest, isAdmin, randomToken, requireViewer } from '@mouvement/api-auth';
import { REGION_EXTRA_BY_CODE, GroupRole, GroupVisibility, normaliseLink } from '@mouvement/shared-domain';
import { isUUID } from 'class-validator';
import { DataSource } from 'typeorm';
import { EventPeriod, GroupEvent, RsvpAnswer, type CreateEventInput, type Rsvp } from './event.model';
import { writeCalendar, type CalendarEvent } from './event-calendar';
import { activeRole } from './group-access';
import { GroupAuditAction } from './group-audit.entity';
import { GroupErrors } from './group.exception';

interface EventRow {
  id: string;
  group_id: string;
  title: string;
  description: string | null;
  starts_at: Date;
  ends_at: Date;
  place: string | null;
  online_url: string | null;
  capacity: number | null;
  created_by_id: string | null;
  hidden_at: Date | null;
  region_code: string | null;
  visibility: GroupVisibility;
  group_name: string;
  group_slug: string;
  going: number;
  waiting: number;
}

const EVENT_COLUMNS = `e.id, e.group_id, e.title, e.description, e.starts_at, e.ends_at, e.place, e.online_url, e.capacity, e.created_by_id, e.hidden_at, g.region_code, g.visibility,
    g.name AS group_name, g.slug AS group_slug,
    (SELECT count(*)::int FROM event_rsvp r WHERE r.event_id = e.id AND r.answer = 'GOING' AND r.waitlisted_at IS NULL) AS going,
    (SELECT count(*)::int FROM event_rsvp r WHERE r.event_id = e.id AND r.waitlisted_at IS NOT NULL) AS waiting`;
const EVENT_FROM = `group_event e JOIN movement_group g ON g.id = e.group_id AND g.deleted_at IS NULL`;
const EVENT_SELECT = `SELECT ${EVENT_COLUMNS} FROM ${EVENT_FROM}`;

const EventErrors = {
  notFound: () => DomainException.notFound({ fr: 'Événement', en: 'Event' }),
  endsBeforeStart: () => DomainException.field('endsAt', { fr: 'La fin doit suivre le début.', en: 'The end must come after the start.' }),
  membersOnly: () => DomainException.forbidden({ fr: 'Réservé aux membres du groupe.', en: 'For members of the group.' }),
  notMember: () => DomainException.forbidden({ fr: 'Rejoignez le groupe pour répondre.', en: 'Join the group to answer.' }),
  cannotDelete: () =>
    DomainException.forbidden({
      fr: 'Seuls la personne qui a créé l’événement, les coordinateurs et coordinatrices du groupe et l’équipe de modération peuvent le supprimer.',
      en: 'Only the person who created the event, the group’s coordinators and the moderators can delete it.',
    }).because('NOT_EVENT_AUTHOR_OR_COORDINATOR'),
  ended: () =>
    DomainException.conflict({
      fr: 'Cet événement est terminé : on ne peut plus y répondre ni changer sa réponse.',
      en: 'This event has ended: answers can no longer be given or changed.',
    }).because('EVENT_ENDED'),
};

/** Slugs and feed tokens have one shape: anything else names no group and no feed (and never reaches the database). */
const SLUG = /^[a-z0-9-]{1,100}$/;
const FEED_TOKEN = /^[A-Za-z0-9_-]{20,128}$/;
/** A feed carries the beginning of long descriptions; the event's own file and page carry all of it. */
const FEED_DESCRIPTION_MAX = 2000;

/** Events of groups: answers, capacity and a waiting list that moves up in order. */
@Injectable()
export class EventsService {
  private readonly logger = new Logger(EventsService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async create(ctx: RequestContext, groupId: string, input: CreateEventInput): Promise<GroupEvent> {
    const viewer = requireViewer(ctx);
    const [group] = (await this.dataSource.query(`SELECT 1 FROM movement_group WHERE id = $1 AND deleted_at IS NULL`, [
      groupId,
    ])) as unknown[];
    if (!group) throw GroupErrors.notFound();
    if (!isAdmin(viewer) && (await activeRole(this.dataSource, viewer.id, groupId)) !== GroupRole.COORDINATOR)
      throw GroupErrors.notCoordinator();
    if (input.endsAt.getTime() <= input.startsAt.getTime()) throw EventErrors.endsBeforeStart();
    const [row] = (await this.dataSource.query(
      `INSERT INTO group_event (group_id, title, description, starts_at, ends_at, place, online_url, capacity, created_by_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
      [
        groupId,
        input.title,
        input.description ?? null,
        input.startsAt,
        input.endsAt,
        input.place ?? null,
        input.onlineUrl ?? null,
        input.capacity ?? null,
        viewer.id,
      ],
    )) as { id: string }[];
    return this.byId(ctx, (row as { id: string }).id);
  }

  async byId(ctx: RequestContext, id: string): Promise<GroupEvent> {
    const row = await this.findRow(id);
    await this.requireReader(ctx.viewer, row);
    return (await this.toEvents([row], ctx.viewer))[0] as GroupEvent;
  }

  /** Upcoming (soonest first) or past (latest first) events of a group. */
  async list(
    ctx: RequestContext,
    groupId: string,
    period: EventPeriod,
    first: number,
    after?: string | null,
  ): Promise<ConnectionShape<GroupEvent>> {
    const group = (
      await sqlOf(this.dataSource)<{ visibility: GroupVisibility }>(
        `SELECT visibility FROM movement_group WHERE id = $1 AND deleted_at IS NULL`,
        [groupId],
      )
    )[0];
    if (!group) throw GroupErrors.notFound();
    await this.requireReader(ctx.viewer, { group_id: groupId, visibility: group.visibility });
    const where = `e.group_id = $1 AND e.deleted_at IS NULL AND e.hidden_at IS NULL AND ${period === EventPeriod.UPCOMING ? 'e.ends_at >= now()' : 'e.ends_at < now()'}`;
    return this.eventPage(where, [groupId], period, first, after, ctx.viewer);
  }

  /** Upcoming or past events of every group the viewer is an active member of. */
  async mine(ctx: RequestContext, period: EventPeriod, first: number, after?: string | null): Promise<ConnectionShape<GroupEvent>> {
    const viewer = requireViewer(ctx);
    const where = `e.deleted_at IS NULL AND e.hidden_at IS NULL AND ${period === EventPeriod.UPCOMING ? 'e.ends_at >= now()' : 'e.ends_at < now()'}
      AND e.group_id IN (SELECT m.group_id FROM group_member m WHERE m.account_id = $1 AND m.status = 'ACTIVE')`;
    return this.eventPage(where, [viewer.id], period, first, after, viewer);
  }

  /** Upcoming events soonest first, past ones latest first. */
  private eventPage(
    where: string,
    params: unknown[],
    period: EventPeriod,
    first: number,
    after: string | null | undefined,
    viewer: Viewer | null,
  ): Promise<ConnectionShape<GroupEvent>> {
    const direction = period === EventPeriod.UPCOMING ? 'ASC' : 'DESC';
    return keysetPage<EventRow, GroupEvent>(
      sqlOf(this.dataSource),
      {
        columns: EVENT_COLUMNS,
        from: EVENT_FROM,
        where,
        params,
        order: (p) => keyset({ expr: 'e.starts_at', direction, cast: 'timestamptz', idExpr: 'e.id' }, after, p),
        first,
      },
      (rows) => this.toEvents(rows, viewer),
    );
  }

  /**
   * Answers an event. The event row is locked, so answers are taken one at a time: when the event is
   * full a GOING answer joins the waiting list, and when someone going cancels, the first waiting
   * person moves up.
   */
  async rsvp(ctx: RequestContext, eventId: string, answer: RsvpAnswer): Promise<GroupEvent> {
    const viewer = requireViewer(ctx);
    const event = await this.findRow(eventId);
    if (event.hidden_at) throw EventErrors.notFound();
    if (!(await activeRole(this.dataSource, viewer.id, event.group_id))) throw EventErrors.notMember();
    await this.dataSource.transaction(async (m) => {
      const [locked] = (await m.query(`SELECT capacity, ends_at < now() AS ended FROM group_event WHERE id = $1 FOR UPDATE`, [
        eventId,
      ])) as {
        capacity: number | null;
        ended: boolean;
      }[];
      // Checked under the lock, by the database's clock: the answers of a past event are its record.
      if (locked?.ended) throw EventErrors.ended();
      const [previous] = (await m.query(`SELECT answer, waitlisted_at FROM event_rsvp WHERE event_id = $1 AND account_id = $2`, [
        eventId,
        viewer.id,
      ])) as {
        answer: RsvpAnswer;
        waitlisted_at: Date | null;
      }[];
      if (answer === RsvpAnswer.GOING) {
        if (previous?.answer === RsvpAnswer.GOING) return;
        const [{ going }] = (await m.query(
          `SELECT count(*)::int AS going FROM event_rsvp WHERE event_id = $1 AND answer = 'GOING' AND waitlisted_at IS NULL`,
          [eventId],
        )) as [{ going: number }];
        const full = locked?.capacity != null && going >= locked.capacity;
        await m.query(
          `INSERT INTO event_rsvp (event_id, account_id, answer, waitlisted_at) VALUES ($1, $2, 'GOING', CASE WHEN $3 THEN clock_timestamp() END)
           ON CONFLICT (event_id, account_id) DO UPDATE SET answer = 'GOING', waitlisted_at = EXCLUDED.waitlisted_at, updated_at = now()`,
          [eventId, viewer.id, full],
        );
        return;
      }
      await m.query(
        `INSERT INTO event_rsvp (event_id, account_id, answer) VALUES ($1, $2, $3)
         ON CONFLICT (event_id, account_id) DO UPDATE SET answer = $3, waitlisted_at = NULL, updated_at = now()`,
        [eventId, viewer.id, answer],
      );
      if (previous?.answer === RsvpAnswer.GOING && !previous.waitlisted_at) {
        await m.query(
          `UPDATE event_rsvp SET waitlisted_at = NULL, updated_at = now()
           WHERE (event_id, account_id) = (SELECT event_id, account_id FROM event_rsvp WHERE event_id = $1 AND waitlisted_at IS NOT NULL ORDER BY waitlisted_at, account_id LIMIT 1)`,
          [eventId],
        );
      }
    });
    return this.byId(ctx, eventId);
  }

  /**
   * Soft delete by the person who created the event, a coordinator of its group, or an admin (as a
   * moderator). The event leaves every list, page and calendar; its open reports are closed, the
   * group's log keeps who deleted it, and the outbox tells those who answered.
   */
  async remove(ctx: RequestContext, eventId: string): Promise<boolean> {
    const viewer = requireViewer(ctx);
    const event = await this.findRow(eventId);
    const allowed =
      event.created_by_id === viewer.id ||
      isAdmin(viewer) ||
      (await activeRole(this.dataSource, viewer.id, event.group_id)) === GroupRole.COORDINATOR;
    if (!allowed) throw EventErrors.cannotDelete();
    await this.dataSource.transaction(async (m) => {
      const [, deleted] = (await m.query(
        `UPDATE group_event SET deleted_at = now(), updated_at = now() WHERE id = $1 AND deleted_at IS NULL`,
        [eventId],
      )) as [unknown, number];
      // Deleted by someone else in the meantime.
      if (!deleted) throw EventErrors.notFound();
      await m.query(
        `UPDATE content_report SET status = 'ACTIONED', decided_by_id = $2, decided_at = now() WHERE target_type = 'EVENT' AND target_id = $1 AND status = 'OPEN'`,
        [eventId, viewer.id],
      );
      await m.query(`INSERT INTO group_audit (group_id, actor_id, action, detail) VALUES ($1, $2, $3, $4)`, [
        event.group_id,
        viewer.id,
        GroupAuditAction.DELETE_EVENT,
        `EVENT ${eventId}`,
      ]);
      await m.query(`INSERT INTO domain_event (type, payload) VALUES ('group.event.deleted', $1)`, [
        JSON.stringify({ groupId: event.group_id, eventId, deletedById: viewer.id, going: event.going }),
      ]);
    });
    return true;
  }

  /** One event as an iCalendar file; members-only groups' events need a signed-in member. */
  async ics(viewer: Viewer | null, eventId: string): Promise<string> {
    const row = await this.findRow(eventId);
    await this.requireReader(viewer, row);
    return writeCalendar([this.calendarEvent(row)], { onSkipped: this.skipped });
  }

  /**
   * The upcoming events of a group as a calendar feed applications subscribe to: public for a public
   * group; for a members-only group, only through a member's personal address, which stops working
   * when it is revoked or when the member leaves. One event that cannot be written is left out
   * (and logged), never the whole feed.
   */
  async groupCalendar(slug: string, token?: string | null): Promise<string> {
    if (!SLUG.test(slug)) throw GroupErrors.notFound();
    const sql = sqlOf(this.dataSource);
    const group = (
      await sql<{ id: string; name: string; visibility: GroupVisibility }>(
        `SELECT id, name, visibility FROM movement_group WHERE slug = $1 AND deleted_at IS NULL`,
        [slug],
      )
    )[0];
    if (!group) throw GroupErrors.notFound();
    if (group.visibility !== GroupVisibility.PUBLIC) {
      const valid =
        token && FEED_TOKEN.test(token)
          ? await sql(
              `SELECT 1 FROM calendar_feed f JOIN group_member m ON m.group_id = f.group_id AND m.account_id = f.account_id AND m.status = 'ACTIVE'
               WHERE f.token_hash = $1 AND f.group_id = $2 AND f.revoked_at IS NULL`,
              [digest(token), group.id],
            )
          : [];
      if (!valid.length) throw GroupErrors.notFound();
    }
    const rows = await sql<EventRow>(
      `${EVENT_SELECT} WHERE e.group_id = $1 AND e.deleted_at IS NULL AND e.hidden_at IS NULL AND e.ends_at >= now() - interval '30 days' ORDER BY e.starts_at LIMIT 500`,
      [group.id],
    );
    return writeCalendar(
      rows.map((r) => this.calendarEvent(r)),
      { name: group.name, descriptionMax: FEED_DESCRIPTION_MAX, onSkipped: this.skipped },
    );
  }

  private readonly skipped = (eventId: string, reason: string) =>
    this.logger.warn(`Event ${eventId} left out of a calendar file: ${reason}`);

  /** A new personal feed address for a members-only group (earlier ones of this member are revoked). */
  async createCalendarFeed(ctx: RequestContext, groupId: string): Promise<string> {
    const viewer = requireViewer(ctx);
    if (!(await activeRole(this.dataSource, viewer.id, groupId))) throw EventErrors.notMember();
    const slug = (await sqlOf(this.dataSource)<{ slug: string }>(`SELECT slug FROM movement_group WHERE id = $1`, [groupId]))[0]?.slug;
    const token = randomToken();
    await this.dataSource.transaction(async (m) => {
      await m.query(`UPDATE calendar_feed SET revoked_at = now() WHERE group_id = $1 AND account_id = $2 AND revoked_at IS NULL`, [
        groupId,
        viewer.id,
      ]);
      await m.query(`INSERT INTO calendar_feed (group_id, account_id, token_hash) VALUES ($1, $2, $3)`, [
        groupId,
        viewer.id,
        digest(token),
      ]);
    });
    return `${this.config.publicUrl}/groupes/${slug}/agenda.ics?jeton=${token}`;
  }

  async revokeCalendarFeed(ctx: RequestContext, groupId: string): Promise<boolean> {
    const viewer = requireViewer(ctx);
    await this.dataSource.query(
      `UPDATE calendar_feed SET revoked_at = now() WHERE group_id = $1 AND account_id = $2 AND revoked_at IS NULL`,
      [groupId, viewer.id],
    );
    return true;
  }

  /** Rows written before links were normalised may hold one that is not: normalised again, else the event's page. */
  private calendarEvent(row: EventRow): CalendarEvent {
    return {
      id: row.id,
      title: row.title,
      description: row.description,
      place: row.place,
      url: (row.online_url && normaliseLink(row.online_url)) || `${this.config.publicUrl}/evenements/${row.id}`,
      startsAt: row.starts_at,
      endsAt: row.ends_at,
    };
  }

  // ---- rules ------------------------------------------------------------------------------

  private async findRow(id: string): Promise<EventRow> {
    if (!isUUID(id)) throw EventErrors.notFound();
    const rows = await sqlOf(this.dataSource)<EventRow>(`${EVENT_SELECT} WHERE e.id = $1 AND e.deleted_at IS NULL`, [id]);
    if (!rows[0]) throw EventErrors.notFound();
    return rows[0];
  }

  /**
   * Who reads an event: anyone for a public group, members for the others. An event hidden by
   * moderation leaves every list and feed; only admins, its creator and the group's coordinators
   * (who restore it from their queue) still open it.
   */
  private async requireReader(
    viewer: Viewer | null,
    row: Pick<EventRow, 'group_id' | 'visibility'> & Partial<Pick<EventRow, 'hidden_at' | 'created_by_id'>>,
  ) {
    if (row.hidden_at && !isAdmin(viewer) && !(viewer && row.created_by_id === viewer.id)) {
      if (!viewer || (await activeRole(this.dataSource, viewer.id, row.group_id)) !== GroupRole.COORDINATOR) throw EventErrors.notFound();
    }
    if (row.visibility === GroupVisibility.PUBLIC || isAdmin(viewer)) return;
    if (!viewer) throw DomainException.unauthenticated();
    if (!(await activeRole(this.dataSource, viewer.id, row.group_id))) throw EventErrors.membersOnly();
  }

  /** Maps rows with the viewer's answers and rights in one statement for the whole page. */
  private async toEvents(rows: EventRow[], viewer: Viewer | null): Promise<GroupEvent[]> {
    const answers = new Map<string, Rsvp>();
    const coordinated = new Set<string>();
    if (viewer && rows.length) {
      const mine = await sqlOf(this.dataSource)<{
        event_id: string;
        answer: RsvpAnswer | null;
        waitlisted_at: Date | null;
        position: number | null;
        coordinator: boolean;
      }>(
        `SELECT e.id AS event_id, r.answer, r.waitlisted_at,
           CASE WHEN r.waitlisted_at IS NOT NULL THEN (SELECT count(*)::int FROM event_rsvp w WHERE w.event_id = r.event_id AND w.waitlisted_at IS NOT NULL
             AND (w.waitlisted_at, w.account_id) <= (r.waitlisted_at, r.account_id)) END AS position,
           EXISTS (SELECT 1 FROM group_member m WHERE m.group_id = e.group_id AND m.account_id = $1 AND m.status = 'ACTIVE' AND m.role = 'COORDINATOR') AS coordinator
         FROM group_event e LEFT JOIN event_rsvp r ON r.event_id = e.id AND r.account_id = $1
         WHERE e.id = ANY($2)`,
        [viewer.id, rows.map((r) => r.id)],
      );
      for (const a of mine) {
        if (a.answer) answers.set(a.event_id, { answer: a.answer, waitlisted: a.waitlisted_at !== null, position: a.position });
        if (a.coordinator) coordinated.add(a.event_id);
      }
    }
    return rows.map((r) =>
      Object.assign(new GroupEvent(), {
        id: r.id,
        groupId: r.group_id,
        groupName: r.group_name,
        groupSlug: r.group_slug,
        title: r.title,
        description: r.description,
        descriptionHtml: renderMarkdown(r.description),
        startsAt: r.starts_at,
        endsAt: r.ends_at,
        hasEnded: r.ends_at.getTime() < Date.now(),
        timeZone: (r.region_code && REGION_EXTRA_BY_CODE.get(r.region_code)?.timeZone) || 'Europe/Paris',
        place: r.place,
        // Rows written before links were normalised: a link that is not one is not shown.
        onlineUrl: r.online_url && normaliseLink(r.online_url),
        capacity: r.capacity,
        goingCount: r.going,
        waitlistCount: r.waiting,
        viewerRsvp: answers.get(r.id) ?? null,
        viewerCanDelete: !!viewer && (r.created_by_id === viewer.id || isAdmin(viewer) || coordinated.has(r.id)),
        icsUrl: `${this.config.publicUrl}/evenements/${r.id}.ics`,
      }),
    );
  }
}
