import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { greyPng } from '../../scripts/bad-inputs.mjs';
import { detectFormat } from '../../src/extract/detect.js';
import { imageSize } from '../../src/extract/image/header.js';
import { extractImage } from '../../src/extract/image/index.js';

describe('image formats from their bytes', () => {
  it.each([
    ['PNG', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0], 'png'],
    ['JPEG', [0xff, 0xd8, 0xff, 0xe0, 0], 'jpeg'],
    ['TIFF, little-endian', [0x49, 0x49, 0x2a, 0x00, 8], 'tiff'],
    ['TIFF, big-endian', [0x4d, 0x4d, 0x00, 0x2a, 0], 'tiff'],
    ['«II» text that is no TIFF', [0x49, 0x49, 0x20, 0x41], 'text'],
  ])('%s → %s', (_name, bytes, format) => {
    expect(detectFormat(new Uint8Array(bytes))).toBe(format);
  });
});

describe('image size and resolution from the header alone', () => {
  it('reads a PNG’s IHDR and its pHYs in pixels per metre (7874 ≈ 200 dpi)', () => {
    const png = greyPng(1654, 2339, Buffer.alloc(0));
    const phys = Buffer.from([0, 0, 0, 9, 0x70, 0x48, 0x59, 0x73, 0, 0, 0x1e, 0xc2, 0, 0, 0x1e, 0xc2, 1, 0, 0, 0, 0]);
    // pHYs right after IHDR (8 + 25 bytes), before IDAT.
    const withPhys = Buffer.concat([png.subarray(0, 33), phys, png.subarray(33)]);
    const size = imageSize(withPhys, 'png')!;
    expect(size.width).toBe(1654);
    expect(size.height).toBe(2339);
    expect(size.dpi).toBeCloseTo(200, 0);
    expect(imageSize(png, 'png')).toEqual({ width: 1654, height: 2339, dpi: null });
  });

  it('reads a JPEG’s SOF0 frame size and its JFIF density', () => {
    const jfif = [0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46, 0, 1, 1, 1, 0, 150, 0, 150, 0, 0];
    const sof0 = [0xff, 0xc0, 0, 11, 8, 0x09, 0x1b, 0x06, 0x76, 1, 1, 0x11, 0];
    expect(imageSize(new Uint8Array([0xff, 0xd8, ...jfif, ...sof0]), 'jpeg')).toEqual({ width: 1654, height: 2331, dpi: 150 });
  });

  it('gives no size for a JPEG cut before its frame header', () => {
    expect(imageSize(new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16]), 'jpeg')).toBeNull();
  });
});

describe('extractImage refuses before decoding', () => {
  const ocr = { mode: 'auto' as const, lang: 'rus', dpi: 300, concurrency: 1 };
  it('an image of 20,000 × 20,000 px, from its header', async () => {
    await expect(extractImage(greyPng(20_000, 20_000, Buffer.alloc(0)), 'png', { password: null, ocr })).rejects.toMatchObject({
      code: 'TOO_LARGE',
      message: 'the image is too large: 20000 × 20000 px, the limit is 50 million pixels',
    });
  });

  it("a TIFF's page of 20,000 × 20,000 px, from its directory", async () => {
    const utif = createRequire(import.meta.url)('utif2') as { encode(ifds: object[]): ArrayBuffer };
    const ifd = (side: number) => ({ t256: [side], t257: [side], t258: [8], t259: [1], t262: [1], t273: [1000], t277: [1], t278: [side], t279: [side * side] });
    const tiff = new Uint8Array(utif.encode([ifd(100), ifd(20_000)]));
    await expect(extractImage(tiff, 'tiff', { password: null, ocr })).rejects.toMatchObject({
      code: 'TOO_LARGE',
      message: 'the image on page 2 is too large: 20000 × 20000 px, the limit is 50 million pixels',
    });
  });

  it('an image of 0 × 0 px', async () => {
    await expect(extractImage(greyPng(0, 0, Buffer.alloc(0)), 'png', { password: null, ocr })).rejects.toMatchObject({ code: 'CORRUPT_DOCUMENT', message: 'the image is empty (0 × 0 px)' });
  });

  it('any image under --ocr never, naming the option', async () => {
    await expect(extractImage(greyPng(10, 10, Buffer.alloc(0)), 'png', { password: null, ocr: { ...ocr, mode: 'never' } })).rejects.toMatchObject({
      code: 'OCR_UNAVAILABLE',
      message: 'this is a PNG image: reading it needs OCR, which --ocr never turns off',
    });
  });
});
