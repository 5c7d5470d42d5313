import { describe, expect, it } from 'vitest';
import { cell, type LayoutTable } from '../../src/model/layout.js';
import { rolesByContent } from '../../src/segment/headerless.js';
import { readsAsDeadline } from '../../src/parse/ru/deadline.js';
import { opensWithParty } from '../../src/parse/ru/party.js';

const source = { page: 3, line: 7 };
const table = (...rows: string[][]): LayoutTable => ({ type: 'table', source, rows: rows.map((texts) => ({ type: 'row', source, cells: texts.map((t) => cell(t, source)) })) });
const read = (t: LayoutTable) => rolesByContent(t, { readsAsDeadline, opensWithParty });

describe('rolesByContent: a plan without a header row, its columns told by what they hold', () => {
  it.each([
    [
      'a title and a deadline column (riro-yanao-olympiad-plan-2026)',
      table(['Регистрация участников', 'До 18 января 2026 года'], ['Результаты отборочного тура', 'до 28 февраля 2026 года'], ['Подведение итогов', 'апрель 2026 года']),
      ['title', 'deadline'],
    ],
    [
      'a number, a title, a deadline and a responsible column',
      table(
        ['1.', 'Совещание с руководителями образовательных организаций', 'Январь 2024', 'Зам. начальника отдела образования'],
        ['2.', 'Мониторинг качества подготовки обучающихся', 'в течение года', 'Руководители ОО'],
        ['3.', 'Проведение пробных экзаменов в 9-х классах', 'до 15.03.2024', 'Методист РМК'],
      ),
      ['number', 'title', 'deadline', 'responsible'],
    ],
  ])('reads %s', (_, t, roles) => {
    expect(read(t)).toEqual({ roles });
  });

  it.each([
    ['a list of people', table(['Иванова А.А.', 'учитель математики'], ['Петрова Б.Б.', 'учитель физики'], ['Сидоров В.В.', 'директор']), 'no column reads as deadlines'],
    ['one row', table(['Совещание', 'Май 2024']), 'it has too few rows with two cells filled to tell its columns'],
  ])('gives the reason it cannot read %s', (_, t, reason) => {
    expect(read(t)).toEqual({ reason });
  });
});
