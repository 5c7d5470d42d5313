/**
 * `roadmap-ingest validate FILE…`: checks saved outputs against the schema,
 * the way a consumer should before trusting a file from elsewhere. A file may
 * hold one document (`--format json`), an array of them (a JSON batch) or one
 * per line (`--format ndjson`).
 */
import { readFile } from 'node:fs/promises';
import { schemaViolations } from '../model/validate.js';

export interface ValidationReport {
  /** One line per problem: `file: [where] /json/pointer: message`. */
  lines: string[];
  documents: number;
  invalid: number;
}

export async function validateFile(path: string): Promise<ValidationReport> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    return { lines: [`${path}: cannot read the file (${(error as NodeJS.ErrnoException).code ?? String(error)})`], documents: 0, invalid: 1 };
  }
  const parsed = parseDocuments(text);
  if ('error' in parsed) return { lines: [`${path}: ${parsed.error}`], documents: 0, invalid: 1 };
  const report: ValidationReport = { lines: [], documents: parsed.documents.length, invalid: 0 };
  for (const { label, value } of parsed.documents) {
    const violations = schemaViolations(value);
    if (violations.length > 0) report.invalid += 1;
    for (const violation of violations) report.lines.push(`${path}: ${label}${violation.path}: ${violation.message}`);
  }
  return report;
}

export type Parsed = { documents: { label: string; value: unknown }[] } | { error: string };

/** A file's documents, each labelled by where it stands (`[2] `, `line 3: `, or nothing for a file of one). */
export function parseDocuments(text: string): Parsed {
  const body = text.replace(/^\uFEFF/u, '');
  if (body.trim() === '') return { error: 'the file is empty' };
  try {
    const value: unknown = JSON.parse(body);
    if (Array.isArray(value)) return { documents: value.map((item, index) => ({ label: `[${index}] `, value: item })) };
    return { documents: [{ label: '', value }] };
  } catch (wholeFileError) {
    const lines = body.split(/\r?\n/u);
    const documents: { label: string; value: unknown }[] = [];
    for (const [index, line] of lines.entries()) {
      if (line.trim() === '') continue;
      try {
        documents.push({ label: `line ${index + 1}: `, value: JSON.parse(line) });
      } catch {
        // Not NDJSON either: the whole-file parser's message says where the JSON breaks.
        return { error: `not JSON or NDJSON (${(wholeFileError as Error).message})` };
      }
    }
    return { documents };
  }
}
