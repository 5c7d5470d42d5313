import { describe, expect, it } from 'vitest';
import { runBatch } from '../../src/cli/batch.js';
import type { BatchInput } from '../../src/cli/inputs.js';
import type { DocumentOutcome, DocumentTask } from '../../src/cli/task.js';

const worker = new URL('../helpers/scripted-worker.mjs', import.meta.url);
const inputs = (...names: string[]): BatchInput[] => names.map((name) => ({ path: name, relative: name }));
const task = (input: BatchInput): DocumentTask => ({
  path: input.path,
  format: 'ndjson',
  csv: { delimiter: ',', bom: false },
  today: null,
  ingest: { fallbackYear: null, password: null, ocr: { mode: 'never', lang: 'rus', dpi: 300 } },
  ocrConcurrency: 1,
  cache: null,
});

async function collect(names: string[], settings: { timeoutSeconds: number; interrupt?: AbortSignal; concurrency?: number }) {
  const seen: [string, DocumentOutcome][] = [];
  await runBatch(
    inputs(...names),
    task,
    { concurrency: settings.concurrency ?? 2, timeoutSeconds: settings.timeoutSeconds, interrupt: settings.interrupt ?? new AbortController().signal, workerUrl: worker, heapLimitMb: 64 },
    (input, outcome) => void seen.push([input.path, outcome]),
  );
  return seen;
}

// The pool starts for 4 documents a worker (batch.ts): tests of the pool at -j 2 give it 8 or more.
const FOUR_MORE = ['d', 'e', 'f', 'g'];
const SIX_MORE = ['b', 'c', 'd', 'e', 'f', 'g'];

describe('the worker pool', () => {
  it('stops a document that runs past --timeout, reports it as TIMEOUT, and goes on with the others in input order', async () => {
    const seen = await collect(['a', 'spin', 'slow-b', 'c', ...FOUR_MORE], { timeoutSeconds: 2 });
    expect(seen.map(([path, outcome]) => [path, outcome.ok ? 'ok' : outcome.code])).toEqual([
      ['a', 'ok'],
      ['spin', 'TIMEOUT'],
      ['slow-b', 'ok'],
      ['c', 'ok'],
      ...FOUR_MORE.map((name) => [name, 'ok']),
    ]);
    expect(seen[1]![1]).toMatchObject({ message: 'not finished after 2 s (--timeout); stopped' });
  });

  it('fails a document that exhausts its worker heap as TOO_LARGE, and the next one still runs', async () => {
    const seen = await collect(['hog', 'after', ...SIX_MORE], { timeoutSeconds: 30, concurrency: 2 });
    expect(seen.map(([path, outcome]) => [path, outcome.ok ? 'ok' : outcome.code])).toEqual([
      ['hog', 'TOO_LARGE'],
      ['after', 'ok'],
      ...SIX_MORE.map((name) => [name, 'ok']),
    ]);
  });

  it('hands no outcome on once interrupted', async () => {
    const interrupt = new AbortController();
    setTimeout(() => interrupt.abort('SIGINT'), 1500);
    const seen = await collect(['a', 'spin', 'b', 'c', ...FOUR_MORE], { timeoutSeconds: 60, interrupt: interrupt.signal, concurrency: 2 });
    expect(seen.map(([path]) => path)).toEqual(['a']);
  });

  it('starts for 4 documents a worker at -j 2 and up, and its workers start once and take document after document', async () => {
    const names = ['slow-1', 'slow-2', 'slow-3', 'slow-4', 'slow-5', 'slow-6', 'slow-7', 'slow-8'];
    const seen = await collect(names, { timeoutSeconds: 30, concurrency: 2 });
    expect(seen.map(([path]) => path)).toEqual(names);
    const threads = seen.map(([, outcome]) => (outcome.ok ? /worker (\d+)/u.exec(outcome.output.format === 'ndjson' ? outcome.output.text : '')?.[1] : undefined));
    expect(threads.every((thread) => thread !== undefined)).toBe(true);
    expect(new Set(threads).size).toBe(2);
  });
});

describe('without a pool', () => {
  const placesOf = (seen: [string, DocumentOutcome][]) => seen.map(([path, outcome]) => [path, outcome.ok ? (outcome.output.format === 'ndjson' ? outcome.output.text : '').trim().split(' ')[1] : outcome.code]);

  it('reads one document in the main thread, whatever -j says', async () => {
    expect(placesOf(await collect(['a'], { timeoutSeconds: 30, concurrency: 4 }))).toEqual([['a', 'main']]);
  });

  it('reads a handful of documents in the main thread at -j 2: under 4 a worker, a worker would not pay its start-up back', async () => {
    expect(placesOf(await collect(['a', 'b', 'c', 'd', 'e', 'f', 'g'], { timeoutSeconds: 30, concurrency: 2 }))).toEqual(
      ['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((name) => [name, 'main']),
    );
  });

  it('starts two workers, not four, for 8 to 11 documents at -j 4', async () => {
    const names = Array.from({ length: 9 }, (_, index) => `slow-${index}`);
    const seen = await collect(names, { timeoutSeconds: 30, concurrency: 4 });
    expect(new Set(seen.map(([, outcome]) => (outcome.ok && outcome.output.format === 'ndjson' ? /worker (\d+)/u.exec(outcome.output.text)?.[1] : 'none'))).size).toBe(2);
  });

  it('reads documents one after another in the main thread at -j 1', async () => {
    expect(placesOf(await collect(['a', 'slow-b', 'c'], { timeoutSeconds: 30, concurrency: 1 }))).toEqual([
      ['a', 'main'],
      ['slow-b', 'main'],
      ['c', 'main'],
    ]);
  });

  it('stops a document at its next pause once past --timeout, reports it as TIMEOUT, and goes on', async () => {
    const started = performance.now();
    const seen = await collect(['paced', 'a'], { timeoutSeconds: 1, concurrency: 1 });
    expect(placesOf(seen)).toEqual([
      ['paced', 'TIMEOUT'],
      ['a', 'main'],
    ]);
    expect(seen[0]![1]).toMatchObject({ message: 'not finished after 1 s (--timeout); stopped' });
    // Unstopped, the paced document takes 5 s.
    expect(performance.now() - started).toBeLessThan(4000);
  });

  it('reports a document that ran past --timeout without a pause as TIMEOUT', async () => {
    expect(placesOf(await collect(['busy', 'a'], { timeoutSeconds: 1, concurrency: 1 }))).toEqual([
      ['busy', 'TIMEOUT'],
      ['a', 'main'],
    ]);
  });

  it('stops the document under way and hands no outcome on once interrupted', async () => {
    const interrupt = new AbortController();
    setTimeout(() => interrupt.abort('SIGINT'), 500);
    const started = performance.now();
    const seen = await collect(['a', 'paced', 'b'], { timeoutSeconds: 60, interrupt: interrupt.signal, concurrency: 1 });
    expect(seen.map(([path]) => path)).toEqual(['a']);
    expect(performance.now() - started).toBeLessThan(4000);
  });
});
