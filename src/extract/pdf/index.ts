/** PDF bytes → layout: lines, paragraphs and ruled tables, tables joined across page breaks. */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import pLimit from 'p-limit';
import { getDocument, loadPdfWorker, OPS, PDFWorker } from './pdfjs.js';
import { parserThread } from './parser-thread.js';
import type { LayoutDocument } from '../../model/layout.js';
import type { ExtractOptions, OcrOptions } from '../options.js';
import { lowConfidenceWarnings } from '../ocr/confidence.js';
import { MAX_IMAGE_PIXELS } from '../ocr/pixels.js';
import { ocrPage, straightenSearchableScan } from '../ocr/page.js';
import { cleanOcrItems } from '../ocr/words.js';
import { embeddedScan, pageImage } from './page-image.js';
import { CorruptDocumentError, EncryptedDocumentError, IngestError, NoTextLayerError } from '../errors.js';
import { warning, WARNING_CODES } from '../../model/warnings.js';
import { positionItems } from './text-items.js';
import { textFromOperatorList, type OpFont } from './text-from-ops.js';
import { buildLines, lineText } from './lines.js';
import { extractRulings } from './rulings.js';
import { buildGrids, type Grid } from './grid.js';
import { hasTextUnderImage, isSearchableScan, isUnreadable, ocrQuality, withoutRuleGlyphs, type OcrQuality } from './scan.js';
import type { PageData, PageOps } from './page-data.js';
import { assemble } from './assemble.js';

const require = createRequire(import.meta.url);
/** The package's own font and CMap data, so pdf.js never fetches anything. */
const PDFJS_ROOT = dirname(require.resolve('pdfjs-dist/package.json'));
const STANDARD_FONTS = join(PDFJS_ROOT, 'standard_fonts') + '/';
const CMAPS = join(PDFJS_ROOT, 'cmaps') + '/';

export type { PageData } from './page-data.js';
export { assemble } from './assemble.js';

export async function extractPdf(bytes: Uint8Array, options: ExtractOptions): Promise<LayoutDocument> {
  const thread = parserThread();
  if (thread === null) {
    await loadPdfWorker();
    return readPdf(bytes, options, undefined);
  }
  const release = thread.use();
  const { signal } = options;
  let stop!: (reason: unknown) => void;
  const stopped = new Promise<never>((_, reject) => (stop = reject));
  stopped.catch(() => undefined);
  // The main thread is free while the parser works, so a stop or a timeout ends the reading even mid-page.
  const onAbort = () => {
    thread.abandon();
    stop(signal!.reason);
  };
  const onLost = () => stop(thread.lost.reason);
  if (signal?.aborted) onAbort();
  else signal?.addEventListener('abort', onAbort, { once: true });
  if (thread.lost.aborted) onLost();
  else thread.lost.addEventListener('abort', onLost, { once: true });
  try {
    const worker = thread.connect((port) => {
      const connected = new PDFWorker({ port: port as never, verbosity: 0 });
      // pdf.js tells its own worker how much to say once it is ready, but not one reached through a port:
      // untold, the parser would print its warnings ("Indexing all PDF objects") to stderr.
      connected.messageHandler!.send('configure', { verbosity: 0 } as never);
      return connected;
    });
    return await Promise.race([readPdf(bytes, options, worker), stopped]);
  } finally {
    signal?.removeEventListener('abort', onAbort);
    thread.lost.removeEventListener('abort', onLost);
    release();
  }
}

