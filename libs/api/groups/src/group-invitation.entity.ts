import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** An emailed invitation: valid 14 days, accepted once; the token is stored as a digest. */
@Entity('group_invitation')
export class GroupInvitationEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid' }) groupId!: string;
  @Column({ type: 'text' }) email!: string;
  @Column({ type: 'text' }) tokenHash!: string;
  @Column({ type: 'uuid', nullable: true }) invitedById!: string | null;
  @Column({ type: 'timestamptz' }) expiresAt!: Date;
  @Column({ type: 'timestamptz', nullable: true }) acceptedAt!: Date | null;
  @Column({ type: 'uuid', nullable: true }) acceptedById!: string | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
}
