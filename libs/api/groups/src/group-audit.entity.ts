import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

export enum GroupAuditAction {
  APPROVE = 'APPROVE',
  DECLINE = 'DECLINE',
  REMOVE = 'REMOVE',
  BAN = 'BAN',
  APPOINT = 'APPOINT',
  REVOKE = 'REVOKE',
  INVITE = 'INVITE',
  INVITE_LINK_CREATE = 'INVITE_LINK_CREATE',
  INVITE_LINK_REVOKE = 'INVITE_LINK_REVOKE',
  JOIN_BY_LINK = 'JOIN_BY_LINK',
  UPDATE = 'UPDATE',
  HIDE = 'HIDE',
  AUTO_HIDE = 'AUTO_HIDE',
  RESTORE = 'RESTORE',
  DISMISS = 'DISMISS',
  DELETE_EVENT = 'DELETE_EVENT',
}

/** Every membership and moderation action, readable by the group's coordinators and admins. */
@Entity('group_audit')
export class GroupAuditEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid' }) groupId!: string;
  @Column({ type: 'uuid', nullable: true }) actorId!: string | null;
  @Column({ type: 'text' }) action!: GroupAuditAction;
  @Column({ type: 'uuid', nullable: true }) targetAccountId!: string | null;
  @Column({ type: 'text', nullable: true }) detail!: string | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
}
