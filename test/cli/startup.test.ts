/**
 * Issue 15: what a run of the built CLI loads. One document is read in the
 * main thread, with only what its format needs: a text decree loads neither
 * pdf.js nor mammoth, nor the worker pool, nor the schema compiler; a PDF
 * has pdf.js parse in a thread of its own.
 */
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { bin, scratch } from '../helpers/cli.js';
import { repoRoot, seedPath } from '../helpers/seeds.js';

const run = promisify(execFile);
const preload = join(repoRoot, 'test/helpers/record-modules.mjs');

interface Recorded {
  /** The packages (node_modules/<name>) each thread loaded, from node_modules or inside the bundle, by thread: `main` or a worker's id. */
  packages: Map<string, Set<string>>;
  /** Every module file the main thread loaded, and each package file inside the bundle files it loaded. */
  modules: string[];
  pushKept: boolean;
  stringifyKept: boolean;
}

async function recordRun(...args: string[]): Promise<Recorded> {
  const record = join(scratch(), 'modules.jsonl');
  await run(process.execPath, ['--import', preload, bin, ...args], { cwd: repoRoot, env: { ...process.env, RECORD_MODULES: record }, maxBuffer: 64 << 20 });
  const packages = new Map<string, Set<string>>();
  const recorded: Recorded = { packages, modules: [], pushKept: false, stringifyKept: false };
  for (const line of readFileSync(record, 'utf8').trim().split('\n')) {
    const entry = JSON.parse(line) as { thread?: string | number; module?: string; pushKept?: boolean; stringifyKept?: boolean };
    const thread = String(entry.thread ?? 'main');
    if (!packages.has(thread)) packages.set(thread, new Set());
    const name = entry.module && /node_modules\/((?:@[^/]+\/)?[^/]+)/u.exec(entry.module)?.[1];
    if (name) packages.get(thread)!.add(name);
    if (entry.module && thread === 'main') recorded.modules.push(entry.module);
    // The bundle takes in the packages every run loads; its source map lists each file it took in.
    // (rolldown's runtime chunk has no map: it takes in no file.)
    if (entry.module?.startsWith('file:') && /\/dist\/cli\/[^/]+\.js$/u.test(entry.module) && existsSync(new URL(`${entry.module}.map`))) {
      const { sources } = JSON.parse(readFileSync(new URL(`${entry.module}.map`), 'utf8')) as { sources: string[] };
      for (const taken of sources.filter((source) => source.includes('node_modules/'))) {
        packages.get(thread)!.add(/node_modules\/((?:@[^/]+\/)?[^/]+)/u.exec(taken)![1]!);
        if (thread === 'main') recorded.modules.push(taken);
      }
    }
    if (entry.pushKept !== undefined && thread === 'main') Object.assign(recorded, { pushKept: entry.pushKept, stringifyKept: entry.stringifyKept });
  }
  return recorded;
}

const PDF_READER = ['pdfjs-dist', '@napi-rs/canvas'];
const WORD_READER = ['mammoth', 'jszip'];

