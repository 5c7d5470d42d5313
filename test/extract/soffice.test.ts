/**
 * .doc and .rtf through LibreOffice. CI installs it (.ci/run); a machine
 * without soffice skips these, and docx.test.ts checks the error it gets.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findSoffice } from '../../src/extract/docx/soffice.js';
import { UnsupportedFormatError } from '../../src/extract/errors.js';
import { ingest } from '../../src/ingest.js';

const fixture = (path: string): Uint8Array => new Uint8Array(readFileSync(new URL(`../../fixtures/${path}`, import.meta.url)));
const hasSoffice = (await findSoffice()) !== null;

describe.runIf(hasSoffice)('Word 97-2003 and RTF through LibreOffice', () => {
  it('reads a Word 97-2003 plan: 5 activities of a legal-aid day, dates and venues in the first column', async () => {
    // A real .doc (fixtures/real/SOURCES.md); LibreOffice's own .doc export loses its tables, so no home-made one.
    const document = await ingest(fixture('real/ussuriysk-cssu-legal-aid-day-2018.doc'), { file: 'legal-aid-day.doc' });
    expect(document.source.format).toBe('docx');
    const activities = document.roadmaps.flatMap((roadmap) => roadmap.activities);
    expect(activities).toHaveLength(5);
    expect(activities[0]).toMatchObject({
      title: 'Беседа «Нормативные основы защиты прав детства»',
      deadline: { kind: 'date', start: '2018-11-14', end: '2018-11-14' },
    });
  }, 120_000);

  it('reads an RTF document: the order number of «ПРИКАЗ № 5»', async () => {
    // RTF escapes Cyrillic as \\uN? (ПРИКАЗ № 5).
    const rtf = new TextEncoder().encode('{\\rtf1\\ansi\\deff0 {\\fonttbl {\\f0 Times;}} \\f0 \\u1055?\\u1056?\\u1048?\\u1050?\\u1040?\\u1047? \\u8470? 5\\par}');
    const document = await ingest(rtf, { file: 'order.rtf' });
    expect(document.source.format).toBe('docx');
    expect(document.decree.number).toBe('5');
  }, 120_000);

  it('says a .doc LibreOffice cannot convert is damaged or password-protected', async () => {
    await expect(ingest(fixture('docx/legacy.doc'), { file: 'legacy.doc' })).rejects.toThrow(
      new UnsupportedFormatError(
        'this Word 97-2003 (.doc) file could not be converted by LibreOffice (damaged, or password-protected?); save it as .docx (or remove the password) and try again',
      ),
    );
  }, 120_000);
});
