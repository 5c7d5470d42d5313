/**
 * Layout → segmented roadmaps: find each table's header, decide whether the
 * table is a plan of activities, line its rows up with the header, and fold
 * them through the row machine.
 */
import type { LayoutDocument, LayoutRow, LayoutTable } from '../model/layout.js';
import type { SegmentedDocument, SegmentedRoadmap } from '../model/segmented.js';
import { pushAll } from '../model/arrays.js';
import { WARNING_CODES, warning, type Warning } from '../model/warnings.js';
import { collapseSpace } from '../layout/text.js';
import { collapseToHeaderColumns, expandMergedCells, type Separator } from '../layout/grid.js';
import { findCaption } from './caption.js';
import { RANGE_END_SUBHEADER, RANGE_START_SUBHEADER } from './column-words.js';
import { columnRoles, isRoadmapHeader, looksLikeHeader } from './columns.js';
import { runSegmenter, type RowEvent } from './machine.js';
import { checkNumbering } from './numbering.js';
import { reconcileRows } from './reconcile.js';
import { describeRow, headerKey, type RowFeatures } from './rows.js';

/** How many leading rows may precede a table's header (a title row merged across the table). */
const HEADER_SEARCH_ROWS = 3;

export function segmentLayout(layout: LayoutDocument): SegmentedDocument {
  const roadmaps: SegmentedRoadmap[] = [];
  const warnings: Warning[] = [];
  layout.blocks.forEach((block, index) => {
    if (block.type !== 'table') return;
    const segmented = segmentTable(block);
    if (!segmented) return;
    const caption = findCaption(layout.blocks, index);
    roadmaps.push({ ...segmented.roadmap, caption: caption?.text ?? null });
    pushAll(warnings, segmented.warnings);
  });
  return { type: 'segmented', roadmaps, warnings };
}

/**
 * ` – ` between the cells under a header cell whose two sub-headers are a
 * start and an end (`Срок: начало | окончание`), in the rows below them; a
 * space elsewhere, and between bare column numbers (`3 4`), which are no range.
 */
function rangeSeparator(header: LayoutRow, subheader: LayoutRow | undefined, subheaderIndex: number): Separator {
  const ranges = new Set<number>();
  let column = 0;
  header.cells.forEach((cell, headerColumn) => {
    const span = Math.max(1, cell.colSpan);
    const below = subheader?.cells.slice(column, column + span).map((c) => collapseSpace(c.text)) ?? [];
    column += span;
    if (span === 2 && RANGE_START_SUBHEADER.test(below[0] ?? '') && RANGE_END_SUBHEADER.test(below[1] ?? '')) ranges.add(headerColumn);
  });
  return (headerColumn, rowIndex, cells) =>
    ranges.has(headerColumn) && rowIndex > subheaderIndex && !cells.every((c) => /^\d{1,2}$/u.test(c.text.trim())) ? ' – ' : ' ';
}

export function segmentTable(mergedTable: LayoutTable): { roadmap: SegmentedRoadmap; warnings: Warning[] } | null {
  const headerIndex = mergedTable.rows.slice(0, HEADER_SEARCH_ROWS).findIndex((row) => looksLikeHeader(texts(row)));
  if (headerIndex < 0) return null;
  const grid = expandMergedCells(mergedTable);
  const header = mergedTable.rows[headerIndex]!;
  const table = collapseToHeaderColumns(grid, header, rangeSeparator(header, grid.rows[headerIndex + 1], headerIndex + 1));
  const headerRow = table.rows[headerIndex]!;
  const headers = texts(headerRow);
  const roles = columnRoles(headers);
  if (!isRoadmapHeader(roles)) return null;

  const body = reconcileRows(table.rows.slice(headerIndex + 1), roles);
  const key = headerKey(headers);
  const features = body.map((row) => describeRow(row, roles, key));
  const events = rowEvents(features);
  const context = runSegmenter({ roles, headers }, events);

  const warnings: Warning[] = [
    ...checkNumbering(context.numbered),
    ...context.reconciledRows.map((source) =>
      warning(WARNING_CODES.CELLS_RECONCILED, `Row at line ${source.line} had more cells than the header; extra cells were merged`, source),
    ),
  ];
  return {
    roadmap: {
      type: 'roadmap',
      caption: null,
      columns: context.headers.map((header, index) => ({ header, role: roles[index]! })),
      sections: context.sections,
      activities: context.activities,
      source: headerRow.source,
    },
    warnings,
  };
}

/** Each row with the number of the next numbered row below it, found in one backward pass. */
export function rowEvents(features: RowFeatures[]): RowEvent[] {
  const events: RowEvent[] = new Array(features.length);
  let nextNumber: string | null = null;
  for (let index = features.length - 1; index >= 0; index -= 1) {
    events[index] = { type: 'row', features: features[index]!, nextNumber };
    if (features[index]!.number !== null) nextNumber = features[index]!.number;
  }
  return events;
}

function texts(row: LayoutRow): string[] {
  return row.cells.map((c) => collapseSpace(c.text));
}
