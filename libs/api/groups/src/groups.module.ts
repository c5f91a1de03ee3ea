import { Module } from '@nestjs/common';
import { TerritoriesModule } from '@mouvement/api-territories';
import { GroupRelations } from './group.relations';
import { GroupsResolver } from './groups.resolver';
import { GroupsService } from './groups.service';

@Module({
  imports: [TerritoriesModule],
  providers: [GroupsService, GroupRelations, GroupsResolver],
  exports: [GroupsService],
})
export class GroupsModule {}
