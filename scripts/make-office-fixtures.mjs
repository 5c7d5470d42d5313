/**
 * PDFs rendered the way offices make them, from the seeds, for issue 12's
 * word-based table reading (committed, so tests need none of the tools):
 *
 * - fixtures/pdf/borderless-<seed>.pdf: the seed's .docx with every table and
 *   cell border set to none, exported by LibreOffice. The same plan as the
 *   seed's own PDF, its columns shown only by alignment.
 * - fixtures/pdf/searchable-scan-<seed>.pdf: a few pages of the seed's PDF
 *   rasterised (pdftoppm, 200 dpi grey, JPEG to stay small) and passed through
 *   Tesseract's searchable-PDF output: the page image with invisible OCR text
 *   (render mode 3) over it and no vector rules, as a scanner with OCR makes.
 *
 * Needs soffice, pdftoppm, tesseract (+ rus), pdfunite. Run:
 * node scripts/make-office-fixtures.mjs [part of a fixture's name, to remake only those]
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, renameSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';

const SEEDS = new URL('../fixtures/seeds/', import.meta.url).pathname;
const OUT = new URL('../fixtures/pdf/', import.meta.url).pathname;
/** Pages of each seed's PDF to scan: the plan table's pages, a page break inside the table included. */
const SCANNED_PAGES = {
  '000_b44aa535d56c7e00': [2, 3],
  '002_0a0b43e67e5df79f': [4, 5],
  '004_2ebadb8ec0ffc95f': [5, 6],
};

const tmp = mkdtempSync(join(tmpdir(), 'office-fixtures-'));
try {
  const seeds = readdirSync(SEEDS).filter((f) => f.endsWith('.docx')).map((f) => f.replace(/\.docx$/u, ''));
  const wanted = (name) => name.includes(process.argv[2] ?? '');
  for (const seed of seeds) if (wanted(`borderless-${seed}`)) await borderless(seed);
  for (const [seed, pages] of Object.entries(SCANNED_PAGES)) if (wanted(`searchable-scan-${seed}`)) searchableScan(seed, pages);
} finally {
  rmSync(tmp, { recursive: true, force: true });
}

/**
 * Every border of tables and cells (ECMA-376 §17.4.38 tblBorders, §17.4.66
 * tcBorders), in the document and in its table styles, set to `nil`.
 */
function withoutTableBorders(xml) {
  return xml.replace(/<w:(tblBorders|tcBorders)>([\s\S]*?)<\/w:\1>/gu, (_, tag, inner) => `<w:${tag}>${inner.replace(/w:val="[^"]*"/gu, 'w:val="nil"')}</w:${tag}>`);
}

async function borderless(seed) {
  const zip = await JSZip.loadAsync(readFileSync(join(SEEDS, `${seed}.docx`)));
  for (const part of ['word/document.xml', 'word/styles.xml']) {
    const file = zip.file(part);
    if (file) zip.file(part, withoutTableBorders(await file.async('string')));
  }
  const docx = join(tmp, `borderless-${seed}.docx`);
  writeFileSync(docx, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
  execFileSync('soffice', [`-env:UserInstallation=file://${tmp}/lo-profile`, '--headless', '--convert-to', 'pdf', '--outdir', tmp, docx], { stdio: 'ignore' });
  renameSync(join(tmp, `borderless-${seed}.pdf`), join(OUT, `borderless-${seed}.pdf`));
}

function searchableScan(seed, pages) {
  const parts = pages.map((page) => {
    const image = join(tmp, `${seed}-${page}`);
    execFileSync('pdftoppm', ['-r', '200', '-gray', '-jpeg', '-jpegopt', 'quality=60', '-f', String(page), '-l', String(page), '-singlefile', join(SEEDS, `${seed}.pdf`), image]);
    execFileSync('tesseract', [`${image}.jpg`, image, '-l', 'rus', 'pdf'], { stdio: 'ignore' });
    return `${image}.pdf`;
  });
  execFileSync('pdfunite', [...parts, join(OUT, `searchable-scan-${seed}.pdf`)]);
}
