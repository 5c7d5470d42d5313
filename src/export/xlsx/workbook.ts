/**
 * Documents' rows (./rows.ts) streamed into one XLSX workbook with exceljs's
 * streaming writer: each activity row is committed to the output as it comes,
 * so a batch of thousands of documents never holds its workbook in memory.
 * The «Документ» and «Предупреждения» sheets are small and written at the end.
 */
import { createRequire } from 'node:module';
import type { Writable } from 'node:stream';
import type ExcelJS from 'exceljs';
import {
  ACTIVITY_COLUMNS,
  ALIAS_COLUMNS,
  FILE_COLUMN,
  ORDER_COLUMNS,
  REQUISITE_COLUMNS,
  SHEET_NAMES,
  WARNING_COLUMNS,
  type CellValue,
  type ColumnSpec,
  type WorkbookRows,
} from './rows.js';

/**
 * The streaming writer alone, not exceljs's index: the index also loads its
 * readers and CSV support, twice the start-up time (0.3 s more CPU per run,
 * measured on the seeds) for nothing this module uses. The path is exceljs's
 * own (CommonJS, no `exports` map); package.json pins exceljs to 4.4.x.
 */
const WorkbookWriter = createRequire(import.meta.url)('exceljs/lib/stream/xlsx/workbook-writer.js') as typeof ExcelJS.stream.xlsx.WorkbookWriter;

/** exceljs types a streaming sheet as the ordinary Worksheet, whose commit() writes its rows out. */
type Worksheet = ExcelJS.Worksheet;

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF4' } };
const DATE_FORMAT = 'dd.mm.yyyy';

export class WorkbookStream {
  private readonly workbook: ExcelJS.stream.xlsx.WorkbookWriter;
  private readonly activities: Worksheet;
  private activityRows = 0;
  private readonly buffered: WorkbookRows[] = [];

  /** `many`: rows of several documents, each sheet led by a `Файл` column. */
  constructor(
    output: Writable,
    private readonly many: boolean,
  ) {
    this.workbook = new WorkbookWriter({ stream: output, useStyles: true, useSharedStrings: false });
    this.workbook.creator = 'roadmap-ingest';
    this.workbook.lastModifiedBy = 'roadmap-ingest';
    this.activities = this.addSheet(SHEET_NAMES.activities, this.withFile(ACTIVITY_COLUMNS));
  }

  add(rows: WorkbookRows): void {
    const columns = this.withFile(ACTIVITY_COLUMNS);
    for (const row of rows.activities) {
      commitStyled(this.activities.addRow(this.withFileCell(rows.file, row)), columns);
      this.activityRows += 1;
    }
    // Only what the end-of-run sheets need is kept, not the activities.
    this.buffered.push({ ...rows, activities: [] });
  }

  async close(): Promise<void> {
    filterAll(this.activities, this.withFile(ACTIVITY_COLUMNS).length, this.activityRows);
    this.activities.commit();
    this.writeDocumentSheet();
    this.writeWarningSheet();
    await this.workbook.commit();
  }

  /**
   * One sheet, three blocks, each with a heading and its own header row: the
   * requisites (a row per document), the decree's numbered clauses, and the
   * aliases it defines («далее – …»).
   */
  private writeDocumentSheet(): void {
    const orderColumns = this.withFile(ORDER_COLUMNS);
    const aliasColumns = this.withFile(ALIAS_COLUMNS);
    const widest = [REQUISITE_COLUMNS, orderColumns, aliasColumns].reduce((a, b) => (a.length >= b.length ? a : b));
    const sheet = this.workbook.addWorksheet(SHEET_NAMES.document);
    // The widths of the widest block; every block's cells carry their own column's style.
    sheet.columns = widest.map((column) => ({ width: column.width }));
    const block = (title: string, columns: readonly ColumnSpec[], rows: CellValue[][], first: boolean): void => {
      if (!first) sheet.addRow([]).commit();
      const heading = sheet.addRow([title]);
      heading.font = { bold: true, size: 12 };
      heading.commit();
      writeHeader(sheet.addRow(columns.map((column) => column.header)));
      for (const row of rows) writeStyled(sheet.addRow(row), columns);
    };
    block('Реквизиты', REQUISITE_COLUMNS, this.buffered.map((rows) => rows.requisites), true);
    block('Пункты приказа', orderColumns, this.buffered.flatMap((rows) => rows.orders.map((row) => this.withFileCell(rows.file, row))), false);
    block('Сокращения, которые вводит документ', aliasColumns, this.buffered.flatMap((rows) => rows.aliases.map((row) => this.withFileCell(rows.file, row))), false);
    sheet.commit();
  }

