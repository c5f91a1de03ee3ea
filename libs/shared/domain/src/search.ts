/** At most this many words reach the full-text search: more say nothing new and cost the parser. */
export const SEARCH_WORDS_MAX = 16;

/**
 * A search as people type it, made safe for PostgreSQL's `websearch_to_tsquery`: a word keeps one
 * leading minus at most (`--énergie` is `-énergie`), signs that stand alone are dropped (a run of
 * dashes or `- - -` would nest NOT operators until PostgreSQL's parser overflows its stack), and at
 * most SEARCH_WORDS_MAX words are kept. One pass, no regular expression over the text.
 */
export function normaliseSearch(text: string): string {
  const words: string[] = [];
  let current = '';
  const flush = () => {
    if (!current) return;
    let start = 0;
    while (start < current.length && current[start] === '-') start += 1;
    const rest = current.slice(start);
    // A word is kept if anything but signs remains once its minuses are set aside.
    let meaningful = false;
    for (const ch of rest) {
      if (ch !== '-' && ch !== '"' && ch !== "'" && ch !== '+' && ch !== '|' && ch !== '!' && ch !== '&' && ch !== '(' && ch !== ')') {
        meaningful = true;
        break;
      }
    }
    if (meaningful && words.length < SEARCH_WORDS_MAX) words.push(start > 0 ? `-${rest}` : rest);
    current = '';
  };
  for (const ch of text) {
    if (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\u00a0') flush();
    else current += ch;
    if (words.length >= SEARCH_WORDS_MAX) break;
  }
  flush();
  return words.join(' ');
}
