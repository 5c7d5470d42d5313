/**
 * The output formats. A batch formats each document in its worker
 * (formatDocument) and hands the result to the main thread, which joins the
 * documents into one output (./output.ts): text that streams as it is, or
 * the rows and events one workbook or calendar gathers.
 */
import type { RoadmapDocument } from '../model/roadmap.js';
import { csvRecords, type CsvOptions } from './csv.js';
import { reportSection, reportTitle } from './html/report.js';
import { calendarEvents, type DocumentEvents } from './ics/events.js';
import { toJson } from './json.js';
import { workbookRows, type WorkbookRows } from './xlsx/rows.js';

export const OUTPUT_FORMATS = ['json', 'ndjson', 'csv', 'xlsx', 'ics', 'html'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

/** The file name extension of each format's output. */
export const OUTPUT_EXTENSIONS: Readonly<Record<OutputFormat, string>> = {
  json: 'json',
  ndjson: 'json',
  csv: 'csv',
  xlsx: 'xlsx',
  ics: 'ics',
  html: 'html',
};

export interface FormatOptions {
  csv: CsvOptions;
  /** The day an HTML timeline marks as today (ISO), or null. */
  today: string | null;
}

export type FormattedDocument =
  | { format: 'json' | 'ndjson' | 'csv'; text: string }
  | { format: 'html'; text: string; title: string }
  | ({ format: 'ics'; title: string } & DocumentEvents)
  | { format: 'xlsx'; rows: WorkbookRows };

/** JSON is pretty-printed; NDJSON is one line; CSV is the activity rows without the header (see csvHeader); HTML is the document's `<article>`. */
export function formatDocument(document: RoadmapDocument, format: OutputFormat, options: FormatOptions): FormattedDocument {
  switch (format) {
    case 'json':
      return { format, text: toJson(document) };
    case 'ndjson':
      return { format, text: `${JSON.stringify(document)}\n` };
    case 'csv':
      return { format, text: csvRecords(document, options.csv) };
    case 'html':
      return { format, text: reportSection(document, { today: options.today }), title: reportTitle(document) };
    case 'ics':
      return { format, title: reportTitle(document), ...calendarEvents(document) };
    case 'xlsx':
      return { format, rows: workbookRows(document) };
  }
}
