/**
 * `node scripts/bench-ocr.mjs [pages]` (issue 13), after `npm run build`: OCR
 * speed and memory on a scan of A4 pages at 200 dpi — the pages of
 * fixtures/scans/seed-000.pdf repeated to `pages` (20) — read by the CLI with
 * -j 1 and -j 2 (pages recognised in parallel, one Tesseract process each),
 * beside bare `tesseract … tsv` on the same page images, one and two at a
 * time: the machine's ceiling. Seconds per page are the whole run's wall time
 * over its pages (the CLI's start-up, about a second, included); peak RSS is
 * the Node process's (GNU time's %M), each Tesseract child adding its own
 * ~100 MB while it runs.
 */
import { execFile, execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { PDFDocument } from 'pdf-lib';

const ROOT = new URL('../', import.meta.url).pathname;
const PAGES = Number(process.argv[2] ?? 20);
const run = promisify(execFile);
const work = mkdtempSync(join(tmpdir(), 'bench-ocr-'));

try {
  const source = await PDFDocument.load(readFileSync(join(ROOT, 'fixtures', 'scans', 'seed-000.pdf')));
  const scan = await PDFDocument.create();
  while (scan.getPageCount() < PAGES) {
    for (const page of await scan.copyPages(source, source.getPageIndices())) if (scan.getPageCount() < PAGES) scan.addPage(page);
  }
  const pdf = join(work, `scan-${PAGES}.pdf`);
  writeFileSync(pdf, await scan.save());
  execFileSync('pdfimages', ['-j', pdf, join(work, 'page')]);
  const images = readdirSync(work).filter((name) => name.startsWith('page')).sort().map((name) => join(work, name));

  const cli = async (jobs) => {
    const started = performance.now();
    const { stderr } = await run('/usr/bin/time', ['-f', '%M', process.execPath, join(ROOT, 'dist/cli/main.js'), pdf, '-j', String(jobs), '--timeout', '3600', '--log-level', 'error'], {
      maxBuffer: 64 * 1024 * 1024,
    });
    const seconds = (performance.now() - started) / 1000;
    return { seconds, perPage: seconds / PAGES, peakMb: Number(stderr.trim().split('\n').pop()) / 1024 };
  };
  const bare = async (jobs) => {
    const started = performance.now();
    const queue = [...images];
    const env = { ...process.env, OMP_THREAD_LIMIT: '1' };
    await Promise.all(
      Array.from({ length: jobs }, async () => {
        for (let image = queue.shift(); image; image = queue.shift()) await run('tesseract', [image, 'stdout', '-l', 'rus', '--dpi', '200', 'tsv'], { env, maxBuffer: 16 * 1024 * 1024 });
      }),
    );
    const seconds = (performance.now() - started) / 1000;
    return { seconds, perPage: seconds / images.length };
  };

  const rows = [];
  for (const jobs of [1, 2]) {
    const ours = await cli(jobs);
    const ceiling = await bare(jobs);
    rows.push({ jobs, ours, ceiling });
    console.log(
      `-j ${jobs}: roadmap-ingest ${ours.perPage.toFixed(2)} s/page (${ours.seconds.toFixed(1)} s for ${PAGES} pages, peak RSS ${ours.peakMb.toFixed(0)} MB); bare tesseract ${ceiling.perPage.toFixed(2)} s/page`,
    );
  }
  const speedUp = (key) => rows[0][key].seconds / rows[1][key].seconds;
  console.log(`throughput on 2 cores over 1: roadmap-ingest ×${speedUp('ours').toFixed(2)}, bare tesseract ×${speedUp('ceiling').toFixed(2)}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
