/**
 * Issue 16: deadlines as real plans write them. Every cell below is printed in
 * a real plan (the issue's table, or a deadline cell of fixtures/real/*.gold.json);
 * every expected value was written by hand from what the cell means under the
 * plan's period (the contract's kinds table and year-inference rule).
 */
import { describe, expect, it } from 'vitest';
import { parseDeadline, type DeadlineContext } from '../../../src/parse/ru/deadline.js';
import type { Deadline, Period } from '../../../src/model/roadmap.js';

const SCHOOL_2021: Period = { text: '2021-2022 учебный год', start: '2021-09-01', end: '2022-08-31' };
const SCHOOL_2013: Period = { text: '2013-2014 учебный год', start: '2013-09-01', end: '2014-08-31' };
const SCHOOL_2015: Period = { text: '2015-2016 учебный год', start: '2015-09-01', end: '2016-08-31' };
const SCHOOL_2018: Period = { text: '2018-2019 учебный год', start: '2018-09-01', end: '2019-08-31' };
const SCHOOL_2020: Period = { text: '2020-2021 учебный год', start: '2020-09-01', end: '2021-08-31' };
const YEAR_2021: Period = { text: 'на 2021 год', start: '2021-01-01', end: '2021-12-31' };
const HOLIDAYS_2019: Period = { text: 'весенние каникулы', start: '2019-03-23', end: '2019-03-31' };

const parse = (text: string, period: Period | null, extra: Partial<DeadlineContext> = {}) =>
  parseDeadline(text, { period, sectionTitle: null, anchorDate: null, source: null, ...extra });
const span = (d: Deadline) => [d.kind, d.start, d.end];

describe('a day and month printed without a year takes the year from the period (Sept–Dec first year, Jan–Aug second)', () => {
  it.each([
    ['12.03', SCHOOL_2021, '2022-03-12'],
    ['07.11.', SCHOOL_2021, '2021-11-07'],
    ['28.02', SCHOOL_2021, '2022-02-28'],
    // ussuriysk-detdom-police-plan-2013, school11-nakhodka-plan-2016
    ['08.09', SCHOOL_2013, '2013-09-08'],
    ['13.10.', SCHOOL_2013, '2013-10-13'],
    ['14.01', SCHOOL_2013, '2014-01-14'],
    ['16.09', { text: '2016-2017 учебный год', start: '2016-09-01', end: '2017-08-31' }, '2016-09-16'],
    ['3.05.', SCHOOL_2021, '2022-05-03'],
  ] as const)('reads «%s» as the day %s', (text, period, day) => {
    const { value, warnings } = parse(text, period);
    expect(value).toEqual({ text, kind: 'date', start: day, end: day, intervals: [{ start: day, end: day }], recurrence: null, yearInferred: true });
    expect(warnings).toEqual([]);
  });

  it('reads «19.02; 20.02» as two days (ussuriysk-detdom-police-plan-2013)', () => {
    expect(parse('19.02; 20.02', SCHOOL_2013).value).toMatchObject({
      kind: 'multiple', start: '2014-02-19', end: '2014-02-20',
      intervals: [{ start: '2014-02-19', end: '2014-02-19' }, { start: '2014-02-20', end: '2014-02-20' }],
    });
  });

  it.each([['2.3'], ['4.2.1.1'], ['1.1.']])('still reads no date from the item number «%s»', (text) => {
    expect(parse(text, SCHOOL_2021).value.kind).toBe('unspecified');
  });
});

