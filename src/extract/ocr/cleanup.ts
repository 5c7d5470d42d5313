/**
 * What Tesseract's Russian model gets wrong in decrees, put right word by
 * word before the layout sees the words (issue 13, item 4). Each rule is a
 * row of data; the deadline and party parsers then run unchanged.
 */
import { normalizeCharacters } from '../../layout/text.js';

/**
 * Latin letters that look like Cyrillic ones. Inside a word whose other
 * letters are all Cyrillic they are misreadings (`рaботы`, `Cрок`); a word
 * of Latin letters only (`IT`, `Microsoft`) is left alone.
 */
const LOOK_ALIKES: Readonly<Record<string, string>> = {
  a: 'а', e: 'е', o: 'о', p: 'р', c: 'с', x: 'х', y: 'у', k: 'к',
  A: 'А', B: 'В', E: 'Е', K: 'К', M: 'М', H: 'Н', O: 'О', P: 'Р', C: 'С', T: 'Т', X: 'Х', Y: 'У',
};
const LATIN = /\p{Script=Latin}/u;
const CYRILLIC = /\p{Script=Cyrillic}/u;

/** Rewrites that hold for any word: `[pattern, replacement]`, in order. */
const WORD_RULES: readonly (readonly [RegExp, string])[] = [
  // A rule read as a glyph at either end: `|до`, `марта_`, `1.1. |`.
  [/^[|_[\]]+|[|_[\]]+$/gu, ''],
  // `г.` glued to a year (`2023г.`, `2023года`): a space, so the deadline grammar sees the year.
  [/^((?:19|20)\d\d)(г\.?|года?|гг\.?)$/u, '$1 $2'],
  // «и» run into the abbreviation before it (`УВРи ВР`, layouts/searchable-scan/04): the two words again.
  [/^(\p{Lu}{2,})и$/u, '$1 и'],
  // A line-end hyphen read as a dash or a not-sign (`профессиональ¬`): a hyphen, which the cell joiner rejoins.
  [/(\p{L})[¬—–]$/u, '$1-'],
  // A speck read as a single quote on a Russian word (`‘в`, `‘качества`, `результатов‘`): decrees quote with «» and “”,
  // and no Russian word opens with an apostrophe.
  [/^[‘‚`'’]+(?=\p{Script=Cyrillic})|(?<=\p{Script=Cyrillic})[‘‚`]+$/gu, ''],
];

/**
 * An activity number as OCR misreads it, in the word that opens a line: a
 * colon or comma for a dot (`2:5.`, `1.1,`), a doubled dot (`2.1..`). Only
 * numbers of two parts or with a doubled separator: `5,` or `1,5` opening a
 * line are more likely text (`5, 6 классы`).
 */
const NUMBER_SHAPE = /^\d{1,2}(?:[.:,]{1,2}\d{1,2})*[.:,]{1,3}$/u;
const MISREAD_NUMBER = /\d[.:,]+\d|[.:,]{2,}$/u;

/**
 * Specks of dirt, toner and JPEG noise that OCR reads as marks: a word of
 * such marks alone is no text. A dash, `№` or a bracket alone stays, since a
 * cell may hold just that.
 */
const SPECKS = /^[°`'’‘‚„“”"«».,:;~_*^·•¬]+$/u;

/** One OCR'd word, cleaned ('' when it is no text at all); `opensLine` when it is the first word of its line, where an activity number stands. */
export function cleanOcrWord(raw: string, opensLine: boolean): string {
  let word = normalizeCharacters(raw).trim();
  for (const [pattern, replacement] of WORD_RULES) word = word.replace(pattern, replacement);
  if (opensLine && NUMBER_SHAPE.test(word) && MISREAD_NUMBER.test(word)) word = word.replace(/[.:,]+/gu, '.');
  if (SPECKS.test(word)) return '';
  if (LATIN.test(word) && CYRILLIC.test(word)) word = withCyrillicLookAlikes(word);
  return word;
}

/** The word with its Latin look-alikes made Cyrillic, when every Latin letter in it has a Cyrillic twin. */
function withCyrillicLookAlikes(word: string): string {
  let out = '';
  for (const ch of word) {
    if (!LATIN.test(ch)) out += ch;
    else if (LOOK_ALIKES[ch] !== undefined) out += LOOK_ALIKES[ch];
    else return word;
  }
  return out;
}
