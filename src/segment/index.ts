/**
 * Layout → segmented roadmaps: find each table's header, decide whether the
 * table is a plan of activities, line its rows up with the header, join the
 * header-less tables that continue it, and fold the rows through the row
 * machine.
 */
import { cell, type LayoutDocument, type LayoutParagraph, type LayoutRow, type LayoutTable } from '../model/layout.js';
import type { ColumnRole, SourceRef } from '../model/roadmap.js';
import type { SegmentedDocument, SegmentedRoadmap } from '../model/segmented.js';
import { pushAll } from '../model/arrays.js';
import { WARNING_CODES, warning, type Warning } from '../model/warnings.js';
import { collapseSpace } from '../layout/text.js';
import { alignsCellForCell, collapseToHeaderColumns, expandMergedCells, isMergedFromAbove, type Separator } from '../layout/grid.js';
import { findCaption, namesAPlan } from './caption.js';
import { rolesByContent } from './headerless.js';
import { RANGE_END_SUBHEADER, RANGE_START_SUBHEADER } from '../layout/column-words.js';
import { headerRole } from '../layout/header-role.js';
import { columnRoles, isRoadmapHeader, looksLikeHeader } from './columns.js';
import { continuationRows, rowsBetween, type RoadmapHeader } from './continuation.js';
import { runSegmenter, type RowEvent } from './machine.js';
import { checkNumbering } from './numbering.js';
import { reconcileRows } from './reconcile.js';
import { splitStackedRows } from './stacked.js';
import type { SegmentOptions } from './options.js';
import { describeRow, headerKey, type RowFeatures } from './rows.js';

/** How many leading rows may precede a table's header (a title row merged across the table). */
const HEADER_SEARCH_ROWS = 3;

/** A roadmap table read so far, while header-less tables below may still continue it. */
interface OpenRoadmap {
  header: RoadmapHeader;
  caption: string | null;
  /** Body rows under the header's columns, one list per table: each is reconciled on its own. */
  parts: LayoutRow[][];
  source: SourceRef;
}

type TableReading =
  | { kind: 'roadmap'; header: RoadmapHeader; body: LayoutRow[]; source: SourceRef }
  /** A header row that names columns, but not those of a plan of activities. */
  | { kind: 'otherHeader'; header: HeaderWords }
  /** No header row; `hint` is a row that names one column a plan has (`Мероприятие | Когда | Кто`). */
  | { kind: 'noHeader'; hint: HeaderWords | null };

interface HeaderWords {
  headers: string[];
  roles: ColumnRole[];
}

export function segmentLayout(layout: LayoutDocument, options: SegmentOptions): SegmentedDocument {
  const roadmaps: SegmentedRoadmap[] = [];
  const warnings: Warning[] = [];
  /** Tables read as nothing, to be named if the document turns out to hold no plan at all. */
  const unread: Array<{ table: LayoutTable; hint: HeaderWords | null }> = [];
  let open: OpenRoadmap | null = null;
  let between: LayoutParagraph[] = [];
  const close = (): void => {
    if (open === null) return;
    const finished = finishRoadmap(open, options);
    roadmaps.push(finished.roadmap);
    pushAll(warnings, finished.warnings);
    open = null;
  };
  layout.blocks.forEach((block, index) => {
    if (block.type === 'paragraph') {
      between.push(block);
      return;
    }
    const reading = readTable(block);
    if (reading.kind === 'roadmap' && open !== null && repeatsHeader(open, reading, between)) {
      // the same plan again under its header (a Word section per page, a landscape appendix): one roadmap
    } else if (reading.kind === 'roadmap') {
      close();
      open = { header: reading.header, caption: findCaption(layout.blocks, index)?.text ?? null, parts: [reading.body], source: reading.source };
    } else if (reading.kind === 'noHeader' && open !== null && continueRoadmap(open, block, between)) {
      // joined: the roadmap stays open for a third part
    } else if (reading.kind === 'noHeader' && namesAPlan(findCaption(layout.blocks, index)?.text ?? '')) {
      close();
      const caption = findCaption(layout.blocks, index)!.text;
      const byContent = rolesByContent(block, options);
      if ('roles' in byContent) {
        open = headerlessRoadmap(block, byContent.roles, caption);
      } else if (block.rows.length >= 2) {
        const message = `${tablePlace(block)} under «${clip(caption)}» looks like a plan but was not read: it has no header row, and ${byContent.reason}`;
        warnings.push(warning(WARNING_CODES.TABLE_UNMAPPED, message, block.source));
      }
    } else {
      close();
      const unmapped = reading.kind === 'otherHeader' && namesPlanColumns(reading.header) ? unmappedWarning(block, reading.header) : null;
      if (unmapped) {
        warnings.push(unmapped);
      } else {
        unread.push({ table: block, hint: reading.kind === 'otherHeader' ? reading.header : reading.hint });
      }
    }
    between = [];
  });
  close();
  if (roadmaps.length === 0) {
    for (const { table, hint } of unread) {
      const warned = hint === null ? unreadWarning(table) : unmappedWarning(table, hint);
      if (warned) warnings.push(warned);
    }
  }
  return { type: 'segmented', roadmaps, warnings };
}

