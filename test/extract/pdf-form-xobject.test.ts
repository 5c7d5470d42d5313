import { describe, expect, it } from 'vitest';
import { extractPdf } from '../../src/extract/pdf/index.js';
import type { LayoutDocument, LayoutTable } from '../../src/model/layout.js';
import { pagesAsScaledForms } from '../helpers/pdf-variants.js';
import { seedBytes } from '../helpers/seeds.js';

const rows = (doc: LayoutDocument): string[][] =>
  doc.blocks.filter((b): b is LayoutTable => b.type === 'table').flatMap((t) => t.rows.map((r) => r.cells.map((c) => c.text)));

describe('a page drawn through a form XObject', () => {
  it('reads like the page itself: rules are placed with the form /Matrix, as its text is', async () => {
    const seed = seedBytes('khotynets', 'pdf');
    const direct = await extractPdf(seed, { password: null });
    const throughForms = await extractPdf(await pagesAsScaledForms(seed), { password: null });
    expect(rows(direct)).toHaveLength(26);
    expect(rows(throughForms)).toEqual(rows(direct));
  });
});
