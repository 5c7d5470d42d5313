// Milliseconds per seed document for the DOCX extractor, on the built code
// (run `npm run build` first) so the numbers are what the CLI will see.
// Usage: node scripts/bench-docx.mjs [runs]
import { readFileSync, readdirSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { extractDocx } from '../dist/extract/docx/index.js';

const runs = Number(process.argv[2] ?? 10);
const dir = new URL('../fixtures/seeds/', import.meta.url);
const files = readdirSync(dir).filter((name) => name.endsWith('.docx')).sort();
const options = { password: null };
let total = 0;
for (const name of files) {
  const bytes = new Uint8Array(readFileSync(new URL(name, dir)));
  await extractDocx(bytes, options); // warm-up: module loading and JIT are not per-document costs
  const times = [];
  for (let run = 0; run < runs; run += 1) {
    const start = performance.now();
    await extractDocx(bytes, options);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)];
  total += median;
  console.log(`${name}\t${(bytes.length / 1024).toFixed(0)} KB\tmedian ${median.toFixed(1)} ms\tmin ${times[0].toFixed(1)} ms\tmax ${times.at(-1).toFixed(1)} ms`);
}
console.log(`mean of medians: ${(total / files.length).toFixed(1)} ms per document over ${runs} runs each`);
