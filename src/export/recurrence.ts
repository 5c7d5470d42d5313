/**
 * Calendar arithmetic on ISO dates (`2023-12-08`), in UTC so no time zone
 * moves a day, and the days a recurring deadline falls on. The calendar
 * writes the rule (RFC 5545 RRULE); the timeline draws its occurrences; both
 * read it from here so they agree.
 */
import type { Deadline, Recurrence } from '../model/roadmap.js';

const DAY_MS = 86_400_000;

export function isoToUtc(iso: string): number {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return Date.UTC(year, month - 1, day);
}

export function utcToIso(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}

export function addDays(iso: string, days: number): string {
  return utcToIso(isoToUtc(iso) + days * DAY_MS);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((isoToUtc(to) - isoToUtc(from)) / DAY_MS);
}

/** The same day `months` later; a day the month lacks is left out, as RFC 5545 leaves out 31 February. */
function addMonths(iso: string, months: number): string | null {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  const time = Date.UTC(year, month - 1 + months, day);
  return new Date(time).getUTCDate() === day ? utcToIso(time) : null;
}

interface Step {
  /** RFC 5545 FREQ and INTERVAL. */
  freq: 'DAILY' | 'WEEKLY' | 'MONTHLY' | 'YEARLY';
  interval: number;
}

/** «ежеквартально» is every third month and «по полугодиям» every sixth, counted from the period's start. */
const STEPS: Readonly<Record<NonNullable<Recurrence>, Step>> = {
  daily: { freq: 'DAILY', interval: 1 },
  weekly: { freq: 'WEEKLY', interval: 1 },
  monthly: { freq: 'MONTHLY', interval: 1 },
  quarterly: { freq: 'MONTHLY', interval: 3 },
  semiannual: { freq: 'MONTHLY', interval: 6 },
  annual: { freq: 'YEARLY', interval: 1 },
};

export interface RecurringDays {
  /** The first day it falls on. */
  first: string;
  /** RFC 5545 RRULE value, bounded by the period's last day. */
  rule: string;
  /** Every day it falls on, in order, within the period. */
  days: string[];
}

/** Past this many occurrences (a daily rule over decades) the days are not listed. */
const MAX_OCCURRENCES = 1000;
/** Steps tried, counting those that land on a day the month lacks (31st, 29 February). */
const MAX_STEPS = 4 * MAX_OCCURRENCES;

/**
 * The days a recurring deadline falls on within its period (`start`…`end`):
 * the day it names (`due`: `---05` «до 5 числа», `--09-01` «до 1 сентября»)
 * in each step, else the first day of each step from the period's start.
 * Null when the deadline does not recur or has no period.
 */
export function recurringDays(deadline: Deadline): RecurringDays | null {
  if (deadline.kind !== 'recurring' || !deadline.recurrence || !deadline.start || !deadline.end) return null;
  const step = STEPS[deadline.recurrence];
  const first = firstDue(deadline.start, deadline.end, deadline.due);
  if (!first) return null;
  const days: string[] = [];
  for (let index = 0; index < MAX_STEPS && days.length < MAX_OCCURRENCES; index += 1) {
    const day = nthOccurrence(first, step, index);
    if (day === null) continue;
    if (day > deadline.end) break;
    days.push(day);
  }
  const interval = step.interval > 1 ? `;INTERVAL=${step.interval}` : '';
  return { first, rule: `FREQ=${step.freq}${interval};UNTIL=${deadline.end.replaceAll('-', '')}`, days };
}

/** null: the step lands on a day the month lacks, which RFC 5545 skips. */
function nthOccurrence(first: string, step: Step, index: number): string | null {
  switch (step.freq) {
    case 'DAILY':
      return addDays(first, index * step.interval);
    case 'WEEKLY':
      return addDays(first, index * 7 * step.interval);
    case 'MONTHLY':
      return addMonths(first, index * step.interval);
    case 'YEARLY':
      return addMonths(first, index * 12 * step.interval);
  }
}

function firstDue(start: string, end: string, due: string | undefined): string | null {
  const monthDay = /^--(\d\d)-(\d\d)$/u.exec(due ?? '');
  const dayOnly = /^---(\d\d)$/u.exec(due ?? '');
  for (let day = start; day <= end; day = addDays(day, 1)) {
    const [, month, dayOfMonth] = day.split('-');
    if (monthDay ? month === monthDay[1] && dayOfMonth === monthDay[2] : dayOnly ? dayOfMonth === dayOnly[1] : true) return day;
  }
  return null;
}
