import { describe, expect, it } from 'vitest';
import { cleanCellMarkup } from '../../../src/extract/text/markup.js';

describe('cleanCellMarkup', () => {
  it.each<[string, string, boolean]>([
    ['<b>1. Организационные мероприятия</b>', '1. Организационные мероприятия', true],
    ['<strong>Раздел</strong> 2', 'Раздел 2', false],
    ['<b><b>Раз</b>дел</b>', 'Раздел', true],
    ['<b>Раздел', 'Раздел', false],
    ['Отдел<br>Школы', 'Отдел\nШколы', false],
    ['<b>Отдел</b><br/><b>Школы</b>', 'Отдел\nШколы', true],
  ])('reads %j as %j, bold %s', (raw, text, bold) => {
    expect(cleanCellMarkup(raw)).toEqual({ text, bold });
  });

  // Issue 8: each unclosed <b> was matched against the rest of the cell by a lazy regex.
  it('reads a cell of 40,000 unclosed <b> tags in linear time, as not bold', () => {
    const started = performance.now();
    expect(cleanCellMarkup(`${'<b>'.repeat(40_000)}Раздел`)).toEqual({ text: 'Раздел', bold: false });
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  it('reads markup nested 10,000 deep around a title as the title, bold', () => {
    const raw = `${'<b><i><span class="x">'.repeat(10_000)}Совещание${'</span></i></b>'.repeat(10_000)}`;
    expect(cleanCellMarkup(raw)).toEqual({ text: 'Совещание', bold: true });
  });
});
