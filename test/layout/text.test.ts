import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  collapseSpace,
  flattenCellText,
  joinAllFragments,
  joinCellContinuation,
  joinCellContinuations,
  joinFragments,
  normalizeCharacters,
} from '../../src/layout/text.js';

describe('joinFragments', () => {
  it.each([
    ['учителями-', 'предметниками в рамках', 'учителями-предметниками в рамках'],
    ['профессиональ-', 'ных конкурсах', 'профессиональных конкурсах'],
    ['деятель-', 'ности школ', 'деятельности школ'],
    ['компетен-', 'ций', 'компетенций'],
    ['учебно-', 'методических комплексов', 'учебно-методических комплексов'],
    ['психолого-', 'педагогических', 'психолого-педагогических'],
    ['ШНОР совместно с кураторами,', 'методистами РМА', 'ШНОР совместно с кураторами, методистами РМА'],
    ['Проведение РМО', 'дефицитов)', 'Проведение РМО дефицитов)'],
    // an ordinal's ending wrapped after the number's hyphen (school11-nakhodka plans, composed layouts)
    ['Контроль за комплектованием 1-', 'х классов', 'Контроль за комплектованием 1-х классов'],
    ['Подготовка к аттестации 11-', 'го класса', 'Подготовка к аттестации 11-го класса'],
    ['обеспечивающего контент-', 'фильтрацию', 'обеспечивающего контент-фильтрацию'],
    ['', 'культура', 'культура'],
    ['Март 2022', '', 'Март 2022'],
  ])('joins %j and %j as %j', (left, right, expected) => {
    expect(joinFragments(left, right)).toBe(expected);
  });
});

describe('joinCellContinuation', () => {
  it('puts a continuation that starts a new item on its own line', () => {
    expect(joinCellContinuation('Заместитель директора по УВР', 'Учителя-предметники')).toBe('Заместитель директора по УВР\nУчителя-предметники');
  });

  it('continues a lower-case tail on the same line', () => {
    expect(joinCellContinuation('В', 'течение года')).toBe('В течение года');
  });

  // fixtures/layouts/stacked-items/03 (PDF): stacked items opened by «- » go on across the page break.
  it('puts a continuation that opens with a list dash on its own line, as a cell\'s own lines are', () => {
    expect(joinCellContinuation('- Организация работы по подготовке к аттестации', '- Своевременное информирование родителей')).toBe(
      '- Организация работы по подготовке к аттестации\n- Своевременное информирование родителей',
    );
    expect(joinCellContinuation('2023-', '2024')).toBe('2023-2024');
  });
});

describe('text clean-up', () => {
  it('collapses runs of white space including non-breaking spaces', () => {
    expect(collapseSpace('  Март\u00A0 2023\n г. ')).toBe('Март 2023 г.');
  });

  it('removes soft hyphens and spells out ligatures but keeps tabs', () => {
    expect(normalizeCharacters('про\u00ADфес\tﬁle\r\n')).toBe('профес\tfile\n');
  });

  it('flattens a multi-line cell into one line, rejoining broken words', () => {
    expect(flattenCellText('Повышение профессиональ-\nных компетенций\n учителей - \nпредметников')).toBe(
      'Повышение профессиональных компетенций учителей - предметников',
    );
  });
});

describe('normalizeCharacters maps what producers spell differently (issue 12)', () => {
  it.each([
    // Symbol and Wingdings glyphs as a PDF or a Word run in those fonts hands them over: bullets…
    ['\uF0B7 Провести семинар', '• Провести семинар'],
    ['\uF0A7 проведение', '• проведение'],
    ['\uF076 Анализ', '• Анализ'],
    ['\uF0D8 Анализ', '• Анализ'],
    ['\uF0FC выполнено', '• выполнено'],
    ['\uF06C Совещание', '• Совещание'],
    // …the Symbol minus used as a list dash, and Symbol's signs that stand for themselves.
    ['\uF02D обеспечить', '– обеспечить'],
    ['не \uF0B3 50 %', 'не ≥ 50 %'],
    ['t \uF0B0C', 't °C'],
    // Unknown private-use glyphs carry nothing a reader can use.
    ['План\uE000 работы', 'План работы'],
    ['про\u00ADфес\u00ADсио\u00ADналь\u00ADный', 'профессиональный'],
    ['10\u00A0000', '10 000'],
    ['Март\u2009–\u202F2023', 'Март – 2023'],
    ['a\u2002b\u2003c\u205Fd\u3000e\u1680f', 'a b c d e f'],
    ['про\u200Bфес\u200Cсио\u200Dналь\u2060ный', 'профессиональный'],
    ['\uFEFFПриказ', 'Приказ'],
    ['ﬁle ﬂow ﬀ ﬃ', 'file flow ff ffi'],
    ['Срок\tисполнения', 'Срок\tисполнения'],
  ])('%j → %j', (raw, expected) => {
    expect(normalizeCharacters(raw)).toBe(expected);
  });
});

describe('flattenCellText drops the bullet that opens an item (issue 12)', () => {
  it.each([
    ['\uF0B7\tПровести семинар', 'Провести семинар'],
    ['\uF0B7 Провести семинар\n\uF0B7 Обеспечить участие', 'Провести семинар Обеспечить участие'],
    ['● Анализ результатов', 'Анализ результатов'],
    ['▪ Анализ', 'Анализ'],
    ['➢ Анализ', 'Анализ'],
    ['✓ Анализ', 'Анализ'],
    ['•Анализ', 'Анализ'],
  ])('%j → %j', (raw, expected) => {
    expect(flattenCellText(raw)).toBe(expected);
  });

  it.each([
    ['- обеспечить участие', '- обеспечить участие'],
    ['Итоги: промежуточные • итоговые', 'Итоги: промежуточные • итоговые'],
    ['* примечание', '* примечание'],
  ])('keeps %j as printed', (raw, expected) => {
    expect(flattenCellText(raw)).toBe(expected);
  });
});

describe('joining many fragments (issue 8)', () => {
  // Letters, dashes, digits and white space: the characters the joint rules look at.
  const fragment = fc.string({ unit: fc.constantFrom(...'аб вгМА-–1 2\n\t«'.split(''), 'ных', 'учителями-', 'мастер-', 'март-', 'Март'), maxLength: 12 });

  it('joins a list of fragments exactly as folding joinFragments over it does', () => {
    fc.assert(
      fc.property(fc.array(fragment, { maxLength: 8 }), (parts) => {
        expect(joinAllFragments(parts)).toBe(parts.length === 0 ? '' : parts.reduce((left, right) => joinFragments(left, right)));
      }),
      { numRuns: 300 },
    );
  });

  it('joins a cell and its continuations exactly as folding joinCellContinuation over them does', () => {
    fc.assert(
      fc.property(fc.array(fragment, { maxLength: 8 }), (parts) => {
        expect(joinCellContinuations(parts)).toBe(parts.length === 0 ? '' : parts.reduce((left, right) => joinCellContinuation(left, right)));
      }),
      { numRuns: 300 },
    );
  });

  it('flattens a cell of 40,000 lines in linear time, rejoining each broken word', () => {
    const lines = Array.from({ length: 20_000 }, () => 'профессиональ-\nных').join('\n');
    const started = performance.now();
    const flat = flattenCellText(lines);
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(flat.split(' ')).toHaveLength(20_000);
    expect(new Set(flat.split(' '))).toEqual(new Set(['профессиональных']));
  });
});
