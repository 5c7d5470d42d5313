import type { ChildSlots } from './ocr/child-slots.js';

export interface ExtractOptions {
  /** PDF user password (`--password`). */
  password: string | null;
  /** Stops the reading between pages once aborted; the promise then rejects with the signal's reason. */
  signal?: AbortSignal;
  /** How scans are read (`--ocr`, `--ocr-lang`, `--dpi`); absent: never OCR (a scan without text is refused). */
  ocr?: OcrOptions;
  /** Told as each page OCR reads is done: how many so far, of the document's pages (progress on a terminal). */
  onOcrPage?: (done: number, pages: number) => void;
  /** Where each Tesseract process is listed while it runs, for the thread that handed out the document to kill. */
  ocrChildren?: ChildSlots;
}

/**
 * `auto`: pages without a text layer are OCR'd; `always`: every page is,
 * its text layer ignored; `never`: a scan without text is refused, as before OCR.
 */
export type OcrMode = 'auto' | 'always' | 'never';

export interface OcrOptions {
  mode: OcrMode;
  /** Tesseract language(s): `rus`, `rus+eng`. */
  lang: string;
  /** The resolution a PDF page is rendered at for OCR; a page that is one image is read at the image's own. */
  dpi: number;
  /** Pages recognised at once, one Tesseract process each. */
  concurrency: number;
}

export const DEFAULT_OCR_OPTIONS: OcrOptions = { mode: 'auto', lang: 'rus', dpi: 300, concurrency: 1 };

export const DEFAULT_EXTRACT_OPTIONS: ExtractOptions = { password: null };
