/**
 * Tables read from words, with no ruling lines to go by (issue 12, section 3):
 * the seeds' own plans rendered without borders, and scanned with an invisible
 * OCR text layer. Fixtures: scripts/make-office-fixtures.mjs.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ingest } from '../../src/index.js';
import type { Activity } from '../../src/model/roadmap.js';

const SEED_NAMES = ['000_b44aa535d56c7e00', '001_22298858455419f6', '002_0a0b43e67e5df79f', '003_19b1070cee12e15a', '004_2ebadb8ec0ffc95f'];

async function activities(path: string): Promise<Activity[]> {
  const doc = await ingest(readFileSync(new URL(`../../fixtures/${path}`, import.meta.url)), { file: path });
  return doc.roadmaps.flatMap((r) => r.activities);
}

const flat = (text: string): string => text.replace(/\s+/gu, ' ').trim();
const numberAndTitle = (a: Activity): [string | null, string] => [a.number, flat(a.title)];

/** Dice coefficient of character bigrams: OCR gets a letter wrong here and there, not whole words. */
function similarity(a: string, b: string): number {
  const bigrams = (s: string): string[] => [...flat(s).toLowerCase()].map((ch, i, all) => ch + (all[i + 1] ?? '')).slice(0, -1);
  const left = bigrams(a);
  const right = bigrams(b);
  const pool = new Map<string, number>();
  for (const g of right) pool.set(g, (pool.get(g) ?? 0) + 1);
  let shared = 0;
  for (const g of left) {
    const n = pool.get(g) ?? 0;
    if (n > 0) {
      shared++;
      pool.set(g, n - 1);
    }
  }
  return (2 * shared) / Math.max(1, left.length + right.length);
}

describe('a seed plan rendered from its .docx without any table borders', () => {
  it.each(SEED_NAMES)('%s gives the activities of the ruled seed PDF: numbers, count and titles', async (name) => {
    const [ruled, borderless] = await Promise.all([activities(`seeds/${name}.pdf`), activities(`pdf/borderless-${name}.pdf`)]);
    expect(ruled.length).toBeGreaterThan(20);
    expect(borderless.map(numberAndTitle)).toEqual(ruled.map(numberAndTitle));
  });
});

describe('a searchable scan: page images of a seed PDF with Tesseract\'s invisible text', () => {
  // 000's scan lost the «№ п/п» header over its number column.
  it.each([
    ['000_b44aa535d56c7e00', [2, 3]],
    ['002_0a0b43e67e5df79f', [4, 5]],
  ] as const)('%s (seed pages %j) gives at least 85 percent of those pages\' rows with their numbers', async (name, pages) => {
    const [ruled, scan] = await Promise.all([activities(`seeds/${name}.pdf`), activities(`pdf/searchable-scan-${name}.pdf`)]);
    const expected = ruled.filter((a) => pages.includes(a.source.page as never));
    expect(expected.length).toBeGreaterThanOrEqual(5);
    const found = expected.filter((a) => scan.some((s) => s.number === a.number && similarity(s.title, a.title) >= 0.8));
    expect(found.length / expected.length).toBeGreaterThanOrEqual(0.85);
    // A row read from the scan lies on the scan's page that shows it.
    for (const s of scan) expect(s.source.page).toBeLessThanOrEqual(pages.length);
  });

  // Its OCR reads `1..2.` and `2:2.` for 1.2. and 2.2. and loses the number of row 2.1, whose row is still read (a wider
  // gap above a capitalised title, a deadline and parties), without a number; a title or two differ by more than a letter (not yet).
  it('004 (seed pages [5,6]) keeps the rows whose numbers OCR misread or lost, and numbers no row that the seed does not have', async () => {
    const [ruled, scan] = await Promise.all([activities('seeds/004_2ebadb8ec0ffc95f.pdf'), activities('pdf/searchable-scan-004_2ebadb8ec0ffc95f.pdf')]);
    const expected = ruled.filter((a) => a.source.page === 5 || a.source.page === 6);
    const numbers = scan.flatMap((a) => (a.number === null ? [] : [a.number]));
    expect(numbers.every((n) => expected.some((a) => a.number === n))).toBe(true);
    expect(expected.filter((a) => numbers.includes(a.number!)).length).toBeGreaterThanOrEqual(expected.length - 1);
    const lost = expected.find((a) => a.number === '2.1')!;
    expect(scan.some((a) => a.number === null && similarity(a.title, lost.title) >= 0.8)).toBe(true);
  });
});
