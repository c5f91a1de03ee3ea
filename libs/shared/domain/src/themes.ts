import type { Labels } from './labels';

/** The one shared list of themes used by members, organisations, groups, practices and projects. */
export enum Theme {
  ENERGY = 'ENERGY',
  ENVIRONMENT = 'ENVIRONMENT',
  MOBILITY = 'MOBILITY',
  CIRCULAR_ECONOMY = 'CIRCULAR_ECONOMY',
  PERSONAL_SERVICES = 'PERSONAL_SERVICES',
  EMPLOYMENT = 'EMPLOYMENT',
  HOUSING = 'HOUSING',
  FOOD = 'FOOD',
  CULTURE = 'CULTURE',
  EDUCATION = 'EDUCATION',
  HEALTH = 'HEALTH',
  FINANCE = 'FINANCE',
  DIGITAL = 'DIGITAL',
}

export const THEME_LABELS: Record<Theme, Labels> = {
  ENERGY: { fr: 'Énergie', en: 'Energy' },
  ENVIRONMENT: { fr: 'Environnement', en: 'Environment' },
  MOBILITY: { fr: 'Mobilité', en: 'Mobility' },
  CIRCULAR_ECONOMY: { fr: 'Économie circulaire', en: 'Circular economy' },
  PERSONAL_SERVICES: { fr: 'Services aux personnes', en: 'Personal services' },
  EMPLOYMENT: { fr: 'Emploi et insertion', en: 'Employment and work integration' },
  HOUSING: { fr: 'Logement', en: 'Housing' },
  FOOD: { fr: 'Alimentation', en: 'Food' },
  CULTURE: { fr: 'Culture', en: 'Culture' },
  EDUCATION: { fr: 'Éducation', en: 'Education' },
  HEALTH: { fr: 'Santé', en: 'Health' },
  FINANCE: { fr: 'Finance solidaire', en: 'Solidarity finance' },
  DIGITAL: { fr: 'Numérique', en: 'Digital' },
};

export const THEMES: readonly Theme[] = Object.values(Theme);
