import { PRACTICE_LIMITS, SECTION_LABELS, SectionKind, type PracticeSectionValue } from './practices';

/**
 * Reads the text of an initiative sheet in the format of the founding document (a "Cahier
 * d'espérances" copied from the Labo de l'ESS site) into a draft practice: title, sections, and the
 * lines it could not place. Nothing is lost: every content line ends up in the title, the summary
 * or a section, written as it was (typos included).
 */
export interface ParsedCahier {
  title: string;
  /** Lines between the title and the first heading, if any. */
  summary: string | null;
  sections: PracticeSectionValue[];
  /** Lines left out: the site's boilerplate (description of the think tank, breadcrumb). */
  unplaced: string[];
}

/** Whitespace as `\s` reads it (spaces, tabs, non-breaking and thin spaces, line breaks). */
const isSpace = (c: string) => c.trim() === '';
/** Punctuation that may end a heading without changing it ("Argumentaire :", "Quels impacts ?"). */
const TRAILING = new Set([...' .:;,!?…']);

/**
 * Case, accents, non-breaking and thin spaces, apostrophes and trailing punctuation do not count.
 * Every step is a single pass (a sheet is pasted by anyone, and may be written to hurt).
 */
export function normaliseHeading(line: string): string {
  const spaced = line
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’‘`´]/g, "'")
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
  let end = spaced.length;
  while (end > 0 && TRAILING.has(spaced[end - 1] as string)) end -= 1;
  return spaced.slice(0, end);
}

/** Every heading the sheet uses, normalised, with its kind (our own REPLICATION_CONDITIONS too). */
const HEADINGS: ReadonlyMap<string, SectionKind> = new Map(
  Object.values(SectionKind)
    .filter((kind) => kind !== SectionKind.OTHER)
    .map((kind) => [normaliseHeading(SECTION_LABELS[kind].fr), kind] as const),
);

/**
 * A line longer than the longest heading with some spacing and punctuation around it is never a
 * heading: it is not normalised at all, so a long pasted line costs one length check.
 */
export const HEADING_LINE_MAX = Math.max(...Object.values(SECTION_LABELS).map((l) => l.fr.length)) + 40;

export function headingKind(line: string): SectionKind | null {
  if (line.length > HEADING_LINE_MAX && line.trim().length > HEADING_LINE_MAX) return null;
  return HEADINGS.get(normaliseHeading(line)) ?? null;
}

const BULLET = /^\s*[•\-*–]\s+/u;
/** The site's own lines before the sheet: the think tank's description and the breadcrumb. */
const BOILERPLATE = [/^\s*accueil\s*>/i, /think tank/i];
/** An unknown heading is short and has no final punctuation. */
const SHORT_HEADING_MAX = 80;
const FINAL_PUNCTUATION = /[.,;:!?…»"')\]]$/u;

interface Block {
  /** Paragraphs and list items, in order; a list item starts with "- ". */
  lines: string[];
}

function isContinuation(line: string): boolean {
  return /^\p{Ll}/u.test(line.trim());
}

export function parseCahier(text: string): ParsedCahier {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const unplaced: string[] = [];
  let title: string | null = null;
  const intro: Block = { lines: [] };
  const sections: { kind: SectionKind; heading: string | null; block: Block }[] = [];
  // A known heading met again goes back to its section: found by kind, not by scanning them all.
  const byKind = new Map<SectionKind, Block>();
  let current: Block = intro;
  let blankBefore = true;

  const nextContentLine = (from: number): string | null => {
    for (let j = from; j < lines.length; j += 1) if ((lines[j] ?? '').trim()) return lines[j] ?? null;
    return null;
  };
  const isUnknownHeading = (line: string, index: number): boolean => {
    const trimmed = line.trim();
    if (trimmed.length > SHORT_HEADING_MAX || FINAL_PUNCTUATION.test(trimmed) || BULLET.test(line) || isContinuation(trimmed)) return false;
    const next = nextContentLine(index + 1);
    return next !== null && headingKind(next) === null;
  };
  const open = (kind: SectionKind, heading: string | null) => {
    const existing = kind === SectionKind.OTHER ? undefined : byKind.get(kind);
    if (existing) {
      current = existing;
    } else {
      const block: Block = { lines: [] };
      sections.push({ kind, heading, block });
      if (kind !== SectionKind.OTHER) byKind.set(kind, block);
      current = block;
    }
  };

  for (const [index, raw] of lines.entries()) {
    const line = raw.trim();
    if (!line) {
      blankBefore = true;
      continue;
    }
    const wasBlank = blankBefore;
    blankBefore = false;
    if (title === null) {
      if (BOILERPLATE.some((pattern) => pattern.test(line))) {
        unplaced.push(line);
        continue;
      }
      const kind = headingKind(line);
      if (kind === null) {
        title = line;
        continue;
      }
      title = '';
    }
    const kind = headingKind(line);
    if (kind !== null) {
      open(kind, null);
      continue;
    }
    if (wasBlank && isUnknownHeading(raw, index)) {
      open(SectionKind.OTHER, line);
      continue;
    }
    const last = current.lines.length - 1;
    if (BULLET.test(raw)) {
      current.lines.push(`- ${raw.replace(BULLET, '').trim()}`);
    } else if (last >= 0 && (isContinuation(line) || !wasBlank)) {
      // A line starting in lower case continues the item or paragraph above (the seed splits one bullet so).
      current.lines[last] = `${current.lines[last]} ${line}`;
    } else {
      current.lines.push(line);
    }
  }

  const render = (block: Block) => {
    let out = '';
    block.lines.forEach((line, i) => {
      if (i > 0) out += line.startsWith('- ') && (block.lines[i - 1] ?? '').startsWith('- ') ? '\n' : '\n\n';
      out += line;
    });
    return out;
  };
  // A title too long for a title stays whole at the top of the summary.
  let fullTitle = title ?? '';
  if (fullTitle.length > PRACTICE_LIMITS.titleMax) {
    intro.lines.unshift(fullTitle);
    fullTitle = `${withoutLastWord(fullTitle.slice(0, PRACTICE_LIMITS.titleMax - 1))}…`;
  }
  return {
    title: fullTitle,
    summary: intro.lines.length ? render(intro) : null,
    sections: sections.map((s) => ({ kind: s.kind, heading: s.heading, body: render(s.block) })),
    unplaced,
  };
}

/** Drops the word cut at the end, and the spaces before it ("un titre trop lo" → "un titre trop"). */
function withoutLastWord(text: string): string {
  let end = text.length;
  while (end > 0 && !isSpace(text[end - 1] as string)) end -= 1;
  if (end === 0) return text;
  while (end > 0 && isSpace(text[end - 1] as string)) end -= 1;
  return text.slice(0, end);
}
