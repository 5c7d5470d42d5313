#!/usr/bin/env node
/**
 * Issue 15: the built CLI timed as a user times it, a whole process per run,
 * each case paired in the same round with its baseline, so load on a shared
 * machine hits both alike (run `npm run build` first):
 *
 *   node scripts/bench-cli.mjs [rounds=7]
 *
 * (1) one seed .txt            vs `node -e 0`          goal ≤ 3× wall, ≤ 90 MB peak
 * (2) one seed PDF             vs `node -e 0`          goal ≤ 0.5 s wall
 * (3) the five seed PDFs in one call, -f ndjson
 *                              vs a bare pdf.js script reading the text and the
 *                                 operator list of every page of the same PDFs
 *                                                      goal ≤ 1.3× wall
 * (4) the seeds ×4 (60 documents, PDF, DOCX, text) at -j 2
 *                              vs two -j 1 processes side by side, each given
 *                                 half of them (the wall time of the slower)
 *                                                      goal ≤ 1.0× wall
 *
 * Wall time, CPU time (user + sys of the process and its threads) and peak RSS
 * come from GNU time. Medians over the rounds; ratios are of the medians. The
 * CPU ratio is the steadier on a busy machine.
 */
import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const SEEDS = fileURLToPath(new URL('../fixtures/seeds/', import.meta.url));
const BIN = fileURLToPath(new URL('../dist/cli/main.js', import.meta.url));
const SELF = fileURLToPath(import.meta.url);

// The baseline of (3), run as its own process: `node scripts/bench-cli.mjs --bare-pdfjs FILE…`.
if (process.argv[2] === '--bare-pdfjs') {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const pdfjsRoot = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
  for (const file of process.argv.slice(3)) {
    const doc = await getDocument({
      data: new Uint8Array(readFileSync(file)),
      isEvalSupported: false,
      verbosity: 0,
      standardFontDataUrl: join(pdfjsRoot, 'standard_fonts/'),
      cMapUrl: join(pdfjsRoot, 'cmaps/'),
      cMapPacked: true,
    }).promise;
    for (let number = 1; number <= doc.numPages; number += 1) {
      const page = await doc.getPage(number);
      await page.getOperatorList();
      await page.getTextContent();
      page.cleanup();
    }
    await doc.destroy();
  }
  process.exit(0);
}

const ROUNDS = Number(process.argv[2] ?? 7);
const seeds = (extension) => readdirSync(SEEDS).filter((name) => name.endsWith(`.${extension}`)).sort().map((name) => join(SEEDS, name));

