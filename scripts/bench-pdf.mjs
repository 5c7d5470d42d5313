/**
 * Issue 6's performance goal, measured on the same PDFs in one run:
 *   (a) bare pdf.js: getTextContent of every page;
 *   (b) the full pipeline, `ingest(bytes)` from dist/ (what `roadmap-ingest
 *       x.pdf` does, minus process start), with extractPdf alone as a breakdown;
 *   (c) poppler's `pdftotext -layout`, when installed (a subprocess each).
 * Goal: (b) costs at most 1.5 × (a), and a full ingest of a 200-page PDF
 * peaks under 300 MB RSS.
 *
 * Seeds: fixtures/seeds/*.pdf, one warm-up then ROUNDS passes (default 5),
 * the three measurements interleaved round by round so load on the shared
 * machine hits them alike; wall time as median (and min), CPU time
 * (process.cpuUsage, which other processes disturb less) as the mean. (a) and
 * (b) share this process, so whatever loading the library does to pdf.js
 * applies to both.
 *
 * 200 pages: a PDF made here in a temp dir (seed 004's two decree pages, then
 * its appendix pages over and over: one roadmap table running across 200
 * pages), each measurement in a fresh child process so nothing earlier
 * inflates its peak RSS (process.resourceUsage().maxRSS), timed from the
 * process's start (imports included); BIG_ROUNDS runs (default 3), median. Run `npm run build` first (`npm run bench:pdf` does).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
// A child loads only what its mode runs, so its figures are the whole process a user waits for.
const childMode = process.argv[2] === '--child' ? process.argv[3] : null;
// The library first, as in the CLI: pdf.js is then loaded the way roadmap-ingest loads it.
const { ingest } = childMode === null || childMode === 'ingest' ? await import('../dist/ingest.js') : {};
const { extractPdf } = childMode === null || childMode === 'extract' ? await import('../dist/extract/pdf/index.js') : {};
const { getDocument } = childMode === null || childMode === 'bare' ? await import('pdfjs-dist/legacy/build/pdf.mjs') : {};

const SEEDS = fileURLToPath(new URL('../fixtures/seeds/', import.meta.url));
const ROUNDS = Number(process.env.ROUNDS ?? 5);
const BIG_ROUNDS = Number(process.env.BIG_ROUNDS ?? 3);
const BIG_PAGES = 200;

async function bare(bytes) {
  const doc = await getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, verbosity: 0 }).promise;
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    await page.getTextContent();
    page.cleanup();
  }
  await doc.destroy();
}

const pdftotext = (file) => execFileSync('pdftotext', ['-layout', file, '-'], { maxBuffer: 1 << 28 });

/** CPU time of waited-for child processes, from /proc (Linux; clock ticks of 10 ms). */
function childrenCpuMs() {
  try {
    const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ');
    return (Number(fields[13]) + Number(fields[14])) * 10;
  } catch {
    return null;
  }
}

const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
const median = (xs) => [...xs].sort((p, q) => p - q)[Math.floor(xs.length / 2)];
const mean = (xs) => xs.reduce((s, x) => s + x, 0) / xs.length;
const fmt = (x, width = 8) => (x === null || Number.isNaN(x) ? 'n/a' : x.toFixed(1)).padStart(width);

// A child measures one run on the 200-page PDF and prints it as JSON.
if (process.argv[2] === '--child') {
  const [, , , mode, file] = process.argv;
  const bytes = readFileSync(file);
  // From the process's start: the library loads its readers lazily, on the first document, so the
  // time to import it and pdf.js belongs to the run (bare pdf.js pays its own import alike);
  // pdftotext is timed around its subprocess alone.
  const own = mode === 'pdftotext';
  const wall0 = own ? performance.now() : 0;
  const cpu0 = own ? cpuMs() : 0;
  const children0 = childrenCpuMs();
  let pages = null;
  if (mode === 'bare') await bare(bytes);
  else if (mode === 'ingest') pages = (await ingest(bytes)).source.pages;
  else if (mode === 'extract') pages = (await extractPdf(bytes, { password: null })).pages;
  else if (mode === 'pdftotext') pdftotext(file);
  const children = childrenCpuMs();
  const cpu = cpuMs() - cpu0 + (children !== null && children0 !== null ? children - children0 : 0);
  // For pdftotext this process's RSS says nothing about poppler's, so none is given.
  const maxRssMB = mode === 'pdftotext' ? null : process.resourceUsage().maxRSS / 1024;
  console.log(JSON.stringify({ ms: performance.now() - wall0, cpuMs: cpu, maxRssMB, pages }));
  process.exit(0);
}

let hasPdftotext = true;
try {
  execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
} catch {
  hasPdftotext = false;
}

// ---- seeds, in this process ----
const files = readdirSync(SEEDS).filter((f) => f.endsWith('.pdf')).map((f) => SEEDS + f);
const inputs = files.map((f) => readFileSync(f));
const runs = {
  a: async () => { for (const b of inputs) await bare(b); },
  b: async () => { for (const b of inputs) await ingest(b); },
  e: async () => { for (const b of inputs) await extractPdf(b, { password: null }); },
  ...(hasPdftotext ? { c: async () => { for (const f of files) pdftotext(f); } } : {}),
};
const samples = Object.fromEntries(Object.keys(runs).map((k) => [k, { wall: [], cpu: [] }]));
let pageCount = 0;
for (const b of inputs) pageCount += (await extractPdf(b, { password: null })).pages;
for (const run of Object.values(runs)) await run(); // warm-up
for (let r = 0; r < ROUNDS; r++) {
  for (const [key, run] of Object.entries(runs)) {
    const wall0 = performance.now();
    const cpu0 = key === 'c' ? childrenCpuMs() : cpuMs();
    await run();
    const cpu1 = key === 'c' ? childrenCpuMs() : cpuMs();
    samples[key].wall.push(performance.now() - wall0);
    samples[key].cpu.push(cpu0 === null || cpu1 === null ? NaN : cpu1 - cpu0);
  }
}
const seedRssMB = process.resourceUsage().maxRSS / 1024;
const stat = (key) => (samples[key] ? { ms: median(samples[key].wall), min: Math.min(...samples[key].wall), cpu: mean(samples[key].cpu) } : null);
const [a, b, e, c] = ['a', 'b', 'e', 'c'].map(stat);

