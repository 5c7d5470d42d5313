#!/usr/bin/env node
// Batch throughput and memory of the built CLI (run `npm run build` first):
//   node scripts/bench-batch.mjs [documents=500]
// Builds a corpus by copying the seed fixtures and varying them (each text copy
// gets its own decree number and date, each DOCX/PDF copy its own name and
// folder), then runs `roadmap-ingest <corpus> --out-dir …` with --concurrency 1
// and with every core, and reports documents/s, the speed-up and peak RSS
// (GNU time's maximum resident set size of the whole process, workers included).
// Peak RSS is also measured on a fifth and on half of the corpus: it must not
// grow with the number of documents.
//
//   node scripts/bench-batch.mjs [documents=500] --cache
// measures `--cache` instead, at every core: a cold run into an empty cache, a
// second run over the unchanged corpus (its outputs must be the cold run's,
// byte for byte), and a run after 5 % of the documents changed. Each PDF and
// DOCX copy is made unique (a PDF comment after %%EOF, a ZIP comment), so the
// cold run finds no copy of a seed in the cache that another copy put there.
// It prints documents per minute per runner and what they mean for 40,000
// orders over 16 such runners.
//
//   node scripts/bench-batch.mjs [documents=1000] --memory
// issue 15's memory goal alone: peak RSS at every core, and at -j 1, on a
// tenth of the corpus and on all of it; flat means the two are alike.
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const args = process.argv.slice(2);
const cacheMode = args.includes('--cache');
const memoryMode = args.includes('--memory');
const total = Number(args.find((arg) => /^\d+$/u.test(arg)) ?? (memoryMode ? 1000 : 500));
const seeds = fileURLToPath(new URL('../fixtures/seeds/', import.meta.url));
const bin = fileURLToPath(new URL('../dist/cli/main.js', import.meta.url));
const cores = availableParallelism();

// Proportions close to what regional offices publish: mostly PDF, then DOCX, some text.
const MIX = [
  ['pdf', 0.5],
  ['docx', 0.3],
  ['txt', 0.2],
];

/** Bytes no other copy has, in a form the reader ignores: a comment after a PDF's %%EOF, a ZIP archive comment. */
function unique(bytes, extension, tag) {
  const mark = Buffer.from(`bench ${tag}`);
  if (extension === 'pdf') return Buffer.concat([bytes, Buffer.from('\n%'), mark, Buffer.from('\n')]);
  // The end-of-central-directory record is the last 22 bytes when the archive has no comment yet.
  const end = bytes.length - 22;
  if (bytes.readUInt32LE(end) !== 0x06054b50) throw new Error('a seed DOCX already has a ZIP comment');
  const copy = Buffer.concat([bytes, mark]);
  copy.writeUInt16LE(mark.length, end + 20);
  return copy;
}

function buildCorpus(count, { distinct = false } = {}) {
  const root = mkdtempSync(join(tmpdir(), 'roadmap-bench-'));
  const byExtension = Object.fromEntries(
    MIX.map(([extension]) => [extension, readdirSync(seeds).filter((name) => name.endsWith(`.${extension}`)).sort()]),
  );
  let made = 0;
  for (const [extension, share] of MIX) {
    const wanted = extension === MIX.at(-1)[0] ? count - made : Math.round(count * share);
    for (let index = 0; index < wanted; index += 1) {
      const seed = byExtension[extension][index % byExtension[extension].length];
      const folder = join(root, `district-${String(index % 17).padStart(2, '0')}`);
      mkdirSync(folder, { recursive: true });
      const target = join(folder, `${extension}-${String(index).padStart(4, '0')}-${seed}`);
      if (extension === 'txt') {
        const day = String((index % 28) + 1).padStart(2, '0');
        const text = readFileSync(join(seeds, seed), 'utf8')
          .replace(/№\s*(\d+)/u, (_, number) => `№ ${Number(number) + index}`)
          .replace(/\b\d{1,2}(\.\d{2}\.20\d\d)\b/u, `${day}$1`);
        writeFileSync(target, text);
      } else if (distinct) {
        writeFileSync(target, unique(readFileSync(join(seeds, seed)), extension, index));
      } else {
        copyFileSync(join(seeds, seed), target);
      }
      made += 1;
    }
  }
  return root;
}

function run(corpus, concurrency, { extra = [], keep = false } = {}) {
  const out = mkdtempSync(join(tmpdir(), 'roadmap-bench-out-'));
  const started = process.hrtime.bigint();
  const result = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, bin, corpus, '--out-dir', out, '--concurrency', String(concurrency), '--log-level', 'silent', '--timeout', '600', ...extra], {
    encoding: 'utf8',
    maxBuffer: 1 << 26,
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const peakKb = Number(result.stderr.trim().split('\n').at(-1));
  const written = execFileSync('find', [out, '-name', '*.roadmap.json'], { encoding: 'utf8' }).trim().split('\n').filter(Boolean).length;
  if (!keep) rmSync(out, { recursive: true, force: true });
  if (result.status !== 0) console.warn(`  exit ${result.status}: ${result.stderr.split('\n').slice(0, 3).join(' | ')}`);
  return { seconds, peakMb: peakKb / 1024, written, out };
}

/** The same files under both folders, each with the same bytes. */
function sameOutputs(a, b) {
  const list = (dir) => execFileSync('find', [dir, '-type', 'f', '-printf', '%P\n'], { encoding: 'utf8' }).trim().split('\n').sort();
  const names = list(a);
  return names.join('\n') === list(b).join('\n') && names.every((name) => readFileSync(join(a, name)).equals(readFileSync(join(b, name))));
}

