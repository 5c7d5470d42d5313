/**
 * pdf.js for the extractor: every module here imports it from this file.
 *
 * The legacy build bundles core-js, which on Node 20 replaces two builtins
 * for the whole process with JavaScript versions:
 * - Array.prototype.push, to fix how push fails on an array whose length is
 *   read-only (V8 issue 12681). pdf.js pushes for every operator and glyph,
 *   and so does everything after it: a fifth of a PDF run went to push.
 * - JSON.stringify, to serialise JSON.rawJSON values, which the platform
 *   lacks: 26 times slower on the roadmap of a 200-page PDF (257 ms, not
 *   10 ms), which is what `roadmap-ingest` prints.
 * Nothing here pushes onto read-only arrays or makes raw JSON, so the
 * platform's own are put back after the main module loads and again after
 * the worker does (its own core-js replaces push once more). When pdf.js was
 * loaded before this module, the builtins taken are already the replacements
 * and this changes nothing.
 *
 * pdf.js is imported dynamically so that it loads after the builtins are
 * taken in any build: a bundler that merges native-builtins.ts into this
 * module's chunk would still hoist a static import above it.
 */
import { nativePush, nativeStringify } from './native-builtins.js';
import { PDF_PARSER_MODULE } from './parser-module.js';

function restoreBuiltins(): void {
  if (Array.prototype.push !== nativePush) Array.prototype.push = nativePush;
  if (JSON.stringify !== nativeStringify) JSON.stringify = nativeStringify;
}

const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
restoreBuiltins();

let workerLoaded: Promise<void> | null = null;

/**
 * Loads pdf.js's worker module, which Node's fake worker runs in this
 * thread, and puts the builtins back after it. Call before getDocument; the
 * worker is loaded only once a PDF is read, so text and DOCX runs never pay
 * for it.
 */
export function loadPdfWorker(): Promise<void> {
  workerLoaded ??= import(PDF_PARSER_MODULE).then(restoreBuiltins);
  return workerLoaded;
}

export const { getDocument, normalizeUnicode, OPS, PDFWorker, Util } = pdfjs;
