import type { Labels } from './labels';

/** A practice's life: drafts are seen by their authors only; published ones belong to the commons. */
export enum PracticeStatus {
  DRAFT = 'DRAFT',
  PUBLISHED = 'PUBLISHED',
  ARCHIVED = 'ARCHIVED',
}

/** Reuse licences offered; CC BY-SA 4.0 by default, so that the commons of practices can spread. */
export enum PracticeLicence {
  CC_BY_SA_4_0 = 'CC_BY_SA_4_0',
  CC_BY_4_0 = 'CC_BY_4_0',
  CC_BY_NC_SA_4_0 = 'CC_BY_NC_SA_4_0',
  CC0_1_0 = 'CC0_1_0',
  ALL_RIGHTS_RESERVED = 'ALL_RIGHTS_RESERVED',
}

export const LICENCE_LABELS: Record<PracticeLicence, Labels & { url: string | null }> = {
  CC_BY_SA_4_0: {
    fr: 'Creative Commons BY-SA 4.0 (partage dans les mêmes conditions)',
    en: 'Creative Commons BY-SA 4.0 (share alike)',
    url: 'https://creativecommons.org/licenses/by-sa/4.0/deed.fr',
  },
  CC_BY_4_0: {
    fr: 'Creative Commons BY 4.0 (attribution)',
    en: 'Creative Commons BY 4.0 (attribution)',
    url: 'https://creativecommons.org/licenses/by/4.0/deed.fr',
  },
  CC_BY_NC_SA_4_0: {
    fr: 'Creative Commons BY-NC-SA 4.0 (pas d’usage commercial)',
    en: 'Creative Commons BY-NC-SA 4.0 (non-commercial)',
    url: 'https://creativecommons.org/licenses/by-nc-sa/4.0/deed.fr',
  },
  CC0_1_0: {
    fr: 'CC0 1.0 (domaine public)',
    en: 'CC0 1.0 (public domain)',
    url: 'https://creativecommons.org/publicdomain/zero/1.0/deed.fr',
  },
  ALL_RIGHTS_RESERVED: { fr: 'Tous droits réservés', en: 'All rights reserved', url: null },
};

/**
 * The sections of the founding document's initiative sheet (the "Cahier d'espérances"), plus our
 * own "conditions to replicate it" and "other" sections that keep their own heading. Listed in the
 * one fixed order in which a practice page shows them.
 */
export enum SectionKind {
  PRESENTATION = 'PRESENTATION',
  INDIGNATION = 'INDIGNATION',
  ARGUMENT = 'ARGUMENT',
  CARRYING_STRUCTURE = 'CARRYING_STRUCTURE',
  ORGANISATION = 'ORGANISATION',
  ACTORS = 'ACTORS',
  YOUTH = 'YOUTH',
  PARTNERS = 'PARTNERS',
  POSITIVE_ALLIANCES = 'POSITIVE_ALLIANCES',
  SUCCESS_FACTORS = 'SUCCESS_FACTORS',
  IMPACTS = 'IMPACTS',
  TESTIMONIALS = 'TESTIMONIALS',
  REPLICATION_CONDITIONS = 'REPLICATION_CONDITIONS',
  MESSAGE_PUBLIC = 'MESSAGE_PUBLIC',
  MESSAGE_DECISION_MAKERS = 'MESSAGE_DECISION_MAKERS',
  MESSAGE_SSE = 'MESSAGE_SSE',
  PROPOSALS = 'PROPOSALS',
  OTHER = 'OTHER',
}

