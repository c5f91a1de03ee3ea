import { renderMarkdown, storedFileName, textProblem } from '@mouvement/api-core';
import { writeCalendar } from '@mouvement/api-groups';
import { renderMail } from '@mouvement/api-mail';
import { highlight, plainText, queryLexemes } from '@mouvement/api-practices';
import {
  headingKind,
  LIMITS,
  normaliseHeading,
  normaliseLink,
  normaliseSearch,
  normaliseSiret,
  parseCahier,
  PRACTICE_LIMITS,
  slugify,
} from '@mouvement/shared-domain';
import { isEmail } from 'class-validator';

/**
 * No text a person sends may freeze the API: every function that parses or transforms user text
 * must do work that grows linearly with the text. Each one below is fed pathological inputs at a
 * length n and at 4n; the test fails when the time grows more than 6 times (linear work grows about
 * 4 times, quadratic work 16 times), or when one run at the largest length takes over 2 seconds.
 * This is a growth test, not a race: the runs of each size are repeated until they take a few
 * milliseconds, and the best of several is kept, so that a busy machine does not fail it.
 *
 * EVERY NEW FUNCTION THAT TAKES USER TEXT JOINS THE TABLE `TEXT_FUNCTIONS` (a name, the function,
 * the longest text it is given), and a new kind of nasty input joins `INPUTS`.
 */

interface TextFunction {
  name: string;
  run: (text: string) => unknown;
  /** The longest text the API hands it (its input limit, or a generous bound). */
  max: number;
}

const event = (text: string) => ({
  id: '7bfa2931-ffe7-4726-b0d0-cb83c90e8aa2',
  title: text.slice(0, 200),
  description: text,
  place: text.slice(0, 300),
  url: normaliseLink(`https://exemple.fr/${text.slice(0, 400)}`) ?? 'https://exemple.fr/',
  startsAt: new Date('2026-03-14T17:00:00Z'),
  endsAt: new Date('2026-03-14T19:00:00Z'),
});

const TEXT_FUNCTIONS: TextFunction[] = [
  { name: 'parseCahier (the importer and the web preview)', run: parseCahier, max: PRACTICE_LIMITS.cahierMax },
  { name: 'normaliseHeading', run: normaliseHeading, max: PRACTICE_LIMITS.cahierMax },
  { name: 'headingKind', run: headingKind, max: PRACTICE_LIMITS.cahierMax },
  { name: 'renderMarkdown (posts, comments, sheets, previews)', run: renderMarkdown, max: 20_000 },
  { name: 'plainText (search excerpts)', run: plainText, max: 20_000 },
  { name: 'highlight (search excerpts)', run: (text) => highlight(plainText(text), ['a', 'energ', 'x']), max: 20_000 },
  { name: 'queryLexemes (negated search words)', run: queryLexemes, max: 20_000 },
  { name: 'normaliseSearch (every full-text search)', run: normaliseSearch, max: 20_000 },
  { name: 'textProblem (every text the API receives)', run: textProblem, max: 100_000 },
  { name: 'slugify', run: slugify, max: 20_000 },
  // Both stop at once past their length limit (500 and 254 characters): measured up to it.
  { name: 'normaliseLink (every link field)', run: normaliseLink, max: 4 * LIMITS.urlMax },
  { name: 'isEmail (email fields)', run: (text) => isEmail(text), max: 4 * LIMITS.emailMax },
  { name: 'normaliseSiret', run: normaliseSiret, max: 4_000 },
  { name: 'storedFileName (uploads)', run: (text) => storedFileName(text, 'image/png', 'fichier.png', 200), max: 20_000 },
  { name: 'writeCalendar (.ics files and feeds)', run: (text) => writeCalendar([event(text)]), max: 20_000 },
  {
    name: 'renderMail (names in emails)',
    run: (text) =>
      renderMail('fr', { subject: text, greeting: text, paragraphs: [text], action: { label: text, url: 'https://exemple.fr/' } }),
    max: 20_000,
  },
];

/** Text of exactly `n` characters made of `unit` repeated, between an optional head and tail. */
const repeat =
  (unit: string, head = '', tail = '') =>
  (n: number) => {
    const body = n - head.length - tail.length;
    return head + unit.repeat(Math.ceil(body / unit.length)).slice(0, body) + tail;
  };