describe('ranges of days and months as real plans print them', () => {
  it.each([
    // a one-digit day before the month's dot
    ['3.05.-17.05', SCHOOL_2021, 'period', '2022-05-03', '2022-05-17'],
    ['3.12. - 17.12.2021 г.', SCHOOL_2021, 'period', '2021-12-03', '2021-12-17'],
    ['5.04. – 9.04.2022 г.', SCHOOL_2021, 'period', '2022-04-05', '2022-04-09'],
    // both ends without a year
    ['09.11. – 20.11.', SCHOOL_2021, 'period', '2021-11-09', '2021-11-20'],
    ['22.03 – 26.03.', SCHOOL_2021, 'period', '2022-03-22', '2022-03-26'],
    // a place or a note after the dates is not a deadline
    ['2.09. - 4.09.2021 г., спортзал', SCHOOL_2021, 'period', '2021-09-02', '2021-09-04'],
    ['21.04. 2022 г. (выездное)', SCHOOL_2021, 'date', '2022-04-21', '2022-04-21'],
    // a month range across the school year's turn: the end month decides (school11-nakhodka-plan-2015)
    ['август-сентябрь', SCHOOL_2015, 'period', '2015-08-01', '2015-09-30'],
    ['ноябрь-март', SCHOOL_2015, 'period', '2015-11-01', '2016-03-31'],
  ] as const)('reads «%s» as %s %s … %s', (text, period, kind, start, end) => {
    expect(span(parse(text, period).value)).toEqual([kind, start, end]);
  });
});

describe('seasons and school terms', () => {
  it.each([
    ['осень 2021', SCHOOL_2021, '2021-09-01', '2021-11-30'],
    ['Осенью 2021 г.', YEAR_2021, '2021-09-01', '2021-11-30'],
    ['весна 2022', SCHOOL_2021, '2022-03-01', '2022-05-31'],
    ['летний период', SCHOOL_2021, '2022-06-01', '2022-08-31'],
    ['в летний период', SCHOOL_2018, '2019-06-01', '2019-08-31'],
    ['зимний период', SCHOOL_2021, '2021-12-01', '2022-02-28'],
    ['зима 2021-2022', SCHOOL_2021, '2021-12-01', '2022-02-28'],
    // ussuriysk-centre-prevention-plans-2018: school terms (четверти)
    ['3 четверть', SCHOOL_2018, '2019-01-01', '2019-03-31'],
    ['4 четверть', SCHOOL_2018, '2019-04-01', '2019-05-31'],
    ['I четверть', SCHOOL_2018, '2018-09-01', '2018-10-31'],
    ['2 четверть', SCHOOL_2018, '2018-11-01', '2018-12-31'],
  ] as const)('reads «%s» as the period %s … %s', (text, period, start, end) => {
    expect(span(parse(text, period).value)).toEqual(['period', start, end]);
  });
});

describe('half-years and terms of a school year', () => {
  it.each([
    // a school's half-year: the first runs September–December, the second January–May, as its terms do
    ['1 полугодие', '2021-09-01', '2021-12-31', SCHOOL_2021],
    ['I полугодие', '2021-09-01', '2021-12-31', SCHOOL_2021],
    ['2 полугодие', '2022-01-01', '2022-05-31', SCHOOL_2021],
    ['II полугодие', '2019-01-01', '2019-05-31', SCHOOL_2018],
    ['I-II полугодие', '2021-09-01', '2022-05-31', SCHOOL_2021],
    ['в течение II полугодия', '2022-01-01', '2022-05-31', SCHOOL_2021],
    // the school year printed after the part
    ['II полугодие 2021-2022 учебного года', '2022-01-01', '2022-05-31', SCHOOL_2021],
    ['I полугодие 2021-2022 уч. года', '2021-09-01', '2021-12-31', SCHOOL_2021],
    ['1 четверть 2021-2022 учебного года', '2021-09-01', '2021-10-31', SCHOOL_2021],
    ['3 четверть 2018-2019 уч.г.', '2019-01-01', '2019-03-31', SCHOOL_2021],
    // a calendar year printed, or a calendar-year plan: the calendar's half
    ['1 полугодие 2022 года', '2022-01-01', '2022-06-30', SCHOOL_2021],
    ['2 полугодие', '2021-07-01', '2021-12-31', YEAR_2021],
  ] as const)('reads «%s» as the period %s … %s', (text, start, end, period) => {
    expect(span(parse(text, period).value)).toEqual(['period', start, end]);
  });
});