  private writeWarningSheet(): void {
    const columns = this.withFile(WARNING_COLUMNS);
    const sheet = this.addSheet(SHEET_NAMES.warnings, columns);
    let count = 0;
    for (const rows of this.buffered) {
      for (const row of rows.warnings) {
        commitStyled(sheet.addRow(this.withFileCell(rows.file, row)), columns);
        count += 1;
      }
    }
    filterAll(sheet, columns.length, count);
    sheet.commit();
  }

  /** A table sheet: widths and cell styles by column, the header row frozen above the rows. */
  private addSheet(name: string, columns: readonly ColumnSpec[]): Worksheet {
    const sheet = this.workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1, xSplit: 0, activeCell: 'A2' }] });
    sheet.columns = columns.map((column) => ({ width: column.width, style: columnStyle(column) }));
    writeHeader(sheet.addRow(columns.map((column) => column.header)));
    return sheet;
  }

  private withFile(columns: readonly ColumnSpec[]): readonly ColumnSpec[] {
    return this.many ? [FILE_COLUMN, ...columns] : columns;
  }

  private withFileCell(file: string, row: CellValue[]): CellValue[] {
    return this.many ? [file, ...row] : row;
  }
}

/**
 * One style object per column, shared by its cells: exceljs registers a
 * style it has seen as that object at once, and renders any other to XML to
 * look it up, which for a fresh object on every cell was most of the time a
 * workbook took to write.
 */
const columnStyles = new WeakMap<ColumnSpec, Partial<ExcelJS.Style>>();

function columnStyle(column: ColumnSpec): Partial<ExcelJS.Style> {
  let style = columnStyles.get(column);
  if (!style) {
    const alignment: Partial<ExcelJS.Alignment> = { vertical: 'top', wrapText: column.type === 'longText' };
    // `@`: text typed into the cell later stays text too, as the printed numbers in it are.
    const numFmt = column.type === 'date' ? DATE_FORMAT : column.type === 'integer' ? '0' : '@';
    style = { alignment, numFmt };
    columnStyles.set(column, style);
  }
  return style;
}

/** A row of a table sheet, each written cell given its column's shared style. */
function commitStyled(row: ExcelJS.Row, columns: readonly ColumnSpec[]): void {
  row.eachCell((cell, index) => {
    const column = columns[index - 1];
    if (column) cell.style = columnStyle(column);
  });
  row.commit();
}

function writeHeader(row: ExcelJS.Row): void {
  row.font = { bold: true };
  row.alignment = { vertical: 'middle', wrapText: true };
  row.eachCell((cell) => {
    cell.fill = HEADER_FILL;
  });
  row.commit();
}

/** Rows outside a sheet with column styles (the «Документ» blocks) get each cell's style from its own block. */
function writeStyled(row: ExcelJS.Row, columns: readonly ColumnSpec[]): void {
  columns.forEach((column, index) => {
    row.getCell(index + 1).style = columnStyle(column);
  });
  row.commit();
}

/** The autofilter over the header and every row written. */
function filterAll(sheet: Worksheet, columns: number, rows: number): void {
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: rows + 1, column: columns } };
}
