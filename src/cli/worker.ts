/**
 * One document, ingested in a worker thread of the batch pool, or in the
 * main thread when the run has no pool (see batch.ts). The task formats the
 * output itself so only the formatted document (text, or the rows a workbook
 * gathers) and a small summary cross back to the main
 * thread; typed errors become plain `{ code, message }` because classes do
 * not survive the structured clone. With `--cache`, the document is stored
 * here, where it is at hand, before it is formatted.
 */
import { IngestError } from '../extract/errors.js';
import { ChildSlots } from '../extract/ocr/child-slots.js';
import { ingestFile } from '../ingest.js';
import type { RoadmapDocument } from '../model/roadmap.js';
import { documentOutcome, type DocumentOutcome, type DocumentTask } from './task.js';

/** `signal` and `onOcrPage` only in the main thread: a worker is stopped by ending the thread, and its progress is the batch's bar. */
export default async function ingestTask(task: DocumentTask, signal?: AbortSignal, onOcrPage?: (done: number, pages: number) => void): Promise<DocumentOutcome> {
  try {
    const pagesDone = task.ocrPagesDone ? new Int32Array(task.ocrPagesDone) : null;
    const document = await ingestFile(task.path, {
      ...task.ingest,
      ocr: { ...task.ingest.ocr, concurrency: task.ocrConcurrency },
      signal,
      onOcrPage: (done, pages) => {
        if (pagesDone) Atomics.add(pagesDone, 0, 1);
        onOcrPage?.(done, pages);
      },
      ocrChildren: task.ocrChildren ? new ChildSlots(task.ocrChildren) : undefined,
    });
    const cacheError = task.cache ? await stored(task.cache, task, document) : null;
    const outcome = await documentOutcome(document, task);
    return cacheError ? { ...outcome, cacheError } : outcome;
  } catch (error) {
    if (error instanceof IngestError) return { ok: false, code: error.code, message: error.message, stack: error.stack };
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, code: 'INTERNAL', message: `unexpected error: ${message}`, stack: error instanceof Error ? error.stack : undefined };
  }
}

/** A cache that cannot be written (full, read-only) costs the next run its hits, not this document: the cause, or null when stored. */
async function stored(dir: string, task: DocumentTask, document: RoadmapDocument): Promise<string | null> {
  const { storeDocument } = await import('./cache/index.js');
  try {
    await storeDocument(dir, task, document);
    return null;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code ?? String(error);
  }
}
