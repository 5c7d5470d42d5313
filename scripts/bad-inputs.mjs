/**
 * The hostile-input corpus of issue 8: files a user will one day hand the
 * tool by mistake or by malice. Each generator returns the file's bytes;
 * test/hostile/bad-inputs.test.ts asserts what becomes of each.
 *
 * Run `node scripts/bad-inputs.mjs` to (re)write the small files under
 * fixtures/bad/ (committed) and the large ones under fixtures/bad/large/
 * (git-ignored: tests make those at run time instead).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { crc32, deflateSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { zip } from './lib/zip.mjs';

const SEEDS = new URL('../fixtures/seeds/', import.meta.url);

/** A seed decree's bytes (`000_b44aa535d56c7e00.pdf`, …). */
export function seed(name) {
  return readFileSync(new URL(name, SEEDS));
}

/** Deterministic pseudo-random bytes (xorshift32), so a failure can be replayed. */
export function randomBytes(length, state = 0x9e3779b9) {
  const out = Buffer.alloc(length);
  let x = state >>> 0 || 1;
  for (let i = 0; i < length; i += 1) {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    out[i] = x & 0xff;
  }
  return out;
}

// ------------------------------------------------------------------- text

/** The decree around a plan: letterhead, requisites, one order, a signature and the plan's caption. */
const DECREE_HEAD = [
  'ОТДЕЛ ОБРАЗОВАНИЯ АДМИНИСТРАЦИИ ТЕСТОВОГО РАЙОНА',
  'ПРИКАЗ',
  '',
  '8 декабря 2023 года',
  '',
  '№ 515',
  '',
  'Об утверждении плана мероприятий на 2023 год',
  '',
  'ПРИКАЗЫВАЮ:',
  '',
  '1. Утвердить план мероприятий («дорожную карту») на 2023 год.',
  '',
  'Начальник отдела образования',
  'Л. М. Зарубина',
  '',
].join('\n');

const PLAN_CAPTION = 'План мероприятий («дорожная карта») на 2023 год';
const PLAN_HEADER = ['№ п/п', 'Мероприятие', 'Ответственный', 'Срок'];
const MONTHS = ['Январь', 'Февраль', 'Март', 'Апрель', 'Май', 'Июнь', 'Июль', 'Август', 'Сентябрь', 'Октябрь', 'Ноябрь', 'Декабрь'];

/** Activities a generated plan puts in one section: numbers print at most three digits a part. */
const SECTION_SIZE = 100;

/** Activity `i` (from 1) of a generated plan, numbered `section.n.`: number, title, responsible, deadline. */
export function planRow(i) {
  const number = `${Math.ceil(i / SECTION_SIZE)}.${((i - 1) % SECTION_SIZE) + 1}.`;
  return [number, `Мероприятие ${number} по выравниванию образовательных результатов`, 'Отдел образования', `${MONTHS[(i - 1) % 12]} 2023`];
}

/** Activities 1 … count, each hundred under a numbered section row. */
export function planRows(count) {
  const rows = [];
  for (let i = 1; i <= count; i += 1) {
    if ((i - 1) % SECTION_SIZE === 0) rows.push([`${Math.ceil(i / SECTION_SIZE)}.`, `Раздел ${Math.ceil(i / SECTION_SIZE)}`, '', '']);
    rows.push(planRow(i));
  }
  return rows;
}

/** A decree with a tab-separated plan; `rows` are arrays of cells. */
export function decreeText(rows, { header = PLAN_HEADER, caption = PLAN_CAPTION } = {}) {
  return [DECREE_HEAD, caption, '', [header, ...rows].map((cells) => cells.join('\t')).join('\n'), ''].join('\n');
}

/** A decree whose plan has `count` activities numbered 1 … count. */
export function planText(count) {
  return decreeText(planRows(count));
}

/** A decree with no table at all. */
export function noTableText() {
  return `${DECREE_HEAD}\nПриложение: план будет утверждён отдельным приказом.\n`;
}

