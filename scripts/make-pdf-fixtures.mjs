/**
 * Generates the PDF fixtures under fixtures/pdf/ (committed, so tests need
 * none of the tools used here). Cyrillic text needs an embedded font, hence
 * DejaVu Sans from fonts-dejavu-core; the scan needs pdftoppm and the
 * encrypted file qpdf (both from apt).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { PDFDocument, degrees, rgb } from 'pdf-lib';
import fontkit from '@pdf-lib/fontkit';

const OUT = new URL('../fixtures/pdf/', import.meta.url).pathname;
const FONT = '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf';
const FONT_BOLD = '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf';
mkdirSync(OUT, { recursive: true });

async function newDoc() {
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  const font = await doc.embedFont(readFileSync(FONT), { subset: true });
  const bold = await doc.embedFont(readFileSync(FONT_BOLD), { subset: true });
  return { doc, font, bold };
}

/**
 * A page drawn in "view" coordinates (top-left origin, y down). For a page
 * with /Rotate 90 the view is mapped back into user space so the text reads
 * upright in a viewer, the way scanned-in landscape appendices are stored.
 */
function viewPage(doc, width, height, rotate = 0) {
  const page = rotate ? doc.addPage([height, width]) : doc.addPage([width, height]);
  if (rotate) page.setRotation(degrees(90));
  const toUser = (x, y) => (rotate ? { x: y, y: x } : { x, y: height - y });
  return {
    text(str, x, y, font, size = 10) {
      const p = toUser(x, y);
      page.drawText(str, { x: p.x, y: p.y, size, font, rotate: degrees(rotate ? 90 : 0) });
    },
    line(x0, y0, x1, y1) {
      page.drawLine({ start: toUser(x0, y0), end: toUser(x1, y1), thickness: 0.5, color: rgb(0, 0, 0) });
    },
  };
}

/**
 * Draws a ruled table; each row is an array of cells, each cell an array of
 * lines. Returns the y below the table.
 */
function ruledTable(view, x, y, widths, rows, font, { lineHeight = 12, topRule = true, bottomRule = true } = {}) {
  const xs = [x];
  for (const w of widths) xs.push(xs[xs.length - 1] + w);
  let top = y;
  if (topRule) view.line(xs[0], top, xs[xs.length - 1], top);
  rows.forEach((row, r) => {
    const height = Math.max(...row.map((c) => c.length)) * lineHeight + 6;
    row.forEach((cellLines, c) => cellLines.forEach((l, k) => view.text(l, xs[c] + 3, top + 3 + (k + 1) * lineHeight - 3, font)));
    for (const cx of xs) view.line(cx, top, cx, top + height);
    top += height;
    if (r < rows.length - 1 || bottomRule) view.line(xs[0], top, xs[xs.length - 1], top);
  });
  return top;
}

const HEADER = [['№'], ['Мероприятие'], ['Срок'], ['Ответственный']];
const WIDTHS = [40, 250, 100, 120];

async function save(name, doc) {
  writeFileSync(OUT + name, await doc.save({ useObjectStreams: false }));
}

// 1. A table without rules: columns only by alignment, numbering starts rows.
{
  const { doc, font, bold } = await newDoc();
  const v = viewPage(doc, 595, 842);
  v.text('План мероприятий', 60, 60, bold, 12);
  const cols = [60, 100, 330, 450];
  v.text('№', cols[0], 100, bold); v.text('Мероприятие', cols[1], 100, bold); v.text('Срок', cols[2], 100, bold); v.text('Ответственный', cols[3], 100, bold);
  const rows = [
    ['1.1', ['Разработка плана работы', 'с педагогами школ'], ['Январь 2024'], ['Отдел образования']],
    ['1.2', ['Проведение семинара'], ['Март-апрель', '2024'], ['Методист']],
    ['1.3', ['Мониторинг результатов', 'обучающихся', 'по математике'], ['В течение года'], ['Школы']],
  ];
  let y = 125;
  for (const [n, a, b, c] of rows) {
    v.text(n, cols[0], y, font);
    [a, b, c].forEach((cellLines, i) => cellLines.forEach((l, k) => v.text(l, cols[i + 1], y + k * 12, font)));
    y += Math.max(a.length, b.length, c.length) * 12 + 8;
  }
  v.text('Начальник отдела образования', 60, y + 30, font);
  await save('stream-table.pdf', doc);
}