describe('several parts of a year sharing one word', () => {
  it.each([
    ['I, II полугодие', SCHOOL_2021, [['2021-09-01', '2021-12-31'], ['2022-01-01', '2022-05-31']]],
    ['1,2 полугодие', SCHOOL_2021, [['2021-09-01', '2021-12-31'], ['2022-01-01', '2022-05-31']]],
    ['I и III четверть', SCHOOL_2021, [['2021-09-01', '2021-10-31'], ['2022-01-01', '2022-03-31']]],
    ['II, IV квартал 2021 г.', YEAR_2021, [['2021-04-01', '2021-06-30'], ['2021-10-01', '2021-12-31']]],
    ['1, 3 квартал', YEAR_2021, [['2021-01-01', '2021-03-31'], ['2021-07-01', '2021-09-30']]],
  ] as const)('reads «%s» as multiple, one interval a part', (text, period, intervals) => {
    expect(parse(text, period).value).toMatchObject({
      kind: 'multiple', start: intervals[0][0], end: intervals[intervals.length - 1]![1],
      intervals: intervals.map(([start, end]) => ({ start, end })),
    });
  });
});

describe('abbreviated and real-world phrases', () => {
  it.each([
    ['в теч. года', 'ongoing'],
    ['В теч. года', 'ongoing'],
    ['в течен. года', 'ongoing'],
    ['в теч.уч.года', 'ongoing'],
    ['По факту обращения', 'as-needed'],
    ['в случае необходимости', 'as-needed'],
    ['при поступлении запросов', 'as-needed'],
    ['по мере поступления запросов', 'as-needed'],
    ['по мере финансирования', 'as-needed'],
    ['по запросам', 'as-needed'],
    // the «не реже» after an as-needed or scheduled phrase only bounds how often (ussuriysk-cssu-antiterror-2019, -detdom-antiextremism-2013)
    ['по мере необходимости (не реже 2 раза в год)', 'as-needed'],
    ['в соответствии с календарным планом', 'scheduled'],
    ['В соответствии с утвержденным графиком', 'scheduled'],
    ['Согласно планов центра и города', 'scheduled'],
    ['По доп. графику', 'scheduled'],
    ['По доп.графику', 'scheduled'],
    ['Доп.график', 'scheduled'],
  ] as const)('reads «%s» as %s over the period', (text, kind) => {
    const { value, warnings } = parse(text, SCHOOL_2021);
    expect(value).toMatchObject({ kind, start: '2021-09-01', end: '2022-08-31', intervals: [], recurrence: null });
    expect(warnings).toEqual([]);
  });

  it.each([
    ['2 р в год', 'semiannual'],
    ['2 раза в год', 'semiannual'],
    ['1 раз в 2 месяца', 'monthly'],
    ['каждый понедельник', 'weekly'],
    ['по средам', 'weekly'],
    ['каждую пятницу', 'weekly'],
    ['по пятницам, 15.00', 'weekly'],
    ['до 1 числа каждого месяца', 'monthly'],
    ['по итогам каждого месяца', 'monthly'],
    ['по окончании четверти', 'quarterly'],
    ['в конце каждой четверти', 'quarterly'],
    ['1 раз в триместр', 'quarterly'],
    ['по окончании полугодия', 'semiannual'],
  ] as const)('reads «%s» as recurring %s', (text, recurrence) => {
    expect(parse(text, SCHOOL_2013).value).toMatchObject({ kind: 'recurring', start: '2013-09-01', end: '2014-08-31', recurrence });
  });

  it.each([
    ['в течен. месяца', 'Октябрь', '2021-10-01', '2021-10-31'],
    ['в теч.мес.', 'Октябрь', '2021-10-01', '2021-10-31'],
    ['В течение месяца', 'ФЕВРАЛЬ', '2022-02-01', '2022-02-28'],
    ['в течение месяца', 'Ноябрь 2021 года', '2021-11-01', '2021-11-30'],
  ] as const)('reads «%s» under the section «%s» as ongoing over that month', (text, sectionTitle, start, end) => {
    expect(span(parse(text, SCHOOL_2021, { sectionTitle }).value)).toEqual(['ongoing', start, end]);
  });

  it('reads «в течение месяца» with no month section as ongoing over the period', () => {
    expect(span(parse('в течение месяца', SCHOOL_2021).value)).toEqual(['ongoing', '2021-09-01', '2022-08-31']);
  });

  it.each([
    ['В течение дня', 'ongoing'],
    ['В теч.дня', 'ongoing'],
    ['По доп.графику', 'scheduled'],
  ] as const)('reads «%s» under a day\'s section as %s on that day (ussuriysk-centre-spring-holidays-plan-2019)', (text, kind) => {
    expect(span(parse(text, HOLIDAYS_2019, { sectionTitle: '27 марта (среда)' }).value)).toEqual([kind, '2019-03-27', '2019-03-27']);
  });
});

