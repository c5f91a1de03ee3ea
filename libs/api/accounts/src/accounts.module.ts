import { Module } from '@nestjs/common';
import { TerritoriesModule } from '@mouvement/api-territories';
import { AccountsResolver } from './accounts.resolver';
import { AccountsService } from './accounts.service';

@Module({
  imports: [TerritoriesModule],
  providers: [AccountsService, AccountsResolver],
  exports: [AccountsService],
})
export class AccountsModule {}
