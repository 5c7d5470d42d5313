import { describe, expect, it } from 'vitest';
import { cell, type LayoutBlock, type LayoutCell, type LayoutDocument, type LayoutRow, type LayoutTable } from '../../src/model/layout.js';
import { segmentLayout as segmentLayoutWith } from '../../src/segment/index.js';
import { readsAsDeadline } from '../../src/parse/ru/deadline.js';
import { opensWithParty } from '../../src/parse/ru/party.js';

const segmentLayout = (layout: LayoutDocument) => segmentLayoutWith(layout, { readsAsDeadline, opensWithParty });

let line = 0;
const next = (page: number | null = null) => ({ page, line: (line += 1) });
const row = (texts: Array<string | LayoutCell>, page: number | null = null): LayoutRow => {
  const source = next(page);
  return { type: 'row', cells: texts.map((t) => (typeof t === 'string' ? cell(t, source) : t)), source };
};
const spanning = (text: string, colSpan: number): LayoutCell => ({ ...cell(text, next()), colSpan });
const table = (...rows: LayoutRow[]): LayoutTable => ({ type: 'table', rows, source: rows[0]!.source });
const paragraph = (text: string, bold = false, page: number | null = null): LayoutBlock => ({ type: 'paragraph', text, bold, source: next(page) });
const layout = (...blocks: LayoutBlock[]): LayoutDocument => ({ type: 'layout', format: 'pdf', blocks, pages: null, encoding: null, warnings: [] });

const HEADER = ['№', 'Мероприятие', 'Срок', 'Ответственный'];
const firstPart = () => table(row(HEADER), row(['1.', 'Организация', '', '']), row(['1.1.', 'Совещание', 'Январь', 'РОО']));

