#!/usr/bin/env node
// Text-path throughput: ingests every seed .txt repeatedly on one core and
// reports documents/s and MB/s. Run after `npm run build`:
//   node scripts/bench-text.mjs [seconds]
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ingest } from '../dist/ingest.js';

const seeds = fileURLToPath(new URL('../fixtures/seeds/', import.meta.url));
const inputs = readdirSync(seeds)
  .filter((name) => name.endsWith('.txt'))
  .map((name) => ({ name, bytes: readFileSync(seeds + name) }));
const seconds = Number(process.argv[2] ?? 5);

for (const input of inputs) await ingest(input.bytes, { file: input.name }); // warm-up

let documents = 0;
let bytes = 0;
const started = process.hrtime.bigint();
const deadline = started + BigInt(seconds * 1e9);
while (process.hrtime.bigint() < deadline) {
  for (const input of inputs) {
    await ingest(input.bytes, { file: input.name });
    documents += 1;
    bytes += input.bytes.length;
  }
}
const elapsed = Number(process.hrtime.bigint() - started) / 1e9;
console.log(`text ingest: ${documents} documents in ${elapsed.toFixed(2)} s`);
console.log(`  ${(documents / elapsed).toFixed(1)} documents/s, ${(bytes / elapsed / 1e6).toFixed(2)} MB/s of decree text (one core)`);
console.log(`  peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
