/** Header cells → column roles. */
import PorterStemmerRu from 'natural/lib/natural/stemmers/porter_stemmer_ru.js';
import type { ColumnRole } from '../model/roadmap.js';
import { DECIDING_WORDS, HEADER_STEM_ROLES, NEUTRAL_HEADER_STEMS, VENUE_WORD } from './column-words.js';

const WORD = /№|п\/п|[\p{L}]+/gu;

/** The role one header names, or `other`. */
export function headerRole(header: string): ColumnRole {
  const words = (header.toLowerCase().match(WORD) ?? []).map((word) => (word.length > 3 ? PorterStemmerRu.stem(word) : word));
  const deciding = words.filter((stem) => !NEUTRAL_HEADER_STEMS.has(stem)).slice(0, DECIDING_WORDS);
  for (const stem of deciding) {
    for (const [prefix, role] of HEADER_STEM_ROLES) {
      if (stem.startsWith(prefix) || (prefix.length <= 3 && stem === prefix)) return role;
    }
  }
  return 'other';
}

/**
 * Roles for a header row. A role other than `other` is given to its first
 * column only; a second `Ответственный` column (a split header) becomes
 * `other` and keeps its text in `extra`.
 */
export function columnRoles(headers: string[]): ColumnRole[] {
  const taken = new Set<ColumnRole>();
  return headers.map((header) => {
    const role = headerRole(header);
    if (role === 'other' || taken.has(role)) return 'other';
    taken.add(role);
    return role;
  });
}

/** A header names a plan of activities when it has a title or number column and a deadline column. */
export function isRoadmapHeader(roles: ColumnRole[]): boolean {
  return roles.includes('deadline') && (roles.includes('title') || roles.includes('number'));
}

/** Enough header words to call a row a header at all. */
export function looksLikeHeader(headers: string[]): boolean {
  const roles = columnRoles(headers).filter((role) => role !== 'other');
  return roles.length >= 2;
}

/** The header names a venue, so a date column under it holds where as well as when. */
export function namesVenue(header: string): boolean {
  return VENUE_WORD.test(header);
}
