import { describe, expect, it } from 'vitest';
import { runBatch } from '../../src/cli/batch.js';
import type { BatchInput } from '../../src/cli/inputs.js';
import type { DocumentOutcome, DocumentTask } from '../../src/cli/worker.js';

const worker = new URL('../helpers/scripted-worker.mjs', import.meta.url);
const inputs = (...names: string[]): BatchInput[] => names.map((name) => ({ path: name, relative: name }));
const task = (input: BatchInput): DocumentTask => ({
  path: input.path,
  format: 'ndjson',
  csv: { delimiter: ',', bom: false },
  today: null,
  fallbackYear: null,
  password: null,
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

describe('the worker pool', () => {
  it('stops a document that runs past --timeout, reports it as TIMEOUT, and goes on with the others in input order', async () => {
    const seen = await collect(['a', 'spin', 'slow-b', 'c'], { timeoutSeconds: 2 });
    expect(seen.map(([path, outcome]) => [path, outcome.ok ? 'ok' : outcome.code])).toEqual([
      ['a', 'ok'],
      ['spin', 'TIMEOUT'],
      ['slow-b', 'ok'],
      ['c', 'ok'],
    ]);
    expect(seen[1]![1]).toMatchObject({ message: 'not finished after 2 s (--timeout); stopped' });
  });

  it('fails a document that exhausts its worker heap as TOO_LARGE, and the next one still runs', async () => {
    const seen = await collect(['hog', 'after'], { timeoutSeconds: 30, concurrency: 1 });
    expect(seen.map(([path, outcome]) => [path, outcome.ok ? 'ok' : outcome.code])).toEqual([
      ['hog', 'TOO_LARGE'],
      ['after', 'ok'],
    ]);
  });

  it('hands no outcome on once interrupted', async () => {
    const interrupt = new AbortController();
    setTimeout(() => interrupt.abort('SIGINT'), 1500);
    const seen = await collect(['a', 'spin', 'b', 'c'], { timeoutSeconds: 60, interrupt: interrupt.signal, concurrency: 1 });
    expect(seen.map(([path]) => path)).toEqual(['a']);
  });
});
