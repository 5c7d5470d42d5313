/**
 * «Срок» cells → the contract's Deadline (issue #3). Parse, then refine:
 *   1. normalise (dashes, `2024г.`, «отдельном у», case),
 *   2. tokenise (dates, numbers, years, month words, other words),
 *   3. match small rules into units (a day, a month, a range, a quarter …),
 *   4. refine: years carried back over a list («Июнь, декабрь 2023»), inferred
 *      from the period, ranges and lists resolved to intervals, checked.
 * No chrono-node: STACK-NOTES measured it wrong on most seed cells.
 *
 * Phrase kinds (recurring, ongoing, as-needed, scheduled) take the period as
 * start/end and give `intervals: []`: intervals list only what was printed.
 */
import type { Deadline, Interval, Period, SourceRef } from '../../model/roadmap.js';
import { result, warning, WARNING_CODES, type Result, type Warning } from '../../model/warnings.js';
import { collapseSpace } from '../../layout/text.js';
import { MONTHS } from './months.js';
import { yearPeriod } from './period.js';
import {
  ABOUT_WORDS, ACADEMIC_WORDS, AS_NEEDED_LEAD, AS_NEEDED_PHRASES, END_WORDS, EVENT_AFTER, FROM_THE_DECREE, MARKED_BOUND,
  LAST_ORDINALS, MONTH_ABBREVIATION, NOT_SEASON_AFTER, NUMBER_WORDS, ONGOING_PHRASES, ORDINALS, PART_WORDS, RECURRENCE_PHRASES,
  ITEM_WORDS, RELATIVE_SPAN, SCHEDULED_PHRASES, SCHOOL_HALVES, SEASONS, TERMS, THEN_WORDS, THROUGHOUT_ABBREVIATION, THROUGHOUT_LEAD, THROUGHOUT_YEAR_TAIL, UNTIL_WORDS, YEAR_WORDS,
  type PartUnit,
} from './deadline-phrases.js';

export interface DeadlineContext {
  /** The roadmap's period (or, for a decree's orders, the decree's year); null when unknown. */
  period: Period | null;
  /** Title of the enclosing section, e.g. `Январь` above rows that print only days. */
  sectionTitle: string | null;
  /** Start of an `until` deadline in a decree's orders: the decree's date. Null in roadmaps. */
  anchorDate: string | null;
  /** Where the cell is, for warnings. */
  source: SourceRef | null;
}

// ---------------------------------------------------------------- normalise

const DASHES = /[\u2010-\u2015\u2212]/g;
/** `2024г.` → `2024 г` so the year is its own token (seed «10.06.2024 г.»). */
const GLUED_YEAR = /(\d{4})(?=г)/gu;
/** `15.10. 2021`, `21.04. 2022 г.` (issue 12): a space after the month's dot still leaves one date. */
const SPACED_YEAR = /(?<![\d.])(\d{1,2}\.\d{1,2}\.)\s+((?:19|20)\d\d)(?!\d)/gu;
/** «По отдельном у графику» (seed): a PDF split the word. */
const SPLIT_WORDS = /отдельном\s+у(?![\p{L}])/gu;
/** `1-й`, `2-е`, `3-я` → the bare number. */
const ORDINAL_SUFFIX = /(\d)\s*-\s*(?:ый|ой|ий|й|ое|ее|е|ая|я|го)(?![\p{L}])/gu;

/** Any «теч…» that is not already the full «течение »: a quick screen before the rewrite. */
const ABBREVIATED_THROUGHOUT = /теч(?!ение )/;

function normalise(text: string): string {
  // Each rewrite only when its trigger is present: the bench budget (≥100k cells/s) is mostly spent here.
  let s = text.toLowerCase();
  if (s.includes('ё')) s = s.replace(/ё/g, 'е');
  s = s.replace(DASHES, '-');
  if (s.includes('. ')) s = s.replace(SPACED_YEAR, '$1$2');
  if (s.includes('г')) s = s.replace(GLUED_YEAR, '$1 ');
  if (s.includes('отдельном ')) s = s.replace(SPLIT_WORDS, 'отдельному');
  if (s.includes('-')) s = s.replace(ORDINAL_SUFFIX, '$1');
  if (ABBREVIATED_THROUGHOUT.test(s)) s = s.replace(THROUGHOUT_ABBREVIATION, 'течение ');
  if (s.includes('мес')) s = s.replace(MONTH_ABBREVIATION, 'месяца');
  return s;
}

// ---------------------------------------------------------------- tokenise

type Token =
  /** `plain`: a year-less `dd.mm` printed as a date would be (two-digit month; two-digit day or a trailing dot). */
  | { t: 'date'; d: number; m: number; y: number | null; plain?: boolean }
  | { t: 'season'; v: readonly [number, number] }
  | { t: 'num'; v: number }
  | { t: 'year'; v: number }
  | { t: 'month'; v: number }
  | { t: 'dash' }
  | { t: 'comma' }
  | { t: 'word'; w: string };

/** 4-digit year with any day/month, or a 2-digit year only after `dd.mm` so that `4.2.11` stays a number. */
const TOKEN = /(\d{1,2})\.(\d{1,2})\.(\d{4})(?![.\d])|(\d{2})\.(\d{2})\.(\d{2})(?![.\d])|(\d{1,2})\.(\d{1,2})(\.?)(?![.\d])|(\d+)|(\p{L}+(?:-\p{L}+)*)|([-/])|([,;+]|\sи\s)/gu;

function tokenise(text: string): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    if (m[1]) out.push({ t: 'date', d: +m[1], m: +m[2]!, y: +m[3]! });
    else if (m[4]) out.push({ t: 'date', d: +m[4], m: +m[5]!, y: 2000 + +m[6]! });
    else if (m[7]) {
      // `08.09`, `07.11.`, `3.05.` read as a day alone; `2.3`, `1.10` look like item numbers (issue 16).
      const plain = m[8]!.length === 2 && (m[7].length === 2 || m[9] === '.');
      out.push({ t: 'date', d: +m[7], m: +m[8]!, y: null, plain });
    } else if (m[10]) {
      const v = +m[10];
      out.push(m[10].length === 4 && v >= 1900 && v <= 2099 ? { t: 'year', v } : { t: 'num', v });
    } else if (m[11]) pushWord(out, m[11]);
    else if (m[12]) out.push({ t: 'dash' });
    else out.push({ t: 'comma' });
  }
  return out;
}

