import { BaseEntity } from '@mouvement/api-core';
import { GroupMembershipStatus, GroupRole } from '@mouvement/shared-domain';
import { Column, Entity } from 'typeorm';

@Entity('group_member')
export class GroupMemberEntity extends BaseEntity {
  @Column({ type: 'uuid' }) groupId!: string;
  @Column({ type: 'uuid' }) accountId!: string;
  @Column({ type: 'text' }) role!: GroupRole;
  @Column({ type: 'text' }) status!: GroupMembershipStatus;
  @Column({ type: 'text', nullable: true }) message!: string | null;
  @Column({ type: 'text', array: true, default: () => "'{}'" }) answers!: string[];
  @Column({ type: 'uuid', nullable: true }) decidedById!: string | null;
  @Column({ type: 'timestamptz', nullable: true }) decidedAt!: Date | null;
}
