/**
 * The calendar (-f ics), read back by an independent parser (ical.js): every
 * activity with days of its own is an all-day event with the right days,
 * recurring deadlines expand to the days their rule names, the rest are
 * counted as left out, and the text follows RFC 5545 (CRLF, 75-octet lines,
 * escaped TEXT). Expected days come from the seeds' deadline cells.
 */
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { calendarEvents, eventUid } from '../../src/export/ics/events.js';
import { toIcs } from '../../src/export/ics/calendar.js';
import { addDays } from '../../src/export/recurrence.js';
import type { Activity, RoadmapDocument } from '../../src/model/roadmap.js';
import { activityOf, ingestedSeed, SEEDS, type SeedName } from '../helpers/seeds.js';

const SEED_NAMES = Object.keys(SEEDS) as SeedName[];
const documents = Object.fromEntries(await Promise.all(SEED_NAMES.map(async (name) => [name, await ingestedSeed(name)] as const))) as Record<SeedName, RoadmapDocument>;

interface ReadEvent {
  uid: string;
  summary: string;
  description: string;
  start: string;
  end: string;
  allDay: boolean;
  recurring: boolean;
  occurrences: string[];
}

/** The calendar as ical.js reads it: each VEVENT with its days and, for a recurring one, every day its rule gives. */
function readCalendar(text: string): ReadEvent[] {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return calendar.getAllSubcomponents('vevent').map((component) => {
    const event = new ICAL.Event(component);
    const occurrences: string[] = [];
    if (event.isRecurring()) {
      const iterator = event.iterator();
      for (let next = iterator.next(); next && occurrences.length < 500; next = iterator.next()) occurrences.push(next.toString());
    }
    return {
      uid: event.uid,
      summary: event.summary,
      description: event.description,
      start: event.startDate.toString(),
      end: event.endDate.toString(),
      allDay: event.startDate.isDate && event.endDate.isDate,
      recurring: event.isRecurring(),
      occurrences,
    };
  });
}

const calendarOf = (document: RoadmapDocument): ReadEvent[] => readCalendar(toIcs(calendarEvents(document).events, { name: 'test' }));
const eventsOf = (events: ReadEvent[], activity: Activity): ReadEvent[] => events.filter((event) => event.summary === `${activity.number} ${activity.title}`);

describe('calendar events of the seeds, read back by ical.js', () => {
  it.each(SEED_NAMES)('%s: every activity whose deadline names days is an all-day event per interval; the others are left out and counted', (name) => {
    const document = documents[name];
    const events = calendarOf(document);
    const { leftOut } = calendarEvents(document);
    const expectedLeftOut: Record<string, number> = {};
    for (const activity of document.roadmaps.flatMap((roadmap) => roadmap.activities)) {
      const { deadline } = activity;
      const found = eventsOf(events, activity);
      if (['ongoing', 'as-needed', 'scheduled', 'unspecified'].includes(deadline.kind)) {
        expectedLeftOut[deadline.kind] = (expectedLeftOut[deadline.kind] ?? 0) + 1;
        expect(found, `${activity.number} (${deadline.kind})`).toEqual([]);
        continue;
      }
      expect(found.every((event) => event.allDay)).toBe(true);
      expect(found.every((event) => event.description.includes(`Срок в документе: ${deadline.text}`))).toBe(true);
      if (deadline.kind === 'recurring') {
        expect(found).toHaveLength(1);
        expect(found[0]!.recurring).toBe(true);
        expect(found[0]!.occurrences.at(-1)! <= deadline.end!).toBe(true);
      } else if (deadline.kind === 'until') {
        expect(found.map((event) => [event.start, event.end])).toEqual([[deadline.end, addDays(deadline.end!, 1)]]);
      } else {
        expect(found.map((event) => [event.start, event.end])).toEqual(deadline.intervals.map((interval) => [interval.start, addDays(interval.end, 1)]));
      }
    }
    expect(leftOut).toEqual(expectedLeftOut);
    expect(new Set(events.map((event) => event.uid)).size).toBe(events.length);
  });

  it('writes «Июнь, декабрь 2023» (000 row 1.2) as two events, each month whole, DTEND the day after', () => {
    const events = eventsOf(calendarOf(documents.khotynets), activityOf(documents.khotynets, '1.2'));
    expect(events.map((event) => [event.start, event.end])).toEqual([
      ['2023-06-01', '2023-07-01'],
      ['2023-12-01', '2024-01-01'],
    ]);
  });

  it('writes «16.02.2022» (002 row 2) as that one day', () => {
    const events = eventsOf(calendarOf(documents.belomorsk), activityOf(documents.belomorsk, '2'));
    expect(events.map((event) => [event.start, event.end])).toEqual([['2022-02-16', '2022-02-17']]);
  });

  it('repeats «ежеквартально» (001 row 1.3) every third month of the 2023–2024 school year, and no further', () => {
    const [event] = eventsOf(calendarOf(documents.proletarsk), activityOf(documents.proletarsk, '1.3'));
    expect(event!.occurrences).toEqual(['2023-09-01', '2023-12-01', '2024-03-01', '2024-06-01']);
  });

  it('repeats «По полугодиям» (004 row 4.1.3) twice in 2023', () => {
    const [event] = eventsOf(calendarOf(documents.sergokala), activityOf(documents.sergokala, '4.1.3'));
    expect(event!.occurrences).toEqual(['2023-01-01', '2023-07-01']);
  });

  it('puts «до 16.10.2023» on the day it is due, not across the months before it', () => {
    const document = structuredClone(documents.khotynets);
    const activity = document.roadmaps[0]!.activities[0]!;
    activity.deadline = { text: 'до 16.10.2023', kind: 'until', start: '2023-01-01', end: '2023-10-16', intervals: [{ start: '2023-01-01', end: '2023-10-16' }], recurrence: null, yearInferred: false };
    expect(eventsOf(calendarOf(document), activity).map((event) => [event.start, event.end])).toEqual([['2023-10-16', '2023-10-17']]);
  });

  it('says in the description who is responsible, the deadline as printed and where the row is', () => {
    const [event] = eventsOf(calendarOf(documents.khotynets), activityOf(documents.khotynets, '2.8'));
    expect(event!.description).toContain('Ответственные: Отдел образования; образовательные организации');
    expect(event!.description).toMatch(/Источник: Приказ № 515 от 08\.12\.2023, khotynets\.txt, строка \d+$/u);
  });

  it('leaves out seed 004’s «По отдельном у графику» and empty deadlines', () => {
    expect(calendarEvents(documents.sergokala).leftOut).toMatchObject({ scheduled: 6, unspecified: 2 });
  });
});

