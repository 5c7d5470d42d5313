/** PDF bytes → layout: lines, paragraphs and ruled tables, tables joined across page breaks. */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { getDocument, loadPdfWorker, OPS } from './pdfjs.js';
import type { LayoutBlock, LayoutCell, LayoutDocument, LayoutRow, LayoutTable } from '../../model/layout.js';
import type { ExtractOptions, OcrOptions } from '../options.js';
import pLimit from 'p-limit';
import { lowConfidenceWarnings, cellConfidence } from '../ocr/confidence.js';
import { ocrPage, straightenSearchableScan } from '../ocr/page.js';
import { embeddedScan, MAX_IMAGE_PIXELS, pageImage } from './page-image.js';
import { CorruptDocumentError, EncryptedDocumentError, IngestError, NoTextLayerError } from '../errors.js';
import { warning, WARNING_CODES } from '../../model/warnings.js';
import { joinFragments } from '../../layout/text.js';
import { positionItems, type PositionedItem } from './text-items.js';
import { textFromOperatorList, type OpFont } from './text-from-ops.js';
import { buildLines, cellText, glyphWeight, linePitch, lineText, type TextLine } from './lines.js';
import { extractRulings } from './rulings.js';
import { buildGrids, type Grid } from './grid.js';
import { findStreamTables, type StreamColumns } from './stream.js';
import { isSearchableScan, isUnreadable, ocrQuality, withoutRuleGlyphs, type OcrQuality } from './scan.js';
import type { PageData } from './page-data.js';
import { appendContinuation, cellExtent, findRunningLines, headerRowCount, sameColumns, type TableMeta } from './pages.js';

const require = createRequire(import.meta.url);
/** The package's own font and CMap data, so pdf.js never fetches anything. */
const PDFJS_ROOT = dirname(require.resolve('pdfjs-dist/package.json'));
const STANDARD_FONTS = join(PDFJS_ROOT, 'standard_fonts') + '/';
const CMAPS = join(PDFJS_ROOT, 'cmaps') + '/';

export type { PageData } from './page-data.js';

export async function extractPdf(bytes: Uint8Array, options: ExtractOptions): Promise<LayoutDocument> {
  await loadPdfWorker();
  // pdf.js detaches the buffer it is given; the caller's bytes must stay usable.
  const task = getDocument({
    data: new Uint8Array(bytes),
    password: options.password ?? undefined,
    isEvalSupported: false,
    verbosity: 0,
    standardFontDataUrl: STANDARD_FONTS,
    cMapUrl: CMAPS,
    cMapPacked: true,
    useSystemFonts: false,
    disableFontFace: true,
    // A larger image is not decoded at all: a hostile 20,000 × 20,000 px image would take gigabytes.
    maxImageSize: MAX_IMAGE_PIXELS,
  });
  let doc;
  try {
    doc = await task.promise;
  } catch (error) {
    await task.destroy().catch(() => undefined);
    throw mapLoadError(error, options);
  }
  try {
    const pages: PageData[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      options.signal?.throwIfAborted();
      pages.push(await readPage(doc, n));
    }
    const ocr = options.ocr && options.ocr.mode !== 'never' ? options.ocr : null;
    // Auto: pages with no text to read, a scan's misread OCR layer among them; always: every page.
    const ocrPages = ocr ? pages.filter((p) => ocr.mode === 'always' || p.itemCount === 0).map((p) => p.number) : [];
    if (ocr && ocrPages.length > 0) await ocrPdfPages(doc, pages, ocrPages, ocr, options.signal);
    if (ocrPages.length === 0 && pages.every((p) => p.itemCount === 0)) throw noTextLayer(pages);
    const ocrd = new Set(ocrPages);
    // A scanned page inside a text PDF (a signed appendix, say) is lost content the reader should know about.
    const warnings = pages
      .filter((p) => p.itemCount === 0)
      .map((p) =>
        warning(
          WARNING_CODES.CONTENT_SKIPPED,
          ocrd.has(p.number)
            ? `page ${p.number} was OCR'd and no text was found on it (blank, or too faint or small to read)`
            : p.unreadableOcr
              ? `page ${p.number} is a scan whose OCR text is unreadable (${misreadPercent([p.unreadableOcr])} of its words misread) and was left out; run OCR on it again to read it`
              : `page ${p.number} has no text layer (a scan?) and was left out; run OCR to read it`,
          { page: p.number, line: 1 },
        ),
      );
    const blocks = assemble(pages);
    warnings.push(...lowConfidenceWarnings(blocks));
    const layout: LayoutDocument = { type: 'layout', format: 'pdf', blocks, pages: doc.numPages, encoding: null, warnings };
    if (ocrPages.length > 0) layout.ocrPages = ocrPages;
    return layout;
  } catch (error) {
    if (error instanceof IngestError || (options.signal?.aborted && error === options.signal.reason)) throw error;
    throw new CorruptDocumentError(`the PDF is damaged: ${oneLine(error)}`, { cause: error });
  } finally {
    await doc.destroy();
  }
}

