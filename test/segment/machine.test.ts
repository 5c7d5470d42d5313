import { describe, expect, it } from 'vitest';
import { cell, type LayoutRow, type LayoutTable } from '../../src/model/layout.js';
import { segmentTable as segmentTableWith } from '../../src/segment/index.js';
import { readsAsDeadline } from '../../src/parse/ru/deadline.js';
import { opensWithParty } from '../../src/parse/ru/party.js';

const segmentTable = (table: LayoutTable) => segmentTableWith(table, { readsAsDeadline, opensWithParty });
import { initialTransition, transition } from 'xstate';
import { runSegmenter, segmenterMachine, settle } from '../../src/segment/machine.js';
import { reconcileRows } from '../../src/segment/reconcile.js';
import { describeRow, headerKey } from '../../src/segment/rows.js';
import { columnRoles } from '../../src/segment/columns.js';
import { rowEvents } from '../../src/segment/index.js';

let line = 0;
const row = (texts: string[], options: { bold?: boolean; pageBreakBefore?: boolean } = {}): LayoutRow => {
  line += 1;
  const source = { page: null, line };
  const built: LayoutRow = { type: 'row', cells: texts.map((t) => cell(t, source, options.bold === true && t !== '')), source };
  if (options.pageBreakBefore) built.pageBreakBefore = true;
  return built;
};

/** Folds rows under a header through the machine with xstate's pure transitions, no actor. */
function fold(headers: string[], rows: LayoutRow[]) {
  const roles = columnRoles(headers);
  const events = rowEvents(reconcileRows(rows, roles).map((r) => describeRow(r, roles, headerKey(headers), readsAsDeadline)));
  let [snapshot] = initialTransition(segmenterMachine, { roles, headers });
  for (const event of events) [snapshot] = transition(segmenterMachine, snapshot, event);
  // The pipeline runs the same machine as an actor; both must agree.
  const result = settle(snapshot.context);
  expect(runSegmenter({ roles, headers }, events)).toEqual(result);
  return result;
}

const HEADERS = ['№ п/п', 'Мероприятия', 'Срок', 'Ответственные'];

