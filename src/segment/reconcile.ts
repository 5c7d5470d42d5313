/**
 * Rows whose cells do not line up with the header's columns → rows that do.
 * Conversions of real decrees (seed 003's markdown, seed 004's text) give
 * continuation pages extra empty columns, move the number into a cell of its
 * own, or split one cell in two. Each page-break chunk is reconciled as a
 * whole, because which column is "extra" shows only across its rows.
 */
import { cell, type LayoutCell, type LayoutRow } from '../model/layout.js';
import type { ColumnRole } from '../model/roadmap.js';
import { joinCellContinuation, joinCellContinuations } from '../layout/text.js';
import { parseNumberCell } from './numbers.js';

export interface ReconciledRow {
  /** One cell per header column. */
  cells: LayoutCell[];
  /** A number printed in a cell of its own although the header has no № column. */
  detachedNumber: string | null;
  /** Cells had to be dropped or merged to fit the header. */
  reconciled: boolean;
  pageBreakBefore: boolean;
  source: LayoutRow['source'];
}

/**
 * The most surplus cells merged one by one. Each merge looks at every cell,
 * so a row of 8,000 surplus cells took 4 s (issue 8); conversions split a
 * cell or two, never dozens, and a row this much wider than its header is
 * not a plan row: its surplus is joined into the last column in one go.
 */
export const MAX_SURPLUS_CELLS = 64;

/** Initials that open a fragment of a split «Ответственный» cell (`Х.Н., МКУ`, seed 004). */
const INITIALS_FRAGMENT = /^(?:[А-ЯЁ]\.\s?){1,2}/u;

export function reconcileRows(rows: LayoutRow[], roles: ColumnRole[]): ReconciledRow[] {
  const width = roles.length;
  return chunksAtPageBreaks(rows).flatMap((chunk) => {
    const trimmed = dropChunkEmptyColumns(chunk, width);
    return trimmed.map((row) => reconcileRow(row, roles));
  });
}

function chunksAtPageBreaks(rows: LayoutRow[]): LayoutRow[][] {
  const chunks: LayoutRow[][] = [];
  for (const row of rows) {
    if (chunks.length === 0 || row.pageBreakBefore) chunks.push([]);
    chunks[chunks.length - 1]!.push(row);
  }
  return chunks;
}

/**
 * A chunk wider than the header whose rows all leave some columns empty:
 * those columns are conversion artefacts (seed 003 pages 5–6), dropped, at
 * most as many as the chunk is too wide.
 */
function dropChunkEmptyColumns(chunk: LayoutRow[], width: number): LayoutRow[] {
  // A loop, not Math.max(...): spreading a chunk of 200,000 rows overflows the stack (issue 8).
  const chunkWidth = chunk.reduce((widest, row) => Math.max(widest, row.cells.length), 0);
  if (chunkWidth <= width) return chunk;
  const wide = chunk.filter((row) => row.cells.length === chunkWidth);
  const alwaysEmpty: number[] = [];
  for (let column = 0; column < chunkWidth; column += 1) {
    if (wide.every((row) => (row.cells[column]?.text ?? '') === '')) alwaysEmpty.push(column);
  }
  const drop = new Set(alwaysEmpty.slice(-(chunkWidth - width)));
  if (drop.size === 0) return chunk;
  return chunk.map((row) =>
    row.cells.length === chunkWidth ? { ...row, cells: row.cells.filter((_, column) => !drop.has(column)) } : row,
  );
}

function reconcileRow(row: LayoutRow, roles: ColumnRole[]): ReconciledRow {
  const width = roles.length;
  let cells = [...row.cells];
  let detachedNumber: string | null = null;
  let reconciled = false;
  const first = cells[0]?.text ?? '';
  const firstIsNumber = parseNumberCell(first) !== null;
  if (!roles.includes('number') && cells.length > 1 && (firstIsNumber || (first === '' && cells.length > width))) {
    detachedNumber = firstIsNumber ? parseNumberCell(first) : null;
    // Under a blank header cell (a scan that lost «№ п/п») the numbers have a column of their own: the other cells stay in theirs.
    if (cells.length === width && roles[0] === 'other') cells[0] = cell('', null);
    else cells = cells.slice(1);
  }
  // A merge padded the row (seed 004's PDF spans «Ответственные» over two grid columns).
  for (let index = cells.length - 1; index >= 0 && cells.length > width; index -= 1) {
    if (cells[index]!.source === null && cells[index]!.text === '') cells.splice(index, 1);
  }
  while (cells.length > width && (cells[cells.length - 1]?.text ?? '') === '') {
    cells.pop();
    reconciled = true;
  }
  if (cells.length - width > MAX_SURPLUS_CELLS) {
    const surplus = cells.slice(width - 1);
    cells = [...cells.slice(0, width - 1), { ...surplus[0]!, text: joinCellContinuations(surplus.map((c) => c.text).filter((text) => text !== '')) }];
    reconciled = true;
  }
  while (cells.length > width) {
    mergeSplitCell(cells, roles);
    reconciled = true;
  }
  while (cells.length < width) cells.push(cell('', null));
  return { cells, detachedNumber, reconciled, pageBreakBefore: row.pageBreakBefore === true, source: row.source };
}

/**
 * One cell too many: the conversion split a cell in two. The piece that
 * opens with initials, else the shortest piece outside the number and title
 * columns and the last column, is joined to its left neighbour the way a row
 * cut by a page break is: a piece that opens in upper case starts a line, so
 * the party parser sees the two runs apart (`Магомедова Баркаева методисты
 * УО` | `У.К., С.О.`, seed 004).
 */
function mergeSplitCell(cells: LayoutCell[], roles: ColumnRole[]): void {
  const protectedColumns = new Set(['number', 'title'].map((role) => roles.indexOf(role as ColumnRole)));
  const candidates = cells
    .map((c, index) => ({ c, index }))
    .filter(({ c, index }) => index > 0 && index < cells.length - 1 && !protectedColumns.has(index) && c.text !== '');
  const pick =
    candidates.find(({ c }) => INITIALS_FRAGMENT.test(c.text)) ??
    [...candidates].sort((a, b) => a.c.text.length - b.c.text.length)[0] ??
    { c: cells[cells.length - 1]!, index: cells.length - 1 };
  const left = cells[pick.index - 1]!;
  cells.splice(pick.index - 1, 2, { ...left, text: joinCellContinuation(left.text, pick.c.text) });
}