describe('what one document loads', () => {
  it('a text decree: no pdf.js, canvas, mammoth, worker pool, schema compiler, logger, glob or encoding detector', async () => {
    const { packages, modules } = await recordRun(seedPath('khotynets', 'txt'));
    expect([...packages.keys()]).toEqual(['main']);
    const loaded = packages.get('main')!;
    for (const name of [...PDF_READER, ...WORD_READER, 'piscina', 'pino', 'tinyglobby', 'jschardet', 'junit-report-builder', 'cli-progress']) {
      expect(loaded, name).not.toContain(name);
    }
    expect(loaded).toContain('xstate');
    // The validator is ajv's standalone code: of ajv, only its runtime helpers load, not its compiler.
    expect(modules.filter((module) => /node_modules\/ajv\//u.test(module))).toEqual([expect.stringMatching(/ajv\/dist\/runtime\//u)]);
    // Of natural, the Russian stemmer's own files: natural's index takes over a second and prints to stdout.
    const natural = modules.filter((module) => /node_modules\/natural\//u.test(module));
    expect(natural).toContainEqual(expect.stringMatching(/stemmers\/stemmer_ru\.js$/u));
    expect(natural.filter((module) => !/natural\/lib\/natural\/(?:stemmers|tokenizers|util)\//u.test(module))).toEqual([]);
  });

  it("a PDF: pdf.js and its canvas binding, pdf.js's parser in one thread of its own, not mammoth; the platform builtins pdf.js replaces are put back", async () => {
    const { packages, pushKept, stringifyKept } = await recordRun(seedPath('khotynets', 'pdf'));
    const others = [...packages.keys()].filter((thread) => thread !== 'main');
    expect(others).toHaveLength(1);
    // The parser thread loads pdf.js's parser, none of the pipeline.
    for (const name of ['xstate', 'commander', ...WORD_READER]) expect(packages.get(others[0]!)).not.toContain(name);
    for (const name of PDF_READER) expect(packages.get('main')).toContain(name);
    for (const name of WORD_READER) expect(packages.get('main')).not.toContain(name);
    expect({ pushKept, stringifyKept }).toEqual({ pushKept: true, stringifyKept: true });
  });

  it('a DOCX: mammoth, not pdf.js', async () => {
    const { packages } = await recordRun(seedPath('khotynets', 'docx'));
    for (const name of WORD_READER) expect(packages.get('main')).toContain(name);
    for (const name of PDF_READER) expect(packages.get('main')).not.toContain(name);
  });

  it('several documents at -j 1: still the main thread alone', async () => {
    const { packages } = await recordRun(seedPath('khotynets', 'txt'), seedPath('proletarsk', 'txt'), '-j', '1', '-f', 'ndjson');
    expect([...packages.keys()]).toEqual(['main']);
    expect(packages.get('main')).not.toContain('piscina');
  });

  it('several documents all read back from --cache: no worker pool and no format reader start', async () => {
    const cache = join(scratch(), 'cache');
    const inputs = [seedPath('khotynets', 'txt'), seedPath('proletarsk', 'pdf'), seedPath('belomorsk', 'docx')];
    await run(process.execPath, [bin, ...inputs, '--cache', cache, '-j', '2', '-f', 'ndjson'], { cwd: repoRoot, maxBuffer: 64 << 20 });
    const { packages } = await recordRun(...inputs, '--cache', cache, '-j', '2', '-f', 'ndjson');
    expect([...packages.keys()]).toEqual(['main']);
    for (const name of ['piscina', ...PDF_READER, ...WORD_READER, 'xstate']) expect(packages.get('main')).not.toContain(name);
  });

  it('a handful of documents at -j 2: the main thread alone, no pool', async () => {
    const { packages } = await recordRun(seedPath('khotynets', 'txt'), seedPath('proletarsk', 'docx'), seedPath('belomorsk', 'txt'), '-j', '2', '-f', 'ndjson');
    expect([...packages.keys()]).toEqual(['main']);
    expect(packages.get('main')).not.toContain('piscina');
  });

  it('eight documents at -j 2: a pool of two workers reads them; the main thread loads no reader', async () => {
    const seeds = ['khotynets', 'proletarsk', 'belomorsk', 'ipatovo', 'sergokala'] as const;
    const inputs = [...seeds.map((seed) => seedPath(seed, 'txt')), ...seeds.slice(0, 3).map((seed) => seedPath(seed, 'pdf'))];
    const { packages } = await recordRun(...inputs, '-j', '2', '-f', 'ndjson');
    const workers = [...packages.keys()].filter((thread) => thread !== 'main');
    expect(workers).toHaveLength(2);
    expect(packages.get('main')).toContain('piscina');
    for (const name of [...PDF_READER, 'xstate']) expect(packages.get('main')).not.toContain(name);
  });
});
