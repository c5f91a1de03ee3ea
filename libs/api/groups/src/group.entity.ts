import { BaseEntity } from '@mouvement/api-core';
import { GroupKind, GroupVisibility, JoinPolicy, Theme } from '@mouvement/shared-domain';
import { Column, DeleteDateColumn, Entity } from 'typeorm';

/** A group of the movement ("group" is a reserved word in SQL, hence the table name). */
@Entity('movement_group')
export class GroupEntity extends BaseEntity {
  @Column({ type: 'text' }) name!: string;
  @Column({ type: 'text' }) slug!: string;
  @Column({ type: 'text' }) kind!: GroupKind;
  @Column({ type: 'uuid', nullable: true }) parentId!: string | null;
  @Column({ type: 'varchar', length: 3, nullable: true }) regionCode!: string | null;
  @Column({ type: 'varchar', length: 3, nullable: true }) departmentCode!: string | null;
  @Column({ type: 'text', array: true, default: () => "'{}'" }) themes!: Theme[];
  @Column({ type: 'text', nullable: true }) description!: string | null;
  @Column({ type: 'text', nullable: true }) charter!: string | null;
  @Column({ type: 'text', array: true, default: () => "'{}'" }) joinQuestions!: string[];
  @Column({ type: 'text' }) visibility!: GroupVisibility;
  @Column({ type: 'text' }) joinPolicy!: JoinPolicy;
  @Column({ type: 'uuid', nullable: true }) createdById!: string | null;
  @DeleteDateColumn({ type: 'timestamptz', nullable: true }) deletedAt!: Date | null;
}
