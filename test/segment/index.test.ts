import { describe, expect, it } from 'vitest';
import { cell, type LayoutBlock, type LayoutDocument, type LayoutRow, type LayoutTable } from '../../src/model/layout.js';
import { segmentLayout as segmentLayoutWith } from '../../src/segment/index.js';
import { readsAsDeadline } from '../../src/parse/ru/deadline.js';

const segmentLayout = (layout: LayoutDocument) => segmentLayoutWith(layout, { readsAsDeadline });

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

  it('reads neither a staff list nor a signature sheet beside a plan, and says nothing of them', () => {
    const staff = table(row(['№ п/п', 'Ф.И.О.', 'Дата рождения', 'Наименование учебного заведения']), row(['1', 'Викторова Е.П.', '03.02.1972', 'Училище']));
    const signatures = table(row(['№№ п/п', 'Фамилия, имя, отчество', 'Роспись', 'Дата']), row(['1', 'Иванов И.И.', '', '']));
    const { roadmaps, warnings } = segmentLayout(layout(staff, plan(), signatures));
    expect(roadmaps.map((r) => r.activities.map((a) => a.cells.title))).toEqual([['Совещание']]);
    expect(warnings).toEqual([]);
  });

  it('says a table lists people when no table is a plan', () => {
    const staff = table(row(['№ п/п', 'Ф.И.О.', 'Дата рождения']), row(['1', 'Викторова Е.П.', '03.02.1972']));
    expect(segmentLayout(layout(staff)).warnings.map((w) => w.message)).toEqual([
      `Table at page 3, line ${staff.source.line} was not read: its rows are people, not activities (its header: «№ п/п | Ф.И.О. | Дата рождения»)`,
    ]);
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

describe('segmentLayout: rows that print a number and nothing else', () => {
  it('leaves out a plan form\'s unfilled rows and says which (school-tselinny-fgos-plan.docx)', () => {
    const form = table(
      row(['№', 'Мероприятия', 'Сроки исполнения', 'Ответственные']),
      row(['1.1.', 'Анализ нормативно-правовой базы', 'Январь 2015 г.', 'Директор ОУ']),
      row(['1.2.', '', '', '']),
      row(['1.3.', '', '', '']),
      row(['1.4.', '', '', '']),
    );
    const { roadmaps, warnings } = segmentLayout(layout(form));
    expect(roadmaps[0]!.activities.map((a) => a.number)).toEqual(['1.1']);
    expect(warnings.map((w) => [w.code, w.message])).toEqual([['CONTENT_SKIPPED', '3 rows numbered 1.2 … 1.4 hold nothing but the number (a form left unfilled); left out']]);
  });

  it('keeps a numbered row whose text the next page continues', () => {
    const cut = table(row(['№', 'Мероприятие', 'Срок', 'Ответственный']), row(['1.1.', '', '', ''], 3), { ...row(['', 'Совещание', 'Май', 'РОО'], 4), pageBreakBefore: true });
    const { roadmaps, warnings } = segmentLayout(layout(cut));
    expect(roadmaps[0]!.activities.map((a) => [a.number, a.cells.title, a.cells.deadline])).toEqual([['1.1', 'Совещание', 'Май']]);
    expect(warnings).toEqual([]);
  });
});
