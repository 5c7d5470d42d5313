/**
 * Issue 14's goal: every activity of every seed, from each of its three input
 * formats, is in each of the three outputs for people, as read back by
 * readers that share no code with the writers — exceljs's reader and
 * LibreOffice Calc for the workbook, ical.js for the calendar, Chromium's
 * DOM for the report.
 */
import { parse as parseCsv } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import ICAL from 'ical.js';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { formatDocument, type OutputFormat } from '../../src/export/index.js';
import { openOutput } from '../../src/export/output.js';
import { ingest } from '../../src/ingest.js';
import type { Activity, RoadmapDocument } from '../../src/model/roadmap.js';
import { Browser, CHROMIUM } from '../helpers/chromium.js';
import { CALC_INSTALLED, sheetsAsCsv } from '../helpers/office.js';
import { SEEDS, seedBytes, type SeedName } from '../helpers/seeds.js';

const INPUTS = (Object.keys(SEEDS) as SeedName[]).flatMap((name) => (['txt', 'docx', 'pdf'] as const).map((extension) => ({ name, extension })));
const documents: RoadmapDocument[] = [];
for (const { name, extension } of INPUTS) documents.push(await ingest(seedBytes(name, extension), { file: `${name}.${extension}` }));

const activitiesOf = (document: RoadmapDocument): Activity[] => document.roadmaps.flatMap((roadmap) => roadmap.activities);
/** What identifies an activity to a reader: its number and title as printed. */
const keys = (activities: Activity[]): string[] => activities.map((activity) => `${activity.number} ${activity.title}`);

async function joined(format: OutputFormat): Promise<Buffer> {
  const chunks: Buffer[] = [];
  const output = openOutput(format, { csv: { delimiter: ',', bom: false }, many: true }, (chunk) => void chunks.push(Buffer.from(chunk)));
  for (const document of documents) await output.add(await formatDocument(document, format, { csv: { delimiter: ',', bom: false }, today: null }));
  await output.close();
  return Buffer.concat(chunks);
}

it('reads 15 seed inputs with activities in each', () => {
  expect(documents).toHaveLength(15);
  expect(documents.every((document) => activitiesOf(document).length > 0)).toBe(true);
});

describe('the workbook of all 15', () => {
  it('holds every activity of every seed, under its file, read by exceljs', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await joined('xlsx')) as unknown as ExcelJS.Buffer);
    const rows: string[][] = [];
    workbook.getWorksheet('Мероприятия')!.eachRow((row, index) => {
      if (index > 1) rows.push([String(row.getCell(1).value), `${row.getCell(7).value} ${row.getCell(8).value}`]);
    });
    for (const document of documents) {
      expect(rows.filter(([file]) => file === document.source.file).map(([, key]) => key), document.source.file).toEqual(keys(activitiesOf(document)));
    }
  });

  it.runIf(CALC_INSTALLED)('holds every activity number of every seed, as printed, read by LibreOffice Calc', async () => {
    const rows: Record<string, string>[] = parseCsv((await sheetsAsCsv(await joined('xlsx'))).get('Мероприятия')!, { columns: true });
    for (const document of documents) {
      expect(rows.filter((row) => row['Файл'] === document.source.file).map((row) => row['№']), document.source.file).toEqual(activitiesOf(document).map((activity) => activity.number ?? ''));
    }
  }, 180_000);
});

describe('the calendar of all 15', () => {
  it('has the events of every activity with days, and leaves out and counts exactly the rest, read by ical.js', async () => {
    const calendar = new ICAL.Component(ICAL.parse((await joined('ics')).toString('utf8')));
    const summaries = new Set(calendar.getAllSubcomponents('vevent').map((event) => String(event.getFirstPropertyValue('summary'))));
    for (const document of documents) {
      const formatted = await formatDocument(document, 'ics', { csv: { delimiter: ',', bom: false }, today: null });
      if (formatted.format !== 'ics') throw new Error('not a calendar');
      const leftOut = Object.values(formatted.leftOut).reduce((sum, n) => sum + n, 0);
      const withEvents = keys(activitiesOf(document)).filter((key) => summaries.has(key));
      expect(withEvents.length + leftOut, document.source.file).toBe(activitiesOf(document).length);
    }
  });
});

describe.runIf(CHROMIUM)('the report of all 15, in Chromium', () => {
  it('shows every activity of every seed in its document’s table, with no request but the file', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'roadmap-ingest-seeds-')), 'seeds.html');
    writeFileSync(file, await joined('html'));
    const browser = new Browser();
    try {
      const page = await browser.newPage();
      await page.navigate(pathToFileURL(file).href);
      const tables = await page.evaluate<string[][]>(
        '[...document.querySelectorAll("article.document")].map((article) => [...article.querySelectorAll("tr.activity")].map((row) => row.cells[0].textContent + " " + row.cells[2].textContent))',
      );
      expect(tables).toEqual(documents.map((document) => keys(activitiesOf(document))));
      expect(page.requests).toEqual([pathToFileURL(file).href]);
    } finally {
      await browser.close();
    }
  }, 120_000);
});
