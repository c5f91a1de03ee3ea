import { normaliseSearch, SEARCH_WORDS_MAX } from './search';

describe(normaliseSearch.name, () => {
  it('keeps what people type', () => {
    expect(normaliseSearch('énergie citoyenne')).toBe('énergie citoyenne');
    expect(normaliseSearch('"circuit court" or vélo -voiture')).toBe('"circuit court" or vélo -voiture');
  });

  it('keeps one minus before a word and drops signs that stand alone', () => {
    expect(normaliseSearch('---énergie')).toBe('-énergie');
    expect(normaliseSearch('-'.repeat(60))).toBe('');
    expect(normaliseSearch('- '.repeat(50) + 'vélo')).toBe('vélo');
    expect(normaliseSearch('" " ( ) | & !')).toBe('');
  });

  it(`keeps at most ${SEARCH_WORDS_MAX} words`, () => {
    expect(normaliseSearch('mot '.repeat(100)).split(' ')).toHaveLength(SEARCH_WORDS_MAX);
  });
});
