import { describe, expect, it } from 'vitest';
import { cleanOcrItems, ocrItems } from '../../../src/extract/ocr/words.js';

const word = (text: string, left: number, top: number, width: number, height: number, confidence = 90) => ({ text, left, top, width, height, confidence });

describe('ocrItems', () => {
  it('puts a line on one baseline, in points, at the page size of its long words', () => {
    // 200 dpi: 1 px = 0.36 pt. Long words 30 px tall (a capital or a descender) give the size 10.8 pt;
    // «школ» (x-height, 16 px) sits on the baseline at 430 px; «дорожная»'s descender reaches 436.
    const lines = [
      {
        block: 1, paragraph: 1, line: 1,
        words: [word('Срок', 100, 400, 80, 30), word('школ', 200, 414, 70, 16), word('дорожная', 300, 406, 150, 30), word('-', 470, 420, 10, 2)],
      },
    ];
    const items = ocrItems(lines, 200);
    expect(items.map((i) => i.str)).toEqual(['Срок', 'школ', 'дорожная', '-']);
    for (const item of items) {
      expect(item.y).toBeCloseTo(430 * 0.36, 6);
      expect(item.size).toBeCloseTo(30 * 0.36, 6);
    }
    expect(items[0]).toMatchObject({ x: 36, bold: false, confidence: 90 });
    expect(items[0]!.width).toBeCloseTo(28.8, 6);
  });

  it('puts a line of one word with a descender on its baseline: its box bottom less a fifth of the size', () => {
    // «Объекты» (no descender) ends on its baseline at 430 px; «организации» (р descends) at 474 px, on a baseline
    // a fifth of the 30 px size higher: 468 px.
    const page = [
      { block: 1, paragraph: 1, line: 1, words: [word('Объекты', 100, 400, 150, 30)] },
      { block: 1, paragraph: 1, line: 2, words: [word('организации', 100, 444, 120, 30)] },
    ];
    const [first, second] = ocrItems(page, 200);
    expect(first!.y).toBeCloseTo(430 * 0.36, 6);
    expect(second!.y).toBeCloseTo(468 * 0.36, 6);
  });

  it('drops a speck read as a full stop after a long word before a word in lower case, and no other stop', () => {
    const line = (...texts: string[]) => ({ block: 1, paragraph: 1, line: 1, words: texts.map((t, i) => word(t, 100 + 100 * i, 400, 80, 30)) });
    const read = (...texts: string[]) => ocrItems([line(...texts)], 200).map((i) => i.str);
    expect(read('контрольных', 'работ.', 'по', 'математике')).toEqual(['контрольных', 'работ', 'по', 'математике']);
    expect(read('им.', 'провести', 'мероприятия.')).toEqual(['им.', 'провести', 'мероприятия.']);
    expect(read('Находка.', 'В', 'течение')).toEqual(['Находка.', 'В', 'течение']);
  });

  it('cleans each word, dropping specks and fixing the number that opens a line', () => {
    const lines = [{ block: 1, paragraph: 1, line: 1, words: [word('°', 50, 400, 5, 5, 20), word('2:5.', 100, 400, 40, 30), word('Cрок', 200, 400, 80, 30)] }];
    // The speck is not a word, so the number is the first word of its line.
    expect(ocrItems(lines, 300).map((i) => i.str)).toEqual(['2.5.', 'Срок']);
  });
});

describe('cleanOcrItems', () => {
  it("cleans a searchable scan's words: the number that opens a visual line, look-alikes, specks", () => {
    const item = (str: string, x: number, y: number) => ({ str, x, y, width: 20, size: 10, bold: false });
    const items = [item('Cрок', 200, 100), item('1..2.', 60, 100), item('2:2.', 60, 130), item('„', 40, 130), item('2:2.', 200, 130)];
    // Row 130: the speck goes, so «2:2.» at x 60 opens the line; the one further right is text and stays.
    expect(cleanOcrItems(items).map((i) => [i.str, i.x, i.y])).toEqual([
      ['1.2.', 60, 100],
      ['Срок', 200, 100],
      ['2.2.', 60, 130],
      ['2:2.', 200, 130],
    ]);
  });
});
