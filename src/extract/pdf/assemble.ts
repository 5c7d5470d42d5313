/**
 * Pages → layout blocks, whatever read the pages: a PDF's own text
 * (index.ts) or OCR (src/extract/ocr, src/extract/image). Lines, ruled
 * grids, tables without rules and paragraphs, in reading order; a table
 * that runs on over a page break joined into one. No pdf.js here, so an
 * image's OCR does not load it.
 */
import type { LayoutBlock, LayoutCell, LayoutRow, LayoutTable } from '../../model/layout.js';
import { joinFragments } from '../../layout/text.js';
import { cellConfidence } from '../ocr/confidence.js';
import { buildLines, cellText, glyphWeight, linePitch, lineText, type TextLine } from './lines.js';
import type { PageData } from './page-data.js';
import { appendContinuation, cellExtent, findRunningLines, headerRowCount, sameColumns, type TableMeta } from './pages.js';
import { findStreamTables, type StreamColumns } from './stream.js';
import type { PositionedItem } from './text-items.js';

interface PageBlock {
  y: number;
  block: LayoutBlock;
  meta?: TableMeta;
}

/** The pages' blocks in reading order, a table that runs on over a page break joined into one. */
export function assemble(pages: PageData[]): LayoutBlock[] {
  const running = findRunningLines(pages);
  const blocks: LayoutBlock[] = [];
  let openTable: { table: LayoutTable; meta: TableMeta } | null = null;
  for (const page of pages) {
    const lines = page.lines.filter((l) => !running.has(l));
    // (Set inside the loop's callback below, which TypeScript's narrowing does not see.)
    const open = openTable as { meta: TableMeta } | null;
    const pageBlocks = pageLayout(page, lines, open?.meta.stream ?? null);
    pageBlocks.forEach((pb, index) => {
      if (pb.block.type === 'table' && pb.meta) {
        // A table first on its page with the same columns as the table that ended the last page continues it.
        const { stream } = pb.meta;
        const same = (meta: TableMeta): boolean => (stream && meta.stream ? stream.continues : sameColumns(meta.xs, pb.meta!.xs));
        if (index === 0 && openTable && same(openTable.meta)) {
          appendContinuation(openTable.table, openTable.meta, pb.block, pb.meta);
        } else {
          blocks.push(pb.block);
          openTable = { table: pb.block, meta: pb.meta };
        }
      } else {
        blocks.push(pb.block);
      }
      if (index === pageBlocks.length - 1 && pb.block.type !== 'table') openTable = null;
    });
  }
  return blocks;
}

function inside(item: PositionedItem, x0: number, x1: number, y0: number, y1: number): boolean {
  const cx = item.x + item.width / 2;
  const cy = item.y - item.size * 0.3;
  return cx >= x0 && cx <= x1 && cy >= y0 && cy <= y1;
}

