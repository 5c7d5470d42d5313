/**
 * Tables without rules read from where their words lie (src/extract/pdf/stream.ts,
 * issue 12): pages sketched as text, one character a fixed width, the way
 * `pdftotext -layout` shows the borderless and scanned plans of
 * fixtures/layouts/borderless-pdf and searchable-scan.
 */
import { describe, expect, it } from 'vitest';
import { assemble, type PageData } from '../../src/extract/pdf/index.js';
import { buildLines } from '../../src/extract/pdf/lines.js';
import type { PositionedItem } from '../../src/extract/pdf/text-items.js';
import type { LayoutBlock, LayoutTable } from '../../src/model/layout.js';

const SIZE = 11;
const CHAR_WIDTH = 5.5;
const PITCH = 12;

/**
 * A page from a sketch, each word an item where its characters stand (the
 * way OCR text layers give words). The first column of a line is a mark:
 * `+` puts a cell padding (2 pt) above the line, the gap a borderless Word
 * table leaves between its rows.
 */
function sketchPage(number: number, sketch: string, scan = false): PageData {
  const items: PositionedItem[] = [];
  let y = 100;
  for (const line of sketch.slice(1, -1).split('\n')) {
    y += PITCH + (line.startsWith('+') ? 2 : 0);
    for (const word of line.slice(1).matchAll(/\S+/gu)) {
      items.push({ str: word[0], x: 60 + word.index * CHAR_WIDTH, y, width: word[0].length * CHAR_WIDTH - 0.5, size: SIZE, bold: false });
    }
  }
  return { number, height: 842, lines: buildLines(items), grids: [], itemCount: items.length, scan };
}

const tables = (blocks: LayoutBlock[]): LayoutTable[] => blocks.filter((b): b is LayoutTable => b.type === 'table');
const cells = (table: LayoutTable): string[][] => table.rows.map((r) => r.cells.map((c) => c.text.replace(/\s+/gu, ' ').trim()));
const onlyTable = (pages: PageData[]): string[][] => {
  const found = tables(assemble(pages));
  expect(found).toHaveLength(1);
  return cells(found[0]!);
};

const HEADING_PDF = `
  №          Наименование              Срок          Ответственные
 п/п          мероприятия            исполнения       исполнители
+1. Организационно-управленческие мероприятия, направленные на выравнивание
 образовательных результатов
+1.1.    Разработка и реализация     Март 2023,      МБОУ Богородицкая
         планов мероприятий          реализация до   СОШ
+1.2.    Промежуточный               Июнь 2023       Образовательные
         мониторинг                                  организации
`;

const HEADING_SCAN = `
  №          Наименование              Срок          Ответственные
 п/п          мероприятия            исполнения       исполнители
+1. Организационно-управленческие и  направленные на выравнивание
 образовательных результатов
+1.1.    Разработка и реализация     Март 2023,      МБОУ Богородицкая
         планов мероприятий на год   реализация до   СОШ
+1.2.    Промежуточный мониторинг    Июнь 2023       Образовательные
         результатов                                 организации
`;

const NO_NUMBERS = `
       Наименование              Срок             Ответственные
        мероприятия            исполнения          исполнители
+Проведение торгов в         июнь 2024 г.       Директора ОО
 электронном магазине                           МКОУ СОШ № 10
+Контроль подготовки         март-апрель        Директора ОО
 Документации для            2024 г.
 проведения ремонта
+Подготовка материала        В течение 2024 г.  Заместители
 учителей физики                                директора по УВР
+Подготовка материала        В течение 2024 г.  Заместители
 учителей химии                                 директора по УВР
+Подготовка материала        В течение 2024 г.  Заместители
 учителей биологии                              директора по УВР
+Подготовка материала        В течение 2024 г.  Заместители
 учителей географии                             директора по УВР
+Подготовка материала        В течение 2024 г.  Заместители
 учителей истории                               директора по УВР
+Подготовка материала        В течение 2024 г.  Заместители
 учителей музыки                                директора по УВР
`;

const LOST_NUMBERS = `
  №          Наименование              Срок          Ответственные
 п/п          мероприятия            исполнения       исполнители
+        Подготовка анализа          10.06.2024 г.   Заместители
         занятий в 6 классе                          директора по УВР
+        Подготовка                  28.06.2024 г.   Заместители
         рекомендаций                                директора по УВР
+19.     Подготовка анализа          30.09.2024 г.   Заместители
         математики в 6 классе                       директора
+20.     Подготовка                  14.10.2024 г.   Заместители
         рекомендаций для                            директора
`;