describe('a time of day under a day\'s section is that day (ussuriysk-centre-spring-holidays-plan-2019)', () => {
  it.each([['10.00-11.00'], ['19..30-21.00'], ['14:00- 16.00'], ['12.30'], ['С 15.30-17.00'], ['9.00-13.00, 16.00-18.00'], ['10.00-11-00']])(
    'reads «%s» under «24 марта» as 2019-03-24',
    (text) => {
      expect(span(parse(text, HOLIDAYS_2019, { sectionTitle: '24 марта' }).value)).toEqual(['date', '2019-03-24', '2019-03-24']);
    },
  );

  it('reads a time under a day row printed without a space, «23марта», as that day', () => {
    expect(span(parse('10.00-11-00', HOLIDAYS_2019, { sectionTitle: '23марта' }).value)).toEqual(['date', '2019-03-23', '2019-03-23']);
  });

  it('reads a time under «23марта» with no period as the day 23 March, its year unknown, and warns', () => {
    const { value, warnings } = parse('10.00-11.00', null, { sectionTitle: '23марта' });
    expect(value).toMatchObject({ kind: 'date', start: null, end: null, intervals: [], yearInferred: true, due: '--03-23' });
    expect(warnings.map((w) => w.code)).toEqual(['DEADLINE_UNRECOGNISED']);
  });

  it('reads no date from a time with no day section', () => {
    expect(parse('10.00-11.00', HOLIDAYS_2019).value.kind).toBe('unspecified');
  });
});

describe('«до» a month and dates beside an «until»', () => {
  it('reads «До июля» as until the last day before July (ussuriysk-centre-safety-plan-2019)', () => {
    expect(span(parse('До июля', { text: '', start: '2019-09-01', end: '2020-08-31' }).value)).toEqual(['until', '2019-09-01', '2020-06-30']);
  });

  it('reads a day and a later «до» day as two dates, the second taking the first one\'s year (ussuriysk-centre-runaways-order-2020)', () => {
    const { value } = parse('29 июня 2020 г., до 01 июля предоставить отчет в КДН', SCHOOL_2020);
    expect(value).toMatchObject({
      kind: 'multiple', start: '2020-06-29', end: '2020-07-01',
      intervals: [{ start: '2020-06-29', end: '2020-06-29' }, { start: '2020-07-01', end: '2020-07-01' }],
    });
  });

  it('keeps the «до» date of a list of months in the hull (ussuriysk-centre-runaways-order-2020)', () => {
    const { value } = parse('июнь, июль, август 2020 г./ план, предоставление отчета в КДН до 01.09.2020 г.', SCHOOL_2020);
    expect(span(value)).toEqual(['multiple', '2020-06-01', '2020-09-01']);
    expect(value.intervals).toHaveLength(4);
  });
});

