import { Module } from '@nestjs/common';
import { TerritoriesModule } from '@mouvement/api-territories';
import { GroupInvitationsResolver } from './group-invitations.resolver';
import { GroupInvitationsService } from './group-invitations.service';
import { GroupRelations } from './group.relations';
import { GroupsResolver } from './groups.resolver';
import { GroupsService } from './groups.service';
import { PostsResolver } from './posts.resolver';
import { PostsService } from './posts.service';
import { MarkdownPreviewService } from './markdown-preview.service';
import { EventCalendarController, EventsResolver, GroupCalendarController } from './events.resolver';
import { EventsService } from './events.service';
import { ModerationResolver } from './moderation.resolver';
import { ModerationService } from './moderation.service';
import { DashboardResolver } from './dashboard.resolver';
import { DashboardService } from './dashboard.service';

@Module({
  imports: [TerritoriesModule],
  controllers: [EventCalendarController, GroupCalendarController],
  providers: [
    GroupsService,
    GroupRelations,
    GroupsResolver,
    GroupInvitationsService,
    GroupInvitationsResolver,
    PostsService,
    MarkdownPreviewService,
    PostsResolver,
    EventsService,
    EventsResolver,
    ModerationService,
    ModerationResolver,
    DashboardService,
    DashboardResolver,
  ],
  exports: [GroupsService, GroupRelations],
})
export class GroupsModule {}