/** Runs one command under GNU time; resolves with its wall and CPU seconds and peak RSS in MB. */
function measure(command, args) {
  const scratch = mkdtempSync(join(tmpdir(), 'roadmap-bench-cli-'));
  const report = join(scratch, 'time');
  return new Promise((resolve, reject) => {
    const child = spawn('/usr/bin/time', ['-o', report, '-f', '%e %U %S %M', command, ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('close', (code) => {
      const [wall, user, sys, peakKb] = readFileSync(report, 'utf8').trim().split('\n').at(-1).split(' ').map(Number);
      rmSync(scratch, { recursive: true, force: true });
      if (code !== 0) reject(new Error(`${command} ${args.join(' ')} exited ${code}: ${stderr.slice(0, 500)}`));
      else resolve({ wall, cpu: user + sys, peakMb: peakKb / 1024 });
    });
  });
}

/** Several processes at once: the wall time of the slowest, the CPU time of all, the largest peak. */
async function sideBySide(runs) {
  const results = await Promise.all(runs.map(([command, args]) => measure(command, args)));
  return {
    wall: Math.max(...results.map((r) => r.wall)),
    cpu: results.reduce((sum, r) => sum + r.cpu, 0),
    peakMb: Math.max(...results.map((r) => r.peakMb)),
  };
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

function batchCorpus() {
  const root = mkdtempSync(join(tmpdir(), 'roadmap-bench-cli-batch-'));
  const halves = [join(root, 'a'), join(root, 'b')];
  const files = [...seeds('pdf'), ...seeds('docx'), ...seeds('txt')];
  let index = 0;
  for (let copy = 0; copy < 4; copy += 1) {
    for (const file of files) {
      const half = halves[index % 2];
      mkdirSync(half, { recursive: true });
      copyFileSync(file, join(half, `${String(index).padStart(3, '0')}-${file.split('/').at(-1)}`));
      index += 1;
    }
  }
  return { root, halves, count: index };
}

const node = process.execPath;
const cli = (...args) => [node, [BIN, '--log-level', 'silent', ...args]];
const nodeNothing = [node, ['-e', '0']];
const txt = seeds('txt')[0];
const pdfs = seeds('pdf');
const corpus = batchCorpus();
const out = mkdtempSync(join(tmpdir(), 'roadmap-bench-cli-out-'));

const cases = [
  {
    name: `one seed .txt (${txt.split('/').at(-1)})`,
    run: () => measure(...cli(txt)),
    baselineName: 'node -e 0',
    baseline: () => measure(...nodeNothing),
    goal: (c, b) => `≤ 3× wall: ${ratio(c.wall, b.wall)}; ≤ 90 MB peak: ${c.peakMb.toFixed(0)} MB`,
  },
  {
    name: `one seed PDF (${pdfs[0].split('/').at(-1)})`,
    run: () => measure(...cli(pdfs[0])),
    baselineName: 'node -e 0',
    baseline: () => measure(...nodeNothing),
    goal: (c) => `≤ 0.5 s wall: ${c.wall.toFixed(2)} s`,
  },
  {
    name: `the ${pdfs.length} seed PDFs in one call, -f ndjson`,
    run: () => measure(...cli(...pdfs, '-f', 'ndjson')),
    baselineName: 'bare pdf.js: text and operator lists of every page',
    baseline: () => measure(node, [SELF, '--bare-pdfjs', ...pdfs]),
    goal: (c, b) => `≤ 1.3× wall: ${ratio(c.wall, b.wall)}`,
  },
  {
    name: `${corpus.count} documents (the seeds ×4) at -j 2`,
    run: () => measure(...cli(corpus.root, '-j', '2', '--out-dir', join(out, 'all'))),
    baselineName: 'two -j 1 processes on the halves, side by side',
    baseline: () => sideBySide(corpus.halves.map((half, index) => cli(half, '-j', '1', '--out-dir', join(out, `half-${index}`)))),
    goal: (c, b) => `≤ 1.0× wall: ${ratio(c.wall, b.wall)}`,
  },
];

function ratio(value, base) {
  return `${(value / base).toFixed(2)}×`;
}

console.log(`roadmap-ingest start-up, whole processes: ${ROUNDS} rounds, each case paired with its baseline in the same round`);
console.log(`${availableParallelism()} cores, load average ${loadavg().map((l) => l.toFixed(2)).join(' ')} at the start`);
const row = (label, s) =>
  console.log(`  ${label.padEnd(52)}${s.wall.toFixed(3).padStart(8)} s${s.cpu.toFixed(3).padStart(8)} s CPU${s.peakMb.toFixed(0).padStart(6)} MB`);
try {
  for (const benchCase of cases) {
    const samples = { run: [], baseline: [] };
    await benchCase.run(); // warm the file cache
    for (let round = 0; round < ROUNDS; round += 1) {
      // Alternating which goes first, so neither always meets the other's leftovers.
      const order = round % 2 === 0 ? ['run', 'baseline'] : ['baseline', 'run'];
      for (const which of order) samples[which].push(await benchCase[which]());
    }
    const stat = (list) => ({ wall: median(list.map((s) => s.wall)), cpu: median(list.map((s) => s.cpu)), peakMb: median(list.map((s) => s.peakMb)) });
    const [c, b] = [stat(samples.run), stat(samples.baseline)];
    console.log(`\n${benchCase.name}                    median wall, CPU, peak RSS`);
    row('roadmap-ingest', c);
    row(benchCase.baselineName, b);
    console.log(`  ratio: ${ratio(c.wall, b.wall)} wall, ${ratio(c.cpu, b.cpu)} CPU; goal ${benchCase.goal(c, b)}`);
  }
} finally {
  rmSync(corpus.root, { recursive: true, force: true });
  rmSync(out, { recursive: true, force: true });
}
console.log(`\nload average ${loadavg().map((l) => l.toFixed(2)).join(' ')} at the end`);
