/**
 * Each activity a scan gave gets the mean confidence of the words OCR read
 * in its row: the row whose source the activity keeps, every cell of it,
 * weighted by words (a long title counts more than a one-word deadline).
 */
import type { LayoutDocument } from '../model/layout.js';
import type { RoadmapDocument } from '../model/roadmap.js';

export function addOcrConfidence(document: RoadmapDocument, layout: LayoutDocument): void {
  if (!layout.ocrPages?.length) return;
  const rows = new Map<string, { sum: number; words: number }>();
  for (const block of layout.blocks) {
    if (block.type !== 'table') continue;
    for (const row of block.rows) {
      const key = `${row.source.page}/${row.source.line}`;
      const tally = rows.get(key) ?? { sum: 0, words: 0 };
      for (const cell of row.cells) {
        if (!cell.ocr) continue;
        tally.sum += cell.ocr.confidence * cell.ocr.words;
        tally.words += cell.ocr.words;
      }
      rows.set(key, tally);
    }
  }
  for (const roadmap of document.roadmaps) {
    for (const activity of roadmap.activities) {
      const tally = rows.get(`${activity.source.page}/${activity.source.line}`);
      if (tally && tally.words > 0) activity.ocrConfidence = Math.round((10 * tally.sum) / tally.words) / 10;
    }
  }
}
