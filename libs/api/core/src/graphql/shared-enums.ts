import { registerEnumType } from '@nestjs/graphql';
import {
  GroupKind,
  GroupMembershipStatus,
  GroupRole,
  GroupVisibility,
  JoinPolicy,
  MemberKind,
  OrganisationKind,
  PlatformRole,
  PracticeFileKind,
  PracticeLicence,
  PracticeReaction,
  PracticeStatus,
  ProfileField,
  ReplicationStatus,
  SectionKind,
  Theme,
} from '@mouvement/shared-domain';

// The enums both sides share, registered once for the schema.
registerEnumType(MemberKind, { name: 'MemberKind', description: 'Who a person is in the movement.' });
registerEnumType(PlatformRole, { name: 'PlatformRole', description: 'Platform-wide role.' });
registerEnumType(Theme, { name: 'Theme', description: 'The shared list of themes.' });
registerEnumType(ProfileField, { name: 'ProfileField', description: 'Profile fields a member may make public.' });
registerEnumType(OrganisationKind, { name: 'OrganisationKind', description: 'Kind of organisation.' });

registerEnumType(GroupKind, {
  name: 'GroupKind',
  description: 'National movement, regional collective, thematic circle or local chapter.',
});
registerEnumType(GroupVisibility, { name: 'GroupVisibility', description: 'Who reads posts and events.' });
registerEnumType(JoinPolicy, { name: 'JoinPolicy', description: 'How people join.' });
registerEnumType(GroupRole, { name: 'GroupRole', description: 'Role in a group.' });
registerEnumType(GroupMembershipStatus, { name: 'GroupMembershipStatus', description: 'State of a group membership.' });

registerEnumType(PracticeStatus, { name: 'PracticeStatus', description: 'Draft (authors only), published (public) or archived.' });
registerEnumType(PracticeLicence, { name: 'PracticeLicence', description: 'Reuse licence of a practice sheet.' });
registerEnumType(PracticeFileKind, { name: 'PracticeFileKind', description: 'The cover image, or an attachment.' });
registerEnumType(PracticeReaction, { name: 'PracticeReaction', description: 'USEFUL or INSPIRING: one of each per member.' });
registerEnumType(ReplicationStatus, { name: 'ReplicationStatus', description: 'How far a replication has gone.' });
registerEnumType(SectionKind, { name: 'SectionKind', description: 'A section of the initiative sheet (Cahier d’espérances).' });

export {
  GroupKind,
  GroupMembershipStatus,
  GroupRole,
  GroupVisibility,
  JoinPolicy,
  MemberKind,
  OrganisationKind,
  PlatformRole,
  PracticeFileKind,
  PracticeLicence,
  PracticeReaction,
  PracticeStatus,
  ProfileField,
  ReplicationStatus,
  SectionKind,
  Theme,
};
