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
 * Recurrence phrases, their stems short enough to match the abbreviations
 * (`ежемес.`, `ежекв.`). They win over printed dates: in «ежемесячно до 5 числа»
 * the 5 is a day of every month, not one deadline.
 */
export const RECURRENCE_PHRASES: ReadonlyArray<readonly [RegExp, Exclude<Recurrence, null>]> = [
  [rx('ежедн|каждый день'), 'daily'],
  // «каждый понедельник», «по средам», «каждую пятницу»: one weekday every week
  [rx('еженед|раза? в неделю|каждую неделю|(?:кажд\\p{L}*|по) (?:понедельник|вторник|сред[уаы]|четверг|пятниц|суббот|воскресень)'), 'weekly'],
  // «Ежемесячно (по плану школ)», «В течение года, 1 раз в месяц» (seeds)
  // «1 раз в 2 месяца» (ussuriysk-detdom-antiextremism-2013): every few months is read as monthly
  // «до 1 числа каждого месяца», «по итогам каждого месяца»
  [rx('ежемес|(?:раза?|р\\.?) в (?:\\d+ )?месяц|каждый месяц|каждого месяца|по месяцам'), 'monthly'],
  // «ежеквартально», «Согласно графика не реже 1 раза в четверть» (seeds)
  // «по окончании четверти», «в конце каждой четверти», «1 раз в триместр» (a term of a three-term school year)
  [rx(`ежекв|раза? в (?:квартал|четверть|триместр)${R}|по четвертям|по кварталам|по триместрам|(?:по итогам|по окончании|в конце) (?:каждой )?четверти|(?:по итогам|по окончании|в конце) (?:каждого )?квартала`), 'quarterly'],
  // «По полугодиям» (seed)
  // «2 р в год» (ussuriysk-detdom-police-plan-2013): twice a year is every half-year
  [rx(`по полугодиям|раза? в полугодие|(?:по итогам|по окончании|в конце) (?:каждого )?полугодия|2 (?:раза?|р\\.?) в год${R}`), 'semiannual'],
  [rx(`ежегод|(?:раза?|р\\.?) в год${R}`), 'annual'],
];

/**
 * «По мере необходимости» (seed); «По факту обращения», «в случае
 * необходимости», «при поступлении запросов», «по мере финансирования»
 * (issue 16, real plans): each waits for an event, not a date.
 */
export const AS_NEEDED_PHRASES: readonly RegExp[] = [
  rx('по мере |по необходимости|при необходимости|в случае необходимости|по запрос|при поступлении|по факту'),
];

/**
 * An as-needed phrase that opens the cell wins over a recurrence after it:
 * «по мере необходимости (не реже 2 раза в год)» only bounds how often.
 */
export const AS_NEEDED_LEAD = /^(?:по мере |по необходимости|при необходимости|в случае необходимости|по запрос|при поступлении|по факту)/u;

/**
 * A recurrence written as a bound on the phrase before it, after «но» or in
 * brackets: «По плану занятий, но не реже 2 раз в год»
 * (ussuriysk-detdom-antiextremism-2013), «по графику (не реже 1 раза в
 * квартал)». Unmarked, as in «Согласно графика не реже 1 раза в четверть»
 * (seed 003), the recurrence is the schedule's own and wins.
 */
