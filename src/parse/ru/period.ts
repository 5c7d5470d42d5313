/**
 * A roadmap's period from its caption, its title or approval block, or the
 * decree's title: `на 2023 год`, `на 2023-2024 учебный год`, `в 2022 году`,
 * `на 2024-2026 годы` (issue #3), `на 2019-2020 тренировочный год`, `в период
 * школьных каникул 2019 года`, `с 23.03 по 31.03.2019` (issue #12); and from a
 * programme's passport, `Срок реализации Программы: 2013 – 2018 гг.`
 * (findProgrammeTerm).
 */
import type { Period } from '../../model/roadmap.js';
import { monthNumber } from './months.js';

const YEARS = '(?<first>(?:19|20)\\d\\d)\\s*[-–—/]\\s*(?<second>(?:19|20)\\d\\d)';
/**
 * Years that run 1 September – 31 August: a school year (`2023-2024 учебный
 * год`, `уч. г.`), a training year (`на 2019-2020 тренировочный год`) and a
 * sports season (`спортивный сезон 2021-2022`), the words after or before the years.
 */
const SEASON_YEAR_WORDS = '(?:уч(?:ебн\\p{L}*|\\.)?|тренировочн\\p{L}*)\\s*г(?:од|ода|оду|оде|\\.)?|спортивн\\p{L}*\\s+сезон\\p{L}*';
const SEASON_YEAR: readonly RegExp[] = [
  new RegExp(`(?<![\\p{L}\\p{N}])${YEARS}\\s*(?:${SEASON_YEAR_WORDS})(?![\\p{L}])`, 'iu'),
  new RegExp(`(?<![\\p{L}\\p{N}])(?:учебн\\p{L}*\\s+год\\p{L}*|тренировочн\\p{L}*\\s+год\\p{L}*|спортивн\\p{L}*\\s+сезон\\p{L}*)\\s+${YEARS}(?![\\p{L}\\p{N}])`, 'iu'),
];
/**
 * `на` or `в`, and up to three words before the years: `в 2022 году`, `на
 * период весенних каникул 2019 года` (ussuriysk-centre-spring-holidays-plan-2019).
 */
const LEAD = '(?<![\\p{L}\\p{N}])(?:на|в)\\s+(?:[\\p{L}-]+\\s+){0,3}?';
/** `на 2024-2026 годы`, `на 2024–2025 гг.`: several calendar years (checked after the academic year). */
const YEAR_RANGE = new RegExp(`${LEAD}(?<first>(?:19|20)\\d\\d)\\s*[-–—]\\s*(?<second>(?:19|20)\\d\\d)\\s*(?:годы|годах|годов|гг\\.?|г\\.?)(?![\\p{L}])`, 'iu');
const CALENDAR_YEAR = new RegExp(`${LEAD}(?<year>(?:19|20)\\d\\d)\\s*(?:год|году|года|г\\.|г)(?![\\p{L}])`, 'iu');
/** A span of days, `с 23.03 по 31.03.2019`, `с 23.03.2019 - 31.03.2019`: the year printed at the end at least. */
const NUMERIC_DAYS = /(?<![\p{L}\p{N}])с\s+(?<d1>\d{1,2})\.(?<m1>\d{1,2})(?:\.(?<y1>(?:19|20)\d\d))?\s*(?:г\.?\s*)?(?:по|[-–—])\s*(?<d2>\d{1,2})\.(?<m2>\d{1,2})\.(?<y2>(?:19|20)\d\d)(?!\d)/iu;
/** The same in words, `с 23 по 31 марта 2019 года`, `с 28 марта по 5 апреля 2019 г.`. */
const WORDED_DAYS = /(?<![\p{L}\p{N}])с\s+(?<d1>\d{1,2})(?:\s+(?<m1>\p{L}+))?\s+(?:по|[-–—])\s*(?<d2>\d{1,2})\s+(?<m2>\p{L}+)\s+(?<y2>(?:19|20)\d\d)(?!\d)/iu;

/** The period a caption or title names, with the matched words as its `text`; null when it names none. */
export function findPeriod(text: string): Period | null {
  const days = daySpan(text);
  if (days) return days;
  const season = seasonYear(text);
  if (season) return season;
  const range = YEAR_RANGE.exec(text);
  if (range?.groups) {
    const years = yearRange(Number(range.groups.first), Number(range.groups.second), range[0]);
    if (years) return years;
  }
  const calendar = CALENDAR_YEAR.exec(text);
  if (calendar?.groups) return yearPeriod(Number(calendar.groups.year), calendar[0].trim());
  return null;
}

