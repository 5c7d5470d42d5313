import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractPdf } from '../../src/extract/pdf/index.js';
import type { LayoutDocument, LayoutRow, LayoutTable } from '../../src/model/layout.js';

const NO_PASSWORD = { password: null };
const ACTIVITY_NUMBER = /^\d+(?:\.\d+)*\.?$/u;

const seed = (name: string): Uint8Array => readFileSync(new URL(`../../fixtures/seeds/${name}.pdf`, import.meta.url));
const fixture = (name: string): Uint8Array => readFileSync(new URL(`../../fixtures/pdf/${name}.pdf`, import.meta.url));
const tables = (doc: LayoutDocument): LayoutTable[] => doc.blocks.filter((b): b is LayoutTable => b.type === 'table');
const activityRows = (table: LayoutTable): LayoutRow[] => table.rows.filter((r) => ACTIVITY_NUMBER.test(r.cells[0]?.text.trim() ?? ''));
const flat = (text: string): string => text.replace(/\s+/gu, ' ').trim();
const row = (doc: LayoutDocument, number: string): LayoutRow | undefined =>
  tables(doc).flatMap((t) => t.rows).find((r) => r.cells[0]?.text.trim() === number);

describe('extractPdf on the seed decrees', () => {
  it('reads seed 000 as one roadmap table of 21 activities across three pages', async () => {
    const doc = await extractPdf(seed('000_b44aa535d56c7e00'), NO_PASSWORD);
    expect(doc.pages).toBe(4);
    const roadmap = tables(doc).find((t) => activityRows(t).length > 0)!;
    expect(activityRows(roadmap).map((r) => r.cells[0]!.text.trim().replace(/\.$/u, ''))).toEqual([
      '1.1', '1.2', '2.1', '2.2', '2.3', '2.4', '2.5', '2.6', '2.7', '2.8', '2.9',
      '3.1', '3.2', '3.3', '3.4', '3.5', '3.6', '3.7', '3.8', '4.1', '4.2',
    ]);
  });

  it('joins row 4.1 of seed 000 across the page break, keeping the compound учителями-предметниками', async () => {
    const doc = await extractPdf(seed('000_b44aa535d56c7e00'), NO_PASSWORD);
    const activity = row(doc, '4.1.')!;
    expect(flat(activity.cells[1]!.text)).toContain('учителями-предметниками в рамках урочной');
    expect(activity.cells[3]!.text).toBe('Август 2023');
  });

  it('keeps the hyphen of a month range in the deadline of row 2.8 of seed 000', async () => {
    const doc = await extractPdf(seed('000_b44aa535d56c7e00'), NO_PASSWORD);
    expect(flat(row(doc, '2.8')!.cells[3]!.text)).toBe('Ноябрь-декабрь 2023');
    expect(row(doc, '2.8')!.source).toEqual({ page: 3, line: 13 });
  });

  it('finds the 25 roadmap activities of seed 001 and splits a text run that crosses a column rule', async () => {
    const doc = await extractPdf(seed('001_22298858455419f6'), NO_PASSWORD);
    expect(activityRows(tables(doc)[0]!)).toHaveLength(25);
    expect(row(doc, '1.1')!.cells[2]!.text).toBe('сентябрь 2023 г');
    expect(row(doc, '1.1')!.cells[3]!.text).toBe('РОО');
  });

  it('finds the 21 activities of seed 002 in one table over three pages', async () => {
    const doc = await extractPdf(seed('002_0a0b43e67e5df79f'), NO_PASSWORD);
    const roadmap = tables(doc)[0]!;
    expect(activityRows(roadmap)).toHaveLength(21);
    expect(flat(row(doc, '17')!.cells[2]!.text)).toBe('Сентябрь-декабрь 2022');
  });

  it('finds 50 numbered rows over the tables of seed 003, 24 of them in the control-point table', async () => {
    const doc = await extractPdf(seed('003_19b1070cee12e15a'), NO_PASSWORD);
    const counts = tables(doc).map((t) => activityRows(t).length);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(50);
    expect(counts[0]).toBe(24);
    expect(flat(row(doc, '3.1')!.cells[2]!.text)).toBe('Январь-декабрь 2024 г.');
  });

  it('merges the rest of row 1.3 of seed 003 from a page whose first cell spans two columns', async () => {
    const doc = await extractPdf(seed('003_19b1070cee12e15a'), NO_PASSWORD);
    const cut = tables(doc).flatMap((t) => t.rows).find((r) => r.cells[0]!.text.startsWith('1.3 Контроль'))!;
    expect(flat(cut.cells[0]!.text)).toContain('«Цифровая образовательная среда» национального проекта «Образование»');
    expect(flat(cut.cells[2]!.text)).toContain('МКОУ СОШ № 13 пос. Винодельненский, МКОУ СОШ № 17 с.Лесная Дача');
  });

  it('joins the roadmap of seed 004 into one table of 56 numbered rows across seven pages', async () => {
    const doc = await extractPdf(seed('004_2ebadb8ec0ffc95f'), NO_PASSWORD);
    const roadmap = tables(doc).find((t) => activityRows(t).some((r) => r.cells[0]!.text.trim() === '4.2.3.7.'))!;
    expect(activityRows(roadmap)).toHaveLength(56);
    expect(row(doc, '4.1.2.')!.cells[2]!.text).toBe('Февраль-март');
  });
});

