/**
 * Calendar events → one iCalendar (RFC 5545) text, written by the `ics`
 * package: CRLF line ends, TEXT values escaped (`\\`, `;`, `,`, newlines).
 * Its lines are folded again by octets here, since `ics` counts characters
 * and a line of Cyrillic would run to 150 octets (RFC 5545 §3.1: 75).
 */
import { createEvents, type EventAttributes, type HeaderAttributes } from 'ics';
import type { CalendarEvent } from './events.js';

export interface CalendarOptions {
  /** X-WR-CALNAME: the name a calendar application shows for the imported calendar. */
  name: string;
  /** DTSTAMP of every event; now by default. */
  stamp?: Date;
}

/** `ics` takes DTSTAMP as `timestamp`, which its types leave out. */
type StampedEvent = EventAttributes & { timestamp: number };

/** One calendar of these events: its frame around their text. */
export function toIcs(events: readonly CalendarEvent[], options: CalendarOptions): string {
  const frame = calendarFrame(options.name);
  return frame.opening + eventsText(events, options.stamp) + frame.closing;
}

export interface CalendarFrame {
  /** BEGIN:VCALENDAR and the calendar's properties. */
  opening: string;
  /** END:VCALENDAR. */
  closing: string;
}

const FOOTER = 'END:VCALENDAR\r\n';
const PRODUCT = { productId: '-//roadmap-ingest//roadmap-ingest//RU', method: 'PUBLISH' };

/** What comes before and after the events, so a batch can stream each document's events between them. */
export function calendarFrame(name: string): CalendarFrame {
  const empty = write([], { ...PRODUCT, calName: escapeText(name) });
  return { opening: foldByOctets(empty.slice(0, -FOOTER.length)), closing: FOOTER };
}

/**
 * The VEVENTs of one document as `ics` writes them, without the calendar
 * around them, so a batch streams each document's events as it comes:
 * `ics` writes a whole calendar, header + events + footer, and the header of
 * a calendar of no events is cut off its front.
 */
export function eventsText(events: readonly CalendarEvent[], stamp = new Date()): string {
  if (events.length === 0) return '';
  const timestamp = stamp.getTime();
  const attributes = events.map(
    (event): StampedEvent => ({
      uid: event.uid,
      title: event.summary,
      description: event.description,
      start: dateArray(event.start),
      end: dateArray(event.endExclusive),
      ...(event.rule ? { recurrenceRule: event.rule } : {}),
      timestamp,
      transp: 'TRANSPARENT',
    }),
  );
  const calendar = write(attributes, PRODUCT);
  const header = write([], PRODUCT).slice(0, -FOOTER.length);
  if (!calendar.startsWith(header) || !calendar.endsWith(FOOTER)) throw new Error('ics wrote a calendar of another shape than header, events, footer');
  return foldByOctets(calendar.slice(header.length, -FOOTER.length));
}

function write(events: EventAttributes[], header: HeaderAttributes): string {
  const { error, value } = createEvents(events, header);
  if (error || value === null) throw error ?? new Error('the calendar could not be written');
  return value;
}

function dateArray(iso: string): [number, number, number] {
  return iso.split('-').map(Number) as [number, number, number];
}

/** RFC 5545 §3.3.11 TEXT escaping, for the header value `ics` passes through as it is. */
function escapeText(text: string): string {
  return text.replace(/[\\;,]/gu, (character) => `\\${character}`).replace(/\r?\n/gu, '\\n');
}

const MAX_LINE_OCTETS = 75;

/**
 * Unfolds each content line and folds it again so no line holds more than 75
 * octets of UTF-8 (the line break not counted), never inside a character:
 * a continuation line starts with one space, which counts.
 */
export function foldByOctets(text: string): string {
  const lines = text.replace(/\r\n[ \t]/gu, '').split('\r\n');
  return lines.map(foldLine).join('\r\n');
}

function foldLine(line: string): string {
  if (Buffer.byteLength(line) <= MAX_LINE_OCTETS) return line;
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const character of line) {
    const size = Buffer.byteLength(character);
    if (octets + size > MAX_LINE_OCTETS) {
      parts.push(current);
      current = ' ';
      octets = 1;
    }
    current += character;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n');
}
