/**
 * The workbook (-f xlsx), read back three ways: exceljs's reader (a separate
 * code path from the streaming writer), the sheet XML itself, and LibreOffice
 * Calc converting it to CSV (where Calc is installed) — which also shows the
 * file opens without a repair. Expected values come from the seeds' text.
 */
import { parse as parseCsv } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { XMLParser } from 'fast-xml-parser';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { formatDocument } from '../../src/export/index.js';
import { openOutput } from '../../src/export/output.js';
import { SHEET_NAMES, workbookRows } from '../../src/export/xlsx/rows.js';
import { ingest } from '../../src/ingest.js';
import type { RoadmapDocument } from '../../src/model/roadmap.js';
import { CALC_INSTALLED, sheetsAsCsv } from '../helpers/office.js';
import { ingestedSeed, repoRoot } from '../helpers/seeds.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const FORMAT_OPTIONS = { csv: { delimiter: ',' as const, bom: false }, today: null };

async function workbookOf(documents: RoadmapDocument[], many = documents.length > 1): Promise<Buffer> {
  const chunks: Buffer[] = [];
  const output = openOutput('xlsx', { csv: FORMAT_OPTIONS.csv, many }, (chunk) => void chunks.push(Buffer.from(chunk)));
  for (const document of documents) await output.add(await formatDocument(document, 'xlsx', FORMAT_OPTIONS));
  await output.close();
  return Buffer.concat(chunks);
}

async function read(buffer: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ExcelJS.Buffer);
  return workbook;
}

/** A sheet's rows as arrays of cell values, 1-based columns shifted to 0-based. */
function rowsOf(sheet: ExcelJS.Worksheet): ExcelJS.CellValue[][] {
  const rows: ExcelJS.CellValue[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row) => {
    rows.push(Array.from({ length: sheet.columnCount }, (_, index) => row.getCell(index + 1).value));
  });
  return rows;
}

const proletarsk = await ingestedSeed('proletarsk');
const khotynets = await ingestedSeed('khotynets');
const formulas = await ingest(readFileSync(join(repoRoot, 'fixtures/bad/formula-cells.txt')), { file: 'formula-cells.txt' });
const single = await read(await workbookOf([proletarsk]));
const activities = single.getWorksheet(SHEET_NAMES.activities)!;
const header = rowsOf(activities)[0]!.map(String);
const column = (name: string): number => header.indexOf(name) + 1;
const rowOf = (number: string): ExcelJS.Row => {
  let found: ExcelJS.Row | undefined;
  activities.eachRow((row) => {
    if (row.getCell(column('№')).value === number) found = row;
  });
  return found!;
};

