import type { Labels } from './labels';

export enum OrganisationKind {
  SOCIAL_ENTERPRISE = 'SOCIAL_ENTERPRISE',
  ASSOCIATION = 'ASSOCIATION',
  COOPERATIVE = 'COOPERATIVE',
  MUTUAL = 'MUTUAL',
  FOUNDATION = 'FOUNDATION',
  CLASSIC_ENTERPRISE = 'CLASSIC_ENTERPRISE',
  RESEARCH_LAB = 'RESEARCH_LAB',
  INCUBATOR = 'INCUBATOR',
  UNIVERSITY = 'UNIVERSITY',
  LOCAL_AUTHORITY = 'LOCAL_AUTHORITY',
  FUNDER = 'FUNDER',
  OTHER = 'OTHER',
}

export const ORGANISATION_KIND_LABELS: Record<OrganisationKind, Labels> = {
  SOCIAL_ENTERPRISE: { fr: 'Entreprise sociale', en: 'Social enterprise' },
  ASSOCIATION: { fr: 'Association', en: 'Association' },
  COOPERATIVE: { fr: 'Coopérative', en: 'Cooperative' },
  MUTUAL: { fr: 'Mutuelle', en: 'Mutual' },
  FOUNDATION: { fr: 'Fondation', en: 'Foundation' },
  CLASSIC_ENTERPRISE: { fr: 'Entreprise classique', en: 'Classic enterprise' },
  RESEARCH_LAB: { fr: 'Laboratoire de recherche', en: 'Research lab' },
  INCUBATOR: { fr: 'Incubateur', en: 'Incubator' },
  UNIVERSITY: { fr: 'Université', en: 'University' },
  LOCAL_AUTHORITY: { fr: 'Collectivité territoriale', en: 'Local authority' },
  FUNDER: { fr: 'Financeur', en: 'Funder' },
  OTHER: { fr: 'Autre', en: 'Other' },
};

/**
 * Kinds that belong to the social and solidarity economy by their statute (2014 ESS law, art. 1):
 * associations, cooperatives, mutuals and foundations, plus social enterprises.
 * A classic company counts when it holds the ESUS approval.
 */
const SOCIAL_ECONOMY_KINDS: ReadonlySet<OrganisationKind> = new Set([
  OrganisationKind.SOCIAL_ENTERPRISE,
  OrganisationKind.ASSOCIATION,
  OrganisationKind.COOPERATIVE,
  OrganisationKind.MUTUAL,
  OrganisationKind.FOUNDATION,
]);

export function isSocialEconomy(kind: OrganisationKind, esusApproved: boolean): boolean {
  return SOCIAL_ECONOMY_KINDS.has(kind) || esusApproved;
}

export const SOCIAL_ECONOMY_KIND_LIST: readonly OrganisationKind[] = [...SOCIAL_ECONOMY_KINDS];
