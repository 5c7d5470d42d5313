/**
 * Issue 8: every bad input a user may hand the tool, and what becomes of it —
 * ingested, ingested with a warning, or one typed error. The files are in
 * fixtures/bad/ (scripts/bad-inputs.mjs makes them); the large ones are made
 * here, in a temporary folder, and read by a child process whose time and
 * memory are measured.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  decreeText,
  formulaText,
  giantLinePdf,
  largeText,
  manyPagesPdf,
  manyTagsDocx,
  planRows,
  planText,
  singleLineText,
} from '../../scripts/bad-inputs.mjs';
import { IngestError, type IngestErrorCode } from '../../src/extract/errors.js';
import { MAX_TEXT_BYTES } from '../../src/extract/text/index.js';
import { toCsv } from '../../src/export/csv.js';
import { ingest, ingestFile, MAX_ACTIVITIES, MAX_INPUT_BYTES, type IngestOptions } from '../../src/ingest.js';
import { TESSERACT_INSTALLED } from '../helpers/tesseract.js';
import type { RoadmapDocument } from '../../src/model/roadmap.js';
import { isRoadmapDocument } from '../../src/model/validate.js';
import { repoRoot } from '../helpers/seeds.js';

const run = promisify(execFile);
const bad = (name: string): string => join(repoRoot, 'fixtures/bad', name);
const fixture = (path: string): string => join(repoRoot, 'fixtures', path);

const activityCount = (document: RoadmapDocument): number => document.roadmaps.reduce((sum, roadmap) => sum + roadmap.activities.length, 0);
const warningCodes = (document: RoadmapDocument): string[] => [...new Set(document.warnings.map((warning) => warning.code))];

/** The typed error `ingestFile` rejects with; fails the test if it resolves or throws anything else. */
async function failure(path: string, options: IngestOptions = {}): Promise<IngestError> {
  const error = await ingestFile(path, options).then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(IngestError);
  const typed = error as IngestError;
  expect(typed.message).not.toMatch(/[\r\n]/u);
  return typed;
}

