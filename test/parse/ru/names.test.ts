import { describe, expect, it } from 'vitest';
import { findName, looksLikeSurname, nominativeSurname } from '../../../src/parse/ru/names.js';

describe('looksLikeSurname', () => {
  it.each([
    ['Магомедова', true],
    ['Алишейхов', true],
    ['Баркаева', true],
    ['Адзиева', true],
    ['Ерёмин', true],
    ['Пугачёва', true],
    ['Петров-Водкин', true],
    ['Мигилянц', false], // a surname, but not one the ending table knows: never paired with stray initials
    ['Директора', false],
    ['Методисты', false],
    ['УО', false],
    ['магомедова', false],
    ['Х.Н.', false],
  ])('%s → %s', (word, expected) => {
    expect(looksLikeSurname(word)).toBe(expected);
  });
});

describe('nominativeSurname', () => {
  it.each([
    ['Шаменковой', 'Шаменкова'],
    ['Васильевой', 'Васильева'],
    ['Пугачёвой', 'Пугачёва'],
    ['Ильиной', 'Ильина'],
    ['Иванову', 'Иванов'],
    ['Сергееву', 'Сергеев'],
    ['Ильину', 'Ильин'],
    ['Горской', 'Горская'],
    ['Высоцкой', 'Высоцкая'],
    ['Островского', 'Островский'],
    ['Островскому', 'Островский'],
    ['Ващенко', 'Ващенко'],
    ['Исаева', 'Исаева'],
  ])('%s → %s', (oblique, nominative) => {
    expect(nominativeSurname(oblique)).toBe(nominative);
  });
});

describe('findName', () => {
  it.each([
    ['Исаева Х.Н., начальник', 'Исаева Х.Н.'],
    ['руководитель С.В.Ващенко', 'С.В.Ващенко'],
    ['Мутаева Э.А, зам.директора', 'Мутаева Э.А'],
    ['Баркаева Салимат Омаровна', 'Баркаева Салимат Омаровна'],
    ['МБОУ- Хотынецкая СОШ им. С. Г. Поматилова', null],
  ])('finds the name in %j', (text, printed) => {
    expect(findName(text)?.printed ?? null).toBe(printed);
  });
});
