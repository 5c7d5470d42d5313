import { describe, expect, it } from 'vitest';
import { monthNumber } from '../../../src/parse/ru/months.js';

describe('monthNumber reads Russian month words in every case and abbreviation', () => {
  it.each([
    ['январь', 1], ['января', 1], ['январе', 1], ['январём', 1], ['январем', 1], ['янв', 1], ['янв.', 1], ['ЯНВАРЬ', 1],
    ['Февраль', 2], ['февраля', 2], ['февр.', 2],
    ['март', 3], ['марта', 3], ['марте', 3],
    ['апреля', 4], ['апр.', 4],
    ['май', 5], ['мая', 5], ['мае', 5],
    ['июнь', 6], ['июня', 6],
    ['июль', 7], ['июле', 7],
    ['августа', 8], ['авг.', 8],
    ['сентябрь', 9], ['сентября', 9], ['сент.', 9], ['сен', 9],
    ['октября', 10], ['окт.', 10],
    ['ноябре', 11], ['нояб.', 11],
    ['декабрь', 12], ['декабря', 12], ['дек.', 12], ['ДЕКАБРЕ', 12],
  ] as const)('reads «%s» as month %i', (word, month) => {
    expect(monthNumber(word)).toBe(month);
  });

  it.each([['протокол'], ['марш'], [''], ['года']])('reads «%s» as no month', (word) => {
    expect(monthNumber(word)).toBeNull();
  });
});
