/**
 * Scans saved as images: PNG, JPEG, TIFF (a page a frame). Each page's size
 * is read from its header and checked before anything is decoded; PNG and
 * JPEG are decoded by @napi-rs/canvas (pdf.js's own canvas binding), TIFF by
 * utif2; each page goes to OCR as a grey image at its own resolution, and
 * the pages are laid out as a PDF's are.
 */
import { createRequire } from 'node:module';
import pLimit from 'p-limit';
import type { LayoutDocument } from '../../model/layout.js';
import { warning, WARNING_CODES } from '../../model/warnings.js';
import { CorruptDocumentError, InputTooLargeError, OcrUnavailableError } from '../errors.js';
import { lowConfidenceWarnings } from '../ocr/confidence.js';
import type { GrayImage } from '../ocr/gray-image.js';
import { ocrPage } from '../ocr/page.js';
import { MAX_IMAGE_PIXELS, rgbaToGray } from '../ocr/pixels.js';
import type { ExtractOptions } from '../options.js';
import { DEFAULT_OCR_OPTIONS } from '../options.js';
import { assemble } from '../pdf/assemble.js';
import type { PageData } from '../pdf/page-data.js';
import { imageSize, type ImageKind, type ImageSize } from './header.js';

const require = createRequire(import.meta.url);

/** A4's width in inches: an image that says nothing of its resolution is taken for an A4 page across its shorter side. */
const A4_SHORT_SIDE = 8.27;
const LEAST_DPI = 70;
const MOST_DPI = 1200;

interface ImagePage {
  size: ImageSize;
  decode: () => Promise<GrayImage>;
}

export async function extractImage(bytes: Uint8Array, kind: ImageKind, options: ExtractOptions): Promise<LayoutDocument> {
  const ocr = options.ocr ?? { ...DEFAULT_OCR_OPTIONS, mode: 'never' as const };
  if (ocr.mode === 'never') throw new OcrUnavailableError(`this is a ${kind.toUpperCase()} image: reading it needs OCR, which --ocr never turns off`);
  const pages = kind === 'tiff' ? tiffPages(bytes) : [singlePage(bytes, kind)];
  if (pages.length === 0) throw new CorruptDocumentError('the TIFF holds no image');
  for (const [index, page] of pages.entries()) {
    const { width, height } = page.size;
    if (width === 0 || height === 0) throw new CorruptDocumentError(`the image${pages.length > 1 ? ` on page ${index + 1}` : ''} is empty (${width} × ${height} px)`);
    if (width * height > MAX_IMAGE_PIXELS) {
      throw new InputTooLargeError(
        `the image${pages.length > 1 ? ` on page ${index + 1}` : ''} is too large: ${width} × ${height} px, the limit is ${MAX_IMAGE_PIXELS / 1e6} million pixels`,
      );
    }
  }
  const limit = pLimit(ocr.concurrency);
  let finished = 0;
  // A page is decoded only when a Tesseract process is free for it: a 200-page TIFF holds a few pages in memory, not all.
  const read = await Promise.all(
    pages.map((page, index) =>
      limit(async (): Promise<PageData> => {
        options.signal?.throwIfAborted();
        const read = await ocrPage(index + 1, await page.decode(), resolution(page.size), { lang: ocr.lang, signal: options.signal, children: options.ocrChildren });
        options.onOcrPage?.((finished += 1), pages.length);
        return read;
      }),
    ),
  );
  const blocks = assemble(read);
  const warnings = read
    .filter((p) => p.itemCount === 0)
    .map((p) => warning(WARNING_CODES.CONTENT_SKIPPED, `page ${p.number} was OCR'd and no text was found on it (blank, or too faint or small to read)`, { page: p.number, line: 1 }));
  warnings.push(...lowConfidenceWarnings(blocks));
  return { type: 'layout', format: 'image', blocks, pages: pages.length, encoding: null, warnings, ocrPages: read.map((p) => p.number) };
}

/** The resolution the image says, or, where it says none or nonsense, that of an A4 page. */
function resolution(size: ImageSize): number {
  if (size.dpi !== null && size.dpi >= LEAST_DPI && size.dpi <= MOST_DPI) return size.dpi;
  return Math.min(MOST_DPI, Math.max(LEAST_DPI, Math.min(size.width, size.height) / A4_SHORT_SIDE));
}

function singlePage(bytes: Uint8Array, kind: 'png' | 'jpeg'): ImagePage {
  const size = imageSize(bytes, kind);
  if (size === null) throw new CorruptDocumentError(`the ${kind.toUpperCase()} image is damaged: its header gives no size`);
  return { size, decode: () => decodeWithCanvas(bytes, kind) };
}

async function decodeWithCanvas(bytes: Uint8Array, kind: string): Promise<GrayImage> {
  const { createCanvas, loadImage } = await import('@napi-rs/canvas');
  let image;
  try {
    image = await loadImage(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  } catch (error) {
    throw new CorruptDocumentError(`the ${kind.toUpperCase()} image is damaged and cannot be decoded`, { cause: error });
  }
  const canvas = createCanvas(image.width, image.height);
  const context = canvas.getContext('2d');
  context.fillStyle = 'white';
  context.fillRect(0, 0, image.width, image.height);
  context.drawImage(image, 0, 0);
  return { width: image.width, height: image.height, data: rgbaToGray(context.getImageData(0, 0, image.width, image.height).data, image.width * image.height) };
}

interface Ifd {
  [tag: string]: unknown;
  width?: number;
  height?: number;
}

interface Utif {
  decode(buffer: ArrayBuffer): Ifd[];
  decodeImage(buffer: ArrayBuffer, ifd: Ifd): void;
  toRGBA8(ifd: Ifd): Uint8Array;
}

function tiffPages(bytes: Uint8Array): ImagePage[] {
  const utif = require('utif2') as Utif;
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  let ifds: Ifd[];
  try {
    // Sub-IFDs (thumbnails, EXIF) are not pages.
    ifds = utif.decode(buffer).filter((ifd) => ifd['t256'] !== undefined);
  } catch (error) {
    throw new CorruptDocumentError('the TIFF image is damaged: its directory cannot be read', { cause: error });
  }
  return ifds.map((ifd, index) => {
    const width = Number((ifd['t256'] as number[] | undefined)?.[0] ?? 0);
    const height = Number((ifd['t257'] as number[] | undefined)?.[0] ?? 0);
    const resolution = (ifd['t282'] as number[][] | number[] | undefined)?.[0];
    const ratio = Array.isArray(resolution) ? resolution[0]! / (resolution[1] || 1) : Number(resolution ?? NaN);
    const unit = Number((ifd['t296'] as number[] | undefined)?.[0] ?? 2);
    const dpi = Number.isFinite(ratio) ? (unit === 3 ? ratio * 2.54 : unit === 2 ? ratio : null) : null;
    return {
      size: { width, height, dpi },
      decode: async () => {
        try {
          utif.decodeImage(buffer, ifd);
          const rgba = utif.toRGBA8(ifd);
          return { width, height, data: rgbaToGray(rgba, width * height) };
        } catch (error) {
          throw new CorruptDocumentError(`the TIFF image is damaged: page ${index + 1} cannot be decoded`, { cause: error });
        }
      },
    };
  });
}
