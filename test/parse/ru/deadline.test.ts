/**
 * Issue #3: every expected value below was written by hand from what the
 * phrase means (seed cells and the contract's kinds table), not copied from
 * output. The period is always passed explicitly; nothing depends on today.
 */
import { describe, expect, it } from 'vitest';
import { parseDeadline, type DeadlineContext } from '../../../src/parse/ru/deadline.js';
import type { Deadline, Period } from '../../../src/model/roadmap.js';

const YEAR_2023: Period = { text: 'на 2023 год', start: '2023-01-01', end: '2023-12-31' };
const ACADEMIC_2023: Period = { text: 'на 2023-2024 учебный год', start: '2023-09-01', end: '2024-08-31' };
const YEARS_2022_2024: Period = { text: 'на 2022-2024 годы', start: '2022-01-01', end: '2024-12-31' };
const YEAR_2022: Period = { text: 'в 2022 году', start: '2022-01-01', end: '2022-12-31' };
const YEAR_2024: Period = { text: 'на 2024 год', start: '2024-01-01', end: '2024-12-31' };

const ctx = (period: Period | null, extra: Partial<DeadlineContext> = {}): DeadlineContext => ({
  period, sectionTitle: null, anchorDate: null, source: null, ...extra,
});
const parse = (text: string, period: Period | null = YEAR_2023, extra: Partial<DeadlineContext> = {}) =>
  parseDeadline(text, ctx(period, extra));
/** The whole expected Deadline: the cell as printed with white space collapsed, intervals as [start, end] pairs. */
const deadline = (
  text: string,
  kind: Deadline['kind'],
  start: string | null,
  end: string | null,
  intervals: ReadonlyArray<readonly [string, string]>,
  yearInferred: boolean,
  recurrence: Deadline['recurrence'] = null,
): Deadline => ({
  text: text.replace(/\s+/g, ' ').trim(),
  kind,
  start,
  end,
  intervals: intervals.map(([from, to]) => ({ start: from, end: to })),
  recurrence,
  yearInferred,
});

describe('parseDeadline within the 2022–2024 roadmap (dates printed with their year)', () => {
  it.each([
    ['Март 2023, реализация до конца 2023', 'period', '2023-03-01', '2023-12-31', [['2023-03-01', '2023-12-31']]],
    ['Июнь-июль 2023', 'period', '2023-06-01', '2023-07-31', [['2023-06-01', '2023-07-31']]],
    ['2023 год', 'period', '2023-01-01', '2023-12-31', [['2023-01-01', '2023-12-31']]],
    ['сентябрь 2023 г', 'period', '2023-09-01', '2023-09-30', [['2023-09-01', '2023-09-30']]],
    ['01.01-01.03.2022', 'period', '2022-01-01', '2022-03-01', [['2022-01-01', '2022-03-01']]],
    ['16.02.2022', 'date', '2022-02-16', '2022-02-16', [['2022-02-16', '2022-02-16']]],
    ['18-19 февраля 2022', 'period', '2022-02-18', '2022-02-19', [['2022-02-18', '2022-02-19']]],
    ['Январь-декабрь 2024 г.', 'period', '2024-01-01', '2024-12-31', [['2024-01-01', '2024-12-31']]],
    ['март-апрель\n–\n2024 г.', 'period', '2024-03-01', '2024-04-30', [['2024-03-01', '2024-04-30']]],
    ['10.06.2024 г.', 'date', '2024-06-10', '2024-06-10', [['2024-06-10', '2024-06-10']]],
    ['Март-апрель 2024, в течение учебного года', 'period', '2024-03-01', '2024-04-30', [['2024-03-01', '2024-04-30']]],
    ['II квартал 2024 г.', 'period', '2024-04-01', '2024-06-30', [['2024-04-01', '2024-06-30']]],
    ['IV кв. 2023', 'period', '2023-10-01', '2023-12-31', [['2023-10-01', '2023-12-31']]],
    ['I квартал 2022', 'period', '2022-01-01', '2022-03-31', [['2022-01-01', '2022-03-31']]],
    ['III квартал 2023 года', 'period', '2023-07-01', '2023-09-30', [['2023-07-01', '2023-09-30']]],
    ['1 полугодие 2024 года', 'period', '2024-01-01', '2024-06-30', [['2024-01-01', '2024-06-30']]],
    ['2 полугодие 2023 г.', 'period', '2023-07-01', '2023-12-31', [['2023-07-01', '2023-12-31']]],
    ['с 1 по 15 марта 2024 года', 'period', '2024-03-01', '2024-03-15', [['2024-03-01', '2024-03-15']]],
    ['01.09.2023 - 31.05.2024', 'period', '2023-09-01', '2024-05-31', [['2023-09-01', '2024-05-31']]],
    ['01.09.2023–31.05.2024', 'period', '2023-09-01', '2024-05-31', [['2023-09-01', '2024-05-31']]],
    ['01.09.2023—31.05.2024', 'period', '2023-09-01', '2024-05-31', [['2023-09-01', '2024-05-31']]],
    ['ноябрь 2023 – март 2024', 'period', '2023-11-01', '2024-03-31', [['2023-11-01', '2024-03-31']]],
    ['2024-2025 гг.', 'period', '2024-01-01', '2025-12-31', [['2024-01-01', '2025-12-31']]],
    ['2023-2024 уч. год', 'period', '2023-09-01', '2024-08-31', [['2023-09-01', '2024-08-31']]],
    ['2022-2023 учебный год', 'period', '2022-09-01', '2023-08-31', [['2022-09-01', '2023-08-31']]],
    ['2022-2023 тренировочный год', 'period', '2022-09-01', '2023-08-31', [['2022-09-01', '2023-08-31']]],
    ['2022-2023 спортивный сезон', 'period', '2022-09-01', '2023-08-31', [['2022-09-01', '2023-08-31']]],
    ['8 декабря 2023 года', 'date', '2023-12-08', '2023-12-08', [['2023-12-08', '2023-12-08']]],
    ['2024г.', 'period', '2024-01-01', '2024-12-31', [['2024-01-01', '2024-12-31']]],
    ['15.05.2023г.', 'date', '2023-05-15', '2023-05-15', [['2023-05-15', '2023-05-15']]],
    ['ЯНВАРЬ 2024', 'period', '2024-01-01', '2024-01-31', [['2024-01-01', '2024-01-31']]],
    ['ФЕВРАЛЬ 2024 Г.', 'period', '2024-02-01', '2024-02-29', [['2024-02-01', '2024-02-29']]],
    ['в январе 2023', 'period', '2023-01-01', '2023-01-31', [['2023-01-01', '2023-01-31']]],
    ['янв. 2024', 'period', '2024-01-01', '2024-01-31', [['2024-01-01', '2024-01-31']]],
    ['сент. 2023', 'period', '2023-09-01', '2023-09-30', [['2023-09-01', '2023-09-30']]],
    ['29 февраля 2024', 'date', '2024-02-29', '2024-02-29', [['2024-02-29', '2024-02-29']]],
    ['1 декада сентября 2023', 'period', '2023-09-01', '2023-09-10', [['2023-09-01', '2023-09-10']]],
    ['3 декада мая 2024', 'period', '2024-05-21', '2024-05-31', [['2024-05-21', '2024-05-31']]],
    ['01.02.22', 'date', '2022-02-01', '2022-02-01', [['2022-02-01', '2022-02-01']]],
    ['12 апреля 2023 г.', 'date', '2023-04-12', '2023-04-12', [['2023-04-12', '2023-04-12']]],
    ['I-II квартал 2024', 'period', '2024-01-01', '2024-06-30', [['2024-01-01', '2024-06-30']]],
    ['I – III квартал 2023 г.', 'period', '2023-01-01', '2023-09-30', [['2023-01-01', '2023-09-30']]],
    ['1-2 квартал 2022 года', 'period', '2022-01-01', '2022-06-30', [['2022-01-01', '2022-06-30']]],
    ['Сентябрь, 2023', 'period', '2023-09-01', '2023-09-30', [['2023-09-01', '2023-09-30']]],
    ['Октябрь, 2023 г.', 'period', '2023-10-01', '2023-10-31', [['2023-10-01', '2023-10-31']]],
  ] as const)('reads «%s» as %s from %s to %s', (text, kind, start, end, intervals) => {
    expect(parse(text, YEARS_2022_2024).value).toEqual(deadline(text, kind, start, end, intervals, false));
  });
});

