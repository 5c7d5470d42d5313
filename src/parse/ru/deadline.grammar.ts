/**
 * The deadline grammar as a generator (issue 16): every way the corpus prints
 * a date, a range, a month, a quarter or a phrase, each with the interval it
 * means. This file is the specification the property test
 * (test/parse/ru/deadline.property.test.ts) holds parseDeadline to: a case
 * the parser reads differently is a bug in one of the two.
 *
 * Test-only (it imports fast-check, a dev dependency): tsconfig.build.json
 * leaves `*.grammar.ts` out of dist/.
 */
import fc from 'fast-check';
import type { Deadline, Period } from '../../model/roadmap.js';

export interface GrammarCase {
  text: string;
  period: Period;
  sectionTitle: string | null;
  kind: Deadline['kind'];
  start: string | null;
  end: string | null;
  /** Printed intervals; [] for a phrase kind. */
  intervals: Array<{ start: string; end: string }>;
  recurrence: Deadline['recurrence'];
  /** The day a recurrence falls due (`--09-01`, `---05`); absent when none is printed. */
  due?: string;
  /** A span counted from an event; absent when the cell is none. */
  relative?: Deadline['relative'];
}

// ---------------------------------------------------------------- calendar

interface Day { y: number; m: number; d: number }
const pad = (n: number): string => String(n).padStart(2, '0');
const iso = ({ y, m, d }: Day): string => `${y}-${pad(m)}-${pad(d)}`;
const daysIn = (y: number, m: number): number => new Date(Date.UTC(y, m, 0)).getUTCDate();
const lastDay = (y: number, m: number): Day => ({ y, m, d: daysIn(y, m) });
const dayAt = (start: string, offset: number): Day => {
  const t = new Date(`${start}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() + offset);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
};
const before = (a: Day, b: Day): boolean => iso(a) < iso(b);

// ---------------------------------------------------------------- periods

/** A calendar year (`на 2023 год`) or a school year (`2023-2024 учебный год`, 1 September – 31 August). */
const period: fc.Arbitrary<Period> = fc.tuple(fc.integer({ min: 2010, max: 2030 }), fc.boolean()).map(([y, school]) =>
  school
    ? { text: `${y}-${y + 1} учебный год`, start: `${y}-09-01`, end: `${y + 1}-08-31` }
    : { text: `на ${y} год`, start: `${y}-01-01`, end: `${y}-12-31` },
);
const periodDays = (p: Period): number => (Date.parse(p.end!) - Date.parse(p.start!)) / 86_400_000 + 1;
/** A day inside the period: the year a year-less day takes from it is then this day's year. */
const dayIn = (p: Period): fc.Arbitrary<Day> => fc.integer({ min: 0, max: periodDays(p) - 1 }).map((k) => dayAt(p.start!, k));

// ---------------------------------------------------------------- words

const GENITIVE = ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'];
const NOMINATIVE = ['январь', 'февраль', 'март', 'апрель', 'май', 'июнь', 'июль', 'август', 'сентябрь', 'октябрь', 'ноябрь', 'декабрь'];
const PREPOSITIONAL = ['январе', 'феврале', 'марте', 'апреле', 'мае', 'июне', 'июле', 'августе', 'сентябре', 'октябре', 'ноябре', 'декабре'];
const ROMAN = ['I', 'II', 'III', 'IV'];
/** Abbreviations offices print with a dot: `янв.`, `сент.`, `окт.`. */
const ABBREVIATED = ['янв.', 'февр.', 'мар.', 'апр.', 'мая', 'июн.', 'июл.', 'авг.', 'сент.', 'окт.', 'нояб.', 'дек.'];
const isSchoolYear = (p: Period): boolean => p.start!.endsWith('-09-01');

/** Letter case as offices type it: lower, Capitalised, UPPER. */
const lettering = fc.constantFrom(
  (s: string) => s,
  (s: string) => s.charAt(0).toUpperCase() + s.slice(1),
  (s: string) => s.toUpperCase(),
);
/** What may follow a printed year. */
const yearWord = fc.constantFrom('', ' г.', 'г.', ' г', ' года');
/** What may follow a range of years. */
const yearsWord = fc.constantFrom(' гг.', ' гг', 'гг.', ' годы', ' годов');
/** A range's dash: hyphen, en dash, em dash, with or without spaces. */
const dash = fc.tuple(fc.constantFrom('-', '–', '—'), fc.constantFrom('', ' ')).map(([d, s]) => `${s}${d}${s}`);
/** A day: one digit or zero-padded when under 10. */
const dayText = (d: number): fc.Arbitrary<string> => (d < 10 ? fc.constantFrom(String(d), pad(d)) : fc.constant(String(d)));

// ---------------------------------------------------------------- one day

/** `16.02.2022`, `6.2.2022 г.`, `15.10. 2021`, `01.02.22`, `8 декабря 2023 года`. */
const dayWithYear = (x: Day): fc.Arbitrary<string> =>
  fc.oneof(
    fc.tuple(dayText(x.d), fc.constantFrom(String(x.m), pad(x.m)), fc.constantFrom('.', '. '), yearWord).map(
      ([d, m, dot, w]) => `${d}.${m}${dot}${x.y}${w}`,
    ),
    fc.constant(`${pad(x.d)}.${pad(x.m)}.${String(x.y).slice(2)}`),
    fc.tuple(dayText(x.d), lettering, yearWord).map(([d, letters, w]) => `${d} ${letters(GENITIVE[x.m - 1]!)} ${x.y}${w}`),
  );

/** `08.09`, `07.11.`, `3.05.`, `12 марта`: the year comes from the period. */
const dayWithoutYear = (x: Day): fc.Arbitrary<string> =>
  fc.oneof(
    fc.constantFrom(`${pad(x.d)}.${pad(x.m)}`, `${pad(x.d)}.${pad(x.m)}.`, `${x.d}.${pad(x.m)}.`),
    fc.tuple(lettering, fc.constantFrom(' ', '')).map(([letters, space]) => `${x.d}${space}${letters(GENITIVE[x.m - 1]!)}`),
  );

const single = (p: Period): fc.Arbitrary<GrammarCase> =>
  dayIn(p).chain((x) =>
    fc.oneof(dayWithYear(x), dayWithoutYear(x)).map((text) => spanCase(text, p, x, x)),
  );

// ---------------------------------------------------------------- ranges of days

/** `01.01-01.03.2022`, `3.12. - 17.12.2021 г.`, `09.11. – 20.11.`, `18-19 февраля 2022`, `с 1 по 15 марта`. */
const dayRange = (p: Period): fc.Arbitrary<GrammarCase> =>
  fc.tuple(dayIn(p), fc.integer({ min: 1, max: 60 })).chain(([a, length]) => {
    const b = dayAt(iso(a), length);
    if (!before(b, dayAt(p.end!, 1))) return single(p);
    const sameMonth = a.m === b.m && a.y === b.y;
    const printed: Array<fc.Arbitrary<string>> = [
      // both sides print their year: `01.09.2023 - 31.05.2024`
      fc.tuple(dayWithYear(a), dash, dayWithYear(b)).map(([left, s, right]) => `${left}${s}${right}`),
      // the left side's year comes from the right
      fc.tuple(dayText(a.d), dash, dayWithYear(b)).map(([d, s, right]) => `${d}.${pad(a.m)}.${s}${right}`),
      // neither side prints a year
      fc.tuple(dash).map(([s]) => `${pad(a.d)}.${pad(a.m)}.${s}${pad(b.d)}.${pad(b.m)}.`),
      fc.tuple(dayText(a.d), dash).map(([d, s]) => `${d}.${pad(a.m)}.${s}${pad(b.d)}.${pad(b.m)}`),
      // `1.09 – 5.09`: one-digit days, no dots after the months
      dash.map((s) => `${a.d}.${pad(a.m)}${s}${b.d}.${pad(b.m)}`),
    ];
    if (sameMonth) {
      printed.push(
        fc.tuple(dash, lettering, yearWord).map(([s, letters, w]) => `${a.d}${s}${b.d} ${letters(GENITIVE[a.m - 1]!)} ${a.y}${w}`),
        fc.tuple(lettering, fc.constantFrom('', ` ${a.y} года`, ` ${a.y} г.`)).map(([letters, y]) => `с ${a.d} по ${b.d} ${letters(GENITIVE[a.m - 1]!)}${y}`),
      );
    }
    return fc.oneof(...printed).map((text) => spanCase(text, p, a, b));
  });

// ---------------------------------------------------------------- months, quarters, halves

/** `Март 2023`, `в марте`, `Июнь-июль 2023`, `ноябрь – март`. */
const months = (p: Period): fc.Arbitrary<GrammarCase> =>
  fc.tuple(dayIn(p), fc.integer({ min: 0, max: 4 })).chain(([a, extra]) => {
    const end = dayAt(iso({ ...a, d: 1 }), 0);
    let b = end;
    for (let k = 0; k < extra; k++) b = dayAt(iso(lastDay(b.y, b.m)), 1);
    if (!before(b, dayAt(p.end!, 1))) b = a;
    const first = { y: a.y, m: a.m, d: 1 };
    const last = lastDay(b.y, b.m);
    const printed: Array<fc.Arbitrary<string>> = [
      fc.tuple(lettering, fc.constantFrom(true, false), yearWord).map(([letters, withYear, w]) =>
        a.m === b.m && a.y === b.y
          ? `${letters(NOMINATIVE[a.m - 1]!)}${withYear ? ` ${a.y}${w}` : ''}`
          : `${letters(NOMINATIVE[a.m - 1]!)}-${NOMINATIVE[b.m - 1]!}${withYear && a.y === b.y ? ` ${b.y}${w}` : ''}`,
      ),
    ];
    if (a.m === b.m && a.y === b.y) {
      printed.push(
        fc.constant(`в ${PREPOSITIONAL[a.m - 1]!} ${a.y} года`),
        fc.tuple(lettering, fc.boolean()).map(([letters, withYear]) => `${letters(ABBREVIATED[a.m - 1]!)}${withYear ? ` ${a.y}` : ''}`),
      );
    }
    if (a.m !== b.m || a.y !== b.y) {
      printed.push(
        dash.map((s) => `${NOMINATIVE[a.m - 1]!}${s}${NOMINATIVE[b.m - 1]!}`),
        fc.tuple(dash, yearWord).map(([s, w]) => `${NOMINATIVE[a.m - 1]!} ${a.y}${s}${NOMINATIVE[b.m - 1]!} ${b.y}${w}`),
      );
    }
    return fc.oneof(...printed).map((text) => spanCase(text, p, first, last));
  });

/** `II квартал 2024 г.`, `IV кв. 2023`, `3 квартал`, `1 полугодие 2024 года`, `I-II квартал 2024`. */
const quarters = (p: Period): fc.Arbitrary<GrammarCase> =>
  fc.tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 0, max: 3 }), fc.constantFrom('roman', 'arabic'), fc.boolean()).chain(
    ([q, more, numerals, half]) => {
      const year = +p.end!.slice(0, 4);
      const n = (k: number): string => (numerals === 'roman' ? ROMAN[k - 1]! : String(k));
      if (half) {
        const h = Math.min(q, 2);
        const first = { y: year, m: 6 * h - 5, d: 1 };
        const lead = numerals === 'arabic' ? fc.constantFrom(n(h), `${n(h)}-е`, `${n(h)}-ое`) : fc.constant(n(h));
        return fc.tuple(lead, fc.constantFrom('полугодие', 'полугодия'), yearWord).map(([numeral, word, w]) =>
          spanCase(`${numeral} ${word} ${year}${w}`, p, first, lastDay(year, 6 * h)),
        );
      }
      const q2 = Math.min(4, q + more);
      // `1-й квартал`, `2-е полугодие` as well as the bare numeral; a run of quarters `I – III квартал`.
      const first = numerals === 'arabic' && q2 === q ? fc.constantFrom(n(q), `${n(q)}-й`) : fc.constant(n(q));
      return fc.tuple(first, fc.constantFrom('квартал', 'кв.'), yearWord, dash).map(([lead, word, w, s]) =>
        spanCase(`${lead}${q2 > q ? `${s}${n(q2)}` : ''} ${word} ${year}${w}`, p, { y: year, m: 3 * q - 2, d: 1 }, lastDay(year, 3 * q2)),
      );
    },
  );

/** `осень 2021` (1 September – 30 November), `Весной 2022 г.`, `летний период`, `в зимний период`, `зима 2021-2022`. */
const seasons = (p: Period): fc.Arbitrary<GrammarCase> => {
  const y0 = +p.start!.slice(0, 4);
  const y1 = +p.end!.slice(0, 4);
  const named: Array<[string[], number, number]> = [
    [['осень', 'осенью', 'осенний период', 'в осенний период'], 9, 11],
    [['весна', 'весной', 'весенний период', 'в весенний период'], 3, 5],
    [['лето', 'летом', 'летний период', 'в летний период'], 6, 8],
  ];
  const withYear = fc.tuple(fc.constantFrom(...named), fc.integer({ min: y0, max: y1 }), yearWord, lettering).map(([[words, first, last], y, w, letters]) =>
    fc.constantFrom(...words.filter((word) => !word.includes('период'))).map((word) => spanCase(`${letters(word)} ${y}${w}`, p, { y, m: first, d: 1 }, lastDay(y, last))),
  ).chain((x) => x);
  const winter = fc.tuple(fc.integer({ min: y0 - 1, max: y1 }), fc.constantFrom('зима', 'зимой', 'Зима')).map(([y, word]) =>
    spanCase(`${word} ${y}-${y + 1}`, p, { y, m: 12, d: 1 }, lastDay(y + 1, 2)),
  );
  // Without a year, a school year's spring and summer are those of its second year, its autumn of its first.
  if (!isSchoolYear(p)) return fc.oneof(withYear, winter);
  const yearless = fc.tuple(fc.constantFrom(...named), lettering).chain(([[words, first, last], letters]) => {
    const y = first >= 9 ? y0 : y1;
    return fc.constantFrom(...words).map((word) => spanCase(letters(word), p, { y, m: first, d: 1 }, lastDay(y, last)));
  });
  return fc.oneof(withYear, winter, yearless);
};

/** `2023 год`, `2024г.`, `2024-2025 гг.`, `2023-2024 учебный год`, `2023-2024 уч. год`: the years named. */
const years = (p: Period): fc.Arbitrary<GrammarCase> =>
  fc.tuple(fc.integer({ min: 2010, max: 2030 }), fc.integer({ min: 0, max: 3 })).chain(([y, more]) =>
    more === 0
      ? fc.constantFrom(' год', ' г.', 'г.', 'г', ' года').map((w) => spanCase(`${y}${w}`, p, { y, m: 1, d: 1 }, lastDay(y, 12)))
      : fc.oneof(
          fc.tuple(dash, yearsWord).map(([s, w]) => spanCase(`${y}${s}${y + more}${w}`, p, { y, m: 1, d: 1 }, lastDay(y + more, 12))),
          fc.tuple(fc.constantFrom('-', '–', ' - '), fc.constantFrom(' учебный год', ' уч. год', ' учебного года', ' уч.год')).map(([s, w]) =>
            spanCase(`${y}${s}${y + 1}${w}`, p, { y, m: 9, d: 1 }, { y: y + 1, m: 8, d: 31 }),
          ),
        ),
  );

/** `1 декада сентября`, `3 декада мая 2024`, `первая неделя марта`, `2-3 декада мая`, `последняя неделя декабря`: parts of a month. */
const partsOfMonth = (p: Period): fc.Arbitrary<GrammarCase> =>
  fc.tuple(dayIn(p), fc.integer({ min: 1, max: 3 }), fc.integer({ min: 0, max: 2 }), fc.boolean(), fc.boolean()).chain(([x, n, more, decade, withYear]) => {
    const month = `${GENITIVE[x.m - 1]!}${withYear ? ` ${x.y}` : ''}`;
    if (decade) {
      const last = Math.min(3, n + more);
      const end = last === 3 ? lastDay(x.y, x.m) : { y: x.y, m: x.m, d: 10 * last };
      const words = last > n ? [`${n}-${last} декада`, `${n}-${last} декады`] : [`${n} декада`, `${['первая', 'вторая', 'третья'][n - 1]!} декада`];
      return fc.constantFrom(...words).map((w) => spanCase(`${w} ${month}`, p, { y: x.y, m: x.m, d: 10 * n - 9 }, end));
    }
    const week = ['первая', 'вторая', 'третья'][n - 1]!;
    const lastWeek = { y: x.y, m: x.m, d: lastDay(x.y, x.m).d - 6 };
    return fc.oneof(
      fc.constantFrom(`${week} неделя ${month}`, `${n} неделя ${month}`).map((w) => spanCase(w, p, { y: x.y, m: x.m, d: 7 * n - 6 }, { y: x.y, m: x.m, d: 7 * n })),
      // The last week: the month's last seven days; the last decade: its third.
      fc.constantFrom(`последняя неделя ${month}`, `в последнюю неделю ${month}`).map((w) => spanCase(w, p, lastWeek, lastDay(x.y, x.m))),
      fc.constant(spanCase(`последняя декада ${month}`, p, { y: x.y, m: x.m, d: 21 }, lastDay(x.y, x.m))),
    );
  });

/**
 * A school year's parts: the terms `1 четверть` … `4 четверть` (September–October, November–December,
 * January–March, April–May) and the half-years `I полугодие`, `2 полугодие` (September–December,
 * January–May), printed alone in a plan for a school year or followed by the school year itself
 * (`II полугодие 2021-2022 учебного года`, in any plan).
 */
const schoolParts = (p: Period): fc.Arbitrary<GrammarCase> => {
  const own = +p.start!.slice(0, 4);
  return fc.tuple(
    fc.constantFrom<[string[], Array<[number, number, number]>]>(
      [['четверть', 'четверти'], [[0, 9, 10], [0, 11, 12], [1, 1, 3], [1, 4, 5]]],
      [['полугодие', 'полугодия'], [[0, 9, 12], [1, 1, 5]]],
    ),
    fc.integer({ min: 0, max: 3 }),
    fc.constantFrom('arabic', 'roman'),
    fc.oneof(fc.constant(null), fc.integer({ min: 2010, max: 2030 })),
    fc.constantFrom(' учебного года', ' уч. года', ' уч.г.', ' учебный год'),
  ).chain(([[words, parts], k, numerals, printed, yearWords]) => {
    if (printed === null && !isSchoolYear(p)) return single(p);
    const index = k % parts.length;
    const [offset, first, last] = parts[index]!;
    const y0 = printed ?? own;
    const y = y0 + offset;
    const numeral = numerals === 'roman' ? ROMAN[index]! : String(index + 1);
    const suffix = printed === null ? '' : ` ${y0}-${y0 + 1}${yearWords}`;
    return fc.constantFrom(...words).map((word) => spanCase(`${numeral} ${word}${suffix}`, p, { y, m: first, d: 1 }, lastDay(y, last)));
  });
};

/** `II, IV квартал 2021 г.`, `1 и 3 квартал`, `I, II полугодие 2024 года`: one interval a part named before the shared word. */
const partLists = (p: Period): fc.Arbitrary<GrammarCase> =>
  fc.tuple(
    fc.constantFrom<[string, number]>(['квартал', 3], ['полугодие', 6]),
    fc.integer({ min: 1, max: 4 }),
    fc.integer({ min: 1, max: 3 }),
    fc.constantFrom('roman', 'arabic'),
    fc.constantFrom(', ', ',', ' и '),
    yearWord,
  ).map(([[word, length], a, step, numerals, sep, w]) => {
    const count = 12 / length;
    const first = Math.min(a, count - 1);
    const second = Math.min(first + step, count);
    const year = +p.end!.slice(0, 4);
    const n = (k: number): string => (numerals === 'roman' ? ROMAN[k - 1]! : String(k));
    const interval = (k: number) => ({ start: iso({ y: year, m: length * (k - 1) + 1, d: 1 }), end: iso(lastDay(year, length * k)) });
    const intervals = [interval(first), interval(second)];
    return {
      text: `${n(first)}${sep}${n(second)} ${word} ${year}${w}`, period: p, sectionTitle: null, kind: 'multiple' as const,
      start: intervals[0]!.start, end: intervals[1]!.end, intervals, recurrence: null,
    };
  });

// ---------------------------------------------------------------- ends and starts

/** `до 16.10.2023`, `до 01.09`, `не позднее 1 марта`, `к 1 сентября`, `в срок до 20.12.2023 г.`: from the period's start to that day. */
const until = (p: Period): fc.Arbitrary<GrammarCase> =>
  dayIn(p).chain((x) =>
    fc.tuple(fc.constantFrom('до ', 'До ', 'не позднее ', 'не позже ', 'к ', 'в срок до ', 'ДО '), fc.oneof(dayWithYear(x), dayWithoutYear(x))).map(([lead, day]) => ({
      ...phraseCase(`${lead}${day}`, p, 'until', null),
      end: iso(x),
    })),
  );

/** `с 01.09.2023`, `с 15 января`, `со 2 октября 2023 г.`: from that day to the period's end. */
const from = (p: Period): fc.Arbitrary<GrammarCase> =>
  dayIn(p).chain((x) => {
    if (iso(x) === p.end) return single(p);
    return fc.oneof(dayWithYear(x), dayWithoutYear(x)).map((day) => {
      const text = `${x.d === 2 ? 'со' : 'с'} ${day}`;
      return { ...spanCase(text, p, x, x), kind: 'period' as const, end: p.end!, intervals: [{ start: iso(x), end: p.end! }] };
    });
  });

// ---------------------------------------------------------------- lists

/** `Июнь, декабрь 2023`, `Январь; май`, `апрель и октябрь 2023`, `10.01.2023, 15.03.2023`, `3.12. - 17.12.2021 г., 5.04. – 9.04.2022 г.`: each item an interval. */
const list = (p: Period): fc.Arbitrary<GrammarCase> =>
  fc.tuple(dayIn(p), dayIn(p), fc.constantFrom(', ', '; ', ' и ', ',')).chain(([x, y, sep]) => {
    const [a, b] = iso(x) <= iso(y) ? [x, y] : [y, x];
    const printed: Array<fc.Arbitrary<[string, Day, Day, Day, Day]>> = [];
    if (a.y !== b.y || a.m !== b.m) {
      const months = (m: Day): [Day, Day] => [{ ...m, d: 1 }, lastDay(m.y, m.m)];
      const [a0, a1] = months(a);
      const [b0, b1] = months(b);
      printed.push(fc.constant([`${NOMINATIVE[a.m - 1]!} ${a.y}${sep}${NOMINATIVE[b.m - 1]!} ${b.y}`, a0, a1, b0, b1]));
      printed.push(fc.constantFrom('', '.').map((dot) => [`${NOMINATIVE[a.m - 1]!}${sep}${NOMINATIVE[b.m - 1]!}${dot}`, a0, a1, b0, b1]));
      if (a.y === b.y) printed.push(fc.constant([`${NOMINATIVE[a.m - 1]!}${sep}${NOMINATIVE[b.m - 1]!} ${b.y}`, a0, a1, b0, b1]));
    }
    if (iso(a) !== iso(b)) {
      printed.push(fc.tuple(dayWithYear(a), dayWithYear(b)).map(([l, r]) => [`${l}${sep}${r}`, a, a, b, b]));
      // one day per subject (riro-yanao-olympiad-plan-2026): `Химия – 19 января 2026 года Физика – 21 января 2026 года`
      printed.push(
        fc.tuple(fc.constantFrom('Химия', 'Физика', 'Математика:'), dash, dash).map(([subject, s, t]) =>
          [`${subject}${s}${pad(a.d)} ${GENITIVE[a.m - 1]!} ${a.y} года Биология${t}${b.d} ${GENITIVE[b.m - 1]!} ${b.y} года`, a, a, b, b],
        ),
      );
      // Two ranges of a few days: the second starts at least a day after the first ends.
      const aEnd = dayAt(iso(a), 2);
      const bEnd = dayAt(iso(b), 2);
      if (iso(aEnd) < iso(b) && iso(bEnd) <= p.end!) {
        printed.push(
          fc.tuple(dash, dash).map(([s, t]) => [`${a.d}.${pad(a.m)}.${s}${aEnd.d}.${pad(aEnd.m)}.${aEnd.y} г.${sep}${b.d}.${pad(b.m)}.${t}${bEnd.d}.${pad(bEnd.m)}.${bEnd.y} г.`, a, aEnd, b, bEnd]),
          fc.tuple(dash, dash).map(([s, t]) => [`${pad(a.d)}.${pad(a.m)}.${s}${pad(aEnd.d)}.${pad(aEnd.m)}.${sep}${pad(b.d)}.${pad(b.m)}${t}${pad(bEnd.d)}.${pad(bEnd.m)}.`, a, aEnd, b, bEnd]),
        );
      }
    }
    if (printed.length === 0) return single(p);
    return fc.oneof(...printed).map(([text, a0, a1, b0, b1]) => ({
      text, period: p, sectionTitle: null, kind: 'multiple' as const, start: iso(a0), end: iso(b1),
      intervals: [{ start: iso(a0), end: iso(a1) }, { start: iso(b0), end: iso(b1) }], recurrence: null,
    }));
  });

/** A date followed by a place or a note (`2.09. - 4.09.2021 г., спортзал`, `21.04. 2022 г. (выездное)`): the note is no deadline. */
const withNote = (p: Period): fc.Arbitrary<GrammarCase> =>
  fc.tuple(fc.oneof(single(p), dayRange(p)), fc.constantFrom(', спортзал', ' (выездное)', ', актовый зал', ' – МБОУ СОШ № 1', ', кабинет № 12')).map(([c, note]) => ({
    ...c,
    text: `${c.text}${note}`,
  }));

// ---------------------------------------------------------------- under a section

/** A clock time under a day row (`10.00-11.00` under `24 марта`, or `23марта` as a PDF glues it): that day. */
const timeUnderDay = (p: Period): fc.Arbitrary<GrammarCase> =>
  fc.tuple(dayIn(p), fc.integer({ min: 8, max: 20 }), fc.constantFrom('00', '30'), fc.integer({ min: 1, max: 3 }), fc.constantFrom(' ', ''), lettering).chain(
    ([x, hour, minutes, length, space, letters]) =>
      fc.constantFrom(`${hour}.${minutes}`, `${hour}.${minutes}-${hour + length}.00`, `${hour}:${minutes} - ${hour + length}.00`, `С ${hour}.${minutes}-${hour + length}.${minutes}`).map((text) => ({
        ...spanCase(text, p, x, x),
        sectionTitle: `${x.d}${space}${letters(GENITIVE[x.m - 1]!)}`,
      })),
  );

/** `1-10`, `15`, `15 - 16` under a month row (`Январь`, `МАРТ`): days of that month. */
const daysUnderMonth = (p: Period): fc.Arbitrary<GrammarCase> =>
  fc.tuple(dayIn(p), fc.integer({ min: 0, max: 5 }), dash, lettering).map(([x, length, s, letters]) => {
    const last = Math.min(x.d + length, daysIn(x.y, x.m));
    return {
      ...spanCase(last === x.d ? String(x.d) : `${x.d}${s}${last}`, p, x, { ...x, d: last }),
      sectionTitle: letters(NOMINATIVE[x.m - 1]!),
    };
  });

// ---------------------------------------------------------------- phrases

/** `В течение года`, `в теч. года`, `в течен. года`, `в течение учебного года`: ongoing over the period. */
const throughout = (p: Period): fc.Arbitrary<GrammarCase> =>
  fc.tuple(fc.constantFrom('в течение ', 'в теч. ', 'в теч.', 'в течен. ', 'в течен.'), fc.constantFrom('года', 'учебного года', 'уч. года'), lettering).map(
    ([lead, rest, letters]) => phraseCase(letters(`${lead}${rest}`), p, 'ongoing', null),
  );

/** `в течение месяца`, `в теч.мес.` under a month's section: ongoing over that month. */
const throughoutMonth = (p: Period): fc.Arbitrary<GrammarCase> =>
  fc.tuple(dayIn(p), fc.constantFrom('в течение месяца', 'в теч. месяца', 'в течен. месяца', 'в теч.мес.', 'В течение мес.'), lettering).map(
    ([x, text, letters]) => ({
      ...phraseCase(text, p, 'ongoing', null),
      sectionTitle: letters(NOMINATIVE[x.m - 1]!),
      start: iso({ ...x, d: 1 }),
      end: iso(lastDay(x.y, x.m)),
    }),
  );

/** `В течение 2024 г.`, `в течение сентября 2023`: ongoing over the year or month named. */
const throughoutNamed = (p: Period): fc.Arbitrary<GrammarCase> =>
  fc.tuple(dayIn(p), fc.boolean(), yearWord, lettering).map(([x, wholeYear, w, letters]) => {
    const [first, last] = wholeYear ? [{ y: x.y, m: 1, d: 1 }, lastDay(x.y, 12)] : [{ ...x, d: 1 }, lastDay(x.y, x.m)];
    const text = wholeYear ? `в течение ${x.y}${w}` : `в течение ${GENITIVE[x.m - 1]!} ${x.y}${w}`;
    return { ...phraseCase(letters(text), p, 'ongoing', null), start: iso(first), end: iso(last) };
  });

/** `По мере необходимости`, `По факту обращения`, `По графику`, `в соответствии с календарным планом`, `постоянно`: the period. */
const phrases = (p: Period): fc.Arbitrary<GrammarCase> =>
  fc.tuple(
    fc.constantFrom<[string, Deadline['kind']]>(
      ['по мере необходимости', 'as-needed'], ['по факту обращения', 'as-needed'], ['в случае необходимости', 'as-needed'],
      ['при поступлении запросов', 'as-needed'], ['по запросу', 'as-needed'], ['при необходимости', 'as-needed'],
      ['по мере необходимости (не реже 2 раза в год)', 'as-needed'], ['по плану занятий, но не реже 2 раз в год', 'scheduled'],
      ['по графику', 'scheduled'], ['по отдельному графику', 'scheduled'], ['согласно плана-графика', 'scheduled'],
      ['в соответствии с календарным планом', 'scheduled'], ['по доп. графику', 'scheduled'], ['по плану', 'scheduled'],
      ['постоянно', 'ongoing'], ['в процессе работы', 'ongoing'], ['в течение всего периода', 'ongoing'], ['на протяжении учебного года', 'ongoing'],
    ),
    lettering,
  ).map(([[text, kind], letters]) => phraseCase(letters(text), p, kind, null));

/** `в течение 14 дней`, `в течение двух недель`: a span with no dates of its own; `… после снятия с учета`: as-needed in a plan. */
const relativeSpans = (p: Period): fc.Arbitrary<GrammarCase> =>
  fc.tuple(
    fc.constantFrom<[string, number, NonNullable<Deadline['relative']>['unit']]>(
      ['14 дней', 14, 'day'], ['3 дней', 3, 'day'], ['10 рабочих дней', 10, 'working-day'], ['двух недель', 2, 'week'],
      ['1 недели', 1, 'week'], ['3 месяцев', 3, 'month'], ['пяти дней', 5, 'day'],
    ),
    fc.constantFrom('', ' после снятия с учета', ' со дня получения запроса', ' после проведения мероприятия'),
    fc.constantFrom('в течение ', 'в течении ', 'в теч. '),
    lettering,
  ).map(([[span, amount, unit], event, lead, letters]) => ({
    ...(event ? phraseCase('', p, 'as-needed', null) : { ...phraseCase('', p, 'unspecified', null), start: null, end: null }),
    text: letters(`${lead}${span}${event}`),
    relative: { amount, unit },
  }));

/** `ежегодно, до 1 сентября`, `ежемесячно до 5 числа`: recurring, the day each round falls due kept in `due`. */
const recurringDue = (p: Period): fc.Arbitrary<GrammarCase> =>
  fc.tuple(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }), lettering).chain(([m, d, letters]) =>
    fc.constantFrom<[string, Deadline['recurrence'], string]>(
      [`ежегодно, до ${d} ${GENITIVE[m - 1]!}`, 'annual', `--${pad(m)}-${pad(d)}`],
      [`ежегодно до ${pad(d)}.${pad(m)}`, 'annual', `--${pad(m)}-${pad(d)}`],
      [`ежемесячно до ${d} числа`, 'monthly', `---${pad(d)}`],
      [`до ${d} числа каждого месяца`, 'monthly', `---${pad(d)}`],
      [`ежеквартально, до ${d} числа месяца, следующего за отчетным`, 'quarterly', `---${pad(d)}`],
    ).map(([text, recurrence, due]) => ({ ...phraseCase(letters(text), p, 'recurring', recurrence), due })),
  );

/** `до 20.07.2021 г., далее ежеквартально`: the stage from the period's start, then the recurrence to its end. */
const stagesThenRecurring = (p: Period): fc.Arbitrary<GrammarCase> =>
  dayIn(p).chain((x) => {
    if (iso(x) === p.end) return single(p);
    const next = iso(dayAt(iso(x), 1));
    return fc.tuple(
      fc.constantFrom<[string, Deadline['recurrence']]>(['ежеквартально', 'quarterly'], ['ежемесячно', 'monthly'], ['1 раз в полугодие', 'semiannual']),
      fc.constantFrom('далее', 'последующие', 'затем', 'в дальнейшем'),
    ).map(([[often, recurrence], then]) => ({
      text: `до ${pad(x.d)}.${pad(x.m)}.${x.y} г., ${then} ${often}`,
      period: p, sectionTitle: null, kind: 'multiple' as const, start: p.start!, end: p.end!,
      intervals: [{ start: p.start!, end: iso(x) }, { start: next, end: p.end! }], recurrence,
    }));
  });

/** `ежемесячно`, `ежемес.`, `1 раз в месяц`, `ежеквартально`, `ежекв.`, `не реже 1 раза в четверть`, `ежегодно`. */
const recurring = (p: Period): fc.Arbitrary<GrammarCase> =>
  fc.tuple(
    fc.constantFrom<[string, Deadline['recurrence']]>(
      ['ежемесячно', 'monthly'], ['ежемес.', 'monthly'], ['1 раз в месяц', 'monthly'], ['ежеквартально', 'quarterly'],
      ['ежекв.', 'quarterly'], ['не реже 1 раза в четверть', 'quarterly'], ['по полугодиям', 'semiannual'],
      ['ежегодно', 'annual'], ['еженедельно', 'weekly'], ['ежедневно', 'daily'], ['каждый понедельник', 'weekly'], ['по средам', 'weekly'],
      ['каждую пятницу', 'weekly'], ['2 раза в год', 'semiannual'], ['1 раз в 2 месяца', 'monthly'],
    ),
    lettering,
  ).map(([[text, recurrence], letters]) => phraseCase(letters(text), p, 'recurring', recurrence));

// ---------------------------------------------------------------- cases

function spanCase(text: string, p: Period, a: Day, b: Day): GrammarCase {
  const start = iso(a);
  const end = iso(b);
  return { text, period: p, sectionTitle: null, kind: start === end ? 'date' : 'period', start, end, intervals: [{ start, end }], recurrence: null };
}

function phraseCase(text: string, p: Period, kind: Deadline['kind'], recurrence: Deadline['recurrence']): GrammarCase {
  return { text, period: p, sectionTitle: null, kind, start: p.start!, end: p.end!, intervals: [], recurrence };
}

/** One deadline cell as the corpus prints it, with what it means. */
export const deadlineCase: fc.Arbitrary<GrammarCase> = period.chain((p) =>
  fc.oneof(
    single(p), dayRange(p), months(p), quarters(p), seasons(p), years(p), partsOfMonth(p), schoolParts(p), partLists(p),
    until(p), from(p), list(p), withNote(p), timeUnderDay(p), daysUnderMonth(p),
    throughout(p), throughoutMonth(p), throughoutNamed(p), phrases(p), relativeSpans(p), recurring(p), recurringDue(p), stagesThenRecurring(p),
  ),
);
