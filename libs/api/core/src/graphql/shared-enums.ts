import { registerEnumType } from '@nestjs/graphql';
import { MemberKind, OrganisationKind, PlatformRole, ProfileField, Theme } from '@mouvement/shared-domain';

// The enums both sides share, registered once for the schema.
registerEnumType(MemberKind, { name: 'MemberKind', description: 'Who a person is in the movement.' });
registerEnumType(PlatformRole, { name: 'PlatformRole', description: 'Platform-wide role.' });
registerEnumType(Theme, { name: 'Theme', description: 'The shared list of themes.' });
registerEnumType(ProfileField, { name: 'ProfileField', description: 'Profile fields a member may make public.' });
registerEnumType(OrganisationKind, { name: 'OrganisationKind', description: 'Kind of organisation.' });

export { MemberKind, OrganisationKind, PlatformRole, ProfileField, Theme };