describe('parseDeadline reads dates as offices print them (issue 12)', () => {
  it.each([
    ['15.10. 2021', 'date', '2021-10-15', '2021-10-15', [['2021-10-15', '2021-10-15']]],
    ['15.10.  2021 г.', 'date', '2021-10-15', '2021-10-15', [['2021-10-15', '2021-10-15']]],
    ['21.04. 2022 г. (выездное)', 'date', '2022-04-21', '2022-04-21', [['2022-04-21', '2022-04-21']]],
    ['15.10.2021г.', 'date', '2021-10-15', '2021-10-15', [['2021-10-15', '2021-10-15']]],
    ['15.10.2021г', 'date', '2021-10-15', '2021-10-15', [['2021-10-15', '2021-10-15']]],
    ['01.09. 2022 – 30.09. 2022', 'period', '2022-09-01', '2022-09-30', [['2022-09-01', '2022-09-30']]],
    ['15.10.\u00A02021', 'date', '2021-10-15', '2021-10-15', [['2021-10-15', '2021-10-15']]],
  ] as const)('reads «%s» as %s from %s to %s', (text, kind, start, end, intervals) => {
    expect(parse(text, YEARS_2022_2024).value).toEqual(deadline(text, kind, start, end, intervals, false));
  });

  it.each([
    ['до 01.09.2022г', '2022-09-01'],
    ['до 01.09.2022г.', '2022-09-01'],
    ['до 01.09. 2022', '2022-09-01'],
    ['не позднее 15.10. 2022 г.', '2022-10-15'],
  ] as const)('reads «%s» as until %s', (text, end) => {
    expect(parse(text, YEARS_2022_2024).value).toEqual(deadline(text, 'until', '2022-01-01', end, [], false));
  });

  it.each([['15.10. 20 шт.'], ['п. 15.10. 1']])('reads no day from «%s», where the space does not stand before a year', (text) => {
    expect(parse(text, YEARS_2022_2024).value.kind).not.toBe('date');
  });
});

describe('parseDeadline reads «в течение» a named year or month as ongoing over it (issue 12, seed 003)', () => {
  it.each([
    ['В течение 2024 г.', '2024-01-01', '2024-12-31'],
    ['в течение 2024 года', '2024-01-01', '2024-12-31'],
    ['В течение 2023-2024 учебного года', '2023-09-01', '2024-08-31'],
    ['в течение сентября 2023', '2023-09-01', '2023-09-30'],
  ] as const)('reads «%s» as ongoing from %s to %s', (text, start, end) => {
    expect(parse(text, YEARS_2022_2024).value).toEqual(deadline(text, 'ongoing', start, end, [], false));
  });

  it('keeps a printed period before «в течение учебного года» a period', () => {
    expect(parse('Март-апрель 2024, в течение учебного года', YEARS_2022_2024).value.kind).toBe('period');
  });
});

