import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_ZIP_LIMITS, extractDocx } from '../../src/extract/docx/index.js';
import { extractLayout } from '../../src/extract/index.js';
import { isEncryptedOoxml } from '../../src/extract/detect.js';
import {
  CorruptDocumentError,
  EncryptedDocumentError,
  InputTooLargeError,
  UnsupportedFormatError,
} from '../../src/extract/errors.js';
import type { LayoutDocument, LayoutRow, LayoutTable } from '../../src/model/layout.js';
import { docxWithBody, strayRootDocx } from '../../scripts/bad-inputs.mjs';

const OPTIONS = { password: null };
const ACTIVITY_NUMBER = /^\d+(\.\d+)*\.?$/;

function fixture(path: string): Uint8Array {
  return new Uint8Array(readFileSync(new URL(`../../fixtures/${path}`, import.meta.url)));
}

function tables(layout: LayoutDocument): LayoutTable[] {
  return layout.blocks.filter((block): block is LayoutTable => block.type === 'table');
}

function activityRows(layout: LayoutDocument): LayoutRow[] {
  return tables(layout).flatMap((table) => table.rows.filter((row) => ACTIVITY_NUMBER.test(row.cells[0]?.text ?? '')));
}

/** The activity numbers of the .txt twin: first field of tab-separated or `|` table lines. */
function twinActivityNumbers(seed: string): string[] {
  const text = readFileSync(new URL(`../../fixtures/seeds/${seed}.txt`, import.meta.url), 'utf8');
  const numbers: string[] = [];
  for (const line of text.split('\n')) {
    const first = line.includes('\t') ? line.split('\t')[0] : line.startsWith('|') ? line.split('|')[1] : undefined;
    const cleaned = (first ?? '').replace(/<\/?b>/g, '').trim();
    if (ACTIVITY_NUMBER.test(cleaned)) numbers.push(cleaned);
  }
  return numbers;
}

function row(layout: LayoutDocument, number: string): LayoutRow {
  const found = activityRows(layout).find((candidate) => candidate.cells[0]?.text === number);
  if (!found) throw new Error(`no row ${number}`);
  return found;
}

describe('extractDocx on the seed decrees', () => {
  const seeds: Array<[string, number]> = [
    ['000_b44aa535d56c7e00', 21],
    ['001_22298858455419f6', 31],
    ['002_0a0b43e67e5df79f', 21],
    ['003_19b1070cee12e15a', 50],
    ['004_2ebadb8ec0ffc95f', 74],
  ];

  for (const [seed, count] of seeds) {
    it(`finds the same ${count} activity rows in seed ${seed.slice(0, 3)} as its .txt twin, in the same order`, async () => {
      const layout = await extractDocx(fixture(`seeds/${seed}.docx`), OPTIONS);
      const numbers = activityRows(layout).map((candidate) => candidate.cells[0]?.text ?? '');
      expect(numbers).toHaveLength(count);
      expect(numbers).toEqual(twinActivityNumbers(seed));
    });
  }

  it('reads seed 000 row 2.3 with its deadline Сентябрь 2023 and the section row merged across five columns in bold', async () => {
    const layout = await extractDocx(fixture('seeds/000_b44aa535d56c7e00.docx'), OPTIONS);
    expect(row(layout, '2.3.').cells.map((c) => c.text)).toEqual([
      '2.3.',
      'Проведение входных контрольных работ по математике, русскому языку (5-8 классы)',
      'Образовательные организации',
      'Сентябрь 2023',
      '',
    ]);
    const section = tables(layout)[0]?.rows[1];
    expect(section?.cells).toHaveLength(1);
    expect(section?.cells[0]).toMatchObject({ colSpan: 5, bold: true });
    expect(section?.cells[0]?.text).toBe(
      '1. Организационно-управленческие мероприятия, направленные на выравнивание образовательных результатов',
    );
  });

  it('reads seed 004 row 4.2.3.10 with its responsible cell spanning two columns and its co-executors apart', async () => {
    const layout = await extractDocx(fixture('seeds/004_2ebadb8ec0ffc95f.docx'), OPTIONS);
    const cells = row(layout, '4.2.3.10.').cells;
    expect(cells[2]?.text).toBe('В течение года');
    expect(cells[3]).toMatchObject({ text: 'Лукманова С.Ш., зам.начальника МКУ «УО»', colSpan: 2 });
    expect(cells[4]?.text).toBe(
      'Магомедова У.К., Адзиева К.А., Баркаева С.О., Алиева Н.Ш., Алишейхов Х.Ч., Магомедова С.Ш., методисты УО',
    );
  });

  it('numbers sources by paragraph ordinal in the body, with no page', async () => {
    const layout = await extractDocx(fixture('seeds/004_2ebadb8ec0ffc95f.docx'), OPTIONS);
    const found = row(layout, '4.2.3.10.');
    expect(found.source).toEqual({ page: null, line: 348 });
    expect(found.cells.map((c) => c.source?.line)).toEqual([348, 349, 350, 351, 352, 353, 354]);
    expect(layout.blocks[0]).toMatchObject({ type: 'paragraph', source: { page: null, line: 1 } });
  });

  it('keeps the letterhead lines of seed 000 as one bold paragraph with line breaks', async () => {
    const layout = await extractDocx(fixture('seeds/000_b44aa535d56c7e00.docx'), OPTIONS);
    expect(layout.blocks[0]).toEqual({
      type: 'paragraph',
      text: 'АДМИНИСТРАЦИЯ ХОТЫНЕЦКОГО РАЙОНА ОРЛОВСКОЙ ОБЛАСТИ\nОТДЕЛ ОБРАЗОВАНИЯ\nПРИКАЗ',
      bold: true,
      source: { page: null, line: 1 },
    });
    expect(layout).toMatchObject({ format: 'docx', pages: null, encoding: null });
  });
});

