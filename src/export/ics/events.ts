/**
 * A document's activities as calendar events (plain data, made in the batch's
 * worker; ./calendar.ts writes them as RFC 5545). Only a deadline with days of
 * its own becomes an event; the rest are counted, so the summary can say
 * what the calendar leaves out.
 */
import { createHash } from 'node:crypto';
import type { Activity, DeadlineKind, Interval, RoadmapDocument } from '../../model/roadmap.js';
import { addDays, recurringDays } from '../recurrence.js';
import { decreeLabel, placeText, RECURRENCE_LABELS } from '../russian.js';

export interface CalendarEvent {
  /** Stable across runs over the same input: see eventUid. */
  uid: string;
  summary: string;
  description: string;
  /** All-day: the first day, and the day after the last (RFC 5545 DTEND is exclusive). */
  start: string;
  endExclusive: string;
  /** An RRULE value for a recurring deadline, else null. */
  rule: string | null;
}

/** Activities left out of the calendar, by deadline kind. */
export type LeftOut = Partial<Record<DeadlineKind, number>>;

export interface DocumentEvents {
  events: CalendarEvent[];
  leftOut: LeftOut;
}

/** Kinds whose dates are only the roadmap's period: an event would claim a day nobody named. */
const WITHOUT_DAYS_OF_THEIR_OWN: ReadonlySet<DeadlineKind> = new Set(['ongoing', 'as-needed', 'scheduled', 'unspecified']);

export function calendarEvents(document: RoadmapDocument): DocumentEvents {
  const events: CalendarEvent[] = [];
  const leftOut: LeftOut = {};
  const decree = decreeLabel(document.decree, document.source.file);
  document.roadmaps.forEach((roadmap, roadmapIndex) => {
    const keys = new ActivityKeys();
    roadmap.activities.forEach((activity, position) => {
      const key = keys.next(activity, position);
      const spans = eventSpans(activity);
      if (spans.length === 0) {
        leftOut[activity.deadline.kind] = (leftOut[activity.deadline.kind] ?? 0) + 1;
        return;
      }
      const summary = activity.number ? `${activity.number} ${activity.title}` : activity.title;
      const description = eventDescription(activity, decree, document.source.file);
      spans.forEach((span, index) => {
        const part = spans.length > 1 ? `/${index + 1}` : '';
        events.push({ uid: eventUid(document.source.sha256, roadmapIndex, key + part), summary, description, ...span });
      });
    });
  });
  return { events, leftOut };
}

type Span = Pick<CalendarEvent, 'start' | 'endExclusive' | 'rule'>;

/**
 * One all-day span per interval the deadline names (`Июнь, декабрь 2023` gives
 * two); `до 16.10.2023` is the day it is due, not the months before it; a
 * recurring deadline is its first day with a rule bounded by the period.
 */
function eventSpans(activity: Activity): Span[] {
  const { deadline } = activity;
  if (WITHOUT_DAYS_OF_THEIR_OWN.has(deadline.kind) || !deadline.start || !deadline.end) return [];
  if (deadline.kind === 'recurring') {
    const recurring = recurringDays(deadline);
    return recurring ? [{ start: recurring.first, endExclusive: addDays(recurring.first, 1), rule: recurring.rule }] : [];
  }
  if (deadline.kind === 'until') return [daySpan({ start: deadline.end, end: deadline.end })];
  const intervals: Interval[] = deadline.intervals.length > 0 ? deadline.intervals : [{ start: deadline.start, end: deadline.end }];
  return intervals.map(daySpan);
}

function daySpan(interval: Interval): Span {
  return { start: interval.start, endExclusive: addDays(interval.end, 1), rule: null };
}

function eventDescription(activity: Activity, decree: string, file: string): string {
  const parties = (list: Activity['responsible']): string => list.map((party) => party.text).join('; ');
  const { deadline } = activity;
  const recurrence = deadline.recurrence ? ` (${RECURRENCE_LABELS[deadline.recurrence]})` : '';
  const section = [activity.section, activity.sectionTitle].filter(Boolean).join('. ');
  return [
    activity.responsible.length > 0 ? `Ответственные: ${parties(activity.responsible)}` : 'Ответственные: не указаны',
    activity.coExecutors.length > 0 ? `Соисполнители: ${parties(activity.coExecutors)}` : null,
    `Срок в документе: ${deadline.text || 'не указан'}${recurrence}`,
    section ? `Раздел: ${section}` : null,
    activity.expectedResult ? `Ожидаемый результат: ${activity.expectedResult}` : null,
    `Источник: ${decree}, ${file}, ${placeText(activity.source)}`,
  ]
    .filter((line): line is string => line !== null)
    .join('\n');
}

/**
 * The input's sha256, the roadmap's place in the document and the activity's
 * number: the same input gives the same UIDs, so importing a calendar again
 * updates its events instead of adding them twice (RFC 5545 §3.8.4.7).
 */
export function eventUid(sha256: string, roadmapIndex: number, activityKey: string): string {
  const digest = createHash('sha256').update(`${sha256}\n${roadmapIndex}\n${activityKey}`).digest('hex');
  return `${digest.slice(0, 32)}@roadmap-ingest`;
}

/** The activity's number, told apart where a plan prints one twice (4.3.3.5 in seed 004), or its position where it prints none. */
class ActivityKeys {
  private readonly seen = new Map<string, number>();

  next(activity: Activity, position: number): string {
    if (activity.number === null) return `#${position + 1}`;
    const count = (this.seen.get(activity.number) ?? 0) + 1;
    this.seen.set(activity.number, count);
    return count === 1 ? activity.number : `${activity.number}~${count}`;
  }
}
