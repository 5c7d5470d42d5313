/**
 * -f xlsx, ics and html through the command line: with -o, --out-dir,
 * batches, --strict, atomic writes, the summary and the progress bar, as
 * -f json and csv are. Activity counts per seed are those of
 * test/helpers/folders.ts: Хотынец 21, Пролетарск 25, Сергокала 44.
 */
import { execFile, spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import ExcelJS from 'exceljs';
import ICAL from 'ical.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { bin, cli, cliIn, scratch } from '../helpers/cli.js';
import { decreeFolder, filesUnder } from '../helpers/folders.js';
import { repoRoot, seedPath } from '../helpers/seeds.js';

async function workbookRows(path: string | Buffer, sheet = 'Мероприятия'): Promise<unknown[][]> {
  const workbook = new ExcelJS.Workbook();
  if (typeof path === 'string') await workbook.xlsx.readFile(path);
  else await workbook.xlsx.load(path as unknown as ExcelJS.Buffer);
  const rows: unknown[][] = [];
  workbook.getWorksheet(sheet)!.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}

const countBy = (values: unknown[]): Record<string, number> => {
  const counts: Record<string, number> = {};
  for (const value of values) counts[String(value)] = (counts[String(value)] ?? 0) + 1;
  return counts;
};

describe('--help', () => {
  it('lists the formats for people and what each is for', async () => {
    const stdout = (await cli('--help')).stdout.replace(/\s+/gu, ' ');
    expect(stdout).toMatch(/xlsx \(for spreadsheets: Excel, LibreOffice\)/u);
    expect(stdout).toMatch(/ics \(deadlines for a calendar\)/u);
    expect(stdout).toMatch(/html \(a report to read\)/u);
    expect(stdout).toContain('"json", "ndjson", "csv", "xlsx", "ics", "html"');
  });
});

/** A CLI run over several documents, PDF among them, on a machine other jobs share. */
const SLOW = 180_000;

describe('a batch with one broken file', { timeout: SLOW }, () => {
  let dir: string;
  beforeAll(() => {
    dir = decreeFolder();
  });

  it('-f xlsx -o: one workbook, a Файл column, every good document’s rows; the broken one named, exit 1, no temporary file', async () => {
    const out = scratch();
    const { code, stdout, stderr } = await cli(dir, '-f', 'xlsx', '-o', join(out, 'all.xlsx'));
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/4 documents: 3 ingested, 1 failed; 90 activities;/u);
    expect(filesUnder(out)).toEqual(['all.xlsx']);
    const rows = await workbookRows(join(out, 'all.xlsx'));
    expect(rows[0]![0]).toBe('Файл');
    expect(countBy(rows.slice(1).map((row) => row[0]))).toEqual({
      [join(dir, 'khotynets.txt')]: 21,
      [join(dir, 'region', 'proletarsk.pdf')]: 25,
      [join(dir, 'sergokala.docx')]: 44,
    });
  });

  it('-f xlsx --out-dir: one workbook per input, without a Файл column', async () => {
    const out = join(scratch(), 'out');
    const { code } = await cli(dir, '-f', 'xlsx', '--out-dir', out, '--log-level', 'silent');
    expect(code).toBe(1);
    expect(filesUnder(out)).toEqual(['orders/khotynets.txt.roadmap.xlsx', 'orders/region/proletarsk.pdf.roadmap.xlsx', 'orders/sergokala.docx.roadmap.xlsx']);
    const rows = await workbookRows(join(out, 'orders/sergokala.docx.roadmap.xlsx'));
    expect(rows[0]![0]).toBe('Номер приказа');
    expect(rows).toHaveLength(1 + 44);
  });

  it('-f ics -o: one calendar of every document’s events, the summary saying how many and what was left out', async () => {
    const output = join(scratch(), 'all.ics');
    const { code, stderr } = await cli(dir, '-f', 'ics', '-o', output);
    expect(code).toBe(1);
    const summary = /calendar: (\d+) events, (\d+) left out \(([^)]*)\);/u.exec(stderr);
    expect(summary).not.toBeNull();
    const calendar = new ICAL.Component(ICAL.parse(readFileSync(output, 'utf8')));
    expect(calendar.getAllSubcomponents('vevent')).toHaveLength(Number(summary![1]));
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Дорожные карты');
    // Сергокала's «По отдельном у графику» rows (scheduled) and its two empty deadlines (unspecified) are among those left out.
    expect(summary![3]).toMatch(/\d+ scheduled/u);
    expect(summary![3]).toMatch(/\d+ unspecified/u);
  });

  it('-f html --out-dir: a report per input and an index linking each, with counts, and naming the broken file', async () => {
    const out = join(scratch(), 'out');
    const { code } = await cli(dir, '-f', 'html', '--out-dir', out, '--log-level', 'silent');
    expect(code).toBe(1);
    expect(filesUnder(out)).toEqual([
      'index.html',
      'orders/khotynets.txt.roadmap.html',
      'orders/region/proletarsk.pdf.roadmap.html',
      'orders/sergokala.docx.roadmap.html',
    ]);
    const index = readFileSync(join(out, 'index.html'), 'utf8');
    const links = [...index.matchAll(/<tr><td><a href="([^"]+)">([^<]+)<\/a><\/td><td class="place">[^<]*<\/td><td class="number">(\d+)<\/td><td class="number">(\d+)<\/td><\/tr>/gu)];
    expect(links.map((link) => [link[1], link[2], Number(link[3])])).toEqual([
      ['orders/khotynets.txt.roadmap.html', 'Приказ № 515 от 08.12.2023', 21],
      ['orders/region/proletarsk.pdf.roadmap.html', 'Приказ № 345 от 29.09.2023', 25],
      ['orders/sergokala.docx.roadmap.html', 'Приказ № 1/1 от 09.01.2023', 44],
    ]);
    for (const [, href] of links) expect(existsSync(join(out, href!))).toBe(true);
    expect(index).toMatch(/<td>broken\.pdf<\/td><td class="place">[^<]*broken\.pdf<\/td><td colspan="2">не прочитан: /u);
    expect(readFileSync(join(out, 'orders/khotynets.txt.roadmap.html'), 'utf8')).toMatch(/^<!DOCTYPE html>[\s\S]*<title>Приказ № 515 от 08\.12\.2023<\/title>[\s\S]*<\/html>\n$/u);
  });

  it('-f html -o: one page holding every document’s report', async () => {
    const output = join(scratch(), 'all.html');
    const { code } = await cli(dir, '-f', 'html', '-o', output, '--log-level', 'silent');
    expect(code).toBe(1);
    const page = readFileSync(output, 'utf8');
    expect(page.match(/<article class="document">/gu)).toHaveLength(3);
    expect(page.match(/<html/gu)).toHaveLength(1);
    expect(page).toContain('<title>Дорожные карты</title>');
  });
});