/** `март-апрель` is one word to the regex; split it when every part is a month (seed «Февраль-март»). */
function pushWord(out: Token[], word: string): void {
  // The word is already lower case with `ё` → `е` (normalise), so the table is read directly.
  const month = MONTHS.get(word);
  if (month) { out.push({ t: 'month', v: month }); return; }
  const season = SEASONS.get(word);
  if (season) { out.push({ t: 'season', v: season }); return; }
  if (word.includes('-')) {
    const parts = word.split('-');
    // «I-II квартал»: a range of Roman numerals is one word to the regex too.
    if (parts.every((part) => ORDINALS.has(part))) {
      parts.forEach((part, i) => { if (i) out.push({ t: 'dash' }); out.push({ t: 'word', w: part }); });
      return;
    }
    const months = parts.map((part) => MONTHS.get(part) ?? null);
    if (months.every((x) => x !== null)) {
      months.forEach((v, i) => { if (i) out.push({ t: 'dash' }); out.push({ t: 'month', v: v! }); });
      return;
    }
  }
  out.push({ t: 'word', w: word });
}

// ---------------------------------------------------------------- rules → units

/** A date with the parts that were printed; the rest comes from neighbours or the period. */
interface Part { y: number | null; m: number | null; d: number | null }
/** One printed thing: a span from `a` to `b`; `until` when «до …» came before it. */
interface Unit {
  a: Part; b: Part; until: boolean; endOf: boolean; academic: boolean;
  /** «с 01.09.2023» with no end printed: runs from that day to the period's end. */
  from?: boolean;
  /** «за I полугодие»: the period a report covers. */
  about?: boolean;
  /** «II полугодие» with no year: which half-years (first, last), read as a school's in a plan for a school year. */
  half?: readonly [number, number];
  /** «последняя неделя февраля»: the span starts this many days before the month's last, known once its year is. */
  lastDays?: number;
}

const P = (y: number | null, m: number | null, d: number | null): Part => ({ y, m, d });

class Matcher {
  i = 0;
  constructor(readonly toks: Token[]) {}
  peek(k = 0): Token | undefined { return this.toks[this.i + k]; }
  isWord(k: number, set: ReadonlySet<string> | ReadonlyMap<string, unknown>): boolean {
    const t = this.peek(k);
    return t?.t === 'word' && set.has(t.w);
  }
  /** A year and the words after it that only say «year» (`2023 г.`, `2024 года`). */
  year(): number | null {
    const t = this.peek();
    if (t?.t !== 'year') return null;
    this.i++;
    while (this.isWord(0, YEAR_WORDS)) this.i++;
    return t.v;
  }
  /** An optional year after a month, also behind a dash: «март-апрель – 2024 г.» (seed). */
  yearAfter(): number | null {
    if (this.peek()?.t === 'year') return this.year();
    if (this.peek()?.t === 'dash' && this.peek(1)?.t === 'year' && this.peek(2)?.t !== 'dash') { this.i++; return this.year(); }
    // «Сентябрь, 2023»: a comma before a year that ends the cell still belongs to the month.
    if (this.peek()?.t === 'comma' && this.peek(1)?.t === 'year' && (this.peek(2) === undefined || this.isWord(2, YEAR_WORDS))) { this.i++; return this.year(); }
    return null;
  }
}

function ordinal(t: Token | undefined): number | undefined {
  if (t?.t === 'num') return t.v;
  return t?.t === 'word' ? ORDINALS.get(t.w) : undefined;
}

const NON_LEAP_YEAR = 2001;

const unit = (a: Part, b: Part = a, academic = false): Unit => ({ a, b, until: false, endOf: false, academic });