describe('segmenter machine', () => {
  it('classifies a column-number row, a numbered section, activities and a cut row', () => {
    const context = fold(HEADERS, [
      row(['1', '2', '3', '4']),
      row(['1.', 'Организационные мероприятия', '', '']),
      row(['1.1.', 'Контроль учителями-', 'Август 2023', 'Отдел образования']),
      row(['', 'предметниками', '', ''], { pageBreakBefore: true }),
      row(['1.2.', 'Стимулирование', 'В течение года', 'ОО']),
    ]);
    expect(context.classes).toEqual(['columnNumbers', 'section', 'activity', 'continuation', 'activity']);
    expect(context.activities.map((a) => [a.number, a.section, a.cells.title])).toEqual([
      ['1.1', '1', 'Контроль учителями-предметниками'],
      ['1.2', '1', 'Стимулирование'],
    ]);
  });

  it('takes a bold single cell as a section and keeps its title for the rows below', () => {
    const context = fold(HEADERS, [
      row(['2. Создание среды', '', '', ''], { bold: true }),
      row(['2.1.', 'Анализ результатов', 'Июнь-июль 2023', 'ОО']),
    ]);
    expect(context.sections.map((s) => [s.number, s.title])).toEqual([['2', 'Создание среды']]);
    expect(context.activities[0]!.sectionTitle).toBe('Создание среды');
  });

  it('takes a numbered row with nothing beside it as a group heading when the next number is its child (4.1 above 4.1.1)', () => {
    const context = fold(HEADERS, [
      row(['4.1.', 'Совещание с руководителями', '', '']),
      row(['4.1.1.', 'О разработке карт', 'Январь', 'Исаева Х.Н.']),
    ]);
    expect(context.classes).toEqual(['section', 'activity']);
    expect(context.activities[0]!.section).toBe('4.1');
  });

  it('keeps an activity whose deadline and responsible cells are empty when no child follows', () => {
    const context = fold(HEADERS, [row(['5.1.', 'Организация занятий', 'Ежемесячно', 'Лукманова С.Ш.']), row(['5.2.', 'Индивидуальная работа', '', ''])]);
    expect(context.classes).toEqual(['activity', 'activity']);
  });

  it('takes an unnumbered month heading as a section for a calendar of events', () => {
    const context = fold(['№', 'Мероприятие', 'Дата'], [row(['', 'Январь', '']), row(['1', 'Совещание', '10-12']), row(['', 'Февраль', '']), row(['1', 'Семинар', '3'])]);
    expect(context.classes).toEqual(['section', 'activity', 'section', 'activity']);
    expect(context.activities.map((a) => [a.number, a.section, a.sectionTitle])).toEqual([
      ['1', null, 'Январь'],
      ['1', null, 'Февраль'],
    ]);
  });

  it('takes an activity\'s section number and title from one section row, the misprinted child of the row above included', () => {
    const context = fold(HEADERS, [
      row(['4.', 'Работа с персоналом', '', '']),
      row(['4.2.', 'Работа с заместителями', '', '']),
      row(['4.2.3.', 'Работа с учителями', '', '']),
      row(['4.2.3.4.', 'Мастер-классы', 'Февраль', 'Адзиева К.А.']),
      row(['4.3.3.5.', 'Заседание объединения', 'Март', 'Магомедова У.К.']),
      row(['4.3.', 'Семинар', 'Май', 'Лукманова С.Ш.']),
    ]);
    expect(context.activities.map((a) => [a.number, a.section, a.sectionTitle])).toEqual([
      ['4.2.3.4', '4.2.3', 'Работа с учителями'],
      ['4.3.3.5', '4.2.3', 'Работа с учителями'],
      ['4.3', '4', 'Работа с персоналом'],
    ]);
  });

  it('gives an activity under an unnumbered heading its numbered section and keeps the heading for the deadline parser', () => {
    const context = fold(HEADERS, [
      row(['1.', 'Мероприятия', '', '']),
      row(['', 'Январь', '', '']),
      row(['1.1.', 'Совещание', '10-12', 'РОО']),
    ]);
    expect(context.activities.map((a) => [a.number, a.section, a.sectionTitle, a.heading])).toEqual([['1.1', '1', 'Мероприятия', 'Январь']]);
  });

  it('keeps a month row as the heading of the rows under the topic rows inside that month (school11-nakhodka-plan-2016)', () => {
    const context = fold(['Мероприятие', 'Сроки', 'Ответственные'], [
      row(['Октябрь, 2016 год', '', '']),
      row(['Внутришкольный контроль', '', '']),
      row(['Подготовка к ГИА', 'В течение месяца', 'Директор']),
      row(['Методическая работа', '', '']),
      row(['Посещение уроков', 'В течение месяца', 'Администрация']),
      row(['Ноябрь, 2016 год', '', '']),
      row(['Внутришкольный контроль', '', '']),
      row(['Аттестация педагогов', 'В течение месяца', 'Администрация']),
    ]);
    expect(context.activities.map((a) => [a.cells.title, a.sectionTitle, a.heading])).toEqual([
      ['Подготовка к ГИА', 'Внутришкольный контроль', 'Октябрь, 2016 год'],
      ['Посещение уроков', 'Методическая работа', 'Октябрь, 2016 год'],
      ['Аттестация педагогов', 'Внутришкольный контроль', 'Ноябрь, 2016 год'],
    ]);
  });

  it('ends a numbered month\'s hold where the next section of its depth begins', () => {
    const context = fold(HEADERS, [
      row(['1.', 'Январь', '', '']),
      row(['1.1.', 'Совещания', '', '']),
      row(['1.1.1.', 'Совещание директоров', 'В течение месяца', 'РОО']),
      row(['2.', 'Работа с кадрами', '', '']),
      row(['2.1.', 'Курсы', '', '']),
      row(['2.1.1.', 'Курсы учителей', 'В течение месяца', 'РОО']),
    ]);
    expect(context.activities.map((a) => [a.number, a.heading])).toEqual([
      ['1.1.1', 'Январь'],
      ['2.1.1', 'Курсы'],
    ]);
  });

  it('reads a roman section row as section I and IV, in a merged cell or in the № column', () => {
    const context = fold(HEADERS, [
      row(['I. Мероприятия по организации', '', '', ''], { bold: true }),
      row(['1.', 'Совещание', 'Май', 'РОО']),
      row(['IV.', 'Работа с кадрами', '', '']),
      row(['1.', 'Курсы', 'Июнь', 'РОО']),
    ]);
    expect(context.sections.map((s) => [s.number, s.title])).toEqual([['I', 'Мероприятия по организации'], ['IV', 'Работа с кадрами']]);
    expect(context.activities.map((a) => [a.number, a.section, a.sectionTitle])).toEqual([
      ['1', 'I', 'Мероприятия по организации'],
      ['1', 'IV', 'Работа с кадрами'],
    ]);
  });

  it('takes the number printed in the title cell when the № column is left empty, with or without a space after it', () => {
    const context = fold(HEADERS, [row(['', '1.Организовать совещание', 'Май', 'РОО']), row(['', '2. Провести семинар', 'Июнь', 'РОО']), row(['', '2.1.Анализ', 'Июль', 'РОО'])]);
    expect(context.activities.map((a) => [a.number, a.cells.title])).toEqual([
      ['1', 'Организовать совещание'],
      ['2', 'Провести семинар'],
      ['2.1', 'Анализ'],
    ]);
  });

  it('takes the number in the title cell when the № cell holds only a stray dot (ussuriysk-centre-primorye-80-plan-2018, 1.5)', () => {
    const context = fold(HEADERS, [row(['1.4', 'Экскурсия по городу', 'Май', 'РОО']), row(['.', '1.5. Почётные жители Приморья.', '20 сентября', 'РОО'])]);
    expect(context.activities.map((a) => [a.number, a.cells.title])).toEqual([
      ['1.4', 'Экскурсия по городу'],
      ['1.5', 'Почётные жители Приморья.'],
    ]);
  });

  it('reads a numbered row with its other cells empty inside the activities\' run as an activity (ussuriysk-centre-prevention-plans-2018, 9)', () => {
    const context = fold(HEADERS, [
      row(['2. Мероприятия по профилактике терроризма'], { bold: true }),
      row(['8', 'Документальное обеспечение', 'по необходимости', 'Администрация']),
      row(['9', 'Запрещается посадка посторонних лиц на автотранспорт', '', '']),
      row(['10', 'Организация инструктажа', 'в течение года', 'Администрация']),
    ]);
    expect(context.activities.map((a) => [a.number, a.section])).toEqual([
      ['8', '2'],
      ['9', '2'],
      ['10', '2'],
    ]);
  });

  it('still reads a whole-numbered title row as a section where activities restart under it', () => {
    const context = fold(HEADERS, [row(['1', 'Провести совещание', 'Май', 'РОО']), row(['2', 'Работа с родителями', '', '']), row(['1', 'Собрание', 'Июнь', 'РОО'])]);
    expect(context.activities.map((a) => [a.number, a.section])).toEqual([
      ['1', null],
      ['1', '2'],
    ]);
  });

  it('joins a row after a page break that closes the bracket the title above left open, heading-like as it looks (school11-nakhodka-plan-2016)', () => {
    const context = fold(['Мероприятие', 'Срок', 'Ответственный'], [
      row(['День образования Приморского края (Фотовыставка', '20.10', 'зам. директора по ВР']),
      row(['«Город у моря»)', '', ''], { pageBreakBefore: true }),
      row(['Праздник «Осенний бал»', '22.10', 'Классные руководители']),
    ]);
    expect(context.activities.map((a) => (a.cells.title ?? '').replace(/\s+/gu, ' '))).toEqual(['День образования Приморского края (Фотовыставка «Город у моря»)', 'Праздник «Осенний бал»']);
  });

  it('keeps a lettered item\'s letter as its number', () => {
    const context = fold(['Мероприятие', 'Срок', 'Ответственный'], [row(['а) подготовить приказ', 'Май', 'РОО']), row(['б) провести совещание', 'Июнь', 'РОО'])]);
    expect(context.activities.map((a) => [a.number, a.cells.title])).toEqual([
      ['а', 'подготовить приказ'],
      ['б', 'провести совещание'],
    ]);
  });

  it('reads rows of a plan with no № column as activities without numbers, in table order', () => {
    const context = fold(['Мероприятие', 'Срок', 'Ответственный'], [row(['Совещание директоров', 'Май 2024', 'РОО']), row(['Семинар', 'Июнь 2024', 'МК РОО'])]);
    expect(context.activities.map((a) => [a.number, a.cells.title])).toEqual([
      [null, 'Совещание директоров'],
      [null, 'Семинар'],
    ]);
  });

  it('joins an activity printed over two rows with its number in the second (ussuriysk-centre-asocial-prevention-plan-2019, activity 5)', () => {
    const context = fold(HEADERS, [
      row(['4.', 'Разъяснение инспектором ОДН ст. по УК РФ', 'в течение года', 'Инспектор ОДН']),
      row(['', 'Цикл воспитательных часов на тему профилактика наркомании: наркотические «ловушки»;', 'в течение года', 'Педагог-психолог\nВоспитатели']),
      row(['5.', 'здоровье и вредные привычки;', 'в течение года', 'Педагог-психолог\nВоспитатели']),
      row(['6.', 'Интернет – уроки.', '1 раз в четверть', 'Библиотекарь']),
    ]);
    expect(context.activities.map((a) => [a.number, a.cells.title, a.cells.deadline, a.cells.responsible])).toEqual([
      ['4', 'Разъяснение инспектором ОДН ст. по УК РФ', 'в течение года', 'Инспектор ОДН'],
      ['5', 'Цикл воспитательных часов на тему профилактика наркомании: наркотические «ловушки»; здоровье и вредные привычки;', 'в течение года', 'Педагог-психолог\nВоспитатели'],
      ['6', 'Интернет – уроки.', '1 раз в четверть', 'Библиотекарь'],
    ]);
    expect(context.numbered.map((n) => n.number)).toEqual(['4', '5', '6']);
  });

  it('keeps a numbered row in lower case as an activity of its own when its deadline differs from the unnumbered row above', () => {
    const context = fold(HEADERS, [
      row(['', 'Совещание директоров', 'Май 2024', 'РОО']),
      row(['1.', 'семинар для заместителей', 'Июнь 2024', 'РОО']),
    ]);
    expect(context.activities.map((a) => [a.number, a.cells.title])).toEqual([
      [null, 'Совещание директоров'],
      ['1', 'семинар для заместителей'],
    ]);
  });

  it('in a plan without numbers, joins a row after a page break only when it leaves the deadline empty and a cell above stops short', () => {
    const context = fold(HEADERS, [
      row(['', 'Педагогический совет ««Сравнительный анализ успеваемости учащихся.', '26.10', 'Руководители МО учителей, зам.']),
      row(['', 'Эффективность подготовки учащихся к итоговой аттестации.»', '', 'директора по УВР'], { pageBreakBefore: true }),
      row(['', 'Корректировка ООП НОО и ООО', '01.11 – 07.11', 'зам. директора по УВР']),
      row(['', 'Консультация по вопросам оценивания по ФГОС', '', 'зам. директора по УВР'], { pageBreakBefore: true }),
      row(['', 'Заседание Совета старшеклассников', '03.09', 'Классные руководители'], { pageBreakBefore: true }),
    ]);
    expect(context.activities.map((a) => a.cells.title)).toEqual([
      'Педагогический совет ««Сравнительный анализ успеваемости учащихся.\nЭффективность подготовки учащихся к итоговой аттестации.»',
      'Корректировка ООП НОО и ООО',
      'Консультация по вопросам оценивания по ФГОС',
      'Заседание Совета старшеклассников',
    ]);
  });

  it('extends the header with a second header row and skips a repeated header on a continuation page', () => {
    const context = fold(['№', 'Мероприятие', 'Срок', 'Исполнители'], [
      row(['', '', '', 'ответственные']),
      row(['1', 'Совещание', 'Май', 'РОО']),
      row(['№', 'Мероприятие', 'Срок', 'Исполнители ответственные'], { pageBreakBefore: true }),
      row(['2', 'Семинар', 'Июнь', 'МК РОО']),
    ]);
    expect(context.headers[3]).toBe('Исполнители ответственные');
    expect(context.activities).toHaveLength(2);
  });
});

