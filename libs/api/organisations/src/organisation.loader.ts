import { groupedLoader, keyedLoader, sqlOf, type RequestContext, type Sql } from '@mouvement/api-core';
import { MEMBER_COLUMNS, memberByIdLoader, type MemberRow } from '@mouvement/api-accounts';
import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { OrganisationMemberEntity } from './organisation-member.entity';
import { ORGANISATION_COLUMNS, type OrganisationRow } from './organisations.service';

/**
 * The organisation domain's per-request loaders: each relation of a page of N organisations costs
 * one statement, whatever N.
 */
export class OrganisationLoaders {
  private readonly sql: Sql;

  constructor(
    private readonly ctx: RequestContext,
    dataSource: DataSource,
  ) {
    this.sql = sqlOf(dataSource);
  }

  get byId() {
    return this.ctx.loaders.get('organisation.byId', () =>
      keyedLoader<OrganisationRow>(
        (ids) => this.sql(`SELECT ${ORGANISATION_COLUMNS} FROM organisation o WHERE o.id = ANY($1) AND o.deleted_at IS NULL`, [ids]),
        (r) => r.id,
      ),
    );
  }

  get activeMemberCount() {
    return this.ctx.loaders.get(
      'organisation.memberCount',
      () =>
        new DataLoader<string, number>(async (ids) => {
          const rows = (await this.sql<{ organisation_id: string; n: number }>(
            `SELECT organisation_id, count(*)::int AS n FROM organisation_member WHERE status = 'ACTIVE' AND organisation_id = ANY($1) GROUP BY 1`,
            [ids],
          )) as { organisation_id: string; n: number }[];
          const byId = new Map(rows.map((r) => [r.organisation_id, r.n]));
          return ids.map((id) => byId.get(id) ?? 0);
        }),
    );
  }

  /** Active owners, as member rows (visibility is applied by the resolver). */
  get owners() {
    return this.ctx.loaders.get('organisation.owners', () =>
      groupedLoader<MemberRow & { organisation_id: string }>(
        (ids) =>
          this.sql(
            `SELECT m.organisation_id, ${MEMBER_COLUMNS}
             FROM organisation_member m JOIN account a ON a.id = m.account_id AND a.deleted_at IS NULL
             WHERE m.role = 'OWNER' AND m.status = 'ACTIVE' AND m.organisation_id = ANY($1)
             ORDER BY m.created_at`,
            [ids],
          ),
        (r) => r.organisation_id,
      ),
    );
  }

  /** Active members with their membership, for the organisation page. */
  get activeMembers() {
    return this.ctx.loaders.get('organisation.members', () =>
      groupedLoader<OrganisationMemberEntity>(
        (ids) =>
          this.sql(
            `SELECT id, organisation_id AS "organisationId", account_id AS "accountId", role, status, message, created_at AS "createdAt"
             FROM organisation_member WHERE status = 'ACTIVE' AND organisation_id = ANY($1)
             ORDER BY CASE role WHEN 'OWNER' THEN 0 WHEN 'ADMIN' THEN 1 ELSE 2 END, created_at`,
            [ids],
          ),
        (r) => r.organisationId,
      ),
    );
  }

  get pendingRequests() {
    return this.ctx.loaders.get('organisation.pending', () =>
      groupedLoader<OrganisationMemberEntity>(
        (ids) =>
          this.sql(
            `SELECT id, organisation_id AS "organisationId", account_id AS "accountId", role, status, message, created_at AS "createdAt"
             FROM organisation_member WHERE status = 'PENDING' AND organisation_id = ANY($1) ORDER BY created_at`,
            [ids],
          ),
        (r) => r.organisationId,
      ),
    );
  }

  /** The viewer's own membership (active or pending) of each organisation. */
  get viewerMembership() {
    const viewerId = this.ctx.viewer?.id;
    return this.ctx.loaders.get('organisation.viewerMembership', () =>
      keyedLoader<OrganisationMemberEntity>(
        async (ids) =>
          viewerId
            ? this.sql(
                `SELECT id, organisation_id AS "organisationId", account_id AS "accountId", role, status, message, created_at AS "createdAt"
                 FROM organisation_member WHERE account_id = $1 AND organisation_id = ANY($2)`,
                [viewerId, ids],
              )
            : [],
        (r) => r.organisationId,
      ),
    );
  }

  get accountById() {
    return memberByIdLoader(this.ctx, this.sql);
  }
}
