/**
 * A roadmap's timeline (a Gantt chart) as inline SVG: one row per activity,
 * grouped under its section, a bar from start to end on a month scale, marks
 * on the days a recurring deadline falls, and a line for today. Activities
 * whose deadline names no days (по мере необходимости, по графику, none) are
 * listed under the chart instead of drawn.
 */
import type { Activity, DeadlineKind, Roadmap } from '../../model/roadmap.js';
import { addDays, daysBetween, recurringDays } from '../recurrence.js';
import { dateSpan, MONTHS_SHORT, numericDate } from '../russian.js';
import { html, type Markup } from './markup.js';

/** Not drawn: the document gives them no days. */
const UNDATED: ReadonlySet<DeadlineKind> = new Set(['as-needed', 'scheduled', 'unspecified']);

/** Sections take the page's colour classes `tone-0` … in turn (the stylesheet in ./page.ts), so groups read apart. */
export const SECTION_TONES = 8;

const WIDTH = 1120;
const LABEL_WIDTH = 360;
const CHART_LEFT = LABEL_WIDTH + 10;
const CHART_WIDTH = WIDTH - CHART_LEFT - 12;
const AXIS_HEIGHT = 40;
const ROW_HEIGHT = 20;
const SECTION_HEIGHT = 22;
/** Characters of a title that fit beside the chart at 11px; the whole title is in the row's tooltip. */
const LABEL_CHARACTERS = 50;

export interface Timeline {
  /** The chart, or null when no activity has days to draw. */
  chart: Markup | null;
  undated: Activity[];
}

interface Axis {
  start: string;
  end: string;
  x: (iso: string) => number;
}

export function timeline(roadmap: Roadmap, today: string | null): Timeline {
  const drawn = roadmap.activities.filter((activity) => !isUndated(activity));
  const undated = roadmap.activities.filter(isUndated);
  if (drawn.length === 0) return { chart: null, undated };
  const axis = axisFor(roadmap, drawn);

  const rows: Markup[] = [];
  let y = AXIS_HEIGHT;
  let sectionIndex = -1;
  let currentSection: string | null | undefined;
  for (const activity of drawn) {
    const section = sectionKey(activity);
    if (section !== currentSection) {
      currentSection = section;
      sectionIndex += 1;
      if (section !== null) {
        rows.push(sectionRow(activity, y));
        y += SECTION_HEIGHT;
      }
    }
    rows.push(activityRow(activity, y, axis, sectionIndex % SECTION_TONES));
    y += ROW_HEIGHT;
  }
  const height = y + 8;
  const label = `Шкала времени: ${drawn.length} мероприятий с ${numericDate(axis.start)} по ${numericDate(axis.end)}`;
  const chart = html`<svg class="timeline" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" role="img" aria-label="${label}">
${monthGrid(axis, height)}${rows}${todayLine(axis, today, height)}</svg>`;
  return { chart, undated };
}

function isUndated(activity: Activity): boolean {
  return UNDATED.has(activity.deadline.kind) || !activity.deadline.start || !activity.deadline.end;
}

function sectionKey(activity: Activity): string | null {
  return activity.section === null && activity.sectionTitle === null ? null : `${activity.section ?? ''}\u0000${activity.sectionTitle ?? ''}`;
}

/** Whole months around the roadmap's period and every drawn deadline. */
function axisFor(roadmap: Roadmap, drawn: Activity[]): Axis {
  const starts = drawn.map((activity) => activity.deadline.start!);
  const ends = drawn.map((activity) => activity.deadline.end!);
  if (roadmap.period?.start) starts.push(roadmap.period.start);
  if (roadmap.period?.end) ends.push(roadmap.period.end);
  const first = starts.reduce((a, b) => (a < b ? a : b));
  const last = ends.reduce((a, b) => (a > b ? a : b));
  const start = `${first.slice(0, 7)}-01`;
  const end = addDays(nextMonth(last), -1);
  const days = daysBetween(start, end) + 1;
  return { start, end, x: (iso) => CHART_LEFT + (daysBetween(start, iso) / days) * CHART_WIDTH };
}

/** The first day of the month after the one `iso` falls in. */
function nextMonth(iso: string): string {
  const [year, month] = iso.split('-').map(Number) as [number, number];
  return month === 12 ? `${year + 1}-01-01` : `${year}-${String(month + 1).padStart(2, '0')}-01`;
}

