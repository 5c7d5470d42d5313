/** Baseline clustering: items → visual lines, spaces inferred from gaps. */
import type { PositionedItem } from './text-items.js';

export interface TextLine {
  items: PositionedItem[];
  y: number;
  x0: number;
  x1: number;
  size: number;
  /** 1-based position among the page's lines, top to bottom. */
  number: number;
}

/** Groups items whose baselines lie within a third of the font size: sub/superscripts stay on their line. */
export function buildLines(items: readonly PositionedItem[]): TextLine[] {
  const sorted = [...items].sort((a, b) => a.y - b.y || a.x - b.x);
  const lines: TextLine[] = [];
  for (const item of sorted) {
    const last = lines[lines.length - 1];
    if (last && Math.abs(item.y - last.y) <= Math.max(1.5, 0.35 * Math.min(item.size, last.size))) {
      last.items.push(item);
      last.x0 = Math.min(last.x0, item.x);
      last.x1 = Math.max(last.x1, item.x + item.width);
      last.size = Math.max(last.size, item.size);
    } else {
      lines.push({ items: [item], y: item.y, x0: item.x, x1: item.x + item.width, size: item.size, number: 0 });
    }
  }
  lines.forEach((line, index) => {
    line.items.sort((a, b) => a.x - b.x);
    line.number = index + 1;
  });
  return lines;
}

/** Joins items left to right; a gap wider than ~a fifth of the font size is a space the PDF did not draw. */
export function lineText(items: readonly PositionedItem[]): string {
  const sorted = [...items].sort((a, b) => a.x - b.x);
  let text = '';
  let end = -Infinity;
  for (const item of sorted) {
    if (text !== '') {
      const gap = item.x - end;
      if (gap > 0.2 * item.size && !/\s$/u.test(text) && !/^\s/u.test(item.str)) text += ' ';
    }
    text += item.str;
    end = Math.max(end, item.x + item.width);
  }
  return text.replace(/\s+/gu, ' ').trim();
}