describe('extractDocx on generated Word tables', () => {
  it('keeps the two-row header with its vertical and horizontal merges', async () => {
    const layout = await extractDocx(fixture('docx/merged-plan.docx'), OPTIONS);
    const [first, second] = tables(layout)[0]?.rows ?? [];
    expect(first?.cells.map((c) => [c.text, c.colSpan, c.rowSpan])).toEqual([
      ['№ п/п', 1, 2],
      ['Мероприятие', 1, 2],
      ['Срок', 2, 1],
      ['Ответственный', 1, 2],
    ]);
    expect(second?.cells.map((c) => c.text)).toEqual(['начало', 'окончание']);
  });

  it('keeps the column-number row and drops the empty spacer row', async () => {
    const layout = await extractDocx(fixture('docx/merged-plan.docx'), OPTIONS);
    const rows = tables(layout)[0]?.rows ?? [];
    expect(rows[2]?.cells.map((c) => c.text)).toEqual(['1', '2', '3', '4', '5']);
    expect(rows.map((r) => r.cells[0]?.text)).toEqual([
      '№ п/п',
      'начало',
      '1',
      '1. Организационные мероприятия',
      '1.1.',
      '1.2.',
      '1.3.',
      '2. Методическая работа',
      '1.4.',
    ]);
  });

  it('marks merged section rows as one bold cell spanning all five columns', async () => {
    const layout = await extractDocx(fixture('docx/merged-plan.docx'), OPTIONS);
    const section = tables(layout)[0]?.rows[3];
    expect(section?.cells).toEqual([
      { type: 'cell', text: '1. Организационные мероприятия', bold: true, colSpan: 5, rowSpan: 1, source: { page: null, line: 17 } },
    ]);
  });

  it('gives the responsible cell merged down three rows a rowSpan of 3 and keeps its paragraphs as lines', async () => {
    const layout = await extractDocx(fixture('docx/merged-plan.docx'), OPTIONS);
    const rows = tables(layout)[0]?.rows ?? [];
    expect(rows[4]?.cells[4]).toMatchObject({ text: 'Отдел образования\nШколы', rowSpan: 3, colSpan: 1 });
    expect(rows[5]?.cells.map((c) => c.text)).toEqual(['1.2.', 'Мониторинг', 'Февраль 2024', 'Май 2024']);
  });

  it('counts the paragraphs of vertically merged continuation cells so later ordinals match document.xml', async () => {
    const layout = await extractDocx(fixture('docx/merged-plan.docx'), OPTIONS);
    const rows = tables(layout)[0]?.rows ?? [];
    // Row 1: paragraphs 3-6; row 2: two continuation cells (7, 8), «начало» 9, «окончание» 10, continuation 11.
    expect(rows[1]?.cells.map((c) => c.source?.line)).toEqual([9, 10]);
    // document.xml holds 47 paragraphs; the closing one is the last.
    expect(layout.blocks.at(-1)).toMatchObject({ text: 'Начальник отдела', source: { line: 47 } });
  });

  it('flattens a nested table into the lines of its enclosing cell', async () => {
    const layout = await extractDocx(fixture('docx/merged-plan.docx'), OPTIONS);
    const last = tables(layout)[0]?.rows.at(-1);
    expect(last?.cells[4]?.text).toBe('Иванов И.И.\nметодист');
    expect(tables(layout)).toHaveLength(1);
  });

  it('puts the letterhead from the page header first', async () => {
    const layout = await extractDocx(fixture('docx/merged-plan.docx'), OPTIONS);
    expect(layout.blocks.slice(0, 2).map((b) => (b.type === 'paragraph' ? b.text : ''))).toEqual([
      'МИНИСТЕРСТВО ОБРАЗОВАНИЯ ТЕСТОВОЙ ОБЛАСТИ',
      'ПРИКАЗ',
    ]);
  });

  it('recovers automatic section and activity numbers from Word list numbering', async () => {
    const layout = await extractDocx(fixture('docx/numbered-plan.docx'), OPTIONS);
    const rows = tables(layout)[0]?.rows ?? [];
    expect(rows.map((r) => r.cells[0]?.text)).toEqual([
      '№',
      '1',
      '1. Организация',
      '1.1.',
      '1.2.',
      '2. Кадры',
      '2.1.',
      '2.2.',
      '2.3.',
    ]);
    expect(rows[2]?.cells[0]).toMatchObject({ bold: true, colSpan: 3 });
    expect(rows[3]?.cells[0]?.source).toEqual({ page: null, line: 10 });
    expect(rows[6]?.cells.map((c) => c.text)).toEqual(['2.1.', 'Курсы', 'Март']);
  });

  it('numbers the decree items before the plan as their own list, not as the start of the plan list', async () => {
    const layout = await extractDocx(fixture('docx/numbered-plan.docx'), OPTIONS);
    expect(layout.blocks.slice(0, 2)).toEqual([
      { type: 'paragraph', text: '1. Утвердить дорожную карту.', bold: false, source: { page: null, line: 1 } },
      { type: 'paragraph', text: '2. Контроль оставляю за собой.', bold: false, source: { page: null, line: 2 } },
    ]);
  });
});

