/** The output formats, each a function of one RoadmapDocument, so a batch can format in its workers and stream the text. */
import type { RoadmapDocument } from '../model/roadmap.js';
import { csvRecords, type CsvOptions } from './csv.js';
import { toJson } from './json.js';

export const OUTPUT_FORMATS = ['json', 'ndjson', 'csv'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

/** JSON is pretty-printed; NDJSON is one line; CSV is the activity rows without the header (see csvHeader). */
export function formatDocument(document: RoadmapDocument, format: OutputFormat, csv: CsvOptions): string {
  switch (format) {
    case 'json':
      return toJson(document);
    case 'ndjson':
      return `${JSON.stringify(document)}\n`;
    case 'csv':
      return csvRecords(document, csv);
  }
}