/** One side of a range: a date, a day + month, a month, a year, or a part of a year. */
function atom(m: Matcher): Unit | null {
  const t = m.peek();
  if (!t) return null;
  const start = m.i;
  if (t.t === 'date') { m.i++; if (m.isWord(0, YEAR_WORDS)) m.i++; return unit(P(t.y, t.m, t.d)); }
  if (t.t === 'num' && t.v >= 1 && t.v <= 31 && m.peek(1)?.t === 'month') {
    m.i += 2;
    const mon = (m.toks[m.i - 1] as { v: number }).v;
    return unit(P(m.yearAfter(), mon, t.v));
  }
  if (t.t === 'month') { m.i++; return unit(P(m.yearAfter(), t.v, null)); }
  if (t.t === 'season') {
    const next = m.peek(1);
    if (next?.t === 'word' && NOT_SEASON_AFTER.test(next.w)) return null;
    m.i++;
    const [first, last] = t.v;
    const y = m.year();
    // «зима 2021-2022»: the second year is the one winter ends in.
    if (y !== null && last < first && m.peek()?.t === 'dash' && m.peek(1)?.t === 'year') { m.i++; m.year(); }
    return unit(P(y, first, 1), P(y === null ? null : last < first ? y + 1 : y, last, null));
  }
  if (t.t === 'year') {
    m.i++;
    if (m.peek()?.t === 'dash' && m.peek(1)?.t === 'year') {
      const second = (m.peek(1) as { v: number }).v;
      m.i += 2;
      let academic = false;
      while (m.isWord(0, ACADEMIC_WORDS) || m.isWord(0, YEAR_WORDS)) { if (m.isWord(0, ACADEMIC_WORDS)) academic = true; m.i++; }
      if (academic && second === t.v + 1) return unit(P(t.v, 9, 1), P(second, 8, 31), true);
      if (second > t.v) return unit(P(t.v, 1, 1), P(second, 12, 31));
      m.i = start; return null;
    }
    while (m.isWord(0, YEAR_WORDS)) m.i++;
    return unit(P(t.v, 1, 1), P(t.v, 12, 31));
  }
  // «последняя неделя декабря», «последняя декада мая»: the month's last seven days, its third decade.
  if (t.t === 'word' && LAST_ORDINALS.has(t.w)) {
    const partTok = m.peek(1);
    const monTok = m.peek(2);
    const part = partTok?.t === 'word' ? PART_WORDS.get(partTok.w) : undefined;
    if ((part === 'week' || part === 'decade') && monTok?.t === 'month') {
      m.i += 3;
      const y = m.yearAfter();
      if (part === 'decade') return unit(P(y, monTok.v, 21), P(y, monTok.v, null));
      // The day it starts waits for the year (February's last week); until then a common year's stands in.
      return { ...unit(P(y, monTok.v, daysIn(y ?? NON_LEAP_YEAR, monTok.v) - 6), P(y, monTok.v, null)), lastDays: 6 };
    }
  }
  // Ordinal + part of a year or month: «II квартал 2024 г.», «1 декада сентября», «первая неделя марта».
  const n = ordinal(t);
  // «I-II квартал 2024», «1-3 квартал»: a run of quarters or halves printed as one range of ordinals.
  let last = n;
  let partAt = 1;
  if (n !== undefined && m.peek(1)?.t === 'dash') {
    const second = ordinal(m.peek(2));
    if (second !== undefined && second > n) { last = second; partAt = 3; }
  }
  // «I, II полугодие», «1 и 3 квартал»: an ordinal listed before others that share the word after the last.
  const shared = n !== undefined && partAt === 1 ? sharedPart(m) : undefined;
  const sharedMonths = shared && n !== undefined ? partOfYear(shared.part, n, n) : null;
  if (sharedMonths) {
    // «I, II полугодие 2021-2022 учебного года»: the school year after the shared word is this ordinal's too.
    const at = m.i;
    m.i += shared!.at + 1;
    const school = schoolYearAfter(m);
    m.i = at + 1;
    if (school !== null) return schoolPart(shared!.part, n!, n!, sharedMonths, school);
    const u = unit(P(null, sharedMonths[0], 1), P(null, sharedMonths[1], null));
    return shared!.part === 'half' ? { ...u, half: [n!, n!] } : u;
  }
  const partTok = m.peek(partAt);
  const part = partTok?.t === 'word' ? PART_WORDS.get(partTok.w) : undefined;
  if (n !== undefined && last !== undefined && part) {
    m.i += partAt + 1;
    const months = partOfYear(part, n, last);
    if (months) {
      const [first, end] = months;
      // «II полугодие 2021-2022 учебного года», «1 четверть 2021-2022 уч. г.»: the part of that school year.
      const school = schoolYearAfter(m);
      if (school !== null) return schoolPart(part, n, last, months, school);
      const y = m.year();
      const u = unit(P(y, first, 1), P(y, end, null));
      return part === 'half' && y === null ? { ...u, half: [n, last] } : u;
    }
    const monTok = m.peek();
    if (monTok?.t === 'month') {
      m.i++;
      const y = m.yearAfter();
      // The last decade and the fourth/fifth week run to the month's end; «1-2 неделя сентября» spans both.
      if (part === 'decade' && last <= 3) return unit(P(y, monTok.v, 10 * n - 9), P(y, monTok.v, last < 3 ? 10 * last : null));
      if (part === 'week' && last <= 5) return unit(P(y, monTok.v, 7 * n - 6), P(y, monTok.v, last < 4 ? 7 * last : null));
    }
    m.i = start; return null;
  }
  // A bare day before a dash or «по»: «18-19 февраля 2022», «с 1 по 15 марта» (month comes from the right).
  if (t.t === 'num' && t.v >= 1 && t.v <= 31) {
    const next = m.peek(1);
    if (next?.t === 'dash' || (next?.t === 'word' && next.w === 'по')) { m.i++; return unit(P(null, null, t.v)); }
  }
  return null;
}

/**
 * The part of a year (quarter, half-year, term) named after a list of ordinals that starts at the
 * matcher («I, II полугодие»), and how far ahead its word stands.
 */
function sharedPart(m: Matcher): { part: PartUnit; at: number } | undefined {
  let k = 1;
  while (m.peek(k)?.t === 'comma' && ordinal(m.peek(k + 1)) !== undefined) k += 2;
  if (k === 1) return undefined;
  const t = m.peek(k);
  const part = t?.t === 'word' ? PART_WORDS.get(t.w) : undefined;
  return part === 'quarter' || part === 'half' || part === 'term' ? { part, at: k } : undefined;
}

/** Parts `n`…`last` of the school year that starts in `school`: a half-year is the school's (SCHOOL_HALVES), a quarter or term the calendar's months in that year. */
function schoolPart(part: PartUnit, n: number, last: number, months: readonly [number, number], school: number): Unit {
  const [f, l] = part === 'half' ? [SCHOOL_HALVES[n - 1]![0], SCHOOL_HALVES[last - 1]![1]] : months;
  const ya = f >= 9 ? school : school + 1;
  return unit(P(ya, f, 1), P(l < f ? ya + 1 : ya, l, null));
}

/** The months (first, last) of a run of quarters, half-years or school terms, by the calendar; null for another part or a number out of range. */
function partOfYear(part: PartUnit, n: number, last: number): readonly [number, number] | null {
  if (part === 'quarter' && last <= 4) return [3 * n - 2, 3 * last];
  if (part === 'half' && last <= 2) return [6 * n - 5, 6 * last];
  if (part === 'term' && n >= 1 && last <= 4) return [TERMS[n - 1]![0], TERMS[last - 1]![1]];
  return null;
}

/** A school year printed as `2021-2022 учебного года`, `2021/2022 уч. г.`: its first year, the words read; else null and nothing read. */
function schoolYearAfter(m: Matcher): number | null {
  const first = m.peek();
  const second = m.peek(2);
  if (first?.t !== 'year' || m.peek(1)?.t !== 'dash' || second?.t !== 'year' || second.v !== first.v + 1) return null;
  const start = m.i;
  m.i += 3;
  let academic = false;
  while (m.isWord(0, ACADEMIC_WORDS) || m.isWord(0, YEAR_WORDS)) { if (m.isWord(0, ACADEMIC_WORDS)) academic = true; m.i++; }
  if (academic) return first.v;
  m.i = start;
  return null;
}

/** atom [- atom]: fills the left side's missing month and year from the right («01.01-01.03.2022»). */
function range(m: Matcher, afterUntil = false): Unit | null {
  const start = m.i;
  const opener = m.peek();
  const from = opener?.t === 'word' && (opener.w === 'с' || opener.w === 'со');
  if (from) m.i++;
  const left = atom(m);
  if (!left) { m.i = start; return null; }
  const sep = m.peek();
  if (sep?.t === 'dash' || (sep?.t === 'word' && sep.w === 'по')) {
    const save = m.i;
    m.i++;
    const right = atom(m);
    if (right) {
      const a = { ...left.a };
      if (a.m === null && right.a.m !== null && left.a.d !== null) a.m = right.a.m;
      if (a.y === null && right.b.y !== null) a.y = right.b.y - (a.m !== null && right.b.m !== null && a.m > right.b.m ? 1 : 0);
      return { a, b: right.b, until: false, endOf: false, academic: left.academic || right.academic };
    }
    m.i = save;
  }
  if (left.a.m === null && left.a.y === null) { m.i = start; return null; }
  // A lone `dd.mm` without a year is a date only when printed like one (`08.09`, `07.11.`, `3.05.`, issue 16);
  // `2.3` or `1.10` is more likely an activity number. After «до»/«к» («до 01.09») the word says it is a date.
  const first = m.toks[start];
  if (first?.t === 'date' && first.y === null && !afterUntil && !(first.plain && lonePlace(m, start))) { m.i = start; return null; }
  if (from && left.a.d !== null) return { ...left, from: true };
  return left;
}