console.log(`seeds: ${files.length} PDFs, ${pageCount} pages; per pass over all of them, ${ROUNDS} rounds after a warm-up`);
console.log(`${''.padEnd(34)}${'median ms'.padStart(10)}${'min ms'.padStart(9)}${'CPU ms'.padStart(9)}`);
const line = (label, s) => console.log(`${label.padEnd(34)}${fmt(s.ms, 10)}${fmt(s.min, 9)}${fmt(s.cpu, 9)}`);
line('(a) pdf.js getTextContent', a);
line('(b) ingest, full pipeline', b);
line('    of which extractPdf', e);
if (c) line('(c) pdftotext -layout (subprocess)', c);
else console.log('(c) pdftotext not installed; skipped');
console.log(`ratio (b)/(a): ${(b.ms / a.ms).toFixed(2)} wall, ${(b.cpu / a.cpu).toFixed(2)} CPU   (goal: at most 1.50)`);
console.log(`ratio extractPdf/(a): ${(e.ms / a.ms).toFixed(2)} wall, ${(e.cpu / a.cpu).toFixed(2)} CPU`);
if (c) console.log(`ratio (b)/(c): ${(b.ms / c.ms).toFixed(2)} wall, ${(b.cpu / c.cpu).toFixed(2)} CPU`);
console.log(`peak RSS of this process over the seed rounds: ${seedRssMB.toFixed(0)} MB`);

// ---- 200 pages, a fresh process per run (BIG_ROUNDS=0 skips them) ----
if (BIG_ROUNDS === 0) process.exit(0);
const { PDFDocument } = await import('pdf-lib');
const dir = mkdtempSync(join(tmpdir(), 'roadmap-bench-'));
try {
  const source = await PDFDocument.load(readFileSync(join(SEEDS, '004_2ebadb8ec0ffc95f.pdf')));
  const big = await PDFDocument.create();
  const appendix = source.getPageIndices().slice(2);
  const order = [0, 1];
  while (order.length < BIG_PAGES) order.push(appendix[(order.length - 2) % appendix.length]);
  for (const page of await big.copyPages(source, order)) big.addPage(page);
  const bigFile = join(dir, 'big.pdf');
  writeFileSync(bigFile, await big.save());
  const child = (mode) => {
    const out = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--child', mode, bigFile], { encoding: 'utf8' });
    if (out.status !== 0) throw new Error(`child ${mode} failed: ${out.stderr}`);
    return JSON.parse(out.stdout.trim().split('\n').pop());
  };
  const modes = ['bare', 'ingest', 'extract', ...(hasPdftotext ? ['pdftotext'] : [])];
  const bigRuns = Object.fromEntries(modes.map((m) => [m, []]));
  for (let r = 0; r < BIG_ROUNDS; r++) for (const m of modes) bigRuns[m].push(child(m));
  const bigStat = (m) => ({
    ms: median(bigRuns[m].map((x) => x.ms)),
    min: Math.min(...bigRuns[m].map((x) => x.ms)),
    cpu: median(bigRuns[m].map((x) => x.cpuMs)),
    rss: bigRuns[m][0].maxRssMB === null ? null : Math.max(...bigRuns[m].map((x) => x.maxRssMB)),
  });
  const pages = bigRuns.ingest[0].pages;
  console.log('');
  console.log(`${pages}-page PDF (seed 004's decree pages, then its appendix pages repeated; ${(statSync(bigFile).size / 2 ** 20).toFixed(1)} MB), each run in a fresh process, median of ${BIG_ROUNDS}`);
  console.log(`${''.padEnd(34)}${'median ms'.padStart(10)}${'min ms'.padStart(9)}${'CPU ms'.padStart(9)}${'peak RSS MB'.padStart(13)}`);
  const bigLine = (label, s) => console.log(`${label.padEnd(34)}${fmt(s.ms, 10)}${fmt(s.min, 9)}${fmt(s.cpu, 9)}${fmt(s.rss, 13)}`);
  const [ba, bb, be] = ['bare', 'ingest', 'extract'].map(bigStat);
  bigLine('(a) pdf.js getTextContent', ba);
  bigLine('(b) ingest, full pipeline', bb);
  bigLine('    extractPdf alone', be);
  if (hasPdftotext) bigLine('(c) pdftotext -layout (subprocess)', bigStat('pdftotext'));
  console.log(`ratio (b)/(a): ${(bb.ms / ba.ms).toFixed(2)} wall, ${(bb.cpu / ba.cpu).toFixed(2)} CPU   (goal: at most 1.50)`);
  console.log(`peak RSS of a full ingest: ${bb.rss.toFixed(0)} MB   (goal: under 300 MB; bare pdf.js peaks at ${ba.rss.toFixed(0)} MB)`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