async function readPdf(bytes: Uint8Array, options: ExtractOptions, worker: PdfWorker | undefined): Promise<LayoutDocument> {
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
    worker,
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
    const ocr = options.ocr && options.ocr.mode !== 'never' ? options.ocr : null;
    const recogniser = ocr ? new PageRecogniser(doc, pages, ocr, options) : null;
    const pageCount = doc.numPages;
    const parse = (n: number) => {
      const parsed = doc.getPage(n).then(async (page) => ({ page, ops: await page.getOperatorList() }));
      // Seen as handled here: a page read ahead is awaited only if the reading gets that far.
      parsed.catch(() => undefined);
      return parsed;
    };
    let next = parse(1);
    for (let n = 1; n <= pageCount; n++) {
      options.signal?.throwIfAborted();
      const { page, ops } = await next;
      // The parser reads the next page while this one is laid out (with a parser thread, on the other core).
      if (n < pageCount) next = parse(n + 1);
      let handedOver = false;
      try {
        const data = await readPage(page, ops, n);
        pages.push(data);
        // Auto: pages with no text to read, a scan's misread OCR layer among them; always: every page.
        if (recogniser && (ocr!.mode === 'always' || data.itemCount === 0)) {
          await recogniser.add(page, ops);
          handedOver = true;
        }
      } finally {
        if (!handedOver) page.cleanup();
      }
    }
    const ocrPages = recogniser ? await recogniser.done() : [];
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
 * OCRs pages as the reading reaches them, up to `concurrency` at once, each
 * on the page and operator list the reading already loaded (pdf.js decodes
 * a scan's image for the operator list; loading it again would decode it
 * twice). The reading waits while every slot is busy, so no more than that
 * many page images are held, whatever the page count.
 */
class PageRecogniser {
  private readonly limit: ReturnType<typeof pLimit>;
  private readonly running = new Set<Promise<void>>();
  private readonly all: Promise<void>[] = [];
  private readonly numbers: number[] = [];
  private readonly canvasFactory: Parameters<typeof pageImage>[2];
  private readonly signal: AbortSignal | undefined;
  private readonly pageCount: number;
  private finished = 0;

  constructor(
    doc: PdfDoc,
    private readonly pages: PageData[],
    private readonly ocr: OcrOptions,
    private readonly options: ExtractOptions,
  ) {
    this.limit = pLimit(ocr.concurrency);
    this.signal = options.signal;
    this.pageCount = doc.numPages;
    this.canvasFactory = (doc as unknown as { canvasFactory: Parameters<typeof pageImage>[2] }).canvasFactory;
  }

  /** Takes the page over (it is cleaned up once its image is read); resolves when a slot is free for the next one. */
  async add(page: PdfPage, ops: PageOps): Promise<void> {
    const number = page.pageNumber;
    this.numbers.push(number);
    const job = this.limit(async () => {
      this.signal?.throwIfAborted();
      let image;
      try {
        image = await pageImage(page, this.ocr.dpi, this.canvasFactory, ops);
      } finally {
        page.cleanup();
      }
      this.pages[number - 1] = await ocrPage(number, image.image, image.dpi, { lang: this.ocr.lang, signal: this.signal, children: this.options.ocrChildren });
      this.options.onOcrPage?.((this.finished += 1), this.pageCount);
    });
    // Seen as handled here; done() and the wait below still see a failure.
    job.catch(() => undefined);
    this.all.push(job);
    this.running.add(job);
    void job.finally(() => this.running.delete(job)).catch(() => undefined);
    while (this.running.size >= this.ocr.concurrency) await Promise.race(this.running);
  }

  /** The pages OCR'd, once all are. */
  async done(): Promise<number[]> {
    await Promise.all(this.all);
    return this.numbers;
  }
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
type PdfWorker = InstanceType<typeof PDFWorker>;
type PageFont = OpFont & { bold?: boolean };

/**
 * The fonts an operator list sets, as commonObjs has them. The worker sends
 * each font before the op that sets it, so every one of them resolves.
 */
export async function loadPageFonts(page: PdfPage, ops: PageOps): Promise<Map<string, PageFont>> {
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

/** A page's text and rules; the caller cleans the page up (an OCR'd page is cleaned up once its image is read). */
async function readPage(page: PdfPage, ops: PageOps, number: number): Promise<PageData> {
  // The viewport carries /Rotate, so landscape pages come out upright.
  const viewport = page.getViewport({ scale: 1 });
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
  // A page image over its text hides that text: a scan, if the image is the whole page (not a stamp put last).
  const invisibleText = isSearchableScan(ops.fnArray, ops.argsArray);
  const underImage = !invisibleText && hasTextUnderImage(ops.fnArray) ? await embeddedScan(page, ops) : null;
  const scan = invisibleText || underImage !== null;
  const positioned = positionItems(textItems, viewport.transform, isBold);
  let items = scan ? cleanOcrItems(withoutRuleGlyphs(positioned)) : positioned;
  const quality = scan ? ocrQuality(buildLines(items).map((line) => lineText(line.items)).join('\n')) : null;
  if (quality && isUnreadable(quality)) return { number, height: viewport.height, lines: [], grids: [], itemCount: 0, scan, unreadableOcr: quality };
  let grids: Grid[];
  if (scan) {
    // A scan has no vector rules (whatever paths it has, a stamp or a frame, make no table): its rules are in its image.
    const embedded = underImage ?? (await embeddedScan(page, ops));
    const straightened = embedded ? straightenSearchableScan(embedded.image, items, viewport.width, viewport.height) : null;
    items = straightened?.items ?? items;
    grids = straightened?.grids ?? [];
  } else {
    grids = buildGrids(extractRulings(ops.fnArray, ops.argsArray, viewport.transform));
  }
  return { number, height: viewport.height, lines: buildLines(items), grids, itemCount: items.length, scan, unreadableOcr: null };
}
