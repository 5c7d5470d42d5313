/**
 * Runs documents and hands each outcome on in input order.
 *
 * One document, a handful, or one at a time (`-j 1`), is read in this
 * thread: a worker thread would load the whole pipeline a second time before
 * its first page, which cost a one-document run most of its time. Larger
 * batches go to a pool of worker threads, started once and reused; there a
 * document that hangs or exhausts its heap takes down only its own worker:
 * the pool stops that thread, reports the document as failed and starts
 * another. (In this thread, a PDF's parsing is in pdf.js's own thread, which
 * is stopped and capped alike; see extract/pdf/parser-thread.ts.)
 * Wherever it ran, once a document is done with, failed, stopped or
 * interrupted, the Tesseract processes it left running are killed: a
 * stopped thread cannot end them itself (see extract/ocr/child-slots.ts).
 */
import pLimit from 'p-limit';
import type { Piscina } from 'piscina';
import { ChildSlots, childSlotsBuffer } from '../extract/ocr/child-slots.js';
import { parserThread } from '../extract/pdf/parser-thread.js';
import type { BatchInput } from './inputs.js';
import type { DocumentOutcome, DocumentTask } from './task.js';

/** A worker's V8 heap cap: a document that needs more fails alone instead of taking the machine with it. */
export const WORKER_HEAP_LIMIT_MB = 768;

/**
 * How far ahead of the oldest unfinished document the pool may run, in
 * multiples of the concurrency. Finished outcomes wait here until their turn,
 * so this bounds the memory one slow document can make the others hold.
 */
const LOOKAHEAD_PER_WORKER = 4;

/**
 * A worker costs its start-up (Node's, then the pipeline's and a reader's
 * modules: some 0.4 s of CPU) before its first document, and pays it back
 * only over several; this thread, with pdf.js parsing in a thread beside it,
 * starts at once. Measured on 2 cores with the seed PDFs, this thread read 5
 * and 10 of them in less time than a pool of two (1.2 s against 1.4 s for
 * 5), and 20 in the same. So a worker is started for every 4 documents, up
 * to --concurrency: a handful of documents is read in this thread.
 */
const DOCUMENTS_PER_WORKER = 4;

/** A name that promises a PDF; the bytes decide the format, so a wrong promise costs only an idle thread. */
const PDF_NAME = /\.pdf$/iu;

export interface BatchSettings {
  concurrency: number;
  /** The module that ingests a document (its default export); ./worker.ts unless a test scripts one. */
  workerUrl?: URL;
  /** Defaults to WORKER_HEAP_LIMIT_MB. */
  heapLimitMb?: number;
  /**
   * Per document: how long it may go without progress, counted from when it
   * starts (not from when it was queued) and again from each page OCR
   * finishes, so a long scan goes on while its pages come and a hung one
   * stops. A worker is stopped at once; in this thread the document stops at
   * its next page or stage (see IngestOptions.signal) and is reported as timed out.
   */
  timeoutSeconds: number;
  /** Aborted on SIGINT/SIGTERM: no new document starts, running ones are stopped. */
  interrupt: AbortSignal;
  /** A document read in this thread tells each page OCR reads (a worker's document does not). */
  onOcrPage?: (path: string, done: number, pages: number) => void;
  /**
   * Asked first, in this thread (`--cache`): an outcome is the document's, null
   * sends it to a worker. Workers start with the first miss, so a run that is
   * all hits starts none.
   */
  cached?: (task: DocumentTask) => Promise<DocumentOutcome | null>;
}

/** Where documents run: this thread or the pool; `run` never rejects. */
interface Runner {
  run(task: DocumentTask): Promise<DocumentOutcome>;
  close(): Promise<void>;
}

type IngestTask = (task: DocumentTask, signal?: AbortSignal, onOcrPage?: (done: number, pages: number) => void) => Promise<DocumentOutcome>;

export async function runBatch(
  inputs: readonly BatchInput[],
  taskFor: (input: BatchInput) => DocumentTask,
  settings: BatchSettings,
  onOutcome: (input: BatchInput, outcome: DocumentOutcome, seconds: number) => Promise<void> | void,
): Promise<void> {
  if (inputs.length === 0) return;
  const threads = Math.min(settings.concurrency, Math.max(1, Math.floor(inputs.length / DOCUMENTS_PER_WORKER)));
  let runner: Promise<Runner> | null = null;
  const readsPdf = inputs.some((input) => PDF_NAME.test(input.path));
  const started = (): Promise<Runner> => (runner ??= threads > 1 ? workerPool(threads, settings) : thisThread(settings, readsPdf));
  // p-limit, not the pool's own queue, decides when a document starts, so its timeout starts with it.
  const slots = pLimit(threads);
  const outcomeOf = async (task: DocumentTask): Promise<TimedOutcome> => {
    const lookedUp = performance.now();
    const hit = settings.cached ? await settings.cached(task) : null;
    if (hit) return { outcome: hit, seconds: (performance.now() - lookedUp) / 1000 };
    const pool = await started();
    return slots(() => timed(pool, task));
  };
  const lookahead = threads * LOOKAHEAD_PER_WORKER;
  const outcomes: (Promise<TimedOutcome> | undefined)[] = [];
  let submitted = 0;
  try {
    for (let emitted = 0; emitted < inputs.length && !settings.interrupt.aborted; emitted += 1) {
      while (submitted < inputs.length && submitted < emitted + lookahead) {
        const input = inputs[submitted]!;
        outcomes[submitted] = outcomeOf(taskFor(input));
        submitted += 1;
      }
      const { outcome, seconds } = await outcomes[emitted]!;
      outcomes[emitted] = undefined;
      if (settings.interrupt.aborted) break;
      await onOutcome(inputs[emitted]!, outcome, seconds);
    }
  } finally {
    slots.clearQueue();
    if (runner) await (await runner).close();
  }
}

