import { BaseEntity } from '@mouvement/api-core';
import { Column, Entity } from 'typeorm';

export enum ClaimStatus {
  PENDING = 'PENDING',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
}

/** A request to become the owner of an organisation that has none (demo data, or created by someone else). */
@Entity('organisation_claim')
export class OrganisationClaimEntity extends BaseEntity {
  @Column({ type: 'uuid' })
  organisationId!: string;

  @Column({ type: 'uuid' })
  accountId!: string;

  @Column({ type: 'text' })
  justification!: string;

  @Column({ type: 'text', default: ClaimStatus.PENDING })
  status!: ClaimStatus;

  @Column({ type: 'uuid', nullable: true })
  decidedById!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  decidedAt!: Date | null;
}