describe('bad inputs through the library: the outcome of each', () => {
  it.each<[string, string, IngestErrorCode, RegExp]>([
    ['an empty file', bad('empty.txt'), 'EMPTY_INPUT', /^the file is empty$/u],
    ['a zero-byte .pdf', bad('zero-byte.pdf'), 'EMPTY_INPUT', /^the file is empty$/u],
    ['a PDF cut after 20 KB of 50', bad('truncated.pdf'), 'CORRUPT_DOCUMENT', /^the PDF cannot be read/u],
    ['a PDF with a user password', fixture('pdf/encrypted.pdf'), 'ENCRYPTED_DOCUMENT', /password-protected; pass it with --password/u],
    ['a PNG of 0 × 0 px', bad('zero-size.png'), 'CORRUPT_DOCUMENT', /^the image is empty \(0 × 0 px\)$/u],
    ['a PNG whose header says 20,000 × 20,000 px, refused before decoding', bad('huge-20000.png'), 'TOO_LARGE', /^the image is too large: 20000 × 20000 px/u],
    ['a DOCX whose document.xml inflates to 64 MB but declares 1,000 bytes', bad('bomb.docx'), 'TOO_LARGE', /XML parts inflate beyond the limit of 32 MB/u],
    ['a DOCX without word/document.xml', fixture('docx/no-document-xml.docx'), 'UNSUPPORTED_FORMAT', /no word\/document\.xml/u],
    ['a DOCX of tables nested 200 deep', bad('nested-tables.docx'), 'TOO_LARGE', /nested too deeply/u],
    ['a DOCX with an element before its XML declaration', bad('stray-root.docx'), 'CORRUPT_DOCUMENT', /root element <br> of word\/document\.xml is never closed/u],
    ['random bytes named .txt', bad('random-bytes.txt'), 'BINARY_INPUT', /binary/u],
  ])('%s fails with %s', async (_name, path, code, message) => {
    const error = await failure(path);
    expect(error.code).toBe(code);
    expect(error.message).toMatch(message);
  });

  it('an image-only PDF under --ocr never fails with NO_TEXT_LAYER, suggesting OCR', async () => {
    const error = await failure(fixture('pdf/scanned.pdf'), { ocr: { mode: 'never' } });
    expect(error.code).toBe('NO_TEXT_LAYER');
    expect(error.message).toMatch(/no text layer .*OCR/u);
  });

  it.runIf(TESSERACT_INSTALLED)('a PDF page that is a 1 px image, and a PNG whose data is noise: OCR finds nothing, and the document says so', async () => {
    for (const name of ['one-pixel-page.pdf', 'corrupt.png']) {
      const document = await ingestFile(bad(name));
      expect(activityCount(document)).toBe(0);
      expect(document.source.ocrPages).toEqual([1]);
      expect(warningCodes(document)).toContain('NO_ROADMAP');
    }
  }, 60_000);

  it('reads a PDF whose cross-reference offsets are all wrong: pdf.js rebuilds them, and the 21 activities of seed 000 come out', async () => {
    const document = await ingestFile(bad('broken-xref.pdf'));
    expect(document.source.format).toBe('pdf');
    expect(activityCount(document)).toBe(21);
  });

  it('reads a .pdf that is really a DOCX as DOCX, and a .docx that is really a PDF as PDF: the format comes from the bytes', async () => {
    const docx = await ingestFile(bad('docx-named.pdf'));
    const pdf = await ingestFile(bad('pdf-named.docx'));
    expect([docx.source.format, pdf.source.format]).toEqual(['docx', 'pdf']);
    // Both are seed 000, whose plan has 21 activities in every format.
    expect([activityCount(docx), activityCount(pdf)]).toEqual([21, 21]);
  });

  it('reads a UTF-8 decree with windows-1251 rows pasted in, each line in its own encoding, and warns MIXED_ENCODING', async () => {
    const document = await ingestFile(bad('mixed-encodings.txt'));
    expect(document.source.encoding).toBe('utf-8');
    expect(warningCodes(document)).toEqual(['MIXED_ENCODING']);
    // The rows are a section «1.» and activities 1.1–1.3: readable, so the plan is found.
    expect(document.roadmaps[0]!.activities.map((activity) => activity.number)).toEqual(['1.1', '1.2', '1.3']);
    expect(document.roadmaps[0]!.activities[2]!.deadline).toMatchObject({ text: 'Март 2023', start: '2023-03-01' });
  });

  it('reads a decree with no table: its requisites, and a NO_ROADMAP warning', async () => {
    const document = await ingestFile(bad('no-table.txt'));
    expect(document.roadmaps).toEqual([]);
    expect(warningCodes(document)).toEqual(['NO_ROADMAP']);
    expect(document.decree).toMatchObject({ kind: 'приказ', number: '515', date: '2023-12-08' });
  });

  it('reads cells whose markup is nested 200 deep as their plain text', async () => {
    const document = await ingestFile(bad('nested-markup.txt'));
    const activities = document.roadmaps[0]!.activities;
    expect(activities.map((activity) => activity.title)).toEqual([1, 2, 3].map((n) => `Мероприятие 1.${n}. по выравниванию образовательных результатов`));
    expect(activities.every((activity) => activity.responsible.map((party) => party.text).join() === 'Отдел образования')).toBe(true);
  });

  it('reads a one-page PDF whose 50,000 words lie on one line: no plan, a warning, and no hang', async () => {
    const started = performance.now();
    const document = await ingest(giantLinePdf(50_000));
    expect(performance.now() - started).toBeLessThan(20_000);
    expect(document.source.pages).toBe(1);
    expect(warningCodes(document)).toEqual(['NO_ROADMAP']);
  });

  it('refuses a 50 MB text file at once: TOO_LARGE, the limit named', async () => {
    const started = performance.now();
    const error = await ingest(largeText(50 * 1024 * 1024)).catch((caught: unknown) => caught);
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(error).toMatchObject({ code: 'TOO_LARGE', message: `the text file is too large: 50 MB, the limit is ${MAX_TEXT_BYTES / 1024 / 1024} MB` });
  });

  it('refuses a DOCX of 500,000 XML tags before mammoth reads it', async () => {
    const started = performance.now();
    await expect(ingest(manyTagsDocx(500_000))).rejects.toMatchObject({ code: 'TOO_LARGE', message: expect.stringContaining('400000 tags') });
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it('refuses a file over the input limit by its size alone, without reading it', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'roadmap-ingest-bad-')), 'huge.pdf');
    writeFileSync(path, '');
    truncateSync(path, MAX_INPUT_BYTES + 1); // sparse: no disk is used
    const error = await failure(path);
    expect(error.code).toBe('TOO_LARGE');
    expect(error.message).toBe(`the file is too large: 128 MB, the limit is ${MAX_INPUT_BYTES / 1024 / 1024} MB`);
  });

  it('reads a plan of 10,000 rows that each define an alias in linear time, resolving each', async () => {
    const rows = planRows(10_000).map((cells) => (cells[2] === '' ? cells : [cells[0]!, cells[1]!, `Школа ${cells[0]} (далее – Ш${cells[0]}), Ш${cells[0]}`, cells[3]!]));
    const started = performance.now();
    const document = await ingest(Buffer.from(decreeText(rows)));
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(document.aliases).toHaveLength(10_000);
    const last = document.roadmaps[0]!.activities.at(-1)!;
    expect(last.number).toBe('100.100');
    // The definition itself is no party; the alias after it resolves to what it names.
    expect(last.responsible.map((party) => [party.text, party.resolved])).toEqual([
      ['Школа 100.100.', null],
      ['Ш100.100.', ['Школа 100.100.']],
    ]);
  });

  // 130,000 warnings: unshift(...warnings) overflowed the stack past about 125,000.
  it('reads a decree of 130,000 repeated clauses, warning on each repeat', async () => {
    const document = await ingest(Buffer.from(`ПРИКАЗ\n\nПРИКАЗЫВАЮ:\n\n${'1. Провести совещание.\n'.repeat(130_000)}`));
    expect(document.decree.orders).toHaveLength(130_000);
    expect(document.warnings.filter((warning) => warning.code === 'ORDER_NUMBERING')).toHaveLength(129_999);
  });
});