interface TimedOutcome {
  outcome: DocumentOutcome;
  seconds: number;
}

async function timed(runner: Runner, task: DocumentTask): Promise<TimedOutcome> {
  const started = performance.now();
  const outcome = await runner.run(task);
  return { outcome, seconds: (performance.now() - started) / 1000 };
}

const defaultWorker = (): URL => new URL('./worker.js', import.meta.url);
const interrupted = (): DocumentOutcome => ({ ok: false, code: 'INTERNAL', message: 'interrupted' });
const timedOut = (settings: BatchSettings, deadline: Deadline): DocumentOutcome => ({
  ok: false,
  code: 'TIMEOUT',
  message:
    deadline.pagesDone() === 0
      ? `not finished after ${settings.timeoutSeconds} s (--timeout); stopped`
      : `no page finished OCR for ${settings.timeoutSeconds} s (--timeout), after ${deadline.pagesDone()} did; stopped`,
});

/**
 * A document's --timeout. It expires once the document has gone the limit
 * without progress: from its start, and from each page OCR finished, which
 * the thread reading it counts in `ocrPagesDone` (memory both threads
 * share). A scan of 200 pages takes minutes, each page seconds: a limit on
 * the whole document would have to be set by its length, one on progress
 * is the same for every length, and still stops a hung parser or Tesseract.
 */
class Deadline {
  readonly buffer = new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT);
  private readonly done = new Int32Array(this.buffer);
  private readonly controller = new AbortController();
  private readonly timer: NodeJS.Timeout;
  private seen = 0;
  private last = performance.now();

  constructor(private readonly limitMs: number) {
    // Looked at often enough to stop a document within a second of its limit.
    this.timer = setInterval(() => {
      if (this.expired()) this.controller.abort(new Error('--timeout'));
    }, Math.min(1000, limitMs));
    this.timer.unref();
  }

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  pagesDone(): number {
    return Atomics.load(this.done, 0);
  }

  /** Also asked once the document is over: a stage that ran past the limit without a pause let no timer fire. */
  expired(): boolean {
    const done = this.pagesDone();
    if (done !== this.seen) {
      this.seen = done;
      this.last = performance.now();
    }
    return this.controller.signal.aborted || performance.now() - this.last > this.limitMs;
  }

  stop(): void {
    clearInterval(this.timer);
  }
}

async function thisThread(settings: BatchSettings, readsPdf: boolean): Promise<Runner> {
  // PDFs read in this thread have pdf.js parse in a thread of its own: started first, it loads while this one loads the reader.
  if (readsPdf) parserThread();
  const ingestTask = ((await import((settings.workerUrl ?? defaultWorker()).href)) as { default: IngestTask }).default;
  return {
    async run(task) {
      if (settings.interrupt.aborted) return interrupted();
      const deadline = new Deadline(settings.timeoutSeconds * 1000);
      const children = childSlotsBuffer();
      let outcome: DocumentOutcome;
      try {
        const onOcrPage = settings.onOcrPage ? (done: number, pages: number) => settings.onOcrPage!(task.path, done, pages) : undefined;
        outcome = await ingestTask({ ...task, ocrChildren: children, ocrPagesDone: deadline.buffer }, AbortSignal.any([deadline.signal, settings.interrupt]), onOcrPage);
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        outcome = { ok: false, code: 'INTERNAL', message: `unexpected error: ${message}`, stack: error instanceof Error ? error.stack : undefined };
      } finally {
        deadline.stop();
        // A page that failed leaves the document's other pages still being read.
        new ChildSlots(children).killAll();
      }
      if (settings.interrupt.aborted) return interrupted();
      if (deadline.expired()) return timedOut(settings, deadline);
      return outcome;
    },
    close: async () => {},
  };
}

async function workerPool(threads: number, settings: BatchSettings): Promise<Runner> {
  const { Piscina } = await import('piscina');
  const pool: Piscina<DocumentTask, DocumentOutcome> = new Piscina({
    filename: (settings.workerUrl ?? defaultWorker()).href,
    minThreads: threads,
    maxThreads: threads,
    concurrentTasksPerWorker: 1,
    idleTimeout: 30_000,
    resourceLimits: { maxOldGenerationSizeMb: settings.heapLimitMb ?? WORKER_HEAP_LIMIT_MB },
  });
  return { run: (task) => outcomeInPool(pool, task, settings), close: () => pool.destroy() };
}

async function outcomeInPool(pool: Piscina<DocumentTask, DocumentOutcome>, task: DocumentTask, settings: BatchSettings): Promise<DocumentOutcome> {
  if (settings.interrupt.aborted) return interrupted();
  const deadline = new Deadline(settings.timeoutSeconds * 1000);
  const children = childSlotsBuffer();
  try {
    return await pool.run({ ...task, ocrChildren: children, ocrPagesDone: deadline.buffer }, { signal: AbortSignal.any([deadline.signal, settings.interrupt]) });
  } catch (error) {
    if (settings.interrupt.aborted) return interrupted();
    if (deadline.signal.aborted) return timedOut(settings, deadline);
    if ((error as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY') {
      return { ok: false, code: 'TOO_LARGE', message: `needs more than ${settings.heapLimitMb ?? WORKER_HEAP_LIMIT_MB} MB of memory; stopped` };
    }
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, code: 'INTERNAL', message: `the worker failed: ${message}`, stack: error instanceof Error ? error.stack : undefined };
  } finally {
    deadline.stop();
    // Aborting the task stopped its thread (the pool's destroy() at the batch's end rejects it alike), not its processes.
    new ChildSlots(children).killAll();
  }
}
