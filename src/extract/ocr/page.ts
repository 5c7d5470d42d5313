/**
 * A page image → the PDF path's page. The image is straightened first
 * (measureSkew → rotateImage), so Tesseract's words and the rules found in
 * the pixels are in one upright space; pixels become points at 72/dpi, and
 * the rules become grids exactly as a vector PDF's do.
 */
import { buildGrids, type Grid } from '../pdf/grid.js';
import { buildLines } from '../pdf/lines.js';
import type { PageData } from '../pdf/page-data.js';
import type { Segment } from '../pdf/rulings.js';
import type { PositionedItem } from '../pdf/text-items.js';
import type { ChildSlots } from './child-slots.js';
import type { GrayImage } from './gray-image.js';
import { findRulings, measureSkew, rotateImage } from './raster-rules.js';
import { startRecognition } from './tesseract.js';
import { parseTsv } from './tsv.js';
import { ocrItems } from './words.js';

export interface PageOcrOptions {
  lang: string;
  signal?: AbortSignal;
  children?: ChildSlots;
}

/** OCRs one page image scanned or rendered at `dpi`. */
export async function ocrPage(number: number, image: GrayImage, dpi: number, options: PageOcrOptions): Promise<PageData> {
  const height = (image.height * 72) / dpi;
  if (image.width === 0 || image.height === 0) return { number, height, lines: [], grids: [], itemCount: 0, scan: true, unreadableOcr: null };
  const straight = rotateImage(image, -measureSkew(image));
  const recognition = await startRecognition(straight, { lang: options.lang, dpi, signal: options.signal, children: options.children });
  // Tesseract reads the page on a core of its own meanwhile.
  let grids: Grid[];
  try {
    grids = imageGrids(straight, 72 / dpi, 72 / dpi);
  } catch (error) {
    recognition.tsv.catch(() => undefined);
    throw error;
  }
  const items = ocrItems(parseTsv(await recognition.tsv), dpi);
  return { number, height, lines: buildLines(items), grids, itemCount: items.length, scan: true, unreadableOcr: null };
}

/** The ruled tables of an upright page image, in points: `scaleX`, `scaleY` points a pixel. */
export function imageGrids(image: GrayImage, scaleX: number, scaleY: number): Grid[] {
  const segments = findRulings(image).map(
    (s): Segment => (s.dir === 'h' ? { dir: 'h', pos: s.pos * scaleY, a: s.a * scaleX, b: s.b * scaleX } : { dir: 'v', pos: s.pos * scaleX, a: s.a * scaleY, b: s.b * scaleY }),
  );
  return buildGrids(segments);
}

/**
 * A searchable scan's rules and words, straightened together: the rules from
 * its image turned upright, and the words of its text layer (laid over the
 * skewed image) turned by the same angle around the same centre.
 */
export function straightenSearchableScan(image: GrayImage, items: readonly PositionedItem[], pageWidth: number, pageHeight: number): { items: PositionedItem[]; grids: Grid[] } {
  const skew = measureSkew(image);
  const scaleX = pageWidth / image.width;
  const scaleY = pageHeight / image.height;
  const grids = imageGrids(rotateImage(image, -skew), scaleX, scaleY);
  if (skew === 0) return { items: [...items], grids };
  // rotateImage(image, θ) samples the source at centre + R(θ)·(p − centre); a source point therefore lands at the inverse.
  const radians = (-skew * Math.PI) / 180;
  const cos = Math.cos(radians);
  const sin = Math.sin(radians);
  const cx = ((image.width - 1) / 2) * scaleX;
  const cy = ((image.height - 1) / 2) * scaleY;
  const turned = items.map((item) => {
    // In pixels, where the rotation is a rotation (the two scales may differ a little).
    const dx = (item.x - cx) / scaleX;
    const dy = (item.y - cy) / scaleY;
    return { ...item, x: cx + (dx * cos - dy * sin) * scaleX, y: cy + (dx * sin + dy * cos) * scaleY };
  });
  return { items: turned, grids };
}