describe('bad inputs through the pipeline into CSV', () => {
  it('writes cells that start with = + - @ so that a spreadsheet shows them as text', async () => {
    const document = await ingest(Buffer.from(formulaText()));
    expect(isRoadmapDocument(document)).toBe(true);
    const rows: string[][] = parse(toCsv([document]));
    const [header, ...body] = rows;
    expect(body).toHaveLength(2);
    const title = header!.indexOf('title');
    expect(body.map((row) => row[title])).toEqual(["'=HYPERLINK(\"http://example.invalid\",\"click\")", "'@SUM(A1:A9)"]);
    for (const row of body) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@]/u);
  });
});

describe('large bad inputs in a child process limited to 1 GB of heap', () => {
  interface Outcome {
    file: string;
    ms: number;
    format?: string;
    pages?: number | null;
    activities?: number;
    sections?: number;
    warnings?: string[];
    code?: string;
    message?: string;
  }
  const outcomes = new Map<string, Outcome>();
  let maxRssBytes = 0;

  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'roadmap-ingest-large-'));
    const files: Record<string, Uint8Array> = {
      'pages-2000.pdf': manyPagesPdf(2000),
      'single-line-5mb.txt': singleLineText(5 * 1024 * 1024),
      'rows-10000.txt': Buffer.from(planText(10_000)),
      'rows-over-limit.txt': Buffer.from(planText(MAX_ACTIVITIES + 1)),
    };
    for (const [name, bytes] of Object.entries(files)) writeFileSync(join(dir, name), bytes);
    const paths = [...Object.keys(files).map((name) => join(dir, name)), bad('bomb.docx')];
    const { stdout } = await run(process.execPath, ['--max-old-space-size=1024', join(repoRoot, 'test/helpers/ingest-files.mjs'), ...paths], {
      timeout: 110_000,
      maxBuffer: 16 * 1024 * 1024,
    });
    for (const line of stdout.trim().split('\n')) {
      const parsed = JSON.parse(line) as Outcome & { maxRssBytes?: number };
      if (parsed.maxRssBytes !== undefined) maxRssBytes = parsed.maxRssBytes;
      else outcomes.set(parsed.file.split('/').pop()!, parsed);
    }
  }, 120_000);

  it('never takes the process past 1 GB', () => {
    expect(outcomes.size).toBe(5);
    expect(maxRssBytes).toBeGreaterThan(0);
    expect(maxRssBytes).toBeLessThan(1024 * 1024 * 1024);
  });

  it('reads a PDF of 2,000 pages: every page counted, no plan, a warning', () => {
    expect(outcomes.get('pages-2000.pdf')).toMatchObject({ format: 'pdf', pages: 2000, activities: 0, warnings: ['NO_ROADMAP'] });
    expect(outcomes.get('pages-2000.pdf')!.ms).toBeLessThan(30_000);
  });

  it('reads a text of one 5 MB line: no plan, a warning', () => {
    expect(outcomes.get('single-line-5mb.txt')).toMatchObject({ format: 'text', activities: 0, warnings: ['NO_ROADMAP'] });
    expect(outcomes.get('single-line-5mb.txt')!.ms).toBeLessThan(20_000);
  });

  it('reads a plan of 10,000 activities in 100 numbered sections, with no warning', () => {
    expect(outcomes.get('rows-10000.txt')).toMatchObject({ format: 'text', activities: 10_000, sections: 100, warnings: [] });
    expect(outcomes.get('rows-10000.txt')!.ms).toBeLessThan(20_000);
  });

  it('refuses a plan of one activity more than the limit with TOO_LARGE', () => {
    expect(outcomes.get('rows-over-limit.txt')).toMatchObject({
      code: 'TOO_LARGE',
      message: `the document is too large: it holds ${MAX_ACTIVITIES + 1} activities, the limit is ${MAX_ACTIVITIES}`,
    });
  });

  it('refuses the decompression bomb', () => {
    expect(outcomes.get('bomb.docx')).toMatchObject({ code: 'TOO_LARGE' });
  });
});

