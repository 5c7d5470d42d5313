/**
 * How sure OCR was of a cell: the mean of its words' confidences, carried on
 * the layout cell so the assembler can give each activity its own, and a
 * warning can point at a cell a reader should check against the scan.
 */
import type { LayoutBlock, LayoutCell } from '../../model/layout.js';
import { warning, WARNING_CODES, type Warning } from '../../model/warnings.js';

/** Below this mean word confidence (Tesseract's 0–100) a cell is worth a look: clean print reads at 85–96. */
export const LOW_CONFIDENCE = 60;

/** `{ ocr }` for a cell made of OCR'd words, nothing for a PDF's own text. */
export function cellConfidence(words: readonly { confidence?: number }[]): Pick<LayoutCell, 'ocr'> {
  const scored = words.filter((w) => w.confidence !== undefined);
  if (scored.length === 0) return {};
  const sum = scored.reduce((total, w) => total + w.confidence!, 0);
  return { ocr: { confidence: Math.round((10 * sum) / scored.length) / 10, words: scored.length } };
}

/** One LOW_OCR_CONFIDENCE warning for each table cell OCR read with a mean confidence under LOW_CONFIDENCE. */
export function lowConfidenceWarnings(blocks: readonly LayoutBlock[]): Warning[] {
  const out: Warning[] = [];
  for (const block of blocks) {
    if (block.type !== 'table') continue;
    for (const row of block.rows) {
      for (const cell of row.cells) {
        if (!cell.ocr || cell.ocr.confidence >= LOW_CONFIDENCE) continue;
        const text = cell.text.replace(/\s+/gu, ' ').trim();
        const shown = text.length > 40 ? `${text.slice(0, 39)}…` : text;
        out.push(
          warning(
            WARNING_CODES.LOW_OCR_CONFIDENCE,
            `OCR read the cell «${shown}» with a mean word confidence of ${cell.ocr.confidence}; check it against the scan`,
            cell.source ?? row.source,
          ),
        );
      }
    }
  }
  return out;
}
