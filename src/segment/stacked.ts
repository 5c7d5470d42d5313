/**
 * Stacked items: month-by-month plans (issue 12) print a month's activities
 * as paragraphs of one title cell, their dates and responsible persons as
 * matching paragraphs of the cells beside it. Such a row is one activity per
 * paragraph. A row is split only when its title and deadline cells both hold
 * two paragraphs or more, as many of each, no title paragraph reads as the
 * continuation of the one above (`…мониторинга` over `качества образования`)
 * and every deadline paragraph reads as a date on its own (`В течение` over
 * `года` does not); the responsible cell holds as many parties or one shared
 * by all. Where the counts differ, the row stays one activity and a warning
 * names it. The list dash Word users open each item with (`- Составление
 * расписания`) is dropped from its title.
 */
import type { LayoutCell } from '../model/layout.js';
import type { ColumnRole, SourceRef } from '../model/roadmap.js';
import { WARNING_CODES, warning, type Warning } from '../model/warnings.js';
import { isMonthName } from '../layout/text.js';
import type { ReconciledRow } from './reconcile.js';
import type { ReadsAsDeadline } from './options.js';

/** Words a paragraph does not end on when it is whole: the sentence runs on into the next paragraph. */
export const RUNS_ON_WORDS: ReadonlySet<string> = new Set([
  'а', 'в', 'во', 'для', 'до', 'за', 'и', 'из', 'или', 'к', 'ко', 'между', 'на', 'над', 'не', 'но', 'о', 'об', 'от', 'по',
  'под', 'при', 'про', 'с', 'со', 'также', 'у', 'через', 'что', 'как',
]);

