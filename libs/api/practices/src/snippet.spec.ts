import { highlight, plainText, queryLexemes } from './snippet';

describe('search excerpts', () => {
  it('reads the positive lexemes of a tsquery, quotes included, negations left out', () => {
    expect(queryLexemes(`'energ' & 'citoyen'`)).toEqual(['energ', 'citoyen']);
    expect(queryLexemes(`'eau' <-> 'potabl' & !'fossil'`)).toEqual(['eau', 'potabl']);
    expect(queryLexemes(`'aujourd''hui'`)).toEqual(["aujourd'hui"]);
    // websearch_to_tsquery('velo -"eau potable"') and a double negation.
    expect(queryLexemes(`'velo' & !( 'eau' <-> 'potabl' )`)).toEqual(['velo']);
    expect(queryLexemes(`!( 'a' & !'b' ) & 'c'`)).toEqual(['c']);
    expect(queryLexemes('')).toEqual([]);
    expect(queryLexemes(null)).toEqual([]);
  });

  it('marks the words the French search matched: accents, case and endings ignored', () => {
    const html = highlight('Les Énergies citoyennes du quartier : une énergie partagée, une réparation.', ['energ', 'citoyen', 'repar']);
    expect(html).toBe(
      'Les <mark>Énergies</mark> <mark>citoyennes</mark> du quartier : une <mark>énergie</mark> partagée, une <mark>réparation</mark>.',
    );
  });

  it('does not mark words that only look alike', () => {
    // "énergétique" stems to "energet", not "energ".
    expect(highlight('Une rénovation énergétique', ['energ'])).toBe('Une rénovation énergétique');
  });

  it('escapes the text before marking it', () => {
    const html = highlight('<script>alert("énergie")</script> & énergie', ['energ']);
    expect(html).toBe('&lt;script&gt;alert(&quot;<mark>énergie</mark>&quot;)&lt;/script&gt; &amp; <mark>énergie</mark>');
    expect(html).not.toContain('<script');
  });

  it('keeps the two passages with the most matches, in reading order, and says where text was cut', () => {
    const filler = (n: number) => Array.from({ length: n }, (_, i) => `mot${i}`).join(' ');
    const text = `${filler(40)} énergie ${filler(40)} énergie citoyenne énergie ${filler(40)} citoyenne ${filler(40)}`;
    const html = highlight(text, ['energ', 'citoyen']) ?? '';
    // Cut before, between and after the two passages.
    expect(html.startsWith('… ')).toBe(true);
    expect(html.endsWith(' …')).toBe(true);
    const fragments = html.slice(2, -2).split(' … ');
    expect(fragments).toHaveLength(2);
    // The richest passage (three matches) and the next best, in the order of the text, 28 words each.
    expect(fragments[0]).toMatch(/^mot36 mot37 mot38 mot39 <mark>énergie<\/mark> mot0/);
    expect(fragments[1]).toMatch(/^mot36 mot37 mot38 mot39 <mark>énergie<\/mark> <mark>citoyenne<\/mark> <mark>énergie<\/mark> mot0/);
    expect(fragments.map((f) => f.split(' ').length)).toEqual([28, 28]);
    expect(html.match(/<mark>/g)).toHaveLength(4);
  });

  it('starts at the beginning of the text when the first match is close to it', () => {
    const text = 'Des habitants financent ensemble des panneaux solaires et partagent les revenus de l’énergie produite.';
    expect(highlight(text, ['energ'])).toBe(
      'Des habitants financent ensemble des panneaux solaires et partagent les revenus de l’<mark>énergie</mark> produite.',
    );
  });

  it('starts at the beginning when nothing matches, and gives nothing for an empty text', () => {
    expect(highlight('Une courte fiche.', ['velo'])).toBe('Une courte fiche.');
    expect(highlight('', ['velo'])).toBeNull();
  });

  it('shows passages that touch as one, without a cut between them', () => {
    const words = Array.from({ length: 80 }, (_, i) => `m${i}`);
    words[10] = 'énergie';
    words[38] = 'énergie';
    const html = highlight(words.join(' '), ['energ']) ?? '';
    // Windows [0, 27] and [34, 61] do not touch: one cut between them, one after.
    expect(html.match(/ … /g)).toHaveLength(1);
    expect(html.endsWith(' …')).toBe(true);
    words[38] = 'm38';
    words[32] = 'énergie';
    const merged = highlight(words.join(' '), ['energ']) ?? '';
    expect(merged.startsWith('m0 ')).toBe(true);
    expect(merged.match(/ … /g)).toBeNull();
    expect(merged.endsWith(' …')).toBe(true);
  });

  it('reads hostile markdown in linear time', () => {
    const brackets = '['.repeat(200_000);
    expect(plainText(brackets)).toBe('');
    const links = '](a'.repeat(100_000);
    expect(plainText(links)).toBe('(a'.repeat(100_000));
  });

  it('reads markdown as plain text', () => {
    expect(plainText('## Titre\n\n- **Gras** et _penché_\n> cité\n[un lien](https://exemple.fr) `code`')).toBe(
      'Titre Gras et penché cité un lien code',
    );
  });
});
