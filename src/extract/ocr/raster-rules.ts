/**
 * Table rules from a page image, for scans: a scanned table has no vector
 * paths, only the dark lines in its pixels. Long thin dark runs become the
 * same ruling segments a vector PDF gives (src/extract/pdf/rulings.ts), so a
 * ruled scan is rebuilt by the same grid and cell model.
 *
 * Scans are seldom straight: the skew is measured first (projection
 * profiles of the ink over candidate angles) and taken out by rotating the
 * image, so rules run along pixel rows and columns and the OCR's word boxes
 * come out in the same, straightened space.
 */
import type { Segment } from '../pdf/rulings.js';
import type { GrayImage } from './gray-image.js';

/** Scanners and copiers put pages in at most a few degrees off; past that a page is turned, not skewed. */
const MAX_SKEW_DEGREES = 3;
const COARSE_STEP = 0.1;
const FINE_STEP = 0.01;
/** Below this the rotation would move no pixel by half a pixel across an A4 page at 300 dpi. */
const NEGLIGIBLE_SKEW = 0.01;

/**
 * The page's skew in degrees: positive when its lines fall to the right
 * (y = y0 + x·tan θ, y down). `rotateImage(image, -skew)` straightens it.
 * Text lines and rules both give the profile its peaks, so a page of plain
 * text is measured as well as a table.
 */
export function measureSkew(image: GrayImage): number {
  const ink = sampleInk(image);
  if (ink.xs.length < 2) return 0;
  const coarse = bestAngle(ink, -MAX_SKEW_DEGREES, MAX_SKEW_DEGREES, COARSE_STEP);
  const fine = bestAngle(ink, coarse - COARSE_STEP, coarse + COARSE_STEP, FINE_STEP);
  return Math.round(fine * 100) / 100;
}

interface InkSample {
  xs: Int32Array;
  ys: Int32Array;
  /** Pixels between samples: the profile's bin size. */
  step: number;
}

/** Dark pixels on a grid coarse enough to keep the search fast on a 300 dpi page, fine enough to see 0.01°. */
function sampleInk(image: GrayImage): InkSample {
  const threshold = inkThreshold(shades(image));
  const step = Math.max(1, Math.round(Math.max(image.width, image.height) / 1200));
  // Counted first, so the arrays hold the ink alone: sized for every grid point they were a page's worth of fresh memory.
  let count = 0;
  forEachSample(image, step, threshold, () => count++);
  const xs = new Int32Array(count);
  const ys = new Int32Array(count);
  let next = 0;
  forEachSample(image, step, threshold, (x, y) => {
    xs[next] = x;
    ys[next] = y;
    next++;
  });
  return { xs, ys, step };
}

function forEachSample(image: GrayImage, step: number, threshold: number, visit: (x: number, y: number) => void): void {
  for (let y = 0; y < image.height; y += step) {
    const row = y * image.width;
    for (let x = 0; x < image.width; x += step) if (image.data[row + x]! < threshold) visit(x, y);
  }
}

/** The angle whose sheared row profile is sharpest (largest sum of squared bin counts). */
function bestAngle(ink: InkSample, from: number, to: number, step: number): number {
  let best = 0;
  let bestScore = -1;
  const steps = Math.round((to - from) / step);
  const maxSlope = Math.max(Math.abs(Math.tan((from * Math.PI) / 180)), Math.abs(Math.tan((to * Math.PI) / 180)));
  const bins = ProfileBins.for(ink, maxSlope);
  for (let k = 0; k <= steps; k++) {
    const degrees = from + k * step;
    const score = bins.sharpness(ink, Math.tan((degrees * Math.PI) / 180));
    // Ties go to the angle nearest zero, so a page with no lines is left alone.
    if (score > bestScore || (score === bestScore && Math.abs(degrees) < Math.abs(best))) {
      best = degrees;
      bestScore = score;
    }
  }
  return best;
}

/**
 * The row profile's bins, one array reused for every angle tried: a skew
 * search shears some 10⁵ ink samples some 80 times, and a Map per angle
 * (its hashing and growth) was most of a page's skew measurement.
 */
class ProfileBins {
  private constructor(
    private readonly counts: Int32Array,
    private readonly offset: number,
  ) {}

  /** Bins for every sheared position the samples can reach at slopes up to `maxSlope`. */
  static for(ink: InkSample, maxSlope: number): ProfileBins {
    let maxX = 0;
    let maxY = 0;
    for (let i = 0; i < ink.xs.length; i++) {
      if (ink.xs[i]! > maxX) maxX = ink.xs[i]!;
      if (ink.ys[i]! > maxY) maxY = ink.ys[i]!;
    }
    const reach = Math.ceil((maxX * maxSlope) / ink.step) + 2;
    return new ProfileBins(new Int32Array(Math.ceil(maxY / ink.step) + 2 * reach + 2), reach);
  }