/**
 * OCRs the pages numbered, up to `concurrency` at once; each page's image is
 * made only when a Tesseract process is free for it, so no more than that
 * many images are held, whatever the page count.
 */
async function ocrPdfPages(doc: PdfDoc, pages: PageData[], numbers: readonly number[], ocr: OcrOptions, signal: AbortSignal | undefined): Promise<void> {
  const limit = pLimit(ocr.concurrency);
  const canvasFactory = (doc as unknown as { canvasFactory: Parameters<typeof pageImage>[2] }).canvasFactory;
  await Promise.all(
    numbers.map((number) =>
      limit(async () => {
        signal?.throwIfAborted();
        const page = await doc.getPage(number);
        try {
          const { image, dpi } = await pageImage(page, ocr.dpi, canvasFactory);
          pages[number - 1] = await ocrPage(number, image, dpi, { lang: ocr.lang, signal });
        } finally {
          page.cleanup();
        }
      }),
    ),
  );
}

/** Why no page had text to read: no text layer at all, or OCR text too misread to use. */
function noTextLayer(pages: PageData[]): NoTextLayerError {
  const misread = pages.flatMap((p) => (p.unreadableOcr ? [p.unreadableOcr] : []));
  if (misread.length === 0) return new NoTextLayerError();
  return new NoTextLayerError(
    `the PDF is a scan whose OCR text layer is unreadable (${misreadPercent(misread)} of its words misread); run OCR on it again, e.g. \`ocrmypdf --force-ocr -l rus in.pdf out.pdf\``,
  );
}

function misreadPercent(qualities: OcrQuality[]): string {
  const words = qualities.reduce((sum, q) => sum + q.words, 0);
  const misread = qualities.reduce((sum, q) => sum + q.misread, 0);
  return `${Math.round((100 * misread) / Math.max(1, words))}%`;
}

function oneLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const line = message.split('\n')[0]?.trim() ?? '';
  return line === '' ? 'unknown error' : line.charAt(0).toLowerCase() + line.slice(1);
}

function mapLoadError(error: unknown, options: ExtractOptions): Error {
  const name = (error as { name?: string } | null)?.name ?? '';
  if (name === 'PasswordException') {
    return new EncryptedDocumentError(
      options.password === null
        ? 'the PDF is password-protected; pass it with --password'
        : 'the password given with --password is wrong for this PDF',
    );
  }
  return new CorruptDocumentError(`the PDF cannot be read (${name || 'error'}): ${oneLine(error)}`, { cause: error });
}

type PdfDoc = Awaited<ReturnType<typeof getDocument>['promise']>;
type PdfPage = Awaited<ReturnType<PdfDoc['getPage']>>;
type PageFont = OpFont & { bold?: boolean };

/**
 * The fonts an operator list sets, as commonObjs has them. The worker sends
 * each font before the op that sets it, so every one of them resolves.
 */
