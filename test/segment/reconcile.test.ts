import { describe, expect, it } from 'vitest';
import { cell, type LayoutRow } from '../../src/model/layout.js';
import type { ColumnRole } from '../../src/model/roadmap.js';
import { MAX_SURPLUS_CELLS, reconcileRows } from '../../src/segment/reconcile.js';

const row = (texts: string[], pageBreakBefore = false): LayoutRow => {
  const source = { page: null, line: 1 };
  const built: LayoutRow = { type: 'row', cells: texts.map((t) => cell(t, source)), source };
  if (pageBreakBefore) built.pageBreakBefore = true;
  return built;
};
const texts = (rows: ReturnType<typeof reconcileRows>) => rows.map((r) => r.cells.map((c) => c.text));

const numberInTitle: ColumnRole[] = ['title', 'deadline', 'responsible', 'expectedResult', 'reportForm'];

describe('reconcileRows', () => {
  it('detaches a number printed in its own cell when the header has no № column (seed 003)', () => {
    const [reconciled] = reconcileRows([row(['2.2', 'Размещение объявлений', 'Август 2024 г.', 'Заместитель директора по ВР', 'Размещение', 'Ссылки'])], numberInTitle);
    expect(reconciled!.detachedNumber).toBe('2.2');
    expect(reconciled!.cells.map((c) => c.text)).toEqual(['Размещение объявлений', 'Август 2024 г.', 'Заместитель директора по ВР', 'Размещение', 'Ссылки']);
  });

  it('reads the number from a column whose header cell is blank, keeping the other cells in their columns (a scan that lost «№ п/п»)', () => {
    const blankFirst: ColumnRole[] = ['other', 'title', 'responsible', 'deadline', 'other'];
    const [reconciled] = reconcileRows([row(['1.2.', 'Промежуточный мониторинг', 'Образовательные организации', 'Июнь, декабрь 2023', ''])], blankFirst);
    expect(reconciled!.detachedNumber).toBe('1.2');
    expect(reconciled!.cells.map((c) => c.text)).toEqual(['', 'Промежуточный мониторинг', 'Образовательные организации', 'Июнь, декабрь 2023', '']);
  });

  it('drops the columns a continuation page leaves empty in every row (seed 003, page 5)', () => {
    const rows = reconcileRows(
      [
        row(['', '', '', '', '', '', 'безопасности жизнедеятельности', ''], true),
        row(['3.2', 'Информационная работа', 'Январь-февраль 2024 г.', 'Заместитель директора по УВР', '', '', 'Проведение совещаний', 'Протоколы совещаний']),
      ],
      numberInTitle,
    );
    expect(texts(rows)).toEqual([
      ['', '', '', 'безопасности жизнедеятельности', ''],
      ['Информационная работа', 'Январь-февраль 2024 г.', 'Заместитель директора по УВР', 'Проведение совещаний', 'Протоколы совещаний'],
    ]);
  });

  it('merges a cell the conversion split, choosing the piece that opens with initials and keeping it on a line of its own (seed 004, 3.3)', () => {
    const roles: ColumnRole[] = ['number', 'title', 'deadline', 'responsible', 'coExecutors', 'expectedResult', 'reportForm'];
    const [reconciled] = reconcileRows(
      [row(['3.3.', 'Изучение деятельности ОО', 'В течение года', 'Исаева Х.Н., начальник «Управление образования»', 'Х.Н., МКУ', 'Лукманова С.Ш., зам.начальника МКУ «УО»', 'Оказание методической помощи', 'Справка'])],
      roles,
    );
    expect(reconciled!.reconciled).toBe(true);
    expect(reconciled!.cells.map((c) => c.text)).toEqual([
      '3.3.',
      'Изучение деятельности ОО',
      'В течение года',
      'Исаева Х.Н., начальник «Управление образования»\nХ.Н., МКУ',
      'Лукманова С.Ш., зам.начальника МКУ «УО»',
      'Оказание методической помощи',
      'Справка',
    ]);
  });

  it('pads a short row with empty cells', () => {
    const rows = reconcileRows([row(['5.1', 'Вступление в проект', 'Декабрь 2023 г.', 'Директора ОО', 'Определение года'])], numberInTitle);
    expect(texts(rows)[0]).toEqual(['Вступление в проект', 'Декабрь 2023 г.', 'Директора ОО', 'Определение года', '']);
    expect(rows[0]!.detachedNumber).toBe('5.1');
  });
});

describe('reconcileRows on a very long table (issue 8)', () => {
  it('reconciles one page-break chunk of 200,000 rows without overflowing the stack', () => {
    const rows = Array.from({ length: 200_000 }, (_, i) => row([`Мероприятие ${i}`, 'Май', 'ОО', '', '', '']));
    const reconciled = reconcileRows(rows, numberInTitle);
    expect(reconciled).toHaveLength(200_000);
    // The sixth column is empty in every row of the chunk, so it is dropped, not merged.
    expect(reconciled[199_999]!.cells.map((c) => c.text)).toEqual(['Мероприятие 199999', 'Май', 'ОО', '', '']);
    expect(reconciled.some((r) => r.reconciled)).toBe(false);
  });
});

describe('reconcileRows on a row far wider than its header (issue 8)', () => {
  it('joins more than MAX_SURPLUS_CELLS surplus cells into the last column at once, in linear time', () => {
    const extra = Array.from({ length: 50_000 }, (_, i) => `доп${i}`);
    const started = performance.now();
    const [reconciled] = reconcileRows([row(['Совещание', 'Май', 'ОО', 'Итог', 'Отчёт', ...extra])], numberInTitle);
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(reconciled!.reconciled).toBe(true);
    expect(reconciled!.cells.map((c) => c.text).slice(0, 4)).toEqual(['Совещание', 'Май', 'ОО', 'Итог']);
    expect(reconciled!.cells[4]!.text).toBe(['Отчёт', ...extra].join(' '));
  });

  it('still merges a few surplus cells one by one, choosing the split piece', () => {
    expect(MAX_SURPLUS_CELLS).toBeGreaterThanOrEqual(2);
    const [reconciled] = reconcileRows([row(['Совещание', 'Май', 'Исаева', 'Х.Н., МКУ', 'Итог', 'Отчёт'])], numberInTitle);
    // The pieces of a split cell are joined as lines, so the party parser can pair the initials with the surname.
    expect(reconciled!.cells.map((c) => c.text)).toEqual(['Совещание', 'Май', 'Исаева\nХ.Н., МКУ', 'Итог', 'Отчёт']);
  });
});