  /** The sum of squared bin counts, the sharper the profile the larger; counted as the bins fill. */
  sharpness(ink: InkSample, slope: number): number {
    const { counts, offset } = this;
    counts.fill(0);
    let score = 0;
    for (let i = 0; i < ink.xs.length; i++) {
      const bin = Math.round((ink.ys[i]! - ink.xs[i]! * slope) / ink.step) + offset;
      // (n + 1)² − n²: the score grows as the bin does.
      score += 2 * counts[bin]! + 1;
      counts[bin]!++;
    }
    return score;
  }
}

/**
 * The image turned by `degrees` about its centre, clockwise as seen (y
 * down), so that `rotateImage(image, -measureSkew(image))` is straight.
 * Bilinear, since OCR reads smoothed strokes better than jagged ones; what
 * comes in from outside the page is paper white. In integers: the source
 * point walks a fixed step along each row and the weights are 1/256ths,
 * which is quicker than floating point (39 → 34 ms a 200 dpi page, on the
 * path every page waits on before Tesseract starts) for a shade within 4
 * of the exact one.
 */
export function rotateImage(image: GrayImage, degrees: number): GrayImage {
  if (Math.abs(degrees) < NEGLIGIBLE_SKEW) return image;
  const { width, height, data } = image;
  const out = new Uint8Array(width * height);
  const radians = (degrees * Math.PI) / 180;
  const cos = Math.cos(radians);
  const sin = Math.sin(radians);
  const cx = (width - 1) / 2;
  const cy = (height - 1) / 2;
  // Coordinates are 32-bit integers: 16 fraction bits while the image's longest side leaves room (32,768 px), fewer past it.
  const fractionBits = Math.min(16, 30 - Math.ceil(Math.log2(Math.max(width, height) + 2)));
  const weightBits = Math.min(8, fractionBits);
  const weightShift = fractionBits - weightBits;
  const one = 2 ** fractionBits;
  const mask = (1 << weightBits) - 1;
  const stepX = Math.round(cos * one);
  const stepY = Math.round(-sin * one);
  const at = (x: number, y: number): number => (x < 0 || y < 0 || x >= width || y >= height ? 255 : data[y * width + x]!);
  for (let y = 0; y < height; y++) {
    const dy = y - cy;
    let sx = Math.round((cx - cx * cos + dy * sin) * one);
    let sy = Math.round((cy + cx * sin + dy * cos) * one);
    const row = y * width;
    for (let x = 0; x < width; x++) {
      const x0 = sx >> fractionBits;
      const y0 = sy >> fractionBits;
      const fx = (sx >> weightShift) & mask;
      const fy = (sy >> weightShift) & mask;
      // All four neighbours inside (all but a pixel's rim of a page): read them without the bounds checks.
      if (x0 >= 0 && y0 >= 0 && x0 + 1 < width && y0 + 1 < height) {
        const i = y0 * width + x0;
        out[row + x] = blend(data[i]!, data[i + 1]!, data[i + width]!, data[i + width + 1]!, fx, fy, weightBits);
      } else out[row + x] = blend(at(x0, y0), at(x0 + 1, y0), at(x0, y0 + 1), at(x0 + 1, y0 + 1), fx, fy, weightBits);
      sx += stepX;
      sy += stepY;
    }
  }
  return { width, height, data: out };
}

/** Bilinear shade of four neighbours (top left, top right, bottom left, bottom right), by weights `fx`, `fy` of `bits` bits, rounded. */
function blend(topLeft: number, topRight: number, bottomLeft: number, bottomRight: number, fx: number, fy: number, bits: number): number {
  const top = (topLeft << bits) + (topRight - topLeft) * fx;
  const bottom = (bottomLeft << bits) + (bottomRight - bottomLeft) * fx;
  return ((top << bits) + (bottom - top) * fy + (1 << (2 * bits - 1))) >> (2 * bits);
}

/**
 * Ruling segments in the image's pixel coordinates (y down), ready for
 * `buildGrids` once scaled to the page's units. Call it on a straightened
 * image: a rule is a run of ink along a pixel row (or column) at least
 * a twentieth of the page long (shorter only where it closes a table's
 * cell), a few pixels thick. Letters never make such
 * runs, and a filled block (a logo, a stamp) is too thick to be a rule.
 */
