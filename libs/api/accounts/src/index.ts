import { AccountTokenEntity } from './account-token.entity';
import { AccountEntity } from './account.entity';
import { RefreshTokenEntity } from './refresh-token.entity';

export * from './account-token.entity';
export * from './account.entity';
export * from './account.mapper';
export * from './account.model';
export * from './accounts.module';
export * from './accounts.service';
export * from './member.model';
export * from './members.args';
export * from './members.service';
export * from './refresh-token.entity';
export * from './sessions.service';
export * from './session-cookie';

export const ACCOUNT_ENTITIES = [AccountEntity, RefreshTokenEntity, AccountTokenEntity];
