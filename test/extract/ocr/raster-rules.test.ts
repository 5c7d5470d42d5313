import { describe, expect, it } from 'vitest';
import type { GrayImage } from '../../../src/extract/ocr/gray-image.js';
import { findRulings, measureSkew, rotateImage } from '../../../src/extract/ocr/raster-rules.js';
import { buildGrids } from '../../../src/extract/pdf/grid.js';

function paper(width: number, height: number): GrayImage {
  return { width, height, data: new Uint8Array(width * height).fill(235) };
}

function fill(image: GrayImage, x0: number, y0: number, x1: number, y1: number, shade = 20): void {
  for (let y = y0; y < y1; y++) for (let x = x0; x < x1; x++) image.data[y * image.width + x] = shade;
}

// A scanned page's worth of table: 4 columns, 3 rows, 3 px rules, like a 200 dpi scan of a Word table.
const COLUMN_RULES = [100, 300, 700, 1100];
const ROW_RULES = [200, 300, 600, 1000];

/** Text-like ink: letters 2 px strokes 14 px tall, 4 px apart, in words of 60 px; a bold heading bar; a logo. */
function tablePage(): GrayImage {
  const page = paper(1200, 1400);
  for (const x of COLUMN_RULES) fill(page, x - 1, ROW_RULES[0]! - 1, x + 2, ROW_RULES[3]! + 2);
  for (const y of ROW_RULES) fill(page, COLUMN_RULES[0]! - 1, y - 1, COLUMN_RULES[3]! + 2, y + 2);
  for (let line = 0; line < 8; line++) {
    const baseline = 330 + line * 30;
    for (let word = 0; word < 5; word++) {
      const left = 320 + word * 75;
      for (let stroke = left; stroke < left + 60; stroke += 6) fill(page, stroke, baseline - 14, stroke + 2, baseline);
    }
  }
  // A heading's letters run together along their top bars, but as thick as the letters are tall.
  fill(page, 320, 120, 700, 150);
  // A stamp-like block: long, but far too thick to be a rule.
  fill(page, 150, 1100, 600, 1180);
  return page;
}

function near(values: number[], expected: number, tolerance: number): boolean {
  return values.some((v) => Math.abs(v - expected) <= tolerance);
}

describe('measureSkew', () => {
  it.each([0, 0.4, -0.6, 1.5, -2.5])('reads a table page turned by %s° back within 0.1°', (degrees) => {
    expect(Math.abs(measureSkew(rotateImage(tablePage(), degrees)) - degrees)).toBeLessThanOrEqual(0.1);
  });

  it('reads a page of text lines alone', () => {
    const page = paper(1000, 800);
    for (let line = 0; line < 12; line++) {
      for (let stroke = 100; stroke < 900; stroke += 6) fill(page, stroke, 100 + line * 50, stroke + 2, 114 + line * 50);
    }
    expect(Math.abs(measureSkew(rotateImage(page, 0.8)) - 0.8)).toBeLessThanOrEqual(0.1);
  });

  it('calls a blank page straight', () => {
    expect(measureSkew(paper(400, 300))).toBe(0);
  });
});

