import { Controller, Get, Param, Query as HttpQuery, Req, Res } from '@nestjs/common';
import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Ctx, type ConnectionShape, type RequestContext } from '@mouvement/api-core';
import { Public, ViewerSessions } from '@mouvement/api-auth';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { CreateEventInput, EventIdArgs, GroupEvent, GroupEventConnection, GroupEventsArgs, MyEventsArgs, RsvpArgs } from './event.model';
import { GroupIdArgs } from './groups.args';
import { EventsService } from './events.service';

@Resolver(() => GroupEvent)
export class EventsResolver {
  constructor(private readonly events: EventsService) {}

  @Query(() => GroupEventConnection, { description: 'Upcoming or past events of a group.' })
  @Public()
  groupEvents(
    @Ctx() ctx: RequestContext,
    @Args() { groupId, period, first, after }: GroupEventsArgs,
  ): Promise<ConnectionShape<GroupEvent>> {
    return this.events.list(ctx, groupId, period, first, after);
  }

  @Query(() => GroupEventConnection, { description: 'Upcoming or past events across the viewer’s groups.' })
  myEvents(@Ctx() ctx: RequestContext, @Args() { period, first, after }: MyEventsArgs): Promise<ConnectionShape<GroupEvent>> {
    return this.events.mine(ctx, period, first, after);
  }

  @Query(() => GroupEvent)
  @Public()
  groupEvent(@Ctx() ctx: RequestContext, @Args() { eventId }: EventIdArgs): Promise<GroupEvent> {
    return this.events.byId(ctx, eventId);
  }

  @Mutation(() => GroupEvent, { description: 'Coordinators of the group and admins.' })
  createEvent(@Ctx() ctx: RequestContext, @Args() { groupId }: GroupIdArgs, @Args('input') input: CreateEventInput): Promise<GroupEvent> {
    return this.events.create(ctx, groupId, input);
  }

  @Mutation(() => Boolean, { description: 'Deletes an event: who created it, the group’s coordinators and admins.' })
  deleteEvent(@Ctx() ctx: RequestContext, @Args() { eventId }: EventIdArgs): Promise<boolean> {
    return this.events.remove(ctx, eventId);
  }

  @Mutation(() => String, { description: 'A personal calendar feed address for a group’s events (revokes the previous one).' })
  createCalendarFeed(@Ctx() ctx: RequestContext, @Args() { groupId }: GroupIdArgs): Promise<string> {
    return this.events.createCalendarFeed(ctx, groupId);
  }

  @Mutation(() => Boolean, { description: 'Revokes the viewer’s calendar feed address for a group.' })
  revokeCalendarFeed(@Ctx() ctx: RequestContext, @Args() { groupId }: GroupIdArgs): Promise<boolean> {
    return this.events.revokeCalendarFeed(ctx, groupId);
  }

  @Mutation(() => GroupEvent, { description: 'GOING when full puts the person on the waiting list.' })
  rsvpEvent(@Ctx() ctx: RequestContext, @Args() { eventId, answer }: RsvpArgs): Promise<GroupEvent> {
    return this.events.rsvp(ctx, eventId, answer);
  }
}

/** iCalendar downloads for calendar applications (plain HTTP, not GraphQL). */
@Controller('evenements')
export class EventCalendarController {
  constructor(
    private readonly events: EventsService,
    private readonly sessions: ViewerSessions,
  ) {}

  // Any id is taken: one that is not a UUID names no event (404, with the API's error body).
  @Get(':id.ics')
  async ics(@Param('id') id: string, @Req() req: FastifyRequest, @Res() reply: FastifyReply) {
    const { viewer } = await this.sessions.fromAuthorization(req.headers.authorization);
    const body = await this.events.ics(viewer, id);
    return reply
      .header('content-type', 'text/calendar; charset=utf-8')
      .header('content-disposition', `attachment; filename="evenement-${id}.ics"`)
      .header('x-content-type-options', 'nosniff')
      .send(body);
  }
}

/** A group's calendar feed, for calendar applications: public groups, or a member's secret address. */
@Controller('groupes')
export class GroupCalendarController {
  constructor(private readonly events: EventsService) {}

  @Get(':slug/agenda.ics')
  async feed(@Param('slug') slug: string, @HttpQuery('jeton') token: string | undefined, @Res() reply: FastifyReply) {
    const body = await this.events.groupCalendar(String(slug).slice(0, 100), typeof token === 'string' ? token.slice(0, 200) : null);
    return reply
      .header('content-type', 'text/calendar; charset=utf-8')
      .header('cache-control', 'private, max-age=300')
      .header('x-content-type-options', 'nosniff')
      .send(body);
  }
}
