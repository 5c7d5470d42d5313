/**
 * A PDF page as a grey image for OCR. A scanner's PDF is one image a page:
 * that image is taken as it is, at the scanner's own resolution (re-rendering
 * would only resample it). Any other page is rendered by pdf.js at the dpi asked for.
 */
import type { GrayImage } from '../ocr/gray-image.js';
import { MAX_IMAGE_PIXELS, rgbaToGray } from '../ocr/pixels.js';
import { OPS } from './pdfjs.js';
import type { PageOps } from './page-data.js';

const IMAGE_OPS = new Set<number>([OPS.paintImageXObject, OPS.paintInlineImageXObject, OPS.paintImageXObjectRepeat, OPS.paintImageMaskXObject]);
/** pdf.js's ImageKind. */
const GRAYSCALE_1BPP = 1;
const RGB_24BPP = 2;
const RGBA_32BPP = 3;
/** How far an image's aspect may differ from its page's and still be the whole page. */
const ASPECT_TOLERANCE = 0.03;
/** Below this the embedded image is no scan (a 1 px image) and the page is rendered instead. */
const LEAST_SCAN_DPI = 50;

interface DecodedImage {
  width: number;
  height: number;
  kind: number;
  data: Uint8Array | Uint8ClampedArray | null;
}

export interface PageImage {
  image: GrayImage;
  dpi: number;
}

interface PdfPageLike {
  objs: { get(id: string, callback?: (value: unknown) => void): unknown };
  view: number[];
  rotate: number;
  getOperatorList(): Promise<PageOps>;
  getViewport(options: { scale: number }): { width: number; height: number };
  render(parameters: Record<string, unknown>): { promise: Promise<void> };
}

interface CanvasFactoryLike {
  create(width: number, height: number): { canvas: unknown; context: CanvasContextLike };
  destroy(entry: { canvas: unknown; context: CanvasContextLike }): void;
}

interface CanvasContextLike {
  getImageData(x: number, y: number, width: number, height: number): { data: Uint8ClampedArray };
}

/** `ops`: the page's operator list, when the caller has it already. */
export async function pageImage(page: PdfPageLike, dpi: number, canvasFactory: CanvasFactoryLike, ops?: PageOps): Promise<PageImage> {
  const embedded = await embeddedScan(page, ops ?? (await page.getOperatorList()));
  if (embedded) return embedded;
  const viewport = page.getViewport({ scale: 1 });
  // A page too large for the dpi asked for is rendered at the dpi that fits the limit.
  const fit = Math.sqrt(MAX_IMAGE_PIXELS / Math.max(1, (viewport.width * viewport.height * dpi * dpi) / (72 * 72)));
  const scale = (dpi * Math.min(1, fit)) / 72;
  const scaled = page.getViewport({ scale });
  const width = Math.max(1, Math.ceil(scaled.width));
  const height = Math.max(1, Math.ceil(scaled.height));
  const entry = canvasFactory.create(width, height);
  try {
    await page.render({ canvas: entry.canvas, canvasContext: entry.context, viewport: scaled, background: 'white' }).promise;
    const rgba = entry.context.getImageData(0, 0, width, height).data;
    return { image: { width, height, data: rgbaToGray(rgba, width * height) }, dpi: scale * 72 };
  } finally {
    canvasFactory.destroy(entry);
  }
}

/** The page's one image, when it paints exactly one and nothing tells it is not the whole page; `ops` is the page's operator list. */
export async function embeddedScan(page: PdfPageLike, ops: PageOps): Promise<PageImage | null> {
  if (page.rotate % 360 !== 0) return null;
  const images = ops.fnArray.flatMap((fn, i) => (IMAGE_OPS.has(fn) ? [i] : []));
  if (images.length !== 1 || ops.fnArray[images[0]!] !== OPS.paintImageXObject) return null;
  const id = (ops.argsArray[images[0]!] as [string])[0];
  const decoded = await new Promise<DecodedImage | null>((resolve) => page.objs.get(id, (value) => resolve((value as DecodedImage | null) ?? null)));
  if (!decoded?.data) return null;
  const [x0 = 0, y0 = 0, x1 = 0, y1 = 0] = page.view;
  const pageWidth = Math.abs(x1 - x0);
  const pageHeight = Math.abs(y1 - y0);
  const dpi = (decoded.width * 72) / Math.max(1, pageWidth);
  if (dpi < LEAST_SCAN_DPI || Math.abs(decoded.width / decoded.height / (pageWidth / pageHeight) - 1) > ASPECT_TOLERANCE) return null;
  const gray = toGray(decoded);
  return gray ? { image: gray, dpi } : null;
}

function toGray(decoded: DecodedImage): GrayImage | null {
  const { width, height, kind, data } = decoded;
  if (!data) return null;
  const pixels = width * height;
  if (kind === RGBA_32BPP) return { width, height, data: rgbaToGray(data, pixels) };
  if (kind === RGB_24BPP) return { width, height, data: rgbaToGray(data, pixels, 3) };
  if (kind === GRAYSCALE_1BPP) {
    // Rows are padded to whole bytes; a set bit is white, as pdf.js paints it.
    const stride = (width + 7) >> 3;
    const out = new Uint8Array(pixels);
    for (let y = 0; y < height; y++) {
      for (let x = 0; x < width; x++) out[y * width + x] = data[y * stride + (x >> 3)]! & (0x80 >> (x & 7)) ? 255 : 0;
    }
    return { width, height, data: out };
  }
  return null;
}