describe('stable UIDs', () => {
  it('are the same on every run over the same input, so a re-import updates the events', () => {
    const first = calendarEvents(documents.sergokala).events.map((event) => event.uid);
    const second = calendarEvents(structuredClone(documents.sergokala)).events.map((event) => event.uid);
    expect(second).toEqual(first);
  });

  it('change with the input’s bytes, the roadmap and the activity number', () => {
    const uid = eventUid('a'.repeat(64), 0, '1.1');
    expect(uid).toMatch(/^[0-9a-f]{32}@roadmap-ingest$/u);
    expect(new Set([uid, eventUid('b'.repeat(64), 0, '1.1'), eventUid('a'.repeat(64), 1, '1.1'), eventUid('a'.repeat(64), 0, '1.10')]).size).toBe(4);
  });

  it('tell apart a number the plan prints twice (seed 004 has a misprinted 4.3.3.5)', () => {
    const document = structuredClone(documents.khotynets);
    const activities = document.roadmaps[0]!.activities;
    activities[1] = { ...activities[1]!, number: activities[0]!.number };
    const uids = calendarEvents(document).events.map((event) => event.uid);
    expect(new Set(uids).size).toBe(uids.length);
  });
});

describe('RFC 5545 text', () => {
  const text = toIcs(calendarEvents(documents.sergokala).events, { name: 'Приказ № 1/1, 2023; план', stamp: new Date(Date.UTC(2024, 0, 2, 3, 4, 5)) });

  it('ends every line with CRLF and folds lines at 75 octets, never inside a character', () => {
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(text.replace(/\r\n/gu, '')).not.toMatch(/[\r\n]/u);
    const lines = text.split('\r\n');
    expect(Math.max(...lines.map((line) => Buffer.byteLength(line)))).toBeLessThanOrEqual(75);
    expect(lines.some((line) => line.startsWith(' '))).toBe(true);
    expect(text).not.toContain('\uFFFD');
  });

  it('stamps every event and names the calendar, its TEXT escaped', () => {
    expect(text).toContain('DTSTAMP:20240102T030405Z\r\n');
    // ical.js keeps an X- property's value raw, so the escaping is checked in the text itself.
    expect(text).toContain('\r\nX-WR-CALNAME:Приказ № 1/1\\, 2023\\; план\r\n');
    expect(new ICAL.Component(ICAL.parse(text)).getFirstPropertyValue('version')).toBe('2.0');
  });

  it('escapes commas, semicolons, backslashes and newlines in titles so they read back as printed', () => {
    const document = structuredClone(documents.belomorsk);
    const activity = document.roadmaps[0]!.activities.find((a) => a.deadline.kind === 'date')!;
    activity.title = 'Итоги, планы; отчёт \\ приложение\nвторая строка';
    const raw = toIcs(calendarEvents(document).events, { name: 'x' });
    expect(raw.replace(/\r\n /gu, '')).toContain(`SUMMARY:${activity.number} Итоги\\, планы\\; отчёт \\\\ приложение\\nвторая строка`);
    expect(readCalendar(raw).some((event) => event.summary === `${activity.number} ${activity.title}`)).toBe(true);
  });
});
