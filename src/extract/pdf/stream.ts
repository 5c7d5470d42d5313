/**
 * Tables without rules ("stream"), read from where their words lie: a
 * borderless Word table exported to PDF, a plan set in columns by tabs, the
 * invisible OCR text of a scan (issue 12).
 *
 * 1. A table opens at a header line (words of at least two column roles in
 *    separate chunks, the segmenter's own header words), at a line that opens
 *    with an activity number and runs across three chunks, or at the top of a
 *    page when the previous page ended in such a table; it runs on while
 *    lines follow each other closely.
 * 2. Its columns are the gutters: runs of x that no line's words cover,
 *    projected over every line of the table, not only the numbered ones.
 *    Lines that cross a gutter (section headings spanning the table) are found
 *    first, with some tolerance, and left out of the strict projection. A
 *    gutter is one that some column's text opens after, not the word spaces
 *    of the same text repeated under each other.
 * 3. Rows start at a number in the first column, at a spanning line, or,
 *    where there is no number (none in the table, or one OCR lost), after a
 *    gap wider than the line pitch (the cells' padding) at a line that opens
 *    the title column with a capital; every line until the next start is more
 *    of the row's cells. A header of several lines ends at the first such gap
 *    or numbered row. On a continuation page the lines above the first row are
 *    the rest of the row cut by the page break, and the assembler is told so.
 */
import type { LayoutCell, LayoutRow, LayoutTable } from '../../model/layout.js';
import type { ColumnRole } from '../../model/roadmap.js';
import { headerRole } from '../../layout/header-role.js';
import { cellText, splitWords, type TextLine } from './lines.js';
import type { PositionedItem } from './text-items.js';
import { cellConfidence } from '../ocr/confidence.js';

