/**
 * What a reconciled row looks like, computed once per row so the machine's
 * guards are plain reads: where its number is, which cells hold text, whether
 * it repeats the header or numbers the columns.
 */
import type { ColumnRole } from '../model/roadmap.js';
import { collapseSpace } from '../layout/text.js';
import { parseNumberCell, splitNumberPrefix } from './numbers.js';
import type { ReconciledRow } from './reconcile.js';
import type { ReadsAsDeadline } from './options.js';

export interface RowFeatures {
  row: ReconciledRow;
  /** The row's activity or section number, wherever it was printed. */
  number: string | null;
  /** The title cell's text without a leading number. */
  title: string;
  /** Indices of cells that hold text. */
  filled: number[];
  /** Text in a column other than number and title. */
  hasDetails: boolean;
  /** Every filled cell is bold, and only one (or one merged text) is filled. */
  isBoldSingle: boolean;
  /** `1 2 3 4 5` under the header. */
  isColumnNumbers: boolean;
  /** The header printed again (a continuation page). */
  repeatsHeader: boolean;
  /** The single filled cell starts with a lower-case letter: the tail of a cut row. */
  startsLowerCase: boolean;
  /**
   * One text fills the row and reads as a date or a span (`Октябрь, 2016 год`,
   * `23 марта`): as a heading, it dates the rows below it.
   */
  namesTime: boolean;
}

/** The header's texts as one comparable key; computed once per table. */
export function headerKey(headerTexts: string[]): string {
  return headerTexts.map(collapseSpace).join('|');
}

export function describeRow(row: ReconciledRow, roles: ColumnRole[], header: string, readsAsDeadline: ReadsAsDeadline): RowFeatures {
  const texts = row.cells.map((c) => c.text);
  const filled = texts.flatMap((text, index) => (text !== '' ? [index] : []));
  const numberColumn = roles.indexOf('number');
  const titleColumn = roles.indexOf('title');
  let number = row.detachedNumber;
  let title = titleColumn >= 0 ? (texts[titleColumn] ?? '') : '';
  if (number === null && numberColumn >= 0) number = parseNumberCell(texts[numberColumn] ?? '');
  // A № cell with no letter or digit (left empty, or a stray `.` of broken list numbering) gives the title its say.
  if (number === null && titleColumn >= 0 && (numberColumn < 0 || !/[\p{L}\p{N}]/u.test(texts[numberColumn] ?? ''))) {
    const split = splitNumberPrefix(title);
    if (split.number !== null) {
      number = split.number;
      title = split.rest;
    }
  }
  const firstFilled = filled.length > 0 ? texts[filled[0]!]! : '';
  const distinctFilled = new Set(filled.map((index) => texts[index]));
  const hasDetails = filled.some((index) => index !== numberColumn && index !== titleColumn);
  return {
    row,
    number,
    title,
    filled,
    hasDetails,
    isBoldSingle: distinctFilled.size === 1 && filled.every((index) => row.cells[index]!.bold),
    isColumnNumbers: isColumnNumbering(texts),
    repeatsHeader: filled.length > 1 && texts.map(collapseSpace).join('|') === header,
    startsLowerCase: /^[a-zа-яё]/u.test(firstFilled.trimStart()),
    // A heading fills one cell (or one merged text); its number is no date (`2. Февраль`).
    namesTime: (distinctFilled.size === 1 || !hasDetails) && readsAsDeadline(collapseSpace(splitNumberPrefix(distinctFilled.size === 1 ? firstFilled : title).rest)),
  };
}

/**
 * `1 2 3 4 5` in cells, also where joining the columns under a header cell
 * that spans two put two numbers in one cell (`1 | 2 | 3 4 | 5`,
 * merged-plan.docx): the numbers in cell order count up from 1.
 */
function isColumnNumbering(texts: string[]): boolean {
  const values = texts.filter((text) => text !== '');
  if (values.length < 3 || values.length < texts.length - 1) return false;
  const numbers = values.flatMap((text) => text.trim().split(/\s+/u));
  return numbers.every((number, index) => number.replace(/\.$/u, '') === String(index + 1));
}