describe('parseDeadline takes a missing year from the 2023 calendar-year period', () => {
  it.each([
    ['Январь', 'period', '2023-01-01', '2023-01-31', [['2023-01-01', '2023-01-31']]],
    ['Февраль-март', 'period', '2023-02-01', '2023-03-31', [['2023-02-01', '2023-03-31']]],
    ['сентябрь - октябрь', 'period', '2023-09-01', '2023-10-31', [['2023-09-01', '2023-10-31']]],
    // seed 004, 3.2: begun in January, carried on through the year (its gold)
    ['январь В течение года', 'period', '2023-01-01', '2023-12-31', [['2023-01-01', '2023-12-31']]],
    ['Март, в течение учебного года', 'period', '2023-03-01', '2023-12-31', [['2023-03-01', '2023-12-31']]],
    ['Март Первая неделя – русский язык, вторая неделя – мат-ка, третья, четвертая недели – предметы по выбору', 'period', '2023-03-01', '2023-03-31', [['2023-03-01', '2023-03-31']]],
    ['3 квартал', 'period', '2023-07-01', '2023-09-30', [['2023-07-01', '2023-09-30']]],
    ['в течение I полугодия', 'period', '2023-01-01', '2023-06-30', [['2023-01-01', '2023-06-30']]],
    ['1 декада сентября', 'period', '2023-09-01', '2023-09-10', [['2023-09-01', '2023-09-10']]],
    ['2 декада октября', 'period', '2023-10-11', '2023-10-20', [['2023-10-11', '2023-10-20']]],
    ['первая неделя марта', 'period', '2023-03-01', '2023-03-07', [['2023-03-01', '2023-03-07']]],
    ['вторая неделя апреля', 'period', '2023-04-08', '2023-04-14', [['2023-04-08', '2023-04-14']]],
    ['1-2 неделя сентября', 'period', '2023-09-01', '2023-09-14', [['2023-09-01', '2023-09-14']]],
    ['2-3 декада мая', 'period', '2023-05-11', '2023-05-31', [['2023-05-11', '2023-05-31']]],
    ['четвертая неделя ноября', 'period', '2023-11-22', '2023-11-30', [['2023-11-22', '2023-11-30']]],
    ['до 01.09', 'until', '2023-01-01', '2023-09-01', []],
    ['18 мая', 'date', '2023-05-18', '2023-05-18', [['2023-05-18', '2023-05-18']]],
    ['в январе', 'period', '2023-01-01', '2023-01-31', [['2023-01-01', '2023-01-31']]],
    ['января', 'period', '2023-01-01', '2023-01-31', [['2023-01-01', '2023-01-31']]],
    ['янв.', 'period', '2023-01-01', '2023-01-31', [['2023-01-01', '2023-01-31']]],
    ['сент.', 'period', '2023-09-01', '2023-09-30', [['2023-09-01', '2023-09-30']]],
    ['МАЙ', 'period', '2023-05-01', '2023-05-31', [['2023-05-01', '2023-05-31']]],
    ['1-й квартал', 'period', '2023-01-01', '2023-03-31', [['2023-01-01', '2023-03-31']]],
    ['2-е полугодие', 'period', '2023-07-01', '2023-12-31', [['2023-07-01', '2023-12-31']]],
    ['01.04-30.04', 'period', '2023-04-01', '2023-04-30', [['2023-04-01', '2023-04-30']]],
    ['10-15 ноября', 'period', '2023-11-10', '2023-11-15', [['2023-11-10', '2023-11-15']]],
    ['28 февраля', 'date', '2023-02-28', '2023-02-28', [['2023-02-28', '2023-02-28']]],
  ] as const)('reads «%s» as %s from %s to %s with the year inferred', (text, kind, start, end, intervals) => {
    const { value, warnings } = parse(text, YEAR_2023);
    expect(value).toEqual(deadline(text, kind, start, end, intervals, true));
    expect(warnings).toEqual([]);
  });
});

describe('parseDeadline in the 2023-2024 academic year puts Sept–Dec in 2023 and Jan–Aug in 2024', () => {
  it.each([
    ['Январь', 'period', '2024-01-01', '2024-01-31', [['2024-01-01', '2024-01-31']]],
    ['сентябрь', 'period', '2023-09-01', '2023-09-30', [['2023-09-01', '2023-09-30']]],
    ['декабрь', 'period', '2023-12-01', '2023-12-31', [['2023-12-01', '2023-12-31']]],
    ['август', 'period', '2024-08-01', '2024-08-31', [['2024-08-01', '2024-08-31']]],
    ['Февраль-март', 'period', '2024-02-01', '2024-03-31', [['2024-02-01', '2024-03-31']]],
    ['ноябрь-март', 'period', '2023-11-01', '2024-03-31', [['2023-11-01', '2024-03-31']]],
    ['сентябрь - октябрь', 'period', '2023-09-01', '2023-10-31', [['2023-09-01', '2023-10-31']]],
    ['1 сентября', 'date', '2023-09-01', '2023-09-01', [['2023-09-01', '2023-09-01']]],
    ['25 мая', 'date', '2024-05-25', '2024-05-25', [['2024-05-25', '2024-05-25']]],
    ['29 февраля', 'date', '2024-02-29', '2024-02-29', [['2024-02-29', '2024-02-29']]],
    ['первая неделя марта', 'period', '2024-03-01', '2024-03-07', [['2024-03-01', '2024-03-07']]],
    ['IV квартал', 'period', '2023-10-01', '2023-12-31', [['2023-10-01', '2023-12-31']]],
    ['3 квартал', 'period', '2024-07-01', '2024-09-30', [['2024-07-01', '2024-09-30']]],
    ['Январь, февраль', 'multiple', '2024-01-01', '2024-02-29', [['2024-01-01', '2024-01-31'], ['2024-02-01', '2024-02-29']]],
    ['Февраль Март Апрель', 'multiple', '2024-02-01', '2024-04-30', [['2024-02-01', '2024-02-29'], ['2024-03-01', '2024-03-31'], ['2024-04-01', '2024-04-30']]],
    ['октябрь, май', 'multiple', '2023-10-01', '2024-05-31', [['2023-10-01', '2023-10-31'], ['2024-05-01', '2024-05-31']]],
  ] as const)('reads «%s» as %s from %s to %s', (text, kind, start, end, intervals) => {
    expect(parse(text, ACADEMIC_2023).value).toEqual(deadline(text, kind, start, end, intervals, true));
  });
});

