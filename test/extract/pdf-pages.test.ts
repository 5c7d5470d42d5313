/** A ruled table continued on the next page: repeated headers dropped, the row the break cut joined again. */
import { describe, expect, it } from 'vitest';
import { cell, type LayoutRow, type LayoutTable } from '../../src/model/layout.js';
import { appendContinuation, sameColumns } from '../../src/extract/pdf/pages.js';

const row = (texts: string[], page: number, line: number): LayoutRow => ({
  type: 'row',
  cells: texts.map((text) => cell(text, text === '' ? null : { page, line })),
  source: { page, line },
});
const table = (rows: LayoutRow[]): LayoutTable => ({ type: 'table', rows, source: rows[0]!.source });
const texts = (t: LayoutTable) => t.rows.map((r) => r.cells.map((c) => c.text));

describe('appendContinuation', () => {
  // fixtures/layouts/stacked-items/01 (PDF): the header Word repeats at the top of each page lies in the top margin
  // and repeats on most pages, so it is taken for a running title and its row arrives empty.
  it('joins the row a page break cut though an emptied header row comes first', () => {
    const first = table([
      row(['Месяц', 'Содержание работы', 'Сроки', 'Ответственные'], 2, 6),
      row(['В течение года', 'Мониторинг', '2015 – 2016', 'Зам.директора по УВР, Учитель информатики, Преподаватели курсов'], 2, 30),
    ]);
    appendContinuation(first, { xs: [57, 124, 344, 426, 539], headerRows: 1 }, table([
      row(['', '', '', ''], 3, 1),
      row(['', '', '', 'дополнительного образования'], 3, 2),
      row(['В течение года', 'Проведение ежегодных мероприятий', '2015 – 2020', 'Библиотекарь'], 3, 4),
    ]));
    expect(texts(first)).toEqual([
      ['Месяц', 'Содержание работы', 'Сроки', 'Ответственные'],
      ['В течение года', 'Мониторинг', '2015 – 2016', 'Зам.директора по УВР, Учитель информатики, Преподаватели курсов дополнительного образования'],
      ['В течение года', 'Проведение ежегодных мероприятий', '2015 – 2020', 'Библиотекарь'],
    ]);
  });

  // fixtures/layouts/stacked-items/03 (PDF): no № column, so no row tells where the header ends.
  it('drops the header printed again on the next page of a table without numbers, and joins the cut row', () => {
    const first = table([
      row(['Месяц', 'Содержание работы', 'Сроки', 'Ответственные'], 1, 2),
      row(['В течение года', '- Профориентация', 'в течение года\nпо плану', 'зам. директора по УВР\nклассные руководители'], 1, 59),
    ]);
    appendContinuation(first, { xs: [57, 124, 344, 426, 539], headerRows: 0 }, table([
      row(['Месяц', 'Содержание работы', 'Сроки', 'Ответственные'], 2, 1),
      row(['', '- Своевременное информирование родителей', '', ''], 2, 2),
    ]));
    expect(texts(first)).toEqual([
      ['Месяц', 'Содержание работы', 'Сроки', 'Ответственные'],
      ['В течение года', '- Профориентация\n- Своевременное информирование родителей', 'в течение года\nпо плану', 'зам. директора по УВР\nклассные руководители'],
    ]);
  });

  // fixtures/layouts/symbol-bullets/03 (PDF): bullets instead of numbers, so every row's № cell is empty.
  it('keeps the next page\'s first row whole when the rows above leave their number cell empty too', () => {
    const first = table([
      row(['№ п/п', 'Наименование мероприятия', 'Срок исполнения', 'Ответственные исполнители'], 2, 1),
      row(['', '• Проведение рейда в неблагополучные семьи', 'до 23.09.2016г', 'Социальный педагог'], 2, 53),
    ]);
    appendContinuation(first, { xs: [57, 124, 344, 426, 539], headerRows: 0 }, table([
      row(['№ п/п', 'Наименование мероприятия', 'Срок исполнения', 'Ответственные исполнители'], 3, 1),
      row(['', '• Заседание Совета старшеклассников', '03.09.2016г.', 'Классные руководители, зам. директора по ВР'], 3, 3),
    ]));
    expect(texts(first).slice(1)).toEqual([
      ['', '• Проведение рейда в неблагополучные семьи', 'до 23.09.2016г', 'Социальный педагог'],
      ['', '• Заседание Совета старшеклассников', '03.09.2016г.', 'Классные руководители, зам. директора по ВР'],
    ]);
  });

  // fixtures/real/ussuriysk-centre-runaways-order-2020.pdf: the № cells are empty, the next page goes on mid-sentence.
  it('joins the next page\'s first row under an empty number cell when its longest text starts in lower case', () => {
    const first = table([
      row(['№', 'Мероприятия', 'Срок исполнения', 'Ответственный'], 2, 10),
      row(['', 'Провести серию бесед, анкетирования и тестирования по изучению психолого-педагогических особенностей с целью', 'в течение года', 'Гринева О.В.'], 2, 32),
    ]);
    appendContinuation(first, { xs: [57, 124, 344, 426, 539], headerRows: 0 }, table([
      row(['', 'выявления склонностей к самовольным уходам', '', ''], 3, 1),
    ]));
    expect(texts(first).slice(1)).toEqual([
      ['', 'Провести серию бесед, анкетирования и тестирования по изучению психолого-педагогических особенностей с целью выявления склонностей к самовольным уходам', 'в течение года', 'Гринева О.В.'],
    ]);
  });
});

