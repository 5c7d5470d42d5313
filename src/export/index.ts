/**
 * The output formats. A batch formats each document in its worker
 * (formatDocument) and hands the result to the main thread, which joins the
 * documents into one output (./output.ts): text that streams as it is, or
 * the rows and events one workbook or calendar gathers.
 */
import type { RoadmapDocument } from '../model/roadmap.js';
import { csvRecords, type CsvOptions } from './csv.js';
import { reportSection, reportTitle } from './html/report.js';
import { calendarEvents, type CalendarEvent, type LeftOut } from './ics/events.js';
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
  /** The document's events; the output (./output.ts) writes them into its calendar. */
  | { format: 'ics'; events: CalendarEvent[]; title: string; leftOut: LeftOut }
  | { format: 'xlsx'; rows: WorkbookRows };

/**
 * JSON is pretty-printed; NDJSON is one line; CSV is the activity rows without
 * the header (see csvHeader); HTML is the document's `<article>`; iCalendar its
 * events, written into the calendar by the main thread's output: the
 * calendar library (and its validator, slow to load and to warm up) then
 * loads once a run, not once in every worker.
 */
export async function formatDocument(document: RoadmapDocument, format: OutputFormat, options: FormatOptions): Promise<FormattedDocument> {
  switch (format) {
    case 'json':
      return { format, text: toJson(document) };
    case 'ndjson':
      return { format, text: `${JSON.stringify(document)}\n` };
    case 'csv':
      return { format, text: csvRecords(document, options.csv) };
    case 'html':
      return { format, text: reportSection(document, { today: options.today }), title: reportTitle(document) };
    case 'ics': {
      const { events, leftOut } = calendarEvents(document);
      return { format, events, title: reportTitle(document), leftOut };
    }
    case 'xlsx':
      return { format, rows: workbookRows(document) };
  }
}