describe('one document', { timeout: SLOW }, () => {
  it('-f ics on stdout: a calendar, and one line on stderr saying what it leaves out', async () => {
    const { code, stdout, stderr } = await cli(seedPath('proletarsk', 'txt'), '-f', 'ics', '--log-level', 'error');
    expect(code).toBe(0);
    expect(stdout.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    // Seed 001: 4 periods, «ежеквартально», «декабрь 2023, июнь 2024» (two events); 19 rows «в течение года».
    expect(stderr).toBe(`roadmap-ingest: ${seedPath('proletarsk', 'txt')}: calendar: 7 events, 19 left out (19 ongoing)\n`);
    expect(new ICAL.Component(ICAL.parse(stdout)).getAllSubcomponents('vevent')).toHaveLength(7);
  });

  it('-f ics --out-dir: one calendar per input, each named after its decree', async () => {
    const dir = scratch();
    copyFileSync(seedPath('khotynets', 'txt'), join(dir, 'khotynets.txt'));
    copyFileSync(seedPath('belomorsk', 'txt'), join(dir, 'belomorsk.txt'));
    const { code } = await cliIn(dir, '.', '-f', 'ics', '--out-dir', 'out', '--log-level', 'silent');
    expect(code).toBe(0);
    expect(filesUnder(join(dir, 'out'))).toEqual(['belomorsk.txt.roadmap.ics', 'khotynets.txt.roadmap.ics']);
    const calendar = new ICAL.Component(ICAL.parse(readFileSync(join(dir, 'out', 'khotynets.txt.roadmap.ics'), 'utf8')));
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Приказ № 515 от 08.12.2023');
    expect(calendar.getAllSubcomponents('vevent').length).toBeGreaterThan(10);
  });

  it('-f xlsx on a pipe: the workbook’s bytes', async () => {
    const { stdout } = await promisify(execFile)(process.execPath, [bin, seedPath('khotynets', 'txt'), '-f', 'xlsx'], { encoding: 'buffer', maxBuffer: 64 << 20 });
    expect(stdout.subarray(0, 2).toString()).toBe('PK');
    expect(await workbookRows(stdout)).toHaveLength(1 + 21);
  });

  it.runIf(existsSync('/usr/bin/script'))('-f xlsx on a terminal: refused before anything is read, exit 2', async () => {
    const command = `${JSON.stringify(process.execPath)} ${JSON.stringify(bin)} ${JSON.stringify(seedPath('khotynets', 'txt'))} -f xlsx`;
    const child = spawn('/usr/bin/script', ['-qec', command, '/dev/null'], { cwd: repoRoot });
    let terminal = '';
    child.stdout.on('data', (chunk) => (terminal += chunk));
    expect(await new Promise((resolve) => child.on('exit', resolve))).toBe(2);
    expect(terminal).toContain('-f xlsx writes a binary workbook: name a file with -o');
  });

  it('--strict: a document with warnings fails (exit 1) and its workbook is still written', async () => {
    const output = join(scratch(), 'plan.xlsx');
    const { code, stderr } = await cli(seedPath('sergokala', 'txt'), '-f', 'xlsx', '-o', output, '--strict', '--log-level', 'error');
    expect(code).toBe(1);
    expect(stderr).toContain('has warnings (--strict)');
    expect((await workbookRows(output, 'Предупреждения')).length).toBeGreaterThan(1);
  });

  it('writes nothing for an input that fails, with any format', async () => {
    const dir = scratch();
    const runs = await Promise.all(['xlsx', 'ics', 'html'].map((format) => cliIn(dir, 'missing.txt', '-f', format, '-o', `out.${format}`)));
    expect(runs.map((run) => run.code)).toEqual([1, 1, 1]);
    expect(filesUnder(dir)).toEqual([]);
  });
});

describe('interrupting a workbook batch', { timeout: SLOW }, () => {
  it('leaves neither the workbook nor its temporary file, exit 130', async () => {
    const dir = scratch();
    for (let index = 0; index < 30; index += 1) copyFileSync(seedPath('khotynets', 'docx'), join(dir, `d${String(index).padStart(2, '0')}.docx`));
    const out = scratch();
    const child = spawn(process.execPath, [bin, dir, '-f', 'xlsx', '-o', join(out, 'all.xlsx'), '--concurrency', '1'], { cwd: repoRoot });
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    // The workbook is being streamed into its temporary file: interrupt mid-batch.
    while (filesUnder(out).length === 0) await new Promise((resolve) => setTimeout(resolve, 50));
    child.kill('SIGINT');
    expect(await exited).toBe(130);
    expect(filesUnder(out)).toEqual([]);
  });
});

describe('progress', { timeout: SLOW }, () => {
  it.runIf(existsSync('/usr/bin/script'))('draws the bar on a terminal with -f html --out-dir too', async () => {
    const dir = scratch();
    mkdirSync(join(dir, 'in'));
    for (const name of ['a', 'b', 'c']) copyFileSync(seedPath('khotynets', 'txt'), join(dir, 'in', `${name}.txt`));
    const command = `${JSON.stringify(process.execPath)} ${JSON.stringify(bin)} ${JSON.stringify(join(dir, 'in'))} -f html --out-dir ${JSON.stringify(join(dir, 'out'))}`;
    const child = spawn('/usr/bin/script', ['-qec', command, '/dev/null'], { cwd: repoRoot });
    let terminal = '';
    child.stdout.on('data', (chunk) => (terminal += chunk));
    expect(await new Promise((resolve) => child.on('exit', resolve))).toBe(0);
    expect(terminal).toMatch(/[0-3]\/3 documents \| 0 failed \| [\d.]+\/s \| ETA/u);
    expect(filesUnder(join(dir, 'out'))).toEqual(['in/a.txt.roadmap.html', 'in/b.txt.roadmap.html', 'in/c.txt.roadmap.html', 'index.html']);
  });
});
