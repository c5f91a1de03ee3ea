import fc from 'fast-check';
import { writeCalendar, type CalendarEvent } from './event-calendar';

let ICAL: typeof import('ical.js', { with: { 'resolution-mode': 'import' } }).default;
beforeAll(async () => {
  ICAL = (await import('ical.js')).default;
});

const base: CalendarEvent = {
  id: '7bfa2931-ffe7-4726-b0d0-cb83c90e8aa2',
  title: 'Atelier',
  description: null,
  place: null,
  url: 'https://exemple.fr/evenements/1',
  startsAt: new Date('2026-03-14T17:00:00Z'),
  endsAt: new Date('2026-03-14T19:00:00Z'),
};

function parse(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  return calendar.getAllSubcomponents('vevent').map((v) => ({
    uid: v.getFirstPropertyValue('uid'),
    summary: v.getFirstPropertyValue('summary'),
    description: v.getFirstPropertyValue('description'),
    location: v.getFirstPropertyValue('location'),
    url: v.getFirstPropertyValue('url'),
    start: (v.getFirstPropertyValue('dtstart') as { toJSDate(): Date }).toJSDate().toISOString(),
    end: (v.getFirstPropertyValue('dtend') as { toJSDate(): Date }).toJSDate().toISOString(),
  }));
}

describe('writeCalendar', () => {
  it('writes events that a calendar parser reads back as they were', () => {
    const ics = writeCalendar(
      [{ ...base, title: 'Forum, atelier; fête \\ bilan', description: 'Ligne 1\nLigne 2\r\nFin', place: 'Saint-Denis (La Réunion)' }],
      { name: 'Collectif Réunion' },
    );
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(ics).toContain('X-WR-CALNAME:Collectif Réunion\r\n');
    expect(ics).toContain('DTSTART:20260314T170000Z\r\n');
    expect(parse(ics)).toEqual([
      {
        uid: `${base.id}@mouvement`,
        summary: 'Forum, atelier; fête \\ bilan',
        description: 'Ligne 1\nLigne 2\nFin',
        location: 'Saint-Denis (La Réunion)',
        url: base.url,
        start: '2026-03-14T17:00:00.000Z',
        end: '2026-03-14T19:00:00.000Z',
      },
    ]);
  });

  it('folds every line at 75 bytes without cutting a character, whatever the text', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', minLength: 1, maxLength: 400 }),
        fc.string({ unit: 'grapheme', maxLength: 400 }),
        (title, description) => {
          const ics = writeCalendar([{ ...base, title, description }]);
          for (const line of ics.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
          const [event] = parse(ics);
          // Control characters other than tabs and line breaks are dropped; line breaks come back as \n.
          const clean = (s: string) =>
            [...s.replace(/\r\n?/g, '\n')].filter((c) => (c.charCodeAt(0) >= 0x20 || c === '\t' || c === '\n') && c !== '\u007f').join('');
          expect(event?.summary).toBe(clean(title));
          if (clean(description)) expect(event?.description).toBe(clean(description));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('leaves out an event it cannot write, says which, and writes the others', () => {
    const skipped: string[] = [];
    const ics = writeCalendar(
      [
        { ...base, id: 'a', title: 'Avant' },
        { ...base, id: 'b', endsAt: new Date(Number.NaN) },
        { ...base, id: 'c', url: 'https://exemple.fr/a b' },
        { ...base, id: 'd', title: 'Après' },
      ],
      { onSkipped: (id, reason) => skipped.push(`${id}: ${reason}`) },
    );
    expect(parse(ics).map((e) => e.summary)).toEqual(['Avant', 'Après']);
    expect(skipped).toEqual(['b: the event has no valid date', 'c: the event link is not a normalised address']);
  });

  it('cuts long descriptions when asked (feeds)', () => {
    const [event] = parse(writeCalendar([{ ...base, description: 'x'.repeat(5000) }], { descriptionMax: 2000 }));
    expect(event?.description).toBe(`${'x'.repeat(2000)}…`);
  });
});
