import { describe, expect, it } from 'vitest';
import { checkNumbering } from '../../src/segment/numbering.js';
import type { NumberedItem } from '../../src/segment/machine.js';

const items = (...numbers: Array<string | null | [string | null, 'section']>): NumberedItem[] =>
  numbers.map((entry, index) => {
    const [number, isSection] = Array.isArray(entry) ? [entry[0], true] : [entry, false];
    return { number, isSection, source: { page: null, line: index + 1 } };
  });

describe('checkNumbering', () => {
  it('accepts sections, children, siblings and a return to the next section', () => {
    expect(checkNumbering(items(['1', 'section'], '1.1', '1.2', ['2', 'section'], '2.1', ['2.2', 'section'], '2.2.1', '2.2.2', '2.3', ['3', 'section'], '3.1'))).toEqual([]);
  });

  it('reports a skipped number (seed 001 goes from 4.2 to 4.4)', () => {
    const warnings = checkNumbering(items(['4', 'section'], '4.1', '4.2', '4.4', '4.5'));
    expect(warnings.map((w) => [w.code, w.source?.line])).toEqual([['NUMBERING_GAP', 4]]);
  });

  it('reports a misprinted prefix once and carries on (seed 004 prints 4.3.3.5 among 4.2.3.x)', () => {
    const warnings = checkNumbering(items('4.2.3.3', '4.2.3.4', '4.3.3.5', '4.2.3.6', '4.2.3.7'));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!.code).toBe('NUMBERING_DUPLICATE');
    expect(warnings[0]!.message).toContain('4.3.3.5');
  });

  it('reports a number printed twice', () => {
    expect(checkNumbering(items('1', '2', '2', '3')).map((w) => w.code)).toEqual(['NUMBERING_DUPLICATE']);
  });

  it('lets numbering restart under an unnumbered heading (a calendar by month)', () => {
    expect(checkNumbering(items([null, 'section'], '1', '2', [null, 'section'], '1', '2'))).toEqual([]);
  });

  it('accepts flat numbering 1…21', () => {
    expect(checkNumbering(items(...Array.from({ length: 21 }, (_, i) => String(i + 1))))).toEqual([]);
  });
});

describe('checkNumbering across sections that restart the count', () => {
  it('keeps numbers restarting at 1 under roman section rows', () => {
    expect(checkNumbering(items(['I', 'section'], '1', '2', ['II', 'section'], '1', '2', '2.1'))).toEqual([]);
  });

  it('keeps numbers restarting at 1 under numbered section rows, the sections counted on their own', () => {
    expect(checkNumbering(items(['1', 'section'], '1', '2', '3', ['2', 'section'], '1', '2', ['3', 'section'], '1'))).toEqual([]);
  });

  it('still reports a number printed twice within one section', () => {
    const warnings = checkNumbering(items([null, 'section'], '1', '2', [null, 'section'], '1', '1'));
    expect(warnings.map((w) => [w.code, w.source?.line])).toEqual([['NUMBERING_DUPLICATE', 6]]);
  });

  it('reports a section skipped when the activities under them restart', () => {
    const warnings = checkNumbering(items(['1', 'section'], '1', '2', ['3', 'section'], '1'));
    expect(warnings.map((w) => [w.code, w.source?.line])).toEqual([['NUMBERING_GAP', 4]]);
  });

  it('does not count lettered items in the arabic sequence around them', () => {
    expect(checkNumbering(items('1', 'а', 'б', '2', 'а', '3'))).toEqual([]);
  });
});
