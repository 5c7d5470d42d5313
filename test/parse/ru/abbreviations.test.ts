import { describe, expect, it } from 'vitest';
import { expandAbbreviation } from '../../../src/parse/ru/abbreviations.js';

describe('expandAbbreviation', () => {
  it.each([
    ['ОО', 'образовательная организация'],
    ['УО', 'управление образования'],
    ['РОО', 'районный отдел образования'],
    ['ШНОР', 'школы с низкими образовательными результатами'],
    ['РМА', 'региональный методический актив'],
    ['МК', 'методический кабинет'],
    ['ИМЦО', 'информационно-методический центр образования'],
    ['УВР', 'учебно-воспитательная работа'],
    ['ГИА', 'государственная итоговая аттестация'],
    ['СОШ', 'средняя общеобразовательная школа'],
    ['ООШ', 'основная общеобразовательная школа'],
    ['МКОУ', 'муниципальное казённое общеобразовательное учреждение'],
  ])('expands %s to «%s»', (abbr, expansion) => {
    expect(expandAbbreviation(abbr)).toBe(expansion);
  });

  it('is part of the library API', async () => {
    const library = await import('../../../src/index.js');
    expect(library.expandAbbreviation('ШНОР')).toBe('школы с низкими образовательными результатами');
    expect(library.ABBREVIATIONS['РМО']).toBe('районное методическое объединение');
  });

  it('returns null for a word that is not in the glossary', () => {
    expect(expandAbbreviation('XYZ')).toBeNull();
  });
});
