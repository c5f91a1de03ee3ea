import type { Labels } from './labels';

/** Who a person is in the movement; chosen at sign-up. */
export enum MemberKind {
  SOCIAL_ENTREPRENEUR = 'SOCIAL_ENTREPRENEUR',
  PARTNER = 'PARTNER',
  YOUTH = 'YOUTH',
  SUPPORTER = 'SUPPORTER',
}

export const MEMBER_KIND_LABELS: Record<MemberKind, Labels> = {
  SOCIAL_ENTREPRENEUR: { fr: 'Entrepreneur·e social·e', en: 'Social entrepreneur' },
  PARTNER: { fr: 'Partenaire', en: 'Partner' },
  YOUTH: { fr: 'Jeune', en: 'Young person' },
  SUPPORTER: { fr: 'Sympathisant·e', en: 'Supporter' },
};

/** Platform-wide role; group and organisation roles live with their domains. */
export enum PlatformRole {
  MEMBER = 'MEMBER',
  ADMIN = 'ADMIN',
}
