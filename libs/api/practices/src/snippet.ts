// The package ships CommonJS for require(), but its exports map types only its ES module build.
const { stemmer } = require('@orama/stemmers/french') as { stemmer: (word: string) => string };

/**
 * Search excerpts, built in Node rather than by PostgreSQL's `ts_headline`, which re-parses every
 * word of each result's text (about 2 ms for a page of 20 short sheets: two thirds of a search's
 * time in the database, and it grows with the length of the sheets). The words are stemmed with
 * the same Snowball French stemmer as our `fr_unaccent` configuration, after the same unaccenting,
 * and compared with the lexemes PostgreSQL derived from the query, so a highlighted word is a word
 * the search matched ("énergies" for "energie", "réparation" for "réparer").
 */

/**
 * The positive lexemes of a tsquery as PostgreSQL prints it (`'energ' & !'fossil'`,
 * `'velo' & !( 'eau' <-> 'potabl' )`): words under a "!", alone or in a group, are left out.
 */
export function queryLexemes(tsquery: string | null | undefined): string[] {
  const lexemes = new Set<string>();
  if (!tsquery) return [];
  const negatedGroups: boolean[] = [false];
  let not = false;
  for (let i = 0; i < tsquery.length; i++) {
    const c = tsquery[i];
    if (c === ' ') continue;
    if (c === '!') {
      not = !not;
    } else if (c === '(') {
      negatedGroups.push((negatedGroups.at(-1) ?? false) !== not);
      not = false;
    } else if (c === ')') {
      negatedGroups.pop();
    } else if (c === "'") {
      let word = '';
      let j = i + 1;
      for (; j < tsquery.length; j++) {
        if (tsquery[j] !== "'") word += tsquery[j];
        else if (tsquery[j + 1] === "'") word += tsquery[++j];
        else break;
      }
      if (word && !not && !negatedGroups.at(-1)) lexemes.add(word);
      not = false;
      i = j;
    } else {
      not = false;
    }
  }
  return [...lexemes];
}

const WORD = /[\p{L}\p{N}]+/gu;
/** Longest text looked at: the excerpt comes from the beginning of a very long sheet. */
export const MAX_TEXT = 20_000;
const FRAGMENT_WORDS = 28;
const MAX_FRAGMENTS = 2;

const normalise = (word: string) => word.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/œ/g, 'oe').replace(/æ/g, 'ae');

const initials = new Map<string, string>();
/** A word's first letter, lower case and unaccented ("É" → "e"), remembered per character. */
function initialOf(word: string): string {
  const c = word[0] ?? '';
  let initial = initials.get(c);
  if (initial === undefined) {
    initial = normalise(c)[0] ?? '';
    initials.set(c, initial);
  }
  return initial;
}

/** Markdown marks that would read as noise in an excerpt: emphasis, headings, quotes, link targets. */
export function plainText(markdown: string): string {
  // Every pattern is linear in the length of the text (a sheet may be long, and written to hurt).
  return markdown
    .replace(/\]\([^()\s]{0,2000}\)/g, ']')
    .replace(/!?\[|\]/g, '')
    .replace(/^[ \t]{0,3}(?:#{1,6}|>|[-*+•–]|\d{1,9}[.)])[ \t]+/gm, '')
    .replace(/[*_`~]+/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);

/**
 * An excerpt of `text` (plain text) around the words matching `lexemes`: up to two fragments of 28
 * words, those with the most matches, in reading order, joined by " … ", HTML-escaped, the
 * matching words in <mark>. Without any match, the beginning of the text; null for empty text.
 */
export function highlight(text: string, lexemes: readonly string[]): string | null {
  const source = text.length > MAX_TEXT ? text.slice(0, MAX_TEXT) : text;
  const starts: number[] = [];
  const ends: number[] = [];
  const hits: boolean[] = [];
  const prefixes = lexemes.map((l) => l.slice(0, 3));
  const initials = new Set(lexemes.map((l) => l[0]));
  const wanted = new Set(lexemes);
  for (const m of source.matchAll(WORD)) {
    const start = m.index ?? 0;
    // Stemming only the words that could match: a stem starts like its word, so most words are
    // ruled out by their first letter without being normalised.
    let hit = false;
    if (initials.has(initialOf(m[0]))) {
      const form = normalise(m[0]);
      hit = prefixes.some((p) => form.startsWith(p)) && wanted.has(stemmer(form));
    }
    starts.push(start);
    ends.push(start + m[0].length);
    hits.push(hit);
  }
  const count = hits.length;
  if (count === 0) return null;

  // Prefix sums of hits give each window's score in constant time.
  const hitsBefore = [0];
  hits.forEach((hit, i) => hitsBefore.push((hitsBefore[i] ?? 0) + (hit ? 1 : 0)));
  const score = (from: number) => (hitsBefore[Math.min(count, from + FRAGMENT_WORDS)] ?? 0) - (hitsBefore[from] ?? 0);
  const windows: number[] = [];
  for (let k = 0; k < MAX_FRAGMENTS; k++) {
    let best = -1;
    let bestScore = 0;
    hits.forEach((hit, i) => {
      if (!hit) return;
      // A window opens a few words before its first match, for context, or at the very beginning
      // when the match is close to it, so that the excerpt starts with its sentence.
      const from = i < FRAGMENT_WORDS - 4 ? 0 : i - 4;
      if (windows.some((w) => from < w + FRAGMENT_WORDS && w < from + FRAGMENT_WORDS)) return;
      const s = score(from);
      if (s > bestScore) {
        best = from;
        bestScore = s;
      }
    });
    if (best < 0) break;
    windows.push(best);
  }
  if (windows.length === 0) windows.push(0);
  windows.sort((a, b) => a - b);
  // Passages that touch are shown as one: " … " only marks a cut.
  const ranges: { from: number; to: number }[] = [];
  for (const from of windows) {
    const to = Math.min(count, from + FRAGMENT_WORDS) - 1;
    const last = ranges.at(-1);
    if (last && from <= last.to + 1) last.to = Math.max(last.to, to);
    else ranges.push({ from, to });
  }

  const fragments = ranges.map(({ from, to }) => {
    // The first fragment keeps what precedes the first word, the last what follows the last one.
    let cursor = from === 0 ? 0 : (starts[from] ?? 0);
    let html = '';
    for (let i = from; i <= to; i++) {
      const start = starts[i] ?? cursor;
      const end = ends[i] ?? start;
      html += escapeHtml(source.slice(cursor, start));
      const word = escapeHtml(source.slice(start, end));
      html += hits[i] ? `<mark>${word}</mark>` : word;
      cursor = end;
    }
    if (to === count - 1) html += escapeHtml(source.slice(cursor));
    return { html, atStart: from === 0, atEnd: to === count - 1 && source.length === text.length };
  });
  const opening = fragments[0]?.atStart ? '' : '… ';
  const closing = fragments.at(-1)?.atEnd ? '' : ' …';
  return `${opening}${fragments.map((f) => f.html).join(' … ')}${closing}`;
}