/** An activity number in the number column: `1`, `1.1.`, `4.2.3.10`, `IV.`. */
const ROW_NUMBER = /^(?:\d+(?:\.\d+)*\.?|[IVXLC]+\.)$/u;
/** Chunk gaps, in font sizes: wider than a word space. OCR places words apart by their image gaps, wider than a font's spaces. */
const CHUNK_GAP = 1.2;
const SCAN_CHUNK_GAP = 2;
/** A table ends at a vertical gap wider than this many font sizes. */
const TABLE_GAP = 2.5;
/** A gutter is at least this many font sizes wide: cell paddings on both sides of a column border. */
const MIN_GUTTER = 0.4;
/** How far an estimated word position may be from a column's left edge, in points. */
const SNAP = 4;
/** A line whose one chunk is wider than this share of the table is left out of the first projection. */
const WIDE_LINE = 0.5;
/** How far an OCR word box may reach past its glyphs, in font sizes. */
const OCR_BOX_SLACK = 0.3;
/** Between two rows a borderless table leaves its cells' padding: a gap wider than the line pitch by this many font sizes. */
const ROW_PADDING = 0.12;
/** A title's first line: a capital, after quotes or a bracket, and after the number where that stands in the title's column (`19. Подготовка`). */
const TITLE_OPENING = /^(?:\d+(?:\.\d+)*\.?\s+)?[«"„(]?\p{Lu}/u;

/** x from a to b that the words of a table's ordinary lines do not reach: the space between two columns. */
export interface Gutter {
  a: number;
  b: number;
}

export interface StreamTable {
  table: LayoutTable;
  /** The gutters' middles. */
  columns: number[];
  stream: StreamColumns;
  y: number;
  lines: Set<TextLine>;
  /** Rows that are the table's header: none, or one of all its lines. */
  headerRows: number;
  /** The first row under the header is the rest of the row the page break cut. */
  cut: boolean;
}

/** The columns of a table without rules, and the coverage they came from, carried to the next page. */
export interface StreamColumns {
  gutters: Gutter[];
  coverage: Coverage;
  /** The column roles its header line names, in order; none where the table has no header. */
  header: ColumnRole[];
  /** Read in the columns of the table that ended the previous page: one table with it. */
  continues: boolean;
}

export interface StreamOptions {
  /** A searchable scan: OCR words, wider gaps between them. */
  scan: boolean;
  /** The columns of a table without rules that ran to the foot of the previous page. */
  continuing: StreamColumns | null;
}

interface WordLine {
  line: TextLine;
  words: PositionedItem[];
  chunks: PositionedItem[][];
}

const right = (w: PositionedItem): number => w.x + w.width;
const textOf = (words: readonly PositionedItem[]): string => words.map((w) => w.str).join(' ');
const median = (xs: number[]): number => [...xs].sort((p, q) => p - q)[Math.floor(xs.length / 2)] ?? 0;
const lowQuartile = (xs: number[]): number => [...xs].sort((p, q) => p - q)[Math.floor(xs.length / 4)] ?? 0;

function chunksOf(words: readonly PositionedItem[], gap: number): PositionedItem[][] {
  const out: PositionedItem[][] = [];
  let end = -Infinity;
  for (const word of words) {
    const last = out[out.length - 1];
    if (last && word.x - end <= gap * word.size) last.push(word);
    else out.push([word]);
    end = Math.max(end, right(word));
  }
  return out;
}

/** Where three or more items start at one x: the left edges of columns, exact where word positions inside a run are estimates. */
function columnStarts(lines: readonly TextLine[]): number[] {
  const counts = new Map<number, number>();
  for (const line of lines) for (const item of line.items) counts.set(Math.round(item.x), (counts.get(Math.round(item.x)) ?? 0) + 1);
  return [...counts].filter(([, n]) => n >= 3).map(([x]) => x);
}

/**
 * pdf.js joins two cells' text into one run where the gutter is narrow
 * (`Руководители ОО Использование в полном`, seed 001), and the words of a
 * run are placed by estimated glyph widths, a few points off. A word that
 * starts near a column's left edge starts there, and the words after it move with it.
 */
function snapWords(words: PositionedItem[], starts: readonly number[]): PositionedItem[] {
  for (let k = 1; k < words.length; k++) {
    const w = words[k]!;
    const edge = starts.find((x) => Math.abs(x - w.x) <= SNAP && Math.abs(x - w.x) > 0.5);
    // A word whose snap would close the space before it lies inside a cell (`месту окончания`, seed 003), not at a column's edge.
    if (edge === undefined || edge - right(words[k - 1]!) < 0.2 * w.size) continue;
    const shift = edge - w.x;
    for (let j = k; j < words.length; j++) words[j] = { ...words[j]!, x: words[j]!.x + shift };
  }
  return words;
}

/** An activity number as OCR misreads its dots, doubled or as a colon: `1..2.`, `2:2.` (seed 004's scan). */
const OCR_NUMBER = /^\d+(?:(?:\.\.|:)\d+|\.\d+)*\.$/u;

/** A line's first word that OCR read as such a number is the number it shows (`1..2.` is 1.2.). */
function withOcrNumber(w: PositionedItem): PositionedItem {
  if (ROW_NUMBER.test(w.str) || !OCR_NUMBER.test(w.str)) return w;
  return { ...w, str: w.str.replace(/\.\.|:/gu, '.') };
}

/** The column roles named by separate chunks of a line, in order: `№ | Мероприятие | Срок | Ответственный`. */
function chunkRoles(l: WordLine): ColumnRole[] {
  const roles: ColumnRole[] = [];
  for (const chunk of l.chunks) {
    const role = chunk.map((word) => headerRole(word.str)).find((r) => r !== 'other');
    if (role !== undefined && !roles.includes(role)) roles.push(role);
  }
  return roles;
}

/** A header line names three columns, or two of which one is the deadline or, opening the line, the number (`№ | ОО | Ответственный от ОО`). */
function isHeaderLine(l: WordLine): boolean {
  if (l.chunks.length < 2) return false;
  const roles = chunkRoles(l);
  const opensWithNumber = headerRole(textOf(l.chunks[0]!)) === 'number';
  return roles.length >= 3 || (roles.length >= 2 && (roles.includes('deadline') || opensWithNumber));
}

const isNumberedLine = (l: WordLine): boolean => l.chunks.length >= 3 && ROW_NUMBER.test(l.words[0]!.str);

export function findStreamTables(lines: readonly TextLine[], page: number, options: StreamOptions): StreamTable[] {
  const gap = options.scan ? SCAN_CHUNK_GAP : CHUNK_GAP;
  const starts = columnStarts(lines);
  const all: WordLine[] = lines.map((line) => {
    const words = line.items.flatMap((item) => snapWords(splitWords(item), starts)).map((w, k) => (options.scan && k === 0 ? withOcrNumber(w) : w));
    return { line, words, chunks: chunksOf(words, gap) };
  });
  const found: StreamTable[] = [];
  let i = 0;
  while (i < all.length) {
    const header = isHeaderLine(all[i]!);
    // A header line other than the table's own (repeated on each page) opens the next table: school lists after a plan, seed 001.
    // OCR may lose the narrow «№ п/п» over the number column (the scan of seed 000) and still repeat the table's header.
    const ownHeader = (columns: StreamColumns): boolean => {
      if (!header || columns.header.length === 0) return true;
      const roles = chunkRoles(all[i]!).join();
      return roles === columns.header.join() || roles === columns.header.filter((r) => r !== 'number').join();
    };
    const continuing = i === 0 && options.continuing !== null && ownHeader(options.continuing);
    if (!continuing && !header && !isNumberedLine(all[i]!)) {
      i++;
      continue;
    }
    let end = i + 1;
    // A header line opens a table of its own (a justified paragraph that opens with a number, `5. Привлечение …`,
    // must not swallow the table after it); the second line of a two-line header goes on with the first.
    const opensTable = (k: number): boolean => isHeaderLine(all[k]!) && !isHeaderLine(all[k - 1]!);
    while (end < all.length && all[end]!.line.y - all[end - 1]!.line.y <= TABLE_GAP * all[end]!.line.size && !opensTable(end)) end++;
    // Lines that do not fit the columns of the page before may still open a table of their own.
    const table =
      (continuing ? readTable(all, i, end, page, header, options.continuing, options.scan) : null) ??
      (header || isNumberedLine(all[i]!) ? readTable(all, i, end, page, header, null, options.scan) : null);
    if (table) {
      found.push(table);
      i = end;
    } else i++;
  }
  return found;
}

/** The same columns: as many gutters, each overlapping its counterpart. */
function sameGutters(a: readonly Gutter[], b: readonly Gutter[]): boolean {
  return a.length === b.length && a.every((g, k) => g.a <= b[k]!.b && b[k]!.a <= g.b);
}

/** The gutters a line crosses: one of its words runs over a gutter's middle from outside it. */
function crossed(l: WordLine, gutters: readonly Gutter[]): Gutter[] {
  return gutters.filter((g) => {
    const mid = (g.a + g.b) / 2;
    return l.words.some((w) => w.x < mid - 1 && right(w) > mid + 1 && (w.x < g.a || right(w) > g.b));
  });
}

const crossings = (l: WordLine, gutters: readonly Gutter[]): number => crossed(l, gutters).length;

/** How many gutters a line's words reach into by more than a point. */
const entered = (l: WordLine, gutters: readonly Gutter[]): number => gutters.filter((g) => l.words.some((w) => w.x < g.b - 1 && right(w) > g.a + 1)).length;

const crosses = (l: WordLine, gutters: readonly Gutter[]): boolean => crossings(l, gutters) > 0;

/** How many lines have a word over each point of x, from x0 in steps of one point. */
export interface Coverage {
  x0: number;
  counts: Uint16Array;
}

function coverage(lines: readonly WordLine[], x0: number, x1: number): Coverage {
  const counts = new Uint16Array(Math.max(1, Math.ceil(x1 - x0) + 1));
  for (const l of lines) {
    for (const w of l.words) {
      const to = Math.min(counts.length, Math.ceil(right(w) - x0));
      for (let k = Math.max(0, Math.floor(w.x - x0)); k < to; k++) counts[k]!++;
    }
  }
  return { x0, counts };
}

/** Two coverages added: the lines of a table on two pages, in the same page space. */
function addCoverage(a: Coverage, b: Coverage): Coverage {
  const x0 = Math.min(a.x0, b.x0);
  const counts = new Uint16Array(Math.max(a.x0 + a.counts.length, b.x0 + b.counts.length) - x0);
  for (const c of [a, b]) c.counts.forEach((n, k) => (counts[c.x0 - x0 + k]! += n));
  return { x0, counts };
}

/** Runs where at most `limit` lines have a word, `minWidth` wide, with text on both sides. */
function gutterRuns({ x0, counts }: Coverage, limit: number, minWidth: number): Gutter[] {
  const out: Gutter[] = [];
  let start = -1;
  for (let k = 0; k <= counts.length; k++) {
    const low = k < counts.length && counts[k]! <= limit;
    if (low && start < 0) start = k;
    else if (!low && start >= 0) {
      // A run at either end of the table is margin, not a gutter.
      if (start > 0 && k < counts.length && k - start >= minWidth) out.push({ a: x0 + start, b: x0 + k });
      start = -1;
    }
  }
  return out;
}

/**
 * The table's columns: first with some tolerance, as a section heading across
 * the table covers a gutter in a line or two; then strictly, over the lines that
 * cross none of those as a heading does (and the table's lines on the pages
 * before), so that a sparse column (a few notes under «Информация об
 * исполнении») keeps its gutters. A heading runs over the first gutter or over
 * two; a line over one inner gutter alone is a cell's text, and what it runs
 * over is no gutter (`июнь 2024 г.` over the word space of `В течение 2024 г.`
 * repeated in twelve rows, seed 003's scan).
 */
type Columns = Pick<StreamColumns, 'gutters' | 'coverage'>;

function findColumns(lines: readonly WordLine[], size: number, before: Coverage | null): Columns {
  const x0 = Math.min(...lines.map((l) => l.words[0]!.x));
  const x1 = Math.max(...lines.map((l) => Math.max(...l.words.map(right))));
  const minWidth = MIN_GUTTER * size;
  const wide = (l: WordLine): boolean => l.chunks.length === 1 && right(l.words[l.words.length - 1]!) - l.words[0]!.x > WIDE_LINE * (x1 - x0);
  const ordinary = lines.filter((l) => !wide(l));
  const tolerant = opened(gutterRuns(coverage(ordinary, x0, x1), Math.max(1, Math.floor(0.08 * ordinary.length)), minWidth), lines);
  const headingLike = (l: WordLine): boolean => {
    const over = crossed(l, tolerant);
    return over.length >= 2 || over.includes(tolerant[0]!);
  };
  const own = coverage(lines.filter((l) => !headingLike(l)), x0, x1);
  const cover = before ? addCoverage(own, before) : own;
  // A run pdf.js joined across a narrow gutter (`сентябрь 2023 г РОО`, seed 001) puts a word in it: one line in twenty may.
  const stray = Math.floor(0.05 * Math.max(...cover.counts));
  return { gutters: withoutThinColumns(opened(gutterRuns(cover, stray, minWidth), lines), lines), coverage: cover };
}

/**
 * The gutters that text opens after: a chunk (a line's first, or one after a
 * gap wider than a word space) starts right of the gutter, with the gutter in
 * the gap before it. The same words under each other in many rows (`В течение
 * 2024 г.` in twelve rows of seed 003's scan) leave runs between their words
 * that no line covers, but no column's text opens after such a run.
 */
function opened(gutters: Gutter[], lines: readonly WordLine[]): Gutter[] {
  const opens = new Uint16Array(gutters.length);
  for (const l of lines) {
    let end = -Infinity;
    for (const chunk of l.chunks) {
      const x = chunk[0]!.x;
      const k = gutters.findLastIndex((g) => (g.a + g.b) / 2 < x);
      if (k >= 0 && gutters[k]!.a >= end - 1) opens[k]!++;
      end = Math.max(...chunk.map(right));
    }
  }
  return gutters.filter((_, k) => opens[k]! >= 2);
}

/** A column with words on one line only is noise between two gutters (OCR reads a rule as `-`), not a column: the gutters join. */
function withoutThinColumns(gutters: Gutter[], lines: readonly WordLine[]): Gutter[] {
  const out = [...gutters];
  for (let k = 1; k < out.length; k++) {
    const [left, next] = [out[k - 1]!, out[k]!];
    const inside = lines.filter((l) => l.words.some((w) => w.x >= left.b - 1 && right(w) <= next.a + 1)).length;
    if (inside >= 2) continue;
    out.splice(k - 1, 2, { a: left.a, b: next.b });
    k--;
  }
  return out;
}

function readTable(
  all: readonly WordLine[],
  start: number,
  end: number,
  page: number,
  header: boolean,
  previous: StreamColumns | null,
  scan: boolean,
): StreamTable | null {
  const region = all.slice(start, end);
  const size = median(region.map((l) => l.line.size));
  // A table continued from the page before is one table: its gutters come from the lines of both.
  // Lines at the top of a page that do not fit the columns of the page before are no continuation: a new table starts at its own header.
  // Where this page's text runs into a gutter the page before left (a wider cell), the columns are still
  // those of the page before when this page's own gutters each lie in one of them.
  let found: Columns = findColumns(region, size, previous?.coverage ?? null);
  if (previous !== null && !sameGutters(found.gutters, previous.gutters)) {
    const own = findColumns(region, size, null).gutters;
    const overlaps = (g: Gutter, among: readonly Gutter[]): boolean => among.some((p) => g.a <= p.b && p.a <= g.b);
    // Or this page's rows split a cell the header's columns join (a number set apart from its title, seed 003) while
    // a merged cell covers one of the header's gutters: all the header's gutters but one are there.
    const kept = previous.gutters.filter((p) => overlaps(p, own)).length;
    // A page with no more than the rest of a cut row may show two of its columns: one gutter, over gutters of the page
    // before, and no word across those (seed 000's plan ends so).
    const fits =
      own.length >= 2
        ? own.every((g) => overlaps(g, previous.gutters)) || kept >= Math.max(2, previous.gutters.length - 1)
        : own.length === 1 && kept >= 1 && region.every((l) => !crosses(l, previous.gutters));
    if (!fits) return null;
    found = { gutters: previous.gutters, coverage: found.coverage };
  }
  const { gutters } = found;
  const columns = gutters.length + 1;
  if (columns < (header || previous !== null ? 2 : 3)) return null;
  const colOf = (w: PositionedItem): number => {
    const centre = w.x + w.width / 2;
    const k = gutters.findIndex((g) => centre < (g.a + g.b) / 2);
    return k < 0 ? gutters.length : k;
  };
  // A section heading runs across the table; a line over one gutter is a cell's text run long (`1. Организационные мероприятия`).
  // OCR puts a heading's word spaces where the image has them, inside gutters too: a word runs from the number column
  // over the whole first gutter and another only reaches into the next gutter (seed 000's scan). A row's number stands apart.
  const overFirstGutter = (l: WordLine): boolean => l.words.some((w) => w.x < gutters[0]!.a && right(w) > gutters[0]!.b);
  const spanning = new Set(region.filter((l) => crossings(l, gutters) >= Math.min(2, gutters.length) || (overFirstGutter(l) && entered(l, gutters) >= 2)));
  const firstCell = (l: WordLine): string => textOf(l.words.filter((w) => colOf(w) === 0));
  const numbered = new Set(region.filter((l) => !spanning.has(l) && ROW_NUMBER.test(firstCell(l))));
  const numberColumn = numbered.size >= 2 || (previous !== null && numbered.size >= 1);

  // The title column is the first one of many words after the number's (a list of schools may have more); a row's
  // first line opens it with a capital letter, after the number where that stands in it.
  const wordCounts = Array.from({ length: columns }, () => 0);
  for (const l of region) if (!spanning.has(l)) for (const w of l.words) wordCounts[colOf(w)]!++;
  const titleColumn = Math.max(0, wordCounts.findIndex((n, c) => (c > 0 || !numberColumn) && n >= Math.max(...wordCounts) / 2));
  const opensTitle = (l: WordLine): boolean => TITLE_OPENING.test(textOf(l.words.filter((w) => colOf(w) === titleColumn)));
  const filledColumns = (l: WordLine): number => new Set(l.words.map(colOf).filter((c) => c > 0 || !numberColumn)).size;
  // Lines of a cell follow each other at the line pitch; between two rows a borderless table leaves its cells' padding.
  const linePitch = lowQuartile(region.slice(1).map((l, k) => l.line.y - region[k]!.line.y));
  const widerGap = (k: number): boolean => k > 0 && region[k]!.line.y - region[k - 1]!.line.y > linePitch + ROW_PADDING * size;

  // A header of several lines ends at the first wider gap or at the first numbered row; a numbered section heading is no part of it.
  const firstNumbered = region.findIndex((l) => numbered.has(l) || (spanning.has(l) && ROW_NUMBER.test(l.words[0]!.str)));
  const headerGap = header ? region.findIndex((_, k) => widerGap(k)) : -1;
  const headerEnds = [headerGap, numberColumn ? firstNumbered : -1].filter((k) => k > 0);
  // Without a header line, lines above the first numbered row are a header not recognised as one, or, on a continuation page, the rest of a cut row.
  const headerEnd = header ? (headerEnds.length > 0 ? Math.min(...headerEnds) : 1) : previous === null && numberColumn ? firstNumbered : 0;
  // Row starts: a number in the number column or a spanning line; where there is none, a wider gap above a capitalised
  // title; where OCR lost a number (seed 003's scan), such a gap above a capitalised title and more cells opening beside it.
  const starts: number[] = [];
  region.forEach((l, k) => {
    if (k < headerEnd) return;
    const last = starts.length > 0 ? region[starts[starts.length - 1]!]! : null;
    const headingGoesOn =
      last !== null && spanning.has(last) && !numbered.has(l) && Math.abs(l.words[0]!.x - last.words[0]!.x) <= 2 && l.line.y - region[k - 1]!.line.y <= 1.5 * size;
    if (headingGoesOn) return;
    const rowLike = filledColumns(l) >= 2 && opensTitle(l);
    // At the top of a page no gap shows: there a table without numbers starts a row where more than the title opens.
    const opensRow = numberColumn
      ? numbered.has(l) || spanning.has(l) || (widerGap(k) && firstCell(l) === '' && rowLike)
      : (widerGap(k) && (opensTitle(l) || spanning.has(l))) || (k === 0 && rowLike);
    if ((previous === null && k === headerEnd) || opensRow) starts.push(k);
  });
  // Lines above the first row on a continuation page: the rest of the row the break cut.
  const cut = previous !== null && headerEnd < region.length && starts[0] !== headerEnd;
  if (cut) starts.unshift(headerEnd);
  const bodyRows = starts.length - (cut ? 1 : 0);
  if (starts.length === 0 || (previous === null && bodyRows < (header ? 1 : 2))) return null;

  // A cell wraps at its column's widest line, as far as words show it; cellText allows the 5 points of a cell's padding.
  // OCR boxes are a few points off: a word that fits the line before by less was wrapped there (`№13 | пос.`, seed 003's scan).
  const padding = 5 - (scan ? OCR_BOX_SLACK * size : 0);
  const rightEdges = Array.from({ length: columns }, () => -Infinity);
  for (const l of region) if (!spanning.has(l)) for (const w of l.words) rightEdges[colOf(w)] = Math.max(rightEdges[colOf(w)]!, right(w) + padding);
  const piece = (l: WordLine, words: PositionedItem[]): TextLine => ({ ...l.line, items: words, x0: words[0]!.x, x1: Math.max(...words.map(right)) });
  const rowOf = (rowLines: readonly WordLine[], body: boolean): LayoutRow => {
    const source = { page, line: rowLines[0]!.line.number };
    if (spanning.has(rowLines[0]!) && (numberColumn || rowLines.length === 1)) {
      const words = rowLines.flatMap((l) => l.words);
      const text = cellText(rowLines.map((l) => piece(l, l.words)), Math.max(...words.map(right)) + 5);
      return { type: 'row', cells: [{ type: 'cell', text, bold: words.every((w) => w.bold), colSpan: columns, rowSpan: 1, source, ...cellConfidence(words) }], source };
    }
    // A one-line row whose text runs over a gutter and stops there is a cell merged over the columns on both sides
    // (`1. Организационные мероприятия`, a section heading beside its number, seed 004). Header cells, the lines
    // of a longer row and a row with more cells to the right may touch a gutter with a word whose place is an estimate.
    const over = body && rowLines.length === 1 ? crossed(rowLines[0]!, gutters).map((g) => gutters.indexOf(g)) : [];
    const lastColumn = Math.max(...rowLines[0]!.words.map(colOf));
    const merged = new Set(over.length > 0 && Math.max(...over) + 1 === lastColumn ? over : []);
    const cells: LayoutCell[] = [];
    for (let c = 0; c < columns; ) {
      let last = c;
      while (merged.has(last)) last++;
      const inCell = (w: PositionedItem): boolean => colOf(w) >= c && colOf(w) <= last;
      const pieces = rowLines.map((l) => ({ l, words: l.words.filter(inCell) })).filter((p) => p.words.length > 0);
      const text = cellText(pieces.map((p) => piece(p.l, p.words)), rightEdges[last]!);
      const cellSource = pieces[0] ? { page, line: pieces[0].l.line.number } : null;
      const bold = pieces.length > 0 && pieces.every((p) => p.words.every((w) => w.bold));
      cells.push({ type: 'cell', text, bold, colSpan: last - c + 1, rowSpan: 1, source: cellSource, ...cellConfidence(pieces.flatMap((p) => p.words)) });
      c = last + 1;
    }
    return { type: 'row', cells, source };
  };
  const rows: LayoutRow[] = [];
  const headerRows = headerEnd > 0 && (header || previous === null) ? 1 : 0;
  if (headerRows > 0) rows.push(rowOf(region.slice(0, headerEnd), false));
  starts.forEach((s, k) => rows.push(rowOf(region.slice(s, starts[k + 1] ?? region.length), true)));
  return {
    table: { type: 'table', rows, source: { ...rows[0]!.source } },
    columns: gutters.map((g) => (g.a + g.b) / 2),
    stream: { ...found, header: previous?.header ?? (header ? chunkRoles(region[0]!) : []), continues: previous !== null },
    y: region[0]!.line.y,
    lines: new Set(region.map((l) => l.line)),
    headerRows,
    cut,
  };
}
