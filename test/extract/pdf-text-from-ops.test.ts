import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { getDocument, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { loadPageFonts } from '../../src/extract/pdf/index.js';
import { textFromOperatorList, type OpTextItem } from '../../src/extract/pdf/text-from-ops.js';
import { pagesAsScaledForms, withFilledField } from '../helpers/pdf-variants.js';
import { seedBytes } from '../helpers/seeds.js';

const dir = (name: string): URL => new URL(`../../fixtures/${name}/`, import.meta.url);
const PDFS: { name: string; bytes: () => Uint8Array | Promise<Uint8Array>; password?: string }[] = [
  ...['seeds', 'pdf'].flatMap((d) =>
    readdirSync(dir(d))
      .filter((f) => f.endsWith('.pdf') && !/^(garbage|truncated)\.pdf$/u.test(f))
      .map((f) => ({ name: `${d}/${f}`, bytes: () => readFileSync(new URL(f, dir(d))), password: f === 'encrypted.pdf' ? 'secret' : undefined })),
  ),
  { name: 'seed 000 drawn through scaled form XObjects', bytes: () => pagesAsScaledForms(seedBytes('khotynets', 'pdf')) },
  // getTextContent leaves out what annotations draw; the operator list has it between begin/endAnnotation.
  { name: 'seed 000 with a filled form field', bytes: () => withFilledField(seedBytes('khotynets', 'pdf')) },
];

const approx = (v: number) => expect.closeTo(v, 2);
/** Text exactly; positions to within 0.005 pt, since the operator list keeps text matrices as Float32. */
const near = (item: OpTextItem) => ({ ...item, transform: item.transform?.map(approx) ?? null, width: approx(item.width), height: approx(item.height) });
const fields = ({ str, transform, width, height, fontName, hasEOL }: OpTextItem): OpTextItem => ({ str, transform, width, height, fontName, hasEOL });

describe('text items rebuilt from the operator list', () => {
  it.each(PDFS)('are the items getTextContent gives, page by page, for $name', async ({ bytes, password }) => {
    const doc = await getDocument({ data: new Uint8Array(await bytes()), password, isEvalSupported: false, verbosity: 0 }).promise;
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

  const glyph = (unicode: string) => ({ originalCharCode: unicode.charCodeAt(0), unicode, width: 500 });
  const horizontal = { name: 'Liberation Serif', fontMatrix: [0.001, 0, 0, 0.001, 0, 0], vertical: false, isType3Font: false };
  it.each([
    ['a right-to-left run', horizontal, 'של'],
    ['a vertical font', { ...horizontal, vertical: true }, 'да'],
    ['a Type3 font', { ...horizontal, isType3Font: true }, 'да'],
  ])('leaves a page with %s to getTextContent', (_, font, text) => {
    const ops: [number, unknown][] = [
      [OPS.beginText, null],
      [OPS.setFont, ['g_d0_f1', 12]],
      [OPS.showText, [[...text].map(glyph)]],
      [OPS.endText, null],
    ];
    const items = textFromOperatorList(ops.map((o) => o[0]), ops.map((o) => o[1]), () => font, [0, 0, 600, 800]);
    expect(items).toBeNull();
  });

  it('reads the same ops with a plain horizontal font', () => {
    const ops: [number, unknown][] = [
      [OPS.beginText, null],
      [OPS.setFont, ['g_d0_f1', 12]],
      [OPS.moveText, [100, 700]],
      [OPS.showText, [[...'да'].map(glyph)]],
      [OPS.endText, null],
    ];
    const items = textFromOperatorList(ops.map((o) => o[0]), ops.map((o) => o[1]), () => horizontal, [0, 0, 600, 800]);
    expect(items).toEqual([{ str: 'да', transform: [12, 0, 0, 12, 100, 700], width: 12, height: 12, fontName: 'g_d0_f1', hasEOL: false }]);
  });
});
