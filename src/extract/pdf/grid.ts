/**
 * Lattice tables: ruling segments snapped into a grid, grid cells joined
 * where no rule separates them (colSpan/rowSpan), text items assigned to cells.
 */
import type { Segment } from './rulings.js';

export interface GridCell {
  row: number;
  col: number;
  rowSpan: number;
  colSpan: number;
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

export interface Grid {
  xs: number[];
  ys: number[];
  cells: GridCell[];
}

const SNAP = 2;

/** Sorted distinct positions, those closer than SNAP merged into their mean. */
function cluster(values: number[]): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const groups: number[][] = [];
  for (const v of sorted) {
    const g = groups[groups.length - 1];
    if (g && v - g[g.length - 1]! <= SNAP) g.push(v);
    else groups.push([v]);
  }
  return groups.map((g) => g.reduce((s, v) => s + v, 0) / g.length);
}

/** Segments on one line joined, so a rule drawn in pieces covers its whole length. */
function covers(segments: readonly Segment[], dir: 'h' | 'v', pos: number, from: number, to: number): boolean {
  const mid = (from + to) / 2;
  const span = Math.max(1, (to - from) * 0.25);
  return segments.some((s) => s.dir === dir && Math.abs(s.pos - pos) <= SNAP && s.a <= mid - span + SNAP && s.b >= mid + span - SNAP);
}

/**
 * Splits a page's segments into tables: vertical rules whose y ranges touch
 * belong to one table; each group becomes a grid.
 */
export function buildGrids(segments: readonly Segment[]): Grid[] {
  const verticals = segments.filter((s) => s.dir === 'v').sort((a, b) => a.a - b.a);
  const bands: { a: number; b: number; x0: number; x1: number }[] = [];
  for (const v of verticals) {
    const band = bands.find((bd) => v.a <= bd.b + SNAP && v.b >= bd.a - SNAP);
    if (band) {
      band.a = Math.min(band.a, v.a);
      band.b = Math.max(band.b, v.b);
      band.x0 = Math.min(band.x0, v.pos);
      band.x1 = Math.max(band.x1, v.pos);
    } else bands.push({ a: v.a, b: v.b, x0: v.pos, x1: v.pos });
  }
  const grids: Grid[] = [];
  for (const band of bands) {
    const inBand = segments.filter((s) =>
      s.dir === 'v'
        ? s.a >= band.a - SNAP && s.b <= band.b + SNAP && s.pos >= band.x0 - SNAP && s.pos <= band.x1 + SNAP
        : s.pos >= band.a - SNAP && s.pos <= band.b + SNAP && s.b >= band.x0 - SNAP && s.a <= band.x1 + SNAP,
    );
    const xs = cluster(inBand.filter((s) => s.dir === 'v').map((s) => s.pos));
    const ys = cluster([band.a, band.b, ...inBand.filter((s) => s.dir === 'h').map((s) => s.pos)]);
    if (xs.length < 2 || ys.length < 2) continue;
    grids.push({ xs, ys, cells: mergeCells(xs, ys, inBand) });
  }
  return grids.sort((g, h) => g.ys[0]! - h.ys[0]!);
}

function mergeCells(xs: number[], ys: number[], segments: readonly Segment[]): GridCell[] {
  const rows = ys.length - 1;
  const cols = xs.length - 1;
  const owner: number[][] = Array.from({ length: rows }, () => new Array<number>(cols).fill(-1));
  const cells: GridCell[] = [];
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      if (owner[r]![c]! !== -1) continue;
      // Grow right while no vertical rule separates, then down while no horizontal rule does.
      let c1 = c;
      while (c1 + 1 < cols && owner[r]![c1 + 1] === -1 && !covers(segments, 'v', xs[c1 + 1]!, ys[r]!, ys[r + 1]!)) c1++;
      let r1 = r;
      while (
        r1 + 1 < rows &&
        !Array.from({ length: c1 - c + 1 }, (_, k) => c + k).some(
          (cc) => owner[r1 + 1]![cc] !== -1 || covers(segments, 'h', ys[r1 + 1]!, xs[cc]!, xs[cc + 1]!),
        )
      )
        r1++;
      const id = cells.length;
      for (let rr = r; rr <= r1; rr++) for (let cc = c; cc <= c1; cc++) owner[rr]![cc] = id;
      cells.push({ row: r, col: c, rowSpan: r1 - r + 1, colSpan: c1 - c + 1, x0: xs[c]!, x1: xs[c1 + 1]!, y0: ys[r]!, y1: ys[r1 + 1]! });
    }
  }
  return cells;
}
