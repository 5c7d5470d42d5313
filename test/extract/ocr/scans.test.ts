/**
 * Issue 13 end to end: seed 000 scanned (scripts/make-scans.mjs: 200 dpi
 * grey, skewed up to 0.6°, speckled, JPEG q70) read back through Tesseract,
 * as an image-only PDF, a searchable PDF and a multi-page TIFF; and what
 * happens without Tesseract.
 */
import { execFile, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { figuresOf, scoreDocument, type Gold } from '../../../scripts/eval/score.mjs';
import { ingestFile } from '../../../src/ingest.js';
import type { RoadmapDocument } from '../../../src/model/roadmap.js';
import { repoRoot } from '../../helpers/seeds.js';
import { TESSERACT_INSTALLED } from '../../helpers/tesseract.js';

const scan = (name: string): string => join(repoRoot, 'fixtures/scans', name);
const gold = JSON.parse(readFileSync(join(repoRoot, 'fixtures/seeds/000_b44aa535d56c7e00.gold.json'), 'utf8')) as Gold;
/** The seed's gold rows found, as `npm run eval` scores them: the goal for scanned seeds is 95 (of 100). */
const recall = (document: RoadmapDocument): number => figuresOf(scoreDocument(gold, document).counts).recall ?? 0;

describe.runIf(TESSERACT_INSTALLED)('scanned seed 000 read by OCR', () => {
  it('an image-only PDF: every page OCR’d, the plan’s rows found, each with its mean word confidence', async () => {
    const document = await ingestFile(scan('seed-000.pdf'), { ocr: { concurrency: 2 } });
    expect(document.source.format).toBe('pdf');
    expect(document.source.ocrPages).toEqual([1, 2, 3, 4]);
    expect(recall(document)).toBeGreaterThanOrEqual(95);
    const activities = document.roadmaps.flatMap((roadmap) => roadmap.activities);
    for (const activity of activities) {
      expect(activity.ocrConfidence).toBeGreaterThan(0);
      expect(activity.ocrConfidence).toBeLessThanOrEqual(100);
    }
    expect(document.decree.number).toBe('515');
  }, 60_000);

  it('a searchable PDF keeps its own text: no page OCR’d, the rows still found', async () => {
    const document = await ingestFile(scan('seed-000-searchable.pdf'));
    expect(document.source.ocrPages).toBeUndefined();
    expect(recall(document)).toBeGreaterThanOrEqual(95);
  }, 60_000);

  it('a multi-page grey TIFF of the same pages, recognised from its bytes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'scans-tiff-'));
    const tiff = join(dir, 'seed-000.tif');
    await promisify(execFile)(process.execPath, [join(repoRoot, 'scripts/make-scans.mjs'), '--tiff', tiff], { cwd: repoRoot });
    const document = await ingestFile(tiff, { ocr: { concurrency: 2 } });
    expect(document.source).toMatchObject({ format: 'image', pages: 4, ocrPages: [1, 2, 3, 4] });
    expect(recall(document)).toBeGreaterThanOrEqual(95);
  }, 90_000);

  it('--ocr never keeps the old refusal of a scan without text', async () => {
    await expect(ingestFile(scan('seed-000.pdf'), { ocr: { mode: 'never' } })).rejects.toMatchObject({ code: 'NO_TEXT_LAYER' });
  });
});

describe('without Tesseract', () => {
  it('a scan fails with one line naming the Debian packages and --ocr never; the CLI exits 1', async () => {
    // A PATH with node and nothing else on it.
    const bin = mkdtempSync(join(tmpdir(), 'no-tesseract-'));
    symlinkSync(process.execPath, join(bin, 'node'));
    const env = { ...process.env, PATH: bin };
    const { code, stderr } = await new Promise<{ code: number; stderr: string }>((resolve) => {
      execFile(process.execPath, [join(repoRoot, 'dist/cli/main.js'), scan('seed-000.pdf')], { env }, (error, _stdout, stderr) =>
        resolve({ code: (error as { code?: number } | null)?.code ?? 0, stderr }),
      );
    });
    expect(code).toBe(1);
    expect(stderr).toBe(
      `roadmap-ingest: ${scan('seed-000.pdf')}: the PDF or image needs OCR, and Tesseract is not installed (apt-get install tesseract-ocr tesseract-ocr-rus); or pass --ocr never\n`,
    );
  }, 60_000);
});

describe.runIf(TESSERACT_INSTALLED && existsSync('/usr/bin/script'))('progress of a scan on a terminal', () => {
  // util-linux `script` gives the CLI a terminal for stderr, as a user's shell does.
  it('redraws one line, OCR page k of 4, and clears it when the document is done', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'scan-progress-')), 'out.json');
    const command = `${JSON.stringify(process.execPath)} ${JSON.stringify(join(repoRoot, 'dist/cli/main.js'))} ${JSON.stringify(scan('seed-000.pdf'))} -j 2 -o ${JSON.stringify(out)}`;
    const child = spawn('/usr/bin/script', ['-qec', command, '/dev/null'], { cwd: repoRoot });
    let terminal = '';
    child.stdout.on('data', (chunk) => (terminal += chunk));
    expect(await new Promise((resolve) => child.on('exit', resolve))).toBe(0);
    for (const page of [1, 2, 3, 4]) expect(terminal).toContain(`seed-000.pdf: OCR, page ${page} of 4`);
    // Cleared once the document is done, before anything else is written.
    expect(terminal.lastIndexOf('\r\x1b[K')).toBeGreaterThan(terminal.lastIndexOf('OCR, page'));
  }, 60_000);
});
