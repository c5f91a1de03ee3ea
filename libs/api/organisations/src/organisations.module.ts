import { Module } from '@nestjs/common';
import { TerritoriesModule } from '@mouvement/api-territories';
import { OrganisationClaimResolver, OrganisationMembershipResolver } from './organisation-membership.resolver';
import { MovementFiguresResolver } from './movement-figures.resolver';
import { OrganisationRelations } from './organisation.relations';
import { OrganisationsResolver } from './organisations.resolver';
import { OrganisationsService } from './organisations.service';

@Module({
  imports: [TerritoriesModule],
  providers: [
    OrganisationsService,
    OrganisationRelations,
    OrganisationsResolver,
    MovementFiguresResolver,
    OrganisationMembershipResolver,
    OrganisationClaimResolver,
  ],
  exports: [OrganisationsService, OrganisationRelations],
})
export class OrganisationsModule {}