describe('parseDeadline lists each printed interval of a list', () => {
  it.each([
    ['Июнь, декабрь 2023', YEAR_2023, [['2023-06-01', '2023-06-30'], ['2023-12-01', '2023-12-31']]],
    ['декабрь 2023, июнь 2024', ACADEMIC_2023, [['2023-12-01', '2023-12-31'], ['2024-06-01', '2024-06-30']]],
    ['Февраль, апрель 2022', YEARS_2022_2024, [['2022-02-01', '2022-02-28'], ['2022-04-01', '2022-04-30']]],
    ['май, сентябрь 2024', YEARS_2022_2024, [['2024-05-01', '2024-05-31'], ['2024-09-01', '2024-09-30']]],
    ['Январь, февраль', YEAR_2023, [['2023-01-01', '2023-01-31'], ['2023-02-01', '2023-02-28']]],
    ['Февраль Март Апрель', YEAR_2023, [['2023-02-01', '2023-02-28'], ['2023-03-01', '2023-03-31'], ['2023-04-01', '2023-04-30']]],
    ['март, июнь, сентябрь, декабрь', YEAR_2023, [['2023-03-01', '2023-03-31'], ['2023-06-01', '2023-06-30'], ['2023-09-01', '2023-09-30'], ['2023-12-01', '2023-12-31']]],
    ['10.01.2023, 15.03.2023', YEAR_2023, [['2023-01-10', '2023-01-10'], ['2023-03-15', '2023-03-15']]],
    ['апрель и октябрь 2023', YEAR_2023, [['2023-04-01', '2023-04-30'], ['2023-10-01', '2023-10-31']]],
    ['Январь; май 2023', YEAR_2023, [['2023-01-01', '2023-01-31'], ['2023-05-01', '2023-05-31']]],
  ] as const)('reads «%s» as multiple with one interval per item and the hull as start/end', (text, period, intervals) => {
    const { value } = parse(text, period);
    const expected = intervals.map(([start, end]) => ({ start, end }));
    expect(value.kind).toBe('multiple');
    expect(value.intervals).toEqual(expected);
    expect(value.start).toBe(expected[0]!.start);
    expect(value.end).toBe(expected[expected.length - 1]!.end);
  });

  it.each([
    ['Июнь-июль 2023', '2023-06-01', '2023-07-31'],
    ['16.02.2023', '2023-02-16', '2023-02-16'],
    ['Март 2023, реализация до конца 2023', '2023-03-01', '2023-12-31'],
    ['IV кв. 2023', '2023-10-01', '2023-12-31'],
  ] as const)('gives «%s» exactly one interval, from %s to %s', (text, start, end) => {
    expect(parse(text).value.intervals).toEqual([{ start, end }]);
  });
});

describe('parseDeadline reads deadlines that only close («до …») from the period start', () => {
  it.each([
    ['до 16.10.2023', YEAR_2023, '2023-01-01', '2023-10-16', false],
    ['не позднее 1 марта', YEAR_2023, '2023-01-01', '2023-03-01', true],
    ['до 1 сентября 2024 г.', ACADEMIC_2023, '2023-09-01', '2024-09-01', false],
    ['не позднее 15.04.2024', ACADEMIC_2023, '2023-09-01', '2024-04-15', false],
    ['к 1 сентября', YEAR_2023, '2023-01-01', '2023-09-01', true],
    ['к 25 мая', ACADEMIC_2023, '2023-09-01', '2024-05-25', true],
    ['до конца года', YEAR_2023, '2023-01-01', '2023-12-31', true],
    ['до конца 2023 года', YEAR_2023, '2023-01-01', '2023-12-31', false],
    ['до конца учебного года', ACADEMIC_2023, '2023-09-01', '2024-08-31', true],
    ['до конца тренировочного года', ACADEMIC_2023, '2023-09-01', '2024-08-31', true],
    ['в срок до 20.12.2023', YEAR_2023, '2023-01-01', '2023-12-20', false],
    ['не позже 10 июня', YEAR_2023, '2023-01-01', '2023-06-10', true],
    ['ДО 01.06.2023', YEAR_2023, '2023-01-01', '2023-06-01', false],
  ] as const)('reads «%s» as until, from %s to %s', (text, period, start, end, yearInferred) => {
    const { value } = parse(text, period);
    expect(value).toMatchObject({ kind: 'until', start, end, yearInferred, intervals: [] });
  });

  it('starts an until deadline of a decree order at the decree date', () => {
    const { value } = parse('до 16.10.2023', YEAR_2023, { anchorDate: '2023-09-05' });
    expect(value).toMatchObject({ kind: 'until', start: '2023-09-05', end: '2023-10-16' });
  });
});

