/**
 * Tables without rules ("stream"): columns come from where text chunks start
 * on lines that open with an activity number (`1.1`, `2.`) — the strongest
 * sign of a new row; the lines below them that fit the columns are the rest
 * of the row's cells.
 */
import type { LayoutCell, LayoutRow, LayoutTable } from '../../model/layout.js';
import type { TextLine } from './lines.js';
import { cellText, lineText } from './lines.js';
import type { PositionedItem } from './text-items.js';

const NUMBER = /^\d+(?:\.\d+)*\.?$/u;
/** Column gaps are wider than this many font sizes; word gaps are far narrower. */
const COLUMN_GAP = 1.2;
const ALIGN = 4;

interface Chunk {
  x: number;
  items: PositionedItem[];
}

function chunks(line: TextLine): Chunk[] {
  const out: Chunk[] = [];
  let end = -Infinity;
  for (const item of line.items) {
    const last = out[out.length - 1];
    if (last && item.x - end <= COLUMN_GAP * item.size) last.items.push(item);
    else out.push({ x: item.x, items: [item] });
    end = Math.max(end, item.x + item.width);
  }
  return out;
}

export interface StreamTable {
  table: LayoutTable;
  /** Column starts, to recognise the same table on the next page. */
  columns: number[];
  y: number;
  lines: Set<TextLine>;
}

export function findStreamTables(lines: readonly TextLine[], page: number): StreamTable[] {
  const parts = lines.map(chunks);
  const isRowStart = (i: number): boolean => {
    const p = parts[i]!;
    return p.length >= 3 && NUMBER.test(lineText(p[0]!.items));
  };
  const found: StreamTable[] = [];
  let i = 0;
  while (i < lines.length) {
    if (!isRowStart(i)) {
      i++;
      continue;
    }
    // Columns: chunk starts shared by the row-start lines of this run.
    const starts: number[] = [];
    for (let k = i; k < lines.length && k < i + 40; k++) if (isRowStart(k)) starts.push(...parts[k]!.map((c) => c.x));
    const columns = clusterStarts(starts).filter((x) => starts.filter((s) => Math.abs(s - x) <= ALIGN).length >= 2);
    if (columns.length < 3) {
      i++;
      continue;
    }
    const colOf = (x: number): number => {
      let best = -1;
      columns.forEach((c, k) => {
        if (x >= c - ALIGN) best = k;
      });
      return best;
    };
    const fits = (k: number): boolean => parts[k]!.every((c) => columns.some((col) => Math.abs(col - c.x) <= ALIGN));
    const rows: { parts: TextLine[][]; lines: TextLine[] }[] = [];
    // A column's text may run up to the next column's start; the last one to the widest line.
    const rightEdges = columns.map((_, c) => columns[c + 1] ?? Math.max(...lines.map((l) => l.x1)) + 2);
    const piece = (c: Chunk, line: TextLine): TextLine => ({
      items: c.items,
      y: line.y,
      x0: c.x,
      x1: Math.max(...c.items.map((it) => it.x + it.width)),
      size: line.size,
      number: line.number,
    });
    const used = new Set<TextLine>();
    let k = i;
    while (k < lines.length) {
      const gap = k > i ? lines[k]!.y - lines[k - 1]!.y : 0;
      if (k > i && gap > 2.5 * lines[k]!.size) break;
      if (isRowStart(k)) rows.push({ parts: columns.map(() => []), lines: [] });
      else if (!fits(k) || colOf(parts[k]![0]!.x) === 0) break;
      const row = rows[rows.length - 1]!;
      for (const c of parts[k]!) {
        const col = colOf(c.x);
        if (col < 0) continue;
        row.parts[col]!.push(piece(c, lines[k]!));
      }
      row.lines.push(lines[k]!);
      used.add(lines[k]!);
      k++;
    }
    const layoutRows: LayoutRow[] = [];
    // At the top of a page, lines that fit the columns but leave the number column empty are the
    // rest of a row cut by the page break; they become a row with an empty number cell, which the
    // page joiner merges into the previous page's last row.
    if (found.length === 0 && i > 0 && lines.slice(0, i).every((_, k) => fits(k) && colOf(parts[k]![0]!.x) > 0)) {
      const cellParts: TextLine[][] = columns.map(() => []);
      for (let k = 0; k < i; k++) {
        for (const c of parts[k]!) cellParts[colOf(c.x)]!.push(piece(c, lines[k]!));
        used.add(lines[k]!);
      }
      layoutRows.push(toRow(cellParts.map((p, c) => cellText(p, rightEdges[c]!)), lines[0]!, page, false));
    }
    // A header line right above the first row, its chunks within the columns, heads the table.
    const above = layoutRows.length > 0 ? -1 : i - 1;
    if (above >= 0 && lines[i]!.y - lines[above]!.y <= 3 * lines[i]!.size && parts[above]!.length >= 3 && parts[above]!.every((c) => colOf(c.x) >= 0)) {
      const cells = columns.map(() => '');
      for (const c of parts[above]!) cells[colOf(c.x)] = lineText(c.items);
      layoutRows.push(toRow(cells, lines[above]!, page, parts[above]!.every((c) => c.items.every((it) => it.bold))));
      used.add(lines[above]!);
    }
    for (const r of rows) layoutRows.push(toRow(r.parts.map((p, c) => cellText(p, rightEdges[c]!)), r.lines[0]!, page, false));
    const top = layoutRows.length > 0 && layoutRows[0]!.source.line === lines[0]!.number && used.has(lines[0]!) ? 0 : above >= 0 && used.has(lines[above]!) ? above : i;
    found.push({ table: { type: 'table', rows: layoutRows, source: { ...layoutRows[0]!.source } }, columns, y: lines[top]!.y, lines: used });
    i = k;
  }
  return found;
}

function toRow(texts: string[], line: TextLine, page: number, bold: boolean): LayoutRow {
  const source = { page, line: line.number };
  const cells: LayoutCell[] = texts.map((text) => ({ type: 'cell', text, bold, colSpan: 1, rowSpan: 1, source: text === '' ? null : source }));
  return { type: 'row', cells, source };
}

function clusterStarts(values: number[]): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const out: number[] = [];
  for (const v of sorted) if (out.length === 0 || v - out[out.length - 1]! > ALIGN) out.push(v);
  return out;
}
