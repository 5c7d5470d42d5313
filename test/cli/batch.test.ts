import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { XMLParser } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { isRoadmapDocument } from '../../src/model/validate.js';
import { bin, cli, cliIn, scratch } from '../helpers/cli.js';
import { decreeFolder, filesUnder } from '../helpers/folders.js';
import { repoRoot, seedBytes, seedPath } from '../helpers/seeds.js';

const sha256 = (path: string): string => createHash('sha256').update(readFileSync(path)).digest('hex');

const ACTIVITIES: Record<string, number> = { 'khotynets.txt': 21, 'proletarsk.pdf': 25, 'sergokala.docx': 44 };

describe.concurrent('batch over a folder of decrees with one broken file', () => {
  let dir: string;
  beforeAll(() => {
    dir = decreeFolder();
  });

  it('writes one output per good input under --out-dir, names the broken file, exit 1, and leaves the inputs as they were', async () => {
    const out = join(scratch(), 'out');
    const before = filesUnder(dir).map((name) => [name, sha256(join(dir, name))]);
    const { code, stdout, stderr } = await cli(dir, '--out-dir', out);
    expect(filesUnder(dir).map((name) => [name, sha256(join(dir, name))])).toEqual(before);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain(`roadmap-ingest: ${join(dir, 'broken.pdf')}: `);
    expect(stderr).toMatch(/4 documents: 3 ingested, 1 failed; 90 activities;/u);
    // Outside the working directory a folder keeps its own name under --out-dir.
    expect(filesUnder(out)).toEqual([
      'orders/khotynets.txt.roadmap.json',
      'orders/region/proletarsk.pdf.roadmap.json',
      'orders/sergokala.docx.roadmap.json',
    ]);
    for (const [name, count] of Object.entries(ACTIVITIES)) {
      const [path] = filesUnder(out).filter((file) => file.includes(name));
      const document = JSON.parse(readFileSync(join(out, path!), 'utf8'));
      expect(isRoadmapDocument(document)).toBe(true);
      expect(document.roadmaps.reduce((n: number, r: { activities: unknown[] }) => n + r.activities.length, 0)).toBe(count);
    }
  });

  it('writes --format ndjson as one valid document per line, in sorted input order', async () => {
    const { code, stdout } = await cli(dir, '-f', 'ndjson', '--log-level', 'silent');
    expect(code).toBe(1);
    const lines = stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    const documents = lines.map((line) => JSON.parse(line));
    expect(documents.every(isRoadmapDocument)).toBe(true);
    // Sorted by relative path: orders/khotynets.txt < orders/region/… < orders/sergokala.docx.
    expect(documents.map((d) => d.source.file)).toEqual([
      join(dir, 'khotynets.txt'),
      join(dir, 'region', 'proletarsk.pdf'),
      join(dir, 'sergokala.docx'),
    ]);
  });

  it('writes --format csv over the batch as one CSV: one header, a row per activity, the file column telling documents apart', async () => {
    const { code, stdout } = await cli(dir, '-f', 'csv', '--log-level', 'silent');
    expect(code).toBe(1);
    const rows: Record<string, string>[] = parseCsv(stdout, { columns: true });
    expect(rows).toHaveLength(21 + 25 + 44);
    const perFile = new Map<string, number>();
    for (const row of rows) perFile.set(row.file!, (perFile.get(row.file!) ?? 0) + 1);
    expect(Object.fromEntries(perFile)).toEqual({
      [join(dir, 'khotynets.txt')]: 21,
      [join(dir, 'region', 'proletarsk.pdf')]: 25,
      [join(dir, 'sergokala.docx')]: 44,
    });
  });

  it('writes one CSV per input under --out-dir with -f csv, each with its header (and BOM when asked)', async () => {
    const out = join(scratch(), 'out');
    const { code } = await cli(dir, '--out-dir', out, '-f', 'csv', '--bom', '--delimiter', ';', '--log-level', 'silent');
    expect(code).toBe(1);
    expect(filesUnder(out)).toEqual(['orders/khotynets.txt.roadmap.csv', 'orders/region/proletarsk.pdf.roadmap.csv', 'orders/sergokala.docx.roadmap.csv']);
    for (const [name, count] of Object.entries(ACTIVITIES)) {
      const [path] = filesUnder(out).filter((file) => file.includes(name));
      const text = readFileSync(join(out, path!), 'utf8');
      expect(text.startsWith('\uFEFFfile;decree_number;')).toBe(true);
      expect(parseCsv(text, { bom: true, columns: true, delimiter: ';' })).toHaveLength(count);
    }
  });

  it('writes a JSON array with -o when there are several inputs', async () => {
    const output = join(scratch(), 'all.json');
    const { code } = await cli(dir, '-o', output, '--log-level', 'silent');
    expect(code).toBe(1);
    const documents = JSON.parse(readFileSync(output, 'utf8'));
    expect(documents).toHaveLength(3);
    expect(documents.every(isRoadmapDocument)).toBe(true);
  });

  it('reports a JUnit test case per document, the broken one failed', async () => {
    const report = join(scratch(), 'junit.xml');
    const { code } = await cli(dir, '--out-dir', join(scratch(), 'out'), '--report', report);
    expect(code).toBe(1);
    const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(readFileSync(report, 'utf8'));
    const suite = xml.testsuites.testsuite;
    expect(suite.tests).toBe('4');
    expect(suite.failures).toBe('1');
    const cases: { name: string; failure?: { type: string } }[] = suite.testcase;
    expect(cases.map((c) => c.name)).toEqual([
      join(dir, 'broken.pdf'),
      join(dir, 'khotynets.txt'),
      join(dir, 'region', 'proletarsk.pdf'),
      join(dir, 'sergokala.docx'),
    ]);
    expect(cases.filter((c) => c.failure).map((c) => [c.name, c.failure!.type])).toEqual([[join(dir, 'broken.pdf'), 'CORRUPT_DOCUMENT']]);
  });

  it('fails documents with warnings under --strict, in the exit code and in JUnit', async () => {
    const report = join(scratch(), 'junit.xml');
    // Хотынец has no warnings; Сергокала reports its misprinted 4.3.3.5.
    const good = join(scratch(), 'good');
    mkdirSync(good);
    copyFileSync(seedPath('khotynets', 'txt'), join(good, 'khotynets.txt'));
    copyFileSync(seedPath('sergokala', 'txt'), join(good, 'sergokala.txt'));
    const lenient = await cli(good, '--log-level', 'silent', '-f', 'ndjson');
    expect(lenient.code).toBe(0);
    const strict = await cli(good, '--strict', '--report', report, '-f', 'ndjson');
    expect(strict.code).toBe(1);
    const suite = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(readFileSync(report, 'utf8')).testsuites.testsuite;
    const failed = (suite.testcase as { name: string; failure?: unknown }[]).filter((c) => c.failure).map((c) => c.name);
    expect(failed).toEqual([join(good, 'sergokala.txt')]);
  });
});

