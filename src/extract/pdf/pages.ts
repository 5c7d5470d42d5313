/** Page-level decisions: running headers/footers, and tables that continue across a page break. */
import type { StreamColumns } from './stream.js';
import type { LayoutCell, LayoutRow, LayoutTable } from '../../model/layout.js';
import { joinCellContinuation } from '../../layout/text.js';
import type { TextLine } from './lines.js';
import { lineText } from './lines.js';

/** The part of the page's height, at top and bottom, where running titles and page numbers live. */
const MARGIN_SHARE = 0.1;

const key = (text: string): string => text.replace(/\d+/gu, '#').replace(/\s+/gu, ' ').trim().toLowerCase();

/**
 * Lines in the top or bottom margin that are page numbers (`3`, `- 3 -`,
 * `стр. 3`, `3 из 10`) or repeat, digits aside, on at least half the pages.
 */
export function findRunningLines(pages: readonly { lines: TextLine[]; height: number }[]): Set<TextLine> {
  const marginal = (line: TextLine, height: number): boolean => line.y < height * MARGIN_SHARE || line.y > height * (1 - MARGIN_SHARE);
  const counts = new Map<string, number>();
  for (const page of pages) {
    const seen = new Set<string>();
    for (const line of page.lines) if (marginal(line, page.height)) seen.add(key(lineText(line.items)));
    for (const k of seen) counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  const running = new Set<TextLine>();
  for (const page of pages) {
    for (const line of page.lines) {
      if (!marginal(line, page.height)) continue;
      const text = lineText(line.items);
      const isPageNumber = /^(?:[-–—]\s*)?(?:стр\.?\s*|страница\s*)?\d{1,4}(?:\s*(?:из|\/)\s*\d{1,4})?(?:\s*[-–—])?$/iu.test(text);
      const repeated = pages.length >= 3 && (counts.get(key(text)) ?? 0) >= Math.ceil(pages.length / 2);
      if (isPageNumber || repeated) running.add(line);
    }
  }
  return running;
}

export interface TableMeta {
  /** Column boundaries (viewport x), used to recognise a continuation. */
  xs: number[];
  /** Rows that are headers: everything above the first row whose first cell is a number. */
  headerRows: number;
  /** A table without rules: its columns, for reading the next page's lines in the same ones. */
  stream?: StreamColumns;
  /**
   * Whether the first row under the header is the rest of the previous page's last row, where the
   * table was read in that page's columns and so knows it; unset where continuation must be guessed.
   */
  cutRow?: boolean;
}

const rowKey = (row: LayoutRow): string => row.cells.map((c) => c.text.replace(/\s+/gu, ' ').trim()).join('|');
const NUMBER_CELL = /^\d+(?:\.\d+)*\.?$/u;

/** The row of column numbers (`1 | 2 | 3 | 4`) printed under many headers and repeated on each page. */
export function isColumnNumberRow(row: LayoutRow): boolean {
  return row.cells.length >= 3 && row.cells.every((c, i) => c.text.trim().replace(/\.$/u, '') === String(i + 1));
}

export function headerRowCount(rows: readonly LayoutRow[]): number {
  const first = rows.findIndex((r) => NUMBER_CELL.test(r.cells[0]?.text.trim() ?? '') && !isColumnNumberRow(r));
  return first < 0 ? 0 : first;
}

/** Same column boundaries within a couple of points: the same table, printed on the next page. */
export function sameColumns(a: readonly number[], b: readonly number[]): boolean {
  if (a.length === b.length && a.every((x, i) => Math.abs(x - b[i]!) <= 3)) return true;
  // A scanned page lies a few points off the last one in the scanner (school11-nakhodka-predpisanie-2016.pdf: 6 pt
  // to the right): the same column widths, shifted as a whole, are still the same table.
  if (a.length === b.length && a.length > 2 && a.every((x, i) => Math.abs(x - a[0]! - (b[i]! - b[0]!)) <= 3)) return true;
  // A continuation whose first rows span columns may lack some inner rules; the outer frame still matches.
  return Math.abs(a[0]! - b[0]!) <= 3 && Math.abs(a[a.length - 1]! - b[b.length - 1]!) <= 3;
}

/** Horizontal extent of lattice cells, so a cut row can be merged by position when spans differ between pages. */
export const cellExtent = new WeakMap<LayoutCell, { x0: number; x1: number }>();

const STARTS_WITH_NUMBER = /^\d+(?:\.\d+)*\.?(?:\s|$)/u;

/**
 * Appends a continuation to `table`: repeated header rows (identical to the
 * first page's) and a repeated column-number row are dropped; a first row
 * whose number cell is empty is the rest of a row cut by the page break and
 * is merged into the previous row cell by cell. A table without rules read in
 * the previous page's columns says itself (`nextMeta`) which rows those are.
 */
export function appendContinuation(table: LayoutTable, meta: TableMeta, next: LayoutTable, nextMeta?: TableMeta): void {
  let rows = next.rows;
  const previous = table.rows[table.rows.length - 1];
  if (nextMeta?.cutRow !== undefined) {
    // A table without rules read in the previous page's columns: its repeated header may differ by an OCR letter, its cut row start with a capital.
    rows = rows.slice(nextMeta.headerRows);
    if (nextMeta.cutRow && rows[0] && previous) {
      mergeCutRow(previous, rows[0]);
      rows = rows.slice(1);
    }
    table.rows.push(...rows);
    return;
  }
  // A table without numbers shows no end to its header: its first row, printed again, is one still.
  const headerRows = table.rows.slice(0, Math.max(1, meta.headerRows));
  const headers = headerRows.map(rowKey);
  const headerWords = new Set(headerRows.flatMap(rowWords));
  // A header row is empty when its repeated words were taken for a running title (they lie in the top margin).
  while (rows.length > 0 && (headers.includes(rowKey(rows[0]!)) || isEmptyRow(rows[0]!) || repeatsHeaderWords(rows[0]!, headerWords))) rows = rows.slice(1);
  const first = rows[0];
  if (first && previous && isCutRow(first, previous)) {
    mergeCutRow(previous, first);
    rows = rows.slice(1);
  } else if (first && previous) {
    // Whether it continues the row above, only the columns' roles can tell (an unnumbered plan): the segmenter decides.
    rows = [{ ...first, pageBreakBefore: true }, ...rows.slice(1)];
  }
  table.rows.push(...rows);
}

const isEmptyRow = (row: LayoutRow): boolean => row.cells.every((c) => c.text.trim() === '');

/** A row's words of three letters or more, in lower case: what a header printed again keeps through OCR. */
const rowWords = (row: LayoutRow): string[] => row.cells.flatMap((c) => c.text.toLowerCase().match(/\p{L}{3,}/gu) ?? []);

/**
 * The header printed again on a scanned page, read with a cell or a letter
 * otherwise (`№ п/п` lost, `исполнения` for `исполнения,`): at least two
 * words, every one of them a word of the header.
 */
function repeatsHeaderWords(row: LayoutRow, headerWords: ReadonlySet<string>): boolean {
  const words = rowWords(row);
  return words.length >= 2 && words.every((word) => headerWords.has(word));
}

function mergeCutRow(previous: LayoutRow, rest: LayoutRow): void {
  rest.cells.forEach((more, i) => {
    if (more.text.trim() === '') return;
    const target = matchingCell(previous, more, i);
    if (!target) return;
    // The shared rule for page-break joins: a capitalised continuation is a new line (a new party), else one text.
    const joined = joinCellContinuation(target.text, more.text);
    const rest = more.text.trim();
    const at = joined.length - rest.length;
    if (target.text.trim() !== '' && joined.endsWith(rest) && joined[at - 1] !== '\n') target.pageBreakJoins = [...(target.pageBreakJoins ?? []), at];
    target.text = joined;
    if (!target.source) target.source = more.source;
  });
}

/**
 * The first row on a continuation page is the rest of the previous row when
 * its number cell is empty where the previous row's is not, or when it does
 * not start with a number although the previous row did (the number cell then
 * spans more columns on this page). Under a row whose first cell is empty too
 * (bullets instead of numbers) an empty first cell tells nothing; the row
 * then goes on from the one above when its longest text starts in lower case.
 */
function isCutRow(first: LayoutRow, previous: LayoutRow): boolean {
  const head = first.cells[0]?.text.trim() ?? '';
  if (isEmptyRow(first) || first.cells.every((c) => c.bold) || first.cells.length < 2) return false;
  // A section heading spans the row and is short; what follows it on the next page is a row of its own
  // (seed 004: «Изучение деятельности средних школ» under heading 3).
  if (previous.cells.some((c) => c.colSpan > 2)) return false;
  const previousHead = previous.cells[0]?.text.trim() ?? '';
  if (head === '') return previousHead !== '' || /^[a-zа-яё]/u.test(longestText(first));
  return STARTS_WITH_NUMBER.test(previousHead) && !STARTS_WITH_NUMBER.test(head);
}

function longestText(row: LayoutRow): string {
  return row.cells.map((c) => c.text.trim()).reduce((longest, text) => (text.length > longest.length ? text : longest), '');
}

/** The previous row's cell under the middle of `cell`; by index when positions are unknown. */
function matchingCell(previous: LayoutRow, cell: LayoutCell, index: number): LayoutCell | undefined {
  const extent = cellExtent.get(cell);
  if (extent) {
    const middle = (extent.x0 + extent.x1) / 2;
    const hit = previous.cells.find((c) => {
      const e = cellExtent.get(c);
      return e !== undefined && middle >= e.x0 && middle <= e.x1;
    });
    if (hit) return hit;
  }
  return previous.cells[index];
}
