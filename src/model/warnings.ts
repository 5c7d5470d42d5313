/**
 * Warnings are data, not exceptions: each stage returns its value together
 * with what a reader should check (mammoth's `Result`, vfile's messages).
 */
import type { SourceRef, Warning } from './roadmap.generated.js';

export type { Warning };

/**
 * Every warning code the tool emits. Consumers may switch on these; new codes
 * may be added in a minor version, none is renamed without a major one.
 */
export const WARNING_CODES = {
  /** A number is skipped in the activity numbering (seed 001 jumps from 4.2 to 4.4). */
  NUMBERING_GAP: 'NUMBERING_GAP',
  /** A number repeats, or goes backwards inside its parent (seed 004 prints 4.3.3.5 among 4.2.3.x). */
  NUMBERING_DUPLICATE: 'NUMBERING_DUPLICATE',
  /** An activity's deadline cell is empty. */
  MISSING_DEADLINE: 'MISSING_DEADLINE',
  /** An activity's responsible cell is empty. */
  MISSING_RESPONSIBLE: 'MISSING_RESPONSIBLE',
  /** A row had more cells than the header; they were merged back into the header's columns. */
  CELLS_RECONCILED: 'CELLS_RECONCILED',
  /** The document holds no table of activities. */
  NO_ROADMAP: 'NO_ROADMAP',
  /** A table that looks like a plan could not be read as one (no column reads as the title, or as a deadline); the warning names the table and why. */
  TABLE_UNMAPPED: 'TABLE_UNMAPPED',
  /** A cell holds several items as paragraphs, but a cell beside it holds another count; the row was kept as one activity. */
  STACKED_UNALIGNED: 'STACKED_UNALIGNED',
  /** A deadline lies outside the roadmap's period; it is kept as printed. */
  DEADLINE_OUTSIDE_PERIOD: 'DEADLINE_OUTSIDE_PERIOD',
  /** A printed date does not exist (31 июня); it is not shifted. */
  IMPOSSIBLE_DATE: 'IMPOSSIBLE_DATE',
  /** A deadline cell has text but nothing recognisable as a date or a phrase. */
  DEADLINE_UNRECOGNISED: 'DEADLINE_UNRECOGNISED',
  /** A decree clause number repeats or goes backwards (seed 001: 4.1, 4.1, 4.2 under 5). */
  ORDER_NUMBERING: 'ORDER_NUMBERING',
  /** Lines of a text file came in different encodings (two exports pasted together); each was read in its own. */
  MIXED_ENCODING: 'MIXED_ENCODING',
  /** OCR read a table cell with a low mean word confidence (issue 13); the warning points at the cell. */
  LOW_OCR_CONFIDENCE: 'LOW_OCR_CONFIDENCE',
  /** Something in the input was not understood and was left out. */
  CONTENT_SKIPPED: 'CONTENT_SKIPPED',
} as const;

export type WarningCode = (typeof WARNING_CODES)[keyof typeof WARNING_CODES];

export function warning(code: WarningCode, message: string, source: SourceRef | null = null): Warning {
  return { code, message, source };
}

/** A value travelling with the warnings met while making it. */
export interface Result<T> {
  value: T;
  warnings: Warning[];
}

export function result<T>(value: T, warnings: Warning[] = []): Result<T> {
  return { value, warnings };
}