function pageLayout(page: PageData, lines: TextLine[], continuing: StreamColumns | null): PageBlock[] {
  const lineOf = new Map<PositionedItem, TextLine>();
  for (const line of lines) for (const item of line.items) lineOf.set(item, line);
  const used = new Set<PositionedItem>();
  const out: PageBlock[] = [];
  for (const grid of page.grids) {
    const x0 = grid.xs[0]!, x1 = grid.xs[grid.xs.length - 1]!, y0 = grid.ys[0]!, y1 = grid.ys[grid.ys.length - 1]!;
    // pdf.js merges a run of text across a cell border when the gap is small; cut such items at the rules.
    for (const [item, line] of [...lineOf.entries()]) {
      if (used.has(item) || !inside(item, x0, x1, y0, y1)) continue;
      const pieces = splitAtRules(item, grid.xs);
      if (pieces.length < 2) continue;
      lineOf.delete(item);
      line.items.splice(line.items.indexOf(item), 1, ...pieces);
      for (const piece of pieces) lineOf.set(piece, line);
    }
    const gridItems = [...lineOf.keys()].filter((it) => inside(it, x0, x1, y0, y1));
    if (gridItems.length === 0) continue;
    const rows: LayoutRow[] = [];
    const byRow = new Map<number, LayoutCell[]>();
    const gridCells = grid.cells.map((gc) => {
      const items = gridItems.filter((it) => !used.has(it) && inside(it, gc.x0, gc.x1, gc.y0, gc.y1));
      items.forEach((it) => used.add(it));
      return { gc, items, cellLines: buildLines(items) };
    });
    const pitch = linePitch(gridCells.map((c) => c.cellLines));
    for (const { gc, items, cellLines } of gridCells) {
      const text = cellText(cellLines, gc.x1, pitch);
      const firstItem = cellLines[0]?.items[0];
      const source = firstItem ? { page: page.number, line: lineOf.get(firstItem)?.number ?? 1 } : null;
      const bold = items.length > 0 && items.every((it) => it.bold);
      const cells = byRow.get(gc.row) ?? [];
      const layoutCell: LayoutCell = { type: 'cell', text, bold, colSpan: gc.colSpan, rowSpan: gc.rowSpan, source, ...cellConfidence(items) };
      cellExtent.set(layoutCell, { x0: gc.x0, x1: gc.x1 });
      cells.push(layoutCell);
      byRow.set(gc.row, cells);
    }
    for (const [r, cells] of [...byRow.entries()].sort((a, b) => a[0] - b[0])) {
      const firstSource = cells.find((c) => c.source)?.source;
      const rowLine = firstSource?.line ?? nearestLine(lines, grid.ys[r]!);
      rows.push({ type: 'row', cells, source: { page: page.number, line: rowLine } });
    }
    if (rows.length === 0) continue;
    const table: LayoutTable = { type: 'table', rows, source: { ...rows[0]!.source } };
    out.push({ y: y0, block: table, meta: { xs: grid.xs, headerRows: headerRowCount(rows) } });
  }
  const freeLines = lines
    .map((line) => ({ ...line, items: line.items.filter((it) => !used.has(it)) }))
    .filter((line) => line.items.length > 0);
  const streamLines = new Set<number>();
  // A table without rules continues from the last page only where nothing else comes first.
  const continues = continuing !== null && page.grids.length === 0 ? continuing : null;
  for (const st of findStreamTables(freeLines, page.number, { scan: page.scan, continuing: continues })) {
    for (const l of st.lines) streamLines.add(l.number);
    out.push({ y: st.y, block: st.table, meta: { xs: st.columns, headerRows: st.headerRows, stream: st.stream, cutRow: st.stream.continues ? st.cut : undefined } });
  }
  // Remaining lines become paragraphs: a new one starts after a gap wider than a line, or at an indented line.
  let current: { lines: TextLine[] } | null = null;
  const paragraphs: { lines: TextLine[] }[] = [];
  // A line that stops well short of the text's right edge ends its paragraph (justified and ragged text alike).
  const rightEdge = Math.max(0, ...freeLines.filter((l) => !streamLines.has(l.number)).map((l) => l.x1));
  for (const line of lines) {
    const free = streamLines.has(line.number) ? [] : line.items.filter((it) => !used.has(it));
    if (free.length === 0) {
      current = null;
      continue;
    }
    const last = current?.lines[current.lines.length - 1];
    const gap = last ? line.y - last.y : Infinity;
    const indented = last ? line.x0 - last.x0 > line.size * 1.5 : false;
    // A line that starts far left of a right-aligned or centred one (`№ 515` → `О проведении …`, a signer's
    // name → `Исп. …`) is new text; a first-line indent is never this deep (1.25 cm ≈ 3 font sizes).
    const outdented = last ? last.x0 - line.x0 > line.size * 6 : false;
    const lastEndedShort = last ? last.x1 < rightEdge - line.size * 4 && !/[\p{L}]-$/u.test(lineText(last.items)) : false;
    if (!current || gap > line.size * 1.9 || indented || outdented || lastEndedShort) {
      current = { lines: [] };
      paragraphs.push(current);
    }
    current.lines.push({ ...line, items: free });
  }
  for (const p of paragraphs) {
    let text = '';
    for (const l of p.lines) text = joinFragments(text, lineText(l.items));
    const first = p.lines[0]!;
    out.push({
      y: first.y,
      block: {
        type: 'paragraph',
        text,
        bold: p.lines.every((l) => l.items.every((it) => it.bold)),
        source: { page: page.number, line: first.number },
      },
    });
  }
  return out.sort((a, b) => a.y - b.y);
}

/** Splits an item where a column rule crosses it, at the space whose estimated position is nearest the rule. */
function splitAtRules(item: PositionedItem, xs: readonly number[]): PositionedItem[] {
  const crosses = (x: number): boolean => x > item.x + item.size * 0.5 && x < item.x + item.width - item.size * 0.5;
  // Most items lie inside one cell: no rule crosses them, and nothing below needs to run.
  if (!xs.some(crosses)) return [item];
  const chars = [...item.str];
  const offsets: number[] = [0];
  for (const ch of chars) offsets.push(offsets[offsets.length - 1]! + glyphWeight(ch));
  const scale = item.width / Math.max(1e-6, offsets[chars.length]!);
  const xAt = (k: number): number => item.x + offsets[k]! * scale;
  const cuts: number[] = [];
  for (const x of xs) {
    if (!crosses(x)) continue;
    let best = -1;
    let bestDistance = item.size * 4;
    chars.forEach((ch, k) => {
      if (ch !== ' ') return;
      // The gap a run spans at a cell border is the space itself: its middle should sit on the rule.
      const distance = Math.abs((xAt(k) + xAt(k + 1)) / 2 - x);
      if (distance < bestDistance) {
        best = k;
        bestDistance = distance;
      }
    });
    if (best > 0) cuts.push(best);
  }
  if (cuts.length === 0) return [item];
  const pieces: PositionedItem[] = [];
  let from = 0;
  for (const cut of [...new Set(cuts)].sort((a, b) => a - b).concat(chars.length)) {
    const str = chars.slice(from, cut).join('');
    if (str.trim() !== '') pieces.push({ ...item, str: str.trim(), x: xAt(from), width: xAt(cut) - xAt(from) });
    from = cut + 1;
  }
  return pieces;
}

function nearestLine(lines: readonly TextLine[], y: number): number {
  const below = lines.find((l) => l.y >= y);
  return below?.number ?? lines[lines.length - 1]?.number ?? 1;
}
