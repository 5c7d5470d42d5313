/**
 * Tables that continue a roadmap table above them without a header of their
 * own: Word splits a table in two when a paragraph is typed between its rows,
 * and the second part often gets a grid of its own (issue 12: the title and
 * responsible cells spanning two grid columns, 55 of a plan's 67 activities
 * in it); a PDF resumes a plan after a heading. Such a table joins the
 * roadmap when its columns map onto the roadmap's.
 */
import { cell, type LayoutCell, type LayoutParagraph, type LayoutRow, type LayoutTable } from '../model/layout.js';
import type { ColumnRole } from '../model/roadmap.js';
import { collapseSpace } from '../layout/text.js';
import { collapseToHeaderColumns, expandMergedCells, spanSum, type Separator } from '../layout/grid.js';

/** A roadmap table's header, which a continuation's columns must map onto. */
export interface RoadmapHeader {
  headers: string[];
  roles: ColumnRole[];
  /** Grid columns under each header cell, as printed (before merges were expanded). */
  spans: number[];
  /** How the cells under one header cell are joined (a range's dash under `Срок: начало | окончание`). */
  separator: Separator;
}

/** Paragraphs between a roadmap table and its continuation: a heading or two, an empty line, `Продолжение таблицы`. */
export const MAX_PARAGRAPHS_BETWEEN = 3;

/** Longer than this, a paragraph between two tables is prose, not a heading. */
const MAX_HEADING_LENGTH = 200;

/** A paragraph that opens another part of the document: what follows it is no continuation. */
const OPENS_ANOTHER_PART = /^(?:приложени|утвержд|согласова|лист\s+согласован|дорожн\p{L}*\s+карт|план(?![\p{L}])|перечень|список)/iu;

/** Paragraphs a page break or a split leaves between the parts, said nothing about the plan. */
const SAYS_NOTHING = /^(?:(?:продолжение|окончание)(?:\s+(?:таблицы|табл\.|приложения)(?:\s*№?\s*\d+)?)?\p{P}*|(?:стр\.?\s*)?[-–]?\s*\d{1,4}\s*[-–]?)$/iu;

/**
 * The paragraphs between a roadmap table and a table that may continue it,
 * as rows of the roadmap (a heading typed between the parts is a section
 * row, put in the title column); null when they show that the table is not a
 * continuation: too many of them, prose, or the start of another part.
 */
export function rowsBetween(paragraphs: LayoutParagraph[], header: RoadmapHeader): LayoutRow[] | null {
  const texts = paragraphs.map((paragraph) => ({ paragraph, text: collapseSpace(paragraph.text) })).filter(({ text }) => text !== '');
  if (texts.length > MAX_PARAGRAPHS_BETWEEN) return null;
  if (texts.some(({ text }) => text.length > MAX_HEADING_LENGTH || OPENS_ANOTHER_PART.test(text))) return null;
  const column = Math.max(0, header.roles.indexOf('title'));
  return texts
    .filter(({ text }) => !SAYS_NOTHING.test(text))
    .map(({ paragraph, text }) => ({
      type: 'row',
      cells: header.roles.map((_, index) => (index === column ? cell(text, paragraph.source, paragraph.bold) : cell('', null))),
      source: paragraph.source,
    }));
}

/**
 * A header-less table's rows under the roadmap's columns, or null when its
 * columns do not map onto them. A row with as many cells as the header has
 * columns maps one to one, whatever the grid columns under each; when no row
 * has, a table on the roadmap's own grid maps as the roadmap's rows do.
 * At least one row must fill the title (or number) and deadline columns, so
 * that a signature block or a list of people is never taken for a plan.
 */
export function continuationRows(table: LayoutTable, header: RoadmapHeader): LayoutRow[] | null {
  const spans = continuationSpans(table, header);
  if (spans === null) return null;
  const spanRow: LayoutRow = { type: 'row', cells: spans.map((colSpan) => ({ ...cell('', null), colSpan })), source: table.source };
  // A continuation has no sub-header row: every row of a range column is a range.
  const separator: Separator = (column, _row, cells) => header.separator(column, Number.POSITIVE_INFINITY, cells);
  const rows = collapseToHeaderColumns(expandMergedCells(table), spanRow, separator).rows;
  const titleColumn = header.roles.indexOf('title');
  const numberColumn = header.roles.indexOf('number');
  const deadlineColumn = header.roles.indexOf('deadline');
  const filled = (row: LayoutRow, column: number) => column >= 0 && row.cells.length === spans.length && (row.cells[column]?.text ?? '') !== '';
  const isActivity = (row: LayoutRow) => (filled(row, titleColumn) || filled(row, numberColumn)) && filled(row, deadlineColumn);
  return rows.some(isActivity) ? rows : null;
}

function continuationSpans(table: LayoutTable, header: RoadmapHeader): number[] | null {
  const width = header.roles.length;
  const gridWidth = table.rows.reduce((widest, row) => Math.max(widest, spanSum(row.cells)), 0);
  const patterns = new Map<string, { spans: number[]; count: number }>();
  for (const row of table.rows) {
    // A row a vertical merge from above reaches has fewer cells than its grid has columns: its pattern is not the table's.
    if (row.cells.length !== width || spanSum(row.cells) !== gridWidth) continue;
    const spans = row.cells.map((c) => Math.max(1, c.colSpan));
    const key = spans.join(',');
    const entry = patterns.get(key) ?? { spans, count: 0 };
    entry.count += 1;
    patterns.set(key, entry);
  }
  const common = [...patterns.values()].sort((a, b) => b.count - a.count)[0];
  if (common) return common.spans;
  return gridWidth === header.spans.reduce((sum, span) => sum + span, 0) ? header.spans : null;
}