// 1b. The same kind of table running over a page break that cuts row 1.2.
{
  const { doc, font, bold } = await newDoc();
  const cols = [60, 100, 330, 450];
  const v1 = viewPage(doc, 595, 842);
  v1.text('№', cols[0], 700, bold); v1.text('Мероприятие', cols[1], 700, bold); v1.text('Срок', cols[2], 700, bold); v1.text('Ответственный', cols[3], 700, bold);
  v1.text('1.1', cols[0], 725, font); v1.text('Разработка плана', cols[1], 725, font); v1.text('Январь 2024', cols[2], 725, font); v1.text('Отдел образования', cols[3], 725, font);
  v1.text('1.2', cols[0], 750, font); v1.text('Проведение семинаров для', cols[1], 750, font); v1.text('Март-', cols[2], 750, font); v1.text('Методист', cols[3], 750, font);
  v1.text('учителей-', cols[1], 762, font);
  const v2 = viewPage(doc, 595, 842);
  v2.text('предметников района', cols[1], 60, font); v2.text('апрель 2024', cols[2], 60, font);
  v2.text('1.3', cols[0], 85, font); v2.text('Мониторинг результатов', cols[1], 85, font); v2.text('В течение года', cols[2], 85, font); v2.text('Школы', cols[3], 85, font);
  v2.text('1.4', cols[0], 110, font); v2.text('Итоговый отчёт', cols[1], 110, font); v2.text('Декабрь 2024', cols[2], 110, font); v2.text('Отдел образования', cols[3], 110, font);
  await save('stream-page-break.pdf', doc);
}

// 2. A ruled table whose row 1.2 is cut by the page break; the header repeats.
// 3. Its third page continues without a header at all.
{
  const { doc, font } = await newDoc();
  const p1 = viewPage(doc, 595, 842);
  p1.text('Приложение', 60, 60, font);
  ruledTable(p1, 40, 80, WIDTHS, [
    HEADER,
    [['1.1'], ['Разработка дорожной карты'], ['Январь 2024'], ['Отдел образования']],
    [['1.2'], ['Контроль за эффективностью', 'использования учебно-методических', 'комплексов учителями-'], ['Февраль-'], ['Школы']],
  ], font, { bottomRule: false });
  p1.text('1', 297, 820, font);
  p1.text('Дорожная карта на 2024 год', 400, 25, font, 8);
  const p2 = viewPage(doc, 595, 842);
  ruledTable(p2, 40, 50, WIDTHS, [
    HEADER,
    [[], ['предметниками в рамках урочной', 'деятельности'], ['март 2024'], []],
    [['1.3'], ['Профессиональ-', 'ных конкурсов цикл'], ['В течение года'], ['Методисты']],
  ], font);
  p2.text('2', 297, 820, font);
  p2.text('Дорожная карта на 2024 год', 400, 25, font, 8);
  const p3 = viewPage(doc, 595, 842);
  ruledTable(p3, 40, 50, WIDTHS, [
    [['1.4'], ['Итоговый отчёт'], ['Декабрь 2024'], ['Отдел образования']],
  ], font);
  p3.text('Начальник отдела Л. М. Зарубина', 60, 200, font);
  p3.text('3', 297, 820, font);
  p3.text('Дорожная карта на 2024 год', 400, 25, font, 8);
  await save('page-break.pdf', doc);
}

// 3b. Headers followed by a column-number row, both repeated on the next page.
{
  const { doc, font } = await newDoc();
  const numbers = [['1'], ['2'], ['3'], ['4']];
  const p1 = viewPage(doc, 595, 842);
  ruledTable(p1, 40, 60, WIDTHS, [HEADER, numbers, [['1.'], ['Совещание'], ['Январь'], ['Отдел образования']]], font);
  const p2 = viewPage(doc, 595, 842);
  ruledTable(p2, 40, 60, WIDTHS, [HEADER, numbers, [['2.'], ['Семинар'], ['Февраль'], ['Методист']]], font);
  await save('column-numbers.pdf', doc);
}