/** A year-less `dd.mm` stands alone as a date unless a number follows it (`15.10. 20 шт.`) or an item word precedes it. */
function lonePlace(m: Matcher, at: number): boolean {
  const before = m.toks[at - 1];
  return m.peek()?.t !== 'num' && !(before?.t === 'word' && ITEM_WORDS.has(before.w));
}

/** «до 16.10.2023», «не позднее 1 марта», «к 1 сентября», «до конца 2023», «до конца года». */
function until(m: Matcher): Unit | null {
  const start = m.i;
  if (!m.isWord(0, UNTIL_WORDS)) return null;
  m.i++;
  if (m.isWord(0, END_WORDS)) {
    m.i++;
    const y = m.year();
    if (y !== null) return { a: P(y, 12, 31), b: P(y, 12, 31), until: true, endOf: true, academic: false };
    let academic = false;
    while (m.isWord(0, ACADEMIC_WORDS)) { academic = true; m.i++; }
    if (m.isWord(0, YEAR_WORDS)) {
      m.i++;
      const p = academic ? P(null, 8, 31) : P(null, 12, 31);
      return { a: p, b: p, until: true, endOf: true, academic };
    }
    const mon = m.peek();
    if (mon?.t === 'month') { m.i++; const y2 = m.yearAfter(); return { a: P(y2, mon.v, null), b: P(y2, mon.v, null), until: true, endOf: true, academic: false }; }
    m.i = start; return null;
  }
  const u = range(m, true);
  if (!u) { m.i = start; return null; }
  return { ...u, until: true };
}

function units(toks: Token[]): Unit[] {
  const m = new Matcher(toks);
  let out: Unit[] = [];
  while (m.i < toks.length) {
    const about = m.isWord(0, ABOUT_WORDS);
    if (about) m.i++;
    const u = until(m) ?? range(m);
    if (u) out.push(about ? { ...u, about } : u); else if (!about) m.i++;
  }
  if (out.some((u) => u.until)) out = out.filter((u) => !u.about);
  // A year printed at the end of a list belongs to the items before it: «Июнь, декабрь 2023» (seed).
  let carry: number | null = null;
  for (let k = out.length - 1; k >= 0; k--) {
    const u = out[k]!;
    if (u.b.y !== null) carry = u.a.y ?? u.b.y;
    else if (carry !== null && !u.endOf) { u.a.y ??= carry; u.b.y = carry; }
  }
  // «до» dates follow one another, so one printed without a year takes the year of the one before,
  // the next year if its month comes earlier: «до 20 июня 2022 года, … до 10 декабря» (seed 002).
  // So does a «до» date after a dated item: «29 июня 2020 г., до 01 июля» (ussuriysk-centre-runaways-order-2020).
  let previous: Part | null = null;
  for (const u of out) {
    if (!u.until) { if (u.b.y !== null) previous = u.b; continue; }
    if (u.b.y === null && previous?.y != null && u.b.m !== null && previous.m !== null && !u.endOf) {
      u.b.y = u.b.m < previous.m ? previous.y + 1 : previous.y;
      u.a.y ??= u.b.y;
    }
    previous = u.b;
  }
  return out;
}

// ---------------------------------------------------------------- refine

const pad = (n: number): string => String(n).padStart(2, '0');
const iso = (y: number, m: number, d: number): string => `${y}-${pad(m)}-${pad(d)}`;
const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const daysIn = (y: number, m: number): number =>
  m === 2 && ((y % 4 === 0 && y % 100 !== 0) || y % 400 === 0) ? 29 : DAYS[m - 1]!;

