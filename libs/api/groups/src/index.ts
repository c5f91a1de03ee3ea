import { GroupAuditEntity } from './group-audit.entity';
import { GroupInvitationEntity } from './group-invitation.entity';
import { GroupMemberEntity } from './group-member.entity';
import { GroupEntity } from './group.entity';

export * from './group.model';
export * from './groups.module';
export * from './groups.service';

export const GROUP_ENTITIES = [GroupEntity, GroupMemberEntity, GroupInvitationEntity, GroupAuditEntity];
export * from './group.relations';
export { writeCalendar, type CalendarEvent } from './event-calendar';
