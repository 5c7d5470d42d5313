/**
 * Word tables for the deadline grammar (issue #3). Kept as data so a new
 * phrase seen in a decree is one line here, not a new branch in the parser.
 * Patterns run on the normalised cell: lower case, `ё`→`е`, dashes → `-`.
 */
import type { Recurrence } from '../../model/roadmap.js';

/** Letters/digits must not touch a phrase: `\b` is ASCII-only in JS (STACK-NOTES). */
const L = '(?<![\\p{L}\\p{N}_])';
const R = '(?![\\p{L}\\p{N}_])';
const rx = (body: string): RegExp => new RegExp(`${L}(?:${body})`, 'u');

/**
 * Recurrence phrases. They win over printed dates: in «ежемесячно до 5 числа»
 * the 5 is a day of every month, not one deadline.
 */
export const RECURRENCE_PHRASES: ReadonlyArray<readonly [RegExp, Exclude<Recurrence, null>]> = [
  [rx('ежедневн|каждый день'), 'daily'],
  [rx('еженедельн|раза? в неделю|каждую неделю'), 'weekly'],
  // «Ежемесячно (по плану школ)», «В течение года, 1 раз в месяц» (seeds)
  [rx('ежемесячн|раза? в месяц|каждый месяц|по месяцам'), 'monthly'],
  // «ежеквартально», «Согласно графика не реже 1 раза в четверть» (seeds)
  [rx(`ежеквартальн|раза? в (?:квартал|четверть)${R}|по четвертям|по кварталам|по итогам (?:каждой )?четверти|по итогам (?:каждого )?квартала`), 'quarterly'],
  // «По полугодиям» (seed)
  [rx(`по полугодиям|раза? в полугодие|по итогам (?:каждого )?полугодия`), 'semiannual'],
  [rx(`ежегодн|раза? в год${R}`), 'annual'],
];

/** «По мере необходимости» (seed). */
export const AS_NEEDED_PHRASES: readonly RegExp[] = [
  rx('по мере необходимости|по необходимости|при необходимости|по мере поступления|по запросу'),
];

/**
 * «По графику ИРО и ОРЦОКО», «По отдельном у графику» (repaired in normalise),
 * «Согласно плана-графика СКИРО ПК И ПРО» (seeds).
 */
export const SCHEDULED_PHRASES: readonly RegExp[] = [
  rx('по (?:отдельному |утвержденному |единому )?(?:плану-)?график|согласно (?:отдельному )?(?:плана?-)?график|в соответствии с (?:планом-)?график|по плану|согласно плану|по расписанию'),
];

/**
 * «В процессе работы», «В течение учебного года», «В течение года (особенный
 * упор в каникулярный период)» (seeds); «постоянно», «весь период» (contract).
 */
export const ONGOING_PHRASES: readonly RegExp[] = [
  rx('в течение|в процессе|постоянно|весь период|всего периода|на протяжении|круглогодично|систематически|регулярно|в период реализации'),
];

/**
 * «В течение 2024 г.», «в течение 2023-2024 учебного года», «на протяжении
 * сентября 2023»: a cell that opens so and names one whole year or month is
 * ongoing over it (contract; 14 rows of seed 003), not a period.
 */
export const THROUGHOUT_LEAD = /^(?:в течение|на протяжении)\s/u;

/** Words after a year that only say «year»: `2024г.`, `2023 год`, `2024-2025 гг.` (seeds). */
export const YEAR_WORDS: ReadonlySet<string> = new Set(['г', 'гг', 'год', 'года', 'году', 'годы', 'годов', 'годах']);

/**
 * `2023-2024 уч. год`, `учебный год`: marks a year range as an academic year,
 * 1 September – 31 August; so do a training year and a sports season
 * (`2019-2020 тренировочный год`, `2021-2022 спортивный сезон`, issue 12).
 */
export const ACADEMIC_WORDS: ReadonlySet<string> = new Set([
  'уч', 'учебный', 'учебного', 'учебном', 'учебному',
  'тренировочный', 'тренировочного', 'тренировочном', 'тренировочному',
  'спортивный', 'спортивного', 'спортивном', 'сезон', 'сезона', 'сезоне',
]);

/** Ordinals for quarters, half-years, decades and weeks: `II квартал`, `1 полугодие`, `первая неделя`. */
export const ORDINALS: ReadonlyMap<string, number> = new Map([
  ['i', 1], ['ii', 2], ['iii', 3], ['iv', 4],
  // Cyrillic look-alikes typed for Roman numerals: «І», «ІІ» (U+0456 after lower-casing).
  ['і', 1], ['іі', 2], ['ііі', 3],
  ['первый', 1], ['первая', 1], ['первое', 1], ['первой', 1], ['первую', 1], ['первого', 1],
  ['второй', 2], ['вторая', 2], ['второе', 2], ['вторую', 2], ['второго', 2],
  ['третий', 3], ['третья', 3], ['третье', 3], ['третьей', 3], ['третью', 3], ['третьего', 3],
  ['четвертый', 4], ['четвертая', 4], ['четвертой', 4], ['четвертую', 4], ['четвертого', 4],
  ['пятая', 5], ['пятой', 5],
]);

/** What an ordinal counts: `IV кв. 2023`, `1 полугодие 2024 года`, `1 декада сентября`, `первая неделя марта`. */
export type PartUnit = 'quarter' | 'half' | 'decade' | 'week';
export const PART_WORDS: ReadonlyMap<string, PartUnit> = new Map([
  ['квартал', 'quarter'], ['квартала', 'quarter'], ['квартале', 'quarter'], ['кв', 'quarter'],
  ['полугодие', 'half'], ['полугодия', 'half'], ['полугодии', 'half'], ['полуг', 'half'],
  ['декада', 'decade'], ['декады', 'decade'], ['декаде', 'decade'], ['декаду', 'decade'],
  ['неделя', 'week'], ['недели', 'week'], ['неделе', 'week'], ['неделю', 'week'],
]);

/** Words that turn the date after them into an end: «до 16.10.2023», «не позднее 1 марта», «к 1 сентября». */
export const UNTIL_WORDS: ReadonlySet<string> = new Set(['до', 'позднее', 'позже', 'к', 'ко']);

/** «до конца 2023», «до конца года», «до конца учебного года» (seed: «Март 2023, реализация до конца 2023»). */
export const END_WORDS: ReadonlySet<string> = new Set(['конца', 'окончания', 'завершения']);

/**
 * Words that make the period after them what a report covers, not when it is
 * due: «за I полугодие в срок до 20 июня 2022 года» (seed 002). Such a period
 * is dropped when the cell also names a «до» date.
 */
export const ABOUT_WORDS: ReadonlySet<string> = new Set(['за']);
