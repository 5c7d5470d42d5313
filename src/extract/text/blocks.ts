/**
 * Lines of a flattened decree → paragraphs and tables. Two table forms occur
 * in the wild (both in the seeds): tab-separated rows, and markdown pipe
 * tables with a `|---|` separator under a header row. A blank line inside a
 * table is where the source's page broke; the row after it is marked
 * `pageBreakBefore` so the segmenter can rejoin a row the break cut in two.
 */
import { cell, type LayoutBlock, type LayoutRow, type LayoutTable } from '../../model/layout.js';
import { normalizeCharacters } from '../../layout/text.js';
import { cleanCellMarkup, cleanParagraphMarkup } from './markup.js';

interface Line {
  text: string;
  /** 1-based line number in the decoded text. */
  number: number;
}

const PIPE_ROW = /^\s*\|.*\|\s*$/u;
const PIPE_SEPARATOR = /^\s*\|(?:\s*:?-{1,}:?\s*\|)+\s*$/u;

export function linesToBlocks(text: string): LayoutBlock[] {
  const lines: Line[] = normalizeCharacters(text)
    .split('\n')
    .map((line, index) => ({ text: line, number: index + 1 }));
  const blocks: LayoutBlock[] = [];
  let index = 0;
  while (index < lines.length) {
    const line = lines[index]!;
    if (line.text.trim() === '') {
      index += 1;
    } else if (isPipeTableStart(lines, index)) {
      index = readPipeTable(lines, index, blocks);
    } else if (line.text.includes('\t')) {
      index = readTabTable(lines, index, blocks);
    } else {
      index = readParagraph(lines, index, blocks);
    }
  }
  return blocks;
}

function isPipeTableStart(lines: Line[], index: number): boolean {
  const header = lines[index];
  const separator = lines[index + 1];
  return !!header && !!separator && PIPE_ROW.test(header.text) && PIPE_SEPARATOR.test(separator.text);
}

function readParagraph(lines: Line[], start: number, blocks: LayoutBlock[]): number {
  let end = start;
  while (end < lines.length) {
    const line = lines[end]!;
    if (line.text.trim() === '' || line.text.includes('\t') || isPipeTableStart(lines, end)) break;
    end += 1;
  }
  const raw = lines.slice(start, end).map((line) => line.text).join('\n');
  const { text, bold } = cleanParagraphMarkup(raw);
  if (text !== '') blocks.push({ type: 'paragraph', text, bold, source: { page: null, line: lines[start]!.number } });
  return end;
}

function readTabTable(lines: Line[], start: number, blocks: LayoutBlock[]): number {
  const table: LayoutTable = { type: 'table', rows: [], source: { page: null, line: lines[start]!.number } };
  let index = start;
  let blankSeen = false;
  while (index < lines.length) {
    const line = lines[index]!;
    if (line.text.trim() === '') {
      blankSeen = table.rows.length > 0;
      index += 1;
      continue;
    }
    if (!line.text.includes('\t')) break;
    table.rows.push(toRow(line.text.split('\t'), line.number, blankSeen));
    blankSeen = false;
    index += 1;
  }
  blocks.push(table);
  return index;
}

/**
 * A pipe table, and the pipe tables that continue it after a page break
 * (seed 003): after nothing but blank lines, a table whose header row is
 * empty or repeats the first header is a continuation (its header dropped);
 * one whose header row starts with an empty cell or an activity number is a
 * continuation whose first data row was mistaken for a header.
 */
function readPipeTable(lines: Line[], start: number, blocks: LayoutBlock[]): number {
  const headerLine = lines[start]!;
  const table: LayoutTable = { type: 'table', rows: [], source: { page: null, line: headerLine.number } };
  const header = toRow(splitPipeRow(headerLine.text), headerLine.number, false);
  const headerTexts = header.cells.map((c) => c.text);
  table.rows.push(header);
  let index = start + 2;
  let pageBreak = false;
  for (;;) {
    while (index < lines.length && PIPE_ROW.test(lines[index]!.text) && !PIPE_SEPARATOR.test(lines[index]!.text)) {
      const line = lines[index]!;
      table.rows.push(toRow(splitPipeRow(line.text), line.number, pageBreak));
      pageBreak = false;
      index += 1;
    }
    const next = skipBlanks(lines, index);
    if (!isPipeTableStart(lines, next)) break;
    const nextLine = lines[next]!;
    const nextHeader = toRow(splitPipeRow(nextLine.text), nextLine.number, true);
    const texts = nextHeader.cells.map((c) => c.text);
    const repeatsHeader = texts.every((text) => text === '') || sameTexts(texts, headerTexts);
    if (!repeatsHeader && !CONTINUATION_FIRST_CELL.test(texts[0] ?? '')) break;
    if (!repeatsHeader) table.rows.push(nextHeader);
    pageBreak = repeatsHeader;
    index = next + 2;
  }
  blocks.push(table);
  return index;
}

/** The first cell of a row that continues a table: empty, or an activity number. */
const CONTINUATION_FIRST_CELL = /^(?:|\d+(?:\.\d+)*\.?(?:\s.*)?)$/su;

function splitPipeRow(text: string): string[] {
  const inner = text.trim().replace(/^\|/u, '').replace(/\|$/u, '');
  return inner.split(/(?<!\\)\|/u);
}

function toRow(rawCells: string[], lineNumber: number, pageBreakBefore: boolean): LayoutRow {
  const source = { page: null, line: lineNumber };
  const cells = rawCells.map((raw) => {
    const { text, bold } = cleanCellMarkup(raw);
    return cell(text, source, bold);
  });
  const row: LayoutRow = { type: 'row', cells, source };
  if (pageBreakBefore) row.pageBreakBefore = true;
  return row;
}

function sameTexts(a: string[], b: string[]): boolean {
  const clean = (texts: string[]) => texts.filter((text) => text !== '').join('|');
  return clean(a) === clean(b);
}

function skipBlanks(lines: Line[], index: number): number {
  let next = index;
  while (next < lines.length && lines[next]!.text.trim() === '') next += 1;
  return next;
}