// 3c. Merged cells: a section heading across all columns, one responsible for two rows.
{
  const { doc, font, bold } = await newDoc();
  const v = viewPage(doc, 595, 842);
  const xs = [40, 80, 330, 450];
  const ys = [60, 80, 100, 124, 148];
  for (const y of [ys[0], ys[1], ys[2], ys[4]]) v.line(xs[0], y, xs[3], y);
  v.line(xs[0], ys[3], xs[2], ys[3]); // no rule under the shared responsible cell
  v.line(xs[0], ys[0], xs[0], ys[4]); v.line(xs[3], ys[0], xs[3], ys[4]);
  for (const x of [xs[1], xs[2]]) { v.line(x, ys[0], x, ys[1]); v.line(x, ys[2], x, ys[4]); }
  v.text('№', 43, 74, font); v.text('Мероприятие', 83, 74, font); v.text('Ответственный', 333, 74, font);
  v.text('1. Организационные мероприятия', 43, 94, bold);
  v.text('1.1', 43, 116, font); v.text('Совещание', 83, 116, font); v.text('Исаева Х. Н.', 333, 128, font);
  v.text('1.2', 43, 140, font); v.text('Семинар', 83, 140, font);
  await save('merged-cells.pdf', doc);
}

// 3d. Requisites and a signature set right-aligned above and beside left-aligned text (seeds 000, 001, 004).
{
  const { doc, font } = await newDoc();
  const v = viewPage(doc, 595, 842);
  v.text('ПРИКАЗ', 260, 60, font, 12);
  v.text('8 декабря 2023 года', 60, 90, font, 12);
  v.text('№ 515', 490, 106, font, 12);
  v.text('О проведении мониторинга реализации', 60, 122, font, 12);
  v.text('4. Контроль за исполнением приказа оставляю за собой.', 96, 160, font, 12);
  v.text('Начальник отдела', 60, 176, font, 12);
  v.text('Е.А. Хаустова', 430, 192, font, 12);
  v.text('Приказ подготовил: заведующий методическим кабинетом', 96, 208, font, 12);
  await save('right-aligned-requisites.pdf', doc);
}

// 4. A portrait decree with a landscape appendix stored as /Rotate 90.
{
  const { doc, font } = await newDoc();
  const p1 = viewPage(doc, 595, 842);
  p1.text('ПРИКАЗ', 60, 60, font, 12);
  p1.text('Утвердить план мероприятий (приложение).', 60, 90, font);
  const p2 = viewPage(doc, 842, 595, 90);
  p2.text('Приложение к приказу', 60, 50, font);
  ruledTable(p2, 40, 70, [50, 400, 150, 200], [
    HEADER,
    [['1.'], ['Совещание с руководителями школ'], ['Январь 2024'], ['Исаева Х. Н.']],
    [['2.'], ['Семинар для заместителей директоров'], ['Февраль 2024'], ['Лукманова С. Ш.']],
  ], font);
  await save('landscape-appendix.pdf', doc);
}

// 5. A scanned page: only an image, no text layer.
{
  const tmp = OUT + 'tmp-scan';
  execFileSync('pdftoppm', ['-png', '-r', '30', '-f', '1', '-l', '1', new URL('../fixtures/seeds/000_b44aa535d56c7e00.pdf', import.meta.url).pathname, tmp]);
  const png = readFileSync(`${tmp}-1.png`);
  rmSync(`${tmp}-1.png`);
  const doc = await PDFDocument.create();
  const image = await doc.embedPng(png);
  const page = doc.addPage([595, 842]);
  page.drawImage(image, { x: 0, y: 0, width: 595, height: 842 });
  await save('scanned.pdf', doc);
}

// 6. Encrypted with a user password; 7. truncated mid-file.
execFileSync('qpdf', ['--encrypt', 'secret', 'owner', '256', '--', OUT + 'landscape-appendix.pdf', OUT + 'encrypted.pdf']);
const whole = readFileSync(OUT + 'page-break.pdf');
writeFileSync(OUT + 'truncated.pdf', whole.subarray(0, 400));
writeFileSync(OUT + 'garbage.pdf', Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(2000, 0x41)]));
// 8. A text decree with a scanned page appended: read, with a warning for the scan.
execFileSync('qpdf', ['--empty', '--pages', OUT + 'landscape-appendix.pdf', OUT + 'scanned.pdf', '--', OUT + 'mixed-scan.pdf']);
