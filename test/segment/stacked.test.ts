import { describe, expect, it } from 'vitest';
import { cell } from '../../src/model/layout.js';
import type { ColumnRole } from '../../src/model/roadmap.js';
import type { ReconciledRow } from '../../src/segment/reconcile.js';
import { splitStackedRows } from '../../src/segment/stacked.js';
import { readsAsDeadline } from '../../src/parse/ru/deadline.js';

const ROLES: ColumnRole[] = ['other', 'title', 'deadline', 'responsible'];
const row = (texts: string[], line = 10): ReconciledRow => ({
  cells: texts.map((text, index) => cell(text, { page: 2, line: line + index * 10 })),
  detachedNumber: null,
  reconciled: false,
  pageBreakBefore: false,
  source: { page: 2, line },
});
const split = (texts: string[], roles = ROLES) => splitStackedRows([row(texts)], roles, readsAsDeadline);
const cells = (rows: ReconciledRow[]) => rows.map((r) => r.cells.map((c) => c.text));

describe('splitStackedRows: a cell whose paragraphs are separate items', () => {
  it('gives one row per item when the deadline and responsible cells hold as many paragraphs, each keeping its line', () => {
    const { rows, warnings } = split(['Сентябрь', 'Линейка\nСовещание\nКонкурс чтецов', '01.09\n05.09\n20.09', 'Директор\nЗавуч\nУчителя']);
    expect(cells(rows)).toEqual([
      ['Сентябрь', 'Линейка', '01.09', 'Директор'],
      ['Сентябрь', 'Совещание', '05.09', 'Завуч'],
      ['Сентябрь', 'Конкурс чтецов', '20.09', 'Учителя'],
    ]);
    expect(rows.map((r) => r.source)).toEqual([
      { page: 2, line: 20 },
      { page: 2, line: 21 },
      { page: 2, line: 22 },
    ]);
    expect(rows.map((r) => r.cells[2]!.source?.line)).toEqual([30, 31, 32]);
    expect(warnings).toEqual([]);
  });

  it('splits a cell one item short where a page break ran the next item on within a line, and only there', () => {
    const stacked = row(['', '- Линейка\n- Собрание\n- Совещание', 'сентябрь\nоктябрь\nноябрь', 'директор\nклассные руководители учителя-предметники']);
    const responsible = stacked.cells[3]!;
    const joined = { ...stacked, cells: stacked.cells.map((c) => (c === responsible ? { ...c, pageBreakJoins: [responsible.text.indexOf('учителя')] } : c)) };
    const { rows, warnings } = splitStackedRows([joined], ROLES, readsAsDeadline);
    expect(cells(rows).map((r) => r[3])).toEqual(['директор', 'классные руководители', 'учителя-предметники']);
    expect(warnings).toEqual([]);
    // Without the mark the same cell is one party short: one activity and a warning.
    expect(split(stacked.cells.map((c) => c.text)).warnings.map((w) => w.code)).toEqual(['STACKED_UNALIGNED']);
  });

  it('gives every item a responsible cell of one paragraph, and numbered items their numbers in the title', () => {
    const { rows } = split(['', '1. Линейка\n2. Совещание', 'до 01.09\nв течение месяца', 'Классные руководители']);
    expect(cells(rows)).toEqual([
      ['', '1. Линейка', 'до 01.09', 'Классные руководители'],
      ['', '2. Совещание', 'в течение месяца', 'Классные руководители'],
    ]);
  });

  it('keeps an empty paragraph out of the count but in the line numbers', () => {
    const { rows } = split(['', 'Линейка\n\nСовещание', 'Сентябрь\n\nОктябрь', '']);
    expect(rows.map((r) => [r.cells[1]!.text, r.source.line])).toEqual([
      ['Линейка', 20],
      ['Совещание', 22],
    ]);
  });

  it('joins a responsible party wrapped over two paragraphs before counting', () => {
    const { rows } = split(['', 'Линейка\nСовещание', '01.09\n05.09', 'Заместитель директора\nпо УВР\nДиректор']);
    expect(rows.map((r) => r.cells[3]!.text)).toEqual(['Заместитель директора\nпо УВР', 'Директор']);
  });

  // fixtures/layouts/stacked-items/03: a responsible party per item, most in lower case (`администрация`).
  it('takes responsible paragraphs that start in lower case as parties of their own items', () => {
    const { rows, warnings } = split([
      'Сентябрь 2015',
      'Проверка списочного состава обучающихся\nСоставление расписания занятий\nОбследование сирот и опекаемых детей',
      'до 5 сентября\nдо 1 сентября\nсентябрь',
      'зам. директора по УВР\nадминистрация\nсоциальный педагог',
    ]);
    expect(rows.map((r) => r.cells[3]!.text)).toEqual(['зам. директора по УВР', 'администрация', 'социальный педагог']);
    expect(warnings).toEqual([]);
    expect(split(['', 'Линейка\nСовещание', '01.09\n05.09', 'директор\nИ.о. заместителя директора']).rows.map((r) => r.cells[3]!.text)).toEqual([
      'директор',
      'И.о. заместителя директора',
    ]);
  });

  it('still joins a lower-case paragraph that continues the party above it (`Заместитель директора,` over `учитель`)', () => {
    const { rows } = split(['', 'Линейка\nСовещание', '01.09\n05.09', 'Заместитель директора,\nучитель информатики\nДиректор']);
    expect(rows.map((r) => r.cells[3]!.text)).toEqual(['Заместитель директора,\nучитель информатики', 'Директор']);
  });

  // fixtures/layouts/stacked-items/01: `2015 – 2020` over `2016`, `постоянно` over `2016`, and `2015` over `2015`.
  it('takes a year alone as a date of its own unless it finishes a month or a day above it', () => {
    expect(cells(split(['', 'Функционирование контент-фильтра\nЗаключение договора с родителями', 'постоянно\n2016', 'Директор']).rows)).toEqual([
      ['', 'Функционирование контент-фильтра', 'постоянно', 'Директор'],
      ['', 'Заключение договора с родителями', '2016', 'Директор'],
    ]);
    expect(cells(split(['', 'Функционирование контент-фильтра\nЗаключение договора с родителями', '2015 – 2020\n2016', 'Директор']).rows)).toEqual([
      ['', 'Функционирование контент-фильтра', '2015 – 2020', 'Директор'],
      ['', 'Заключение договора с родителями', '2016', 'Директор'],
    ]);
    expect(cells(split(['', 'Размещение информации на сайте\nОформление стенда', '2015\n2015', 'Электроник\nБиблиотекарь']).rows)).toEqual([
      ['', 'Размещение информации на сайте', '2015', 'Электроник'],
      ['', 'Оформление стенда', '2015', 'Библиотекарь'],
    ]);
  });

  // fixtures/layouts/stacked-items/03: Word users set stacked items apart with «- ».
  it('drops the list dash that opens each stacked title', () => {
    expect(cells(split(['', '- Составление расписания занятий\n– Комплектование 1, 10 классов', 'до 1 сентября\nдо 31 августа', 'директор']).rows)).toEqual([
      ['', 'Составление расписания занятий', 'до 1 сентября', 'директор'],
      ['', 'Комплектование 1, 10 классов', 'до 31 августа', 'директор'],
    ]);
  });

  it.each([
    ['a title of two paragraphs and one deadline', ['', 'Совещание\nПо итогам года', 'Май', 'РОО']],
    ['a title wrapped in lower case beside a deadline range', ['', 'Проведение мониторинга\nкачества образования', 'Сентябрь –\nоктябрь', 'РОО']],
    ['a title wrapped after a preposition beside a month and its year', ['', 'Участие в олимпиаде по\nМатематике', 'Январь\n2024', 'РОО']],
    ['two items beside one date wrapped before its year', ['', 'Курсы\nСеминар', 'до 15 января\n2024 г.', 'РОО']],
    ['a title opening a list with a colon', ['', 'Провести:\nЛинейку\nСовещание', 'Сентябрь\nОктябрь\nНоябрь', 'РОО']],
    ['a title with a note in brackets', ['', 'Конкурс чтецов\n(по отдельному плану)', 'Март\nАпрель', 'РОО']],
    ['a deadline wrapped in two', ['', 'Курсы\nСеминар', 'В течение\nгода', 'РОО']],
    ['a deadline whose paragraphs are not dates', ['', 'Курсы\nСеминар', 'По\nсогласованию', 'РОО']],
  ])('does not split %s, nor warn', (_name, texts) => {
    const { rows, warnings } = split(texts);
    expect(cells(rows)).toEqual([texts]);
    expect(warnings).toEqual([]);
  });

  it.each([
    ['three items beside two deadlines', ['', 'Линейка\nСовещание\nКонкурс', '01.09\n05.09', 'Директор']],
    ['two items beside three responsible paragraphs', ['', 'Линейка\nСовещание', '01.09\n05.09', 'Директор\nЗавуч\nУчителя']],
  ])('keeps %s as one activity and warns STACKED_UNALIGNED naming the row', (_name, texts) => {
    const { rows, warnings } = split(texts);
    expect(cells(rows)).toEqual([texts]);
    expect(warnings.map((w) => [w.code, w.source])).toEqual([['STACKED_UNALIGNED', { page: 2, line: 10 }]]);
    expect(warnings[0]!.message).toMatch(/^Row at page 2, line 10 holds \d items in its title cell but \d in its (deadline|responsible) cell; kept as one activity$/u);
  });

  it('splits a number column of as many paragraphs, and warns for a single number over several items', () => {
    const roles: ColumnRole[] = ['number', 'title', 'deadline', 'responsible'];
    expect(cells(split(['1.\n2.', 'Линейка\nСовещание', '01.09\n05.09', 'Директор'], roles).rows)).toEqual([
      ['1.', 'Линейка', '01.09', 'Директор'],
      ['2.', 'Совещание', '05.09', 'Директор'],
    ]);
    const single = split(['5.', 'Линейка\nСовещание', '01.09\n05.09', 'Директор'], roles);
    expect(single.rows).toHaveLength(1);
    expect(single.warnings.map((w) => w.code)).toEqual(['STACKED_UNALIGNED']);
  });

  it('warns for a number printed once in a cell of its own over several items (no № column)', () => {
    const detached = { ...row(['', 'Линейка\nСовещание', '01.09\n05.09', 'Директор']), detachedNumber: '5' };
    const { rows, warnings } = splitStackedRows([detached], ROLES, readsAsDeadline);
    expect(rows).toEqual([detached]);
    expect(warnings.map((w) => w.message)).toEqual(['Row at page 2, line 10 holds 2 items in its title cell but 1 in its number cell; kept as one activity']);
  });
});