/** A header that names a plan's title or deadline column: a table of people or of schools does not. */
function namesPlanColumns(header: HeaderWords): boolean {
  return header.roles.includes('title') || header.roles.includes('deadline');
}

function tablePlace(table: LayoutTable): string {
  const { page, line } = table.source;
  return page === null ? `Table at line ${line}` : `Table at page ${page}, line ${line}`;
}

/** A plan without a header row, its columns told by content: the headers are empty, as printed. */
function headerlessRoadmap(table: LayoutTable, roles: ColumnRole[], caption: string): OpenRoadmap {
  const header: RoadmapHeader = { headers: roles.map(() => ''), roles, spans: roles.map(() => 1), separator: () => ' ' };
  return { header, caption, parts: [expandMergedCells(table).rows], source: table.source };
}

/** Why a header that names columns is not a plan's: the roles isRoadmapHeader asks for that it lacks. */
function unmappedWarning(table: LayoutTable, header: HeaderWords): Warning | null {
  if (table.rows.length < 2) return null;
  const reason = header.roles.includes('deadline') ? "no column reads as the activities' titles" : 'no column reads as a deadline';
  const verdict = namesPlanColumns(header) ? 'looks like a plan but was not read' : 'was not read';
  return warning(WARNING_CODES.TABLE_UNMAPPED, `${tablePlace(table)} ${verdict}: ${reason} (its header: «${clip(header.headers.join(' | '))}»)`, table.source);
}

/** A table of two rows and two columns at least whose header names nothing: a letterhead or a signature line is smaller. */
function unreadWarning(table: LayoutTable): Warning | null {
  const first = table.rows[0]!;
  if (table.rows.length < 2 || !table.rows.some((row) => row.cells.length > 1)) return null;
  const shown = clip(texts(first).join(' | '));
  return warning(WARNING_CODES.TABLE_UNMAPPED, `${tablePlace(table)} was not read: none of its first rows names its columns (the first: «${shown}»)`, table.source);
}

/** How much of a row a warning quotes. */
const QUOTED_CHARACTERS = 120;

function clip(text: string): string {
  return text.length <= QUOTED_CHARACTERS ? text : `${text.slice(0, QUOTED_CHARACTERS - 1)}…`;
}

/**
 * Appends a table that prints the open roadmap's header again, word for
 * word, when nothing between the two says another part begins: a second plan
 * under the same header has its own caption (`Приложение 2`, `План …`).
 */
function repeatsHeader(open: OpenRoadmap, reading: { header: RoadmapHeader; body: LayoutRow[] }, between: LayoutParagraph[]): boolean {
  if (headerKey(reading.header.headers) !== headerKey(open.header.headers)) return false;
  const headings = rowsBetween(between, open.header);
  if (!headings) return false;
  open.parts.push([...headings, ...withoutHeaderRows(reading.body, reading.header.headers)]);
  return true;
}

/**
 * The body without the second header line the header may have (`начало |
 * окончание` under `Срок`): the first part of a roadmap extends its column
 * names with it, a part that repeats the header must not read it as a row.
 * Such a line repeats a header cell merged down over it, or is header words.
 */
function withoutHeaderRows(body: LayoutRow[], headers: string[]): LayoutRow[] {
  let start = 0;
  while (start < body.length && isHeaderLine(texts(body[start]!), headers)) start += 1;
  return body.slice(start);
}

function isHeaderLine(cells: string[], headers: string[]): boolean {
  const filled = cells.flatMap((text, index) => (text !== '' ? [index] : []));
  const headerLike = filled.filter((index) => cells[index] === headers[index] || headerRole(cells[index]!) !== 'other');
  return filled.length > 0 && headerLike.length * 2 >= filled.length;
}