describe('extractDocx on text boxes', () => {
  it('reads a text box in place and keeps counting paragraphs and list numbers after it', async () => {
    const layout = await extractDocx(fixture('docx/textbox.docx'), OPTIONS);
    expect(layout.blocks.map((b) => (b.type === 'paragraph' ? [b.text, b.source.line] : []))).toEqual([
      ['Приказ', 1],
      ['', 2],
      ['Согласовано', 3],
      ['Директор', 4],
      ['1. Утвердить план.', 5],
    ]);
  });
});

describe('extractDocx on bad input', () => {
  it('reports a truncated archive as a corrupt document', async () => {
    await expect(extractDocx(fixture('docx/truncated.docx'), OPTIONS)).rejects.toBeInstanceOf(CorruptDocumentError);
    await expect(extractDocx(fixture('docx/truncated.docx'), OPTIONS)).rejects.toThrow(
      'the DOCX file is damaged or truncated: its ZIP directory is missing',
    );
  });

  it('reports a Word document whose XML is broken as a corrupt document', async () => {
    const attempt = extractDocx(fixture('docx/broken-xml.docx'), OPTIONS);
    await expect(attempt).rejects.toBeInstanceOf(CorruptDocumentError);
    await expect(extractDocx(fixture('docx/broken-xml.docx'), OPTIONS)).rejects.toThrow(
      'the DOCX file is damaged or truncated: the root element <w:document> of word/document.xml is never closed',
    );
  });

  it('reports a ZIP without word/document.xml as not a Word document', async () => {
    const attempt = extractLayout(fixture('docx/no-document-xml.docx'), OPTIONS);
    await expect(attempt).rejects.toBeInstanceOf(UnsupportedFormatError);
    await expect(extractDocx(fixture('docx/no-document-xml.docx'), OPTIONS)).rejects.toThrow(
      'not a Word document: the ZIP has no word/document.xml',
    );
  });

  it('reports a password-protected Word file as encrypted', async () => {
    const attempt = extractLayout(fixture('docx/encrypted.docx'), OPTIONS);
    await expect(attempt).rejects.toBeInstanceOf(EncryptedDocumentError);
    await expect(extractLayout(fixture('docx/encrypted.docx'), OPTIONS)).rejects.toThrow(/^the Word document is password-protected/);
  });

  it('tells a Word 97-2003 file from an encrypted one', async () => {
    expect(isEncryptedOoxml(fixture('docx/legacy.doc'))).toBe(false);
    expect(isEncryptedOoxml(fixture('docx/encrypted.docx'))).toBe(true);
    await expect(extractLayout(fixture('docx/legacy.doc'), { ...OPTIONS })).rejects.toBeInstanceOf(UnsupportedFormatError);
  });

  it('refuses a decompression bomb whose declared sizes lie, once it inflates past the limit', async () => {
    const attempt = extractDocx(fixture('docx/bomb.docx'), OPTIONS, { maxUncompressedBytes: 1024 * 1024 });
    await expect(attempt).rejects.toBeInstanceOf(InputTooLargeError);
    await expect(extractDocx(fixture('docx/bomb.docx'), OPTIONS, { maxUncompressedBytes: 1024 * 1024 })).rejects.toThrow(
      'the DOCX file is too large: it inflates beyond the limit of 1 MB',
    );
  });

  it('refuses a ZIP whose declared sizes exceed the limit before inflating anything', async () => {
    const attempt = extractDocx(fixture('seeds/000_b44aa535d56c7e00.docx'), OPTIONS, { maxUncompressedBytes: 1000 });
    await expect(attempt).rejects.toBeInstanceOf(InputTooLargeError);
    await expect(extractDocx(fixture('seeds/000_b44aa535d56c7e00.docx'), OPTIONS, { maxUncompressedBytes: 1000 })).rejects.toThrow(
      /^the DOCX file is too large: it declares \d+ bytes uncompressed, the limit is 1000 bytes$/,
    );
  });

  it('refuses XML parts that declare more bytes than the XML limit before inflating anything', async () => {
    // Seed 000's document.xml alone is 71,781 bytes.
    await expect(extractDocx(fixture('seeds/000_b44aa535d56c7e00.docx'), OPTIONS, { maxXmlBytes: 50_000 })).rejects.toThrow(
      /^the DOCX file is too large: its XML parts declare \d+ bytes, the limit is 50000 bytes \(some 900 pages\)$/,
    );
  });

  it('refuses XML that lies about its size once it inflates past the XML limit', async () => {
    await expect(extractDocx(fixture('bad/bomb.docx'), OPTIONS, { maxXmlBytes: 1024 * 1024 })).rejects.toThrow(
      'the DOCX file is too large: its XML parts inflate beyond the limit of 1 MB (some 900 pages)',
    );
  });

  it('refuses XML with more tags than the limit before mammoth builds a node for each', async () => {
    const attempt = extractDocx(fixture('seeds/000_b44aa535d56c7e00.docx'), OPTIONS, { maxXmlTags: 1000 });
    await expect(attempt).rejects.toBeInstanceOf(InputTooLargeError);
    await expect(extractDocx(fixture('seeds/000_b44aa535d56c7e00.docx'), OPTIONS, { maxXmlTags: 1000 })).rejects.toThrow(
      'the DOCX file is too large: its XML holds more than 1000 tags, the limit (some 200 pages)',
    );
  });

  it('reads the seeds within the default XML limits', async () => {
    for (const seed of ['000_b44aa535d56c7e00', '004_2ebadb8ec0ffc95f']) {
      await expect(extractDocx(fixture(`seeds/${seed}.docx`), OPTIONS, DEFAULT_ZIP_LIMITS)).resolves.toMatchObject({ format: 'docx' });
    }
  });

  it('refuses tables nested past the depth limit, where mammoth would overflow the stack', async () => {
    // fixtures/bad/nested-tables.docx nests 200 tables, some 600 XML levels; the limit is 512.
    await expect(extractDocx(fixture('bad/nested-tables.docx'), OPTIONS)).rejects.toThrow(
      'the DOCX file is nested too deeply: word/document.xml goes more than 512 levels deep (tables inside tables?), the limit',
    );
    const shallow = await extractDocx(fixture('bad/nested-tables.docx'), OPTIONS, { maxXmlDepth: 1000 });
    expect(shallow.blocks.some((block) => block.type === 'table' && block.rows[0]!.cells[0]!.text === 'глубоко')).toBe(true);
  });

  it.each([
    ['<br>', 'the root element <br> of word/document.xml is never closed'],
    ['<x/>', 'word/document.xml has more than one root element'],
  ])('rejects at once an XML part with %s before its root, where xmldom would take seconds', async (before, message) => {
    const started = performance.now();
    const attempt = extractDocx(strayRootDocx(before), OPTIONS);
    await expect(attempt).rejects.toBeInstanceOf(CorruptDocumentError);
    await expect(extractDocx(strayRootDocx(before), OPTIONS)).rejects.toThrow(message);
    expect(performance.now() - started).toBeLessThan(1_000);
  });

  it('drops an empty row a title is merged down into, and the merge with it, so the next row keeps its columns', async () => {
    // ussuriysk-centre-asocial-prevention-plan-2019: activity 12's title cell is merged over an empty row.
    const tc = (text: string, merge = '') => `<w:tc><w:tcPr>${merge}</w:tcPr><w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:tc>`;
    const tr = (...cells: string[]) => `<w:tr>${cells.join('')}</w:tr>`;
    const body = `<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid>${[
      tr(tc('№'), tc('Мероприятие'), tc('Срок')),
      tr(tc('12.'), tc('Цикл воспитательных часов', '<w:vMerge w:val="restart"/>'), tc('в течение года')),
      tr(tc(''), tc('', '<w:vMerge/>'), tc('')),
      tr(tc('13.'), tc('Анкетирование'), tc('март')),
    ].join('')}</w:tbl>`;
    const [table] = tables(await extractDocx(docxWithBody(body), OPTIONS));
    expect(table!.rows.map((r) => r.cells.map((c) => [c.text, c.rowSpan]))).toEqual([
      [['№', 1], ['Мероприятие', 1], ['Срок', 1]],
      [['12.', 1], ['Цикл воспитательных часов', 1], ['в течение года', 1]],
      [['13.', 1], ['Анкетирование', 1], ['март', 1]],
    ]);
  });

  it('keeps reading XML whose comments, CDATA and stray closing tags xmldom tolerates', async () => {
    const body = '<!-- <w:p> --><w:p><w:r><w:t><![CDATA[<a>]]>ПРИКАЗ</w:t></w:r></w:p></w:tbl><w:p><w:r><w:t>Утвердить план</w:t></w:r></w:p>';
    const layout = await extractDocx(docxWithBody(body), OPTIONS);
    // The `<` inside the comment and the CDATA are no tags to the check; mammoth reads no CDATA text.
    expect(layout.blocks.map((block) => (block.type === 'paragraph' ? block.text : ''))).toEqual(['ПРИКАЗ', 'Утвердить план']);
  });

  it.each([
    ['RTF', new TextEncoder().encode('{\\rtf1\\ansi hello}'), 'this is an RTF file; reading it needs LibreOffice (apt-get install libreoffice-writer), or save it as .docx'],
    ['Word 97-2003', fixture('docx/legacy.doc'), 'this is a Word 97-2003 (.doc) file; reading it needs LibreOffice (apt-get install libreoffice-writer), or save it as .docx'],
  ])('names the Debian package to install when %s meets no LibreOffice', async (_kind, bytes, message) => {
    const previous = process.env['PATH'];
    process.env['PATH'] = '';
    try {
      await expect(extractLayout(bytes, OPTIONS)).rejects.toThrow(message);
    } finally {
      process.env['PATH'] = previous;
    }
  });
});
