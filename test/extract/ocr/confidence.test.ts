import { describe, expect, it } from 'vitest';
import { cellConfidence, lowConfidenceWarnings } from '../../../src/extract/ocr/confidence.js';
import { addOcrConfidence } from '../../../src/assemble/ocr-confidence.js';
import type { LayoutDocument, LayoutTable } from '../../../src/model/layout.js';
import type { RoadmapDocument } from '../../../src/model/roadmap.js';

describe('cellConfidence', () => {
  it('is the mean of the words OCR scored, with their count; nothing for a PDF’s own text', () => {
    expect(cellConfidence([{ confidence: 90 }, { confidence: 60 }, { confidence: 75.5 }])).toEqual({ ocr: { confidence: 75.2, words: 3 } });
    expect(cellConfidence([{}, {}])).toEqual({});
  });
});

const table: LayoutTable = {
  type: 'table',
  source: { page: 2, line: 5 },
  rows: [
    {
      type: 'row',
      source: { page: 2, line: 7 },
      cells: [
        { type: 'cell', text: '1.1.', bold: false, colSpan: 1, rowSpan: 1, source: { page: 2, line: 7 }, ocr: { confidence: 95, words: 1 } },
        { type: 'cell', text: 'Разработка\nпланов', bold: false, colSpan: 1, rowSpan: 1, source: { page: 2, line: 7 }, ocr: { confidence: 90, words: 2 } },
        { type: 'cell', text: 'Мрт 2О23', bold: false, colSpan: 1, rowSpan: 1, source: { page: 2, line: 8 }, ocr: { confidence: 41.5, words: 2 } },
      ],
    },
  ],
};

describe('LOW_OCR_CONFIDENCE', () => {
  it('points at each cell read under 60, quoting it', () => {
    expect(lowConfidenceWarnings([table])).toEqual([
      {
        code: 'LOW_OCR_CONFIDENCE',
        message: 'OCR read the cell «Мрт 2О23» with a mean word confidence of 41.5; check it against the scan',
        source: { page: 2, line: 8 },
      },
    ]);
  });
});

describe('addOcrConfidence', () => {
  it("gives an activity the words-weighted mean of its row's cells: (95 + 2·90 + 2·41.5) / 5 = 71.6", () => {
    const layout: LayoutDocument = { type: 'layout', format: 'pdf', blocks: [table], pages: 2, encoding: null, warnings: [], ocrPages: [2] };
    const activity = { number: '1.1', source: { page: 2, line: 7 } };
    const other = { number: '1.2', source: { page: 2, line: 20 } };
    const document = { roadmaps: [{ activities: [activity, other] }] } as unknown as RoadmapDocument;
    addOcrConfidence(document, layout);
    expect(activity).toMatchObject({ ocrConfidence: 71.6 });
    expect(other).not.toHaveProperty('ocrConfidence');
  });
});
