/** Header cells → column roles. */
import type { ColumnRole } from '../model/roadmap.js';
import { ACTIVITY_STEMS, PERSON_WORD, VENUE_WORD } from '../layout/column-words.js';
import { headerRole, headerStems } from '../layout/header-role.js';

/**
 * Roles for a header row. A role other than `other` is given to its first
 * column only; a second `Ответственный` column (a split header) becomes
 * `other` and keeps its text in `extra`.
 */
export function columnRoles(headers: string[]): ColumnRole[] {
  const named = headers.map(headerRole);
  if (!named.includes('title')) {
    const activity = named.findIndex((role, index) => TITLE_NAMING_ROLES.has(role) && namesActivity(headers[index]!));
    if (activity >= 0) named[activity] = 'title';
  }
  const taken = new Set<ColumnRole>();
  return named.map((role) => {
    if (role === 'other' || taken.has(role)) return 'other';
    taken.add(role);
    return role;
  });
}

/**
 * Roles a header may have lost to its first word while it names the activity
 * further in (`Форма мероприятия`, `Вид мероприятия`): where no column opens
 * with a title word, such a header is the title column.
 */
const TITLE_NAMING_ROLES: ReadonlySet<ColumnRole> = new Set(['reportForm', 'expectedResult', 'other']);

function namesActivity(header: string): boolean {
  return headerStems(header).some((stem) => ACTIVITY_STEMS.has(stem));
}

/**
 * A header names a plan of activities when it has a title column and a
 * deadline column. A number and a date alone do not make a plan: a staff list
 * (`№ | Ф.И.О. | Дата рождения | …`) and an «Ознакомлены» sheet (`№ |
 * Фамилия, имя, отчество | Роспись | Дата`) have them too.
 */
export function isRoadmapHeader(roles: ColumnRole[]): boolean {
  return roles.includes('deadline') && roles.includes('title');
}

/**
 * The header lists people: a column of names or signatures comes before any
 * title column, so each row is about a person (a staff list, a signature
 * sheet). A plan may name people too, but after its activities (`Подпись
 * ответственного`, `ФИО исполнителя`).
 */
export function listsPeople(headers: string[], roles: ColumnRole[]): boolean {
  const person = headers.findIndex((header) => PERSON_WORD.test(header));
  const title = roles.indexOf('title');
  return person >= 0 && (title < 0 || person < title);
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
