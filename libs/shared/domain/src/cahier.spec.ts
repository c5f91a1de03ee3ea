import fc from 'fast-check';
import { headingKind, normaliseHeading, parseCahier, type ParsedCahier } from './cahier';
import { MOUVES_AQUITAINE_CAHIER } from './cahier-fixture';
import { SECTION_LABELS, SectionKind } from './practices';

/** The sheet writes non-breaking spaces around « » and before ; ! ? as French typography asks. */
const plain = (text: string | null | undefined) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ');
const body = (parsed: ParsedCahier, kind: SectionKind) => plain(parsed.sections.find((s) => s.kind === kind)?.body);

describe('parseCahier on the founding document’s sheet', () => {
  const parsed = parseCahier(MOUVES_AQUITAINE_CAHIER);

  it('drops the site’s boilerplate, reports it, and takes the next line as the title', () => {
    expect(plain(parsed.title)).toBe('Le collectif aquitain des entrepreneurs sociaux du MOUVES veut « faire Mouvement ».');
    expect(parsed.unplaced).toHaveLength(2);
    expect(parsed.unplaced[0]).toMatch(/^Le Labo de l’ESS est un think tank/);
    expect(parsed.unplaced[1]).toMatch(/^Accueil > Le Labo de l’ESS/);
    expect(parsed.summary).toBeNull();
  });

  it('places every one of the sheet’s 16 headings in its section', () => {
    expect(parsed.sections.map((s) => s.kind)).toEqual([
      'ARGUMENT',
      'SUCCESS_FACTORS',
      'IMPACTS',
      'ORGANISATION',
      'CARRYING_STRUCTURE',
      'ACTORS',
      'YOUTH',
      'PARTNERS',
      'MESSAGE_PUBLIC',
      'MESSAGE_DECISION_MAKERS',
      'MESSAGE_SSE',
      'PROPOSALS',
      'PRESENTATION',
      'POSITIVE_ALLIANCES',
      'INDIGNATION',
      'TESTIMONIALS',
    ]);
    expect(body(parsed, SectionKind.CARRYING_STRUCTURE)).toBe('Le collectif aquitain du MOUVES');
    expect(body(parsed, SectionKind.MESSAGE_DECISION_MAKERS)).toBe('Même message que plus haut');
    expect(body(parsed, SectionKind.POSITIVE_ALLIANCES)).toBe('Entreprises classiques/ entreprises sociales.');
  });

  it('keeps bullets as list items and joins the bullet the seed splits in two', () => {
    const argument = body(parsed, SectionKind.ARGUMENT);
    expect(argument).toContain(
      '- en multipliant les coopérations entre économie sociale, économie solidaire et entrepreneuriat social ;\n' +
        '- en construisant des alliances avec la société civile, les acteurs économiques, les acteurs politiques.',
    );
    expect(argument.split('\n').filter((l) => l.startsWith('- '))).toHaveLength(2);
    const testimonials = body(parsed, SectionKind.TESTIMONIALS);
    expect(testimonials.split('\n').filter((l) => l.startsWith('- '))).toHaveLength(4);
    expect(testimonials).toContain('- l’agence publicitaire Zioum propose un service Web sans apport personnel.');
    // Typos are kept as written.
    expect(body(parsed, SectionKind.IMPACTS)).toContain('envrionnementales');
  });
});

