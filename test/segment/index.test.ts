import { describe, expect, it } from 'vitest';
import { cell, type LayoutBlock, type LayoutDocument, type LayoutRow, type LayoutTable } from '../../src/model/layout.js';
import { segmentLayout as segmentLayoutWith } from '../../src/segment/index.js';
import { readsAsDeadline } from '../../src/parse/ru/deadline.js';
import { opensWithParty } from '../../src/parse/ru/party.js';

const segmentLayout = (layout: LayoutDocument) => segmentLayoutWith(layout, { readsAsDeadline, opensWithParty });

let line = 0;
const row = (texts: string[], page: number | null = 3): LayoutRow => {
  const source = { page, line: (line += 1) };
  return { type: 'row', cells: texts.map((t) => cell(t, source)), source };
};
const table = (...rows: LayoutRow[]): LayoutTable => ({ type: 'table', rows, source: rows[0]!.source });
const layout = (...blocks: LayoutBlock[]): LayoutDocument => ({ type: 'layout', format: 'pdf', blocks, pages: 3, encoding: null, warnings: [] });
const plan = () => table(row(['№', 'Мероприятие', 'Срок', 'Ответственный']), row(['1.', 'Совещание', 'Май', 'РОО']));

describe('segmentLayout: tables that look like a plan but cannot be read as one', () => {
  it('names a table whose columns have no deadline, where it is and what it lacks', () => {
    const unmapped = table(row(['№', 'Мероприятие', 'Ответственный']), row(['1.', 'Совещание', 'РОО']));
    const { roadmaps, warnings } = segmentLayout(layout(unmapped));
    expect(roadmaps).toEqual([]);
    expect(warnings).toEqual([
      {
        code: 'TABLE_UNMAPPED',
        message: 'Table at page 3, line 1 looks like a plan but was not read: no column reads as a deadline (its header: «№ | Мероприятие | Ответственный»)',
        source: unmapped.source,
      },
    ]);
  });

  it('names a table whose columns have no title or number', () => {
    const { warnings } = segmentLayout(layout(plan(), table(row(['Срок', 'Ответственный', 'Примечание']), row(['Май', 'РОО', '']))));
    expect(warnings.map((w) => w.code)).toEqual(['TABLE_UNMAPPED']);
    expect(warnings[0]!.message).toContain('no column reads as the activities\' titles');
  });

  it('says nothing of a table of people beside a plan (seed 001\'s curators)', () => {
    const curators = table(row(['№ п/п', 'ОО', 'Ответственный от ОО, должность', 'ФИО куратора, должность']), row(['1', 'МБОУ СОШ № 1', 'Иванов', 'Петров']));
    expect(segmentLayout(layout(plan(), curators)).warnings).toEqual([]);
  });

  it('when no table is a plan, names every table and why, so that NO_ROADMAP is never bare', () => {
    const oneHeaderWord = table(row(['Мероприятие', 'Когда', 'Кто']), row(['Совещание', 'Май', 'РОО']));
    const noHeader = table(row(['Совещание', 'Май', 'РОО']), row(['Семинар', 'Июнь', 'МК']));
    const { roadmaps, warnings } = segmentLayout(layout(oneHeaderWord, noHeader));
    expect(roadmaps).toEqual([]);
    expect(warnings.map((w) => [w.code, w.source?.line, w.message.split(': ').slice(1).join(': ')])).toEqual([
      ['TABLE_UNMAPPED', oneHeaderWord.source.line, 'no column reads as a deadline (its header: «Мероприятие | Когда | Кто»)'],
      ['TABLE_UNMAPPED', noHeader.source.line, 'none of its first rows names its columns (the first: «Совещание | Май | РОО»)'],
    ]);
  });

  it('says nothing of a one-row or one-column table (a letterhead, a signature line)', () => {
    expect(segmentLayout(layout(table(row(['Директор', 'И.И. Иванов'])), table(row(['Согласовано']), row(['Директор'])))).warnings).toEqual([]);
  });
});