function benchCache() {
  const corpus = buildCorpus(total, { distinct: true });
  const cache = mkdtempSync(join(tmpdir(), 'roadmap-bench-cache-'));
  const withCache = { extra: ['--cache', cache], keep: true };
  const cold = run(corpus, cores, withCache);
  const warm = run(corpus, cores, withCache);
  const identical = sameOutputs(cold.out, warm.out);
  // 5 % of the documents change: a new line in a text, another comment in a PDF or DOCX.
  const files = execFileSync('find', [corpus, '-type', 'f'], { encoding: 'utf8' }).trim().split('\n').sort();
  const changed = files.filter((_, index) => index % 20 === 0);
  for (const file of changed) {
    const extension = file.split('.').at(-1);
    const bytes = readFileSync(file);
    writeFileSync(file, extension === 'txt' ? Buffer.concat([bytes, Buffer.from('\nИзменено.\n')]) : extension === 'pdf' ? unique(bytes, 'pdf', 'changed') : docxRecommented(bytes));
  }
  const mostly = run(corpus, cores, withCache);
  for (const result of [cold, warm, mostly]) rmSync(result.out, { recursive: true, force: true });
  rmSync(cache, { recursive: true, force: true });
  rmSync(corpus, { recursive: true, force: true });

  const perMinute = (result) => (result.written / result.seconds) * 60;
  console.log(`cold, empty --cache:      ${cold.written} documents in ${cold.seconds.toFixed(1)} s = ${perMinute(cold).toFixed(0)} documents/min, peak RSS ${cold.peakMb.toFixed(0)} MB`);
  console.log(`unchanged, all hits:      ${warm.written} documents in ${warm.seconds.toFixed(1)} s = ${perMinute(warm).toFixed(0)} documents/min (${((warm.seconds / cold.seconds) * 100).toFixed(1)} % of the cold run), outputs ${identical ? 'identical' : 'DIFFERENT'}`);
  console.log(`${changed.length} changed (${((changed.length / files.length) * 100).toFixed(0)} %), the rest hits: ${mostly.written} documents in ${mostly.seconds.toFixed(1)} s = ${perMinute(mostly).toFixed(0)} documents/min (${((mostly.seconds / cold.seconds) * 100).toFixed(1)} % of the cold run)`);
  const orders = 40_000;
  const runners = 16;
  const minutes = (result) => orders / runners / perMinute(result);
  console.log(`${orders} orders over ${runners} runners like this one: cold ${minutes(cold).toFixed(0)} min, with 95 % hits ${minutes(mostly).toFixed(1)} min per runner (plus each job's set-up)`);
  if (!identical) process.exitCode = 1;
}

/** A DOCX whose ZIP comment (`bench N`, set by unique()) becomes `Bench N`: still its own, and not what the cache holds. */
function docxRecommented(bytes) {
  const copy = Buffer.from(bytes);
  copy[copy.lastIndexOf(Buffer.from('bench '))] = 'B'.charCodeAt(0);
  return copy;
}

console.log(`corpus: ${total} documents (${MIX.map(([e, s]) => `${Math.round(s * 100)}% ${e}`).join(', ')}), ${cores} cores, load ${loadavg()[0].toFixed(2)}`);
if (cacheMode) {
  benchCache();
  process.exit();
}
if (memoryMode) {
  for (const concurrency of [cores, 1]) {
    const peaks = [Math.round(total / 10), total].map((size) => {
      const corpus = buildCorpus(size);
      const result = run(corpus, concurrency);
      rmSync(corpus, { recursive: true, force: true });
      rmSync(result.out, { recursive: true, force: true });
      console.log(`--concurrency ${concurrency}, ${result.written} documents in ${result.seconds.toFixed(1)} s: peak RSS ${result.peakMb.toFixed(0)} MB`);
      return result.peakMb;
    });
    console.log(`--concurrency ${concurrency}: ${total} documents peak at ${((peaks[1] / peaks[0]) * 100).toFixed(0)} % of ${Math.round(total / 10)} documents' peak`);
  }
  process.exit();
}
const corpus = buildCorpus(total);
const one = run(corpus, 1);
console.log(`--concurrency 1: ${one.written} documents in ${one.seconds.toFixed(1)} s = ${(one.written / one.seconds).toFixed(2)} documents/s, peak RSS ${one.peakMb.toFixed(0)} MB`);
const all = run(corpus, cores);
console.log(`--concurrency ${cores}: ${all.written} documents in ${all.seconds.toFixed(1)} s = ${(all.written / all.seconds).toFixed(2)} documents/s, peak RSS ${all.peakMb.toFixed(0)} MB`);
console.log(`speed-up: ${(one.seconds / all.seconds).toFixed(2)}×`);

for (const fraction of [0.2, 0.5]) {
  const size = Math.round(total * fraction);
  const smaller = buildCorpus(size);
  const partial = run(smaller, cores);
  console.log(`peak RSS with ${size} documents at --concurrency ${cores}: ${partial.peakMb.toFixed(0)} MB`);
  rmSync(smaller, { recursive: true, force: true });
}
console.log(`peak RSS with ${total} documents at --concurrency ${cores}: ${all.peakMb.toFixed(0)} MB`);
rmSync(corpus, { recursive: true, force: true });