describe('--shard K/N', () => {
  it('splits a corpus so that shards 1/3, 2/3 and 3/3 cover every input exactly once, the same way every run', async () => {
    const dir = scratch();
    const names = Array.from({ length: 9 }, (_, index) => `decree-${String(index).padStart(2, '0')}.txt`);
    for (const name of names) copyFileSync(seedPath('khotynets', 'txt'), join(dir, name));
    const taken: string[][] = [];
    for (const shard of ['1/3', '2/3', '3/3']) {
      const { code, stdout } = await cliIn(dir, '.', '--shard', shard, '-f', 'ndjson', '--log-level', 'silent');
      expect(code).toBe(0);
      taken.push(stdout.split('\n').filter(Boolean).map((line) => JSON.parse(line).source.file));
    }
    expect(taken.flat().sort()).toEqual(names);
    expect(new Set(taken.flat()).size).toBe(names.length);
    // A hash, not a round-robin: no shard is empty for 9 inputs is likely but not promised, so only re-runs are compared.
    const again = await cliIn(dir, '.', '--shard', '2/3', '-f', 'ndjson', '--log-level', 'silent');
    expect(again.stdout.split('\n').filter(Boolean).map((line) => JSON.parse(line).source.file)).toEqual(taken[1]);
  });

  it.each(['0/3', '4/3', '1/0', 'x'])('rejects --shard %s with exit 2', async (shard) => {
    const { code, stderr } = await cli(seedPath('khotynets', 'txt'), '--shard', shard);
    expect(code).toBe(2);
    expect(stderr).toMatch(/expected K\/N/u);
  });
});

