/**
 * Issue 15: in the process's main thread, pdf.js parses in a thread of its
 * own (src/extract/pdf/parser-thread.ts). Vitest runs this file in a child
 * process's main thread, so every read here goes through that thread.
 */
import { execFile } from 'node:child_process';
import { getEventListeners } from 'node:events';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { extractPdf } from '../../src/extract/pdf/index.js';
import { ParserThread, parserThread } from '../../src/extract/pdf/parser-thread.js';
import { CorruptDocumentError, InputTooLargeError } from '../../src/extract/errors.js';
import { ingest } from '../../src/ingest.js';
import { repoRoot, seedBytes, seedPath } from '../helpers/seeds.js';

const run = promisify(execFile);

const options = { password: null };

/** Why the thread ended, once it has. */
const lostReason = (thread: ParserThread): Promise<unknown> =>
  new Promise((resolve) => {
    if (thread.lost.aborted) resolve(thread.lost.reason);
    else thread.lost.addEventListener('abort', () => resolve(thread.lost.reason), { once: true });
  });

describe('pdf.js parsing in a thread of its own', () => {
  it('reads a whole decree through it, and the next one through the same thread', async () => {
    const thread = parserThread();
    expect(thread).not.toBeNull();
    const first = await ingest(seedBytes('khotynets', 'pdf'), { file: 'khotynets.pdf' });
    expect(first.roadmaps[0]!.activities).toHaveLength(21);
    expect(first.roadmaps[0]!.activities[0]!.title).toMatch(/^Разработка и реализация планов мероприятий/u);
    expect(parserThread()).toBe(thread);
    const second = await extractPdf(seedBytes('proletarsk', 'pdf'), options);
    expect(second.pages).toBeGreaterThan(0);
    expect(parserThread()).toBe(thread);
    // A finished reading leaves nothing waiting on the thread: whatever waited would keep the reading's result alive.
    expect(getEventListeners(thread!.lost, 'abort')).toHaveLength(0);
  });

  it('reads a dozen PDFs at once through the one thread without a listener-leak warning from either side', async () => {
    // A process of its own, whose stderr holds what the parser thread prints too (npm test builds dist/ first).
    const script = `
      import { readFileSync } from 'node:fs';
      const { extractPdf } = await import(${JSON.stringify(join(repoRoot, 'dist/extract/pdf/index.js'))});
      const bytes = readFileSync(${JSON.stringify(seedPath('khotynets', 'pdf'))});
      const layouts = await Promise.all(Array.from({ length: 12 }, () => extractPdf(bytes, { password: null })));
      console.log(layouts.map((layout) => layout.pages).join(','));`;
    const { stdout, stderr } = await run(process.execPath, ['--input-type=module', '-e', script]);
    expect(stdout.trim()).toBe(Array(12).fill(4).join(','));
    expect(stderr).not.toContain('MaxListenersExceededWarning');
  });

  it('gives up a reading that is stopped, with the stop reason, and ends the thread that worked for it', async () => {
    const thread = parserThread()!;
    const stop = new AbortController();
    const reading = extractPdf(seedBytes('ipatovo', 'pdf'), { ...options, signal: stop.signal });
    stop.abort(new Error('stopped by the test'));
    await expect(reading).rejects.toThrow('stopped by the test');
    expect(await lostReason(thread)).toBeInstanceOf(CorruptDocumentError);
    expect(thread.alive).toBe(false);
    // The next document starts a new thread.
    const next = await extractPdf(seedBytes('khotynets', 'pdf'), options);
    expect(next.pages).toBe(4);
    expect(parserThread()).not.toBe(thread);
  });

  it('turns a thread lost mid-document into a one-line CORRUPT_DOCUMENT error, not a hang', async () => {
    const thread = parserThread()!;
    const reading = extractPdf(seedBytes('sergokala', 'pdf'), options);
    thread.abandon();
    const error = await reading.then(
      () => null,
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(CorruptDocumentError);
    expect((error as CorruptDocumentError).code).toBe('CORRUPT_DOCUMENT');
    expect((error as Error).message).toMatch(/^pdf\.js's parser thread ended/u);
    expect((error as Error).message).not.toContain('\n');
  });

  it('turns a thread out of memory into TOO_LARGE, naming the limit', async () => {
    // 8 MB is less than pdf.js's parser needs to load at all.
    const error = await lostReason(new ParserThread(8));
    expect(error).toBeInstanceOf(InputTooLargeError);
    expect((error as InputTooLargeError).code).toBe('TOO_LARGE');
    expect((error as Error).message).toBe('parsing the PDF needs more than 8 MB of memory; stopped');
  });
});