export async function loadPageFonts(page: PdfPage, ops: { fnArray: number[]; argsArray: unknown[] }): Promise<Map<string, PageFont>> {
  const names = new Set<string>();
  ops.fnArray.forEach((fn, i) => {
    const args = ops.argsArray[i] as unknown[] | null;
    if (fn === OPS.setFont) names.add(args![0] as string);
    else if (fn === OPS.setGState) for (const [key, value] of args![0] as [string, unknown][]) if (key === 'Font') names.add((value as [string])[0]);
  });
  const fonts = new Map<string, PageFont>();
  await Promise.all(
    [...names].map((name) => new Promise<void>((resolve) => page.commonObjs.get(name, (font: PageFont) => (fonts.set(name, font), resolve())))),
  );
  return fonts;
}

async function readPage(doc: PdfDoc, number: number): Promise<PageData> {
  const page = await doc.getPage(number);
  try {
    // The viewport carries /Rotate, so landscape pages come out upright.
    const viewport = page.getViewport({ scale: 1 });
    const ops = await page.getOperatorList();
    const fonts = await loadPageFonts(page, ops);
    // One pass over the content stream gives both rules and text; getTextContent only where that cannot.
    const textItems = textFromOperatorList(ops.fnArray, ops.argsArray, (name) => fonts.get(name), page.view) ?? (await page.getTextContent()).items;
    const boldCache = new Map<string, boolean>();
    const isBold = (fontName: string): boolean => {
      let bold = boldCache.get(fontName);
      if (bold === undefined) {
        // The fonts' real names say Bold; the text styles do not.
        const font = fonts.get(fontName);
        bold = font?.bold === true || /bold|black|heavy|semibold|demi/i.test(font?.name ?? '');
        boldCache.set(fontName, bold);
      }
      return bold;
    };
    const scan = isSearchableScan(ops.fnArray, ops.argsArray);
    const positioned = positionItems(textItems, viewport.transform, isBold);
    let items = scan ? withoutRuleGlyphs(positioned) : positioned;
    const quality = scan ? ocrQuality(buildLines(items).map((line) => lineText(line.items)).join('\n')) : null;
    if (quality && isUnreadable(quality)) return { number, height: viewport.height, lines: [], grids: [], itemCount: 0, scan, unreadableOcr: quality };
    let grids: Grid[];
    if (scan) {
      // A scan has no vector rules (whatever paths it has, a stamp or a frame, make no table): its rules are in its image.
      const embedded = await embeddedScan(page, ops);
      const straightened = embedded ? straightenSearchableScan(embedded.image, items, viewport.width, viewport.height) : null;
      items = straightened?.items ?? items;
      grids = straightened?.grids ?? [];
    } else {
      grids = buildGrids(extractRulings(ops.fnArray, ops.argsArray, viewport.transform));
    }
    return { number, height: viewport.height, lines: buildLines(items), grids, itemCount: items.length, scan, unreadableOcr: null };
  } finally {
    page.cleanup();
  }
}

interface PageBlock {
  y: number;
  block: LayoutBlock;
  meta?: TableMeta;
}

/** The pages' blocks in reading order, a table that runs on over a page break joined into one. */
export function assemble(pages: PageData[]): LayoutBlock[] {
  const running = findRunningLines(pages);
  const blocks: LayoutBlock[] = [];
  let openTable: { table: LayoutTable; meta: TableMeta } | null = null;
  for (const page of pages) {
    const lines = page.lines.filter((l) => !running.has(l));
    // (Set inside the loop's callback below, which TypeScript's narrowing does not see.)
    const open = openTable as { meta: TableMeta } | null;
    const pageBlocks = pageLayout(page, lines, open?.meta.stream ?? null);
    pageBlocks.forEach((pb, index) => {
      if (pb.block.type === 'table' && pb.meta) {
        // A table first on its page with the same columns as the table that ended the last page continues it.
        const { stream } = pb.meta;
        const same = (meta: TableMeta): boolean => (stream && meta.stream ? stream.continues : sameColumns(meta.xs, pb.meta!.xs));
        if (index === 0 && openTable && same(openTable.meta)) {
          appendContinuation(openTable.table, openTable.meta, pb.block, pb.meta);
        } else {
          blocks.push(pb.block);
          openTable = { table: pb.block, meta: pb.meta };
        }
      } else {
        blocks.push(pb.block);
      }
      if (index === pageBlocks.length - 1 && pb.block.type !== 'table') openTable = null;
    });
  }
  return blocks;
}