const CELL_PARAGRAPHS = `
  №          Наименование              Срок          Ответственные
 п/п          мероприятия            исполнения       исполнители
+1.      Проведение семинаров        Март 2024       Методист
         для учителей                                РМО
+        Организация
         консультаций
+2.      Мониторинг                  Май 2024        Школы
         результатов
`;

const FIRST_PAGE = `
  №          Наименование              Срок          Ответственные
 п/п          мероприятия            исполнения       исполнители
+1.1.    Разработка плана            Январь 2024     Отдел
         работы                                      образования
+1.2.    Создание комфортной         В течение года  Руководители
         образовательной                             ОО
`;

const REPEATED_HEADER = `
  №          Наименование              Срок          Ответственные
 п/п          мероприятия            исполнения       исполнители
+        среды
+1.3.    Мониторинг                  Май 2024        Школы
         результатов
`;

const CUT_ROW_ONLY = `
+        обучающихся школ                            образовательные
         с низкими результатами                      организации
         в конкурсах
`;

const HEADER_WITHOUT_NUMBER = `
             Наименование              Срок          Ответственные
              мероприятия            исполнения       исполнители
+        обучающихся школ                            образовательные
         с низкими результатами                      организации
         в конкурсах
`;


const NO_NUMBERS_FIRST_PAGE = `
       Наименование              Срок             Ответственные
        мероприятия            исполнения          исполнители
+Проведение торгов в         июнь 2024 г.       Директора ОО
 электронном магазине                           МКОУ СОШ № 10
+Контроль подготовки         март-апрель        Директора ОО
 документации                2024 г.
`;

const NO_NUMBERS_NEXT_PAGE = `
+Закупка учебников           апрель-август      Директора ОО
 для школ                    2024 г.
+Подготовка материала        В течение 2024 г.  Заместители
 учителей музыки                                директора по УВР
`;

// The word `пос.` fits after `№13` by 3 points by the OCR boxes, yet the scanned page wrapped it.
const NEAR_FIT = `
       Наименование              Срок             Ответственные
        мероприятия            исполнения          исполнители
+Проведение торгов в         июнь 2024 г.       Директора школ ОО
 электронном магазине                           МКОУ СОШ №13
                                                пос.
                                                Винодельненский,
+Контроль подготовки         март-апрель        Директора ОО
 документации                2024 г.
`;

const HEADER = ['№ п/п', 'Наименование мероприятия', 'Срок исполнения', 'Ответственные исполнители'];