/** Plan rows repeated up to `bytes` bytes of UTF-8: the shape of a very large real export. */
export function largeText(bytes) {
  const head = Buffer.from(decreeText([]));
  const parts = [head];
  let size = head.length;
  for (let i = 1; size < bytes; i += 1) {
    const line = Buffer.from(`${planRow(i).join('\t')}\n`);
    parts.push(line);
    size += line.length;
  }
  return fitTo(Buffer.concat(parts), bytes);
}

/** One line of `bytes` bytes of Russian words and punctuation, no line break anywhere. */
export function singleLineText(bytes) {
  const words = ['мероприятие', 'отдел', 'образования,', 'план', '(далее', '–', 'ОО)', '«дорожная', 'карта»', '2023', 'г.', 'учителя-', 'предметники;'];
  const parts = [];
  let size = 0;
  for (let i = 0; size < bytes; i += 1) {
    const word = `${words[i % words.length]} `;
    parts.push(word);
    size += Buffer.byteLength(word);
  }
  return fitTo(Buffer.from(parts.join('')), bytes);
}

/** Exactly `bytes` bytes of UTF-8: cut before a character the cut would split, padded with spaces. */
function fitTo(buffer, bytes) {
  let end = Math.min(bytes, buffer.length);
  while (end > 0 && (buffer[end] & 0xc0) === 0x80) end -= 1;
  return Buffer.concat([buffer.subarray(0, end), Buffer.alloc(bytes - end, 0x20)]);
}

/**
 * The decree in UTF-8 with its plan rows pasted in from a windows-1251 file,
 * as happens when two exports are concatenated.
 */
export function mixedEncodingText() {
  const head = Buffer.from(decreeText([]));
  const rows = iconv.encode(`${planRows(3).map((cells) => cells.join('\t')).join('\n')}\n`, 'windows-1251');
  return Buffer.concat([head, rows]);
}

/**
 * A plan whose cells hold markup nested `depth` levels deep: balanced
 * `<b><i><span>` in the title cell, `<div>` never closed in the responsible
 * cell (HTML pasted from a web page).
 */
export function nestedMarkupText(depth, rows = 3) {
  const open = '<b><i><span class="x">'.repeat(depth);
  const close = '</span></i></b>'.repeat(depth);
  return decreeText(
    Array.from({ length: rows }, (_, index) => {
      const [number, title, responsible, deadline] = planRow(index + 1);
      return [number, `${open}${title}${close}`, `${'<div>'.repeat(depth)}${responsible}`, deadline];
    }),
  );
}

/** Cells that a spreadsheet would run as formulas (CSV injection, OWASP). */
export function formulaText() {
  return decreeText([
    ['1.', '=HYPERLINK("http://example.invalid","click")', '+Отдел образования', 'Март 2023'],
    ['2.', '@SUM(A1:A9)', '-Школы района', 'Апрель 2023'],
  ]);
}

// ------------------------------------------------------------------- PDF

/**
 * A PDF assembled by hand (ISO 32000-1 §7.5): one content stream shared by
 * every page, so that a 2,000-page file is made in milliseconds; Helvetica
 * is a standard font, so nothing is embedded.
 */
export function rawPdf(content, pageCount = 1) {
  const objects = [];
  const pageIds = Array.from({ length: pageCount }, (_, index) => 5 + index);
  objects[1] = '<< /Type /Catalog /Pages 2 0 R >>';
  objects[2] = `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pageCount} >>`;
  objects[3] = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>';
  objects[4] = `<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`;
  for (const id of pageIds) {
    objects[id] = '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents 4 0 R >>';
  }
  return pdfOf(objects);
}

