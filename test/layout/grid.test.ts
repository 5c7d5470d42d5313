import { describe, expect, it } from 'vitest';
import { collapseToHeaderColumns, expandMergedCells } from '../../src/layout/grid.js';
import { cell, type LayoutTable } from '../../src/model/layout.js';

const source = { page: null, line: 1 };
const texts = (table: LayoutTable) => table.rows.map((r) => r.cells.map((c) => c.text));

describe('expandMergedCells', () => {
  it('keeps a heading merged across columns in its first column and leaves the rest empty', () => {
    const table: LayoutTable = {
      type: 'table',
      source,
      rows: [{ type: 'row', source, cells: [{ ...cell('1. Организационные мероприятия', source), colSpan: 3 }] }],
    };
    expect(texts(expandMergedCells(table))).toEqual([['1. Организационные мероприятия', '', '']]);
  });

  it('repeats a cell merged down in every row it covers, at its column', () => {
    const table: LayoutTable = {
      type: 'table',
      source,
      rows: [
        { type: 'row', source, cells: [cell('1', source), { ...cell('РОО', source), rowSpan: 3 }, cell('Май', source)] },
        { type: 'row', source, cells: [cell('2', source), cell('Июнь', source)] },
        { type: 'row', source, cells: [cell('3', source), cell('Июль', source)] },
        { type: 'row', source, cells: [cell('4', source), cell('МК', source), cell('Август', source)] },
      ],
    };
    expect(texts(expandMergedCells(table))).toEqual([
      ['1', 'РОО', 'Май'],
      ['2', 'РОО', 'Июнь'],
      ['3', 'РОО', 'Июль'],
      ['4', 'МК', 'Август'],
    ]);
  });
});

describe('collapseToHeaderColumns', () => {
  it('joins the cells under a header cell that spans two columns (seed 003 DOCX: «Мероприятие» over № and title)', () => {
    const header = { type: 'row' as const, source, cells: [{ ...cell('Мероприятие', source), colSpan: 2 }, cell('Сроки', source)] };
    const table: LayoutTable = {
      type: 'table',
      source,
      rows: [
        header,
        { type: 'row', source, cells: [{ ...cell('1.1 Подготовка задания', source), colSpan: 2 }, cell('март 2024г.', source)] },
        { type: 'row', source, cells: [cell('2.2', source), cell('Размещение объявлений', source), cell('Август 2024 г.', source)] },
      ],
    };
    expect(texts(collapseToHeaderColumns(expandMergedCells(table), header))).toEqual([
      ['Мероприятие', 'Сроки'],
      ['1.1 Подготовка задания', 'март 2024г.'],
      ['2.2 Размещение объявлений', 'Август 2024 г.'],
    ]);
  });
});
