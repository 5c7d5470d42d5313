import { describe, expect, it } from 'vitest';
import { appendContinuation } from '../../src/extract/pdf/pages.js';
import { cell, type LayoutTable } from '../../src/model/layout.js';

let line = 0;
const table = (...rows: string[][]): LayoutTable => {
  const built = rows.map((texts) => {
    const source = { page: 3, line: (line += 1) };
    return { type: 'row' as const, cells: texts.map((t) => cell(t, source)), source };
  });
  return { type: 'table', rows: built, source: built[0]!.source };
};
const texts = (t: LayoutTable) => t.rows.map((r) => r.cells.map((c) => c.text));

describe('appendContinuation: a ruled table going on over a page break', () => {
  it('merges a first row with an empty number cell into the numbered row above', () => {
    const first = table(['№', 'Мероприятие', 'Срок'], ['1.1', 'Контроль учителями-', 'Август 2023']);
    appendContinuation(first, { xs: [], headerRows: 1 }, table(['', 'предметниками', '']));
    expect(texts(first)).toEqual([['№', 'Мероприятие', 'Срок'], ['1.1', 'Контроль учителями-предметниками', 'Август 2023']]);
  });

  it('in a plan whose № cells are empty, merges nothing but marks the page break for the segmenter, past a header row left with no text', () => {
    // training-year/01-real-school11-nakhodka-plan-2016.pdf: the header repeated at the top of each page is taken
    // for a running title, so its row comes without text.
    const first = table(['№ п/п', 'Наименование мероприятия', 'Срок исполнения'], ['', 'Проведение рейда в неблагополучные семьи', '23.09']);
    appendContinuation(first, { xs: [], headerRows: 0 }, table(['', '', ''], ['', 'Заседание Совета старшеклассников', '03.09']));
    expect(texts(first).slice(1)).toEqual([['', 'Проведение рейда в неблагополучные семьи', '23.09'], ['', 'Заседание Совета старшеклассников', '03.09']]);
    expect(first.rows.map((r) => r.pageBreakBefore === true)).toEqual([false, false, true]);
  });
});
