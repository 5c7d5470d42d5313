/**
 * A PDF cell's lines as text: where a line break is the author's (a new
 * paragraph, a new party, a stacked item, issue 12) and where it is only the
 * line wrapping.
 */
import { describe, expect, it } from 'vitest';
import { cellText, linePitch, lineText, type TextLine } from '../../src/extract/pdf/lines.js';

const SIZE = 12;
/** One line of one item, its baseline at `y`, about 5.5 pt a character wide. */
const line = (str: string, y: number, x0 = 100): TextLine => {
  const width = str.length * 5.5;
  return { items: [{ str, x: x0, y, width, size: SIZE, bold: false }], y, x0, x1: x0 + width, size: SIZE, number: 0 };
};
/** Lines one under the other: `gaps[k]` is the baseline distance above line k + 1. */
const stacked = (texts: string[], gaps: number[]): TextLine[] => {
  let y = 100;
  return texts.map((text, k) => {
    if (k > 0) y += gaps[k - 1]!;
    return line(text, y);
  });
};

describe('linePitch: the baseline distance of wrapped lines in a table', () => {
  it('is the smallest distance between consecutive lines of one cell, as a share of the font size', () => {
    const title = stacked(['Выставка литературы «Стандарты', 'второго поколения»', 'Создание электронного банка'], [12, 15]);
    const deadline = stacked(['Апрель', 'Апрель'], [15]);
    expect(linePitch([title, deadline])).toBeCloseTo(1, 5);
  });

  it('leaves out a raised or lowered piece of a line, which stands closer than a line can', () => {
    expect(linePitch([stacked(['Выставка', '2', 'литературы', 'и периодики'], [5, 14, 13])])).toBeCloseTo(13 / 12, 5);
  });

  it('is null for a table whose cells hold one line each', () => {
    expect(linePitch([[line('Апрель', 100)], [line('Директор', 100)]])).toBeNull();
  });
  it('over OCR\'d lines, whose baselines a speck can shift, is the lower quartile, not one pair drawn together', () => {
    // Eight distances at 13.7 pt (1.1417 of 12 pt) and one pair a speck drew to 12 pt (1.0): sorted, the quartile is the third.
    const ocr = (lines: TextLine[]): TextLine[] => lines.map((l) => ({ ...l, items: l.items.map((item) => ({ ...item, confidence: 90 })) }));
    const gaps = [13.7, 13.7, 13.7, 13.7, 12, 13.7, 13.7, 13.7, 13.7];
    const cell = stacked(Array.from({ length: 10 }, (_, k) => `строка ${k}`), gaps);
    expect(linePitch([ocr(cell)])).toBeCloseTo(13.7 / 12, 5);
    expect(linePitch([cell])).toBeCloseTo(1, 5);
  });
});

describe('lineText: spaces between the items of a line', () => {
  const word = (str: string, x: number, width: number, confidence?: number) => ({ str, x, y: 100, width, size: 10, bold: false, ...(confidence === undefined ? {} : { confidence }) });
  it('puts one between two OCR\'d words however close their boxes, but not before a closing mark or after an opening one', () => {
    // 1 pt apart, under a fifth of the 10 pt size: a PDF's two runs would be one word.
    expect(lineText([word('образовательных', 10, 89), word('результатов', 100, 60)])).toBe('образовательныхрезультатов');
    expect(lineText([word('образовательных', 10, 89, 90), word('результатов', 100, 60, 88), word(',', 160.5, 2, 70)])).toBe('образовательных результатов,');
    expect(lineText([word('(', 10, 3, 80), word('ВПР', 13.5, 20, 95)])).toBe('(ВПР');
  });
});

describe('cellText: a break where the lines stand further apart than the table wraps them', () => {
  // fixtures/layouts/stacked-items/02 (PDF): `Апрель` over `Апрель`, 15 pt apart where wrapped lines are 12.
  it('keeps a paragraph break that the spacing after a paragraph shows, though the next word could not have fitted', () => {
    const lines = stacked(['Апрель', 'Апрель'], [15]);
    expect(cellText(lines, 100 + 'Апрель Ап'.length * 5.5, 1)).toBe('Апрель\nАпрель');
  });

  it('joins wrapped lines at the table pitch, and numbers stacked one per paragraph', () => {
    const rightEdge = 100 + 40 * 5.5;
    const title = stacked(
      ['Выставка литературы «Стандарты второго', 'поколения» для педагогов и родителей', 'Создание электронного банка материалов', 'для педагогов'],
      [12, 15, 12],
    );
    expect(cellText(title, rightEdge, 1)).toBe(
      'Выставка литературы «Стандарты второго поколения» для педагогов и родителей\nСоздание электронного банка материалов для педагогов',
    );
    expect(cellText(stacked(['6.', '7.', '8.'], [15, 15]), 100 + 8 * 5.5, 1)).toBe('6.\n7.\n8.');
  });

  it('reads no paragraph from the spacing when the table pitch is unknown', () => {
    expect(cellText(stacked(['Апрель', 'Апрель'], [15]), 100 + 'Апрель Ап'.length * 5.5)).toBe('Апрель Апрель');
    expect(cellText(stacked(['Апрель', 'Апрель'], [15]), 100 + 'Апрель Ап'.length * 5.5, null)).toBe('Апрель Апрель');
  });
});
