import { chmodSync, readFileSync, writeFileSync, existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { isRoadmapDocument } from '../../src/model/validate.js';
import { cli, scratch } from '../helpers/cli.js';
import { repoRoot, seedPath } from '../helpers/seeds.js';

describe('roadmap-ingest CLI', () => {
  it('writes valid JSON and nothing else on stdout, exit 0', async () => {
    const { code, stdout } = await cli(seedPath('khotynets', 'txt'));
    expect(code).toBe(0);
    const document = JSON.parse(stdout);
    expect(isRoadmapDocument(document)).toBe(true);
    expect(document.roadmaps[0].activities).toHaveLength(21);
  });

  it('sends logs to stderr, as JSON lines, at --log-level info', async () => {
    const { code, stdout, stderr } = await cli(seedPath('proletarsk', 'txt'), '--log-level', 'info');
    expect(code).toBe(0);
    JSON.parse(stdout);
    const logs = stderr.trim().split('\n').map((line) => JSON.parse(line));
    expect(logs.some((log) => log.code === 'NUMBERING_GAP')).toBe(true);
    expect(logs.some((log) => log.msg === 'ingested' && log.activities === 25)).toBe(true);
  });

  it('writes CSV with --format csv and --output, atomically, leaving no temporary file', async () => {
    const dir = scratch();
    const output = join(dir, 'plan.csv');
    const { code, stdout } = await cli(seedPath('belomorsk', 'txt'), '-f', 'csv', '-o', output, '--delimiter', ';', '--bom');
    expect(code).toBe(0);
    expect(stdout).toBe('');
    const text = readFileSync(output, 'utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(parse(text.slice(1), { delimiter: ';' })).toHaveLength(22);
    expect(readdirSync(dir)).toEqual(['plan.csv']);
  });

  it('says in one line that a decree has no table of activities, and still writes its requisites, exit 0', async () => {
    const file = join(scratch(), 'no-table.txt');
    writeFileSync(file, 'ПРИКАЗ\n\nот 15 мая 2024 г. № 5\n\nО проведении совещания\n\n1. Провести совещание.\n');
    const { code, stdout, stderr } = await cli(file);
    expect(code).toBe(0);
    const document = JSON.parse(stdout);
    expect(document.roadmaps).toEqual([]);
    expect(document.decree.number).toBe('5');
    expect(stderr.split('\n')[0]).toBe(`roadmap-ingest: ${file}: no table of activities found (NO_ROADMAP); the output holds the decree's requisites only`);
  });

  it('fails a missing file with one line naming it and the cause, exit 1, no stdout', async () => {
    const { code, stdout, stderr } = await cli('no/such/decree.txt');
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toBe('roadmap-ingest: no/such/decree.txt: no such file\n');
  });

  it('fails an empty file with exit 1 and says it is empty', async () => {
    const file = join(scratch(), 'empty.txt');
    writeFileSync(file, '');
    const { code, stderr } = await cli(file);
    expect(code).toBe(1);
    expect(stderr).toBe(`roadmap-ingest: ${file}: the file is empty\n`);
  });

  it('fails a binary file with exit 1', async () => {
    const file = join(scratch(), 'image.txt');
    writeFileSync(file, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x00, 0x0d]));
    const { code, stderr } = await cli(file);
    expect(code).toBe(1);
    expect(stderr).toMatch(/image\.txt: the file is binary/u);
  });

  it('fails a folder with no documents in it with exit 1, naming the folder', async () => {
    const dir = scratch();
    writeFileSync(join(dir, 'notes.json'), '{}');
    const { code, stdout, stderr } = await cli(dir);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr.split('\n')[0]).toBe(`roadmap-ingest: ${dir}: no .pdf, .docx, .txt, .doc, .rtf, .png, .jpg, .jpeg, .tif, .tiff files in the folder`);
  });

  it.runIf(process.getuid?.() !== 0)('fails an unreadable file with exit 1', async () => {
    const file = join(scratch(), 'locked.txt');
    writeFileSync(file, 'ПРИКАЗ');
    chmodSync(file, 0o000);
    const { code, stderr } = await cli(file);
    expect(code).toBe(1);
    expect(stderr).toMatch(/locked\.txt: permission denied/u);
  });

  it('does not write --output when the input fails', async () => {
    const dir = scratch();
    const output = join(dir, 'out.json');
    const { code } = await cli('missing.txt', '-o', output);
    expect(code).toBe(1);
    expect(existsSync(output)).toBe(false);
  });

  it.each([
    [['--format', 'xml', 'decree.txt'], /argument 'xml' is invalid/u],
    [[], /missing required argument 'inputs'/u],
    [['--year', '23', 'decree.txt'], /four-digit year/u],
    [['--no-such-flag', 'decree.txt'], /unknown option/u],
  ])('exits 2 on a wrong command line %j', async (args, message) => {
    const { code, stdout, stderr } = await cli(...args);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
  });

  it('prints --help with examples and exit codes on stdout, exit 0', async () => {
    const { code, stdout } = await cli('--help');
    expect(code).toBe(0);
    expect(stdout).toContain('Usage: roadmap-ingest [options] [command] <inputs...>');
    expect(stdout).toContain('-f, --format <format>');
    expect(stdout).toContain('--out-dir <dir>');
    expect(stdout).toMatch(/Exit codes: 0 every input ingested, 1 at least one input failed/u);
    expect(stdout).toMatch(/^  validate <files\.\.\.> +check saved outputs/mu);
  });

  it('prints its version', async () => {
    const { code, stdout } = await cli('--version');
    expect(code).toBe(0);
    expect(stdout.trim()).toBe(JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')).version);
  });
});

describe('roadmap-ingest CLI on DOCX input', () => {
  it('ingests a seed .docx with the same 21 activities as its text twin', async () => {
    const { code, stdout } = await cli(seedPath('khotynets', 'docx'));
    expect(code).toBe(0);
    const document = JSON.parse(stdout);
    expect(document.source.format).toBe('docx');
    expect(document.roadmaps[0].activities).toHaveLength(21);
  });

  it.each([
    ['truncated.docx', /truncated\.docx: .*ZIP/u],
    ['no-document-xml.docx', /no-document-xml\.docx: not a Word document: the ZIP has no word\/document\.xml/u],
    ['encrypted.docx', /encrypted\.docx: .*(?:password|encrypted)/iu],
  ])('fails %s with one line naming the file and the cause, exit 1, no stdout', async (name, message) => {
    const { code, stdout, stderr } = await cli(join(repoRoot, 'fixtures/docx', name));
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(message);
  });
});