describe('an annual recurrence with a printed day or month', () => {
  it('keeps the due day of «ежегодно, до 1 сентября» in the recurrence', () => {
    expect(parse('ежегодно, до 1 сентября', SCHOOL_2021).value).toEqual({
      text: 'ежегодно, до 1 сентября', kind: 'recurring', start: '2021-09-01', end: '2022-08-31', intervals: [],
      recurrence: 'annual', yearInferred: false, due: '--09-01',
    });
  });

  it('keeps the day of the month of «ежеквартально, до 5 числа месяца, следующего за отчетным»', () => {
    expect(parse('ежеквартально, до 5 числа месяца, следующего за отчетным', YEAR_2021).value).toMatchObject({
      kind: 'recurring', recurrence: 'quarterly', start: '2021-01-01', end: '2021-12-31', due: '---05',
    });
  });

  it('keeps the day of «ежемесячно до 5 числа»', () => {
    expect(parse('ежемесячно до 5 числа', YEAR_2021).value).toEqual({
      text: 'ежемесячно до 5 числа', kind: 'recurring', start: '2021-01-01', end: '2021-12-31', intervals: [],
      recurrence: 'monthly', yearInferred: false, due: '---05',
    });
  });

  it('reads «ежегодно май» in a one-year plan as that May, recurring every year (ussuriysk-centre-prevention-plans-2018)', () => {
    expect(parse('ежегодно май', SCHOOL_2018).value).toMatchObject({
      kind: 'period', start: '2019-05-01', end: '2019-05-31', recurrence: 'annual', yearInferred: true,
    });
  });
});

describe('relative spans have no dates of their own and say so', () => {
  it.each([
    ['в течение 14 дней', { amount: 14, unit: 'day' }],
    ['в течение двух недель', { amount: 2, unit: 'week' }],
    ['в течение 3 рабочих дней', { amount: 3, unit: 'working-day' }],
  ] as const)('reads «%s», counted from nothing named, as a span of %o with no dates', (text, relative) => {
    const { value, warnings } = parse(text, SCHOOL_2021);
    expect(value).toMatchObject({ kind: 'unspecified', start: null, end: null, intervals: [], relative });
    expect(warnings).toEqual([]);
  });

  // A plan's span counted from an event happens whenever the event does: as-needed over the period, the span kept
  // (ussuriysk-centre-runaways-order-2020, row 10: gold as-needed).
  it.each([
    ['в течение 10 рабочих дней со дня получения запроса', { amount: 10, unit: 'working-day' }],
    ['в течение 3 месяцев после окончания курсов', { amount: 3, unit: 'month' }],
    ['в течение месяца после проведения мероприятия', { amount: 1, unit: 'month' }],
    ['В течении 10 дней после снятия с учета', { amount: 10, unit: 'day' }],
    [
      'По окончании реабилитационных мероприятий и снятии с учета для Комиссии по делам несовершеннолетних для дальнейшей индивидуальной работы в течении 10 дней после снятия с учета.',
      { amount: 10, unit: 'day' },
    ],
  ] as const)('reads «%s», counted from an event, as as-needed over the period with the span %o', (text, relative) => {
    const { value, warnings } = parse(text, SCHOOL_2021);
    expect(value).toMatchObject({ kind: 'as-needed', start: '2021-09-01', end: '2022-08-31', intervals: [], relative });
    expect(warnings).toEqual([]);
  });

  it('reads an order\'s «в течение 10 дней со дня подписания настоящего приказа» from the decree\'s date', () => {
    expect(parse('в течение 10 дней со дня подписания настоящего приказа', YEAR_2021, { anchorDate: '2021-03-25' }).value).toMatchObject({
      kind: 'until', start: '2021-03-25', end: '2021-04-04', relative: { amount: 10, unit: 'day' },
    });
  });

  it('counts an order\'s working days past the weekends: 10 after Thursday 25 March 2021 is Thursday 8 April', () => {
    expect(parse('в течение 10 рабочих дней со дня подписания настоящего приказа', YEAR_2021, { anchorDate: '2021-03-25' }).value).toMatchObject({
      kind: 'until', start: '2021-03-25', end: '2021-04-08', relative: { amount: 10, unit: 'working-day' },
    });
  });

  it('leaves an order\'s span counted from another event without dates', () => {
    expect(parse('в течение 3 дней после проведения мероприятия', YEAR_2021, { anchorDate: '2021-03-25' }).value).toMatchObject({
      kind: 'unspecified', start: null, end: null, relative: { amount: 3, unit: 'day' },
    });
  });
});

