#!/usr/bin/env node
// The README's picture of an HTML report (run `npm run build` first):
//   node scripts/report-screenshot.mjs [out=docs/report-sergokala.png]
// Seed 004 (Сергокала) read from its PDF, its report opened in headless
// Chromium and the top of the page (requisites, warnings, the timeline)
// captured. «Today» is fixed inside the plan's year so the picture shows the line.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { toHtml } from '../dist/export/html/report.js';
import { ingestFile } from '../dist/ingest.js';

const output = process.argv[2] ?? fileURLToPath(new URL('../docs/report-sergokala.png', import.meta.url));
const seed = fileURLToPath(new URL('../fixtures/seeds/004_2ebadb8ec0ffc95f.pdf', import.meta.url));
const document = await ingestFile(seed);
document.source.file = 'sergokala.pdf';
const page = join(mkdtempSync(join(tmpdir(), 'roadmap-report-')), 'report.html');
writeFileSync(page, toHtml(document, { today: '2023-06-15' }));
const result = spawnSync(
  'chromium',
  ['--headless', '--no-sandbox', '--disable-gpu', '--hide-scrollbars', '--window-size=1280,1750', `--screenshot=${output}`, pathToFileURL(page).href],
  { encoding: 'utf8' },
);
if (result.status !== 0) throw new Error(`chromium exited ${result.status}: ${result.stderr}`);
console.log(`${output}: the report of seed 004`);
