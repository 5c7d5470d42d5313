/**
 * Issue 17: `--cache DIR`. A document whose bytes and settings were seen
 * before is read back instead of ingested, and the output is the one a
 * fresh run writes; nothing the cache folder holds is trusted unchecked.
 */
import { cpSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli, cliIn, scratch } from '../helpers/cli.js';
import { decreeFolder, filesUnder } from '../helpers/folders.js';
import { repoRoot } from '../helpers/seeds.js';

const CACHE_ENTRY = /^[0-9a-f]{2}\/[0-9a-f]{64}\.json$/u;
const entriesIn = (cache: string): string[] => filesUnder(cache).filter((name) => CACHE_ENTRY.test(name));
const junitSuite = (path: string) => new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(readFileSync(path, 'utf8')).testsuites.testsuite;

/** The folder's three good documents (text, PDF, DOCX) and its broken PDF, as the batch tests use it. */
describe('--cache over a folder of decrees', () => {
  let dir: string;
  let fresh: string;
  beforeAll(async () => {
    dir = decreeFolder();
    const run = await cli(dir, '-f', 'ndjson', '--log-level', 'silent');
    expect(run.code).toBe(1);
    fresh = run.stdout;
  });

  it('stores the three ingested documents (not the broken one), reads all three back on the second run, and writes the same bytes', async () => {
    const cache = join(scratch(), 'cache');
    const first = join(scratch(), 'first.ndjson');
    const second = join(scratch(), 'second.ndjson');
    const report = join(scratch(), 'junit.xml');
    const cold = await cli(dir, '--cache', cache, '-f', 'ndjson', '-o', first);
    expect(cold.code).toBe(1);
    expect(cold.stderr).toMatch(/4 documents: 3 ingested \(0 from the cache\), 1 failed; 90 activities;/u);
    expect(entriesIn(cache)).toHaveLength(3);
    expect(filesUnder(cache).filter((name) => name.endsWith('.tmp'))).toEqual([]);

    const warm = await cli(dir, '--cache', cache, '-f', 'ndjson', '-o', second, '--report', report);
    expect(warm.code).toBe(1);
    expect(warm.stderr).toMatch(/4 documents: 3 ingested \(3 from the cache\), 1 failed; 90 activities;/u);
    expect(warm.stderr).toContain(`${join(dir, 'broken.pdf')}: `);
    expect(readFileSync(first, 'utf8')).toBe(fresh);
    expect(readFileSync(second, 'utf8')).toBe(fresh);

    const suite = junitSuite(report);
    expect(suite.properties.property).toEqual({ name: 'cache-hits', value: '3' });
    const cached = (suite.testcase as { name: string; properties?: { property: { value: string } } }[]).map((c) => [c.name, c.properties?.property.value ?? null]);
    expect(cached).toEqual([
      [join(dir, 'broken.pdf'), null],
      [join(dir, 'khotynets.txt'), 'true'],
      [join(dir, 'region', 'proletarsk.pdf'), 'true'],
      [join(dir, 'sergokala.docx'), 'true'],
    ]);
  });

  it('writes every format from the cached documents as a fresh run does: --out-dir JSON, CSV', async () => {
    const cache = join(scratch(), 'cache');
    await cli(dir, '--cache', cache, '-f', 'ndjson', '--log-level', 'silent');
    for (const format of ['json', 'csv']) {
      const [outFresh, outCached] = [join(scratch(), 'out'), join(scratch(), 'out')];
      await cli(dir, '--out-dir', outFresh, '-f', format, '--log-level', 'silent');
      const warm = await cli(dir, '--out-dir', outCached, '-f', format, '--cache', cache);
      expect(warm.stderr).toContain('3 ingested (3 from the cache)');
      expect(filesUnder(outCached)).toEqual(filesUnder(outFresh));
      expect(filesUnder(outCached)).toHaveLength(3);
      for (const name of filesUnder(outFresh)) expect(readFileSync(join(outCached, name), 'utf8'), name).toBe(readFileSync(join(outFresh, name), 'utf8'));
    }
  });

  it('names the file as this run was given it: a folder moved elsewhere still hits, with source.file its new path', async () => {
    const cache = join(scratch(), 'cache');
    await cli(dir, '--cache', cache, '--log-level', 'silent');
    const moved = join(scratch(), 'renamed');
    cpSync(dir, moved, { recursive: true });
    const { stdout: movedFresh } = await cli(moved, '-f', 'ndjson', '--log-level', 'silent');
    const warm = await cli(moved, '--cache', cache, '-f', 'ndjson');
    expect(warm.stderr).toContain('3 ingested (3 from the cache)');
    expect(warm.stdout).toBe(movedFresh);
    expect(warm.stdout.trimEnd().split('\n').map((line) => JSON.parse(line).source.file)).toEqual([
      join(moved, 'khotynets.txt'),
      join(moved, 'region', 'proletarsk.pdf'),
      join(moved, 'sergokala.docx'),
    ]);
  });

  it('keys on the settings that change the document: --year and --password miss the entries made without them', async () => {
    const cache = join(scratch(), 'cache');
    await cli(dir, '--cache', cache, '--log-level', 'silent');
    const withYear = await cli(dir, '--cache', cache, '--year', '2024', '-f', 'ndjson');
    expect(withYear.stderr).toContain('3 ingested (0 from the cache)');
    const withPassword = await cli(dir, '--cache', cache, '--password', 'secret', '-f', 'ndjson');
    expect(withPassword.stderr).toContain('3 ingested (0 from the cache)');
    expect(entriesIn(cache)).toHaveLength(9);
    const again = await cli(dir, '--cache', cache, '--year', '2024', '-f', 'ndjson');
    expect(again.stderr).toContain('3 ingested (3 from the cache)');
  });

  it('never trusts an entry that is cut short, from another version, not JSON, or holds another document: each is a miss and is replaced', async () => {
    const cache = join(scratch(), 'cache');
    await cli(dir, '--cache', cache, '--log-level', 'silent');
    const entries = entriesIn(cache).map((name) => join(cache, name));
    expect(entries).toHaveLength(3);
    const byFile = new Map(entries.map((path) => [JSON.parse(readFileSync(path, 'utf8')).document.source.file as string, path]));
    const [text, pdf, docx] = [join(dir, 'khotynets.txt'), join(dir, 'region', 'proletarsk.pdf'), join(dir, 'sergokala.docx')].map((file) => byFile.get(file)!) as [string, string, string];

    const whole = readFileSync(text, 'utf8');
    writeFileSync(text, whole.slice(0, Math.floor(whole.length / 2)));
    const other = JSON.parse(readFileSync(pdf, 'utf8'));
    writeFileSync(pdf, JSON.stringify({ ...other, version: '0.0.1' }));
    // The DOCX's entry swapped for the text's: sound JSON of the right kind, but another input's document.
    writeFileSync(docx, JSON.stringify({ ...JSON.parse(whole), key: JSON.parse(readFileSync(docx, 'utf8')).key }));

    const afterTampering = await cli(dir, '--cache', cache, '-f', 'ndjson');
    expect(afterTampering.stderr).toContain('3 ingested (0 from the cache)');
    expect(afterTampering.stdout).toBe(fresh);

    writeFileSync(text, 'not json at all');
    writeFileSync(pdf, '');
    const afterGarbage = await cli(dir, '--cache', cache, '-f', 'ndjson');
    expect(afterGarbage.stderr).toContain('3 ingested (1 from the cache)');
    expect(afterGarbage.stdout).toBe(fresh);

    // Replaced by sound entries: the next run reads all three back.
    const repaired = await cli(dir, '--cache', cache, '-f', 'ndjson');
    expect(repaired.stderr).toContain('3 ingested (3 from the cache)');
    expect(repaired.stdout).toBe(fresh);
    const version = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')).version;
    for (const path of [text, pdf, docx]) expect(JSON.parse(readFileSync(path, 'utf8')).version).toBe(version);
  });

  it('is shared safely by two processes at once: both write what a fresh run writes, and the folder holds three sound entries', async () => {
    const cache = join(scratch(), 'cache');
    const [a, b] = await Promise.all([cli(dir, '--cache', cache, '-f', 'ndjson', '-j', '1'), cli(dir, '--cache', cache, '-f', 'ndjson', '-j', '2')]);
    expect(a.stdout).toBe(fresh);
    expect(b.stdout).toBe(fresh);
    expect(entriesIn(cache)).toHaveLength(3);
    expect(filesUnder(cache).filter((name) => !CACHE_ENTRY.test(name))).toEqual([]);
    const third = await cli(dir, '--cache', cache, '-f', 'ndjson');
    expect(third.stderr).toContain('3 ingested (3 from the cache)');
    expect(third.stdout).toBe(fresh);
  });

  it('refuses a --cache that cannot be a folder before reading anything (exit 2)', async () => {
    const file = join(scratch(), 'a-file');
    writeFileSync(file, 'x');
    const { code, stdout, stderr } = await cli(dir, '--cache', file);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^roadmap-ingest: --cache .*a-file: cannot use it as the cache folder \(EEXIST\)\n/u);
  });
});

