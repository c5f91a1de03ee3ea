import { Module } from '@nestjs/common';
import { GroupsModule } from '@mouvement/api-groups';
import { OrganisationsModule } from '@mouvement/api-organisations';
import { TerritoriesModule } from '@mouvement/api-territories';
import { PracticeRelations } from './practice.relations';
import { PracticesResolver } from './practices.resolver';
import { PracticesService } from './practices.service';
import { ReplicationsResolver } from './replications.resolver';
import { ReplicationsService } from './replications.service';

@Module({
  imports: [TerritoriesModule, OrganisationsModule, GroupsModule],
  providers: [PracticesService, PracticeRelations, PracticesResolver, ReplicationsService, ReplicationsResolver],
  exports: [PracticesService],
})
export class PracticesModule {}
