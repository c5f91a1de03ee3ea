import type { Labels } from './labels';

/** Versions of the terms and privacy notice a person accepts at sign-up (recorded with the account). */
export const TERMS_VERSION = '2026-11-27';
export const PRIVACY_VERSION = '2026-11-27';

/**
 * Profile fields a member may choose to make public. Name and region are always visible to other
 * members; everything else stays private until chosen. Email is never shown to other members.
 */
export enum ProfileField {
  BIO = 'BIO',
  SKILLS = 'SKILLS',
  THEMES = 'THEMES',
  DEPARTMENT = 'DEPARTMENT',
}

export const PROFILE_FIELD_LABELS: Record<ProfileField, Labels> = {
  BIO: { fr: 'Présentation', en: 'Bio' },
  SKILLS: { fr: 'Compétences', en: 'Skills' },
  THEMES: { fr: "Thèmes d'intérêt", en: 'Themes of interest' },
  DEPARTMENT: { fr: 'Département', en: 'Department' },
};

/** Sign-in failures for one account within the window before it is throttled. */
export const SIGN_IN_MAX_FAILURES = 5;
export const SIGN_IN_FAILURE_WINDOW_MINUTES = 15;
export const ACCESS_TOKEN_MINUTES = 15;
export const REFRESH_TOKEN_DAYS = 30;
export const PASSWORD_RESET_MINUTES = 60;
export const EMAIL_VERIFICATION_HOURS = 48;