describe('extractPdf on generated fixtures', () => {
  it('recovers a table without rules from column alignment, keeping multi-line cells together', async () => {
    const doc = await extractPdf(fixture('stream-table'), NO_PASSWORD);
    expect(doc.blocks.map((b) => b.type)).toEqual(['paragraph', 'table', 'paragraph']);
    expect(tables(doc)[0]!.rows.map((r) => r.cells.map((c) => flat(c.text)))).toEqual([
      ['№', 'Мероприятие', 'Срок', 'Ответственный'],
      ['1.1', 'Разработка плана работы с педагогами школ', 'Январь 2024', 'Отдел образования'],
      ['1.2', 'Проведение семинара', 'Март-апрель 2024', 'Методист'],
      ['1.3', 'Мониторинг результатов обучающихся по математике', 'В течение года', 'Школы'],
    ]);
    expect(tables(doc)[0]!.rows[0]!.cells[0]!.bold).toBe(true);
  });

  it('continues a table without rules onto the next page and merges the row cut by the break', async () => {
    const doc = await extractPdf(fixture('stream-page-break'), NO_PASSWORD);
    expect(tables(doc)).toHaveLength(1);
    expect(tables(doc)[0]!.rows.map((r) => r.cells.map((c) => flat(c.text)))).toEqual([
      ['№', 'Мероприятие', 'Срок', 'Ответственный'],
      ['1.1', 'Разработка плана', 'Январь 2024', 'Отдел образования'],
      ['1.2', 'Проведение семинаров для учителей-предметников района', 'Март-апрель 2024', 'Методист'],
      ['1.3', 'Мониторинг результатов', 'В течение года', 'Школы'],
      ['1.4', 'Итоговый отчёт', 'Декабрь 2024', 'Отдел образования'],
    ]);
  });

  it('merges a row cut by a page break, drops the repeated header and continues onto a page without a header', async () => {
    const doc = await extractPdf(fixture('page-break'), NO_PASSWORD);
    expect(doc.pages).toBe(3);
    const [table] = tables(doc);
    expect(tables(doc)).toHaveLength(1);
    expect(table!.rows.map((r) => r.cells[0]!.text)).toEqual(['№', '1.1', '1.2', '1.3', '1.4']);
    const cut = table!.rows[2]!;
    expect(flat(cut.cells[1]!.text)).toBe(
      'Контроль за эффективностью использования учебно-методических комплексов учителями-предметниками в рамках урочной деятельности',
    );
    expect(cut.cells[2]!.text).toBe('Февраль-март 2024');
    expect(table!.rows[3]!.cells[1]!.text).toBe('Профессиональных конкурсов цикл');
    // Line 1 of page 3 is the running title: left out of the text, but still counted, as a reader would count it.
    expect(table!.rows[4]!.source).toEqual({ page: 3, line: 2 });
  });

  it('drops a repeated header and column-number row on the continuation page but keeps the first', async () => {
    const doc = await extractPdf(fixture('column-numbers'), NO_PASSWORD);
    expect(tables(doc)).toHaveLength(1);
    expect(tables(doc)[0]!.rows.map((r) => r.cells[0]!.text)).toEqual(['№', '1', '1.', '2.']);
    expect(tables(doc)[0]!.rows[3]!.source).toEqual({ page: 2, line: 3 });
  });

  it('recovers a heading across all columns as colSpan and a shared responsible cell as rowSpan', async () => {
    const doc = await extractPdf(fixture('merged-cells'), NO_PASSWORD);
    const rows = tables(doc)[0]!.rows;
    expect(rows.map((r) => r.cells.map((c) => [c.text, c.colSpan, c.rowSpan]))).toEqual([
      [['№', 1, 1], ['Мероприятие', 1, 1], ['Ответственный', 1, 1]],
      [['1. Организационные мероприятия', 3, 1]],
      [['1.1', 1, 1], ['Совещание', 1, 1], ['Исаева Х. Н.', 1, 2]],
      [['1.2', 1, 1], ['Семинар', 1, 1]],
    ]);
    expect(rows[1]!.cells[0]!.bold).toBe(true);
  });

  it('leaves page numbers and the running title out of the text', async () => {
    const doc = await extractPdf(fixture('page-break'), NO_PASSWORD);
    const paragraphs = doc.blocks.filter((b) => b.type === 'paragraph').map((b) => b.text);
    expect(paragraphs).toEqual(['Приложение', 'Начальник отдела Л. М. Зарубина']);
  });

  it('starts a new paragraph at a line far left of a right-aligned one: the number, the title, the signer and the next note stay apart', async () => {
    const doc = await extractPdf(fixture('right-aligned-requisites'), NO_PASSWORD);
    const paragraphs = doc.blocks.filter((b) => b.type === 'paragraph').map((b) => b.text);
    expect(paragraphs).toEqual([
      'ПРИКАЗ',
      '8 декабря 2023 года',
      '№ 515',
      'О проведении мониторинга реализации',
      '4. Контроль за исполнением приказа оставляю за собой.',
      'Начальник отдела',
      'Е.А. Хаустова',
      'Приказ подготовил: заведующий методическим кабинетом',
    ]);
  });

  it('reads a landscape appendix stored with /Rotate 90 upright', async () => {
    const doc = await extractPdf(fixture('landscape-appendix'), NO_PASSWORD);
    const [table] = tables(doc);
    expect(table!.source.page).toBe(2);
    expect(table!.rows.map((r) => r.cells.map((c) => c.text))).toEqual([
      ['№', 'Мероприятие', 'Срок', 'Ответственный'],
      ['1.', 'Совещание с руководителями школ', 'Январь 2024', 'Исаева Х. Н.'],
      ['2.', 'Семинар для заместителей директоров', 'Февраль 2024', 'Лукманова С. Ш.'],
    ]);
  });

  it('rejects an image-only scan with NoTextLayerError that suggests OCR', async () => {
    await expect(extractPdf(fixture('scanned'), NO_PASSWORD)).rejects.toMatchObject({ code: 'NO_TEXT_LAYER', message: expect.stringContaining('OCR') });
  });

  it('rejects a searchable scan whose OCR text is misread past use, saying so and suggesting OCR again (school11-nakhodka-predpisanie-2016.pdf)', async () => {
    const scan = readFileSync(new URL('../../fixtures/real/school11-nakhodka-predpisanie-2016.pdf', import.meta.url));
    await expect(extractPdf(scan, NO_PASSWORD)).rejects.toMatchObject({
      code: 'NO_TEXT_LAYER',
      message: expect.stringMatching(/^the PDF is a scan whose OCR text layer is unreadable \(\d+% of its words misread\); run OCR on it again, e\.g\. `ocrmypdf --force-ocr/u),
    });
  });

  it('reads a searchable scan whose OCR text is fair, a few words misread (ussuriysk-centre-runaways-order-2020.pdf)', async () => {
    const scan = readFileSync(new URL('../../fixtures/real/ussuriysk-centre-runaways-order-2020.pdf', import.meta.url));
    const doc = await extractPdf(scan, NO_PASSWORD);
    expect(doc.warnings).toEqual([]);
    expect(doc.blocks.some((block) => block.type === 'paragraph' && block.text === 'ПРИКАЗ')).toBe(true);
  });

  it('reads the text pages of a PDF with one scanned page and warns about the scan', async () => {
    const doc = await extractPdf(fixture('mixed-scan'), NO_PASSWORD);
    expect(doc.pages).toBe(3);
    expect(tables(doc)).toHaveLength(1);
    expect(doc.warnings).toEqual([
      { code: 'CONTENT_SKIPPED', message: 'page 3 has no text layer (a scan?) and was left out; run OCR to read it', source: { page: 3, line: 1 } },
    ]);
  });

  it('asks for --password on an encrypted file and reads it once given', async () => {
    await expect(extractPdf(fixture('encrypted'), NO_PASSWORD)).rejects.toMatchObject({
      name: 'EncryptedDocumentError',
      message: expect.stringContaining('--password'),
    });
    await expect(extractPdf(fixture('encrypted'), { password: 'wrong' })).rejects.toMatchObject({ message: expect.stringContaining('wrong') });
    const doc = await extractPdf(fixture('encrypted'), { password: 'secret' });
    expect(doc.pages).toBe(2);
  });

  it('reports truncated and garbage files as CorruptDocumentError with a one-line message', async () => {
    for (const name of ['truncated', 'garbage']) {
      const error = await extractPdf(fixture(name), NO_PASSWORD).catch((e: unknown) => e);
      expect(error).toMatchObject({ name: 'CorruptDocumentError', code: 'CORRUPT_DOCUMENT' });
      expect((error as Error).message).not.toContain('\n');
      expect((error as Error).message).toMatch(/^[a-z]/u);
    }
  });
});

describe('joinFragments at PDF line ends', () => {
  it('keeps the hyphen of мастер-класс and month ranges but not of broken words', async () => {
    const { joinFragments } = await import('../../src/layout/text.js');
    expect(joinFragments('проведением мастер-', 'класса')).toBe('проведением мастер-класса');
    expect(joinFragments('Сентябрь-', 'декабрь 2022')).toBe('Сентябрь-декабрь 2022');
    expect(joinFragments('педагогического мастер-', 'ства')).toBe('педагогического мастерства');
    expect(joinFragments('учителями-', 'предметниками')).toBe('учителями-предметниками');
    expect(joinFragments('профессиональ-', 'ных')).toBe('профессиональных');
    expect(joinFragments('на 2023-', '2024 учебный год')).toBe('на 2023-2024 учебный год');
    expect(joinFragments('01.01-', '01.03.2022')).toBe('01.01-01.03.2022');
  });
});