/** What opens an item of its own: a capital, a number, a quote, or a list bullet. */
const OPENS_ITEM = /^(?:[\p{Lu}\p{N}«"„]|[-–—•·*]\s)/u;
/** A paragraph ending in a hyphen, a dash, a comma or a colon runs on (`Сентябрь –` over `октябрь`). */
const ENDS_OPEN = /[-–—,:]$/u;
const LAST_WORD = /([\p{L}]+)$/u;
/**
 * A year alone finishes the date above it when that ends in a month or a
 * day (`Январь` over `2024`, `до 15.01.` over `2024 г.`); under a date of
 * its own (`2015 – 2020` or `постоянно` over `2016`) it is one too.
 */
const YEAR_ONLY = /^\d{4}\s*(?:г\.?|года?)?$/iu;
const YEAR_WORD_ONLY = /^(?:г\.?|года?)$/iu;
const ENDS_IN_DAY = /\d{1,2}\.\d{1,2}\.?$/u;
/** The dash that opens a stacked item (`- Составление расписания занятий`, fixtures/layouts/stacked-items/03). */
const ITEM_DASH = /^[-–—]\s+/u;
/**
 * A lower-case paragraph of a responsible cell is a party of its own
 * (`администрация`, `учитель информатики`) unless it opens with a word
 * that only continues the party above (`по УВР`, `и родители`).
 */
const CONTINUES_PARTY = new RegExp(`^(?:${[...RUNS_ON_WORDS].join('|')})(?![\\p{L}])`, 'u');
/** A day and month (`05.09`), which the deadline parser leaves to a context it is not given here. */
const DAY_MONTH = /^\d{1,2}\.\d{1,2}\.?$/u;

interface Paragraph {
  text: string;
  /** Index among the cell's lines, empty ones included: the offset of its source line. */
  index: number;
}

export function splitStackedRows(
  rows: ReconciledRow[],
  roles: ColumnRole[],
  readsAsDeadline: ReadsAsDeadline,
): { rows: ReconciledRow[]; warnings: Warning[] } {
  const titleColumn = roles.indexOf('title');
  const deadlineColumn = roles.indexOf('deadline');
  const warnings: Warning[] = [];
  if (titleColumn < 0 || deadlineColumn < 0) return { rows, warnings };
  const out: ReconciledRow[] = [];
  for (const row of rows) {
    const items = stackedItems(row, roles, titleColumn, deadlineColumn, readsAsDeadline);
    if (items === null) {
      out.push(row);
    } else if (typeof items === 'string') {
      out.push(row);
      warnings.push(warning(WARNING_CODES.STACKED_UNALIGNED, `Row at ${place(row.source)} ${items}; kept as one activity`, row.source));
    } else {
      for (const item of items) out.push(item);
    }
  }
  return { rows: out, warnings };
}

/** The row's items; null when it is no stack; a sentence saying which counts differ when they do. */
function stackedItems(
  row: ReconciledRow,
  roles: ColumnRole[],
  titleColumn: number,
  deadlineColumn: number,
  readsAsDeadline: ReadsAsDeadline,
): ReconciledRow[] | string | null {
  const titleText = row.cells[titleColumn]!.text;
  // Most rows hold one line: skip them before any splitting (a plan of 40,000 rows, issue 8).
  if (!titleText.includes('\n') || !row.cells[deadlineColumn]!.text.includes('\n')) return null;
  const titles = paragraphs(titleText);
  const deadlines = paragraphs(row.cells[deadlineColumn]!.text);
  if (titles.length < 2 || deadlines.length < 2) return null;
  if (!titles.every((p, index) => index === 0 || opensItem(p.text, titles[index - 1]!.text))) return null;
  if (!deadlines.every((p, index) => readsAsDate(p.text, deadlines[index - 1]?.text ?? null, readsAsDeadline))) return null;
  const count = titles.length;
  if (row.detachedNumber !== null) return `holds ${count} items in its title cell but 1 in its number cell`;
  const columns = row.cells.map((c, column) => {
    if (column === titleColumn) return titles;
    if (column === deadlineColumn) return deadlines;
    const pieces = roles[column] === 'responsible' ? joinWrappedParties(paragraphs(c.text)) : paragraphs(c.text);
    // A page break may have run the next item on within the last one's line; one short, the break is where it starts.
    if (pieces.length === count - 1 && c.pageBreakJoins) {
      const split = splitAtPageBreaks(c.text, c.pageBreakJoins);
      if (split.length === count) return split;
    }
    return pieces;
  });
  for (const [column, role] of roles.entries()) {
    const found = columns[column]!.length;
    // A shared party, or an empty cell, goes with every item; a number printed once over several items does not.
    const aligned = found === count || (role === 'responsible' && found <= 1) || (role === 'number' && found === 0);
    if (!aligned && (role === 'deadline' || role === 'responsible' || role === 'number')) {
      return `holds ${count} items in its title cell but ${found} in its ${role} cell`;
    }
  }
  return titles.map((title, item) => {
    const cells = row.cells.map((c, column): LayoutCell => {
      const pieces = columns[column]!;
      if (pieces.length !== count) return c;
      const piece = pieces[item]!;
      const text = column === titleColumn ? piece.text.replace(ITEM_DASH, '') : piece.text;
      return { ...c, text, source: shifted(c.source, piece.index) };
    });
    return {
      ...row,
      cells,
      pageBreakBefore: row.pageBreakBefore && item === 0,
      reconciled: row.reconciled && item === 0,
      source: shifted(row.cells[titleColumn]!.source, title.index) ?? row.source,
    };
  });
}

function paragraphs(text: string): Paragraph[] {
  return text.split('\n').flatMap((line, index) => (line.trim() === '' ? [] : [{ text: line.trim(), index }]));
}

/** The cell's paragraphs with a break also at each page-break join inside a line. */
function splitAtPageBreaks(text: string, joins: readonly number[]): Paragraph[] {
  let marked = '';
  let from = 0;
  for (const at of [...joins].sort((a, b) => a - b)) {
    marked += `${text.slice(from, at).trimEnd()}\u0000`;
    from = at;
  }
  marked += text.slice(from);
  // The mark stands for a break within a line: both halves keep that line's index.
  return marked.split('\n').flatMap((line, index) => line.split('\u0000').flatMap((part) => (part.trim() === '' ? [] : [{ text: part.trim(), index }])));
}

/** A paragraph opens an item of its own when it starts like one and the one above it is whole. */
function opensItem(text: string, above: string): boolean {
  return OPENS_ITEM.test(text) && !runsOn(above);
}

function runsOn(text: string): boolean {
  if (ENDS_OPEN.test(text)) return true;
  const last = LAST_WORD.exec(text)?.[1];
  return last !== undefined && RUNS_ON_WORDS.has(last.toLowerCase());
}

/** Parties wrapped over two paragraphs (`Заместитель директора` over `по УВР`, `Директор,` over `завуч`) are one. */
function joinWrappedParties(pieces: Paragraph[]): Paragraph[] {
  const out: Paragraph[] = [];
  for (const piece of pieces) {
    const above = out.at(-1);
    if (above && (runsOn(above.text) || CONTINUES_PARTY.test(piece.text))) out[out.length - 1] = { ...above, text: `${above.text}\n${piece.text}` };
    else out.push(piece);
  }
  return out;
}

/** A deadline paragraph that is a date of its own, not the rest of the one above (`Сентябрь –` over `октябрь`). */
function readsAsDate(text: string, above: string | null, readsAsDeadline: ReadsAsDeadline): boolean {
  if (above !== null && ENDS_OPEN.test(above)) return false;
  if (YEAR_WORD_ONLY.test(text) || (YEAR_ONLY.test(text) && above !== null && awaitsYear(above))) return false;
  return DAY_MONTH.test(text) || readsAsDeadline(text);
}

function awaitsYear(date: string): boolean {
  const last = LAST_WORD.exec(date)?.[1];
  return ENDS_IN_DAY.test(date) || (last !== undefined && isMonthName(last));
}

function shifted(source: SourceRef | null, offset: number): SourceRef | null {
  return source === null ? null : { ...source, line: source.line + offset };
}

function place(source: SourceRef): string {
  return source.page === null ? `line ${source.line}` : `page ${source.page}, line ${source.line}`;
}