describe('parseDeadline reads a start with no printed end as running to the period end', () => {
  it.each([
    ['с 01.09.2023', ACADEMIC_2023, '2023-09-01', '2024-08-31', false],
    ['с 15 января', ACADEMIC_2023, '2024-01-15', '2024-08-31', true],
    ['со 2 октября 2023 г.', YEAR_2023, '2023-10-02', '2023-12-31', false],
  ] as const)('reads «%s» as a period from %s to %s', (text, period, start, end, yearInferred) => {
    expect(parse(text, period).value).toMatchObject({ kind: 'period', start, end, yearInferred, intervals: [{ start, end }] });
  });
});

describe('parseDeadline reads recurring phrases as the whole period with a recurrence', () => {
  it.each([
    ['ежеквартально', 'quarterly'],
    ['Ежеквартально', 'quarterly'],
    ['ежемесячно', 'monthly'],
    ['Ежемесячно (по плану школ)', 'monthly'],
    ['1 раз в месяц', 'monthly'],
    ['В течение года, 1 раз в месяц', 'monthly'],
    ['не реже 1 раза в четверть', 'quarterly'],
    ['Согласно графика не реже 1 раза в четверть', 'quarterly'],
    ['По полугодиям', 'semiannual'],
    ['1 раз в полугодие', 'semiannual'],
    ['ежегодно', 'annual'],
    ['еженедельно', 'weekly'],
    ['1 раз в неделю', 'weekly'],
    ['ежедневно', 'daily'],
    ['по итогам четверти', 'quarterly'],
    ['по итогам каждого квартала', 'quarterly'],
    ['ЕЖЕКВАРТАЛЬНО', 'quarterly'],
  ] as const)('reads «%s» as recurring %s over the period', (text, recurrence) => {
    const { value } = parse(text, YEAR_2023);
    expect(value).toEqual({ text: value.text, kind: 'recurring', start: '2023-01-01', end: '2023-12-31', intervals: [], recurrence, yearInferred: false });
  });
});

describe('parseDeadline reads phrases without dates as the whole period', () => {
  it.each([
    ['В процессе работы', 'ongoing'],
    ['В течение учебного года', 'ongoing'],
    ['В течение года', 'ongoing'],
    ['В течение года (особенный упор в каникулярный период)', 'ongoing'],
    ['постоянно', 'ongoing'],
    ['Постоянно', 'ongoing'],
    ['весь период', 'ongoing'],
    ['в течение всего периода', 'ongoing'],
    ['на протяжении учебного года', 'ongoing'],
    ['По мере необходимости', 'as-needed'],
    ['по мере необходимости', 'as-needed'],
    ['При необходимости', 'as-needed'],
    ['По графику ИРО и ОРЦОКО', 'scheduled'],
    ['По отдельному графику', 'scheduled'],
    ['По отдельном у графику', 'scheduled'],
    ['По отдельном у графику, по результатам диагностики тестирований.', 'scheduled'],
    ['Согласно плана-графика СКИРО ПК И ПРО', 'scheduled'],
    ['согласно графику', 'scheduled'],
    ['в соответствии с планом-графиком', 'scheduled'],
    ['ПО МЕРЕ НЕОБХОДИМОСТИ', 'as-needed'],
    ['В ТЕЧЕНИЕ ГОДА', 'ongoing'],
    ['ПО ОТДЕЛЬНОМУ ГРАФИКУ', 'scheduled'],
  ] as const)('reads «%s» as %s covering the academic year', (text, kind) => {
    const { value, warnings } = parse(text, ACADEMIC_2023);
    expect(value).toMatchObject({ kind, start: '2023-09-01', end: '2024-08-31', intervals: [], recurrence: null });
    expect(warnings).toEqual([]);
  });

  it('leaves start and end null for a phrase when the period is unknown', () => {
    expect(parse('В течение года', null).value).toMatchObject({ kind: 'ongoing', start: null, end: null });
  });
});

/**
 * Every other deadline cell of the five seeds, in its own roadmap's period
 * (000 and 004: 2023; 001: the 2023-2024 academic year; 002: 2022; 003:
 * 2024), and the «до» phrases of their orders, which start at the decree's date.
 */
