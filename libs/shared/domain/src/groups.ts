import type { Labels } from './labels';

/** The movement's groups: the national movement, regional collectives, thematic circles, local chapters. */
export enum GroupKind {
  NATIONAL = 'NATIONAL',
  REGIONAL_COLLECTIVE = 'REGIONAL_COLLECTIVE',
  THEMATIC_CIRCLE = 'THEMATIC_CIRCLE',
  LOCAL_CHAPTER = 'LOCAL_CHAPTER',
}

export enum GroupVisibility {
  PUBLIC = 'PUBLIC',
  MEMBERS_ONLY = 'MEMBERS_ONLY',
}

export enum JoinPolicy {
  OPEN = 'OPEN',
  ON_REQUEST = 'ON_REQUEST',
  INVITE_ONLY = 'INVITE_ONLY',
}

export enum GroupRole {
  COORDINATOR = 'COORDINATOR',
  MEMBER = 'MEMBER',
}

export enum GroupMembershipStatus {
  ACTIVE = 'ACTIVE',
  PENDING = 'PENDING',
  INVITED = 'INVITED',
  BANNED = 'BANNED',
}

export const GROUP_KIND_LABELS: Record<GroupKind, Labels> = {
  NATIONAL: { fr: 'Mouvement national', en: 'National movement' },
  REGIONAL_COLLECTIVE: { fr: 'Collectif régional', en: 'Regional collective' },
  THEMATIC_CIRCLE: { fr: 'Cercle thématique', en: 'Thematic circle' },
  LOCAL_CHAPTER: { fr: 'Antenne locale', en: 'Local chapter' },
};

export const JOIN_POLICY_LABELS: Record<JoinPolicy, Labels> = {
  OPEN: { fr: 'Ouvert à tous', en: 'Open to all' },
  ON_REQUEST: { fr: 'Sur demande', en: 'On request' },
  INVITE_ONLY: { fr: 'Sur invitation', en: 'By invitation' },
};

export const VISIBILITY_LABELS: Record<GroupVisibility, Labels> = {
  PUBLIC: { fr: 'Public', en: 'Public' },
  MEMBERS_ONLY: { fr: 'Réservé aux membres', en: 'Members only' },
};

export const GROUP_LIMITS = {
  nameMax: 120,
  descriptionMax: 5000,
  charterMax: 20000,
  joinQuestionsMax: 5,
  joinQuestionMax: 300,
  answerMax: 1000,
  invitationDays: 14,
  invitesMax: 50,
  /** Shareable invitation links active at once in a group. */
  inviteLinksMax: 10,
} as const;
