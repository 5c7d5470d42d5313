/**
 * `node scripts/bench-ocr.mjs [pages] [rounds]` (issue 13), after `npm run
 * build`: OCR speed and memory on a scan of A4 pages at 200 dpi — the pages
 * of fixtures/scans/seed-000.pdf repeated to `pages` (20) — read by the CLI
 * on one core (`taskset -c 0`, -j 1), on two (-j 2: pages recognised in
 * parallel, one Tesseract process each) and, for reference, with -j 1 on a
 * machine of two cores, where pdf.js's parser thread and the page's rules
 * borrow the second core. Beside each, bare `tesseract … tsv` on the same
 * page images, one at a time on one core and two at a time on two: the
 * machine's ceiling. Seconds per page are the whole run's wall time over its
 * pages (the CLI's start-up, about a second, included); peak RSS is the Node
 * process's (GNU time's %M), each Tesseract child adding its own ~100 MB
 * while it runs. Each of `rounds` (2) runs every case once, in turn, so a
 * slow spell of the machine falls on all of them.
 */
import { execFile, execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { PDFDocument } from 'pdf-lib';

const ROOT = new URL('../', import.meta.url).pathname;
const PAGES = Number(process.argv[2] ?? 20);
const ROUNDS = Number(process.argv[3] ?? 2);
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

  /** `command` pinned to the first core when `oneCore`. */
  const onCores = (oneCore, command, args) => (oneCore ? ['taskset', ['-c', '0', command, ...args]] : [command, args]);
  const cli = async (jobs, oneCore) => {
    const started = performance.now();
    const [command, args] = onCores(oneCore, process.execPath, [join(ROOT, 'dist/cli/main.js'), pdf, '-j', String(jobs), '--timeout', '3600', '--log-level', 'error']);
    const { stderr } = await run('/usr/bin/time', ['-f', '%M', command, ...args], { maxBuffer: 64 * 1024 * 1024 });
    return { seconds: (performance.now() - started) / 1000, peakMb: Number(stderr.trim().split('\n').pop()) / 1024 };
  };
  const bare = async (jobs, oneCore) => {
    const started = performance.now();
    const queue = [...images];
    const env = { ...process.env, OMP_THREAD_LIMIT: '1' };
    await Promise.all(
      Array.from({ length: jobs }, async () => {
        for (let image = queue.shift(); image; image = queue.shift()) {
          const [command, args] = onCores(oneCore, 'tesseract', [image, 'stdout', '-l', 'rus', '--dpi', '200', 'tsv']);
          await run(command, args, { env, maxBuffer: 16 * 1024 * 1024 });
        }
      }),
    );
    return { seconds: (performance.now() - started) / 1000 };
  };

  const cases = [
    { name: 'one core, -j 1', jobs: 1, oneCore: true },
    { name: 'two cores, -j 2', jobs: 2, oneCore: false },
    { name: 'two cores, -j 1', jobs: 1, oneCore: false },
  ];
  const perPage = (result) => (result.seconds / PAGES).toFixed(2);
  const seconds = new Map(cases.flatMap(({ name }) => [[`${name} ours`, []], [`${name} ceiling`, []]]));
  for (let round = 1; round <= ROUNDS; round++) {
    const results = new Map();
    for (const { name, jobs, oneCore } of cases) {
      const ours = await cli(jobs, oneCore);
      const ceiling = await bare(jobs, oneCore);
      results.set(name, { ours, ceiling });
      seconds.get(`${name} ours`).push(ours.seconds);
      seconds.get(`${name} ceiling`).push(ceiling.seconds);
      console.log(
        `round ${round}, ${name}: roadmap-ingest ${perPage(ours)} s/page (${ours.seconds.toFixed(1)} s for ${PAGES} pages, peak RSS ${ours.peakMb.toFixed(0)} MB); bare tesseract ${perPage(ceiling)} s/page`,
      );
    }
    const speedUp = (from, key) => (results.get(from)[key].seconds / results.get('two cores, -j 2')[key].seconds).toFixed(2);
    console.log(`round ${round}: throughput on 2 cores over 1: roadmap-ingest ×${speedUp('one core, -j 1', 'ours')}, bare tesseract ×${speedUp('one core, -j 1', 'ceiling')}`);
    console.log(`round ${round}: -j 2 over -j 1 on 2 cores: roadmap-ingest ×${speedUp('two cores, -j 1', 'ours')}, bare tesseract ×${speedUp('two cores, -j 1', 'ceiling')}`);
  }
  // This machine's speed wanders from minute to minute; the medians over the rounds are the figures to quote.
  const median = (key) => {
    const sorted = [...seconds.get(key)].sort((a, b) => a - b);
    const middle = sorted.length >> 1;
    return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  };
  for (const { name } of cases) console.log(`median, ${name}: roadmap-ingest ${(median(`${name} ours`) / PAGES).toFixed(2)} s/page; bare tesseract ${(median(`${name} ceiling`) / PAGES).toFixed(2)} s/page`);
  const ratio = (from, key) => (median(`${from} ${key}`) / median(`two cores, -j 2 ${key}`)).toFixed(2);
  console.log(`median, throughput on 2 cores over 1: roadmap-ingest ×${ratio('one core, -j 1', 'ours')}, bare tesseract ×${ratio('one core, -j 1', 'ceiling')}`);
  console.log(`median, -j 2 over -j 1 on 2 cores: roadmap-ingest ×${ratio('two cores, -j 1', 'ours')}, bare tesseract ×${ratio('two cores, -j 1', 'ceiling')}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
