import { describe, expect, it } from 'vitest';
import { parseTsv } from '../../../src/extract/ocr/tsv.js';

const HEADER = 'level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext';
const row = (...fields: (string | number)[]): string => fields.join('\t');

describe('parseTsv', () => {
  it('groups words by block, paragraph and line, with boxes and confidences', () => {
    const tsv = [
      HEADER,
      row(1, 1, 0, 0, 0, 0, 0, 0, 1654, 2339, -1, ''),
      row(4, 1, 1, 1, 1, 0, 303, 160, 1166, 36, -1, ''),
      row(5, 1, 1, 1, 1, 1, 303, 166, 322, 30, '93.158890', 'АДМИНИСТРАЦИЯ'),
      row(5, 1, 1, 1, 1, 2, 635, 166, 273, 30, '91.834206', 'ХОТЫНЕЦКОГО'),
      row(5, 1, 1, 1, 2, 1, 695, 205, 117, 29, '95.9', 'ОТДЕЛ'),
      row(5, 1, 2, 1, 1, 1, 238, 290, 14, 22, '97', '8'),
      '',
    ].join('\n');
    expect(parseTsv(tsv)).toEqual([
      {
        block: 1, paragraph: 1, line: 1,
        words: [
          { text: 'АДМИНИСТРАЦИЯ', left: 303, top: 166, width: 322, height: 30, confidence: 93.15889 },
          { text: 'ХОТЫНЕЦКОГО', left: 635, top: 166, width: 273, height: 30, confidence: 91.834206 },
        ],
      },
      { block: 1, paragraph: 1, line: 2, words: [{ text: 'ОТДЕЛ', left: 695, top: 205, width: 117, height: 29, confidence: 95.9 }] },
      { block: 2, paragraph: 1, line: 1, words: [{ text: '8', left: 238, top: 290, width: 14, height: 22, confidence: 97 }] },
    ]);
  });

  it('leaves out blank words and reads a negative confidence as 0', () => {
    const tsv = [HEADER, row(5, 1, 1, 1, 1, 1, 10, 10, 5, 5, '-1', ' '), row(5, 1, 1, 1, 1, 2, 20, 10, 5, 5, '-1', 'а')].join('\n');
    expect(parseTsv(tsv)).toEqual([{ block: 1, paragraph: 1, line: 1, words: [{ text: 'а', left: 20, top: 10, width: 5, height: 5, confidence: 0 }] }]);
  });

  it('refuses what is not Tesseract TSV', () => {
    expect(() => parseTsv('<html>')).toThrow(/not Tesseract TSV/u);
  });
});
