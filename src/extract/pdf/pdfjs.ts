/**
 * pdf.js for the extractor: every module here imports it from this file.
 *
 * The legacy build bundles core-js, which on Node 20 (V8 11.3) replaces
 * Array.prototype.push for the whole process with a JavaScript version, to
 * fix how push fails on an array whose length is read-only (V8 issue 12681).
 * pdf.js pushes for every operator and glyph, and so does everything after
 * it: with the replacement a fifth of a PDF run went to push. Nothing here
 * pushes onto read-only arrays, so the platform's push is put back after the
 * main module loads and again after the worker does (its own core-js
 * replaces push once more). When pdf.js was loaded before this module,
 * `nativePush` is already the replacement and this changes nothing.
 */
import { nativePush } from './native-push.js';
import { getDocument, normalizeUnicode, OPS, Util } from 'pdfjs-dist/legacy/build/pdf.mjs';

function restorePush(): void {
  if (Array.prototype.push !== nativePush) Array.prototype.push = nativePush;
}
restorePush();

let workerLoaded: Promise<void> | null = null;

/**
 * Loads pdf.js's worker module, which Node's fake worker runs in this
 * thread, and puts push back after it. Call before getDocument; the worker is
 * loaded only once a PDF is read, so text and DOCX runs never pay for it.
 */
export function loadPdfWorker(): Promise<void> {
  workerLoaded ??= import('pdfjs-dist/legacy/build/pdf.worker.mjs').then(restorePush);
  return workerLoaded;
}

export { getDocument, normalizeUnicode, OPS, Util };
