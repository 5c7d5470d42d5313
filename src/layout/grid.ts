/**
 * Merged cells → a plain grid. Word and HTML tables state a merge once
 * (`gridSpan`/`colspan`, `vMerge`/`rowspan`); after this every row has one
 * cell per grid column. A cell merged across columns keeps its text in its
 * first column and leaves the others empty (a section heading stays a row
 * with one non-empty cell); a cell merged down is repeated in every row it
 * covers (a responsible cell merged over three activities gives each of them
 * that party).
 */
import type { LayoutCell, LayoutRow, LayoutTable } from '../model/layout.js';

/** The copies expandMergedCells puts in the rows a cell merged down covers below its first. */
const mergedFromAbove = new WeakSet<LayoutCell>();

/** Whether a cell of an expanded grid is the copy of a cell merged down from a row above. */
export function isMergedFromAbove(cell: LayoutCell): boolean {
  return mergedFromAbove.has(cell);
}

export function expandMergedCells(table: LayoutTable): LayoutTable {
  const hasMerges = table.rows.some((row) => row.cells.some((c) => c.colSpan > 1 || c.rowSpan > 1));
  if (!hasMerges) return table;
  const pending: Array<{ cell: LayoutCell; rowsLeft: number } | undefined> = [];
  const rows: LayoutRow[] = table.rows.map((row) => {
    const cells: LayoutCell[] = [];
    let column = 0;
    const takeCarried = () => {
      while (pending[column]) {
        const carried = pending[column]!;
        const copy: LayoutCell = { ...carried.cell, colSpan: 1, rowSpan: 1 };
        mergedFromAbove.add(copy);
        cells.push(copy);
        carried.rowsLeft -= 1;
        if (carried.rowsLeft === 0) pending[column] = undefined;
        column += 1;
      }
    };
    for (const source of row.cells) {
      takeCarried();
      const span = Math.max(1, source.colSpan);
      for (let offset = 0; offset < span; offset += 1) {
        // The columns a merge covers beyond its first are synthesised: empty, with no source.
        const piece: LayoutCell =
          offset === 0 ? { ...source, colSpan: 1, rowSpan: 1 } : { ...source, text: '', colSpan: 1, rowSpan: 1, source: null };
        cells.push(piece);
        if (source.rowSpan > 1) pending[column] = { cell: piece, rowsLeft: source.rowSpan - 1 };
        column += 1;
      }
    }
    takeCarried();
    return { ...row, cells };
  });
  return { ...table, rows };
}

/**
 * Grid columns under one header cell → one column. In seed 003's Word file
 * the header «Мероприятие» spans two grid columns: some rows print the number
 * and the title in one merged cell (`1.1 Подготовка …`), later rows in two
 * cells (`2.2` | `Размещение …`). Joining the cells under each header cell
 * gives every row the header's columns, the number at the start of the title.
 * `separator` may join a header column's cells otherwise than with a space (a range's dash).
 */
export type Separator = (headerColumn: number, rowIndex: number, cells: readonly LayoutCell[]) => string;

export function collapseToHeaderColumns(grid: LayoutTable, header: LayoutRow, separator: Separator = () => ' '): LayoutTable {
  const spans = header.cells.map((c) => Math.max(1, c.colSpan));
  if (spans.every((span) => span === 1)) return grid;
  const width = spans.reduce((sum, span) => sum + span, 0);
  const rows = grid.rows.map((row, rowIndex) => {
    if (row.cells.length !== width) return row;
    let column = 0;
    const cells = spans.map((span, headerColumn) => {
      const group = row.cells.slice(column, column + span);
      column += span;
      const filled = group.filter((c) => c.text !== '');
      const joined: LayoutCell = {
        ...group[0]!,
        text: filled.map((c) => c.text).join(filled.length > 1 ? separator(headerColumn, rowIndex, filled) : ''),
        bold: filled.length > 0 && filled.every((c) => c.bold),
        source: filled[0]?.source ?? group[0]!.source,
      };
      if (filled.length > 0 && filled.every(isMergedFromAbove)) mergedFromAbove.add(joined);
      return joined;
    });
    return { ...row, cells };
  });
  return { ...grid, rows };
}

/** How many grid columns a row's cells cover. */
export function spanSum(cells: readonly LayoutCell[]): number {
  return cells.reduce((sum, c) => sum + Math.max(1, c.colSpan), 0);
}

/**
 * A row that cuts the grid otherwise than the header but has as many cells
 * as the header, covering the whole grid (no cell merged down into it):
 * its cell k is the header's column k. school1-sarmakovo-infobez-2016's
 * header spans «№» over two grid columns; section III's rows give «3.1.»
 * one and the title three, so by grid position the title would fall under
 * «№» and the row read as untitled.
 */
export function alignsCellForCell(row: LayoutRow, header: LayoutRow): boolean {
  if (row.cells.length !== header.cells.length || spanSum(row.cells) !== spanSum(header.cells)) return false;
  return row.cells.some((c, index) => Math.max(1, c.colSpan) !== Math.max(1, header.cells[index]!.colSpan));
}
