/**
 * The days a recurring deadline falls on, which the calendar writes as an
 * RRULE and the timeline marks. Expected days are counted by hand from the
 * calendar: «ежеквартально» over the 2023–2024 school year (seed 001, row
 * 1.3) is every third month from 1 September.
 */
import { describe, expect, it } from 'vitest';
import type { Deadline } from '../../src/model/roadmap.js';
import { addDays, daysBetween, recurringDays } from '../../src/export/recurrence.js';

const recurring = (recurrence: Deadline['recurrence'], start: string, end: string, due?: string): Deadline => ({
  text: '',
  kind: 'recurring',
  start,
  end,
  intervals: [],
  recurrence,
  yearInferred: false,
  ...(due ? { due } : {}),
});

describe('recurringDays', () => {
  it.each([
    ['quarterly over the school year (seed 001 «ежеквартально»)', recurring('quarterly', '2023-09-01', '2024-08-31'), ['2023-09-01', '2023-12-01', '2024-03-01', '2024-06-01'], 'FREQ=MONTHLY;INTERVAL=3;UNTIL=20240831'],
    ['semiannual over 2023 (seed 004 «По полугодиям»)', recurring('semiannual', '2023-01-01', '2023-12-31'), ['2023-01-01', '2023-07-01'], 'FREQ=MONTHLY;INTERVAL=6;UNTIL=20231231'],
    ['annual on the day it names («ежегодно, до 1 сентября»)', recurring('annual', '2022-01-01', '2024-12-31', '--09-01'), ['2022-09-01', '2023-09-01', '2024-09-01'], 'FREQ=YEARLY;UNTIL=20241231'],
    ['monthly on the 5th («ежемесячно до 5 числа»), from a period starting mid-month', recurring('monthly', '2023-09-10', '2023-12-31', '---05'), ['2023-10-05', '2023-11-05', '2023-12-05'], 'FREQ=MONTHLY;UNTIL=20231231'],
    ['weekly over four weeks', recurring('weekly', '2024-01-01', '2024-01-28'), ['2024-01-01', '2024-01-08', '2024-01-15', '2024-01-22'], 'FREQ=WEEKLY;UNTIL=20240128'],
  ])('%s', (_name, deadline, days, rule) => {
    const result = recurringDays(deadline)!;
    expect(result.days).toEqual(days);
    expect(result.first).toBe(days[0]);
    expect(result.rule).toBe(rule);
  });

  it('monthly on the 31st skips the months without one, as RFC 5545 does', () => {
    expect(recurringDays(recurring('monthly', '2024-01-01', '2024-06-30', '---31'))!.days).toEqual(['2024-01-31', '2024-03-31', '2024-05-31']);
  });

  it('monthly over a year gives twelve days', () => {
    expect(recurringDays(recurring('monthly', '2023-01-01', '2023-12-31'))!.days).toHaveLength(12);
  });

  it.each([
    ['a deadline that does not recur', { ...recurring('monthly', '2023-01-01', '2023-12-31'), kind: 'ongoing' as const }],
    ['a recurrence without a period', recurring('monthly', null as unknown as string, null as unknown as string)],
    ['a day that never comes within the period', recurring('annual', '2023-01-01', '2023-06-30', '--09-01')],
  ])('is null for %s', (_name, deadline) => {
    expect(recurringDays(deadline)).toBeNull();
  });
});

describe('date arithmetic in UTC', () => {
  it('steps over month, year and leap-day ends', () => {
    expect(addDays('2023-12-31', 1)).toBe('2024-01-01');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2024-03-31', -31)).toBe('2024-02-29');
    expect(daysBetween('2023-09-01', '2024-08-31')).toBe(365);
  });
});