describe('bad inputs through the built CLI (single-file mode)', () => {
  const bin = join(repoRoot, 'dist/cli/main.js');

  async function cli(file: string): Promise<{ code: number; stdout: string; stderr: string }> {
    try {
      const { stdout, stderr } = await run(process.execPath, [bin, file], { cwd: repoRoot });
      return { code: 0, stdout, stderr };
    } catch (error) {
      const failed = error as { code: number; stdout: string; stderr: string };
      return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
    }
  }

  it.concurrent.each([
    ['empty.txt', 'the file is empty'],
    ['truncated.pdf', 'the PDF cannot be read'],
    ['bomb.docx', 'the DOCX file is too large'],
    ['random-bytes.txt', 'the file is binary'],
  ])('fails %s with exit 1, one line on stderr naming the file and the cause, nothing on stdout', async (name, cause) => {
    const file = bad(name);
    const { code, stdout, stderr } = await cli(file);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr.endsWith('\n')).toBe(true);
    expect(stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(stderr.startsWith(`roadmap-ingest: ${file}: ${cause}`)).toBe(true);
  });

  it('writes the mixed-encoding decree as valid JSON with its warning, exit 0', async () => {
    const { code, stdout } = await cli(bad('mixed-encodings.txt'));
    expect(code).toBe(0);
    const document: unknown = JSON.parse(stdout);
    expect(isRoadmapDocument(document)).toBe(true);
    expect((document as RoadmapDocument).warnings.map((warning) => warning.code)).toContain('MIXED_ENCODING');
  });
});

it('keeps fixtures/bad in step with scripts/bad-inputs.mjs', async () => {
  const { smallCorpus } = await import('../../scripts/bad-inputs.mjs');
  for (const [name, bytes] of Object.entries(smallCorpus())) expect(readFileSync(bad(name)).equals(bytes), name).toBe(true);
});
