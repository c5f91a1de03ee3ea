import { Module } from '@nestjs/common';
import { TerritoriesModule } from '@mouvement/api-territories';
import { AccountsResolver } from './accounts.resolver';
import { AccountsService } from './accounts.service';
import { MembersResolver } from './members.resolver';
import { MembersService } from './members.service';
import { SessionsService } from './sessions.service';
import { SignInThrottle } from './sign-in-throttle';

@Module({
  imports: [TerritoriesModule],
  providers: [AccountsService, AccountsResolver, SessionsService, SignInThrottle, MembersService, MembersResolver],
  exports: [AccountsService, MembersService],
})
export class AccountsModule {}
