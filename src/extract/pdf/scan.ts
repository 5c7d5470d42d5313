/**
 * Searchable scans: a page image with the OCR engine's words laid over it as
 * invisible text (text render mode 3, ISO 32000-1 §9.3.6), as Tesseract's
 * `pdf` output and scanners with OCR make them. There are no vector rules on
 * such a page; its table is read from the words alone.
 */
import { OPS } from './pdfjs.js';
import { glyphWeight } from './lines.js';
import type { PositionedItem } from './text-items.js';

const INVISIBLE = 3;
const IMAGE_OPS = new Set<number>([OPS.paintImageXObject, OPS.paintInlineImageXObject, OPS.paintImageXObjectRepeat]);

/** A page that paints an image and sets no text render mode but invisible. */
export function isSearchableScan(fnArray: readonly number[], argsArray: readonly unknown[]): boolean {
  let image = false;
  let invisible = false;
  for (let i = 0; i < fnArray.length; i++) {
    const fn = fnArray[i]!;
    if (IMAGE_OPS.has(fn)) image = true;
    else if (fn === OPS.setTextRenderingMode) {
      if ((argsArray[i] as number[])[0] !== INVISIBLE) return false;
      invisible = true;
    }
  }
  return image && invisible;
}

/** OCR reads a table's rules as `|`, `[` or `]`, alone or stuck to a word (`|до`, `1.1. |`). */
const RULE_GLYPHS = /^[|[\]]+|[|[\]]+$/gu;

/** The words without the rules OCR read as glyphs; a word's box shrinks by the glyphs it loses. */
export function withoutRuleGlyphs(items: readonly PositionedItem[]): PositionedItem[] {
  const out: PositionedItem[] = [];
  for (const item of items) {
    const str = item.str.trim().replace(RULE_GLYPHS, '').trim();
    if (str === '') continue;
    if (str === item.str) {
      out.push(item);
      continue;
    }
    const weight = (s: string): number => [...s].reduce((sum, ch) => sum + glyphWeight(ch), 0);
    const scale = item.width / Math.max(1e-6, weight(item.str));
    const lead = item.str.indexOf(str);
    out.push({ ...item, str, x: item.x + weight(item.str.slice(0, lead)) * scale, width: weight(str) * scale });
  }
  return out;
}