describe('parseDeadline reads the remaining deadline cells of the seeds', () => {
  it.each([
    // 000 (Хотынец, 2023)
    ['Август 2023', YEAR_2023, deadline('Август 2023', 'period', '2023-08-01', '2023-08-31', [['2023-08-01', '2023-08-31']], false)],
    ['Сентябрь 2023', YEAR_2023, deadline('Сентябрь 2023', 'period', '2023-09-01', '2023-09-30', [['2023-09-01', '2023-09-30']], false)],
    ['Декабрь 2023', YEAR_2023, deadline('Декабрь 2023', 'period', '2023-12-01', '2023-12-31', [['2023-12-01', '2023-12-31']], false)],
    ['Ноябрь-декабрь 2023', YEAR_2023, deadline('Ноябрь-декабрь 2023', 'period', '2023-11-01', '2023-12-31', [['2023-11-01', '2023-12-31']], false)],
    // 001 (Пролетарск, 2023-2024 учебный год)
    ['октябрь 2023', ACADEMIC_2023, deadline('октябрь 2023', 'period', '2023-10-01', '2023-10-31', [['2023-10-01', '2023-10-31']], false)],
    ['май 2024 г.', ACADEMIC_2023, deadline('май 2024 г.', 'period', '2024-05-01', '2024-05-31', [['2024-05-01', '2024-05-31']], false)],
    ['в течение года', ACADEMIC_2023, deadline('в течение года', 'ongoing', '2023-09-01', '2024-08-31', [], false)],
    ['июнь 2024', ACADEMIC_2023, deadline('июнь 2024', 'period', '2024-06-01', '2024-06-30', [['2024-06-01', '2024-06-30']], false)],
    // 002 (Беломорск, 2022)
    ['Март 2022', YEAR_2022, deadline('Март 2022', 'period', '2022-03-01', '2022-03-31', [['2022-03-01', '2022-03-31']], false)],
    ['Апрель 2022', YEAR_2022, deadline('Апрель 2022', 'period', '2022-04-01', '2022-04-30', [['2022-04-01', '2022-04-30']], false)],
    ['Июнь 2022', YEAR_2022, deadline('Июнь 2022', 'period', '2022-06-01', '2022-06-30', [['2022-06-01', '2022-06-30']], false)],
    ['Август 2022', YEAR_2022, deadline('Август 2022', 'period', '2022-08-01', '2022-08-31', [['2022-08-01', '2022-08-31']], false)],
    ['Октябрь 2022', YEAR_2022, deadline('Октябрь 2022', 'period', '2022-10-01', '2022-10-31', [['2022-10-01', '2022-10-31']], false)],
    ['Ноябрь 2022', YEAR_2022, deadline('Ноябрь 2022', 'period', '2022-11-01', '2022-11-30', [['2022-11-01', '2022-11-30']], false)],
    ['Сентябрь-декабрь 2022', YEAR_2022, deadline('Сентябрь-декабрь 2022', 'period', '2022-09-01', '2022-12-31', [['2022-09-01', '2022-12-31']], false)],
    // 003 (Ипатово, 2024)
    ['март 2024г.', YEAR_2024, deadline('март 2024г.', 'period', '2024-03-01', '2024-03-31', [['2024-03-01', '2024-03-31']], false)],
    ['Февраль 2024', YEAR_2024, deadline('Февраль 2024', 'period', '2024-02-01', '2024-02-29', [['2024-02-01', '2024-02-29']], false)],
    ['Январь-февраль 2024 г.', YEAR_2024, deadline('Январь-февраль 2024 г.', 'period', '2024-01-01', '2024-02-29', [['2024-01-01', '2024-02-29']], false)],
    ['апрель-август 2024 г.', YEAR_2024, deadline('апрель-август 2024 г.', 'period', '2024-04-01', '2024-08-31', [['2024-04-01', '2024-08-31']], false)],
    ['Май 2024 г.', YEAR_2024, deadline('Май 2024 г.', 'period', '2024-05-01', '2024-05-31', [['2024-05-01', '2024-05-31']], false)],
    ['июнь 2024 г.', YEAR_2024, deadline('июнь 2024 г.', 'period', '2024-06-01', '2024-06-30', [['2024-06-01', '2024-06-30']], false)],
    ['Июнь 2024 г.', YEAR_2024, deadline('Июнь 2024 г.', 'period', '2024-06-01', '2024-06-30', [['2024-06-01', '2024-06-30']], false)],
    ['Август 2024 г.', YEAR_2024, deadline('Август 2024 г.', 'period', '2024-08-01', '2024-08-31', [['2024-08-01', '2024-08-31']], false)],
    ['Сентябрь 2024г.', YEAR_2024, deadline('Сентябрь 2024г.', 'period', '2024-09-01', '2024-09-30', [['2024-09-01', '2024-09-30']], false)],
    ['Октябрь 2024 г.', YEAR_2024, deadline('Октябрь 2024 г.', 'period', '2024-10-01', '2024-10-31', [['2024-10-01', '2024-10-31']], false)],
    ['Декабрь 2024 г.', YEAR_2024, deadline('Декабрь 2024 г.', 'period', '2024-12-01', '2024-12-31', [['2024-12-01', '2024-12-31']], false)],
    ['05.05.2024 г.', YEAR_2024, deadline('05.05.2024 г.', 'date', '2024-05-05', '2024-05-05', [['2024-05-05', '2024-05-05']], false)],
    ['30.05.2024 г.', YEAR_2024, deadline('30.05.2024 г.', 'date', '2024-05-30', '2024-05-30', [['2024-05-30', '2024-05-30']], false)],
    ['28.06.2024 г.', YEAR_2024, deadline('28.06.2024 г.', 'date', '2024-06-28', '2024-06-28', [['2024-06-28', '2024-06-28']], false)],
    ['28.08.2024 г.', YEAR_2024, deadline('28.08.2024 г.', 'date', '2024-08-28', '2024-08-28', [['2024-08-28', '2024-08-28']], false)],
    ['30.09.2024 г.', YEAR_2024, deadline('30.09.2024 г.', 'date', '2024-09-30', '2024-09-30', [['2024-09-30', '2024-09-30']], false)],
    ['14.10.2024 г.', YEAR_2024, deadline('14.10.2024 г.', 'date', '2024-10-14', '2024-10-14', [['2024-10-14', '2024-10-14']], false)],
    ['31.10.2024 г.', YEAR_2024, deadline('31.10.2024 г.', 'date', '2024-10-31', '2024-10-31', [['2024-10-31', '2024-10-31']], false)],
    ['15.11.2024 г.', YEAR_2024, deadline('15.11.2024 г.', 'date', '2024-11-15', '2024-11-15', [['2024-11-15', '2024-11-15']], false)],
    ['18.12.2024 г.', YEAR_2024, deadline('18.12.2024 г.', 'date', '2024-12-18', '2024-12-18', [['2024-12-18', '2024-12-18']], false)],
    ['Согласно графика, не реже 1 раза в четверть', YEAR_2024, deadline('Согласно графика, не реже 1 раза в четверть', 'recurring', '2024-01-01', '2024-12-31', [], false, 'quarterly')],
    ['По графику', YEAR_2024, deadline('По графику', 'scheduled', '2024-01-01', '2024-12-31', [], false)],
    ['В течение года (по итогам учебных периодов)', YEAR_2024, deadline('В течение года (по итогам учебных периодов)', 'ongoing', '2024-01-01', '2024-12-31', [], false)],
    // 004 (Сергокала, 2023): months without a year
    ['Февраль', YEAR_2023, deadline('Февраль', 'period', '2023-02-01', '2023-02-28', [['2023-02-01', '2023-02-28']], true)],
    ['Апрель', YEAR_2023, deadline('Апрель', 'period', '2023-04-01', '2023-04-30', [['2023-04-01', '2023-04-30']], true)],
    ['Март-апрель', YEAR_2023, deadline('Март-апрель', 'period', '2023-03-01', '2023-04-30', [['2023-03-01', '2023-04-30']], true)],
    ['Февраль-май', YEAR_2023, deadline('Февраль-май', 'period', '2023-02-01', '2023-05-31', [['2023-02-01', '2023-05-31']], true)],
    ['Февраль-апрель', YEAR_2023, deadline('Февраль-апрель', 'period', '2023-02-01', '2023-04-30', [['2023-02-01', '2023-04-30']], true)],
    ['Февраль, апрель', YEAR_2023, deadline('Февраль, апрель', 'multiple', '2023-02-01', '2023-04-30', [['2023-02-01', '2023-02-28'], ['2023-04-01', '2023-04-30']], true)],
  ] as const)('reads the seed cell «%s»', (text, period, expected) => {
    const { value, warnings } = parse(text, period);
    expect(value).toEqual(expected);
    expect(warnings).toEqual([]);
  });

  it.each([['декабрь 2023 г.'], ['Декабрь 2023 г.']])('keeps seed 003\'s «%s» in 2023 although the plan is for 2024, and warns', (text) => {
    const { value, warnings } = parse(text, YEAR_2024);
    expect(value).toEqual(deadline(text, 'period', '2023-12-01', '2023-12-31', [['2023-12-01', '2023-12-31']], false));
    expect(warnings.map((w) => w.code)).toEqual(['DEADLINE_OUTSIDE_PERIOD']);
  });
});