export function findRulings(image: GrayImage): Segment[] {
  // Copied and scanned rules are often fainter than the text; only a long run makes a rule, so a lighter
  // shade, halfway from the ink threshold to the paper, can count without speckle passing for one.
  const histogram = shades(image);
  const ink = inkThreshold(histogram);
  const threshold = Math.round((ink + paperShade(histogram)) / 2);
  const side = Math.min(image.width, image.height);
  const scale: RunScale = {
    minLength: Math.max(40, Math.round(side / 20)),
    // Scanned strokes break up in speckle and JPEG blocks; a gap this small is still the same rule.
    gap: Math.max(2, Math.round(side / 500)),
    maxThickness: Math.max(3, Math.round(side / 250)) + 2 * SLANT_TOLERANCE,
  };
  // A shorter upright run is a rule only where it closes a table's cell; see below.
  const short: RunScale = { ...scale, minLength: Math.max(20, Math.round(side / 80)) };
  const runs = inkRuns(image, threshold, scale.gap, scale.minLength, short.minLength);
  const rules = (dir: 'h' | 'v', runScale: RunScale): Segment[] =>
    lineComponents(dir === 'h' ? runs.rows : runs.columns, dir, runScale).filter((c) => standsAlone(image, ink, dir, c));
  const reach = Math.max(4, Math.round(side / 100));
  // A rule a twentieth of the page long is one wherever it lies; its pieces (a faint corner, a broken stroke) are joined.
  const longHs = joinCollinear(rules('h', scale), reach, scale.maxThickness * 2);
  const longVs = joinCollinear(rules('v', scale), reach, scale.maxThickness * 2);
  // A shorter upright run is a rule only where it closes a table's cell (a header row at the foot of a page):
  // both its ends on rules across it, and those rules framed at both their ends. Letters make short runs too,
  // a `1` between two underlined lines of a form even touches both, but underlines have no frame.
  const crossingAt = (s: Segment, end: number): Segment | undefined =>
    longHs.find((h) => Math.abs(h.pos - end) <= reach && h.a - reach <= s.pos && h.b + reach >= s.pos);
  const candidates = rules('v', short).filter((s) => s.b - s.a < scale.minLength && crossingAt(s, s.a) && crossingAt(s, s.b));
  const uprights = [...longVs, ...candidates];
  const framed = (h: Segment): boolean => [h.a, h.b].every((end) => uprights.some((v) => Math.abs(v.pos - end) <= reach && v.a - reach <= h.pos && v.b + reach >= h.pos));
  const hs = longHs;
  const vs = [...longVs, ...candidates.filter((s) => framed(crossingAt(s, s.a)!) && framed(crossingAt(s, s.b)!))];
  // A rule that stops short of its neighbour is drawn to it, as the page meant.
  return [...extendToCrossings(hs, vs, reach), ...extendToCrossings(vs, hs, reach)];
}

/** Pixels either side of a pixel line that still count as on it (inkRuns looks one pixel across). */
const SLANT_TOLERANCE = 1;

interface RunScale {
  minLength: number;
  gap: number;
  maxThickness: number;
}

interface Component {
  a: number;
  b: number;
  firstLine: number;
  lastLine: number;
  /** Ink pixels in the component, and their positions summed, for its centre line. */
  pixels: number;
  positionSum: number;
}

/** A stretch of ink along one pixel line, gaps up to the scale's allowed: from `a` to `b`, with `pixels` inked. */
interface Run {
  a: number;
  b: number;
  pixels: number;
}

/**
 * The long runs of ink along every pixel row and column, found in one pass
 * over the image in memory order. A pixel counts as ink along a row when
 * it or the pixel above or below is darker than the threshold, and along a
 * column when it or a pixel beside it is (SLANT_TOLERANCE): so a thin rule
 * left a little slanted (or drawn askew by the copier) still gives long
 * runs, stepping from one pixel line to the next. A column's runs are
 * followed row by row in arrays of their own, since reading columns one by
 * one (or transposing the page to do it) costs a page's worth of cache
 * misses; and only three rows of ink are held at a time, so nothing the
 * size of the page is made.
 */
