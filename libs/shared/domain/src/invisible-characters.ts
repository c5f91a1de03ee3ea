/**
 * Characters that change how a text reads without showing themselves: bidirectional overrides,
 * embeddings and isolates (U+202A–U+202E, U+2066–U+2069, the marks U+200E, U+200F, U+061C),
 * zero-width characters (U+200B–U+200D, U+2060, U+FEFF), the other format characters (Unicode's
 * Cf: soft hyphen, invisible operators, tags…), the code points Unicode says to ignore when
 * displaying (fillers, the combining grapheme joiner, the supplementary variation selectors) and
 * the blank braille pattern. In a name they can disguise one person or group as another ("‮nimda"
 * shows as "admin…"), so names refuse them. The emoji variation selectors U+FE00–U+FE0F are kept:
 * they only choose how the character before them is drawn.
 *
 * One character class tested per code point: linear in the length of the text, nothing to backtrack.
 */
const INVISIBLE = /[\p{Cf}\p{Default_Ignorable_Code_Point}\u2800]/u;

function isEmojiVariationSelector(char: string): boolean {
  const code = char.codePointAt(0) ?? 0;
  return code >= 0xfe00 && code <= 0xfe0f;
}

/** The first invisible or formatting character of a text, or null when there is none. */
export function findInvisibleCharacter(text: string): string | null {
  for (const char of text) {
    if (INVISIBLE.test(char) && !isEmojiVariationSelector(char)) return char;
  }
  return null;
}

/** "U+202E": how a character is named in a message. */
export function codePointName(char: string): string {
  return `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/** The number of characters that show: letters, digits, punctuation and symbols, not spaces nor invisible ones. */
export function visibleLength(text: string): number {
  let n = 0;
  for (const char of text) if (!/\s/u.test(char) && findInvisibleCharacter(char) === null) n++;
  return n;
}