describe('parseCahier on other sheets', () => {
  it('accepts missing and reordered headings, unknown headings, "-" bullets and Windows line endings', () => {
    const text = [
      'Autocool',
      '',
      'Témoignages :',
      '',
      '- un premier témoignage',
      '- un second',
      '',
      'Nos chiffres clés',
      '',
      '1 200 adhérents en 2024.',
      '',
      'ARGUMENTAIRE',
      '',
      'La voiture partagée coûte moins cher.',
      '',
      'Quelles alliances positives ?',
      'Avec la métropole.',
    ].join('\r\n');
    const parsed = parseCahier(text);
    expect(parsed.title).toBe('Autocool');
    expect(parsed.sections).toEqual([
      { kind: 'TESTIMONIALS', heading: null, body: '- un premier témoignage\n- un second' },
      { kind: 'OTHER', heading: 'Nos chiffres clés', body: '1 200 adhérents en 2024.' },
      { kind: 'ARGUMENT', heading: null, body: 'La voiture partagée coûte moins cher.' },
      { kind: 'POSITIVE_ALLIANCES', heading: null, body: 'Avec la métropole.' },
    ]);
    expect(parsed.unplaced).toEqual([]);
  });

  it('normalises case, accents, non-breaking spaces, apostrophes and trailing punctuation in headings', () => {
    expect(headingKind('IMPACTS DE L’INITIATIVE')).toBe('IMPACTS');
    expect(headingKind("Message a l'opinion :")).toBe('MESSAGE_PUBLIC');
    expect(headingKind('Quelles alliances positives\u00a0?')).toBe('POSITIVE_ALLIANCES');
    expect(headingKind('Les acteurs (Qui\u202f?)')).toBe('ACTORS');
    expect(headingKind('Synthèse de mon indignation en une seule phrase.')).toBe('INDIGNATION');
    expect(headingKind('Les acteurs de la ville')).toBeNull();
    expect(normaliseHeading('  Facteurs   de Succès !  ')).toBe('facteurs de succes');
  });

  it('keeps a title too long for a title whole at the top of the summary', () => {
    const long = `${'Une initiative qui change la donne '.repeat(8)}pour tous`;
    const parsed = parseCahier(`${long}\n\nArgumentaire\n\nParce que.`);
    expect(parsed.title.length).toBeLessThanOrEqual(200);
    expect(parsed.title.endsWith('…')).toBe(true);
    expect(parsed.summary).toBe(long);
  });
});

describe('parseCahier loses no line (property)', () => {
  const KNOWN = Object.values(SectionKind).filter((k) => k !== SectionKind.OTHER);
  const word = fc.stringMatching(/^[a-zà-ÿ’']{1,10}$/);
  const sentence = fc
    .tuple(
      fc.stringMatching(/^[A-ZÉ][a-zé]{1,8}$/),
      fc.array(word, { minLength: 1, maxLength: 12 }),
      fc.constantFrom('.', ' !', ' ?', ' ;', ':'),
    )
    .map(([first, rest, end]) => `${first} ${rest.join(' ')}${end}`);
  const contentLine = fc.oneof(
    sentence,
    fc.tuple(fc.constantFrom('•', '-', '*', '–'), sentence).map(([b, s]) => `  ${b} ${s}`),
    fc.array(word, { minLength: 2, maxLength: 8 }).map((w) => w.join(' ')), // lower-case continuation
  );
  const section = fc.record({
    heading: fc.oneof(
      fc.constantFrom(...KNOWN).map((k) => SECTION_LABELS[k].fr),
      fc.constantFrom(...KNOWN).map((k) => SECTION_LABELS[k].fr.toUpperCase().replace(/’/g, "'")),
      fc.stringMatching(/^[A-Z][a-z]{2,12} [a-z]{2,12}$/),
    ),
    lines: fc.array(contentLine, { minLength: 1, maxLength: 6 }),
  });
  const sheet = fc.record({
    title: sentence,
    sections: fc.array(section, { minLength: 1, maxLength: 8 }),
    crlf: fc.boolean(),
  });

  it('puts every content line of a generated sheet in the title, summary or a section', () => {
    fc.assert(
      fc.property(sheet, ({ title, sections, crlf }) => {
        const lines = ['Le Labo de l’ESS est un think tank qui construit…', '', 'Accueil > Les Cahiers', '', title, ''];
        for (const s of sections) {
          lines.push(s.heading, '');
          for (const l of s.lines) lines.push(l, '');
        }
        const parsed = parseCahier(lines.join(crlf ? '\r\n' : '\n'));
        const everything = [parsed.title, parsed.summary ?? '', ...parsed.sections.flatMap((s) => [s.heading ?? '', s.body])].join('\n');
        expect(parsed.title).toBe(title);
        expect(parsed.unplaced).toHaveLength(2);
        for (const s of sections) {
          for (const l of s.lines) expect(everything).toContain(l.replace(/^\s*[•\-*–]\s+/u, '').trim());
          if (headingKind(s.heading) === null) expect(everything).toContain(s.heading);
        }
      }),
      { numRuns: 300 },
    );
  });
});
