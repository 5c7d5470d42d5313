#!/usr/bin/env node
// What writing a workbook, a calendar or a report costs over JSON (issue 14:
// at most 15 % more wall time), on the built CLI (run `npm run build` first):
//   node scripts/bench-export.mjs [rounds=5]
// Each round runs `roadmap-ingest <the five seed PDFs> -f <format> -o <file>`
// once per format, in a rotating order so no format always runs first on a
// cold cache; the table gives each format's median wall time and its excess
// over JSON's median, in wall time and in CPU time (user + system, workers
// included, from GNU time). On a shared machine the load average is printed
// and CPU time is the steadier figure.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const rounds = Number(process.argv[2] ?? 5);
const seeds = fileURLToPath(new URL('../fixtures/seeds/', import.meta.url));
const bin = fileURLToPath(new URL('../dist/cli/main.js', import.meta.url));
const pdfs = readdirSync(seeds).filter((name) => name.endsWith('.pdf')).sort().map((name) => join(seeds, name));
const formats = ['json', 'xlsx', 'ics', 'html'];
const out = mkdtempSync(join(tmpdir(), 'roadmap-bench-export-'));

function measure(format) {
  const args = ['-f', '%e %U %S', process.execPath, bin, ...pdfs, '-f', format, '-o', join(out, `seeds.${format}`), '--log-level', 'silent'];
  const result = spawnSync('/usr/bin/time', args, { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`-f ${format} exited ${result.status}: ${result.stderr}`);
  const [wall, user, system] = result.stderr.trim().split('\n').at(-1).split(' ').map(Number);
  return { wall, cpu: user + system };
}

/**
 * The floor a format cannot go under: its writing library's load alone, a
 * `node -e` that requires it against a `node -e 0`, in the same rounds (HTML
 * writes with no library). Whatever a format adds beyond this is our own.
 */
const LIBRARIES = {
  xlsx: "require('exceljs/lib/stream/xlsx/workbook-writer.js')",
  ics: "require('ics')",
  none: '0',
};

function measureLoad(library) {
  const result = spawnSync('/usr/bin/time', ['-f', '%e %U %S', process.execPath, '-e', LIBRARIES[library]], { encoding: 'utf8', cwd: fileURLToPath(new URL('..', import.meta.url)) });
  if (result.status !== 0) throw new Error(`loading ${library} failed: ${result.stderr}`);
  const [wall, user, system] = result.stderr.trim().split('\n').at(-1).split(' ').map(Number);
  return { wall, cpu: user + system };
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

const runs = Object.fromEntries(formats.map((format) => [format, []]));
const loads = Object.fromEntries(Object.keys(LIBRARIES).map((library) => [library, []]));
for (let round = 0; round < rounds; round += 1) {
  for (let index = 0; index < formats.length; index += 1) {
    const format = formats[(round + index) % formats.length];
    runs[format].push(measure(format));
  }
  for (const library of Object.keys(LIBRARIES)) loads[library].push(measureLoad(library));
}

const medianOf = (format, key) => median(runs[format].map((run) => run[key]));
const excess = (format, key) => (format === 'json' ? '–' : `${(((medianOf(format, key) - medianOf('json', key)) / medianOf('json', key)) * 100).toFixed(1)} %`);
console.log(`${pdfs.length} seed PDFs, ${rounds} rounds, load average ${loadavg().map((load) => load.toFixed(1)).join(' ')}`);
console.log('| format | wall s (median) | over json | CPU s (median) | over json |');
console.log('|---|---|---|---|---|');
for (const format of formats) {
  console.log(`| ${format} | ${medianOf(format, 'wall').toFixed(2)} | ${excess(format, 'wall')} | ${medianOf(format, 'cpu').toFixed(2)} | ${excess(format, 'cpu')} |`);
}

const loadOf = (library, key) => median(loads[library].map((run) => run[key])) - median(loads.none.map((run) => run[key]));
console.log('');
console.log('The floor: loading the writing library alone, over `node -e 0`, as a share of the JSON run');
console.log('| format | library load wall s | of json wall | library load CPU s | of json CPU |');
console.log('|---|---|---|---|---|');
for (const library of ['xlsx', 'ics']) {
  const share = (key) => `${((loadOf(library, key) / medianOf('json', key)) * 100).toFixed(1)} %`;
  console.log(`| ${library} | ${loadOf(library, 'wall').toFixed(2)} | ${share('wall')} | ${loadOf(library, 'cpu').toFixed(2)} | ${share('cpu')} |`);
}