function inside(item: PositionedItem, x0: number, x1: number, y0: number, y1: number): boolean {
  const cx = item.x + item.width / 2;
  const cy = item.y - item.size * 0.3;
  return cx >= x0 && cx <= x1 && cy >= y0 && cy <= y1;
}

function pageLayout(page: PageData, lines: TextLine[], continuing: StreamColumns | null): PageBlock[] {
  const lineOf = new Map<PositionedItem, TextLine>();
  for (const line of lines) for (const item of line.items) lineOf.set(item, line);
  const used = new Set<PositionedItem>();
  const out: PageBlock[] = [];
  for (const grid of page.grids) {
    const x0 = grid.xs[0]!, x1 = grid.xs[grid.xs.length - 1]!, y0 = grid.ys[0]!, y1 = grid.ys[grid.ys.length - 1]!;
    // pdf.js merges a run of text across a cell border when the gap is small; cut such items at the rules.
    for (const [item, line] of [...lineOf.entries()]) {
      if (used.has(item) || !inside(item, x0, x1, y0, y1)) continue;
      const pieces = splitAtRules(item, grid.xs);
      if (pieces.length < 2) continue;
      lineOf.delete(item);
      line.items.splice(line.items.indexOf(item), 1, ...pieces);
      for (const piece of pieces) lineOf.set(piece, line);
    }
    const gridItems = [...lineOf.keys()].filter((it) => inside(it, x0, x1, y0, y1));
    if (gridItems.length === 0) continue;
    const rows: LayoutRow[] = [];
    const byRow = new Map<number, LayoutCell[]>();
    const gridCells = grid.cells.map((gc) => {
      const items = gridItems.filter((it) => !used.has(it) && inside(it, gc.x0, gc.x1, gc.y0, gc.y1));
      items.forEach((it) => used.add(it));
      return { gc, items, cellLines: buildLines(items) };
    });
    const pitch = linePitch(gridCells.map((c) => c.cellLines));
    for (const { gc, items, cellLines } of gridCells) {
      const text = cellText(cellLines, gc.x1, pitch);
      const firstItem = cellLines[0]?.items[0];
      const source = firstItem ? { page: page.number, line: lineOf.get(firstItem)?.number ?? 1 } : null;
      const bold = items.length > 0 && items.every((it) => it.bold);
      const cells = byRow.get(gc.row) ?? [];
      const layoutCell: LayoutCell = { type: 'cell', text, bold, colSpan: gc.colSpan, rowSpan: gc.rowSpan, source, ...cellConfidence(items) };
      cellExtent.set(layoutCell, { x0: gc.x0, x1: gc.x1 });
      cells.push(layoutCell);
      byRow.set(gc.row, cells);
    }
    for (const [r, cells] of [...byRow.entries()].sort((a, b) => a[0] - b[0])) {
      const firstSource = cells.find((c) => c.source)?.source;
      const rowLine = firstSource?.line ?? nearestLine(lines, grid.ys[r]!);
      rows.push({ type: 'row', cells, source: { page: page.number, line: rowLine } });
    }
    if (rows.length === 0) continue;
    const table: LayoutTable = { type: 'table', rows, source: { ...rows[0]!.source } };
    out.push({ y: y0, block: table, meta: { xs: grid.xs, headerRows: headerRowCount(rows) } });
  }
  const freeLines = lines
    .map((line) => ({ ...line, items: line.items.filter((it) => !used.has(it)) }))
    .filter((line) => line.items.length > 0);
  const streamLines = new Set<number>();
  // A table without rules continues from the last page only where nothing else comes first.
  const continues = continuing !== null && page.grids.length === 0 ? continuing : null;
  for (const st of findStreamTables(freeLines, page.number, { scan: page.scan, continuing: continues })) {
    for (const l of st.lines) streamLines.add(l.number);
    out.push({ y: st.y, block: st.table, meta: { xs: st.columns, headerRows: st.headerRows, stream: st.stream, cutRow: st.stream.continues ? st.cut : undefined } });
  }
  // Remaining lines become paragraphs: a new one starts after a gap wider than a line, or at an indented line.
  let current: { lines: TextLine[] } | null = null;
  const paragraphs: { lines: TextLine[] }[] = [];
  // A line that stops well short of the text's right edge ends its paragraph (justified and ragged text alike).
  const rightEdge = Math.max(0, ...freeLines.filter((l) => !streamLines.has(l.number)).map((l) => l.x1));
  for (const line of lines) {
    const free = streamLines.has(line.number) ? [] : line.items.filter((it) => !used.has(it));
    if (free.length === 0) {
      current = null;
      continue;
    }
    const last = current?.lines[current.lines.length - 1];
    const gap = last ? line.y - last.y : Infinity;
    const indented = last ? line.x0 - last.x0 > line.size * 1.5 : false;
    // A line that starts far left of a right-aligned or centred one (`№ 515` → `О проведении …`, a signer's
    // name → `Исп. …`) is new text; a first-line indent is never this deep (1.25 cm ≈ 3 font sizes).
    const outdented = last ? last.x0 - line.x0 > line.size * 6 : false;
    const lastEndedShort = last ? last.x1 < rightEdge - line.size * 4 && !/[\p{L}]-$/u.test(lineText(last.items)) : false;
    if (!current || gap > line.size * 1.9 || indented || outdented || lastEndedShort) {
      current = { lines: [] };
      paragraphs.push(current);
    }
    current.lines.push({ ...line, items: free });
  }
  for (const p of paragraphs) {
    let text = '';
    for (const l of p.lines) text = joinFragments(text, lineText(l.items));
    const first = p.lines[0]!;
    out.push({
      y: first.y,
      block: {
        type: 'paragraph',
        text,
        bold: p.lines.every((l) => l.items.every((it) => it.bold)),
        source: { page: page.number, line: first.number },
      },
    });
  }
  return out.sort((a, b) => a.y - b.y);
}

