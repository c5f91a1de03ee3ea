import { sqlOf, type Viewer } from '@mouvement/api-core';
import type { DataSource } from 'typeorm';
import { MembershipStatus, OrganisationRole } from './organisation-member.entity';

/**
 * The one rule for who acts for an organisation (edits it, answers requests to join, changes
 * roles, removes members) and so reads what people wrote when asking to join: its active owners and
 * admins. Platform admins are not among them: they moderate (remove an organisation from the
 * directories, decide claims), they do not speak for one. `own` is the viewer's membership of it.
 */
export function managesOrganisation(
  _viewer: Viewer | null | undefined,
  own: { role: OrganisationRole; status: MembershipStatus } | null | undefined,
): boolean {
  return own?.status === MembershipStatus.ACTIVE && (own.role === OrganisationRole.OWNER || own.role === OrganisationRole.ADMIN);
}

/**
 * Whether a person may name an organisation as theirs (the one running a practice, the one a
 * replication is declared for): they are an active member of it, whatever their role. Platform
 * admins are not exempt: admins moderate, they do not speak for an organisation.
 */
export async function belongsToOrganisation(dataSource: DataSource, accountId: string, organisationId: string): Promise<boolean> {
  const rows = await sqlOf(dataSource)(
    `SELECT 1 FROM organisation_member m JOIN organisation o ON o.id = m.organisation_id AND o.deleted_at IS NULL
     WHERE m.organisation_id = $1 AND m.account_id = $2 AND m.status = 'ACTIVE'`,
    [organisationId, accountId],
  );
  return rows.length > 0;
}