describe('rotateImage', () => {
  it('turns clockwise as seen: a point right of the centre moves down', () => {
    const page = paper(201, 201);
    fill(page, 190, 100, 191, 101, 0);
    const turned = rotateImage(page, 10);
    const darkest = turned.data.indexOf(Math.min(...turned.data));
    // (190,100) is 90 px right of the centre (100,100): turned 10°, it lands near (188.6, 115.6).
    expect(darkest % 201).toBeGreaterThanOrEqual(187);
    expect(darkest % 201).toBeLessThanOrEqual(190);
    expect(Math.floor(darkest / 201)).toBeGreaterThanOrEqual(114);
    expect(Math.floor(darkest / 201)).toBeLessThanOrEqual(117);
  });

  it('stays within 4 shades of exact bilinear interpolation, and brings paper white in at the corners', () => {
    const width = 300;
    const height = 200;
    const page = paper(width, height);
    // Every shade from dark to light, across and down, with a checkerboard of 3 px squares over it.
    for (let y = 0; y < height; y++) {
      for (let x = 0; x < width; x++) page.data[y * width + x] = ((x * 200) / width + (y * 50) / height + ((x / 3 + y / 3) % 2 < 1 ? 0 : 5)) | 0;
    }
    const degrees = 1.3;
    const turned = rotateImage(page, degrees);
    const radians = (degrees * Math.PI) / 180;
    const [cx, cy] = [(width - 1) / 2, (height - 1) / 2];
    let worst = 0;
    for (let y = 20; y < height - 20; y += 7) {
      for (let x = 20; x < width - 20; x += 7) {
        // Where the output pixel samples the source, and the exact bilinear shade there.
        const sx = cx + (x - cx) * Math.cos(radians) + (y - cy) * Math.sin(radians);
        const sy = cy - (x - cx) * Math.sin(radians) + (y - cy) * Math.cos(radians);
        const [x0, y0] = [Math.floor(sx), Math.floor(sy)];
        const [fx, fy] = [sx - x0, sy - y0];
        const at = (px: number, py: number): number => page.data[py * width + px]!;
        const exact = (at(x0, y0) * (1 - fx) + at(x0 + 1, y0) * fx) * (1 - fy) + (at(x0, y0 + 1) * (1 - fx) + at(x0 + 1, y0 + 1) * fx) * fy;
        worst = Math.max(worst, Math.abs(turned.data[y * width + x]! - exact));
      }
    }
    expect(worst).toBeLessThanOrEqual(4);
    const black: GrayImage = { width: 100, height: 100, data: new Uint8Array(100 * 100) };
    const corner = rotateImage(black, 10);
    // Turned 10°, the corner pixel samples a point some 8 px outside the image; the centre is still black.
    expect(corner.data[0]).toBe(255);
    expect(corner.data[50 * 100 + 50]).toBe(0);
  });

  it('turns an image longer than 32,768 px without losing its far end to paper white', () => {
    const strip: GrayImage = { width: 40_000, height: 60, data: new Uint8Array(40_000 * 60).fill(100) };
    const turned = rotateImage(strip, 0.02);
    // 0.02° moves a point 19,000 px from the centre by under 7 px: rows 20–39 near the far end still read the grey.
    for (const x of [1000, 33_000, 39_000]) for (const y of [20, 39]) expect(turned.data[y * 40_000 + x]).toBe(100);
  });

  it('leaves an image alone for a negligible angle', () => {
    const page = paper(10, 10);
    expect(rotateImage(page, 0.001)).toBe(page);
  });
});