/** A whole calendar year, e.g. the decree's year when no caption names a period. */
export function yearPeriod(year: number, text = `${year} год`): Period {
  return { text, start: `${year}-01-01`, end: `${year}-12-31` };
}

/**
 * The field of a programme's passport that says how long it runs: `9. Срок
 * реализации Программы: 2013 – 2018 гг.`, `Сроки и этапы реализации программы:
 * 2019-2024 годы`, `Срок действия плана – 2023-2024 учебный год` (a paragraph,
 * or a passport table's row with its cells joined by `: `). The plans inside
 * the programme run over it (dshi5-yoshkar-ola-razvitie-2013). Null for any
 * other text: the words must open it, so a sentence that cites some other
 * programme's term does not count.
 */
export function findProgrammeTerm(text: string): Period | null {
  const label = TERM_LABEL.exec(text);
  if (!label) return null;
  const rest = text.slice(label[0].length, label[0].length + TERM_REACH);
  const season = seasonYear(rest);
  if (season) return { ...season, text: text.slice(0, label[0].length + rest.indexOf(season.text) + season.text.length).trim() };
  const years = TERM_YEARS.exec(rest);
  if (!years?.groups) return null;
  const matched = text.slice(0, label[0].length + years.index + years[0].length).trim();
  const first = Number(years.groups.first);
  return years.groups.second === undefined ? yearPeriod(first, matched) : yearRange(first, Number(years.groups.second), matched);
}

/** `Срок(и) [и этапы] реализации`, `Период действия`, after the field's number if any. */
const TERM_LABEL = /^\s*(?:\d+(?:\.\d+)*[.)]?\s*)?(?:срок\p{L}*|период)\s+(?:и\s+этап\p{L}*\s+)?(?:реализации|действия|исполнения|выполнения)(?![\p{L}])/iu;
/** How far after the label the years may stand: past the programme's name, not into the next field. */
const TERM_REACH = 160;
/** `2013 – 2018 гг.`, `с 2013 по 2018 год`, `2023 год`; a year inside a date (`10.01.2013`) is not one. */
const TERM_YEARS = /(?<![\p{N}.])(?:с\s+)?(?<first>(?:19|20)\d\d)(?:\s*(?:гг?\.?|годы?|года)?\s*(?:[-–—]|по)\s*(?<second>(?:19|20)\d\d))?(?![\d.])/iu;

function seasonYear(text: string): Period | null {
  for (const pattern of SEASON_YEAR) {
    const season = pattern.exec(text);
    if (!season?.groups) continue;
    const first = Number(season.groups.first);
    const second = Number(season.groups.second);
    if (second === first + 1) return { text: season[0].trim(), start: `${first}-09-01`, end: `${second}-08-31` };
  }
  return null;
}

function yearRange(first: number, second: number, text: string): Period | null {
  return second > first ? { text: text.trim(), start: `${first}-01-01`, end: `${second}-12-31` } : null;
}

function daySpan(text: string): Period | null {
  for (const pattern of [NUMERIC_DAYS, WORDED_DAYS]) {
    const match = pattern.exec(text);
    if (!match?.groups) continue;
    const { d1, m1, y1, d2, m2, y2 } = match.groups;
    const endMonth = monthOf(m2!);
    const startMonth = m1 === undefined ? endMonth : monthOf(m1);
    if (endMonth === null || startMonth === null) continue;
    const endYear = Number(y2);
    const startYear = y1 !== undefined ? Number(y1) : startMonth > endMonth ? endYear - 1 : endYear;
    const start = isoDate(startYear, startMonth, Number(d1));
    const end = isoDate(endYear, endMonth, Number(d2));
    if (start !== null && end !== null && start <= end) return { text: match[0].trim(), start, end };
  }
  return null;
}

/** `03` or `марта` → 3; null when it names no month. */
function monthOf(text: string): number | null {
  if (/^\d+$/u.test(text)) {
    const month = Number(text);
    return month >= 1 && month <= 12 ? month : null;
  }
  return monthNumber(text);
}

/** The ISO day of a printed day, month and year; null when the calendar has no such day (`31.04`). */
export function isoDate(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date.toISOString().slice(0, 10);
}