export const MARKED_BOUND = /(?:(?<![\p{L}])но\s+|\(\s*)не (?:реже|менее)(?![\p{L}])/u;

/**
 * Words that say a recurrence follows dated stages: «составление плана до 20
 * июля 2020 г., первый отчет … до 25 сентября 2020 года, последующие отчеты
 * предоставлять ежеквартально» (ussuriysk-centre-runaways-order-2020),
 * «Сентябрь, далее ежемесячно».
 */
export const THEN_WORDS = /(?<![\p{L}])(?:последующ\p{L}*|далее|затем|в дальнейшем|впоследствии)(?![\p{L}])/u;

/**
 * «По графику ИРО и ОРЦОКО», «По отдельном у графику» (repaired in normalise),
 * «Согласно плана-графика СКИРО ПК И ПРО» (seeds).
 */
export const SCHEDULED_PHRASES: readonly RegExp[] = [
  rx('по (?:отдельному |утвержденному |единому )?(?:плану-)?график|согласно (?:отдельному )?(?:плана?-)?график|в соответствии с (?:планом-)?график|по плану|согласно плану|по расписанию'),
  // «в соответствии с календарным планом», «В соответствии с утвержденным графиком», «Согласно планов центра
  // и города», «По доп. графику», «Доп.график» (issue 16, real plans)
  rx('(?:в соответствии с|согласно) (?:\\p{L}+ )?(?:план|график)|доп\\.?\\s*график|дополнительн\\p{L}* график'),
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

/**
 * «январь В течение года» (seed 004, 3.2): a date followed by «в течение
 * года» starts there and goes on to the end of the roadmap's period.
 */
export const THROUGHOUT_YEAR_TAIL = /(?:^|[\s,;.])в течение (?:всего |текущего |учебного |календарного )?года\.?$/u;

/**
 * Seasons as months (first, last): «осень 2021» is 1 September – 30 November
 * (issue 16); «летний период», «в зимний период». Winter runs into the next year.
 */
export const SEASONS: ReadonlyMap<string, readonly [number, number]> = new Map(
  ([
    [[9, 11], ['осень', 'осенью', 'осенний', 'осеннего', 'осенние', 'осенних', 'осеннем']],
    [[12, 2], ['зима', 'зимой', 'зимний', 'зимнего', 'зимние', 'зимних', 'зимнем']],
    [[3, 5], ['весна', 'весной', 'весенний', 'весеннего', 'весенние', 'весенних', 'весеннем']],
    [[6, 8], ['лето', 'летом', 'летний', 'летнего', 'летние', 'летних', 'летнем']],
  ] as const).flatMap(([months, words]) => words.map((w) => [w, months] as const)),
);

/** «весенние каникулы» are a week of the season, not the season: a season word before these is not read. */
export const NOT_SEASON_AFTER = /^каникул/u;

/**
 * School terms (четверти) as months (first, last), the usual Russian school
 * calendar: «3 четверть» is January – March, «4 четверть» April – May
 * (ussuriysk-centre-prevention-plans-2018).
 */
export const TERMS: readonly (readonly [number, number])[] = [[9, 10], [11, 12], [1, 3], [4, 5]];

/**
 * A school's half-years (полугодия) as months (first, last): the first ends
 * with the second term in December, the second with the fourth in May. A
 * half-year printed without a year in a plan for a school year is one of these;
 * with a calendar year («1 полугодие 2024 года») it is the calendar's.
 */
export const SCHOOL_HALVES: readonly (readonly [number, number])[] = [[9, 12], [1, 5]];

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

/** «последняя неделя декабря», «в последнюю декаду мая»: the last part of a month. */
export const LAST_ORDINALS: ReadonlySet<string> = new Set(['последняя', 'последней', 'последнюю', 'последний', 'последнего', 'последнее']);

/** What an ordinal counts: `IV кв. 2023`, `1 полугодие 2024 года`, `1 декада сентября`, `первая неделя марта`. */
export type PartUnit = 'quarter' | 'half' | 'term' | 'decade' | 'week';
export const PART_WORDS: ReadonlyMap<string, PartUnit> = new Map([
  ['квартал', 'quarter'], ['квартала', 'quarter'], ['квартале', 'quarter'], ['кв', 'quarter'],
  ['полугодие', 'half'], ['полугодия', 'half'], ['полугодии', 'half'], ['полуг', 'half'],
  ['четверть', 'term'], ['четверти', 'term'], ['четверт', 'term'],
  ['декада', 'decade'], ['декады', 'decade'], ['декаде', 'decade'], ['декаду', 'decade'],
  ['неделя', 'week'], ['недели', 'week'], ['неделе', 'week'], ['неделю', 'week'],
]);

/** Words before a number that make it an item or a page, not a day: «п. 15.10.», «стр. 12.03». */
export const ITEM_WORDS: ReadonlySet<string> = new Set(['п', 'пп', 'пункт', 'пункта', 'раздел', 'раздела', 'стр', 'приложение']);

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

/**
 * «в течение 14 дней», «в течение 10 рабочих дней со дня …», «в течение
 * месяца после …» (issue 16): a span counted from an event. The number may be
 * a word; a bare «в течение месяца» is a span only when an event follows.
 */
export const RELATIVE_SPAN = /в течение\s+(?:(\d+|\p{L}+)\s+)?(?:(рабочих|календарных)\s+)?(дн|день|недел|месяц|мес)\p{L}*(?<rest>.*)$/u;
export const EVENT_AFTER = /^\s*(?:после|со дня|с момента|с даты|от даты|с начала|по окончании|по завершении|со времени)/u;
/** Numbers written as words in a relative span. */
export const NUMBER_WORDS: ReadonlyMap<string, number> = new Map([
  ['одного', 1], ['одной', 1], ['одну', 1], ['двух', 2], ['трех', 3], ['четырех', 4], ['пяти', 5], ['шести', 6],
  ['семи', 7], ['десяти', 10], ['пятнадцати', 15], ['тридцати', 30],
]);
/** An order's span counted from the decree itself: «со дня подписания настоящего приказа». */
export const FROM_THE_DECREE = /настоящего|подписания|издания/u;

/** «в теч. года», «в течен. месяца», «в теч.мес.», «В течении» (issue 16): every spelling of «в течение». */
export const THROUGHOUT_ABBREVIATION = /(?<![\p{L}\p{N}_])теч(?:ение|ении|ен|)(?:\.\s*|\s+|$)/gu;
export const MONTH_ABBREVIATION = /(?<![\p{L}\p{N}_])мес(?:\.|(?![\p{L}]))/gu;
