import type { Grid } from './grid.js';
import type { TextLine } from './lines.js';
import type { OcrQuality } from './scan.js';

/** One page as read: its lines, its ruled grids, whether it is a scan. */
export interface PageData {
  number: number;
  height: number;
  lines: TextLine[];
  grids: Grid[];
  itemCount: number;
  /** A page image under invisible OCR text, or a page we OCR'd ourselves. */
  scan: boolean;
  /** A scan whose OCR text was too misread to read (its text is left out): how many words, how many misread. */
  unreadableOcr: OcrQuality | null;
}

/** A page's operator list, as pdf.js gives it: what the extractor reads rules, text and images from. */
export interface PageOps {
  fnArray: number[];
  argsArray: unknown[];
}