/** Appends a header-less table (and the headings before it) to the open roadmap when its columns map onto the roadmap's. */
function continueRoadmap(open: OpenRoadmap, table: LayoutTable, between: LayoutParagraph[]): boolean {
  const headings = rowsBetween(between, open.header);
  const rows = headings && continuationRows(table, open.header);
  if (!headings || !rows) return false;
  open.parts.push([...headings, ...rows]);
  return true;
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

/** A table's header and body rows under the header's columns, when its header names a plan of activities. */
function readTable(mergedTable: LayoutTable): TableReading {
  const leading = mergedTable.rows.slice(0, HEADER_SEARCH_ROWS);
  const headerIndex = leading.findIndex((row) => looksLikeHeader(texts(row)));
  if (headerIndex < 0) {
    const hint = leading.map((row) => ({ headers: texts(row), roles: columnRoles(texts(row)) })).find(namesPlanColumns) ?? null;
    return { kind: 'noHeader', hint };
  }
  const grid = expandMergedCells(mergedTable);
  const header = mergedTable.rows[headerIndex]!;
  const separator = rangeSeparator(header, grid.rows[headerIndex + 1], headerIndex + 1);
  const collapsed = collapseToHeaderColumns(grid, header, separator);
  const table = {
    ...collapsed,
    rows: collapsed.rows.map((row, index) => {
      const printed = mergedTable.rows[index]!;
      return index > headerIndex && alignsCellForCell(printed, header) ? { ...printed, cells: printed.cells.map((c) => ({ ...c, colSpan: 1, rowSpan: 1 })) } : row;
    }),
  };
  const headerRow = table.rows[headerIndex]!;
  const headers = texts(headerRow);
  const roles = columnRoles(headers);
  if (!isRoadmapHeader(roles)) return { kind: 'otherHeader', header: { headers, roles } };
  return {
    kind: 'roadmap',
    header: { headers, roles, spans: header.cells.map((c) => Math.max(1, c.colSpan)), separator },
    body: table.rows.slice(headerIndex + 1),
    source: headerRow.source,
  };
}

/** One table read as a roadmap on its own, or null when it is not a plan of activities. */
export function segmentTable(table: LayoutTable, options: SegmentOptions): { roadmap: SegmentedRoadmap; warnings: Warning[] } | null {
  const reading = readTable(table);
  if (reading.kind !== 'roadmap') return null;
  return finishRoadmap({ header: reading.header, caption: null, parts: [reading.body], source: reading.source }, options);
}

function finishRoadmap(open: OpenRoadmap, options: SegmentOptions): { roadmap: SegmentedRoadmap; warnings: Warning[] } {
  const { headers, roles } = open.header;
  const stacked = splitStackedRows(
    open.parts.flatMap((part) => reconcileRows(part.map((row) => withoutMergedTitle(row, roles)), roles)),
    roles,
    options.readsAsDeadline,
  );
  const body = stacked.rows;
  const key = headerKey(headers);
  const features = body.map((row) => describeRow(row, roles, key, options.readsAsDeadline));
  const events = rowEvents(features);
  const context = runSegmenter({ roles, headers }, events);

  const warnings: Warning[] = [
    ...stacked.warnings,
    ...checkNumbering(context.numbered),
    ...context.reconciledRows.map((source) =>
      warning(WARNING_CODES.CELLS_RECONCILED, `Row at line ${source.line} had more cells than the header; extra cells were merged`, source),
    ),
  ];
  return {
    roadmap: {
      type: 'roadmap',
      caption: open.caption,
      columns: context.headers.map((header, index) => ({ header, role: roles[index]! })),
      sections: context.sections,
      activities: context.activities,
      source: open.source,
    },
    warnings,
  };
}

/**
 * A title cell merged down over several rows names one activity: the rows
 * below its first continue that activity with their own cells (riro-yanao-
 * olympiad-plan-2026: «Отборочный тур» over four rows, one subject's date in
 * each), so there the title, and a number merged down with it, are left
 * empty. A deadline or responsible cell merged down is another matter: the
 * activities beside it share it (see expandMergedCells).
 */
function withoutMergedTitle(row: LayoutRow, roles: ColumnRole[]): LayoutRow {
  const title = row.cells[roles.indexOf('title')];
  if (title === undefined || !isMergedFromAbove(title)) return row;
  return { ...row, cells: row.cells.map((c, index) => (c === title || (roles[index] === 'number' && isMergedFromAbove(c)) ? cell('', null) : c)) };
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