/** A line at each month's start; month names where a month is wide enough, the year over each January (and the first month). */
function monthGrid(axis: Axis, height: number): Markup[] {
  const parts: Markup[] = [];
  const months: string[] = [];
  for (let month = axis.start; month <= axis.end; month = nextMonth(month)) months.push(month);
  const monthWidth = CHART_WIDTH / months.length;
  const every = monthWidth >= 30 ? 1 : monthWidth >= 10 ? 3 : 12;
  months.forEach((month, index) => {
    const x = axis.x(month);
    const [year, number] = month.split('-').map(Number) as [number, number];
    parts.push(html`<line class="grid" x1="${x.toFixed(1)}" y1="${AXIS_HEIGHT - 16}" x2="${x.toFixed(1)}" y2="${height}"/>`);
    if (index === 0 || number === 1) parts.push(html`<text class="year" x="${(x + 2).toFixed(1)}" y="12">${year}</text>`);
    if ((number - 1) % every === 0) {
      parts.push(html`<text class="month" x="${(x + monthWidth / 2).toFixed(1)}" y="${AXIS_HEIGHT - 4}" text-anchor="middle">${MONTHS_SHORT[number - 1]}</text>`);
    }
  });
  return parts;
}

function sectionRow(activity: Activity, y: number): Markup {
  const title = [activity.section, activity.sectionTitle].filter(Boolean).join('. ');
  return html`<g class="section"><rect x="0" y="${y + 2}" width="${WIDTH}" height="${SECTION_HEIGHT - 4}"/><text x="6" y="${y + 15}">${truncate(title, 150)}</text></g>
`;
}

function activityRow(activity: Activity, y: number, axis: Axis, tone: number): Markup {
  const { deadline } = activity;
  const label = activity.number ? `${activity.number} ${activity.title}` : activity.title;
  const tooltip = `${label}\nСрок: ${deadline.text || 'не указан'} (${dateSpan(deadline.start, deadline.end)})`;
  const middle = y + ROW_HEIGHT / 2;
  const shapes: Markup[] = [];
  const bar = (start: string, end: string, className: string): Markup => {
    const x = axis.x(start);
    const width = Math.max(axis.x(addDays(end, 1)) - x, 3);
    return html`<rect class="${className}" x="${x.toFixed(1)}" y="${y + 4}" width="${width.toFixed(1)}" height="${ROW_HEIGHT - 8}" rx="2"/>`;
  };
  const mark = (day: string, className: string): Markup => {
    const x = axis.x(day) + 1;
    return html`<path class="${className}" d="M${x.toFixed(1)} ${y + 3}l5 ${ROW_HEIGHT / 2 - 3}l-5 ${ROW_HEIGHT / 2 - 3}l-5 ${-(ROW_HEIGHT / 2 - 3)}z"/>`;
  };
  switch (deadline.kind) {
    case 'recurring':
      shapes.push(bar(deadline.start!, deadline.end!, 'bar faint'));
      for (const day of recurringDays(deadline)?.days ?? []) shapes.push(mark(day, 'mark recurring'));
      break;
    case 'until':
      shapes.push(bar(deadline.start!, deadline.end!, 'bar faint'), mark(deadline.end!, 'mark due'));
      break;
    case 'date':
      shapes.push(mark(deadline.start!, 'mark due'));
      break;
    case 'ongoing':
      // «в течение года»: all along the period, drawn lightly.
      shapes.push(bar(deadline.start!, deadline.end!, 'bar along'));
      break;
    default:
      for (const interval of deadline.intervals.length > 0 ? deadline.intervals : [{ start: deadline.start!, end: deadline.end! }]) {
        shapes.push(bar(interval.start, interval.end, 'bar'));
      }
  }
  return html`<g class="activity tone-${tone}" data-number="${activity.number ?? ''}"><title>${tooltip}</title><text class="label" x="4" y="${middle + 4}">${truncate(label, LABEL_CHARACTERS)}</text>${shapes}</g>
`;
}

function todayLine(axis: Axis, today: string | null, height: number): Markup | null {
  if (!today || today < axis.start || today > axis.end) return null;
  const x = axis.x(today).toFixed(1);
  return html`<g class="today"><line x1="${x}" y1="${AXIS_HEIGHT - 18}" x2="${x}" y2="${height}"/><text x="${x}" y="${AXIS_HEIGHT - 20}" text-anchor="middle">сегодня</text></g>`;
}

function truncate(text: string, characters: number): string {
  return text.length <= characters ? text : `${text.slice(0, characters - 1).trimEnd()}…`;
}