describe('a cell that holds more than a deadline', () => {
  it('reads the dates of «2.09. - 4.09.2021 г., спортзал» and keeps the whole cell, place and all, as its text', () => {
    expect(parse('2.09. - 4.09.2021 г., спортзал', SCHOOL_2021).value).toEqual({
      text: '2.09. - 4.09.2021 г., спортзал', kind: 'period', start: '2021-09-02', end: '2021-09-04',
      intervals: [{ start: '2021-09-02', end: '2021-09-04' }], recurrence: null, yearInferred: false,
    });
  });

  it.each([
    ['3.12. - 17.12.2021 г., 5.04. – 9.04.2022 г.', [['2021-12-03', '2021-12-17'], ['2022-04-05', '2022-04-09']], false],
    ['09.11. – 20.11., 22.03 – 26.03.', [['2021-11-09', '2021-11-20'], ['2022-03-22', '2022-03-26']], true],
    ['1 этап – октябрь 2021 г., 2 этап – март 2022 г.', [['2021-10-01', '2021-10-31'], ['2022-03-01', '2022-03-31']], false],
  ] as const)('reads the two intervals of «%s» as multiple', (text, intervals, yearInferred) => {
    expect(parse(text, SCHOOL_2021).value).toMatchObject({
      kind: 'multiple', start: intervals[0][0], end: intervals[1][1], yearInferred,
      intervals: intervals.map(([start, end]) => ({ start, end })),
    });
  });

  it('reads dated stages followed by «последующие … ежеквартально» as the stages, then the recurrence to the period\'s end (ussuriysk-centre-runaways-order-2020)', () => {
    const text = 'составление плана до 20 июля 2020 г., первый отчет об исполнении до 25 сентября 2020 года, последующие отчеты предоставлять ежеквартально старшему воспитателю.';
    expect(parse(text, SCHOOL_2020).value).toEqual({
      text, kind: 'multiple', start: '2020-07-20', end: '2021-08-31',
      intervals: [{ start: '2020-07-20', end: '2020-07-20' }, { start: '2020-07-21', end: '2020-09-25' }, { start: '2020-09-26', end: '2021-08-31' }],
      recurrence: 'quarterly', yearInferred: false,
    });
  });

  it('reads «Сентябрь, далее ежемесячно» as September, then monthly to the period\'s end', () => {
    expect(parse('Сентябрь, далее ежемесячно', SCHOOL_2021).value).toMatchObject({
      kind: 'multiple', start: '2021-09-01', end: '2022-08-31', recurrence: 'monthly', yearInferred: true,
      intervals: [{ start: '2021-09-01', end: '2021-09-30' }, { start: '2021-10-01', end: '2022-08-31' }],
    });
  });

  it.each([['ежегодно, до 1 сентября'], ['ежеквартально, до 5 числа месяца, следующего за отчетным']])(
    'keeps «%s», whose day follows the recurrence, recurring',
    (text) => {
      expect(parse(text, SCHOOL_2021).value.kind).toBe('recurring');
    },
  );
});

