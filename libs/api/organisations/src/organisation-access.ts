import type { Viewer } from '@mouvement/api-core';
import { isAdmin } from '@mouvement/api-auth';
import { MembershipStatus, OrganisationRole } from './organisation-member.entity';

/**
 * The one rule for who manages an organisation's people (answers requests to join, changes roles,
 * removes members) and so reads what people wrote when asking to join: its active owners and
 * admins, and platform admins as moderators. `own` is the viewer's membership of it, if any.
 */
export function managesOrganisation(
  viewer: Viewer | null | undefined,
  own: { role: OrganisationRole; status: MembershipStatus } | null | undefined,
): boolean {
  if (isAdmin(viewer)) return true;
  return own?.status === MembershipStatus.ACTIVE && (own.role === OrganisationRole.OWNER || own.role === OrganisationRole.ADMIN);
}
