/** A page image → the PDF path's page: Tesseract's words as positioned words, in points. */
import { buildLines } from '../pdf/lines.js';
import type { PageData } from '../pdf/page-data.js';
import type { GrayImage } from './gray-image.js';
import { recognise } from './tesseract.js';
import { parseTsv } from './tsv.js';
import { ocrItems } from './words.js';

export interface PageOcrOptions {
  lang: string;
  signal?: AbortSignal;
}

/** OCRs one page image scanned or rendered at `dpi`. */
export async function ocrPage(number: number, image: GrayImage, dpi: number, options: PageOcrOptions): Promise<PageData> {
  const height = (image.height * 72) / dpi;
  if (image.width === 0 || image.height === 0) return { number, height, lines: [], grids: [], itemCount: 0, scan: true, unreadableOcr: null };
  const tsv = await recognise(image, { lang: options.lang, dpi, signal: options.signal });
  const items = ocrItems(parseTsv(tsv), dpi);
  return { number, height, lines: buildLines(items), grids: [], itemCount: items.length, scan: true, unreadableOcr: null };
}