describe('a recurrence that only bounds a schedule or a need', () => {
  it.each([
    ['По плану занятий, но не реже 2 раз в год', 'scheduled'], // ussuriysk-detdom-antiextremism-2013
    ['по графику (не реже 1 раза в квартал)', 'scheduled'],
    ['по мере необходимости (не реже 2 раза в год)', 'as-needed'], // ussuriysk-cssu-antiterror-2019
    ['по мере необходимости, но не реже 1 раза в месяц', 'as-needed'],
  ] as const)('reads «%s» as %s over the period', (text, kind) => {
    expect(parse(text, SCHOOL_2013).value).toMatchObject({ kind, start: '2013-09-01', end: '2014-08-31', recurrence: null });
  });

  it.each([
    ['Согласно графика не реже 1 раза в четверть', 'quarterly'], // seed 003: the recurrence is the schedule's own
    ['Согласно графика, не реже 1 раза в четверть', 'quarterly'],
    ['2019-2020 гг. (ежегодно до 10 сентября)', 'annual'], // ussuriysk-cssu-antiterror-2019
  ] as const)('keeps «%s», where nothing marks the recurrence as a bound, recurring %s', (text, recurrence) => {
    expect(parse(text, SCHOOL_2013).value).toMatchObject({ kind: 'recurring', recurrence });
  });
});

describe('a day and month where no year can be known', () => {
  it.each([
    ['12.03', '--03-12'],
    ['до 29 декабря', '--12-29'],
    ['15 мая', '--05-15'],
  ] as const)('reads «%s» with no period as the day %s, yearInferred, and warns', (text, due) => {
    const { value, warnings } = parse(text, null);
    expect(value).toMatchObject({ kind: text.startsWith('до') ? 'until' : 'date', start: null, end: null, yearInferred: true, due });
    expect(warnings.map((w) => w.code)).toEqual(['DEADLINE_UNRECOGNISED']);
  });

  it.each([
    ['3.05.-17.05', '--05-17'],
    ['09.11. – 20.11.', '--11-20'],
    ['последняя неделя декабря', '--12-31'],
  ] as const)('reads the span «%s» with no period as a period due on its last day %s, yearInferred, and warns', (text, due) => {
    const { value, warnings } = parse(text, null);
    expect(value).toMatchObject({ kind: 'period', start: null, end: null, intervals: [], yearInferred: true, due });
    expect(warnings.map((w) => w.code)).toEqual(['DEADLINE_UNRECOGNISED']);
  });

  it('keeps no day for the last week of February, whose last day depends on the year', () => {
    const { value } = parse('последняя неделя февраля', null);
    expect(value.due).toBeUndefined();
  });
});

describe('the last part of a month', () => {
  it.each([
    ['последняя неделя декабря', '2021-12-25', '2021-12-31'],
    ['последняя неделя февраля', '2022-02-22', '2022-02-28'],
    ['последняя неделя февраля 2024 г.', '2024-02-23', '2024-02-29'],
    ['в последнюю неделю апреля', '2022-04-24', '2022-04-30'],
    ['последняя декада мая', '2022-05-21', '2022-05-31'],
  ] as const)('reads «%s» in the 2021-2022 school year as %s … %s', (text, start, end) => {
    expect(span(parse(text, SCHOOL_2021).value)).toEqual(['period', start, end]);
  });
});

describe('parts of a school year listed before its years', () => {
  it.each([
    ['I, II полугодие 2021-2022 учебного года', [['2021-09-01', '2021-12-31'], ['2022-01-01', '2022-05-31']]],
    ['1, 2 четверть 2021-2022 уч. г.', [['2021-09-01', '2021-10-31'], ['2021-11-01', '2021-12-31']]],
  ] as const)('reads «%s» as the school\'s own parts', (text, intervals) => {
    const { value } = parse(text, null);
    expect(value.kind).toBe('multiple');
    expect(value.intervals.map((i) => [i.start, i.end])).toEqual(intervals);
  });
});

describe('the decree\'s orders', () => {
  it.each([
    ['в срок до 29 декабря', '2021-12-29'],
    ['в срок до 01.09.', '2021-09-01'],
    ['до 15.10. 2021', '2021-10-15'],
  ] as const)('reads «%s» from the decree\'s date', (text, end) => {
    expect(span(parse(text, YEAR_2021, { anchorDate: '2021-03-25' }).value)).toEqual(['until', '2021-03-25', end]);
  });
});