describe('--cache with one document named', () => {
  it('writes the bare document, the same bytes from the cache, relative to the working directory', async () => {
    const root = scratch();
    cpSync(decreeFolder(), join(root, 'orders'), { recursive: true });
    renameSync(join(root, 'orders', 'khotynets.txt'), join(root, 'decree.txt'));
    const fresh = await cliIn(root, 'decree.txt');
    const cold = await cliIn(root, 'decree.txt', '--cache', '.cache');
    const warm = await cliIn(root, 'decree.txt', '--cache', '.cache');
    expect([cold.code, warm.code]).toEqual([0, 0]);
    expect(cold.stdout).toBe(fresh.stdout);
    expect(warm.stdout).toBe(fresh.stdout);
    expect(JSON.parse(warm.stdout).source.file).toBe('decree.txt');
    expect(readdirSync(join(root, '.cache'))).toHaveLength(1);
  });
});

describe('the --cache key and OCR', () => {
  it('keys on --ocr, --ocr-lang and --dpi, which change the document, and not on how many pages are OCR’d at once', async () => {
    const { cacheKey } = await import('../../src/cli/cache/key.js');
    const sha = 'a'.repeat(64);
    const settings = { fallbackYear: null, password: null, ocr: { mode: 'auto' as const, lang: 'rus', dpi: 300 } };
    const keys = new Set([
      cacheKey(sha, settings),
      cacheKey(sha, { ...settings, ocr: { ...settings.ocr, mode: 'never' } }),
      cacheKey(sha, { ...settings, ocr: { ...settings.ocr, lang: 'rus+eng' } }),
      cacheKey(sha, { ...settings, ocr: { ...settings.ocr, dpi: 200 } }),
    ]);
    expect(keys.size).toBe(4);
  });
});
