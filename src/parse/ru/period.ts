/**
 * A roadmap's period from its caption, its title or approval block, or the
 * decree's title: `на 2023 год`, `на 2023-2024 учебный год`, `в 2022 году`,
 * `на 2024-2026 годы` (issue #3), `на 2019-2020 тренировочный год` (issue #12).
 */
import type { Period } from '../../model/roadmap.js';

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
/** `на 2024-2026 годы`, `на 2024–2025 гг.`: several calendar years (checked after the academic year). */
const YEAR_RANGE = /(?<![\p{L}\p{N}])(?:на|в)\s+(?<first>(?:19|20)\d\d)\s*[-–—]\s*(?<second>(?:19|20)\d\d)\s*(?:годы|годах|годов|гг\.?|г\.?)(?![\p{L}])/iu;
const CALENDAR_YEAR = /(?<![\p{L}\p{N}])(?:на|в)\s+(?<year>(?:19|20)\d\d)\s*(?:год|году|г\.|г)(?![\p{L}])/iu;

/** The period a caption or title names, with the matched words as its `text`; null when it names none. */
export function findPeriod(text: string): Period | null {
  for (const pattern of SEASON_YEAR) {
    const season = pattern.exec(text);
    if (!season?.groups) continue;
    const first = Number(season.groups.first);
    const second = Number(season.groups.second);
    if (second === first + 1) return { text: season[0].trim(), start: `${first}-09-01`, end: `${second}-08-31` };
  }
  const range = YEAR_RANGE.exec(text);
  if (range?.groups) {
    const first = Number(range.groups.first);
    const second = Number(range.groups.second);
    if (second > first) return { text: range[0].trim(), start: `${first}-01-01`, end: `${second}-12-31` };
  }
  const calendar = CALENDAR_YEAR.exec(text);
  if (calendar?.groups) return yearPeriod(Number(calendar.groups.year), calendar[0].trim());
  return null;
}

/** A whole calendar year, e.g. the decree's year when no caption names a period. */
export function yearPeriod(year: number, text = `${year} год`): Period {
  return { text, start: `${year}-01-01`, end: `${year}-12-31` };
}
