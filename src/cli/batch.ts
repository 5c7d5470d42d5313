/**
 * Runs documents through a pool of worker threads and hands each outcome on
 * in input order. A document that hangs or exhausts its heap takes down only
 * its own worker: the pool stops that thread, reports the document as failed
 * and starts another.
 */
import pLimit from 'p-limit';
import { Piscina } from 'piscina';
import type { BatchInput } from './inputs.js';
import type { DocumentOutcome, DocumentTask } from './worker.js';

/** A worker's V8 heap cap: a document that needs more fails alone instead of taking the machine with it. */
export const WORKER_HEAP_LIMIT_MB = 768;

/**
 * How far ahead of the oldest unfinished document the pool may run, in
 * multiples of the concurrency. Finished outcomes wait here until their turn,
 * so this bounds the memory one slow document can make the others hold.
 */
const LOOKAHEAD_PER_WORKER = 4;

export interface BatchSettings {
  concurrency: number;
  /** The module each worker runs; the default ingests a document (./worker.ts). */
  workerUrl?: URL;
  /** Defaults to WORKER_HEAP_LIMIT_MB. */
  heapLimitMb?: number;
  /** Per document, counted from when it starts in a worker, not from when it was queued. */
  timeoutSeconds: number;
  /** Aborted on SIGINT/SIGTERM: no new document starts, running ones are stopped. */
  interrupt: AbortSignal;
}

export async function runBatch(
  inputs: readonly BatchInput[],
  taskFor: (input: BatchInput) => DocumentTask,
  settings: BatchSettings,
  onOutcome: (input: BatchInput, outcome: DocumentOutcome, seconds: number) => Promise<void> | void,
): Promise<void> {
  if (inputs.length === 0) return;
  const threads = Math.min(settings.concurrency, inputs.length);
  const pool = new Piscina<DocumentTask, DocumentOutcome>({
    filename: (settings.workerUrl ?? new URL('./worker.js', import.meta.url)).href,
    minThreads: threads,
    maxThreads: threads,
    concurrentTasksPerWorker: 1,
    idleTimeout: 30_000,
    resourceLimits: { maxOldGenerationSizeMb: settings.heapLimitMb ?? WORKER_HEAP_LIMIT_MB },
  });
  // p-limit, not the pool's own queue, decides when a document starts, so its timeout starts with it.
  const slots = pLimit(threads);
  const lookahead = threads * LOOKAHEAD_PER_WORKER;
  const outcomes: (Promise<TimedOutcome> | undefined)[] = [];
  let submitted = 0;
  try {
    for (let emitted = 0; emitted < inputs.length && !settings.interrupt.aborted; emitted += 1) {
      while (submitted < inputs.length && submitted < emitted + lookahead) {
        const input = inputs[submitted]!;
        outcomes[submitted] = slots(() => runOne(pool, taskFor(input), settings));
        submitted += 1;
      }
      const { outcome, seconds } = await outcomes[emitted]!;
      outcomes[emitted] = undefined;
      if (settings.interrupt.aborted) break;
      await onOutcome(inputs[emitted]!, outcome, seconds);
    }
  } finally {
    slots.clearQueue();
    await pool.destroy();
  }
}

interface TimedOutcome {
  outcome: DocumentOutcome;
  seconds: number;
}

async function runOne(pool: Piscina<DocumentTask, DocumentOutcome>, task: DocumentTask, settings: BatchSettings): Promise<TimedOutcome> {
  const started = performance.now();
  const outcome = await outcomeOf(pool, task, settings);
  return { outcome, seconds: (performance.now() - started) / 1000 };
}

async function outcomeOf(pool: Piscina<DocumentTask, DocumentOutcome>, task: DocumentTask, settings: BatchSettings): Promise<DocumentOutcome> {
  if (settings.interrupt.aborted) return { ok: false, code: 'INTERNAL', message: 'interrupted' };
  const timeout = AbortSignal.timeout(settings.timeoutSeconds * 1000);
  try {
    return await pool.run(task, { signal: AbortSignal.any([timeout, settings.interrupt]) });
  } catch (error) {
    if (settings.interrupt.aborted) return { ok: false, code: 'INTERNAL', message: 'interrupted' };
    if (timeout.aborted) {
      return { ok: false, code: 'TIMEOUT', message: `not finished after ${settings.timeoutSeconds} s (--timeout); stopped` };
    }
    if ((error as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY') {
      return { ok: false, code: 'TOO_LARGE', message: `needs more than ${settings.heapLimitMb ?? WORKER_HEAP_LIMIT_MB} MB of memory; stopped` };
    }
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, code: 'INTERNAL', message: `the worker failed: ${message}`, stack: error instanceof Error ? error.stack : undefined };
  }
}
