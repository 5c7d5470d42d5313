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
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const total = Number(process.argv[2] ?? 500);
const seeds = fileURLToPath(new URL('../fixtures/seeds/', import.meta.url));
const bin = fileURLToPath(new URL('../dist/cli/main.js', import.meta.url));
const cores = availableParallelism();

// Proportions close to what regional offices publish: mostly PDF, then DOCX, some text.
const MIX = [
  ['pdf', 0.5],
  ['docx', 0.3],
  ['txt', 0.2],
];

function buildCorpus(count) {
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
      } else {
        copyFileSync(join(seeds, seed), target);
      }
      made += 1;
    }
  }
  return root;
}

function run(corpus, concurrency) {
  const out = mkdtempSync(join(tmpdir(), 'roadmap-bench-out-'));
  const started = process.hrtime.bigint();
  const result = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, bin, corpus, '--out-dir', out, '--concurrency', String(concurrency), '--log-level', 'silent', '--timeout', '600'], {
    encoding: 'utf8',
    maxBuffer: 1 << 26,
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const peakKb = Number(result.stderr.trim().split('\n').at(-1));
  const written = execFileSync('find', [out, '-name', '*.roadmap.json'], { encoding: 'utf8' }).trim().split('\n').filter(Boolean).length;
  rmSync(out, { recursive: true, force: true });
  if (result.status !== 0) console.warn(`  exit ${result.status}: ${result.stderr.split('\n').slice(0, 3).join(' | ')}`);
  return { seconds, peakMb: peakKb / 1024, written };
}

console.log(`corpus: ${total} documents (${MIX.map(([e, s]) => `${Math.round(s * 100)}% ${e}`).join(', ')}), ${cores} cores, load ${loadavg()[0].toFixed(2)}`);
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
