/**
 * iCalendar (RFC 5545) files of events, written by our own code rather than by a library: the
 * `ics` package ran a backtracking pattern on every link (a valid 380-character address kept the
 * process busy for minutes) and folded long lines in quadratic time (2.3 s for one event with a
 * 20,000-character description); `ical-generator` 10 (11 needs Node 22) is linear but creates an
 * encoder for every character (2 s for a feed of 50 long events). What we write is small: one
 * calendar, events with a UID, times in UTC, a summary, a description, a place and a link. Every
 * value goes through one loop that escapes it and folds it at 75 bytes, in time linear in its length.
 */

/** What the calendar says of an event; the link is already a normalised http(s) address. */
export interface CalendarEvent {
  id: string;
  title: string;
  description: string | null;
  place: string | null;
  url: string;
  startsAt: Date;
  endsAt: Date;
}

export interface CalendarOptions {
  /** The calendar's name in calendar applications (X-WR-CALNAME). */
  name?: string;
  /** Descriptions longer than this are cut (a feed of 500 events need not carry 10 MB of text). */
  descriptionMax?: number;
  /** Told about an event left out because it cannot be written (its id and why). */
  onSkipped?: (eventId: string, reason: string) => void;
  now?: Date;
}

const CRLF = '\r\n';
const FOLD_AT = 75;

/** A whole calendar; an event that cannot be written is left out (and reported), never the whole file. */
export function writeCalendar(events: readonly CalendarEvent[], options: CalendarOptions = {}): string {
  const stamp = utc(options.now ?? new Date());
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Mouvement//Agenda//FR', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH'];
  if (options.name) lines.push(property('X-WR-CALNAME', text(options.name)));
  for (const event of events) {
    try {
      lines.push(...eventLines(event, stamp, options.descriptionMax));
    } catch (error) {
      options.onSkipped?.(event.id, error instanceof Error ? error.message : String(error));
    }
  }
  lines.push('END:VCALENDAR');
  return lines.join(CRLF) + CRLF;
}

function eventLines(event: CalendarEvent, stamp: string, descriptionMax = Infinity): string[] {
  const start = utc(event.startsAt);
  const end = utc(event.endsAt);
  if (event.endsAt.getTime() <= event.startsAt.getTime()) throw new Error('the event ends before it starts');
  let description = event.description ?? '';
  if (description.length > descriptionMax) description = `${description.slice(0, descriptionMax)}…`;
  return [
    'BEGIN:VEVENT',
    property('UID', text(`${event.id}@mouvement`)),
    `DTSTAMP:${stamp}`,
    `DTSTART:${start}`,
    `DTEND:${end}`,
    property('SUMMARY', text(event.title)),
    ...(description ? [property('DESCRIPTION', text(description))] : []),
    ...(event.place ? [property('LOCATION', text(event.place))] : []),
    // A URI value is not escaped as text; a normalised address holds no space, control or line break.
    property('URL;VALUE=URI', uri(event.url)),
    'END:VEVENT',
  ];
}

/** 20260314T170000Z; throws on an invalid date (which leaves the event out). */
function utc(date: Date): string {
  const time = date instanceof Date ? date.getTime() : Number.NaN;
  if (!Number.isFinite(time)) throw new Error('the event has no valid date');
  const iso = new Date(time).toISOString();
  if (iso.length !== 24) throw new Error('the event date is out of range');
  return `${iso.slice(0, 4)}${iso.slice(5, 7)}${iso.slice(8, 10)}T${iso.slice(11, 13)}${iso.slice(14, 16)}${iso.slice(17, 19)}Z`;
}

/** TEXT (RFC 5545 §3.3.11): backslash, semicolon, comma and line breaks escaped; other control characters dropped. */
function text(value: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < value.length; i += 1) {
    const code = value.charCodeAt(i);
    const special = code === 0x5c || code === 0x3b || code === 0x2c || (code < 0x20 && code !== 0x09) || code === 0x7f;
    if (!special) continue;
    out += value.slice(from, i);
    from = i + 1;
    if (code === 0x0d) {
      out += '\\n';
      if (value.charCodeAt(i + 1) === 0x0a) {
        i += 1;
        from = i + 1;
      }
    } else if (code === 0x0a) out += '\\n';
    else if (code >= 0x20 && code !== 0x7f) out += `\\${value[i]}`;
  }
  return out + value.slice(from);
}

function uri(value: string): string {
  for (let i = 0; i < value.length; i += 1) {
    const code = value.charCodeAt(i);
    if (code <= 0x20 || code === 0x7f) throw new Error('the event link is not a normalised address');
  }
  return value;
}

/** `NAME:value`, folded into lines of at most 75 bytes (continuations start with a space), never inside a character. */
function property(name: string, value: string): string {
  const line = `${name}:${value}`;
  const parts: string[] = [];
  let start = 0;
  let bytes = 0;
  let limit = FOLD_AT;
  for (let i = 0; i < line.length; i += 1) {
    const code = line.charCodeAt(i);
    // A surrogate pair is one character of four bytes: never split it.
    const pair = code >= 0xd800 && code <= 0xdbff && i + 1 < line.length;
    const size = pair ? 4 : code < 0x80 ? 1 : code < 0x800 ? 2 : 3;
    if (bytes + size > limit) {
      parts.push(line.slice(start, i));
      start = i;
      bytes = 0;
      limit = FOLD_AT - 1;
    }
    bytes += size;
    if (pair) i += 1;
  }
  parts.push(line.slice(start));
  return parts.join(`${CRLF} `);
}
