import { Module } from '@nestjs/common';
import { APP_CONFIG, FILE_STORAGE, LocalFileStorage, type AppConfig } from '@mouvement/api-core';
import { join } from 'node:path';
import { GroupsModule } from '@mouvement/api-groups';
import { OrganisationsModule } from '@mouvement/api-organisations';
import { TerritoriesModule } from '@mouvement/api-territories';
import { PracticeFilesController, PracticeFilesResolver, PracticeFilesService } from './practice-files';
import { PracticeRelations } from './practice.relations';
import { PracticesResolver } from './practices.resolver';
import { PracticesService } from './practices.service';
import { CahierImportService } from './cahier-import.service';
import { PracticeConversationResolver } from './conversation.resolver';
import { PracticeConversationService } from './conversation.service';
import { ReplicationsResolver } from './replications.resolver';
import { ReplicationsService } from './replications.service';

@Module({
  imports: [TerritoriesModule, OrganisationsModule, GroupsModule],
  controllers: [PracticeFilesController],
  providers: [
    {
      provide: FILE_STORAGE,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => new LocalFileStorage(join(config.dataDir, 'uploads')),
    },
    PracticeFilesService,
    PracticeFilesResolver,

    PracticesService,
    CahierImportService,
    PracticeRelations,
    PracticesResolver,
    ReplicationsService,
    ReplicationsResolver,
    PracticeConversationService,
    PracticeConversationResolver,
  ],
  exports: [PracticesService],
})
export class PracticesModule {}