describe.concurrent('inputs: globs, symlinks, collisions', () => {
  it('expands a quoted glob itself and picks only what it matches', async () => {
    const dir = decreeFolder();
    const { code, stdout } = await cliIn(dir, '**/*.pdf', '-f', 'ndjson', '--log-level', 'silent');
    expect(code).toBe(1); // broken.pdf is among the matches
    expect(stdout.trimEnd().split('\n').map((line) => JSON.parse(line).source.file)).toEqual(['region/proletarsk.pdf']);
  });

  it('names a glob that matches nothing, exit 1', async () => {
    const { code, stderr } = await cliIn(scratch(), '*.pdf');
    expect(code).toBe(1);
    expect(stderr.split('\n')[0]).toBe('roadmap-ingest: *.pdf: no documents match the pattern');
  });

  it('reads each file once when a folder holds a symlink loop', async () => {
    const dir = scratch();
    mkdirSync(join(dir, 'a', 'b'), { recursive: true });
    copyFileSync(seedPath('khotynets', 'txt'), join(dir, 'a', 'x.txt'));
    symlinkSync('..', join(dir, 'a', 'b', 'loop'));
    const { code, stdout } = await cliIn(dir, '.', '-f', 'ndjson', '--log-level', 'silent');
    expect(code).toBe(0);
    expect(stdout.trimEnd().split('\n').map((line) => JSON.parse(line).source.file)).toEqual(['a/x.txt']);
  });

  it('refuses, exit 2, two inputs that would overwrite each other under --out-dir', async () => {
    const [a, b] = [scratch(), scratch()];
    copyFileSync(seedPath('khotynets', 'txt'), join(a, 'plan.txt'));
    copyFileSync(seedPath('proletarsk', 'txt'), join(b, 'plan.txt'));
    const out = scratch();
    const { code, stderr } = await cli(join(a, 'plan.txt'), join(b, 'plan.txt'), '--out-dir', out);
    expect(code).toBe(2);
    const [first, second] = [join(a, 'plan.txt'), join(b, 'plan.txt')].sort();
    expect(stderr).toContain(`${first} and ${second} would both be written to ${join(out, 'plan.txt.roadmap.json')}`);
    expect(filesUnder(out)).toEqual([]);
  });

  it('keeps outputs inside --out-dir for inputs given as ../ paths', async () => {
    const root = scratch();
    mkdirSync(join(root, 'work'));
    mkdirSync(join(root, 'elsewhere'));
    copyFileSync(seedPath('khotynets', 'txt'), join(root, 'elsewhere', 'plan.txt'));
    const { code } = await cliIn(join(root, 'work'), '../elsewhere', '--out-dir', 'out');
    expect(code).toBe(0);
    expect(filesUnder(root)).toEqual(['elsewhere/plan.txt', 'work/out/elsewhere/plan.txt.roadmap.json']);
  });

  it('rejects --output together with --out-dir, exit 2', async () => {
    const { code, stderr } = await cli(seedPath('khotynets', 'txt'), '-o', 'x.json', '--out-dir', 'out');
    expect(code).toBe(2);
    expect(stderr).toMatch(/--output and --out-dir cannot be used together/u);
  });
});

