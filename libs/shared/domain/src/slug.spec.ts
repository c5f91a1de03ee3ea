import fc from 'fast-check';
import { slugify } from './slug';

/** The earlier, pattern-based definition: the one-pass version must give the same slugs. */
const reference = (input: string, maxLength = 80) =>
  input
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, maxLength)
    .replace(/-+$/g, '');

describe('slugify', () => {
  it('writes lower-case words without accents joined by dashes', () => {
    expect(slugify("Coop'alpha — Bègles")).toBe('coop-alpha-begles');
    expect(slugify('  --Énergie   citoyenne!! ')).toBe('energie-citoyenne');
    expect(slugify('Tiers-lieu & Cie')).toBe('tiers-lieu-cie');
    expect(slugify('abc def', 4)).toBe('abc');
    expect(slugify('abc def', 5)).toBe('abc-d');
    expect(slugify('…')).toBe('');
  });

  it('gives the same slug as the pattern-based definition for any text and length', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 120 }), fc.integer({ min: 1, max: 100 }), (text, max) => {
        expect(slugify(text, max)).toBe(reference(text, max));
      }),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(fc.stringMatching(/^[a-zA-Zéèà0-9 '\-—.]{0,60}$/), fc.integer({ min: 1, max: 40 }), (text, max) => {
        expect(slugify(text, max)).toBe(reference(text, max));
      }),
      { numRuns: 2000 },
    );
  });
});