const INPUTS: Record<string, (n: number) => string> = {
  'a letter after a run of dots': repeat('.', 'A', 'x'),
  'mixed punctuation': repeat('.:;,!?… '),
  'punctuation and spaces then a letter': repeat(' .', 'Argumentaire', 'x'),
  'nested brackets': (n) => '['.repeat(Math.floor(n / 2)) + ']'.repeat(n - Math.floor(n / 2)),
  'unclosed links': repeat('[a]('),
  'images and brackets': repeat('!['),
  'one letter': repeat('a'),
  'long labels': repeat(`${'a'.repeat(63)}.`, 'https://'),
  'labels with dashes': repeat('a-', 'www.', '!'),
  'at signs': repeat('a@'),
  'blank lines': repeat('\n', 'Titre'),
  'lines of spaces': repeat(`${' '.repeat(200)}\n`, 'Titre\n'),
  'a long line of spaces': repeat(' ', '', 'x'),
  'tabs and non-breaking spaces': repeat('\t\u00a0\u202f'),
  'alternating letter and dot': repeat('a.'),
  emphasis: repeat('*a_'),
  'html-like': repeat('<a'),
  'table cells': repeat('|a', '', '\n|-|-|\n'),
  backslashes: repeat('\\'),
  quotes: repeat("'"),
  'tsquery negations': repeat("!( 'a' & !'b' ) | "),
  bullets: repeat('- • * – '),
  'headings and short paragraphs': repeat('Argumentaire\n\nUn titre court\n\nTexte.\n\n'),
  'unknown headings': repeat('Titre\n\n\n\nSuite\n'),
  'line endings': repeat('\r\n\r'),
  accents: repeat('e\u0301é'),
};

const TARGET_MS = 1;
const SAMPLES = 3;
const ATTEMPTS = 5;
const RATIO_MAX = 6;
const CAP_MS = 2000;

function elapsed(fn: (text: string) => unknown, text: string, reps = 1): number {
  const start = process.hrtime.bigint();
  for (let r = 0; r < reps; r += 1) fn(text);
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/**
 * Time of one call at 4n over time of one call at n. Each sample runs the function on as much text
 * at both sizes (4 calls at n for 1 at 4n), so that both see as many garbage collections; samples
 * of the two sizes are taken in turns, so that a burst of load on the machine slows both alike; the
 * best sample of each size is kept. Measured again, up to five times, while the ratio looks too
 * high: noise does not repeat, quadratic work does.
 */
function growth(fn: (text: string) => unknown, small: string, large: string): number {
  // Enough calls that a sample of either size takes about TARGET_MS (a function may stop early on a long text).
  let reps = 1;
  while (reps < 1 << 14 && elapsed(fn, large, reps) < TARGET_MS && elapsed(fn, small, 4 * reps) < TARGET_MS) reps *= 2;
  let ratio = Infinity;
  for (let attempt = 0; attempt < ATTEMPTS && ratio > RATIO_MAX; attempt += 1) {
    let bestSmall = Infinity;
    let bestLarge = Infinity;
    for (let s = 0; s < SAMPLES; s += 1) {
      bestSmall = Math.min(bestSmall, elapsed(fn, small, 4 * reps));
      bestLarge = Math.min(bestLarge, elapsed(fn, large, reps));
    }
    ratio = Math.min(ratio, (4 * bestLarge) / bestSmall);
  }
  return ratio;
}

describe('Every function that takes user text works in linear time', () => {
  const cases = TEXT_FUNCTIONS.flatMap((f) => Object.entries(INPUTS).map(([input, make]) => [f.name, input, f, make] as const));

  it.each(cases)('%s on %s', (_name, _input, f, make) => {
    expect(elapsed(f.run, make(f.max))).toBeLessThan(CAP_MS);
    // Work that grows faster than linearly shows it at any length; short samples are less often
    // interrupted by the other processes of a busy machine, so the growth is measured below the maximum.
    expect(growth(f.run, make(Math.floor(f.max / 16)), make(Math.floor(f.max / 4)))).toBeLessThanOrEqual(RATIO_MAX);
  });
});
