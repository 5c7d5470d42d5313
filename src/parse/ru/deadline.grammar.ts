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
  start: string;
  end: string;
  /** Printed intervals; [] for a phrase kind. */
  intervals: Array<{ start: string; end: string }>;
  recurrence: Deadline['recurrence'];
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

/** Letter case as offices type it: lower, Capitalised, UPPER. */
const lettering = fc.constantFrom(
  (s: string) => s,
  (s: string) => s.charAt(0).toUpperCase() + s.slice(1),
  (s: string) => s.toUpperCase(),
);
/** What may follow a printed year. */
const yearWord = fc.constantFrom('', ' г.', 'г.', ' г', ' года');
/** A range's dash: hyphen, en dash, em dash, with or without spaces. */
const dash = fc.tuple(fc.constantFrom('-', '–', '—'), fc.constantFrom('', ' ')).map(([d, s]) => `${s}${d}${s}`);
/** A day: one digit or zero-padded when under 10. */
const dayText = (d: number): fc.Arbitrary<string> => (d < 10 ? fc.constantFrom(String(d), pad(d)) : fc.constant(String(d)));

// ---------------------------------------------------------------- one day

/** `16.02.2022`, `6.2.2022 г.`, `15.10. 2021`, `8 декабря 2023 года`. */
const dayWithYear = (x: Day): fc.Arbitrary<string> =>
  fc.oneof(
    fc.tuple(dayText(x.d), fc.constantFrom(String(x.m), pad(x.m)), fc.constantFrom('.', '. '), yearWord).map(
      ([d, m, dot, w]) => `${d}.${m}${dot}${x.y}${w}`,
    ),
    fc.tuple(dayText(x.d), lettering, yearWord).map(([d, letters, w]) => `${d} ${letters(GENITIVE[x.m - 1]!)} ${x.y}${w}`),
  );

/** `08.09`, `07.11.`, `3.05.`, `12 марта`: the year comes from the period. */
const dayWithoutYear = (x: Day): fc.Arbitrary<string> =>
  fc.oneof(
    fc.constantFrom(`${pad(x.d)}.${pad(x.m)}`, `${pad(x.d)}.${pad(x.m)}.`, `${x.d}.${pad(x.m)}.`),
    lettering.map((letters) => `${x.d} ${letters(GENITIVE[x.m - 1]!)}`),
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
      // the left side's year comes from the right
      fc.tuple(dayText(a.d), dash, dayWithYear(b)).map(([d, s, right]) => `${d}.${pad(a.m)}.${s}${right}`),
      // neither side prints a year
      fc.tuple(dash).map(([s]) => `${pad(a.d)}.${pad(a.m)}.${s}${pad(b.d)}.${pad(b.m)}.`),
      fc.tuple(dayText(a.d), dash).map(([d, s]) => `${d}.${pad(a.m)}.${s}${pad(b.d)}.${pad(b.m)}`),
    ];
    if (sameMonth) {
      printed.push(
        fc.tuple(dash, lettering, yearWord).map(([s, letters, w]) => `${a.d}${s}${b.d} ${letters(GENITIVE[a.m - 1]!)} ${a.y}${w}`),
        lettering.map((letters) => `с ${a.d} по ${b.d} ${letters(GENITIVE[a.m - 1]!)}`),
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
    if (a.m === b.m && a.y === b.y) printed.push(fc.constant(`в ${PREPOSITIONAL[a.m - 1]!} ${a.y} года`));
    if (a.m !== b.m || a.y !== b.y) printed.push(dash.map((s) => `${NOMINATIVE[a.m - 1]!}${s}${NOMINATIVE[b.m - 1]!}`));
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
        return fc.tuple(fc.constantFrom('полугодие', 'полугодия'), yearWord).map(([word, w]) =>
          spanCase(`${n(h)} ${word} ${year}${w}`, p, first, lastDay(year, 6 * h)),
        );
      }
      const q2 = Math.min(4, q + more);
      return fc.tuple(fc.constantFrom('квартал', 'кв.'), yearWord).map(([word, w]) =>
        spanCase(`${n(q)}${q2 > q ? `-${n(q2)}` : ''} ${word} ${year}${w}`, p, { y: year, m: 3 * q - 2, d: 1 }, lastDay(year, 3 * q2)),
      );
    },
  );

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

/** `ежемесячно`, `ежемес.`, `1 раз в месяц`, `ежеквартально`, `ежекв.`, `не реже 1 раза в четверть`, `ежегодно`. */
const recurring = (p: Period): fc.Arbitrary<GrammarCase> =>
  fc.tuple(
    fc.constantFrom<[string, Deadline['recurrence']]>(
      ['ежемесячно', 'monthly'], ['ежемес.', 'monthly'], ['1 раз в месяц', 'monthly'], ['ежеквартально', 'quarterly'],
      ['ежекв.', 'quarterly'], ['не реже 1 раза в четверть', 'quarterly'], ['по полугодиям', 'semiannual'],
      ['ежегодно', 'annual'], ['еженедельно', 'weekly'], ['ежедневно', 'daily'],
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
  fc.oneof(single(p), dayRange(p), months(p), quarters(p), throughout(p), throughoutMonth(p), recurring(p)),
);
