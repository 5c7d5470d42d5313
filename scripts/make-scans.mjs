/**
 * `npm run fixtures:scans` (issue 13): scans made from the seeds, so their
 * gold is the seeds' own. Each page of a seed PDF is rendered by pdf.js to
 * grey at 200 dpi, turned by a slight skew (≤ 0.6°), speckled, and JPEG
 * encoded at quality 70, as an office scanner does; the pages are wrapped
 * into an image-only PDF (pdf-lib) and, through Tesseract's own `pdf`
 * output over the same JPEGs, a searchable PDF (image + invisible text).
 * The same recipe at 300 dpi, the other resolution office scanners default
 * to, gives a second image-only PDF (`-300dpi`; no searchable twin, which
 * would only double the largest fixture for what the 200 dpi one shows).
 * Deterministic: the skew and the speckle come from a seeded RNG, one a
 * resolution, so adding a resolution changes no other file.
 *
 *   node scripts/make-scans.mjs [--png DIR] [--tiff DIR]
 *
 * --png / --tiff write the same pages as PNG files and a multi-page TIFF
 * there instead (tests make them in a temp dir; they are too large to keep).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createCanvas, loadImage } from '@napi-rs/canvas';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { PDFDocument } from 'pdf-lib';
import UTIF from 'utif2';
import { rng } from './lib/rng.mjs';

const ROOT = new URL('../', import.meta.url).pathname;
const OUT = join(ROOT, 'fixtures', 'scans');
/** The seeds scanned: short ones, so the fixtures stay a few pages each. */
export const SCANNED_SEEDS = ['000_b44aa535d56c7e00'];
/** The scanner resolutions: the first also gives the searchable PDF and the PNG/TIFF variants. */
const RESOLUTIONS = [
  { dpi: 200, suffix: '', tag: 'image-only', rngOffset: 0 },
  { dpi: 300, suffix: '-300dpi', tag: 'image-only-300dpi', rngOffset: 0x300 },
];
const DPI = RESOLUTIONS[0].dpi;
const MAX_SKEW = 0.6;
const JPEG_QUALITY = 70;
/** Dark specks per million pixels, and light ones (toner gaps). */
const SPECKS = 400;

/** One seed page as a scanner would give it: grey canvas, skewed, speckled. */
async function scanPage(page, random, dpi) {
  const viewport = page.getViewport({ scale: dpi / 72 });
  const width = Math.round(viewport.width);
  const height = Math.round(viewport.height);
  const flat = createCanvas(width, height);
  const flatContext = flat.getContext('2d');
  flatContext.fillStyle = 'white';
  flatContext.fillRect(0, 0, width, height);
  await page.render({ canvas: flat, canvasContext: flatContext, viewport }).promise;
  const skew = (random() * 2 - 1) * MAX_SKEW;
  const canvas = createCanvas(width, height);
  const context = canvas.getContext('2d');
  context.fillStyle = 'white';
  context.fillRect(0, 0, width, height);
  context.translate(width / 2, height / 2);
  context.rotate((skew * Math.PI) / 180);
  context.drawImage(flat, -width / 2, -height / 2);
  const image = context.getImageData(0, 0, width, height);
  const { data } = image;
  for (let i = 0; i < data.length; i += 4) {
    const grey = (data[i] * 77 + data[i + 1] * 150 + data[i + 2] * 29) >> 8;
    data[i] = data[i + 1] = data[i + 2] = grey;
  }
  const specks = Math.round((SPECKS * width * height) / 1e6);
  for (let k = 0; k < specks; k++) {
    const x = Math.floor(random() * (width - 2));
    const y = Math.floor(random() * (height - 2));
    const value = random() < 0.8 ? Math.floor(random() * 90) : 255;
    const size = random() < 0.3 ? 2 : 1;
    for (let dy = 0; dy < size; dy++) for (let dx = 0; dx < size; dx++) data.fill(value, ((y + dy) * width + x + dx) * 4, ((y + dy) * width + x + dx) * 4 + 3);
  }
  context.resetTransform();
  context.putImageData(image, 0, 0);
  return { canvas, skew, width, height, pageWidth: page.view[2] - page.view[0], pageHeight: page.view[3] - page.view[1] };
}

async function scanSeed(name, seedIndex, { dpi, rngOffset } = RESOLUTIONS[0]) {
  const doc = await getDocument({ data: new Uint8Array(readFileSync(join(ROOT, 'fixtures', 'seeds', `${name}.pdf`))), isEvalSupported: false, verbosity: 0 }).promise;
  const random = rng(0x5ca9 + seedIndex + rngOffset);
  const pages = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const scanned = await scanPage(await doc.getPage(n), random, dpi);
    pages.push({ ...scanned, jpeg: await scanned.canvas.encode('jpeg', JPEG_QUALITY) });
  }
  await doc.destroy();
  return pages;
}

async function imageOnlyPdf(pages) {
  const pdf = await PDFDocument.create();
  for (const page of pages) {
    const image = await pdf.embedJpg(page.jpeg);
    const sheet = pdf.addPage([page.pageWidth, page.pageHeight]);
    sheet.drawImage(image, { x: 0, y: 0, width: page.pageWidth, height: page.pageHeight });
  }
  return pdf.save({ useObjectStreams: true });
}