describe('findRulings', () => {
  it('finds each rule of a straight table once, at its place, and nothing in the text, heading or stamp', () => {
    const segments = findRulings(tablePage());
    const vertical = segments.filter((s) => s.dir === 'v');
    const horizontal = segments.filter((s) => s.dir === 'h');
    expect(vertical).toHaveLength(4);
    expect(horizontal).toHaveLength(4);
    for (const x of COLUMN_RULES) expect(near(vertical.map((s) => s.pos), x, 1)).toBe(true);
    for (const y of ROW_RULES) expect(near(horizontal.map((s) => s.pos), y, 1)).toBe(true);
    for (const s of vertical) {
      expect(s.a).toBeLessThanOrEqual(ROW_RULES[0]! + 1);
      expect(s.b).toBeGreaterThanOrEqual(ROW_RULES[3]! - 1);
    }
  });

  it('finds the rules of a frame drawn on the very edges of the image', () => {
    const page = paper(600, 500);
    // 2 px rules along the first and last rows and columns, and one across the middle each way.
    for (const y of [0, 250, 498]) fill(page, 0, y, 600, y + 2);
    for (const x of [0, 300, 598]) fill(page, x, 0, x + 2, 500);
    const segments = findRulings(page);
    const horizontal = segments.filter((s) => s.dir === 'h').map((s) => s.pos).sort((p, q) => p - q);
    const vertical = segments.filter((s) => s.dir === 'v').map((s) => s.pos).sort((p, q) => p - q);
    // A pixel line counts as on a rule when it or its neighbour is inked: rows 0–2 for the top rule (centre 1),
    // 249–252 for the middle one (250.5), 497–499 for the bottom one (498); the same for the columns.
    expect(horizontal).toEqual([1, 250.5, 498]);
    expect(vertical).toEqual([1, 300.5, 598]);
  });

  it('joins a rule broken by speckle and draws a short rule to the crossing one', () => {
    const page = tablePage();
    // White gaps of 6 px in the middle rule, and its right end fading 8 px short of the border.
    fill(page, 500, 299, 506, 302, 235);
    fill(page, 800, 299, 806, 302, 235);
    fill(page, 1090, 299, 1102, 302, 235);
    const horizontal = findRulings(page).filter((s) => s.dir === 'h' && Math.abs(s.pos - 300) <= 2);
    expect(horizontal).toHaveLength(1);
    expect(horizontal[0]!.a).toBeLessThanOrEqual(101);
    expect(horizontal[0]!.b).toBeGreaterThanOrEqual(1099);
  });

  it('rebuilds the 3 × 3 grid of a scan turned by 0.6° once it is straightened', () => {
    const scanned = rotateImage(tablePage(), 0.6);
    const straight = rotateImage(scanned, -measureSkew(scanned));
    const grids = buildGrids(findRulings(straight).map((s) => ({ ...s, pos: s.pos * 0.36, a: s.a * 0.36, b: s.b * 0.36 })));
    expect(grids).toHaveLength(1);
    expect(grids[0]!.xs).toHaveLength(4);
    expect(grids[0]!.ys).toHaveLength(4);
    expect(grids[0]!.cells).toHaveLength(9);
  });

  it('finds faint rules, lighter than the text, as a copier leaves them', () => {
    const page = paper(1200, 1400);
    for (const x of COLUMN_RULES) fill(page, x - 1, ROW_RULES[0]! - 1, x + 2, ROW_RULES[3]! + 2, 150);
    for (const y of ROW_RULES) fill(page, COLUMN_RULES[0]! - 1, y - 1, COLUMN_RULES[3]! + 2, y + 2, 150);
    // Cell text, dark, kept its padding away from the rules as Word and LibreOffice lay it out.
    for (const top of [320, 620]) {
      for (let line = 0; line < 9; line++) {
        for (const [from, to] of [[315, 685], [715, 1085]] as const) {
          for (let stroke = from; stroke < to; stroke += 6) fill(page, stroke, top + line * 30, stroke + 2, top + 14 + line * 30);
        }
      }
    }
    const segments = findRulings(page);
    expect(segments.filter((s) => s.dir === 'v')).toHaveLength(4);
    expect(segments.filter((s) => s.dir === 'h')).toHaveLength(4);
  });

  it('takes a blurred line of letters, joined along their baseline, for text: stems stand on it', () => {
    const page = paper(1200, 800);
    fill(page, 100, 400, 900, 403);
    for (let stroke = 100; stroke < 900; stroke += 8) fill(page, stroke, 386, stroke + 3, 400);
    expect(findRulings(page)).toEqual([]);
  });

  it('follows a one-pixel rule drawn 0.3° off across the page', () => {
    const page = paper(1600, 600);
    for (let x = 100; x < 1500; x++) fill(page, x, Math.round(300 + (x - 100) * Math.tan((0.3 * Math.PI) / 180)), x + 1, 0 + Math.round(301 + (x - 100) * Math.tan((0.3 * Math.PI) / 180)));
    const horizontal = findRulings(page).filter((s) => s.dir === 'h');
    expect(horizontal).toHaveLength(1);
    expect(horizontal[0]!.a).toBeLessThanOrEqual(101);
    expect(horizontal[0]!.b).toBeGreaterThanOrEqual(1498);
  });

  it('keeps the short inner rules of a header row cut off at the foot of a page, and no letter of its text', () => {
    const page = paper(1654, 2339);
    // The table's frame and a header row 70 px tall at the bottom of the page, its columns at 300, 900 and 1200.
    const top = 2200;
    const bottom = 2270;
    for (const x of [100, 300, 900, 1200, 1550]) fill(page, x - 1, top - 1, x + 2, bottom + 2);
    for (const y of [top, bottom]) fill(page, 99, y - 1, 1552, y + 2);
    // Header words: strokes 14 px tall, clear of the rules.
    for (let stroke = 320; stroke < 880; stroke += 6) fill(page, stroke, top + 20, stroke + 2, top + 34);
    const vertical = findRulings(page).filter((s) => s.dir === 'v');
    expect(vertical.map((s) => Math.round(s.pos)).sort((a, b) => a - b)).toEqual([100, 300, 900, 1200, 1550]);
  });

  it('takes no rule from a digit standing between two underlined lines of a form, however it touches both', () => {
    const page = paper(1654, 2339);
    for (const y of [700, 735]) fill(page, 200, y - 1, 1400, y + 1);
    fill(page, 600, 700, 603, 735);
    expect(findRulings(page).filter((s) => s.dir === 'v')).toEqual([]);
  });

  it('finds no rules on a page of text', () => {
    const page = paper(1000, 800);
    for (let line = 0; line < 12; line++) {
      for (let stroke = 100; stroke < 900; stroke += 6) fill(page, stroke, 100 + line * 50, stroke + 2, 114 + line * 50);
    }
    expect(findRulings(page)).toEqual([]);
  });
});
