/**
 * Compares, on the seed PDFs, (a) bare pdf.js getTextContent of every page,
 * (b) the full extractPdf from dist/ (run `npm run build` first) and
 * (c) poppler's pdftotext when installed, so the cost of layout analysis is
 * visible next to the cost of just reading the text. Each is run `ROUNDS`
 * times after one warm-up; peak RSS is sampled during the run.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { extractPdf } from '../dist/extract/pdf/index.js';

const DIR = new URL('../fixtures/seeds/', import.meta.url).pathname;
const ROUNDS = Number(process.env.ROUNDS ?? 5);
const files = readdirSync(DIR).filter((f) => f.endsWith('.pdf')).map((f) => DIR + f);
const inputs = files.map((f) => readFileSync(f));

let peak = 0;
const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5);
const sample = () => (peak = Math.max(peak, process.memoryUsage().rss));

async function bare(bytes) {
  const doc = await getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, verbosity: 0 }).promise;
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    await page.getTextContent();
    page.cleanup();
  }
  sample();
  await doc.destroy();
}

async function time(label, fn) {
  await fn();
  const start = process.hrtime.bigint();
  for (let r = 0; r < ROUNDS; r++) await fn();
  const ms = Number(process.hrtime.bigint() - start) / 1e6 / ROUNDS;
  console.log(`${label.padEnd(28)} ${ms.toFixed(1).padStart(8)} ms per pass over ${files.length} files`);
  return ms;
}

let hasPdftotext = true;
try {
  execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
} catch {
  hasPdftotext = false;
}

const a = await time('(a) pdfjs getTextContent', async () => { for (const b of inputs) await bare(b); });
const rssAfterA = peak;
const b = await time('(b) extractPdf', async () => { for (const x of inputs) { await extractPdf(x, { password: null }); sample(); } });
const c = hasPdftotext ? await time('(c) pdftotext (subprocess)', async () => { for (const f of files) execFileSync('pdftotext', ['-layout', f, '-']); }) : null;
clearInterval(sampler);
console.log(`ratio extractPdf / getTextContent: ${(b / a).toFixed(2)}`);
if (c !== null) console.log(`ratio extractPdf / pdftotext: ${(b / c).toFixed(2)}`);
else console.log('pdftotext not installed; (c) skipped');
console.log(`peak RSS: ${(rssAfterA / 2 ** 20).toFixed(0)} MB after (a), ${(peak / 2 ** 20).toFixed(0)} MB overall`);
