/**
 * A column that holds where and when in one cell: «Место и сроки
 * проведения», «Дата и место проведения» (events plans, issue 12):
 * `Стадион «Труд», 15 мая`, `Актовый зал` over `15.10.2024`. The cell's
 * lines, and within a line its comma- or semicolon-separated pieces, are
 * each a date or a venue: a piece the deadline parser recognises is a date,
 * and a bare day number (`12, 13 ноября`) goes with the dates; the rest is
 * the venue.
 */
import { readsAsDeadline } from '../parse/ru/deadline.js';

const PIECE_SEPARATOR = /\s*[,;]\s*/u;
const BARE_DAY = /^\d{1,2}$/u;

// Only the kind is wanted here: the date part is parsed again later, with the roadmap's period and warnings kept.
export function splitVenueAndDate(text: string): { date: string; venue: string } {
  const dateLines: string[] = [];
  const venueLines: string[] = [];
  for (const line of text.split('\n')) {
    const pieces = line.trim().split(PIECE_SEPARATOR).filter((piece) => piece !== '');
    if (pieces.length === 0) continue;
    const dates = pieces.filter((piece) => BARE_DAY.test(piece) || readsAsDeadline(piece));
    const venues = pieces.filter((piece) => !dates.includes(piece));
    if (dates.length > 0) dateLines.push(dates.join(', '));
    if (venues.length > 0) venueLines.push(venues.join(', '));
  }
  return { date: dateLines.join('\n'), venue: venueLines.join('\n') };
}