/** A PDF of the objects given, numbered from 1 (`objects[1]` the catalogue), with its cross-reference table. */
function pdfOf(objects) {
  let body = '%PDF-1.4\n';
  const offsets = [];
  for (let id = 1; id < objects.length; id += 1) {
    offsets[id] = Buffer.byteLength(body, 'latin1');
    body += `${id} 0 obj\n${objects[id]}\nendobj\n`;
  }
  const xref = Buffer.byteLength(body, 'latin1');
  body += `xref\n0 ${objects.length}\n0000000000 65535 f \n`;
  for (let id = 1; id < objects.length; id += 1) body += `${String(offsets[id]).padStart(10, '0')} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

/** `pages` pages, each with the same two lines of text. */
export function manyPagesPdf(pages) {
  return rawPdf('BT /F1 12 Tf 72 770 Td (Prikaz No 515) Tj 0 -20 Td (Plan meropriyatiy na 2023 god) Tj ET', pages);
}

/**
 * One page whose text is a single baseline of `words` words, each drawn by a
 * Td of its own and most far off the page to the right: what a broken
 * generator or a hostile file gives pdf.js as one giant line.
 */
export function giantLinePdf(words) {
  const parts = ['BT /F1 10 Tf 40 700 Td'];
  for (let i = 0; i < words; i += 1) parts.push(`(w${i}) Tj 30 0 Td`);
  parts.push('ET');
  return rawPdf(parts.join('\n'));
}

/** A seed PDF whose cross-reference table has every offset wrong: pdf.js must rebuild it. */
export function brokenXrefPdf(bytes) {
  const text = bytes.toString('latin1');
  const start = text.lastIndexOf('\nxref');
  if (start < 0) throw new Error('the PDF has no classic xref table');
  const broken = text.slice(0, start) + text.slice(start).replace(/^\d{10} (\d{5}) n/gmu, '0000000001 $1 n');
  return Buffer.from(broken, 'latin1');
}

// ------------------------------------------------------------------- DOCX

const CONTENT_TYPES = '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';
const RELS = '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>';
const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

/**
 * A Word package around a `<w:body>` given as XML; `declaredSize` may lie
 * about document.xml, and `before` goes ahead of its XML declaration.
 */
export function docxWithBody(bodyXml, { declaredSize, before = '' } = {}) {
  const document = Buffer.from(`${before}<?xml version="1.0" encoding="UTF-8"?><w:document ${W}><w:body>${bodyXml}</w:body></w:document>`);
  return zip([
    ['[Content_Types].xml', Buffer.from(CONTENT_TYPES)],
    ['_rels/.rels', Buffer.from(RELS)],
    ['word/document.xml', document, declaredSize === undefined ? {} : { declaredSize }],
  ]);
}

/**
 * A decompression bomb: a document.xml of about `bytes` bytes of white space
 * (it deflates about 1000:1), declared honestly or, with `declaredSize`, as
 * something small so that only inflating it shows the truth.
 */
export function bombDocx(bytes, { declaredSize } = {}) {
  return docxWithBody(' '.repeat(bytes), { declaredSize });
}

/** A document.xml of about `tags` tags: one-letter paragraphs, the costliest thing for mammoth to hold. */
export function manyTagsDocx(tags) {
  const paragraph = '<w:p><w:r><w:t>а</w:t></w:r></w:p>';
  return docxWithBody(paragraph.repeat(Math.ceil(tags / 6)));
}

/**
 * The fuzz run's find (issue 8): an element ahead of the XML declaration,
 * before 5,000 paragraphs. xmldom's error path is quadratic in what follows.
 */
export function strayRootDocx(before = '<br>') {
  return docxWithBody('<w:p><w:r><w:t>Совещание руководителей</w:t></w:r></w:p>'.repeat(5000), { before });
}

/** Tables nested `depth` deep inside one cell (a Word layout trick taken to the extreme). */
export function nestedTablesDocx(depth) {
  const open = '<w:tbl><w:tr><w:tc>';
  const close = '<w:p/></w:tc></w:tr></w:tbl>';
  return docxWithBody(`<w:p><w:r><w:t>ПРИКАЗ</w:t></w:r></w:p>${open.repeat(depth)}<w:p><w:r><w:t>глубоко</w:t></w:r></w:p>${close.repeat(depth)}<w:p/>`);
}

// ------------------------------------------------------------------- images (issue 13)

function pngChunk(type, data) {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** A greyscale PNG (colour type 0, 8 bits) whose header says `width` × `height`, with `idat` as its image data. */
export function greyPng(width, height, idat) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 0, 0, 0, 0], 8);
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), pngChunk('IHDR', ihdr), pngChunk('IDAT', idat), pngChunk('IEND', Buffer.alloc(0))]);
}

/** White rows of a grey PNG, each after its filter byte, deflated. */
function whiteRows(width, rows) {
  const row = Buffer.alloc(width + 1, 255);
  row[0] = 0;
  return deflateSync(Buffer.concat(Array.from({ length: rows }, () => row)));
}

/**
 * One page that is a 1 × 1 px image stretched over A4 (a scanner's blank
 * placeholder): no scan to take as it is, and nothing to read once rendered.
 */
export function onePixelPdf() {
  const objects = [];
  objects[1] = '<< /Type /Catalog /Pages 2 0 R >>';
  objects[2] = '<< /Type /Pages /Kids [4 0 R] /Count 1 >>';
  objects[3] = '<< /Type /XObject /Subtype /Image /Width 1 /Height 1 /ColorSpace /DeviceGray /BitsPerComponent 8 /Length 1 >>\nstream\n\x80\nendstream';
  objects[4] = '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im1 3 0 R >> >> /Contents 5 0 R >>';
  const content = 'q 595 0 0 842 0 0 cm /Im1 Do Q';
  objects[5] = `<< /Length ${content.length} >>\nstream\n${content}\nendstream`;
  return pdfOf(objects);
}

// ------------------------------------------------------------------- the corpus on disk

/** name → bytes, small enough to commit. */
export function smallCorpus() {
  return {
    'empty.txt': Buffer.alloc(0),
    'zero-byte.pdf': Buffer.alloc(0),
    'truncated.pdf': seed('000_b44aa535d56c7e00.pdf').subarray(0, 20_000),
    'broken-xref.pdf': brokenXrefPdf(seed('000_b44aa535d56c7e00.pdf')),
    'docx-named.pdf': seed('000_b44aa535d56c7e00.docx'),
    'pdf-named.docx': seed('000_b44aa535d56c7e00.pdf'),
    'random-bytes.txt': randomBytes(4096),
    'mixed-encodings.txt': mixedEncodingText(),
    'no-table.txt': Buffer.from(noTableText()),
    'nested-markup.txt': Buffer.from(nestedMarkupText(200)),
    'formula-cells.txt': Buffer.from(formulaText()),
    'giant-line.pdf': giantLinePdf(2000),
    'bomb.docx': bombDocx(64 * 1024 * 1024, { declaredSize: 1000 }),
    'nested-tables.docx': nestedTablesDocx(200),
    'stray-root.docx': strayRootDocx(),
    // A PNG whose header is sound and whose image data is noise.
    'corrupt.png': greyPng(100, 100, randomBytes(600)),
    'zero-size.png': greyPng(0, 0, whiteRows(1, 1)),
    // Its header says 20,000 × 20,000 px; it is refused from the header, so its data can stay a few rows.
    'huge-20000.png': greyPng(20_000, 20_000, whiteRows(20_000, 4)),
    'one-pixel-page.pdf': onePixelPdf(),
  };
}

/** name → a function making the bytes; too large to commit. */
export const LARGE_CORPUS = {
  'pages-2000.pdf': () => manyPagesPdf(2000),
  'many-tags.docx': () => manyTagsDocx(500_000),
  'text-50mb.txt': () => largeText(50 * 1024 * 1024),
  'single-line-5mb.txt': () => singleLineText(5 * 1024 * 1024),
  'rows-10000.txt': () => Buffer.from(planText(10_000)),
};

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const out = new URL('../fixtures/bad/', import.meta.url);
  mkdirSync(new URL('large/', out), { recursive: true });
  for (const [name, bytes] of Object.entries(smallCorpus())) writeFileSync(new URL(name, out), bytes);
  for (const [name, make] of Object.entries(LARGE_CORPUS)) writeFileSync(new URL(`large/${name}`, out), make());
  console.log(`wrote ${Object.keys(smallCorpus()).length} files to fixtures/bad/ and ${Object.keys(LARGE_CORPUS).length} to fixtures/bad/large/`);
}
