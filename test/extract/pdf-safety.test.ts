/**
 * Issue 8: pdf.js runs on hostile files, so it must be called with eval off,
 * its font and CMap data read from the installed package, and nothing
 * fetched, ever. The calls are observed by wrapping the real getDocument.
 */
import { existsSync } from 'node:fs';
import { isAbsolute } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { giantLinePdf } from '../../scripts/bad-inputs.mjs';
import { seedBytes } from '../helpers/seeds.js';

const calls = vi.hoisted(() => [] as Array<Record<string, unknown>>);

vi.mock(import('pdfjs-dist/legacy/build/pdf.mjs'), async (importOriginal) => {
  const real = await importOriginal();
  return {
    ...real,
    getDocument: ((params: Record<string, unknown>) => {
      calls.push(params);
      return real.getDocument(params as Parameters<typeof real.getDocument>[0]);
    }) as typeof real.getDocument,
  };
});

const { extractPdf } = await import('../../src/extract/pdf/index.js');

afterEach(() => {
  calls.length = 0;
  vi.restoreAllMocks();
});

describe('pdf.js is called safely', () => {
  it('with eval off, system fonts and font faces off, and the bytes given as data, not a URL', async () => {
    await extractPdf(seedBytes('khotynets', 'pdf'), { password: null });
    expect(calls).toHaveLength(1);
    const params = calls[0]!;
    expect(params).toMatchObject({ isEvalSupported: false, useSystemFonts: false, disableFontFace: true });
    expect(params['data']).toBeInstanceOf(Uint8Array);
    expect(params['url']).toBeUndefined();
  });

  it('with the standard fonts and CMaps of the installed package, as file paths that exist', async () => {
    await extractPdf(seedBytes('khotynets', 'pdf'), { password: null });
    for (const key of ['standardFontDataUrl', 'cMapUrl']) {
      const path = calls[0]![key] as string;
      expect(isAbsolute(path), key).toBe(true);
      expect(path).toMatch(/node_modules\/pdfjs-dist\/(?:standard_fonts|cmaps)\/$/u);
      expect(existsSync(path), key).toBe(true);
    }
  });

  it('fetches nothing, even for a font the file does not embed (Helvetica, read from standard_fonts/)', async () => {
    const fetch = vi.spyOn(globalThis, 'fetch');
    const document = await extractPdf(giantLinePdf(10), { password: null });
    expect(document.blocks.length).toBeGreaterThan(0);
    expect(fetch).not.toHaveBeenCalled();
  });
});
