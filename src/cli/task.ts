/**
 * What crosses between the batch loop and whoever reads a document (a
 * worker thread, the main thread, or the `--cache`): the task, and the
 * outcome made from a document, formatted for the run's output. Kept apart
 * from worker.ts so the main thread can make an outcome from a cached
 * document without loading the pipeline.
 */
import type { CsvOptions } from '../export/csv.js';
import { formatDocument, type FormattedDocument, type OutputFormat } from '../export/index.js';
import type { IngestErrorCode } from '../extract/errors.js';
import type { OcrOptions } from '../extract/options.js';
import type { RoadmapDocument, Warning } from '../model/roadmap.js';

/**
 * Everything the pipeline is told besides the file: each field changes the
 * document it makes, so each is part of the `--cache` key (cache/key.ts
 * refuses to compile until a new one is listed there).
 */
export interface IngestSettings {
  fallbackYear: number | null;
  password: string | null;
  /** `--ocr`, `--ocr-lang`, `--dpi`. */
  ocr: Omit<OcrOptions, 'concurrency'>;
}

export interface DocumentTask {
  path: string;
  format: OutputFormat;
  csv: CsvOptions;
  /** The day an HTML timeline marks as today, the same for every document of a run. */
  today: string | null;
  ingest: IngestSettings;
  /** Pages OCR'd at once: the run's share of the cores, which changes no document (so no part of the cache key). */
  ocrConcurrency: number;
  /** `--cache DIR`: where the worker stores the document it made; null without the option. */
  cache: string | null;
  /** Set by the batch as it hands the document out: where its Tesseract processes are listed (extract/ocr/child-slots.ts). */
  ocrChildren?: SharedArrayBuffer;
  /** Set by the batch: an Int32 the reading thread adds one to as each page OCR reads is done (its --timeout counts from the last). */
  ocrPagesDone?: SharedArrayBuffer;
}

export type DocumentOutcome =
  | {
      ok: true;
      output: FormattedDocument;
      roadmaps: number;
      activities: number;
      warnings: Warning[];
      /** Read back from `--cache`, not ingested. */
      cached?: boolean;
      /** Ingested, but `--cache` could not store it (the cause). */
      cacheError?: string;
    }
  | { ok: false; code: IngestErrorCode; message: string; stack?: string };

export async function documentOutcome(document: RoadmapDocument, task: DocumentTask): Promise<Extract<DocumentOutcome, { ok: true }>> {
  return {
    ok: true,
    output: await formatDocument(document, task.format, { csv: task.csv, today: task.today }),
    roadmaps: document.roadmaps.length,
    activities: document.roadmaps.reduce((sum, roadmap) => sum + roadmap.activities.length, 0),
    warnings: document.warnings,
  };
}