/** Headings: in French as the sheet writes them. */
export const SECTION_LABELS: Record<SectionKind, Labels> = {
  PRESENTATION: { fr: 'Présentation de l’initiative (Quoi ?)', en: 'Presentation of the initiative (What?)' },
  INDIGNATION: { fr: 'Synthèse de mon indignation en une seule phrase', en: 'My indignation in one sentence' },
  ARGUMENT: { fr: 'Argumentaire', en: 'Argument' },
  CARRYING_STRUCTURE: { fr: 'La structure, porteuse de l’initiative', en: 'The structure carrying the initiative' },
  ORGANISATION: { fr: 'L’organisation', en: 'The organisation' },
  ACTORS: { fr: 'Les acteurs (Qui ?)', en: 'The actors (Who?)' },
  YOUTH: { fr: 'Les jeunes', en: 'Young people' },
  PARTNERS: { fr: 'Les partenaires', en: 'Partners' },
  POSITIVE_ALLIANCES: { fr: 'Quelles alliances positives ?', en: 'Which positive alliances?' },
  SUCCESS_FACTORS: { fr: 'Facteurs de succès', en: 'Success factors' },
  IMPACTS: { fr: 'Impacts de l’initiative', en: 'Impacts of the initiative' },
  TESTIMONIALS: { fr: 'Témoignages', en: 'Testimonials' },
  REPLICATION_CONDITIONS: { fr: 'Conditions pour la reproduire', en: 'Conditions to replicate it' },
  MESSAGE_PUBLIC: { fr: 'Message à l’opinion', en: 'Message to the public' },
  MESSAGE_DECISION_MAKERS: { fr: 'Message aux décideurs', en: 'Message to decision makers' },
  MESSAGE_SSE: { fr: 'Message à ceux qui font l’ESS', en: 'Message to those who make the social economy' },
  PROPOSALS: { fr: 'Propositions pour convaincre l’opinion', en: 'Proposals to convince the public' },
  OTHER: { fr: 'Autre', en: 'Other' },
};

/** The fixed, readable order of the sections on a practice page. */
export const SECTION_ORDER: readonly SectionKind[] = Object.values(SectionKind);

export const PRACTICE_LIMITS = {
  titleMin: 3,
  titleMax: 200,
  summaryMax: 1200,
  sectionBodyMax: 20000,
  sectionHeadingMax: 200,
  sectionsMax: 40,
  authorsMax: 20,
  /** Text pasted into the importer. */
  cahierMax: 100_000,
} as const;

export interface PracticeSectionValue {
  kind: SectionKind;
  /** The section's own heading, for OTHER sections. */
  heading: string | null;
  /** Markdown. */
  body: string;
}

/** Sections sorted in the page's fixed order; "other" sections keep their order among themselves. */
export function sortSections<T extends { kind: SectionKind }>(sections: readonly T[]): T[] {
  return sections
    .map((section, index) => ({ section, index }))
    .sort((a, b) => SECTION_ORDER.indexOf(a.section.kind) - SECTION_ORDER.indexOf(b.section.kind) || a.index - b.index)
    .map((x) => x.section);
}

/** How far a replication has gone. */
export enum ReplicationStatus {
  EXPLORING = 'EXPLORING',
  IN_PROGRESS = 'IN_PROGRESS',
  DONE = 'DONE',
}

export const REPLICATION_STATUS_LABELS: Record<ReplicationStatus, Labels> = {
  EXPLORING: { fr: 'À l’étude', en: 'Exploring' },
  IN_PROGRESS: { fr: 'En cours', en: 'In progress' },
  DONE: { fr: 'Réalisée', en: 'Done' },
};

export const REPLICATION_LIMITS = { notesMax: 2000, listMax: 200 } as const;

/** Appreciation of a practice: one of each per member, toggled. */
export enum PracticeReaction {
  USEFUL = 'USEFUL',
  INSPIRING = 'INSPIRING',
}

export const COMMENT_LIMITS = { bodyMax: 10000, perMinute: 10 } as const;

/** Files of a practice: a cover image and up to five attachments (images or PDF), 10 MB each, checked by content. */
export const FILE_LIMITS = { maxBytes: 10 * 1024 * 1024, attachmentsMax: 5, nameMax: 200 } as const;

export enum PracticeFileKind {
  COVER = 'COVER',
  ATTACHMENT = 'ATTACHMENT',
}
