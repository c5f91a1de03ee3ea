import { BaseEntity } from '@mouvement/api-core';
import { MemberKind, PlatformRole, ProfileField, Theme, type Locale } from '@mouvement/shared-domain';
import { Column, DeleteDateColumn, Entity } from 'typeorm';

@Entity('account')
export class AccountEntity extends BaseEntity {
  /** Stored trimmed and lower-cased; unique case-insensitively (index on lower(email)). */
  @Column({ type: 'text' })
  email!: string;

  @Column({ type: 'text' })
  passwordHash!: string;

  @Column({ type: 'text' })
  displayName!: string;

  @Column({ type: 'text' })
  kind!: MemberKind;

  @Column({ type: 'text', default: PlatformRole.MEMBER })
  role!: PlatformRole;

  @Column({ type: 'varchar', length: 3 })
  regionCode!: string;

  @Column({ type: 'varchar', length: 3, nullable: true })
  departmentCode!: string | null;

  @Column({ type: 'text', nullable: true })
  bio!: string | null;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  skills!: string[];

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  themes!: Theme[];

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  publicFields!: ProfileField[];

  @Column({ type: 'varchar', length: 2, default: 'fr' })
  locale!: Locale;

  @Column({ type: 'timestamptz', nullable: true })
  emailVerifiedAt!: Date | null;

  @Column({ type: 'text' })
  termsVersion!: string;

  @Column({ type: 'text' })
  privacyVersion!: string;

  @Column({ type: 'timestamptz' })
  termsAcceptedAt!: Date;

  @Column({ type: 'timestamptz' })
  ageConfirmedAt!: Date;

  /** When the "someone tried to sign up with your address" mail last went out (it goes at most every few minutes). */
  @Column({ type: 'timestamptz', nullable: true })
  signUpNoticeAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  lastSignInAt!: Date | null;

  @DeleteDateColumn({ type: 'timestamptz', nullable: true })
  deletedAt!: Date | null;
}
