/**
 * Ruling lines from the operator list. LibreOffice and Word draw table rules
 * both as stroked lines and as thin filled rectangles, in whatever user space
 * the current transform set up, so the CTM is tracked through save/restore.
 */
import { OPS, Util } from './pdfjs.js';

export interface Segment {
  /** 'h': y fixed, from a to b along x; 'v': x fixed, from a to b along y (viewport space). */
  dir: 'h' | 'v';
  pos: number;
  a: number;
  b: number;
}

const MOVE = 0;
const LINE = 1;
const CURVE = 2;
const QUAD = 3;
const CLOSE = 4;
/** Thicker than this a filled rectangle is a shading, not a rule. */
const MAX_RULE_THICKNESS = 3;
const AXIS_TOLERANCE = 1;

export function extractRulings(fnArray: readonly number[], argsArray: readonly unknown[], viewportTransform: number[]): Segment[] {
  const segments: Segment[] = [];
  let ctm = [1, 0, 0, 1, 0, 0];
  const stack: number[][] = [];
  const fillOps = new Set<number>([OPS.fill, OPS.eoFill, OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke]);
  const strokeOps = new Set<number>([OPS.stroke, OPS.closeStroke, OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke]);
  const toDevice = (x: number, y: number): [number, number] => {
    const p = [x, y];
    Util.applyTransform(p, ctm);
    Util.applyTransform(p, viewportTransform);
    return [p[0] ?? 0, p[1] ?? 0];
  };
  for (let i = 0; i < fnArray.length; i++) {
    const fn = fnArray[i];
    const args = argsArray[i] as unknown[] | null;
    if (fn === OPS.save) stack.push(ctm);
    else if (fn === OPS.restore || fn === OPS.paintFormXObjectEnd) ctm = stack.pop() ?? [1, 0, 0, 1, 0, 0];
    else if (fn === OPS.transform && args) ctm = Util.transform(ctm, args as number[]) as number[];
    else if (fn === OPS.paintFormXObjectBegin) {
      // A form XObject draws in its own space, /Matrix away from the page's (the canvas saves and transforms here too).
      stack.push(ctm);
      const matrix = (args as [ArrayLike<number> | null] | null)?.[0];
      if (matrix) ctm = Util.transform(ctm, Array.from(matrix)) as number[];
    } else if (fn === OPS.constructPath && args) {
      const paintOp = args[0] as number;
      const path = (args[1] as (Float32Array | number[] | null)[] | undefined)?.[0];
      if (!path) continue;
      const stroked = strokeOps.has(paintOp);
      const filled = fillOps.has(paintOp);
      if (!stroked && !filled) continue;
      for (const sub of subpaths(path)) {
        const pts = sub.map(([x, y]) => toDevice(x, y));
        if (filled && pts.length >= 4) {
          const xs = pts.map((p) => p[0]);
          const ys = pts.map((p) => p[1]);
          const x0 = Math.min(...xs), x1 = Math.max(...xs), y0 = Math.min(...ys), y1 = Math.max(...ys);
          if (x1 - x0 <= MAX_RULE_THICKNESS && y1 - y0 > MAX_RULE_THICKNESS) segments.push({ dir: 'v', pos: (x0 + x1) / 2, a: y0, b: y1 });
          else if (y1 - y0 <= MAX_RULE_THICKNESS && x1 - x0 > MAX_RULE_THICKNESS) segments.push({ dir: 'h', pos: (y0 + y1) / 2, a: x0, b: x1 });
          else if (!stroked) continue;
        }
        if (stroked) {
          for (let k = 1; k < pts.length; k++) pushEdge(segments, pts[k - 1]!, pts[k]!);
        }
      }
    }
  }
  return segments;
}

function pushEdge(out: Segment[], p: [number, number], q: [number, number]): void {
  if (Math.abs(p[1] - q[1]) <= AXIS_TOLERANCE && Math.abs(p[0] - q[0]) > AXIS_TOLERANCE) {
    out.push({ dir: 'h', pos: (p[1] + q[1]) / 2, a: Math.min(p[0], q[0]), b: Math.max(p[0], q[0]) });
  } else if (Math.abs(p[0] - q[0]) <= AXIS_TOLERANCE && Math.abs(p[1] - q[1]) > AXIS_TOLERANCE) {
    out.push({ dir: 'v', pos: (p[0] + q[0]) / 2, a: Math.min(p[1], q[1]), b: Math.max(p[1], q[1]) });
  }
}

/** Decodes the 5.x path encoding into polylines; curves are reduced to their end points (rules are never curved). */
function subpaths(path: ArrayLike<number>): [number, number][][] {
  const out: [number, number][][] = [];
  let current: [number, number][] = [];
  let i = 0;
  while (i < path.length) {
    const op = path[i++];
    if (op === MOVE) {
      if (current.length) out.push(current);
      current = [[path[i]!, path[i + 1]!]];
      i += 2;
    } else if (op === LINE) {
      current.push([path[i]!, path[i + 1]!]);
      i += 2;
    } else if (op === CURVE) {
      current.push([path[i + 4]!, path[i + 5]!]);
      i += 6;
    } else if (op === QUAD) {
      current.push([path[i + 2]!, path[i + 3]!]);
      i += 4;
    } else if (op === CLOSE) {
      if (current.length) current.push(current[0]!);
    } else break;
  }
  if (current.length) out.push(current);
  return out;
}
