import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/seeds.js';

const run = promisify(execFile);

interface Observed {
  /** Array.prototype.push is the one the process started with. */
  pushKept: boolean;
  /** So is JSON.stringify. */
  stringifyKept: boolean;
  /** pdf.js's worker module had been loaded before a PDF was read. */
  workerBeforeReading: boolean;
}

/**
 * In a fresh Node (vitest's own process never shows the replacement): takes
 * Array.prototype.push and JSON.stringify, loads `first` and then the
 * extractor from dist/ (which `npm test` builds), reads a seed PDF, and
 * reports. core-js makes its replacements print as native code, so only
 * identity tells.
 */
async function observe(first: 'extractor' | 'pdfjs-dist'): Promise<Observed> {
  const extractor = pathToFileURL(join(repoRoot, 'dist/extract/pdf/index.js')).href;
  const seed = join(repoRoot, 'fixtures/seeds/000_b44aa535d56c7e00.pdf');
  const script = `
    const platformPush = Array.prototype.push;
    const platformStringify = JSON.stringify;
    ${first === 'pdfjs-dist' ? "await import('pdfjs-dist/legacy/build/pdf.mjs');" : ''}
    const pdf = await import(${JSON.stringify(extractor)});
    const workerBeforeReading = globalThis.pdfjsWorker !== undefined;
    const { readFileSync } = await import('node:fs');
    await pdf.extractPdf(readFileSync(${JSON.stringify(seed)}), { password: null });
    const stringifyKept = JSON.stringify === platformStringify;
    console.log(platformStringify({ pushKept: Array.prototype.push === platformPush, stringifyKept, workerBeforeReading }));`;
  const { stdout } = await run(process.execPath, ['--input-type=module', '-e', script], { cwd: repoRoot });
  return JSON.parse(stdout) as Observed;
}

/** V8 issue 12681, which makes core-js replace push: no TypeError for a push onto a read-only length. */
const platformHasPushBug = ((): boolean => {
  try {
    Object.defineProperty([], 'length', { writable: false }).push();
    return true;
  } catch {
    return false;
  }
})();

describe('loading pdf.js for the extractor', () => {
  it("keeps the platform's Array.prototype.push, which the legacy build's core-js replaces on Node 20", async () => {
    expect((await observe('extractor')).pushKept).toBe(true);
  });

  it("keeps the platform's JSON.stringify, which core-js replaces with one 26 times slower on a large roadmap", async () => {
    expect((await observe('extractor')).stringifyKept).toBe(true);
  });

  it('loads the worker only once a PDF is read, so text and DOCX runs do not pay for it', async () => {
    expect((await observe('extractor')).workerBeforeReading).toBe(false);
  });

  it.runIf(platformHasPushBug)('cannot keep push when pdf.js was loaded before the extractor', async () => {
    expect((await observe('pdfjs-dist')).pushKept).toBe(false);
  });
});
