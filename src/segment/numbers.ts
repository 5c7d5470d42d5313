/**
 * Activity and section numbers as printed, in a cell of their own or opening
 * the title cell:
 * - arabic, with or without a trailing dot or bracket: `1.1`, `1.1.`,
 *   `4.2.3.10.`, `17`, `2)`; in a title also with no space after the dot
 *   (`1.Организовать…`, `2.4.Анализ…`, issue 12), and before a dashed list item
 *   (`6.1.-порядок …`; not a date range, `15.09.-20.09`);
 * - roman section rows: `I. Мероприятия по …`, `IV.` (Latin letters);
 * - lettered items: `а)`, `б)` (or Word's Latin `a)`), whose number is the letter.
 * A number with no dot or bracket in a title must be followed by a space and
 * a capital (`1.1 Подготовка …`, seed 003), so that `3 сентября – линейка`
 * keeps its date.
 */
const ARABIC = String.raw`\d{1,3}(?:\.\d{1,3}){0,5}`;
/** I–XXXIX and L: as many sections as plans have. */
const ROMAN = String.raw`(?=[IVXL])L?X{0,3}(?:IX|IV|V?I{0,3})`;
/** Cyrillic as typed, Latin as Word's `lowerLetter` list numbering prints it. */
const LETTER = String.raw`[а-яёa-z]`;

const NUMBER_ONLY = new RegExp(String.raw`^(?:(?<arabic>${ARABIC})[.)]?|(?<roman>${ROMAN})\.?|(?<letter>${LETTER})\))$`, 'u');

const NUMBER_PREFIX = new RegExp(
  '^(?:' +
    [
      String.raw`(?<arabic>${ARABIC})(?:\.\s*(?=[\p{L}«"(]|[-–—]\s*[\p{L}«"])|\)\s*(?=[\p{L}«"(])|\s+(?=[\p{Lu}«"(-]))`,
      String.raw`(?<roman>${ROMAN})\.\s*(?=[\p{Lu}«"])`,
      String.raw`(?<letter>${LETTER})\)\s*(?=[\p{L}«"])`,
    ].join('|') +
    ')',
  'u',
);

function numberOf(groups: Record<string, string | undefined> | undefined): string | null {
  return groups?.['arabic'] ?? groups?.['roman'] ?? groups?.['letter'] ?? null;
}

export function parseNumberCell(text: string): string | null {
  return numberOf(NUMBER_ONLY.exec(text.trim())?.groups);
}

/** A number at the start of a title cell, and the title without it. */
export function splitNumberPrefix(text: string): { number: string | null; rest: string } {
  const trimmed = text.trimStart();
  const match = NUMBER_PREFIX.exec(trimmed);
  const number = numberOf(match?.groups);
  if (!match || number === null) return { number: null, rest: text };
  return { number, rest: trimmed.slice(match[0].length) };
}

/** `4.2.3`, not a roman section number or a letter: only these have parts to count in sequence. */
export function isArabicNumber(number: string): boolean {
  return /^\d/u.test(number);
}

export function numberParts(number: string): number[] {
  return number.split('.').map(Number);
}
