/**
 * A column that holds where and when in one cell: «Место и сроки
 * проведения», «Дата и место проведения» (events plans, issue 12):
 * `Стадион «Труд», 15 мая`, `Актовый зал` over `15.10.2024`. The cell's
 * lines, and within a line its comma- or semicolon-separated pieces, are
 * each a date or a venue: a piece the deadline parser recognises is a date,
 * and a bare day number (`12, 13 ноября`) goes with the dates; the rest is
 * the venue.
 */
import { parseDeadline } from '../parse/ru/deadline.js';
import { yearPeriod } from '../parse/ru/period.js';

const PIECE_SEPARATOR = /\s*[,;]\s*/u;
const BARE_DAY = /^\d{1,2}$/u;
/** Any year: without one, a date that prints none (`15 мая`) is not read at all. */
const SOME_PERIOD = yearPeriod(2000);

export function splitVenueAndDate(text: string): { date: string; venue: string } {
  const dateLines: string[] = [];
  const venueLines: string[] = [];
  for (const line of text.split('\n')) {
    const pieces = line.trim().split(PIECE_SEPARATOR).filter((piece) => piece !== '');
    if (pieces.length === 0) continue;
    const dates = pieces.filter((piece) => BARE_DAY.test(piece) || isDate(piece));
    const venues = pieces.filter((piece) => !dates.includes(piece));
    if (dates.length > 0) dateLines.push(dates.join(', '));
    if (venues.length > 0) venueLines.push(venues.join(', '));
  }
  return { date: dateLines.join('\n'), venue: venueLines.join('\n') };
}

function isDate(piece: string): boolean {
  // Only the kind is wanted: the date part is parsed again, with the roadmap's period and warnings kept.
  return parseDeadline(piece, { period: SOME_PERIOD, sectionTitle: null, anchorDate: null, source: null }).value.kind !== 'unspecified';
}