/** A table of page 3 from its rows' cell texts, each row a line of its own. */
const tableOf = (...rows: string[][]): LayoutTable => table(rows.map((texts, index) => row(texts, 3, index + 1)));


describe('appendContinuation: a ruled table going on over a page break', () => {
  it('merges a first row with an empty number cell into the numbered row above', () => {
    const first = tableOf(['№', 'Мероприятие', 'Срок'], ['1.1', 'Контроль учителями-', 'Август 2023']);
    appendContinuation(first, { xs: [], headerRows: 1 }, tableOf(['', 'предметниками', '']));
    expect(texts(first)).toEqual([['№', 'Мероприятие', 'Срок'], ['1.1', 'Контроль учителями-предметниками', 'Август 2023']]);
  });

  it('drops a header printed again on a scanned page and read with a cell less, then joins the cut row', () => {
    const first = tableOf(['№ п/п', 'Наименование мероприятия', 'Срок исполнения', 'Ответственные исполнители'], ['4.1', 'Внесение изменений в планы и', 'Май', 'Отдел образования']);
    appendContinuation(first, { xs: [], headerRows: 1 }, tableOf(['', 'Наименование мероприятия', 'Срок исполнения', 'Ответственные исполнители'], ['', 'внеурочной деятельности', '', ''], ['4.2', 'Стимулирование участия', 'В течение года', 'Отдел образования']));
    expect(texts(first).slice(1)).toEqual([
      ['4.1', 'Внесение изменений в планы и внеурочной деятельности', 'Май', 'Отдел образования'],
      ['4.2', 'Стимулирование участия', 'В течение года', 'Отдел образования'],
    ]);
  });

  it('records where a lower-case rest was joined within a line, and nothing where it opened a line of its own', () => {
    const first = tableOf(['№', 'Мероприятие', 'Ответственный'], ['1', '- Анализ государственной', 'зам. директора\nклассные руководители']);
    appendContinuation(first, { xs: [], headerRows: 1 }, tableOf(['', 'итоговой аттестации\n- Собрание', 'учителя-предметники']));
    const [, title, responsible] = first.rows[1]!.cells;
    expect(responsible!.text).toBe('зам. директора\nклассные руководители учителя-предметники');
    expect(responsible!.text.slice(responsible!.pageBreakJoins![0]!)).toBe('учителя-предметники');
    expect(title!.text.slice(title!.pageBreakJoins![0]!)).toBe('итоговой аттестации\n- Собрание');
    expect(first.rows[1]!.cells[0]!.pageBreakJoins).toBeUndefined();
  });

  it('in a plan whose № cells are empty, merges nothing but marks the page break for the segmenter, past a header row left with no text', () => {
    // training-year/01-real-school11-nakhodka-plan-2016.pdf: the header repeated at the top of each page is taken
    // for a running title, so its row comes without text.
    const first = tableOf(['№ п/п', 'Наименование мероприятия', 'Срок исполнения'], ['', 'Проведение рейда в неблагополучные семьи', '23.09']);
    appendContinuation(first, { xs: [], headerRows: 0 }, tableOf(['', '', ''], ['', 'Заседание Совета старшеклассников', '03.09']));
    expect(texts(first).slice(1)).toEqual([['', 'Проведение рейда в неблагополучные семьи', '23.09'], ['', 'Заседание Совета старшеклассников', '03.09']]);
    expect(first.rows.map((r) => r.pageBreakBefore === true)).toEqual([false, false, true]);
  });
});

describe('sameColumns: a table on the next page continues this one', () => {
  it.each([
    ['the same rules', [48.6, 77.2, 271.3, 422.4, 500.2, 578.4], [49, 77, 271, 423, 500, 578], true],
    // school11-nakhodka-predpisanie-2016.pdf: page 2 of the scan lies 6 pt to the right of page 1.
    ['the same widths, the scanned page shifted 6 pt', [48.6, 77.2, 271.3, 422.4, 500.2, 578.4], [54.8, 83.4, 277.1, 427.8, 505.4, 583.4], true],
    ['other widths, the frame shifted', [48.6, 77.2, 271.3, 422.4, 500.2, 578.4], [54.8, 120, 277.1, 427.8, 505.4, 583.4], false],
    ['two columns shifted: no inner rule to compare', [50, 300], [60, 310], false],
  ])('%s → %s', (_name, a, b, same) => {
    expect(sameColumns(a, b)).toBe(same);
  });
});