describe('sheet «Мероприятия»', () => {
  it('has the CSV’s columns under Russian headers and one row per activity', () => {
    expect(single.worksheets.map((sheet) => sheet.name)).toEqual(['Мероприятия', 'Документ', 'Предупреждения']);
    expect(header.slice(0, 15)).toEqual([
      'Номер приказа',
      'Дата приказа',
      'Дорожная карта',
      'Раздел',
      'Название раздела',
      '№',
      'Мероприятие',
      'Ответственные',
      'Соисполнители',
      'Срок (как в документе)',
      'Вид срока',
      'Начало',
      'Окончание',
      'Ожидаемый результат',
      'Отчётная форма',
    ]);
    expect(activities.actualRowCount).toBe(1 + 25);
  });

  it('keeps seed 001’s 1.1 and 1.10 apart, as printed, in text cells', () => {
    for (const number of ['1.1', '1.10', '4.2']) {
      const cell = rowOf(number).getCell(column('№'));
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      expect(cell.value).toBe(number);
    }
    expect(rowOf('1.10').getCell(column('Срок (как в документе)')).value).toBe('в течение года');
    // The decree's number «345» is a text cell too: a number printed in a document is not a quantity.
    expect(rowOf('1.1').getCell(column('Номер приказа')).type).toBe(ExcelJS.ValueType.String);
  });

  it('writes start and end as real dates shown as ДД.ММ.ГГГГ (001 row 1.1 «сентябрь 2023 г»)', () => {
    const row = rowOf('1.1');
    expect(row.getCell(column('Начало')).value).toEqual(new Date(Date.UTC(2023, 8, 1)));
    expect(row.getCell(column('Окончание')).value).toEqual(new Date(Date.UTC(2023, 8, 30)));
    expect(row.getCell(column('Дата приказа')).value).toEqual(new Date(Date.UTC(2023, 8, 29)));
    expect(row.getCell(column('Начало')).numFmt).toBe('dd.mm.yyyy');
    expect(row.getCell(column('Вид срока')).value).toBe('период');
    expect(rowOf('1.3').getCell(column('Вид срока')).value).toBe('периодически (ежеквартально)');
  });

  it('freezes the header row, filters every row, sizes columns and wraps long text', () => {
    expect(activities.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const lastColumn = activities.getColumn(header.length).letter;
    expect(activities.autoFilter).toBe(`A1:${lastColumn}26`);
    expect(activities.getColumn(column('Мероприятие')).width).toBe(60);
    expect(activities.getColumn(column('№')).width).toBe(8);
    expect(rowOf('1.1').getCell(column('Мероприятие')).alignment).toMatchObject({ wrapText: true, vertical: 'top' });
    expect(activities.getRow(1).font).toMatchObject({ bold: true });
  });

  it('gives each row its place in the document', () => {
    expect(rowOf('1.1').getCell(column('Строка')).value).toBe(proletarsk.roadmaps[0]!.activities[0]!.source.line);
  });
});

describe('sheets «Документ» and «Предупреждения»', () => {
  const documentRows = rowsOf(single.getWorksheet(SHEET_NAMES.document)!);
  const blockAfter = (title: string): ExcelJS.CellValue[][] => {
    const start = documentRows.findIndex((row) => row[0] === title);
    const end = documentRows.findIndex((row, index) => index > start + 1 && row.every((value) => value === null));
    return documentRows.slice(start + 2, end < 0 ? undefined : end);
  };

  it('lists the decree’s requisites (001: приказ № 345 of 29.09.2023, г. Пролетарск)', () => {
    const [requisites] = blockAfter('Реквизиты');
    expect(requisites!.slice(0, 7)).toEqual([
      'proletarsk.txt',
      'TEXT',
      'приказ',
      'РАЙОННЫЙ ОТДЕЛ ОБРАЗОВАНИЯ АДМИНИСТРАЦИИ ПРОЛЕТАРСКОГО РАЙОНА РОСТОВСКОЙ ОБЛАСТИ',
      new Date(Date.UTC(2023, 8, 29)),
      '345',
      'г. Пролетарск',
    ]);
  });

  it('lists every numbered clause of the decree and every alias it defines', () => {
    const orders = blockAfter('Пункты приказа');
    expect(orders.map((row) => row[0])).toEqual(proletarsk.decree.orders.map((order) => order.number));
    expect(orders.find((row) => row[3] === 'до 16.10.2023')?.[5]).toEqual(new Date(Date.UTC(2023, 9, 16)));
    expect(blockAfter('Сокращения, которые вводит документ').map((row) => row[0])).toEqual(proletarsk.aliases.map((alias) => alias.alias));
  });

  it('lists every warning with its code, message and place', () => {
    const sheet = single.getWorksheet(SHEET_NAMES.warnings)!;
    const rows = rowsOf(sheet);
    expect(rows[0]).toEqual(['Код', 'Сообщение', 'Стр.', 'Строка']);
    expect(rows.slice(1)).toEqual(proletarsk.warnings.map((warning) => [warning.code, warning.message, null, warning.source?.line ?? null]));
    expect(rows.slice(1).some((row) => row[0] === 'NUMBERING_GAP')).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
  });
});

describe('a batch', () => {
  it('writes one workbook whose sheets each lead with a «Файл» column', async () => {
    const batch = await read(await workbookOf([proletarsk, khotynets]));
    const rows = rowsOf(batch.getWorksheet(SHEET_NAMES.activities)!);
    expect(rows[0]![0]).toBe('Файл');
    const perFile = new Map<unknown, number>();
    for (const row of rows.slice(1)) perFile.set(row[0], (perFile.get(row[0]) ?? 0) + 1);
    expect(Object.fromEntries(perFile)).toEqual({ 'proletarsk.txt': 25, 'khotynets.txt': 21 });
    expect(rowsOf(batch.getWorksheet(SHEET_NAMES.warnings)!)[0]![0]).toBe('Файл');
    const documentRows = rowsOf(batch.getWorksheet(SHEET_NAMES.document)!);
    expect(documentRows.filter((row) => row[0] === 'proletarsk.txt' || row[0] === 'khotynets.txt').length).toBeGreaterThan(2);
  });
});

describe('text that looks like a formula', () => {
  it('stays text: no cell of the workbook is a formula (fixtures/bad/formula-cells.txt)', async () => {
    const buffer = await workbookOf([formulas]);
    const sheet = (await read(buffer)).getWorksheet(SHEET_NAMES.activities)!;
    const titles: ExcelJS.Cell[] = [];
    sheet.eachRow((row, index) => index > 1 && titles.push(row.getCell(7)));
    expect(titles.map((cell) => cell.value)).toEqual(['=HYPERLINK("http://example.invalid","click")', '@SUM(A1:A9)']);
    expect(titles.every((cell) => cell.type === ExcelJS.ValueType.String)).toBe(true);
    const zip = await JSZip.loadAsync(buffer);
    const xml = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
    expect(xml).not.toMatch(/<f[ >]/u);
    // The sheet XML itself: every cell of the № column is a string (`t="str"`, what the streaming writer writes
    // without a shared-strings table, which Excel opens cleanly), never a number (`t="n"` or no `t`).
    type XmlCell = { r: string; t?: string; v: unknown };
    const rows: { c: XmlCell[] }[] = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', parseTagValue: false }).parse(xml).worksheet.sheetData.row;
    const numberCells = rows.slice(1).map((row) => row.c.find((c) => /^F\d/u.test(c.r))!);
    expect(numberCells.map((c) => [c.t, c.v])).toEqual([
      ['str', '1'],
      ['str', '2'],
    ]);
  });
});

describe('cell limits', () => {
  it('cuts text past Excel’s 32,767 characters and replaces a lone surrogate, so Excel opens the file without repair', () => {
    const document = structuredClone(khotynets);
    document.roadmaps[0]!.activities[0]!.title = 'а'.repeat(40_000);
    document.roadmaps[0]!.activities[1]!.title = 'до\uD800после';
    const rows = workbookRows(document).activities;
    expect((rows[0]![6] as string).length).toBe(32_767);
    expect(rows[1]![6]).toBe('до\uFFFDпосле');
  });
});

describe.runIf(CALC_INSTALLED)('opened by LibreOffice Calc (soffice --convert-to csv)', () => {
  it('reads all three sheets, numbers as printed, dates in the cells’ format, formulas as text', async () => {
    const sheets = await sheetsAsCsv(await workbookOf([proletarsk, formulas]));
    expect([...sheets.keys()].sort()).toEqual(['Документ', 'Мероприятия', 'Предупреждения']);
    const rows: Record<string, string>[] = parseCsv(sheets.get('Мероприятия')!, { columns: true });
    expect(rows).toHaveLength(25 + 2);
    const numbers = rows.filter((row) => row['Файл'] === 'proletarsk.txt').map((row) => row['№']);
    expect(numbers).toEqual(proletarsk.roadmaps[0]!.activities.map((activity) => activity.number));
    expect(numbers).toContain('1.10');
    const first = rows.find((row) => row['№'] === '1.1')!;
    expect([first['Начало'], first['Окончание'], first['Дата приказа']]).toEqual(['01.09.2023', '30.09.2023', '29.09.2023']);
    expect(rows.filter((row) => row['Файл'] === 'formula-cells.txt').map((row) => [row['Мероприятие'], row['Ответственные']])).toEqual([
      ['=HYPERLINK("http://example.invalid","click")', '+Отдел образования'],
      ['@SUM(A1:A9)', '-Школы района'],
    ]);
  }, 180_000);
});
