import { Module } from '@nestjs/common';
import { TerritoriesModule } from '@mouvement/api-territories';
import { GroupRelations } from './group.relations';
import { GroupsResolver } from './groups.resolver';
import { GroupsService } from './groups.service';
import { PostsResolver } from './posts.resolver';
import { PostsService } from './posts.service';

@Module({
  imports: [TerritoriesModule],
  providers: [GroupsService, GroupRelations, GroupsResolver, PostsService, PostsResolver],
  exports: [GroupsService],
})
export class GroupsModule {}
