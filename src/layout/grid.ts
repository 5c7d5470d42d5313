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
        cells.push({ ...carried.cell, colSpan: 1, rowSpan: 1 });
        carried.rowsLeft -= 1;
        if (carried.rowsLeft === 0) pending[column] = undefined;
        column += 1;
      }
    };
    for (const source of row.cells) {
      takeCarried();
      const span = Math.max(1, source.colSpan);
      for (let offset = 0; offset < span; offset += 1) {
        const piece: LayoutCell = offset === 0 ? { ...source, colSpan: 1, rowSpan: 1 } : { ...source, text: '', colSpan: 1, rowSpan: 1 };
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