function inkRuns(image: GrayImage, threshold: number, gap: number, minRow: number, minColumn: number): { rows: Run[][]; columns: Run[][] } {
  const { width, height, data } = image;
  const darken = (into: Uint8Array, y: number): Uint8Array => {
    if (y >= height) return into.fill(0);
    const at = y * width;
    for (let x = 0; x < width; x++) into[x] = data[at + x]! < threshold ? 1 : 0;
    return into;
  };
  let above: Uint8Array = new Uint8Array(width);
  let here = darken(new Uint8Array(width), 0);
  let below = darken(new Uint8Array(width), 1);
  const rows = new RunTracker(height, gap, minRow);
  const columns = new RunTracker(width, gap, minColumn);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const ink = here[x]!;
      const across = ink | above[x]! | below[x]!;
      if (across === 1 || rows.isOpen(y)) rows.see(y, x, across);
      const along = ink | (x > 0 ? here[x - 1]! : 0) | (x + 1 < width ? here[x + 1]! : 0);
      if (along === 1 || columns.isOpen(x)) columns.see(x, y, along);
    }
    rows.end(y);
    [above, here, below] = [here, below, above];
    darken(below, y + 2);
  }
  for (let x = 0; x < width; x++) columns.end(x);
  return { rows: rows.runs, columns: columns.runs };
}

/**
 * Runs of ink along many pixel lines at once, each line fed its pixels in
 * order: a run goes on over gaps up to `gap` pixels and is kept when at
 * least `minLength` long.
 */
class RunTracker {
  readonly runs: Run[][];
  private readonly start: Int32Array;
  private readonly last: Int32Array;
  private readonly pixels: Int32Array;

  constructor(
    lines: number,
    private readonly gap: number,
    private readonly minLength: number,
  ) {
    this.runs = Array.from({ length: lines }, () => []);
    this.start = new Int32Array(lines).fill(-1);
    this.last = new Int32Array(lines);
    this.pixels = new Int32Array(lines);
  }

  isOpen(line: number): boolean {
    return this.start[line]! >= 0;
  }

  /** Pixel `k` of `line`, inked or not. */
  see(line: number, k: number, ink: number): void {
    if (ink === 1) {
      if (this.start[line]! >= 0 && k - this.last[line]! - 1 > this.gap) this.close(line);
      if (this.start[line]! < 0) {
        this.start[line] = k;
        this.pixels[line] = 0;
      }
      this.last[line] = k;
      this.pixels[line]!++;
    } else if (this.start[line]! >= 0 && k - this.last[line]! > this.gap) this.close(line);
  }

  /** The line has ended: its open run is closed. */
  end(line: number): void {
    if (this.start[line]! >= 0) this.close(line);
  }

  private close(line: number): void {
    const a = this.start[line]!;
    const b = this.last[line]!;
    if (b - a + 1 >= this.minLength) this.runs[line]!.push({ a, b, pixels: this.pixels[line]! });
    this.start[line] = -1;
  }
}

/**
 * The runs of each pixel line ('h': rows, 'v': columns) at least the
 * scale's length, joined with the overlapping runs of the next line into
 * components; each thin component is one rule. Thickness is ink over
 * length, so a rule left a little slanted still counts as thin.
 */
function lineComponents(runsByLine: Run[][], dir: 'h' | 'v', scale: RunScale): LineComponent[] {
  const done: Component[] = [];
  let open: Component[] = [];
  for (let line = 0; line < runsByLine.length; line++) {
    const next: Component[] = [];
    for (const run of runsByLine[line]!) {
      if (run.b - run.a + 1 < scale.minLength) continue;
      const joined = open.filter((c) => run.a <= c.b + scale.gap && run.b >= c.a - scale.gap);
      const component: Component = joined.reduce<Component>(
        (acc, c) => ({
          a: Math.min(acc.a, c.a),
          b: Math.max(acc.b, c.b),
          firstLine: Math.min(acc.firstLine, c.firstLine),
          lastLine: line,
          pixels: acc.pixels + c.pixels,
          positionSum: acc.positionSum + c.positionSum,
        }),
        { a: run.a, b: run.b, firstLine: line, lastLine: line, pixels: run.pixels, positionSum: run.pixels * line },
      );
      open = open.filter((c) => !joined.includes(c));
      // Two runs of this line can both touch one component: the second finds it in `next`.
      const sibling = next.find((c) => component.a <= c.b + scale.gap && component.b >= c.a - scale.gap);
      if (sibling) {
        sibling.a = Math.min(sibling.a, component.a);
        sibling.b = Math.max(sibling.b, component.b);
        sibling.firstLine = Math.min(sibling.firstLine, component.firstLine);
        sibling.pixels += component.pixels;
        sibling.positionSum += component.positionSum;
      } else next.push(component);
    }
    done.push(...open);
    open = next;
  }
  done.push(...open);
  const segments: LineComponent[] = [];
  for (const c of done) {
    const length = c.b - c.a + 1;
    if (c.pixels / length > scale.maxThickness) continue;
    segments.push({ dir, pos: c.positionSum / c.pixels, a: c.a, b: c.b, firstLine: c.firstLine, lastLine: c.lastLine });
  }
  return segments;
}