describe('a table without rules, its rows', () => {
  it('start at the numbered line right under a section heading of two lines', () => {
    expect(onlyTable([sketchPage(1, HEADING_PDF)])).toEqual([
      HEADER,
      ['1. Организационно-управленческие мероприятия, направленные на выравнивание образовательных результатов'],
      ['1.1.', 'Разработка и реализация планов мероприятий', 'Март 2023, реализация до', 'МБОУ Богородицкая СОШ'],
      ['1.2.', 'Промежуточный мониторинг', 'Июнь 2023', 'Образовательные организации'],
    ]);
  });

  it('take a scanned heading across the table whose word spaces fall into the gutters for a heading', () => {
    expect(onlyTable([sketchPage(1, HEADING_SCAN, true)])).toEqual([
      HEADER,
      ['1. Организационно-управленческие и направленные на выравнивание образовательных результатов'],
      ['1.1.', 'Разработка и реализация планов мероприятий на год', 'Март 2023, реализация до', 'МБОУ Богородицкая СОШ'],
      ['1.2.', 'Промежуточный мониторинг результатов', 'Июнь 2023', 'Образовательные организации'],
    ]);
  });

  it('start, where there is no number column, at a wider gap above a capitalised line of the title column', () => {
    const rows = onlyTable([sketchPage(1, NO_NUMBERS, true)]);
    expect(rows.slice(0, 3)).toEqual([
      ['Наименование мероприятия', 'Срок исполнения', 'Ответственные исполнители'],
      ['Проведение торгов в электронном магазине', 'июнь 2024 г.', 'Директора ОО МКОУ СОШ № 10'],
      ['Контроль подготовки Документации для проведения ремонта', 'март-апрель 2024 г.', 'Директора ОО'],
    ]);
    // The same deadline, word under word in six rows, is one cell and not three columns.
    expect(rows.slice(3)).toEqual(
      ['физики', 'химии', 'биологии', 'географии', 'истории', 'музыки'].map((subject) => [
        `Подготовка материала учителей ${subject}`,
        'В течение 2024 г.',
        'Заместители директора по УВР',
      ]),
    );
  });

  it('start where OCR lost the number but a wider gap opens the title, the deadline and the responsible cells', () => {
    expect(onlyTable([sketchPage(1, LOST_NUMBERS, true)])).toEqual([
      HEADER,
      ['', 'Подготовка анализа занятий в 6 классе', '10.06.2024 г.', 'Заместители директора по УВР'],
      ['', 'Подготовка рекомендаций', '28.06.2024 г.', 'Заместители директора по УВР'],
      ['19.', 'Подготовка анализа математики в 6 классе', '30.09.2024 г.', 'Заместители директора'],
      ['20.', 'Подготовка рекомендаций для', '14.10.2024 г.', 'Заместители директора'],
    ]);
  });

  it('keep a second paragraph of a numbered row\'s title in the row, though a gap and a capital open it', () => {
    expect(onlyTable([sketchPage(1, CELL_PARAGRAPHS)]).slice(1).map((r) => r.slice(0, 2))).toEqual([
      ['1.', 'Проведение семинаров для учителей Организация консультаций'],
      ['2.', 'Мониторинг результатов'],
    ]);
  });
});

describe('a table without rules across a page break', () => {
  const firstPage = (): PageData => sketchPage(1, FIRST_PAGE);
  const firstRows = [HEADER, ['1.1.', 'Разработка плана работы', 'Январь 2024', 'Отдел образования']];

  it('drops the header repeated on the next page and joins the rest of the cut row to it', () => {
    expect(onlyTable([firstPage(), sketchPage(2, REPEATED_HEADER)])).toEqual([
      ...firstRows,
      ['1.2.', 'Создание комфортной образовательной среды', 'В течение года', 'Руководители ОО'],
      ['1.3.', 'Мониторинг результатов', 'Май 2024', 'Школы'],
    ]);
  });

  it('goes on where the next page holds only the rest of the cut row, in two of the columns', () => {
    expect(onlyTable([firstPage(), sketchPage(2, CUT_ROW_ONLY)])).toEqual([
      ...firstRows,
      ['1.2.', 'Создание комфортной образовательной обучающихся школ с низкими результатами в конкурсах', 'В течение года', 'Руководители ОО образовательные организации'],
    ]);
  });

  it('goes on under a repeated header that OCR read without its number column', () => {
    expect(onlyTable([sketchPage(1, FIRST_PAGE, true), sketchPage(2, HEADER_WITHOUT_NUMBER, true)])).toEqual([
      ...firstRows,
      ['1.2.', 'Создание комфортной образовательной обучающихся школ с низкими результатами в конкурсах', 'В течение года', 'Руководители ОО образовательные организации'],
    ]);
  });

  it('starts a row at the top of the next page where a table without numbers opens the title with a capital and more cells', () => {
    expect(onlyTable([sketchPage(1, NO_NUMBERS_FIRST_PAGE, true), sketchPage(2, NO_NUMBERS_NEXT_PAGE, true)]).slice(2)).toEqual([
      ['Контроль подготовки документации', 'март-апрель 2024 г.', 'Директора ОО'],
      ['Закупка учебников для школ', 'апрель-август 2024 г.', 'Директора ОО'],
      ['Подготовка материала учителей музыки', 'В течение 2024 г.', 'Заместители директора по УВР'],
    ]);
  });
});

describe('a scanned table without rules, its cells', () => {
  it('join a line to the one before where its first word would fit only by the few points OCR boxes are off', () => {
    const [, first] = tables(assemble([sketchPage(1, NEAR_FIT, true)]))[0]!.rows;
    expect(first!.cells.map((c) => c.text)).toEqual([
      'Проведение торгов в электронном магазине',
      'июнь 2024 г.',
      'Директора школ ОО МКОУ СОШ №13 пос. Винодельненский,',
    ]);
  });
});
