/**
 * Tesseract's words → the PDF path's positioned words, in viewport units
 * (points, y down), so lines, ruled grids and tables without rules are read
 * from a scan exactly as from a PDF's own text.
 */
import { buildLines, splitWords } from '../pdf/lines.js';
import type { PositionedItem } from '../pdf/text-items.js';
import { cleanOcrWord } from './cleanup.js';
import type { OcrLine, OcrWord } from './tsv.js';

/** Words this long mostly hold a capital or a descender (д, р, у): their box is about the font size tall. */
const LONG_WORD = 4;
/** A box lower than this share of the font size (`-`, `.`, `,`) says nothing of the baseline. */
const LETTER_HEIGHT = 0.4;
/** A line whose long words stand this much taller than the page's is set in a larger size (a heading). */
const LARGER = 1.4;
/**
 * Letters and marks that reach below the baseline, by about a fifth of the
 * font size: a word holding one has its box's bottom that much lower. A
 * line of one word (`организации` under `Образовательные` in a cell) must
 * still sit on its baseline, or its cell reads it as a new paragraph.
 */
const DESCENDING = /[дрфуцщДЦЩgjpqy()[\]{}|/,;]/u;
const DESCENDER = 0.2;

function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

const longWordHeights = (words: readonly OcrWord[]): number[] => words.filter((w) => [...w.text].length >= LONG_WORD).map((w) => w.height);

/**
 * Every word of a Tesseract line gets the line's baseline (the median of its
 * words' bottoms, less a descender where a word has one) and the page's font
 * size, the median height of its long words. A box's own height is no size:
 * a bracket, a speck or a slant makes it taller.
 */
export function ocrItems(lines: readonly OcrLine[], dpi: number): PositionedItem[] {
  const scale = 72 / dpi;
  const pageSize = median(longWordHeights(lines.flatMap((l) => l.words))) ?? median(lines.flatMap((l) => l.words.map((w) => w.height))) ?? 0;
  const out: PositionedItem[] = [];
  for (const line of lines) {
    const lineSize = median(longWordHeights(line.words));
    const size = lineSize !== null && lineSize > LARGER * pageSize ? lineSize : pageSize;
    const letters = line.words.filter((w) => w.height >= LETTER_HEIGHT * size);
    const baselines = (letters.length > 0 ? letters : line.words).map((w) => w.top + w.height - (DESCENDING.test(w.text) ? DESCENDER * size : 0));
    const baseline = median(baselines)! * scale;
    const sorted = [...line.words].sort((a, b) => a.left - b.left);
    const items: PositionedItem[] = [];
    let opensLine = true;
    sorted.forEach((word) => {
      const str = cleanOcrWord(word.text, opensLine);
      if (str === '') return;
      opensLine = false;
      items.push({ str, x: word.left * scale, y: baseline, width: word.width * scale, size: size * scale, bold: false, confidence: word.confidence });
    });
    out.push(...withoutSpeckPeriods(items));
  }
  return out;
}

/** A long word ending in a full stop before a word in lower case (`работ. по`): the stop is a speck, no sentence ends there. */
const SPECK_STOP = /^(\p{L}{5,})\.$/u;
const LOWER_START = /^\p{Ll}/u;

function withoutSpeckPeriods(line: readonly PositionedItem[]): PositionedItem[] {
  return line.map((item, index) => {
    const next = line[index + 1];
    const stop = SPECK_STOP.exec(item.str);
    return stop && next && LOWER_START.test(next.str) ? { ...item, str: stop[1]! } : item;
  });
}

/**
 * A searchable scan's text-layer words, cleaned as our own OCR's are: the
 * scanner's OCR makes the same misreadings. pdf.js runs neighbouring words
 * of the layer into one item (`предметных | Образовательные`), so the items
 * are cut into words first, and each word is cleaned on its own. The word
 * that opens each visual line is where an activity number stands.
 */
export function cleanOcrItems(items: readonly PositionedItem[]): PositionedItem[] {
  const out: PositionedItem[] = [];
  for (const line of buildLines(items.flatMap(splitWords))) {
    const cleaned: PositionedItem[] = [];
    let opensLine = true;
    for (const item of line.items) {
      const str = cleanOcrWord(item.str, opensLine);
      if (str === '') continue;
      opensLine = false;
      cleaned.push(str === item.str ? item : { ...item, str });
    }
    out.push(...withoutSpeckPeriods(cleaned));
  }
  return out;
}