type LineComponent = Segment & { firstLine: number; lastLine: number };

/** How far beside a rule its sides are looked at, in pixels past its edge. */
const SIDE_FROM = 2;
const SIDE_TO = 5;
/** More ink than this beside a run and it is letters run together (a blurred word, a line of bold text), not a rule. */
const MAX_SIDE_INK = 0.2;

/**
 * A rule has paper along both its sides (cell text keeps its padding away);
 * a run through blurred letters has their stems and bowls right above or below it.
 */
function standsAlone(image: GrayImage, threshold: number, dir: 'h' | 'v', c: LineComponent): boolean {
  const { width, height, data } = image;
  const length = c.b - c.a + 1;
  const sideInk = (from: number, to: number): number => {
    let dark = 0;
    let seen = 0;
    for (let line = from; line <= to; line++) {
      if (line < 0 || line >= (dir === 'h' ? height : width)) continue;
      for (let k = c.a; k <= c.b; k++) {
        const value = dir === 'h' ? data[line * width + k]! : data[k * width + line]!;
        if (value < threshold) dark++;
      }
      seen += length;
    }
    return seen === 0 ? 0 : dark / seen;
  };
  const before = sideInk(c.firstLine - SIDE_TO, c.firstLine - SIDE_FROM);
  const after = sideInk(c.lastLine + SIDE_FROM, c.lastLine + SIDE_TO);
  return Math.max(before, after) <= MAX_SIDE_INK;
}

/** Pieces of one rule (the same line, a short gap apart) as one segment. */
function joinCollinear(segments: Segment[], reach: number, offset: number): Segment[] {
  const sorted = [...segments].sort((s, t) => s.a - t.a);
  const out: Segment[] = [];
  for (const s of sorted) {
    const before = out.find((t) => Math.abs(t.pos - s.pos) <= offset && s.a <= t.b + reach);
    if (before) {
      const length = before.b - before.a + (s.b - s.a);
      before.pos = (before.pos * (before.b - before.a) + s.pos * (s.b - s.a)) / Math.max(1, length);
      before.b = Math.max(before.b, s.b);
    } else out.push({ ...s });
  }
  return out;
}

/** Each end of a segment that stops within `reach` of a crossing rule is moved onto that rule. */
function extendToCrossings(segments: Segment[], crossing: Segment[], reach: number): Segment[] {
  const spans = (c: Segment, pos: number): boolean => c.a - reach <= pos && c.b + reach >= pos;
  return segments.map((s) => {
    let { a, b } = s;
    for (const c of crossing) {
      if (!spans(c, s.pos)) continue;
      if (Math.abs(c.pos - a) <= reach) a = Math.min(a, c.pos);
      if (Math.abs(c.pos - b) <= reach) b = Math.max(b, c.pos);
    }
    return { ...s, a, b };
  });
}

/** How many pixels of each shade the image has: read once for both the ink and the paper. */
function shades(image: GrayImage): Uint32Array {
  const histogram = new Uint32Array(256);
  for (let i = 0; i < image.data.length; i++) histogram[image.data[i]!]!++;
  return histogram;
}

/** The commonest shade: the paper. */
function paperShade(histogram: Uint32Array): number {
  let paper = 255;
  for (let v = 0; v < 256; v++) if (histogram[v]! > histogram[paper]!) paper = v;
  return paper;
}

/**
 * Where ink begins: Otsu's threshold over the grey histogram, held to a
 * sane band so a blank page or a page of one shade does not call paper ink.
 */
function inkThreshold(histogram: Uint32Array): number {
  let total = 0;
  let sum = 0;
  for (let v = 0; v < 256; v++) {
    total += histogram[v]!;
    sum += v * histogram[v]!;
  }
  let backgroundWeight = 0;
  let backgroundSum = 0;
  let best = 128;
  let bestVariance = -1;
  for (let v = 0; v < 256; v++) {
    backgroundWeight += histogram[v]!;
    if (backgroundWeight === 0) continue;
    const foregroundWeight = total - backgroundWeight;
    if (foregroundWeight === 0) break;
    backgroundSum += v * histogram[v]!;
    const meanDark = backgroundSum / backgroundWeight;
    const meanLight = (sum - backgroundSum) / foregroundWeight;
    const variance = backgroundWeight * foregroundWeight * (meanDark - meanLight) ** 2;
    if (variance > bestVariance) {
      bestVariance = variance;
      best = v;
    }
  }
  return Math.min(200, Math.max(80, best + 1));
}
