import { joinFragments } from '../../layout/text.js';
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

/** Marks that close up to the word before them, and those that open up to the word after. */
const CLOSING = /^[,.;:!?)\]»”%]/u;
const OPENING = /[([«“]$/u;

/**
 * Joins items left to right; a gap wider than ~a fifth of the font size is a
 * space the PDF did not draw. Two words our OCR read (they carry a
 * confidence) are two words whatever the gap: Tesseract split them, and a
 * speck or a serif can widen a box until the gap between them all but
 * closes (`образовательныхрезультатов` at 300 dpi).
 */
export function lineText(items: readonly PositionedItem[]): string {
  const sorted = [...items].sort((a, b) => a.x - b.x);
  let text = '';
  let end = -Infinity;
  let previous: PositionedItem | null = null;
  for (const item of sorted) {
    if (text !== '') {
      const gap = item.x - end;
      const ocrWords = item.confidence !== undefined && previous?.confidence !== undefined && !CLOSING.test(item.str) && !OPENING.test(previous.str);
      if ((gap > 0.2 * item.size || ocrWords) && !/\s$/u.test(text) && !/^\s/u.test(item.str)) text += ' ';
    }
    text += item.str;
    end = Math.max(end, item.x + item.width);
    previous = item;
  }
  return text.replace(/\s+/gu, ' ').trim();
}

/**
 * Rough relative glyph widths of a proportional font: pdf.js gives only a
 * run's total width, and even widths misplace a cut by a word in long runs.
 */
function estimateGlyphWeight(ch: string): number {
  if (ch === ' ') return 0.28;
  if (/[\p{Lu}]/u.test(ch)) return /[ЖШЩЮМФ]/u.test(ch) ? 0.9 : 0.68;
  if (/[\p{Ll}]/u.test(ch)) return /[жшщюмфы]/u.test(ch) ? 0.72 : /[ijlrtf]/u.test(ch) ? 0.3 : 0.52;
  if (/\d/u.test(ch)) return 0.55;
  return 0.33;
}

/** Asked for every character of every cell line and cut item, so answered once per character. */
const glyphWeights = new Map<string, number>();
export function glyphWeight(ch: string): number {
  let weight = glyphWeights.get(ch);
  if (weight === undefined) {
    weight = estimateGlyphWeight(ch);
    glyphWeights.set(ch, weight);
  }
  return weight;
}

const weightOf = (text: string): number => [...text].reduce((sum, ch) => sum + glyphWeight(ch), 0);

/** Consecutive lines closer than this share of the font size are a raised or lowered piece of one line, not two lines. */
const LEAST_LINE_PITCH = 0.8;
/**
 * Space between two lines beyond the table's pitch, as a share of the font
 * size, that only a paragraph's spacing makes: Word's 3 pt after a paragraph
 * at 12 pt is 0.25; single against 1.15 line spacing, 0.15, is not one.
 */
const PARAGRAPH_SPACING = 0.2;

/**
 * The baseline distance of a table's wrapped lines as a share of the font
 * size: the smallest between consecutive lines of one cell, over all its
 * cells (a cell of two paragraphs alone shows only the wider distance). Null
 * when no cell holds two lines. An OCR'd line's baseline is only estimated
 * from its words' boxes, and a speck under a word lowers it: one pair of
 * lines drawn together so would make every other line of the table look set
 * apart as a paragraph, so OCR'd lines take the lower quartile instead.
 */
export function linePitch(cells: readonly (readonly TextLine[])[]): number | null {
  const shares: number[] = [];
  let ocr = false;
  for (const lines of cells) {
    for (let k = 1; k < lines.length; k++) {
      const size = Math.max(lines[k]!.size, lines[k - 1]!.size);
      const share = (lines[k]!.y - lines[k - 1]!.y) / size;
      if (share >= LEAST_LINE_PITCH) shares.push(share);
      ocr ||= lines[k]!.items[0]?.confidence !== undefined;
    }
  }
  if (shares.length === 0) return null;
  shares.sort((a, b) => a - b);
  return ocr ? shares[Math.floor((shares.length - 1) / 4)]! : shares[0]!;
}

/**
 * A cell's lines as text. A PDF has no line breaks, only wrapped lines: a
 * line is joined to the one before with a space (or rejoined at a hyphen)
 * when the next line's first word could not have fitted before `rightEdge`;
 * otherwise the author broke it on purpose, and the break is kept as `\n`
 * (later stages split responsible parties there). List dashes always start a
 * line, and so does a line set further below the one before than the
 * table's `pitch` (see linePitch) by a paragraph's spacing: stacked items
 * (issue 12) are paragraphs whose lines are often full.
 */
export function cellText(lines: readonly TextLine[], rightEdge: number, pitch: number | null = null): string {
  let text = '';
  let previous: TextLine | null = null;
  for (const line of lines) {
    const t = lineText(line.items);
    if (previous === null || text === '') text = t;
    else {
      const first = line.items[0]!;
      const word = /^\S+/u.exec(first.str)?.[0] ?? first.str;
      const wordWidth = (first.width * weightOf(word)) / Math.max(1e-6, weightOf(first.str));
      // Word processors keep a cell padding of about 0.2 cm (5.7 pt) inside the right rule.
      const room = rightEdge - 5 - (previous.x1 + 0.28 * first.size);
      const size = Math.max(line.size, previous.size);
      const spacedApart = pitch !== null && line.y - previous.y > (pitch + PARAGRAPH_SPACING) * size;
      const hardBreak = ((wordWidth < room || /^[-–—•]/u.test(t)) && !/[\p{L}]-$/u.test(text)) || spacedApart;
      text = hardBreak ? `${text}\n${t}` : joinFragments(text, t);
    }
    previous = line;
  }
  return text;
}

/**
 * An item cut into its words, each placed by the glyph weights: pdf.js gives
 * one item for a whole run of a cell's line, but columns are found from where
 * words lie, and OCR layers give one item a word already.
 */
export function splitWords(item: PositionedItem): PositionedItem[] {
  if (!item.str.includes(' ')) return [item];
  const chars = [...item.str];
  const offsets: number[] = [0];
  for (const ch of chars) offsets.push(offsets[offsets.length - 1]! + glyphWeight(ch));
  const scale = item.width / Math.max(1e-6, offsets[chars.length]!);
  const words: PositionedItem[] = [];
  let start = -1;
  chars.forEach((ch, k) => {
    if (ch !== ' ' && start < 0) start = k;
    if ((ch === ' ' || k === chars.length - 1) && start >= 0) {
      const end = ch === ' ' ? k : k + 1;
      const x = item.x + offsets[start]! * scale;
      words.push({ ...item, str: chars.slice(start, end).join(''), x, width: item.x + offsets[end]! * scale - x });
      start = -1;
    }
  });
  return words;
}
