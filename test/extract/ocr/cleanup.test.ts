import { describe, expect, it } from 'vitest';
import { cleanOcrWord } from '../../../src/extract/ocr/cleanup.js';

describe('cleanOcrWord', () => {
  it.each([
    // activity numbers misread, at the start of a line
    ['2:5.', true, '2.5.'],
    ['2.1..', true, '2.1.'],
    ['1.1,', true, '1.1.'],
    ['4:2:1.', true, '4.2.1.'],
    ['3..', true, '3.'],
    // the same shapes inside a line, or that are more likely text, stay
    ['1.1,', false, '1.1,'],
    ['5,', true, '5,'],
    ['1,5', true, '1,5'],
    // rules read as glyphs
    ['|до', false, 'до'],
    ['марта_', false, 'марта'],
    ['[1.1.]', true, '1.1.'],
    ['|', false, ''],
    ['__', false, ''],
    // Latin look-alikes inside Cyrillic words
    ['рaботы', false, 'работы'],
    ['Cрок', false, 'Срок'],
    ['oбразования', false, 'образования'],
    ['МБOУ', false, 'МБОУ'],
    ['xoд', false, 'ход'],
    ['yчебного', false, 'учебного'],
    // words of Latin letters, or with a Latin letter that has no Cyrillic twin, stay
    ['IT-кластер', false, 'IT-кластер'],
    ['Microsoft', false, 'Microsoft'],
    ['eмail', false, 'eмail'],
    // г. glued to a year
    ['2023г.', false, '2023 г.'],
    ['2024года', false, '2024 года'],
    ['2023', false, '2023'],
    // «и» run into an abbreviation
    ['УВРи', false, 'УВР и'],
    ['МКОУи', false, 'МКОУ и'],
    ['Ии', false, 'Ии'],
    ['Пензенскии', false, 'Пензенскии'],
    // a line-end hyphen read as a dash or a not-sign
    ['профессиональ¬', false, 'профессиональ-'],
    ['учителями—', false, 'учителями-'],
    // a speck read as a single quote on a Russian word
    ['‘в', false, 'в'],
    ['‚качества', false, 'качества'],
    ['результатов‘', false, 'результатов'],
    ["'Школа", false, 'Школа'],
    // quotes that are text: on a Latin word, or closing a word as an apostrophe
    ["'IT", false, "'IT"],
    ['д’Артаньян', false, 'д’Артаньян'],
    ['Школа’', false, 'Школа’'],
    // specks
    ['°', false, ''],
    ['„', false, ''],
    ['‚', false, ''],
    ['-', false, '-'],
    ['№', false, '№'],
  ])('%s (opens a line: %s) → %s', (raw, opensLine, expected) => {
    expect(cleanOcrWord(raw, opensLine)).toBe(expected);
  });
});