describe('segmentLayout: rows that cut the grid otherwise than the header', () => {
  const spanning = (text: string, colSpan: number): LayoutRow['cells'][number] => ({ ...cell(text, { page: null, line: (line += 1) }), colSpan });
  const spannedRow = (...cells: LayoutRow['cells']): LayoutRow => ({ type: 'row', cells, source: cells[0]!.source! });

  it('reads a row with as many cells as the header cell for cell (school1-sarmakovo-infobez-2016, section III)', () => {
    // The header spans «№» and «Срок» over two grid columns each; section III's rows give the number one and the title three.
    const header = spannedRow(spanning('№ п/п', 2), spanning('Наименование мероприятия', 1), spanning('Срок исполнения', 2), spanning('Ответственные', 1));
    const plan = table(
      header,
      spannedRow(spanning('2.3.', 2), spanning('Ведение журнала регистрации', 2), spanning('постоянно', 1), spanning('Зам.директора по УВР', 1)),
      spannedRow(spanning('3.1.', 1), spanning('Коррекция воспитательных программ', 3), spanning('2015 - 2016', 1), spanning('Зам.директора по ВР', 1)),
    );
    const [roadmap] = segmentLayout(layout(plan)).roadmaps;
    expect(roadmap!.activities.map((a) => [a.number, a.cells.title, a.cells.deadline, a.cells.responsible])).toEqual([
      ['2.3', 'Ведение журнала регистрации', 'постоянно', 'Зам.директора по УВР'],
      ['3.1', 'Коррекция воспитательных программ', '2015 - 2016', 'Зам.директора по ВР'],
    ]);
  });
});

describe('segmentLayout: a plan printed without a header row', () => {
  const paragraph = (text: string): LayoutBlock => ({ type: 'paragraph', text, bold: true, source: { page: 3, line: (line += 1) } });
  const merged = (text: string, rowSpan: number): LayoutRow['cells'][number] => ({ ...cell(text, { page: 3, line: (line += 1) }), rowSpan });
  const cells = (...parts: LayoutRow['cells']): LayoutRow => ({ type: 'row', cells: parts, source: parts[0]!.source! });
  const at = () => ({ page: 3, line: (line += 1) });

  it('reads it under a caption that names a plan, a title merged down over its date rows as one activity (riro-yanao-olympiad-plan-2026)', () => {
    const plan = table(
      row(['Регистрация участников', 'До 18 января 2026 года']),
      cells(merged('Отборочный тур (проводится в онлайн-режиме)', 2), cell('Химия – 19 января 2026 года', at())),
      cells(cell('Физика – 21 января 2026 года', at())),
      row(['Подведение итогов', 'апрель 2026 года']),
    );
    const { roadmaps, warnings } = segmentLayout(layout(paragraph('Календарный план проведения Арктической олимпиады «Полярный круг»'), plan));
    expect(warnings).toEqual([]);
    expect(roadmaps[0]!.caption).toBe('Календарный план проведения Арктической олимпиады «Полярный круг»');
    expect(roadmaps[0]!.columns.map((c) => c.role)).toEqual(['title', 'deadline']);
    expect(roadmaps[0]!.activities.map((a) => [a.cells.title, a.cells.deadline])).toEqual([
      ['Регистрация участников', 'До 18 января 2026 года'],
      ['Отборочный тур (проводится в онлайн-режиме)', 'Химия – 19 января 2026 года\nФизика – 21 января 2026 года'],
      ['Подведение итогов', 'апрель 2026 года'],
    ]);
  });

  it('names the table and why when its columns cannot be told, instead of a bare NO_ROADMAP', () => {
    const people = table(row(['Иванова А.А.', 'учитель математики']), row(['Петрова Б.Б.', 'учитель физики']));
    const { roadmaps, warnings } = segmentLayout(layout(paragraph('План мероприятий на 2024 год'), people));
    expect(roadmaps).toEqual([]);
    expect(warnings.map((w) => [w.code, w.source, w.message])).toEqual([
      [
        'TABLE_UNMAPPED',
        people.source,
        `Table at page 3, line ${people.source.line} under «План мероприятий на 2024 год» looks like a plan but was not read: it has no header row, and no column reads as deadlines`,
      ],
    ]);
  });
});
