import { BaseEntity } from '@mouvement/api-core';
import { Column, Entity } from 'typeorm';

export enum OrganisationRole {
  OWNER = 'OWNER',
  ADMIN = 'ADMIN',
  MEMBER = 'MEMBER',
}

export enum MembershipStatus {
  ACTIVE = 'ACTIVE',
  PENDING = 'PENDING',
}

@Entity('organisation_member')
export class OrganisationMemberEntity extends BaseEntity {
  @Column({ type: 'uuid' })
  organisationId!: string;

  @Column({ type: 'uuid' })
  accountId!: string;

  @Column({ type: 'text' })
  role!: OrganisationRole;

  @Column({ type: 'text' })
  status!: MembershipStatus;

  @Column({ type: 'text', nullable: true })
  message!: string | null;

  @Column({ type: 'uuid', nullable: true })
  decidedById!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  decidedAt!: Date | null;
}
