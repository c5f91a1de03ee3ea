import { OrganisationClaimEntity } from './organisation-claim.entity';
import { OrganisationMemberEntity } from './organisation-member.entity';
import { OrganisationEntity } from './organisation.entity';

export * from './organisation-access';
export * from './organisation-claim.entity';
export * from './organisation-member.entity';
export * from './organisation.entity';
export * from './organisation.model';
export * from './organisations.module';
export * from './organisations.service';

export const ORGANISATION_ENTITIES = [OrganisationEntity, OrganisationMemberEntity, OrganisationClaimEntity];
export * from './organisation.relations';