describe('parseDeadline reads the deadlines of decree orders from the decree\'s date', () => {
  it.each([
    ['в срок до 29 декабря 2023 года', YEAR_2023, '2023-12-08', deadline('в срок до 29 декабря 2023 года', 'until', '2023-12-08', '2023-12-29', [], false)],
    ['в срок до 15 января 2023 года', YEAR_2023, '2023-01-09', deadline('в срок до 15 января 2023 года', 'until', '2023-01-09', '2023-01-15', [], false)],
    // seed 002, clause 2: one interval per «до» date, each from the day after the one before
    [
      'в срок до 20 июня 2022 года, в срок до 10 декабря 2022 года',
      YEAR_2022,
      '2022-02-01',
      deadline('в срок до 20 июня 2022 года, в срок до 10 декабря 2022 года', 'multiple', '2022-02-01', '2022-12-10', [['2022-02-01', '2022-06-20'], ['2022-06-21', '2022-12-10']], false),
    ],
    // the clause as printed: «за …» names what the report covers, and the second date takes the first one's year
    [
      'за I полугодие в срок до 20 июня 2022 года, за II полугодие в срок до 10 декабря',
      YEAR_2022,
      '2022-02-01',
      deadline('за I полугодие в срок до 20 июня 2022 года, за II полугодие в срок до 10 декабря', 'multiple', '2022-02-01', '2022-12-10', [['2022-02-01', '2022-06-20'], ['2022-06-21', '2022-12-10']], false),
    ],
    [
      'до 1 декабря 2023 года, до 1 марта',
      YEAR_2023,
      '2023-09-05',
      deadline('до 1 декабря 2023 года, до 1 марта', 'multiple', '2023-09-05', '2024-03-01', [['2023-09-05', '2023-12-01'], ['2023-12-02', '2024-03-01']], false),
    ],
  ] as const)('reads «%s»', (text, period, anchorDate, expected) => {
    expect(parse(text, period, { anchorDate }).value).toEqual(expected);
  });

  it('gives the second half-year\'s «до 10 декабря» the year printed before it, whatever the period', () => {
    const { value } = parse('за I полугодие в срок до 20 июня 2022 года, за II полугодие в срок до 10 декабря', YEAR_2024);
    expect(value.intervals.map((i) => i.end)).toEqual(['2022-06-20', '2022-12-10']);
  });

  it('reads «за I полугодие» alone as the half-year', () => {
    expect(parse('за I полугодие', YEAR_2022).value).toEqual(deadline('за I полугодие', 'period', '2022-01-01', '2022-06-30', [['2022-01-01', '2022-06-30']], true));
  });

  it('warns IMPOSSIBLE_DATE for seed 002\'s «до 31 июня» and keeps the other date', () => {
    const { value, warnings } = parse('в срок до 31 июня 2022 года, в срок до 15 декабря 2022 года', YEAR_2022, { anchorDate: '2022-02-01' });
    expect(value).toEqual(deadline('в срок до 31 июня 2022 года, в срок до 15 декабря 2022 года', 'until', '2022-02-01', '2022-12-15', [], false));
    expect(warnings.map((w) => w.code)).toEqual(['IMPOSSIBLE_DATE']);
  });
});

