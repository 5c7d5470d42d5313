/**
 * The layout model: what every extractor (text, docx, pdf) produces and the
 * only thing the stages after extraction read. Plain JSON-safe data with a
 * `type` tag; absent values are `null`, never a missing key.
 */
import type { SourceRef } from './roadmap.js';
import type { Warning } from './warnings.js';

export type InputFormat = 'pdf' | 'docx' | 'text' | 'image';

/** One cell of a table row. */
export interface LayoutCell {
  type: 'cell';
  /**
   * The cell's text with markup removed. Lines inside the cell are kept as
   * `\n` (party splitting needs them); later stages join them with a space.
   */
  text: string;
  /** The whole cell is bold (a section heading in most plans). */
  bold: boolean;
  /** Columns this cell covers (Word `gridSpan`, HTML `colspan`); 1 when not merged. */
  colSpan: number;
  /**
   * Rows this cell covers downwards (Word `vMerge`, HTML `rowspan`); 1 when
   * not merged. Extractors that see a vertical merge may instead repeat the
   * cell in each row; the segmenter copes with both.
   */
  rowSpan: number;
  /** Where the cell's first character was read; null for a synthesised empty cell. */
  source: SourceRef | null;
  /** A cell OCR read: its words' mean confidence (0–100) and how many words. Absent for text the document carried. */
  ocr?: { confidence: number; words: number };
  /**
   * Offsets in `text` where the rest of the cell, cut by a page break, was
   * joined on within a line (a lower-case continuation reads as the same
   * text). Stacked items (segment/stacked.ts) may split there: the rest can
   * be the next item as well (`классные руководители` | `учителя-предметники`).
   */
  pageBreakJoins?: number[];
}

export interface LayoutRow {
  type: 'row';
  cells: LayoutCell[];
  source: SourceRef;
  /**
   * True when a page break separated this row from the previous one and the
   * extractor did not rejoin a row the break may have cut in two (flattened
   * text marks the break only by a blank line). The segmenter decides.
   */
  pageBreakBefore?: boolean;
}

export interface LayoutTable {
  type: 'table';
  rows: LayoutRow[];
  source: SourceRef;
}

export interface LayoutParagraph {
  type: 'paragraph';
  /** The paragraph's text, markup removed; hard line breaks inside it kept as `\n`. */
  text: string;
  bold: boolean;
  source: SourceRef;
}

export type LayoutBlock = LayoutParagraph | LayoutTable;

export interface LayoutDocument {
  type: 'layout';
  format: InputFormat;
  blocks: LayoutBlock[];
  /** Page count for pdf, else null. */
  pages: number | null;
  /** The detected encoding for text input, else null. */
  encoding: string | null;
  /** Recoverable trouble met while extracting. */
  warnings: Warning[];
  /** The pages read by OCR (1-based), when any were; absent for a document read from its own text. */
  ocrPages?: number[];
}

export function cell(text: string, source: SourceRef | null, bold = false): LayoutCell {
  return { type: 'cell', text, bold, colSpan: 1, rowSpan: 1, source };
}