/** Tesseract's searchable PDF of each page, joined by pdf-lib. */
async function searchablePdf(pages) {
  const work = mkdtempSync(join(tmpdir(), 'make-scans-'));
  try {
    const joined = await PDFDocument.create();
    for (const [index, page] of pages.entries()) {
      const jpeg = join(work, `page-${index}.jpg`);
      writeFileSync(jpeg, page.jpeg);
      execFileSync('tesseract', [jpeg, join(work, `page-${index}`), '-l', 'rus', '--dpi', String(DPI), 'pdf'], { stdio: 'pipe', env: { ...process.env, OMP_THREAD_LIMIT: '1' } });
      const single = await PDFDocument.load(readFileSync(join(work, `page-${index}.pdf`)));
      for (const copied of await joined.copyPages(single, single.getPageIndices())) joined.addPage(copied);
    }
    return joined.save({ useObjectStreams: true });
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** The same grey pages, losslessly: PNG files and one multi-page TIFF. */
export async function writeImageVariants(pages, { png, tiff }) {
  if (png) {
    mkdirSync(png, { recursive: true });
    for (const [index, page] of pages.entries()) writeFileSync(join(png, `page-${index + 1}.png`), await page.canvas.encode('png'));
  }
  if (tiff) writeFileSync(tiff, greyTiff(await Promise.all(pages.map((page) => jpegPixels(page.jpeg)))));
}

/** The JPEG's pixels, as the scanner saved them, grey. */
async function jpegPixels(jpeg) {
  const decoded = await loadImage(jpeg);
  const canvas = createCanvas(decoded.width, decoded.height);
  canvas.getContext('2d').drawImage(decoded, 0, 0);
  const rgba = canvas.getContext('2d').getImageData(0, 0, decoded.width, decoded.height).data;
  const grey = new Uint8Array(decoded.width * decoded.height);
  for (let j = 0; j < grey.length; j++) grey[j] = rgba[j * 4];
  return { width: decoded.width, height: decoded.height, grey };
}

/** A multi-page TIFF of uncompressed 8-bit grey pages (BlackIsZero), at DPI: utif2 writes the directories, the pixels follow them. */
export function greyTiff(frames) {
  const DATA_START = 16384;
  let offset = DATA_START;
  const ifds = frames.map((frame) => {
    const ifd = {
      t256: [frame.width], t257: [frame.height], t258: [8], t259: [1], t262: [1], t273: [offset], t277: [1], t278: [frame.height],
      t279: [frame.grey.length], t282: [[DPI, 1]], t283: [[DPI, 1]], t296: [2],
    };
    offset += frame.grey.length;
    return ifd;
  });
  const head = new Uint8Array(UTIF.encode(ifds));
  const out = new Uint8Array(offset);
  out.set(head);
  let at = DATA_START;
  for (const frame of frames) {
    out.set(frame.grey, at);
    at += frame.grey.length;
  }
  return out;
}

function goldFor(name, document, variant, dpi = DPI) {
  const gold = JSON.parse(readFileSync(join(ROOT, 'fixtures', 'seeds', `${name}.gold.json`), 'utf8'));
  return {
    ...gold,
    documents: [document],
    layouts: [variant],
    note: `Made by scripts/make-scans.mjs from fixtures/seeds/${name}.pdf: its pages rendered to grey at ${dpi} dpi, skewed by up to ${MAX_SKEW}°, speckled and JPEG-compressed at quality ${JPEG_QUALITY}, ${variant === 'searchable' ? "then OCR'd by Tesseract (rus) into a searchable PDF" : 'wrapped into a PDF of images only'}. The gold is the seed's.`,
  };
}

const { values: options } = parseArgs({ options: { png: { type: 'string' }, tiff: { type: 'string' } } });
if (process.argv[1] === new URL(import.meta.url).pathname) {
  mkdirSync(OUT, { recursive: true });
  for (const [index, name] of SCANNED_SEEDS.entries()) {
    const pages = await scanSeed(name, index);
    if (options.png || options.tiff) {
      await writeImageVariants(pages, options);
      continue;
    }
    const short = `seed-${name.slice(0, 3)}`;
    writeFileSync(join(OUT, `${short}.pdf`), await imageOnlyPdf(pages));
    writeFileSync(join(OUT, `${short}.gold.json`), `${JSON.stringify(goldFor(name, `${short}.pdf`, 'image-only'), null, 2)}\n`);
    writeFileSync(join(OUT, `${short}-searchable.pdf`), await searchablePdf(pages));
    writeFileSync(join(OUT, `${short}-searchable.gold.json`), `${JSON.stringify(goldFor(name, `${short}-searchable.pdf`, 'searchable'), null, 2)}\n`);
    console.log(`${short}: ${pages.length} pages at ${DPI} dpi, skews ${pages.map((p) => p.skew.toFixed(2)).join(' ')}`);
    for (const resolution of RESOLUTIONS.slice(1)) {
      const more = await scanSeed(name, index, resolution);
      const file = `${short}${resolution.suffix}`;
      writeFileSync(join(OUT, `${file}.pdf`), await imageOnlyPdf(more));
      writeFileSync(join(OUT, `${file}.gold.json`), `${JSON.stringify(goldFor(name, `${file}.pdf`, resolution.tag, resolution.dpi), null, 2)}\n`);
      console.log(`${file}: ${more.length} pages at ${resolution.dpi} dpi, skews ${more.map((p) => p.skew.toFixed(2)).join(' ')}`);
    }
  }
}