describe('progress', () => {
  const folderOfFour = (): string => {
    const dir = scratch();
    for (const name of ['a', 'b', 'c', 'd']) copyFileSync(seedPath('khotynets', 'txt'), join(dir, `${name}.txt`));
    return dir;
  };

  // util-linux `script` gives the CLI a terminal for stderr, as a user's shell does.
  it.runIf(existsSync('/usr/bin/script'))('draws a bar (done, failed, rate, ETA) when stderr is a terminal, then the summary', async () => {
    const dir = folderOfFour();
    const command = `${JSON.stringify(process.execPath)} ${JSON.stringify(bin)} ${JSON.stringify(dir)} --out-dir ${JSON.stringify(join(dir, 'out'))}`;
    const child = spawn('/usr/bin/script', ['-qec', command, '/dev/null'], { cwd: repoRoot });
    let terminal = '';
    child.stdout.on('data', (chunk) => (terminal += chunk));
    expect(await new Promise((resolve) => child.on('exit', resolve))).toBe(0);
    expect(terminal).toMatch(/[0-4]\/4 documents \| 0 failed \| [\d.]+\/s \| ETA/u);
    expect(terminal).toMatch(/4 documents: 4 ingested, 0 failed; 84 activities/u);
  });

  it('draws no bar when stderr is not a terminal (CI logs), only the summary', async () => {
    const dir = folderOfFour();
    const { code, stderr } = await cli(dir, '--out-dir', join(dir, 'out'));
    expect(code).toBe(0);
    expect(stderr).toMatch(/^roadmap-ingest: 4 documents: 4 ingested, 0 failed; 84 activities; warnings: none; [\d.]+ s \([\d.]+ documents\/s\)\.\n$/u);
  });
});

describe('interrupting a batch', () => {
  it.each([
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const)('on %s stops, leaves only complete output files and no temporary ones, exit %i', async (signal, exitCode) => {
    const dir = scratch();
    for (let index = 0; index < 40; index += 1) copyFileSync(seedPath('sergokala', 'docx'), join(dir, `d${String(index).padStart(2, '0')}.docx`));
    const out = join(scratch(), 'out');
    const child = spawn(process.execPath, [bin, dir, '--out-dir', out, '--concurrency', '1'], { cwd: repoRoot });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    // Wait for the first whole output, then interrupt mid-batch.
    while (filesUnder(out).filter((name) => name.endsWith('.roadmap.json')).length === 0) await new Promise((r) => setTimeout(r, 50));
    child.kill(signal);
    expect(await exited).toBe(exitCode);
    const written = filesUnder(out);
    expect(written.length).toBeGreaterThan(0);
    expect(written.length).toBeLessThan(40);
    expect(written.filter((name) => !name.endsWith('.roadmap.json'))).toEqual([]);
    for (const name of written) expect(isRoadmapDocument(JSON.parse(readFileSync(join(out, name), 'utf8')))).toBe(true);
    expect(stderr).toMatch(/interrupted; \d+ of 40 documents were written whole/u);
  });
});

describe('roadmap-ingest schema and validate', () => {
  it('prints the JSON Schema the outputs are validated against', async () => {
    const { code, stdout } = await cli('schema');
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual(JSON.parse(readFileSync(join(repoRoot, 'schemas/roadmap.schema.json'), 'utf8')));
  });

  it('accepts saved outputs (JSON and NDJSON) and reports each error of a tampered one with its path, exit 1', async () => {
    const dir = scratch();
    const { stdout: json } = await cli(seedPath('khotynets', 'txt'));
    writeFileSync(join(dir, 'good.json'), json);
    const { stdout: ndjson } = await cli(seedPath('khotynets', 'txt'), seedPath('proletarsk', 'txt'), '-f', 'ndjson', '--log-level', 'silent');
    writeFileSync(join(dir, 'good.ndjson'), ndjson);
    const tampered = JSON.parse(json);
    tampered.roadmaps[0].activities[2].deadline.kind = 'someday';
    delete tampered.roadmaps[0].activities[4].title;
    writeFileSync(join(dir, 'bad.json'), JSON.stringify(tampered));
    writeFileSync(join(dir, 'truncated.json'), json.slice(0, 100));

    const ok = await cliIn(dir, 'validate', 'good.json', 'good.ndjson');
    expect(ok.code).toBe(0);
    expect(ok.stdout).toBe('good.json: valid (1 document)\ngood.ndjson: valid (2 documents)\n');

    const bad = await cliIn(dir, 'validate', 'good.json', 'bad.json', 'truncated.json');
    expect(bad.code).toBe(1);
    const lines = bad.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('good.json: valid (1 document)');
    expect(lines).toContain('bad.json: /roadmaps/0/activities/2/deadline/kind: must be equal to one of the allowed values');
    expect(lines).toContain("bad.json: /roadmaps/0/activities/4: must have required property 'title'");
    expect(lines.at(-1)).toMatch(/^truncated\.json: not JSON or NDJSON/u);
  });
});
