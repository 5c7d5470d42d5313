/**
 * RoadmapDocuments → CSV, one row per activity, with the contract's columns
 * first and in order. Excel in a Russian locale expects `;` and a UTF-8 BOM,
 * hence the options.
 */
import { createRequire } from 'node:module';
import type * as CsvStringify from 'csv-stringify/sync';

// The CommonJS build is one file; the ES build's eight took twice as long to load, in every run.
const { stringify } = createRequire(import.meta.url)('csv-stringify/sync') as typeof CsvStringify;
import type { Party, RoadmapDocument } from '../model/roadmap.js';

export const CSV_COLUMNS = [
  'file',
  'decree_number',
  'decree_date',
  'roadmap',
  'section',
  'number',
  'title',
  'responsible',
  'co_executors',
  'deadline_text',
  'deadline_kind',
  'deadline_start',
  'deadline_end',
  'expected_result',
  'report_form',
] as const;

export interface CsvOptions {
  delimiter: ',' | ';';
  /** Start with a UTF-8 byte order mark. */
  bom: boolean;
}

export const DEFAULT_CSV_OPTIONS: CsvOptions = { delimiter: ',', bom: false };

/**
 * A spreadsheet runs a cell that starts with `=`, `+`, `-` or `@` as a
 * formula (CSV injection); a leading apostrophe makes it show as text.
 * Tab and carriage return are guarded too (OWASP's list).
 */
export function guardFormula(value: string): string {
  return /^[=+\-@\t\r]/u.test(value) ? `'${value}` : value;
}

function activityRows(document: RoadmapDocument): string[][] {
  const rows: string[][] = [];
  for (const roadmap of document.roadmaps) {
    for (const activity of roadmap.activities) {
      rows.push(
        [
          document.source.file,
          document.decree.number ?? '',
          document.decree.date ?? '',
          roadmap.title ?? '',
          activity.section ?? '',
          activity.number ?? '',
          activity.title,
          joinParties(activity.responsible),
          joinParties(activity.coExecutors),
          activity.deadline.text,
          activity.deadline.kind,
          activity.deadline.start ?? '',
          activity.deadline.end ?? '',
          activity.expectedResult ?? '',
          activity.reportForm ?? '',
        ].map(guardFormula),
      );
    }
  }
  return rows;
}

export function toCsv(documents: RoadmapDocument[], options: CsvOptions = DEFAULT_CSV_OPTIONS): string {
  return csvHeader(options) + documents.map((document) => csvRecords(document, options)).join('');
}

/** The byte order mark (if asked for) and the header row: what a CSV starts with, once, however many documents follow. */
export function csvHeader(options: CsvOptions = DEFAULT_CSV_OPTIONS): string {
  return (options.bom ? '\uFEFF' : '') + stringifyRows([[...CSV_COLUMNS]], options);
}

/** One document's activity rows without the header, so a batch can stream documents into one CSV. */
export function csvRecords(document: RoadmapDocument, options: CsvOptions = DEFAULT_CSV_OPTIONS): string {
  const rows = activityRows(document);
  return rows.length === 0 ? '' : stringifyRows(rows, options);
}

function stringifyRows(rows: string[][], options: CsvOptions): string {
  return stringify(rows, {
    delimiter: options.delimiter,
    record_delimiter: 'windows',
    quoted_match: /^\s|\s$/u,
  });
}

function joinParties(parties: Party[]): string {
  return parties.map((party) => party.text).join('; ');
}
