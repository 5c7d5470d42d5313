import { describe, expect, it } from 'vitest';
import { linesToBlocks } from '../../../src/extract/text/blocks.js';
import type { LayoutParagraph, LayoutTable } from '../../../src/model/layout.js';

const tables = (text: string) => linesToBlocks(text).filter((b): b is LayoutTable => b.type === 'table');
const paragraphs = (text: string) => linesToBlocks(text).filter((b): b is LayoutParagraph => b.type === 'paragraph');
const cellTexts = (table: LayoutTable) => table.rows.map((row) => row.cells.map((c) => c.text));

describe('linesToBlocks', () => {
  it('reads tab-separated rows as one table with line numbers', () => {
    const [table] = tables('Заголовок\n\n№\tМероприятие\tСрок\n1.1.\tАнализ\tМарт 2023\n');
    expect(cellTexts(table!)).toEqual([
      ['№', 'Мероприятие', 'Срок'],
      ['1.1.', 'Анализ', 'Март 2023'],
    ]);
    expect(table!.rows[1]!.source).toEqual({ page: null, line: 4 });
  });

  it('marks the row after a blank line inside a tab table as following a page break', () => {
    const [table] = tables('№\tМероприятие\n4.1.\tКонтроль учителями-\n\n\tпредметниками\n4.2.\tСтимулирование\n');
    expect(table!.rows.map((row) => row.pageBreakBefore === true)).toEqual([false, false, true, false]);
  });

  it('strips <b> from a cell and reports the cell as bold', () => {
    const [table] = tables('№\tМероприятие\n<b>1. Организационные мероприятия</b>\t\t\n');
    const heading = table!.rows[1]!.cells[0]!;
    expect(heading.text).toBe('1. Организационные мероприятия');
    expect(heading.bold).toBe(true);
    expect(table!.rows[1]!.cells[1]!.bold).toBe(false);
  });

  it('turns <br> and <p> into line breaks inside a cell', () => {
    const [table] = tables(
      '| Ответственный | Сроки |\n|---|---|\n| Директора ОО<br>МКОУ СОШ № 10 пос. Большевик,<br>МКОУ СОШ №11 | июнь 2024 г. |\n| <p>Директора ОО</p> <p>МКОУ СОШ №4 с.Золотаревка,</p> | май |\n',
    );
    expect(table!.rows[1]!.cells[0]!.text).toBe('Директора ОО\nМКОУ СОШ № 10 пос. Большевик,\nМКОУ СОШ №11');
    expect(table!.rows[2]!.cells[0]!.text).toBe('Директора ОО\nМКОУ СОШ №4 с.Золотаревка,');
  });

  it('reads a markdown pipe table and skips its separator row', () => {
    const [table] = tables('| № | Контрольная точка | Сроки |\n|----|--|---|\n| 1. | Закупка учебников | апрель-август 2024 г. |\n');
    expect(cellTexts(table!)).toEqual([
      ['№', 'Контрольная точка', 'Сроки'],
      ['1.', 'Закупка учебников', 'апрель-август 2024 г.'],
    ]);
  });

  it('joins a pipe table continued after a page break and drops its empty header', () => {
    const text = [
      '| Мероприятие | Сроки |',
      '|--|--|',
      '| 2.1 Обеспечение условий по месту их будущего | По мере необходимости |',
      '',
      '|  |   |   |',
      '|--|---|---|',
      '|  | трудоустройства |  |',
      '| 2.2 | Размещение объявлений | Август 2024 г. |',
    ].join('\n');
    const found = tables(text);
    expect(found).toHaveLength(1);
    expect(cellTexts(found[0]!)).toEqual([
      ['Мероприятие', 'Сроки'],
      ['2.1 Обеспечение условий по месту их будущего', 'По мере необходимости'],
      ['', 'трудоустройства', ''],
      ['2.2', 'Размещение объявлений', 'Август 2024 г.'],
    ]);
    expect(found[0]!.rows[2]!.pageBreakBefore).toBe(true);
    expect(found[0]!.rows[3]!.pageBreakBefore).toBeUndefined();
  });

  it('keeps a continuation whose first data row was taken for a header (seed 003 line 138)', () => {
    const text = [
      '| Мероприятие | Сроки |',
      '|--|--|',
      '| 4.1 Выявление группы учащихся с | В |',
      '',
      '|  | неблагоприятной оценочной ситуацией | течение года |',
      '|--|--|--|',
      '| 4.2 | Организация работы | Май 2024 г. |',
    ].join('\n');
    const [table] = tables(text);
    expect(cellTexts(table!)[2]).toEqual(['', 'неблагоприятной оценочной ситуацией', 'течение года']);
    expect(table!.rows[2]!.pageBreakBefore).toBe(true);
  });

  it('starts a new table when a pipe table after blank lines has a header of its own', () => {
    const text = '| № | Мероприятия |\n|--|--|\n| 1 | Совещание |\n\n| № п/п | ОО |\n|--|--|\n| 1. | МБОУ |\n';
    expect(tables(text)).toHaveLength(2);
  });

  it('groups consecutive lines into one paragraph and strips markdown bold and headings', () => {
    const found = paragraphs('**РАЙОННЫЙ ОТДЕЛ ОБРАЗОВАНИЯ\nАДМИНИСТРАЦИИ ПРОЛЕТАРСКОГО РАЙОНА**\n\n## Дорожная карта\n\nОб утверждении  \nплана\n');
    expect(found.map((p) => [p.text, p.bold, p.source.line])).toEqual([
      ['РАЙОННЫЙ ОТДЕЛ ОБРАЗОВАНИЯ\nАДМИНИСТРАЦИИ ПРОЛЕТАРСКОГО РАЙОНА', true, 1],
      ['Дорожная карта', true, 4],
      ['Об утверждении\nплана', false, 6],
    ]);
  });
});
