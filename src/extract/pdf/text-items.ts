/** Text items of one page, moved into viewport space (top-left origin, y down) so rotation is already applied. */
import { Util } from './pdfjs.js';
import { normalizeCharacters } from '../../layout/text.js';

export interface PositionedItem {
  str: string;
  /** Left edge and baseline in viewport space. */
  x: number;
  y: number;
  width: number;
  /** Font size after transformation; used as the tolerance unit. */
  size: number;
  bold: boolean;
  /** An OCR'd word's confidence, 0–100 (Tesseract's); absent for a PDF's own text. */
  confidence?: number;
}

interface RawItem {
  str: string;
  transform: number[];
  width: number;
  height: number;
  fontName: string;
}

/** Reads items; `isBold` answers from the font's real name, which only commonObjs knows. */
export function positionItems(
  items: readonly unknown[],
  viewportTransform: number[],
  isBold: (fontName: string) => boolean,
): PositionedItem[] {
  const out: PositionedItem[] = [];
  for (const raw of items) {
    const item = raw as Partial<RawItem>;
    if (typeof item.str !== 'string' || !Array.isArray(item.transform)) continue;
    const str = normalizeCharacters(item.str);
    // Whitespace items carry no text and, between columns, misleading widths.
    if (str.trim() === '') continue;
    const m = Util.transform(viewportTransform, item.transform) as number[];
    const size = Math.hypot(m[2] ?? 0, m[3] ?? 0) || Math.hypot(m[0] ?? 0, m[1] ?? 0) || 1;
    // Width is in text space along the baseline; scale by the viewport's scale (1 here).
    const scale = Math.hypot(viewportTransform[0] ?? 1, viewportTransform[1] ?? 0) || 1;
    out.push({ str, x: m[4] ?? 0, y: m[5] ?? 0, width: (item.width ?? 0) * scale, size, bold: isBold(item.fontName ?? '') });
  }
  return out;
}
