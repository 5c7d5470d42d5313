import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { getDocument, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { loadPageFonts } from '../../src/extract/pdf/index.js';
import { textFromOperatorList, type OpTextItem } from '../../src/extract/pdf/text-from-ops.js';

const dir = (name: string): URL => new URL(`../../fixtures/${name}/`, import.meta.url);
const PDFS = ['seeds', 'pdf'].flatMap((d) =>
  readdirSync(dir(d))
    .filter((f) => f.endsWith('.pdf') && !/^(encrypted|garbage|truncated)\.pdf$/u.test(f))
    .map((f) => ({ name: `${d}/${f}`, url: new URL(f, dir(d)) })),
);

const approx = (v: number) => expect.closeTo(v, 2);
/** Text exactly; positions to within 0.005 pt, since the operator list keeps text matrices as Float32. */
const near = (item: OpTextItem) => ({ ...item, transform: item.transform?.map(approx) ?? null, width: approx(item.width), height: approx(item.height) });
const fields = ({ str, transform, width, height, fontName, hasEOL }: OpTextItem): OpTextItem => ({ str, transform, width, height, fontName, hasEOL });

describe('text items rebuilt from the operator list', () => {
  it.each(PDFS)('are the items getTextContent gives, page by page, for $name', async ({ url }) => {
    const doc = await getDocument({ data: new Uint8Array(readFileSync(url)), isEvalSupported: false, verbosity: 0 }).promise;
    try {
      for (let n = 1; n <= doc.numPages; n++) {
        const page = await doc.getPage(n);
        const ops = await page.getOperatorList();
        const fonts = await loadPageFonts(page, ops);
        const fromOps = textFromOperatorList(ops.fnArray, ops.argsArray, (name) => fonts.get(name), page.view);
        const content = await page.getTextContent();
        expect(fromOps, `page ${n}`).not.toBeNull();
        expect(fromOps!.map(fields), `page ${n}`).toEqual((content.items as OpTextItem[]).map(fields).map(near));
      }
    } finally {
      await doc.destroy();
    }
  });

  it('leaves a page with a right-to-left run to getTextContent', () => {
    const glyph = (unicode: string) => ({ originalCharCode: unicode.charCodeAt(0), unicode, width: 500 });
    const ops: [number, unknown][] = [
      [OPS.beginText, null],
      [OPS.setFont, ['g_f1', 12]],
      [OPS.showText, [[glyph('ש'), glyph('ל')]]],
      [OPS.endText, null],
    ];
    const font = { name: 'David', fontMatrix: [0.001, 0, 0, 0.001, 0, 0], vertical: false, isType3Font: false };
    const result = textFromOperatorList(
      ops.map((o) => o[0]),
      ops.map((o) => o[1]),
      () => font,
      [0, 0, 600, 800],
    );
    expect(result).toBeNull();
  });
});