describe('describeRow', () => {
  it.each([
    [['1', '2', '3', '4', '5'], true],
    [['1.', '2.', '3.', '4.'], true],
    [['1', '2', '3 4', '5'], true],
    [['1', '2', '', '4'], false],
    [['1', '2', '4', '5'], false],
    [['1', 'Совещание', 'Март', 'РОО'], false],
    [['1.1', '2', '3', '4'], false],
  ])('%j is a column-number row: %s', (texts, expected) => {
    const headers = texts.length === 5 ? [...HEADERS, 'Примечание'] : HEADERS;
    const roles = columnRoles(headers);
    const [reconciled] = reconcileRows([row(texts)], roles);
    expect(describeRow(reconciled!, roles, headerKey(headers), readsAsDeadline).isColumnNumbers).toBe(expected);
  });
});

describe('segmentTable', () => {
  const table = (rows: LayoutRow[]): LayoutTable => ({ type: 'table', rows, source: rows[0]!.source });

  it('returns null for a table that is not a plan of activities (a list of people)', () => {
    expect(segmentTable(table([row(['Исаева Ханум Набигуллаевна', 'Начальник МКУ']), row(['Лукманова Сабина Шамиловна', 'Зам.начальника'])]))).toBeNull();
  });

  it('gives each activity of a responsible cell merged down that party', () => {
    const source = { page: null, line: 900 };
    const merged = { ...cell('Отдел образования', source), rowSpan: 2 };
    const result = segmentTable(
      table([
        row(['№', 'Мероприятие', 'Срок', 'Ответственный']),
        { type: 'row', cells: [cell('1', source), cell('Совещание', source), cell('Май', source), merged], source },
        { type: 'row', cells: [cell('2', source), cell('Семинар', source), cell('Июнь', source)], source },
      ]),
    );
    expect(result!.roadmap.activities.map((a) => a.cells.responsible)).toEqual(['Отдел образования', 'Отдел образования']);
  });

  it('under a two-row header with cells merged down and across, names each column once and skips the column-number row', () => {
    const source = { page: null, line: 950 };
    const merged = (text: string, span: { colSpan?: number; rowSpan?: number }) => ({ ...cell(text, source), ...span });
    const result = segmentTable(
      table([
        { type: 'row', source, cells: [merged('№ п/п', { rowSpan: 2 }), merged('Мероприятие', { rowSpan: 2 }), merged('Срок', { colSpan: 2 }), merged('Ответственный', { rowSpan: 2 })] },
        { type: 'row', source, cells: [cell('начало', source), cell('окончание', source)] },
        row(['1', '2', '3', '4', '5']),
        row(['1.1.', 'Совещание', 'Январь 2024', 'Март 2024', 'Отдел образования']),
      ]),
    );
    expect(result!.roadmap.columns.map((c) => c.header)).toEqual(['№ п/п', 'Мероприятие', 'Срок начало окончание', 'Ответственный']);
    expect(result!.roadmap.activities.map((a) => [a.number, a.cells.title])).toEqual([['1.1', 'Совещание']]);
  });

  it('warns when a row had more cells than the header', () => {
    const result = segmentTable(table([row(HEADERS), row(['1.', 'Совещание', 'Май', 'Исаева Х.Н., начальник', 'Х.Н., МКУ'])]));
    expect(result!.warnings.map((w) => w.code)).toEqual(['CELLS_RECONCILED']);
  });

  // Issue 8: the machine copied its arrays on every row, so 40,000 rows took a minute.
  it('segments a plan of 40,000 rows in seconds, each row costing the same however many came before', () => {
    // 400 sections of 100 activities: numbers print at most three digits a part (numbers.ts).
    const rows = [row(HEADERS)];
    for (let s = 1; s <= 400; s += 1) {
      rows.push(row([`${s}.`, `Раздел ${s}`, '', '']));
      for (let a = 1; a <= 100; a += 1) rows.push(row([`${s}.${a}.`, `Мероприятие ${s}.${a}`, 'Март 2023', 'ОО']));
    }
    const started = performance.now();
    const result = segmentTable(table(rows));
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(result!.roadmap.sections).toHaveLength(400);
    expect(result!.roadmap.activities).toHaveLength(40_000);
    expect(result!.roadmap.activities.at(-1)).toMatchObject({ number: '400.100', section: '400' });
    expect(result!.warnings).toEqual([]);
  });

  it('joins 20,000 lower-case continuation rows to the one activity above in linear time', () => {
    const rows = [row(HEADERS), row(['1.', 'Совещание', 'Май 2023', 'ОО'])];
    for (let i = 0; i < 20_000; i += 1) rows.push(row(['', 'и продолжение', '', '']));
    const started = performance.now();
    const result = segmentTable(table(rows));
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(result!.roadmap.activities).toHaveLength(1);
    expect(result!.roadmap.activities[0]!.cells.title).toBe(`Совещание${' и продолжение'.repeat(20_000)}`);
  });

  it('joins a cut row to the activity above and opens sections in order when folding as an actor', () => {
    const result = segmentTable(
      table([
        row(HEADERS),
        row(['1.', 'Организационные мероприятия', '', '']),
        row(['1.1.', 'Контроль учителями-', 'Август 2023', 'Отдел образования']),
        row(['', 'предметниками', '', ''], { pageBreakBefore: true }),
        row(['2.', 'Методическая работа', '', '']),
        row(['2.1.', 'Семинар', 'Май 2023', 'ОО']),
      ]),
    );
    expect(result!.roadmap.sections.map((s) => s.number)).toEqual(['1', '2']);
    expect(result!.roadmap.activities.map((a) => [a.number, a.section, a.cells.title])).toEqual([
      ['1.1', '1', 'Контроль учителями-предметниками'],
      ['2.1', '2', 'Семинар'],
    ]);
  });
});