function addDays(date: string, days: number): string {
  const t = new Date(`${date}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() + days);
  return t.toISOString().slice(0, 10);
}

/** The year a month takes from the period: the first year in which that month lies inside it (academic year: Sept–Dec → first year, Jan–Aug → second). */
function yearFromPeriod(month: number, period: Period | null): number | null {
  if (!period?.start || !period.end) return null;
  const y0 = +period.start.slice(0, 4);
  const y1 = +period.end.slice(0, 4);
  const first = period.start.slice(0, 7);
  const last = period.end.slice(0, 7);
  for (let y = y0; y <= y1; y++) {
    const ym = `${y}-${pad(month)}`;
    if (ym >= first && ym <= last) return y;
  }
  return y0;
}

/**
 * The year a span of months with no printed year starts in: placed by its start month or by its end month,
 * whichever puts more of its months inside the period; on a tie the earlier, so «август-сентябрь» in a
 * 2015-2016 school year is the summer before it (school11-nakhodka-plan-2015), while «3 квартал» in
 * 2023-2024 is July–September 2024.
 */
function spanYear(ma: number, mb: number, period: Period | null): number | null {
  const byStart = yearFromPeriod(ma, period);
  const byEndYear = yearFromPeriod(mb, period);
  if (byStart === null || byEndYear === null) return byStart;
  const byEnd = ma <= mb ? byEndYear : byEndYear - 1;
  if (byStart === byEnd) return byStart;
  const inside = (y: number): number => {
    let n = 0;
    for (let k = 0; k <= (mb - ma + 12) % 12; k++) {
      const ym = `${y + Math.floor((ma - 1 + k) / 12)}-${pad(((ma - 1 + k) % 12) + 1)}`;
      if (ym >= period!.start!.slice(0, 7) && ym <= period!.end!.slice(0, 7)) n++;
    }
    return n;
  };
  const a = inside(byStart);
  const b = inside(byEnd);
  return a === b ? Math.min(byStart, byEnd) : a > b ? byStart : byEnd;
}

interface Resolved { start: string; end: string; inferred: boolean }

/** A plan for a school year: 1 September – 31 August (`2023-2024 учебный год`). */
const isSchoolYear = (period: Period | null): boolean => period?.start?.endsWith('-09-01') === true && period.end?.endsWith('-08-31') === true;

function resolve(given: Unit, period: Period | null, warnings: Warning[], source: SourceRef | null, text: string): Resolved | null | 'impossible' {
  // «2 полугодие» in a plan for a school year is the school's second half-year, January–May.
  const u = given.half && given.a.y === null && isSchoolYear(period)
    ? { ...given, a: { ...given.a, m: SCHOOL_HALVES[given.half[0] - 1]![0] }, b: { ...given.b, m: SCHOOL_HALVES[given.half[1] - 1]![1] } }
    : given;
  if (u.a.m === null && u.a.y === null) return null;
  let inferred = false;
  let ya = u.a.y;
  let yb = u.b.y;
  const ma = u.a.m ?? 1;
  const mb = u.b.m ?? 12;
  if (ya === null && yb === null) { ya = spanYear(ma, mb, period); inferred = true; }
  if (ya === null) { ya = yearFromPeriod(ma, period); inferred = true; }
  // The end follows the start: «ноябрь-март» in 2023-2024 is Nov 2023 – Mar 2024, «3 квартал» ends in its own year.
  if (yb === null) { yb = ya === null ? null : mb >= ma ? ya : ya + 1; inferred = true; }
  if (ya === null || yb === null) return null;
  if (ma < 1 || ma > 12 || mb < 1 || mb > 12) return 'impossible';
  const da = u.lastDays === undefined ? (u.a.d ?? 1) : daysIn(ya, ma) - u.lastDays;
  const db = u.b.d ?? daysIn(yb, mb);
  if (da < 1 || da > daysIn(ya, ma) || db < 1 || db > daysIn(yb, mb)) {
    warnings.push(warning(WARNING_CODES.IMPOSSIBLE_DATE, `«${text}»: no such date in the calendar; left out, not shifted`, source));
    return 'impossible';
  }
  const start = iso(ya, ma, da);
  const end = iso(yb, mb, db);
  if (end < start) return 'impossible';
  return { start, end, inferred };
}

/** «1-10», «3», «15-16» under a section titled «Январь» or «Февраль 2020» (calendars of events). */
const DAY_ONLY = /^(\d{1,2})(?:\s*-\s*(\d{1,2}))?$/;

function dayOnly(norm: string, context: DeadlineContext): Unit | null {
  const days = DAY_ONLY.exec(norm.trim());
  if (!days || !context.sectionTitle) return null;
  const section = units(tokenise(normalise(context.sectionTitle)));
  const month = section.length === 1 ? section[0]! : null;
  if (!month || month.a.m === null || month.a.m !== month.b.m || month.a.d !== null) return null;
  const y = month.a.y;
  return { a: P(y, month.a.m, +days[1]!), b: P(y, month.a.m, +(days[2] ?? days[1]!)), until: false, endOf: false, academic: false };
}

/** A year, a school year or a month as printed: not a quarter, a week or a span of days. */
function isWholeYearOrMonth(u: Unit): boolean {
  const wholeYears = u.a.m === 1 && u.a.d === 1 && u.b.m === 12 && u.b.d === 31;
  const month = u.a.m !== null && u.a.m === u.b.m && u.a.d === null && u.b.d === null;
  return u.academic || wholeYears || month;
}

function make(text: string, kind: Deadline['kind'], start: string | null, end: string | null, intervals: Interval[] = [], recurrence: Deadline['recurrence'] = null, yearInferred = false): Deadline {
  return { text, kind, start, end, intervals, recurrence, yearInferred };
}

/**
 * Cheap screen before the recurrence table: a plain alternation V8 can scan
 * fast, where the word-boundary lookbehinds cannot. Every recurrence phrase
 * contains one of these stems; a hit only means «look closer».
 */
const RECURRENCE_STEMS = /еже|раз|кажд|по месяц|по четв|по кварт|по полуг|по трим|по итогам|по оконч|в конце|р\.? в |по (?:понед|вторн|сред|пятн|субб|воскр)/;
/** Collapsing is a no-op on most cells; skip it unless some space needs it (same result as collapseSpace). */
const NEEDS_COLLAPSE = /[^\S ]|  |^ | $|\u200B/;
/**
 * A phrase table as one test. The word-boundary lookbehind makes V8 try every
 * position slowly, so a copy without it screens first and the exact pattern
 * only confirms a hit.
 */
const BOUNDARY = '(?<![\\p{L}\\p{N}_])';
const anyOf = (patterns: readonly RegExp[]): { test(s: string): boolean } => {
  const exact = new RegExp(patterns.map((p) => p.source).join('|'), 'u');
  const quick = new RegExp(patterns.map((p) => p.source.split(BOUNDARY).join('')).join('|'), 'u');
  return { test: (s: string) => quick.test(s) && exact.test(s) };
};
const AS_NEEDED = anyOf(AS_NEEDED_PHRASES);
const SCHEDULED = anyOf(SCHEDULED_PHRASES);
const ONGOING = anyOf(ONGOING_PHRASES);
/** Same idea as RECURRENCE_STEMS for the three phrase tables: every phrase there holds one of these stems. */
const PHRASE_STEMS = /необходим|поступлен|запрос|по мере|по факту|график|план|расписан|течение|процесс|постоянн|период|протяжени|круглогод|систематич|регулярн/;

/** «ежемесячно до 5 числа», «до 5 числа месяца, следующего за отчетным»: the day of each month a recurrence falls due. */
const DAY_OF_MONTH = /(?<![\p{L}\p{N}])(\d{1,2})\s+(?:-?го\s+)?числа/u;
/**
 * A time of day, `10.00-11.00`, `14:00- 16.00`, `19..30-21.00`, `С 15.30-17.00`: the activity happens
 * on the day of its section (ussuriysk-centre-spring-holidays-plan-2019). Minutes that cannot be a
 * month (`.00`, `.30`) or a colon tell it from a date.
 */
const TIME_FIRST = '\\d{1,2}(?:[.:]{1,2})\\d\\d';
const TIME_ANY = '\\d{1,2}(?:[.:]{1,2}|-)\\d\\d';
const TIME_SPAN = `${TIME_FIRST}(?:\\s*-\\s*${TIME_ANY})?`;
const TIME_CELL = new RegExp(`^(?:с\\s*)?${TIME_SPAN}(?:\\s*[,;]\\s*${TIME_SPAN})*$`, 'u');
const TIME_MARK = /:|\.\.|\.(?:00|1[3-9]|[2-5]\d)(?!\d)/;

const gMonthDay = (m: number, d: number): string => `--${pad(m)}-${pad(d)}`;

/** The one day or month a section title names («27 марта (среда)», «Октябрь»), resolved in the period; else null. */
function sectionSpan(context: DeadlineContext): (Resolved & { unit: Unit }) | null {
  if (!context.sectionTitle) return null;
  const found = units(tokenise(normalise(context.sectionTitle)));
  if (found.length !== 1 || found[0]!.until) return null;
  const r = resolve(found[0]!, context.period, [], null, context.sectionTitle);
  return r && r !== 'impossible' ? { ...r, unit: found[0]! } : null;
}
const isDay = (s: Resolved | null): s is Resolved => s !== null && s.start === s.end;
/** A section that names one day with no year («23марта») where no period gives it one: that day as `--MM-DD`; else null. */
function yearlessSectionDay(context: DeadlineContext): string | null {
  if (!context.sectionTitle || context.period?.start) return null;
  const found = units(tokenise(normalise(context.sectionTitle)));
  const u = found.length === 1 ? found[0]! : null;
  if (!u || u.until || u.a.y !== null || u.a.m === null || u.a.d === null || u.a.m !== u.b.m || u.a.d !== u.b.d) return null;
  return gMonthDay(u.a.m, u.a.d);
}
const isMonth = (s: (Resolved & { unit: Unit }) | null): s is Resolved & { unit: Unit } =>
  s !== null && s.unit.a.d === null && s.unit.a.m !== null && s.unit.a.m === s.unit.b.m;

/**
 * «в течение 14 дней», «в течение месяца после …»: amount and unit, and whether an event is named to count
 * from; null when the cell is no such span.
 */
function relativeSpan(norm: string): { relative: NonNullable<Deadline['relative']>; fromEvent: boolean } | null {
  const r = RELATIVE_SPAN.exec(norm);
  if (!r) return null;
  const amount = r[1] === undefined ? 1 : /\d/.test(r[1]) ? +r[1] : NUMBER_WORDS.get(r[1]);
  if (!amount) return null;
  const fromEvent = EVENT_AFTER.test(r.groups!.rest!);
  // A bare «в течение месяца» (or «дня») is ongoing over the month (or day); it counts only from an event.
  if (r[1] === undefined && !fromEvent) return null;
  const stem = r[3]!;
  const unit = stem.startsWith('нед') ? 'week' : stem.startsWith('мес') ? 'month' : r[2] === 'рабочих' ? 'working-day' : 'day';
  return { relative: { amount, unit }, fromEvent };
}

/** The last day a span counted from the decree's date reaches: working days skip Saturdays and Sundays (holidays are not known). */
function spanEnd(from: string, { amount, unit }: NonNullable<Deadline['relative']>): string {
  if (unit === 'day') return addDays(from, amount);
  if (unit === 'week') return addDays(from, 7 * amount);
  if (unit === 'month') {
    const [y, m, d] = from.split('-').map(Number) as [number, number, number];
    const total = y * 12 + m - 1 + amount;
    const ty = Math.floor(total / 12);
    const tm = (total % 12) + 1;
    return iso(ty, tm, Math.min(d, daysIn(ty, tm)));
  }
  let date = from;
  for (let left = amount; left > 0;) {
    date = addDays(date, 1);
    const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
    if (weekday !== 0 && weekday !== 6) left--;
  }
  return date;
}

/** The end an «until» names: the day printed, the end of «до конца …», or the day before a month («До июля»). */
function untilEnd(s: Resolved & { unit: Unit }): string {
  if (s.unit.endOf) return s.end;
  if (s.unit.a.d === null && s.unit.a.m !== null) return addDays(s.start, -1);
  return s.start;
}

export function parseDeadline(cellText: string, context: DeadlineContext): Result<Deadline> {
  const text = NEEDS_COLLAPSE.test(cellText) ? collapseSpace(cellText) : cellText;
  const warnings: Warning[] = [];
  const pStart = context.period?.start ?? null;
  const pEnd = context.period?.end ?? null;
  const norm = normalise(text);

  // Recurrence first: its numbers are days of each month, not deadlines («ежемесячно до 5 числа»),
  // unless an as-needed phrase opens the cell or the recurrence only bounds the phrase before it.
  if (RECURRENCE_STEMS.test(norm) && !AS_NEEDED_LEAD.test(norm.trimStart()) && !boundsAPhrase(norm)) {
    for (const [pattern, recurrence] of RECURRENCE_PHRASES) {
      const hit = pattern.exec(norm);
      if (!hit) continue;
      const staged = stagesThenRecurrence(text, norm, hit.index, recurrence, context, warnings);
      return result(staged ?? recurring(text, norm, recurrence, context), warnings);
    }
  }

  if (TIME_CELL.test(norm.trim()) && TIME_MARK.test(norm)) {
    const day = sectionSpan(context);
    if (isDay(day)) return result(make(text, 'date', day.start, day.end, [{ start: day.start, end: day.end }], null, day.inferred), warnings);
    const due = yearlessSectionDay(context);
    if (due) {
      warnings.push(warning(WARNING_CODES.DEADLINE_UNRECOGNISED, `«${text}»: a time of day under «${context.sectionTitle}», a day with no year printed and no period to take it from; the day is kept in «due»`, context.source));
      return result({ ...make(text, 'date', null, null, [], null, true), due }, warnings);
    }
    warnings.push(warning(WARNING_CODES.DEADLINE_UNRECOGNISED, `«${text}»: a time of day with no day to put it on`, context.source));
    return result(make(text, 'unspecified', null, null), warnings);
  }

  const { deadline, found, impossible } = readDates(text, norm, context, warnings);
  if (deadline) return result(deadline, warnings);

  const span = impossible ? null : relativeSpan(norm);
  if (span) {
    const { relative, fromEvent } = span;
    // An order's «в течение 10 дней со дня подписания настоящего приказа» ends a known day after the decree's.
    if (context.anchorDate && FROM_THE_DECREE.test(norm)) {
      return result({ ...make(text, 'until', context.anchorDate, spanEnd(context.anchorDate, relative)), relative }, warnings);
    }
    // In a plan, «в течение 10 дней после снятия с учета» happens whenever the event does
    // (ussuriysk-centre-runaways-order-2020); «по запросу, в течение 5 дней» says so itself.
    const kind = AS_NEEDED.test(norm) || (fromEvent && !context.anchorDate) ? 'as-needed' : SCHEDULED.test(norm) ? 'scheduled' : null;
    if (kind) return result({ ...make(text, kind, pStart, pEnd), relative }, warnings);
    return result({ ...make(text, 'unspecified', null, null), relative }, warnings);
  }

  if (!impossible && PHRASE_STEMS.test(norm)) {
    const kind = AS_NEEDED.test(norm) ? 'as-needed' : SCHEDULED.test(norm) ? 'scheduled' : ONGOING.test(norm) ? 'ongoing' : null;
    if (kind) {
      // Under a section that names one day (an events calendar), the phrase happens on that day; «в течение
      // месяца» under a month's section covers that month (school11-nakhodka-plan-2016).
      const section = sectionSpan(context);
      if (isDay(section) || (kind === 'ongoing' && isMonth(section) && /месяц/u.test(norm))) {
        return result(make(text, kind, section.start, section.end, [], null, section.inferred), warnings);
      }
      return result(make(text, kind, pStart, pEnd), warnings);
    }
  }
  if (!impossible) {
    const lone = found.length === 1 ? found[0]! : null;
    if (lone && lone.a.d !== null && lone.a.m !== null && lone.a.y === null && lone.a.m === lone.b.m && lone.a.d === lone.b.d) {
      // «12.03» with no period and no decree date: the day is read, its year cannot be (issue 16).
      warnings.push(warning(WARNING_CODES.DEADLINE_UNRECOGNISED, `«${text}»: no year printed and no period to take it from; the day is kept in «due»`, context.source));
      return result({ ...make(text, lone.until ? 'until' : 'date', null, null, [], null, true), due: gMonthDay(lone.a.m, lone.a.d) }, warnings);
    }
    const lastDay = lone && lone.a.y === null && lone.b.y === null && lone.a.d !== null && lone.b.m !== null ? (lone.b.d ?? (lone.b.m === 2 ? null : daysIn(NON_LEAP_YEAR, lone.b.m))) : null;
    if (lone && lastDay !== null) {
      // «3.05.-17.05», «последняя неделя декабря» with no year known: the span is read up to the day it ends, which is what falls due.
      warnings.push(warning(WARNING_CODES.DEADLINE_UNRECOGNISED, `«${text}»: no year printed and no period to take it from; the last day is kept in «due»`, context.source));
      return result({ ...make(text, lone.until ? 'until' : 'period', null, null, [], null, true), due: gMonthDay(lone.b.m!, lastDay) }, warnings);
    }
    if (found.length > 0) {
      // «Январь» with no period: the month is read, but a year would have to be invented.
      warnings.push(warning(WARNING_CODES.DEADLINE_UNRECOGNISED, `«${text}»: no year printed and no period to take it from`, context.source));
    } else if (/[\p{L}\p{N}]/u.test(text)) {
      warnings.push(warning(WARNING_CODES.DEADLINE_UNRECOGNISED, `«${text}»: no date or deadline phrase recognised`, context.source));
    }
  }
  return result(make(text, 'unspecified', null, null), warnings);
}

/** What the dates printed in a cell say: the deadline they make (null when none resolves), the units read, and whether one was impossible. */
function readDates(text: string, norm: string, context: DeadlineContext, warnings: Warning[]): { deadline: Deadline | null; found: Unit[]; impossible: boolean } {
  const pStart = context.period?.start ?? null;
  const pEnd = context.period?.end ?? null;
  const day = dayOnly(norm, context);
  const found = day ? [day] : units(tokenise(norm));
  const spans: Array<Resolved & { unit: Unit }> = [];
  let impossible = false;
  // An order's year-less day lies in the year after the decree: «до 15 января» in a December decree is next January.
  const inferIn = context.anchorDate ? { text: '', start: context.anchorDate, end: addDays(context.anchorDate, 364) } : context.period;
  for (const u of found) {
    const r = resolve(u, inferIn, warnings, context.source, text);
    if (r === 'impossible') impossible = true;
    else if (r) spans.push({ ...r, unit: u });
  }
  if (spans.length === 0) return { deadline: null, found, impossible };

  const inferred = spans.some((s) => s.inferred);
  const plain = spans.filter((s) => !s.unit.until);
  const ends = spans.filter((s) => s.unit.until);
  let deadline: Deadline;
  if (plain.length === 0 && ends.length > 1) {
    // «за I полугодие в срок до 20 июня 2022 года, за II полугодие в срок до 10 декабря» (seed 002):
    // one interval per date, the first from the period's start (or the decree's date), each next
    // from the day after the date before it.
    let from = context.anchorDate ?? pStart;
    const intervals = ends.map((s) => {
      const end = untilEnd(s);
      const start = from !== null && from <= end ? from : end;
      from = addDays(end, 1);
      return { start, end };
    });
    deadline = make(text, 'multiple', intervals[0]!.start, intervals[intervals.length - 1]!.end, intervals, null, inferred);
  } else if (plain.length === 0) {
    // «до 16.10.2023»: from the period's start (or the decree's date) to that day.
    deadline = make(text, 'until', context.anchorDate ?? pStart, untilEnd(ends[ends.length - 1]!), [], null, inferred);
  } else if (plain.length === 1 && ends.length > 0 && ends[ends.length - 1]!.unit.endOf && ends[0]!.end >= plain[0]!.start) {
    // «Март 2023, реализация до конца 2023» (seed): one interval from the start to that end.
    const end = untilEnd(ends[ends.length - 1]!);
    deadline = make(text, 'period', plain[0]!.start, end, [{ start: plain[0]!.start, end }], null, inferred);
  } else if (plain.length === 1 && ends.length === 0 && plain[0]!.unit.from && pEnd && pEnd > plain[0]!.start) {
    // «с 01.09.2023»: the printed day opens an interval the period closes.
    const s = plain[0]!;
    deadline = make(text, 'period', s.start, pEnd, [{ start: s.start, end: pEnd }], null, inferred);
  } else if (plain.length === 1 && ends.length === 0 && THROUGHOUT_LEAD.test(norm) && isWholeYearOrMonth(plain[0]!.unit)) {
    // «В течение 2024 г.»: ongoing, over the year named rather than the roadmap's period.
    deadline = make(text, 'ongoing', plain[0]!.start, plain[0]!.end, [], null, inferred);
  } else if (plain.length === 1 && ends.length === 0 && opensTheYear(plain[0]!.unit, norm) && pEnd && pEnd > plain[0]!.end) {
    // «январь В течение года»: begun in the month printed, carried on through the rest of the period.
    const s = plain[0]!;
    deadline = make(text, 'period', s.start, pEnd, [{ start: s.start, end: pEnd }], null, inferred);
  } else if (plain.length === 1 && ends.length === 0) {
    const s = plain[0]!;
    deadline = make(text, s.start === s.end ? 'date' : 'period', s.start, s.end, [{ start: s.start, end: s.end }], null, inferred);
  } else {
    // «Июнь, декабрь 2023» (seed): each listed item is an interval, start/end the hull; a «до» date beside
    // them («июнь, июль, август 2020 г./ план, … отчета в КДН до 01.09.2020 г.») is one more day.
    const intervals = spans.map((s) => (s.unit.until ? { start: untilEnd(s), end: untilEnd(s) } : { start: s.start, end: s.end }));
    deadline = make(text, 'multiple', hullStart(intervals), hullEnd(intervals), intervals, null, inferred);
  }
  if (pStart && pEnd && deadline.end && ((deadline.kind !== 'until' && deadline.start! < pStart) || deadline.end > pEnd)) {
    warnings.push(warning(WARNING_CODES.DEADLINE_OUTSIDE_PERIOD, `«${text}» lies outside the period ${pStart} … ${pEnd}; kept as printed`, context.source));
  }
  return { deadline, found, impossible };
}

/**
 * One month or day, then «в течение года» (seed 004's «январь В течение
 * года»): the work starts then and goes on. A range printed before it
 * («Март-апрель 2024, в течение учебного года», seed 003) bounds itself.
 */
function opensTheYear(unit: Unit, norm: string): boolean {
  return unit.a.m !== null && unit.a.m === unit.b.m && !THROUGHOUT_LEAD.test(norm) && THROUGHOUT_YEAR_TAIL.test(norm);
}

const hullStart = (intervals: Interval[]): string => intervals.reduce((x, i) => (i.start < x ? i.start : x), intervals[0]!.start);
const hullEnd = (intervals: Interval[]): string => intervals.reduce((x, i) => (i.end > x ? i.end : x), intervals[0]!.end);

/** Every word of THEN_WORDS holds one of these: a plain scan before the bounded pattern, as for the phrase tables. */
const THEN_STEMS = /последующ|далее|затем|дальнейш|впоследствии/;

/** «По плану занятий, но не реже 2 раз в год»: a recurrence marked as a bound on the schedule or need named before it. */
function boundsAPhrase(norm: string): boolean {
  if (!norm.includes('не ')) return false;
  const bound = MARKED_BOUND.exec(norm);
  if (!bound) return false;
  const before = norm.slice(0, bound.index);
  return AS_NEEDED.test(before) || SCHEDULED.test(before);
}

/**
 * Dated stages, then «последующие … ежеквартально» (ussuriysk-centre-runaways-order-2020): the stages'
 * intervals, then one from the day after the last stage to the period's end, in which the recurrence runs.
 * Null when no such word stands between dates and the recurrence, or the stages leave nothing of the period.
 */
function stagesThenRecurrence(
  text: string, norm: string, recurrenceAt: number, recurrence: Exclude<Deadline['recurrence'], null>, context: DeadlineContext, warnings: Warning[],
): Deadline | null {
  const then = THEN_STEMS.test(norm) ? THEN_WORDS.exec(norm) : null;
  const pEnd = context.period?.end ?? null;
  if (!then || then.index > recurrenceAt || !pEnd) return null;
  const stageWarnings: Warning[] = [];
  const { deadline: stages } = readDates(text, norm.slice(0, then.index), context, stageWarnings);
  if (!stages?.end || stages.end >= pEnd) return null;
  warnings.push(...stageWarnings);
  const intervals = stages.intervals.length > 0
    ? [...stages.intervals]
    : [{ start: stages.start !== null && stages.start <= stages.end ? stages.start : stages.end, end: stages.end }];
  intervals.push({ start: addDays(stages.end, 1), end: pEnd });
  return make(text, 'multiple', hullStart(intervals), pEnd, intervals, recurrence, stages.yearInferred);
}

/** Any year: a day and month that print none (`05.09`) are read at all only with a period. */
const SOME_PERIOD = yearPeriod(2000);

/**
 * Whether a paragraph reads as a deadline on its own (`Сентябрь`, `до 15.10`),
 * not a fragment of one (`года`): the segmenter's test for stacked items and
 * the venue splitter's test for the date part of «Место и сроки» cells.
 */
export function readsAsDeadline(text: string): boolean {
  return parseDeadline(text, { period: SOME_PERIOD, sectionTitle: null, anchorDate: null, source: null }).value.kind !== 'unspecified';
}

/**
 * A recurring cell over the period. A day printed with it is when each round falls due and is kept in
 * `due` («ежегодно, до 1 сентября» → `--09-01`, «ежемесячно до 5 числа» → `---05`). An annual recurrence
 * that names a plain month or day in a plan of one year is that month or day («ежегодно май»,
 * ussuriysk-centre-prevention-plans-2018), still marked annual.
 */
function recurring(text: string, norm: string, recurrence: Exclude<Deadline['recurrence'], null>, context: DeadlineContext): Deadline {
  const period = context.period;
  const base = make(text, 'recurring', period?.start ?? null, period?.end ?? null, [], recurrence);
  const dayOfMonth = DAY_OF_MONTH.exec(norm);
  if (dayOfMonth && +dayOfMonth[1]! >= 1 && +dayOfMonth[1]! <= 31) return { ...base, due: `---${pad(+dayOfMonth[1]!)}` };
  const found = units(tokenise(norm));
  if (found.length !== 1) return base;
  const u = found[0]!;
  if (u.until && u.a.d !== null && u.a.m !== null && u.a.m === u.b.m && u.a.d === u.b.d) return { ...base, due: gMonthDay(u.a.m, u.a.d) };
  const oneYear = period?.start && period.end && addDays(period.start, 366) > period.end;
  if (recurrence === 'annual' && !u.until && oneYear) {
    const r = resolve(u, period, [], null, text);
    if (r && r !== 'impossible') return make(text, r.start === r.end ? 'date' : 'period', r.start, r.end, [{ start: r.start, end: r.end }], recurrence, r.inferred);
  }
  return base;
}