describe('a header-less table after a roadmap table', () => {
  it('joins the roadmap after a heading paragraph, the heading opening a section (a PDF resuming the plan)', () => {
    const { roadmaps, warnings } = segmentLayout(
      layout(paragraph('План мероприятий'), firstPart(), paragraph('2. Кадровое обеспечение', true, 2), table(row(['2.1.', 'Курсы', 'Март', 'Школы'], 2))),
    );
    expect(roadmaps).toHaveLength(1);
    expect(roadmaps[0]!.sections.map((s) => [s.number, s.title])).toEqual([['1', 'Организация'], ['2', 'Кадровое обеспечение']]);
    expect(roadmaps[0]!.activities.map((a) => [a.number, a.section, a.cells.title, a.cells.deadline])).toEqual([
      ['1.1', '1', 'Совещание', 'Январь'],
      ['2.1', '2', 'Курсы', 'Март'],
    ]);
    expect(roadmaps[0]!.activities[1]!.source.page).toBe(2);
    expect(warnings).toEqual([]);
  });

  it('maps rows with as many cells as the header has columns, whatever their spans, and a row spanning the whole table as a section', () => {
    const { roadmaps } = segmentLayout(
      layout(
        firstPart(),
        table(
          row(['1.2.', spanning('Семинар', 2), 'Февраль', spanning('МК', 3)]),
          row([spanning('2. Кадры', 7)]),
          row(['2.1.', spanning('Курсы', 2), 'Март', spanning('Школы', 3)]),
        ),
      ),
    );
    expect(roadmaps[0]!.activities.map((a) => [a.number, a.section, a.cells.title, a.cells.deadline, a.cells.responsible])).toEqual([
      ['1.1', '1', 'Совещание', 'Январь', 'РОО'],
      ['1.2', '1', 'Семинар', 'Февраль', 'МК'],
      ['2.1', '2', 'Курсы', 'Март', 'Школы'],
    ]);
  });

  it('reads the body of a plan whose header row is a table of its own', () => {
    const { roadmaps } = segmentLayout(layout(paragraph('План мероприятий'), table(row(HEADER)), table(row(['1.', 'Совещание', 'Май', 'РОО']), row(['2.', 'Семинар', 'Июнь', 'МК']))));
    expect(roadmaps).toHaveLength(1);
    expect(roadmaps[0]!.caption).toBe('План мероприятий');
    expect(roadmaps[0]!.activities.map((a) => [a.number, a.cells.title])).toEqual([
      ['1', 'Совещание'],
      ['2', 'Семинар'],
    ]);
  });

  it('joins the two cells under «Срок: начало | окончание» as a range in the continuation too, on the roadmap\'s own grid', () => {
    const header = row([{ ...cell('№', next()), rowSpan: 2 }, { ...cell('Мероприятие', next()), rowSpan: 2 }, spanning('Срок', 2), { ...cell('Ответственный', next()), rowSpan: 2 }]);
    const { roadmaps } = segmentLayout(
      layout(
        table(header, row(['начало', 'окончание']), row(['1.', 'Совещание', 'Январь 2024', 'Март 2024', 'РОО'])),
        table(row(['2.', 'Семинар', 'Апрель 2024', 'Май 2024', 'МК'])),
      ),
    );
    expect(roadmaps[0]!.activities.map((a) => a.cells.deadline)).toEqual(['Январь 2024 – Март 2024', 'Апрель 2024 – Май 2024']);
  });

  it.each([['- 2 -', 'Продолжение таблицы'], ['Продолжение приложения 1'], ['стр. 3', 'Окончание табл. 2']])('skips %j between the parts', (...between) => {
    const { roadmaps } = segmentLayout(layout(firstPart(), ...between.map((text) => paragraph(text)), table(row(['1.2.', 'Семинар', 'Май', 'МК']))));
    expect(roadmaps[0]!.sections).toHaveLength(1);
    expect(roadmaps[0]!.activities.map((a) => a.number)).toEqual(['1.1', '1.2']);
  });

  it.each([
    ['a signature block whose columns do not map', [row(['Начальник отдела', 'И.И. Иванов'])], []],
    ['a table of the same width with no deadline in any row', [row(['1', 'Иванов И.И.', '', 'учитель']), row(['2', 'Петров П.П.', '', 'учитель'])], []],
    ['a table after an appendix heading', [row(['1.', 'Совещание', 'Май', 'РОО'])], ['Приложение 2']],
    ['a table after more paragraphs than a heading or two', [row(['1.', 'Совещание', 'Май', 'РОО'])], ['Один.', 'Два.', 'Три.', 'Четыре.']],
  ])('does not join %s', (_name, rows, between) => {
    const { roadmaps } = segmentLayout(layout(firstPart(), ...between.map((text) => paragraph(text)), table(...rows)));
    expect(roadmaps).toHaveLength(1);
    expect(roadmaps[0]!.activities.map((a) => a.number)).toEqual(['1.1']);
  });

  it('does not join a table that follows another, non-plan table', () => {
    const { roadmaps } = segmentLayout(layout(firstPart(), table(row(['ФИО', 'Должность']), row(['Иванов', 'учитель'])), table(row(['1.2.', 'Семинар', 'Май', 'МК']))));
    expect(roadmaps[0]!.activities.map((a) => a.number)).toEqual(['1.1']);
  });

  it('keeps two plans with headers of their own apart', () => {
    const { roadmaps } = segmentLayout(layout(firstPart(), table(row(['№', 'Наименование', 'Срок', 'Исполнитель']), row(['1.', 'Курсы', 'Март', 'Школы']))));
    expect(roadmaps).toHaveLength(2);
  });

  it('keeps apart two plans under the same header when a caption stands between them', () => {
    const { roadmaps } = segmentLayout(layout(firstPart(), paragraph('Приложение 2'), paragraph('План работы с кадрами'), table(row(HEADER), row(['1.', 'Курсы', 'Март', 'Школы']))));
    expect(roadmaps).toHaveLength(2);
  });
});

describe('a table that repeats the roadmap\'s header', () => {
  it('joins the roadmap, its second header line not read as a row', () => {
    const twoRowHeader = () => [
      row([{ ...cell('№', next()), rowSpan: 2 }, { ...cell('Мероприятие', next()), rowSpan: 2 }, spanning('Срок', 2), { ...cell('Ответственный', next()), rowSpan: 2 }]),
      row(['начало', 'окончание']),
    ];
    const { roadmaps } = segmentLayout(
      layout(
        table(...twoRowHeader(), row(['1.1.', 'Совещание', 'Январь 2024', 'Март 2024', 'РОО'])),
        paragraph(''),
        table(...twoRowHeader(), row(['1.2.', 'Семинар', 'Апрель 2024', 'Май 2024', 'МК'])),
      ),
    );
    expect(roadmaps).toHaveLength(1);
    expect(roadmaps[0]!.activities.map((a) => [a.number, a.cells.title, a.cells.deadline])).toEqual([
      ['1.1', 'Совещание', 'Январь 2024 – Март 2024'],
      ['1.2', 'Семинар', 'Апрель 2024 – Май 2024'],
    ]);
  });
});
