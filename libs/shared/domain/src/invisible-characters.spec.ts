import { codePointName, findInvisibleCharacter, visibleLength } from './invisible-characters';

describe('findInvisibleCharacter', () => {
  it.each([
    ['right-to-left override', 'Camille\u202Enimda'],
    ['left-to-right embedding', '\u202AMarie'],
    ['pop directional formatting', 'Marie\u202C'],
    ['right-to-left isolate', 'Jo\u2067e'],
    ['pop directional isolate', 'Jo\u2069e'],
    ['right-to-left mark', 'Jo\u200Fe'],
    ['zero-width space', 'Ad\u200Bmin'],
    ['zero-width non-joiner', 'Ad\u200Cmin'],
    ['zero-width joiner', 'Ad\u200Dmin'],
    ['word joiner', 'Ad\u2060min'],
    ['byte order mark', 'Ad\uFEFFmin'],
    ['soft hyphen', 'Ad\u00ADmin'],
    ['Hangul filler', '\u3164'],
    ['combining grapheme joiner', 'A\u034Fdmin'],
    ['tag character', 'Admin\u{E0041}'],
    ['blank braille pattern', '\u2800\u2800'],
    ['invisible separator', 'Ad\u2063min'],
  ])('finds it: %s', (_, text) => {
    expect(findInvisibleCharacter(text)).not.toBeNull();
  });

  it('names the first one it finds', () => {
    expect(codePointName(findInvisibleCharacter('Jean\u202E\u200B') as string)).toBe('U+202E');
    expect(codePointName('\u{E0041}')).toBe('U+E0041');
  });

  it('accepts ordinary names in any script, accents, apostrophes, hyphens, non-breaking spaces and emoji', () => {
    for (const name of [
      'Éloïse L’Hôte-Dupré',
      'Coop’alpha',
      'Envie 2 E',
      'محمد',
      'Nguyễn Thị',
      '李小龙',
      'M.\u00A0Dupont',
      'Marie ❤️',
      'Zoé 👩🏽',
    ]) {
      expect(findInvisibleCharacter(name)).toBeNull();
    }
  });

  it('goes through a long text of combining accents to the one at its end', () => {
    const text = `${'a\u0301'.repeat(50_000)}\u202E`;
    expect(findInvisibleCharacter(text)).toBe('\u202E');
  });
});

describe('visibleLength', () => {
  it('counts what shows, not spaces nor invisible characters', () => {
    expect(visibleLength('  \u200B\u200B\u00A0\t ')).toBe(0);
    expect(visibleLength('Je suis la gérante')).toBe(15);
  });
});
