import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, guardFormula, toCsv } from '../../src/export/csv.js';
import { toJson } from '../../src/export/json.js';
import { ingest } from '../../src/ingest.js';
import { seedBytes } from '../helpers/seeds.js';

const document = await ingest(seedBytes('khotynets', 'txt'), { file: 'decree.txt' });

describe('toCsv', () => {
  it('writes the contract columns first and one row per activity, parsed back unchanged', () => {
    const rows: string[][] = parse(toCsv([document]));
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(1 + 21);
    const row = Object.fromEntries(CSV_COLUMNS.map((column, index) => [column, rows[2]![index]]));
    expect(row).toMatchObject({
      file: 'decree.txt',
      decree_number: '515',
      decree_date: '2023-12-08',
      section: '1',
      number: '1.2',
      responsible: 'Образовательные организации',
      deadline_text: 'Июнь, декабрь 2023',
    });
    expect(row.title).toMatch(/^Промежуточный и итоговый мониторинги/u);
  });

  it('joins several parties with "; "', () => {
    const rows: string[][] = parse(toCsv([document]));
    const row = rows.find((r) => r[5] === '2.8')!;
    expect(row[7]).toBe('Отдел образования; образовательные организации');
  });

  it('uses ";" and a byte order mark for Excel in a Russian locale', () => {
    const text = toCsv([document], { delimiter: ';', bom: true });
    expect(text.startsWith('\uFEFFfile;decree_number;')).toBe(true);
    const rows: string[][] = parse(text.slice(1), { delimiter: ';' });
    expect(rows).toHaveLength(22);
  });

  it('writes every document of a batch, told apart by the file column', () => {
    const rows: string[][] = parse(toCsv([document, { ...document, source: { ...document.source, file: 'other.txt' } }]));
    expect(rows.filter((r) => r[0] === 'other.txt')).toHaveLength(21);
  });

  it.each([
    ['=HYPERLINK("http://x")', `'=HYPERLINK("http://x")`],
    ['+7 903', `'+7 903`],
    ['-о ходе подготовки к ГИА', `'-о ходе подготовки к ГИА`],
    ['@SUM(A1)', `'@SUM(A1)`],
    ['Март 2023', 'Март 2023'],
  ])('guards %j against formula injection as %j', (value, expected) => {
    expect(guardFormula(value)).toBe(expected);
  });
});

describe('toJson', () => {
  it('writes 2-space indented JSON with the contract keys in order and a trailing newline', () => {
    const text = toJson(document);
    expect(text.endsWith('}\n')).toBe(true);
    expect(text.split('\n')[1]).toBe('  "schemaVersion": "1.2",');
    expect(Object.keys(JSON.parse(text))).toEqual(['schemaVersion', 'source', 'decree', 'roadmaps', 'aliases', 'warnings']);
  });
});
