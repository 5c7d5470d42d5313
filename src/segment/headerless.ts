/**
 * Plans printed without a header row (issue 12): riro-yanao-olympiad-plan-2026
 * puts «Регистрация участников | До 18 января 2026 года» straight under
 * «Календарный план проведения …». Under a caption that names a plan, such a
 * table is read by what its columns hold: numbers, deadlines, parties, and
 * the activities' titles as the longest texts beside them.
 */
import type { LayoutTable } from '../model/layout.js';
import type { ColumnRole } from '../model/roadmap.js';
import { collapseSpace } from '../layout/text.js';
import { expandMergedCells } from '../layout/grid.js';
import { parseNumberCell } from './numbers.js';
import type { SegmentOptions } from './options.js';

/** Rows that fill two cells or more: fewer, and the columns say too little to go by. */
const MIN_CONTENT_ROWS = 2;
/** The share of a column's filled cells that must read as numbers, deadlines or parties for it to be that column. */
const MIN_SHARE = 0.6;

/** The columns' roles, or the reason none could be told. */
export type ContentReading = { roles: ColumnRole[] } | { reason: string };

interface ColumnContent {
  /** Cells filled, of the content rows. */
  filled: number;
  numbers: number;
  deadlines: number;
  parties: number;
  /** Mean length of its filled cells. */
  meanLength: number;
}

export function rolesByContent(table: LayoutTable, options: SegmentOptions): ContentReading {
  const grid = expandMergedCells(table);
  const width = grid.rows.reduce((widest, row) => Math.max(widest, row.cells.length), 0);
  const rows = grid.rows
    .filter((row) => row.cells.length === width)
    .map((row) => row.cells.map((c) => collapseSpace(c.text)))
    .filter((texts) => texts.filter((text) => text !== '').length >= 2);
  if (width < 2 || rows.length < MIN_CONTENT_ROWS) return { reason: 'it has too few rows with two cells filled to tell its columns' };
  const columns = Array.from({ length: width }, (_, column) => columnContent(rows.map((texts) => texts[column]!), options));
  const roles: ColumnRole[] = columns.map(() => 'other');
  // A column holds its kind when most of its cells are of it and it is filled in half the rows at least.
  const holds = (content: ColumnContent, count: number): boolean => content.filled * 2 >= rows.length && count >= MIN_SHARE * content.filled;
  const best = (share: (content: ColumnContent) => number, eligible: (content: ColumnContent, column: number) => boolean): number => {
    let found = -1;
    columns.forEach((content, column) => {
      if (roles[column] === 'other' && eligible(content, column) && (found < 0 || share(content) > share(columns[found]!))) found = column;
    });
    return found;
  };
  const number = columns.findIndex((content) => holds(content, content.numbers));
  if (number >= 0) roles[number] = 'number';
  const deadline = best((c) => c.deadlines / c.filled, (c) => holds(c, c.deadlines));
  if (deadline < 0) return { reason: 'no column reads as deadlines' };
  roles[deadline] = 'deadline';
  const responsible = best((c) => c.parties / c.filled, (c) => holds(c, c.parties));
  if (responsible >= 0) roles[responsible] = 'responsible';
  const title = best((c) => c.meanLength, (c) => c.filled * 2 >= rows.length);
  if (title < 0) return { reason: "no column beside the deadlines reads as the activities' titles" };
  roles[title] = 'title';
  return { roles };
}

function columnContent(texts: string[], options: SegmentOptions): ColumnContent {
  const filled = texts.filter((text) => text !== '');
  return {
    filled: filled.length,
    numbers: filled.filter((text) => parseNumberCell(text) !== null).length,
    deadlines: filled.filter(options.readsAsDeadline).length,
    parties: filled.filter(options.opensWithParty).length,
    meanLength: filled.reduce((sum, text) => sum + text.length, 0) / Math.max(1, filled.length),
  };
}