describe('parseDeadline never invents a date', () => {
  it.each([
    [''],
    ['   '],
    ['—'],
    ['-'],
    ['–'],
    ['см. выше'],
    ['2.3'],
    ['4.2.1.1'],
    ['№ 5'],
    ['100%'],
    ['Протокол'],
    ['Отчет'],
    ['5'],
    ['1-10'],
    ['x'],
  ] as const)('reads «%s» as unspecified with no dates', (text) => {
    const { value } = parse(text, YEAR_2023);
    expect(value).toMatchObject({ kind: 'unspecified', start: null, end: null, intervals: [], recurrence: null, yearInferred: false });
  });

  it.each([['см. выше'], ['Протокол'], ['№ 5'], ['100%']])('warns DEADLINE_UNRECOGNISED for the text «%s»', (text) => {
    expect(parse(text).warnings.map((w) => w.code)).toEqual(['DEADLINE_UNRECOGNISED']);
  });

  it.each([[''], ['—'], ['-']])('does not warn for the empty or dash cell «%s»', (text) => {
    expect(parse(text).warnings).toEqual([]);
  });

  it.each([['31 июня 2024'], ['30 февраля 2023'], ['31.04.2023'], ['29.02.2023'], ['32.01.2023']])(
    'reads the impossible date «%s» as unspecified with IMPOSSIBLE_DATE, never shifted',
    (text) => {
      const { value, warnings } = parse(text, YEARS_2022_2024);
      expect(value).toMatchObject({ kind: 'unspecified', start: null, end: null });
      expect(warnings.map((w) => w.code)).toContain('IMPOSSIBLE_DATE');
    },
  );

  it('keeps the valid part of a list with an impossible date and warns', () => {
    const { value, warnings } = parse('31 июня 2023, 15 июля 2023');
    expect(value).toMatchObject({ kind: 'date', start: '2023-07-15', end: '2023-07-15' });
    expect(warnings.map((w) => w.code)).toContain('IMPOSSIBLE_DATE');
  });

  it('does not guess a year for a month when the period is unknown, and says so', () => {
    const { value, warnings } = parse('Январь', null);
    expect(value).toMatchObject({ kind: 'unspecified', start: null, end: null });
    expect(warnings.map((w) => w.code)).toEqual(['DEADLINE_UNRECOGNISED']);
  });
});

describe('parseDeadline keeps deadlines outside the period as printed', () => {
  it.each([
    ['16.02.2022', '2022-02-16', '2022-02-16'],
    ['Январь-декабрь 2024 г.', '2024-01-01', '2024-12-31'],
    ['до 1 марта 2024', '2023-01-01', '2024-03-01'],
    ['декабрь 2023, июнь 2024', '2023-12-01', '2024-06-30'],
  ] as const)('keeps «%s» as %s … %s and warns DEADLINE_OUTSIDE_PERIOD', (text, start, end) => {
    const { value, warnings } = parse(text, YEAR_2023);
    expect(value).toMatchObject({ start, end });
    expect(warnings.map((w) => w.code)).toEqual(['DEADLINE_OUTSIDE_PERIOD']);
  });

  it.each([['Март 2023'], ['до 16.10.2023'], ['IV кв. 2023']])('does not warn for «%s» inside the 2023 period', (text) => {
    expect(parse(text, YEAR_2023).warnings).toEqual([]);
  });
});

describe('parseDeadline reads day-only cells under a month section of a calendar of events', () => {
  it.each([
    ['1-10', 'Январь', YEAR_2023, 'period', '2023-01-01', '2023-01-10', true],
    ['3', 'Февраль 2020', YEAR_2023, 'date', '2020-02-03', '2020-02-03', false],
    ['15-16', 'Март', YEAR_2023, 'period', '2023-03-15', '2023-03-16', true],
    ['15 - 16', 'МАРТ', ACADEMIC_2023, 'period', '2024-03-15', '2024-03-16', true],
    ['20', 'Октябрь', ACADEMIC_2023, 'date', '2023-10-20', '2023-10-20', true],
  ] as const)('reads «%s» under «%s» as %s', (text, sectionTitle, period, kind, start, end, yearInferred) => {
    const { value } = parse(text, period, { sectionTitle });
    expect(value).toMatchObject({ kind, start, end, yearInferred });
  });

  it('does not read a day-only cell under a section that names no month', () => {
    expect(parse('1-10', YEAR_2023, { sectionTitle: 'Организационные мероприятия' }).value.kind).toBe('unspecified');
  });
});

describe('parseDeadline keeps the cell text with white space collapsed', () => {
  it.each([
    ['март-апрель\n–\n2024 г.', 'март-апрель – 2024 г.'],
    ['  В течение\u00A0года  ', 'В течение года'],
    ['По отдельном у графику', 'По отдельном у графику'],
  ])('keeps «%s» as «%s»', (text, expected) => {
    expect(parse(text).value.text).toBe(expected);
  });
});