/** Splits an item where a column rule crosses it, at the space whose estimated position is nearest the rule. */
function splitAtRules(item: PositionedItem, xs: readonly number[]): PositionedItem[] {
  const crosses = (x: number): boolean => x > item.x + item.size * 0.5 && x < item.x + item.width - item.size * 0.5;
  // Most items lie inside one cell: no rule crosses them, and nothing below needs to run.
  if (!xs.some(crosses)) return [item];
  const chars = [...item.str];
  const offsets: number[] = [0];
  for (const ch of chars) offsets.push(offsets[offsets.length - 1]! + glyphWeight(ch));
  const scale = item.width / Math.max(1e-6, offsets[chars.length]!);
  const xAt = (k: number): number => item.x + offsets[k]! * scale;
  const cuts: number[] = [];
  for (const x of xs) {
    if (!crosses(x)) continue;
    let best = -1;
    let bestDistance = item.size * 4;
    chars.forEach((ch, k) => {
      if (ch !== ' ') return;
      // The gap a run spans at a cell border is the space itself: its middle should sit on the rule.
      const distance = Math.abs((xAt(k) + xAt(k + 1)) / 2 - x);
      if (distance < bestDistance) {
        best = k;
        bestDistance = distance;
      }
    });
    if (best > 0) cuts.push(best);
  }
  if (cuts.length === 0) return [item];
  const pieces: PositionedItem[] = [];
  let from = 0;
  for (const cut of [...new Set(cuts)].sort((a, b) => a - b).concat(chars.length)) {
    const str = chars.slice(from, cut).join('');
    if (str.trim() !== '') pieces.push({ ...item, str: str.trim(), x: xAt(from), width: xAt(cut) - xAt(from) });
    from = cut + 1;
  }
  return pieces;
}

function nearestLine(lines: readonly TextLine[], y: number): number {
  const below = lines.find((l) => l.y >= y);
  return below?.number ?? lines[lines.length - 1]?.number ?? 1;
}
