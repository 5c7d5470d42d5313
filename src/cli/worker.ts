/**
 * One document, ingested in a worker thread of the batch pool, or in the
 * main thread when the run has no pool (see batch.ts). The task formats the
 * output itself so only the formatted document (text, or the rows a workbook
 * gathers) and a small summary cross back to the main
 * thread; typed errors become plain `{ code, message }` because classes do
 * not survive the structured clone.
 */
import type { CsvOptions } from '../export/csv.js';
import { formatDocument, type FormattedDocument, type OutputFormat } from '../export/index.js';
import { IngestError, type IngestErrorCode } from '../extract/errors.js';
import type { OcrOptions } from '../extract/options.js';
import { ingestFile } from '../ingest.js';
import type { Warning } from '../model/roadmap.js';

export interface DocumentTask {
  path: string;
  format: OutputFormat;
  csv: CsvOptions;
  /** The day an HTML timeline marks as today, the same for every document of a run. */
  today: string | null;
  fallbackYear: number | null;
  password: string | null;
  /** `--ocr`, `--ocr-lang`, `--dpi`, and how many pages are OCR'd at once. */
  ocr: OcrOptions;
}

export type DocumentOutcome =
  | { ok: true; output: FormattedDocument; roadmaps: number; activities: number; warnings: Warning[] }
  | { ok: false; code: IngestErrorCode; message: string; stack?: string };

/** `signal` and `onOcrPage` only in the main thread: a worker is stopped by ending the thread, and its progress is the batch's bar. */
export default async function ingestTask(task: DocumentTask, signal?: AbortSignal, onOcrPage?: (done: number, pages: number) => void): Promise<DocumentOutcome> {
  try {
    const document = await ingestFile(task.path, { fallbackYear: task.fallbackYear, password: task.password, ocr: task.ocr, signal, onOcrPage });
    return {
      ok: true,
      output: await formatDocument(document, task.format, { csv: task.csv, today: task.today }),
      roadmaps: document.roadmaps.length,
      activities: document.roadmaps.reduce((sum, roadmap) => sum + roadmap.activities.length, 0),
      warnings: document.warnings,
    };
  } catch (error) {
    if (error instanceof IngestError) return { ok: false, code: error.code, message: error.message, stack: error.stack };
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, code: 'INTERNAL', message: `unexpected error: ${message}`, stack: error instanceof Error ? error.stack : undefined };
  }
}
