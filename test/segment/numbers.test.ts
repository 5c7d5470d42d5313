import { describe, expect, it } from 'vitest';
import { isArabicNumber, parseNumberCell, splitNumberPrefix } from '../../src/segment/numbers.js';

describe('splitNumberPrefix', () => {
  it.each([
    ['1.1 Подготовка к ГИА', '1.1', 'Подготовка к ГИА'],
    ['3. Провести совещание', '3', 'Провести совещание'],
    // issue 12: no space after the number's dot
    ['1.Организовать работу', '1', 'Организовать работу'],
    ['2.4.Анализ результатов', '2.4', 'Анализ результатов'],
    ['12.«Неделя науки»', '12', '«Неделя науки»'],
    ['1) Провести мониторинг', '1', 'Провести мониторинг'],
    // roman section rows and lettered items
    ['I. Мероприятия по организации', 'I', 'Мероприятия по организации'],
    ['IV.Работа с кадрами', 'IV', 'Работа с кадрами'],
    ['XII. Контроль', 'XII', 'Контроль'],
    ['а) подготовить приказ', 'а', 'подготовить приказ'],
    ['б)Провести семинар', 'б', 'Провести семинар'],
    ['b) Провести семинар', 'b', 'Провести семинар'],
    // a dashed list item numbered in front (number-in-title layouts, seed 004's 6.1–6.5)
    ['6.1.-порядок проведения ГИА', '6.1', '-порядок проведения ГИА'],
    ['6.2.- обсуждение результатов', '6.2', '- обсуждение результатов'],
    ['4.2.2.1. – о ходе подготовки', '4.2.2.1', '– о ходе подготовки'],
  ])('%j → number %j, title %j', (text, number, rest) => {
    expect(splitNumberPrefix(text)).toEqual({ number, rest });
  });

  it.each([
    ['15.10.2024 совещание'],
    ['2024 год'],
    ['3 сентября – линейка'],
    ['5-х классов'],
    ['I квартал'],
    ['Иванов И.И.'],
    ['В. Подготовка'],
    ['а также родители'],
    ['1.5млн рублей'],
    ['15.09.-20.09 каникулы'],
    ['3.-5. классы'],
  ])('leaves %j as it is', (text) => {
    expect(splitNumberPrefix(text)).toEqual({ number: null, rest: text });
  });
});

describe('parseNumberCell', () => {
  it.each([
    ['1.', '1'],
    ['4.2.3.10.', '4.2.3.10'],
    ['17', '17'],
    ['2)', '2'],
    ['IV.', 'IV'],
    ['II', 'II'],
    ['а)', 'а'],
    ['в)', 'в'],
    ['c)', 'c'],
    ['Да', null],
    ['2024', null],
    ['', null],
  ])('%j → %j', (text, number) => {
    expect(parseNumberCell(text)).toBe(number);
  });
});

describe('isArabicNumber', () => {
  it.each([
    ['1', true],
    ['4.2.3', true],
    ['IV', false],
    ['а', false],
  ])('%j: %s', (number, arabic) => {
    expect(isArabicNumber(number)).toBe(arabic);
  });
});
