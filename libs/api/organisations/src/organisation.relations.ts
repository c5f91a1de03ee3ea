import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { lazy, type RequestContext } from '@mouvement/api-core';
import { toMember } from '@mouvement/api-accounts';
import { TerritoriesService } from '@mouvement/api-territories';
import { DataSource } from 'typeorm';
import { OrganisationLoaders } from './organisation.loader';
import { managesOrganisation } from './organisation-access';
import type { Organisation } from './organisation.model';
import { rowToOrganisation, toMembership } from './organisations.service';

/**
 * Gives organisations their relation fields as lazy promises over the request's DataLoaders: a
 * relation costs one statement per page when selected, nothing when not, and no resolver call per item.
 */
@Injectable()
export class OrganisationRelations {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly territories: TerritoriesService,
  ) {}

  /** An organisation by id with its relations, through the request's loader; null when deleted. */
  async byId(ctx: RequestContext, id: string | null): Promise<Organisation | null> {
    if (!id) return null;
    const row = await new OrganisationLoaders(ctx, this.dataSource).byId.load(id);
    return row ? this.attach(rowToOrganisation(row, await this.territories.snapshot()), ctx) : null;
  }

  attach<T extends Organisation | null>(org: T, ctx: RequestContext): T {
    if (!org) return org;
    const loaders = new OrganisationLoaders(ctx, this.dataSource);
    const owners = lazy(() => loaders.owners.load(org.id));
    const viewerMembership = lazy(() => loaders.viewerMembership.load(org.id));
    org.memberCount = lazy(() => loaders.activeMemberCount.load(org.id));
    org.owners = lazy(async () => {
      const [rows, territories] = await Promise.all([owners, this.territories.snapshot()]);
      return rows.map((row) => toMember(row, ctx.viewer, territories));
    });
    org.claimable = lazy(async () => (await owners).length === 0);
    org.members = lazy(async () => (ctx.viewer ? (await loaders.activeMembers.load(org.id)).map(toMembership) : []));
    org.viewerMembership = lazy(async () => {
      const row = await viewerMembership;
      return row ? toMembership(row) : null;
    });
    org.joinRequests = lazy(async () =>
      managesOrganisation(ctx.viewer, await viewerMembership) ? (await loaders.pendingRequests.load(org.id)).map(toMembership) : null,
    );
    return org;
  }
}
