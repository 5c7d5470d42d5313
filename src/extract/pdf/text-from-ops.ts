/**
 * A page's text items rebuilt from its operator list, so a page costs one
 * pass of pdf.js over its content stream instead of two (getOperatorList for
 * the rules, getTextContent for the text): on the seeds that pass was a third
 * of the whole run.
 *
 * The items are the ones getTextContent gives: this is the item-building of
 * pdf.js 5.6 `PartialEvaluator.getTextContent` (src/core/evaluator.js,
 * Apache-2.0), fed with the glyphs the operator list already carries instead
 * of re-reading the content stream. Vertical and Type3 fonts and right-to-left
 * text are left to getTextContent (the caller falls back when this returns
 * null). test/extract/pdf-text-from-ops.test.ts checks, page by page on every
 * fixture, that both give the same items; a pdf.js upgrade that changes
 * either side shows there.
 */
import { normalizeUnicode, OPS, Util } from './pdfjs.js';

/** The fields of a getTextContent item that the extractor reads. */
export interface OpTextItem {
  str: string;
  /** Null only on some whitespace items, as in getTextContent. */
  transform: number[] | null;
  width: number;
  height: number;
  fontName: string | null;
  hasEOL: boolean;
}

/** What the text layout needs of a font, as the main thread's commonObjs has it. */
export interface OpFont {
  name?: string | null;
  fontMatrix?: ArrayLike<number> | null;
  vertical?: boolean;
  isType3Font?: boolean;
}

interface Glyph {
  originalCharCode: number;
  unicode: string;
  width: number;
}

const IDENTITY = [1, 0, 0, 1, 0, 0];
const FONT_IDENTITY_MATRIX = [0.001, 0, 0, 0.001, 0, 0];
// pdf.js's thresholds, in font sizes.
const TRACKING_SPACE_FACTOR = 0.102;
const NOT_A_SPACE_FACTOR = 0.03;
const NEGATIVE_SPACE_FACTOR = -0.2;
const SPACE_IN_FLOW_MIN_FACTOR = 0.102;
const SPACE_IN_FLOW_MAX_FACTOR = 0.6;
const VERTICAL_SHIFT_RATIO = 0.25;
/** pdf.js's bidi() reorders only when one of these is present; such pages go to getTextContent. */
const RIGHT_TO_LEFT = /[\u0590-\u05f4\u0600-\u08ac\ufb50-\ufdff\ufe70-\ufeff]/u;
/** pdf.js's getCharUnicodeCategory. */
const SPECIAL_CHAR = /^(\s)|(\p{Mn})|(\p{Cf})$/u;
const enum Category {
  Plain = 0,
  Whitespace = 1,
  ZeroWidthDiacritic = 2,
  InvisibleFormatMark = 3,
}
/** Categories by UTF-16 code unit for one-unit strings (nearly every glyph), 0 = not yet known; others by string. */
const unitCategories = new Uint8Array(0x10000);
const categories = new Map<string, Category>();
function categoryOf(char: string): Category {
  if (char.length === 1) {
    const unit = char.charCodeAt(0);
    const known = unitCategories[unit]!;
    if (known !== 0) return known - 1;
    const category = classify(char);
    unitCategories[unit] = category + 1;
    return category;
  }
  let category = categories.get(char);
  if (category === undefined) {
    category = classify(char);
    categories.set(char, category);
  }
  return category;
}
function classify(char: string): Category {
  const groups = SPECIAL_CHAR.exec(char);
  return groups?.[1] ? Category.Whitespace : groups?.[2] ? Category.ZeroWidthDiacritic : groups?.[3] ? Category.InvisibleFormatMark : Category.Plain;
}

const FLUSHING_OPS = new Set<number>([
  OPS.beginMarkedContent,
  OPS.beginMarkedContentProps,
  OPS.endMarkedContent,
  // getTextContent ends the current item at every XObject it meets.
  OPS.paintImageXObject,
  OPS.paintImageXObjectRepeat,
  OPS.paintImageMaskXObject,
  OPS.paintImageMaskXObjectRepeat,
  OPS.paintImageMaskXObjectGroup,
  OPS.paintSolidColorImageMask,
]);

class TextState {
  ctm: number[] = IDENTITY.slice();
  loadedName: string | null = null;
  fontSize = 0;
  font: OpFont | null = null;
  fontMatrix: ArrayLike<number> = FONT_IDENTITY_MATRIX;
  textMatrix: number[] = IDENTITY.slice();
  textLineMatrix: number[] = IDENTITY.slice();
  charSpacing = 0;
  wordSpacing = 0;
  leading = 0;
  textHScale = 1;
  textRise = 0;

  clone(): TextState {
    // As pdf.js clones: no fresh matrices only to be replaced (q/Q wraps every text object).
    const copy = Object.assign(Object.create(TextState.prototype) as TextState, this);
    copy.textMatrix = this.textMatrix.slice();
    copy.textLineMatrix = this.textLineMatrix.slice();
    return copy;
  }

  translateTextMatrix(x: number, y: number): void {
    const m = this.textMatrix;
    m[4] = m[0]! * x + m[2]! * y + m[4]!;
    m[5] = m[1]! * x + m[3]! * y + m[5]!;
  }

  translateTextLineMatrix(x: number, y: number): void {
    const m = this.textLineMatrix;
    m[4] = m[0]! * x + m[2]! * y + m[4]!;
    m[5] = m[1]! * x + m[3]! * y + m[5]!;
  }

  carriageReturn(): void {
    this.translateTextLineMatrix(0, -this.leading);
    this.textMatrix = this.textLineMatrix.slice();
  }

  /**
   * getCurrentTextTransform for horizontal fonts: ctm × textMatrix ×
   * [fontSize·hScale, 0, 0, fontSize, 0, rise], in Util.transform's order of
   * operations with its zero terms left out (which changes no value), written
   * into `out`: this runs twice a glyph.
   */
  currentTransform(out: number[] = [0, 0, 0, 0, 0, 0]): number[] {
    const m = this.textMatrix;
    const c = this.ctm;
    const a = this.fontSize * this.textHScale;
    const d = this.fontSize;
    const t0 = m[0]! * a;
    const t1 = m[1]! * a;
    const t2 = m[2]! * d;
    const t3 = m[3]! * d;
    const t4 = m[2]! * this.textRise + m[4]!;
    const t5 = m[3]! * this.textRise + m[5]!;
    out[0] = c[0]! * t0 + c[2]! * t1;
    out[1] = c[1]! * t0 + c[3]! * t1;
    out[2] = c[0]! * t2 + c[2]! * t3;
    out[3] = c[1]! * t2 + c[3]! * t3;
    out[4] = c[0]! * t4 + c[2]! * t5 + c[4]!;
    out[5] = c[1]! * t4 + c[3]! * t5 + c[5]!;
    return out;
  }
}

class Unsupported extends Error {}

/**
 * The item being built and the two-last-characters memory of one content
 * stream; a form XObject gets its own, as getTextContent recurses into it.
 */
class ItemBuilder {
  initialized = false;
  str: string[] = [];
  totalWidth = 0;
  totalHeight = 0;
  width = 0;
  height = 0;
  /** Where the last glyph with a width ended (pdf.js's prevTransform), kept in place: it is set for every glyph. */
  private readonly prev = [0, 0, 0, 0, 0, 0];
  private hasPrev = false;
  prevTextRise = 0;
  textAdvanceScale = 0;
  spaceInFlowMin = 0;
  spaceInFlowMax = 0;
  trackingSpaceMin = Infinity;
  negativeSpaceMax = -Infinity;
  notASpace = -Infinity;
  transform: number[] | null = null;
  fontName: string | null = null;
  hasEOL = false;
  private lastChars = [' ', ' '];
  private lastCharsPos = 0;
  /** The glyph position compareWithLastPosition looks at; never handed out. */
  private readonly scratch = [0, 0, 0, 0, 0, 0];
  private fontOfItem: { fontSize: number; loadedName: string | null; fontName: string | null | undefined } | null = null;

  constructor(
    private readonly out: OpTextItem[],
    private readonly viewBox: readonly number[],
    public state: TextState,
  ) {}

  private saveLastChar(char: string): boolean {
    const nextPos = (this.lastCharsPos + 1) % 2;
    const ret = this.lastChars[this.lastCharsPos] !== ' ' && this.lastChars[nextPos] === ' ';
    this.lastChars[this.lastCharsPos] = char;
    this.lastCharsPos = nextPos;
    return ret;
  }

  private shouldAddWhitespace(): boolean {
    return this.lastChars[this.lastCharsPos] !== ' ' && this.lastChars[(this.lastCharsPos + 1) % 2] === ' ';
  }

  private resetLastChars(): void {
    this.lastChars[0] = this.lastChars[1] = ' ';
    this.lastCharsPos = 0;
  }

  private pushWhitespace(width: number, transform: number[] | null = this.hasPrev ? this.prev.slice() : null, fontName = this.fontName): void {
    this.out.push({ str: ' ', width, height: 0, transform, fontName, hasEOL: false });
  }

  private ensureItem(): void {
    if (this.initialized) return;
    const s = this.state;
    this.fontName = s.loadedName;
    const trm = (this.transform = s.currentTransform());
    this.width = this.totalWidth = 0;
    this.height = this.totalHeight = Math.hypot(trm[2]!, trm[3]!);
    this.textAdvanceScale = Math.hypot(s.ctm[0]!, s.ctm[1]!) * Math.hypot(s.textLineMatrix[0]!, s.textLineMatrix[1]!);
    this.trackingSpaceMin = s.fontSize * TRACKING_SPACE_FACTOR;
    this.notASpace = s.fontSize * NOT_A_SPACE_FACTOR;
    this.negativeSpaceMax = s.fontSize * NEGATIVE_SPACE_FACTOR;
    this.spaceInFlowMin = s.fontSize * SPACE_IN_FLOW_MIN_FACTOR;
    this.spaceInFlowMax = s.fontSize * SPACE_IN_FLOW_MAX_FACTOR;
    this.hasEOL = false;
    this.initialized = true;
  }

  updateAdvanceScale(): void {
    if (!this.initialized) return;
    const s = this.state;
    const scale = Math.hypot(s.ctm[0]!, s.ctm[1]!) * Math.hypot(s.textLineMatrix[0]!, s.textLineMatrix[1]!);
    if (scale === this.textAdvanceScale) return;
    this.totalWidth += this.width * this.textAdvanceScale;
    this.width = 0;
    this.textAdvanceScale = scale;
  }

  flush(): void {
    if (!this.initialized) return;
    this.totalWidth += this.width * this.textAdvanceScale;
    const str = normalizeUnicode(this.str.join(''));
    if (RIGHT_TO_LEFT.test(str)) throw new Unsupported();
    this.out.push({
      str,
      width: Math.abs(this.totalWidth),
      height: Math.abs(this.totalHeight),
      transform: this.transform,
      fontName: this.fontName,
      hasEOL: this.hasEOL,
    });
    this.initialized = false;
    this.str.length = 0;
  }

  private appendEOL(): void {
    this.resetLastChars();
    if (this.initialized) {
      this.hasEOL = true;
      this.flush();
    } else {
      this.out.push({ str: '', width: 0, height: 0, transform: this.state.currentTransform(), fontName: this.state.loadedName, hasEOL: true });
    }
  }

  private addFakeSpaces(width: number, orientation: number): boolean {
    if (orientation * this.spaceInFlowMin <= width && width <= orientation * this.spaceInFlowMax) {
      if (this.initialized) {
        this.resetLastChars();
        this.str.push(' ');
      }
      return false;
    }
    const fontName = this.fontName;
    this.flush();
    this.resetLastChars();
    this.pushWhitespace(Math.abs(width), this.hasPrev ? this.prev.slice() : this.state.currentTransform(), fontName);
    return true;
  }

  /** Whether the glyph about to be shown is on the page; decides spaces, line ends and item breaks on the way. */
  private compareWithLastPosition(glyphWidth: number): boolean {
    const current = this.state.currentTransform(this.scratch);
    let posX = current[4]!;
    let posY = current[5]!;
    const [vx0, vy0, vx1, vy1] = this.viewBox as [number, number, number, number];
    if (posX + glyphWidth < vx0 || posX > vx1 || posY < vy0 || posY > vy1) return false;
    if (!this.state.font || !this.hasPrev) return true;
    const prev = this.prev;
    let lastPosX = prev[4]!;
    let lastPosY = prev[5]!;
    if (lastPosX === posX && lastPosY === posY) return true;
    let rotate = -1;
    if (current[0] && current[1] === 0 && current[2] === 0) rotate = current[0] > 0 ? 0 : 180;
    else if (current[1] && current[0] === 0 && current[3] === 0) rotate = current[1] > 0 ? 90 : 270;
    switch (rotate) {
      case 0:
        break;
      case 90:
        [posX, posY] = [posY, posX];
        [lastPosX, lastPosY] = [lastPosY, lastPosX];
        break;
      case 180:
        [posX, posY, lastPosX, lastPosY] = [-posX, -posY, -lastPosX, -lastPosY];
        break;
      case 270:
        [posX, posY] = [-posY, -posX];
        [lastPosX, lastPosY] = [-lastPosY, -lastPosX];
        break;
      default:
        [posX, posY] = inverseRotation(posX, posY, current);
        [lastPosX, lastPosY] = inverseRotation(lastPosX, lastPosY, prev);
    }
    const advanceX = (posX - lastPosX) / this.textAdvanceScale;
    const advanceY = posY - lastPosY;
    const orientation = Math.sign(this.width || this.totalWidth);
    if (advanceX < orientation * this.negativeSpaceMax) {
      if (Math.abs(advanceY) > 0.5 * this.height) {
        this.appendEOL();
        return true;
      }
      this.resetLastChars();
      this.flush();
      return true;
    }
    const riseDelta = this.state.textRise - this.prevTextRise;
    const advanceYCorrected = riseDelta === 0 ? advanceY : advanceY - (current[3]! / this.state.fontSize) * riseDelta;
    if (Math.abs(advanceYCorrected) > this.height) {
      this.appendEOL();
      return true;
    }
    if (advanceX <= orientation * this.notASpace) this.resetLastChars();
    if (advanceX <= orientation * this.trackingSpaceMin) {
      if (this.shouldAddWhitespace()) {
        this.resetLastChars();
        this.flush();
        this.pushWhitespace(Math.abs(advanceX));
      } else {
        this.width += advanceX;
      }
    } else if (!this.addFakeSpaces(advanceX, orientation)) {
      if (this.str.length === 0) {
        this.resetLastChars();
        this.pushWhitespace(Math.abs(advanceX));
      } else {
        this.width += advanceX;
      }
    }
    if (Math.abs(advanceY) > this.height * VERTICAL_SHIFT_RATIO) this.flush();
    return true;
  }

  /** One run of glyphs between two TJ adjustments; `extraSpacing` follows its last glyph. */
  showGlyphs(glyphs: readonly Glyph[], extraSpacing: number): void {
    const s = this.state;
    const seen = this.fontOfItem;
    // A change of size, or of font (not just of its resource name), starts a new item.
    if (!seen || seen.fontSize !== s.fontSize || (seen.loadedName !== s.loadedName && (seen.fontName !== s.font?.name))) {
      if (seen) this.flush();
      this.fontOfItem = { fontSize: s.fontSize, loadedName: s.loadedName, fontName: s.font?.name };
    }
    const baseCharSpacing = s.charSpacing;
    if (glyphs.length === 0) {
      const charSpacing = baseCharSpacing + extraSpacing;
      if (charSpacing) s.translateTextMatrix(charSpacing * s.textHScale, 0);
      return;
    }
    const scale = s.fontMatrix[0]! * s.fontSize;
    for (let i = 0, n = glyphs.length; i < n; i++) {
      const glyph = glyphs[i]!;
      const category = categoryOf(glyph.unicode);
      if (category === Category.InvisibleFormatMark) continue;
      let charSpacing = baseCharSpacing + (i + 1 === n ? extraSpacing : 0);
      let scaledDim = glyph.width * scale;
      if (glyph.originalCharCode === 0x20) charSpacing += s.wordSpacing;
      if (category === Category.Whitespace) {
        charSpacing += scaledDim;
        s.translateTextMatrix(charSpacing * s.textHScale, 0);
        this.saveLastChar(' ');
        continue;
      }
      if (category !== Category.ZeroWidthDiacritic && !this.compareWithLastPosition(scaledDim)) {
        s.translateTextMatrix(scaledDim * s.textHScale, 0);
        continue;
      }
      this.ensureItem();
      if (category === Category.ZeroWidthDiacritic) scaledDim = 0;
      scaledDim *= s.textHScale;
      s.translateTextMatrix(scaledDim, 0);
      this.width += scaledDim;
      if (scaledDim) {
        s.currentTransform(this.prev);
        this.hasPrev = true;
        this.prevTextRise = s.textRise;
      }
      if (this.saveLastChar(glyph.unicode)) this.str.push(' ');
      this.str.push(glyph.unicode);
      if (charSpacing) s.translateTextMatrix(charSpacing * s.textHScale, 0);
    }
  }
}

const num = (args: readonly unknown[], k: number): number => args[k] as number;

function inverseRotation(x: number, y: number, m: readonly number[]): [number, number] {
  const scale = Math.hypot(m[0]!, m[1]!);
  return [(m[0]! * x + m[1]! * y) / scale, (m[2]! * x + m[3]! * y) / scale];
}

/**
 * Text items of a page from its operator list; `fonts` answers for every
 * font the list sets (they are in commonObjs once getOperatorList has
 * resolved). `view` is page.view, outside which getTextContent drops glyphs.
 * Returns null where the page needs getTextContent itself.
 */
export function textFromOperatorList(
  fnArray: readonly number[],
  argsArray: readonly unknown[],
  fonts: (loadedName: string) => OpFont | undefined,
  view: readonly number[],
): OpTextItem[] | null {
  const out: OpTextItem[] = [];
  let state = new TextState();
  const saved: TextState[] = [];
  let builder = new ItemBuilder(out, view, state);
  // Form XObjects: their own builder and state; the page's come back at their end.
  const forms: { builder: ItemBuilder; state: TextState; saved: TextState[] }[] = [];
  const setFont = (loadedName: string, size: number): void => {
    const font = fonts(loadedName);
    if (!font || font.vertical || font.isType3Font) throw new Unsupported();
    state.loadedName = loadedName;
    state.fontSize = size;
    state.font = font;
    state.fontMatrix = font.fontMatrix ?? FONT_IDENTITY_MATRIX;
  };
  let annotationDepth = 0;
  try {
    for (let i = 0; i < fnArray.length; i++) {
      const fn = fnArray[i]!;
      const args = (argsArray[i] ?? []) as unknown[];
      // Annotation appearances are not page text for getTextContent.
      if (fn === OPS.beginAnnotation) annotationDepth++;
      else if (fn === OPS.endAnnotation) annotationDepth = Math.max(0, annotationDepth - 1);
      if (annotationDepth > 0) continue;
      switch (fn) {
        case OPS.save:
          saved.push(state);
          state = state.clone();
          builder.state = state;
          break;
        case OPS.restore: {
          const previous = saved.pop();
          if (previous) builder.state = state = previous;
          break;
        }
        case OPS.transform:
          state.ctm = Util.transform(state.ctm, args as number[]) as number[];
          break;
        case OPS.setFont:
          setFont(args[0] as string, num(args, 1));
          break;
        case OPS.setGState:
          for (const [key, value] of args[0] as [string, unknown][]) {
            if (key !== 'Font') continue;
            builder.flush();
            const [loadedName, size] = value as [string, number];
            setFont(loadedName, size);
          }
          break;
        case OPS.setTextRise:
          state.textRise = num(args, 0);
          break;
        case OPS.setHScale:
          state.textHScale = num(args, 0) / 100;
          break;
        case OPS.setLeading:
          state.leading = num(args, 0);
          break;
        case OPS.moveText:
          state.translateTextLineMatrix(num(args, 0), num(args, 1));
          state.textMatrix = state.textLineMatrix.slice();
          break;
        case OPS.setLeadingMoveText:
          state.leading = -num(args, 1);
          state.translateTextLineMatrix(num(args, 0), num(args, 1));
          state.textMatrix = state.textLineMatrix.slice();
          break;
        case OPS.nextLine:
          state.carriageReturn();
          break;
        case OPS.setTextMatrix: {
          const m = Array.from(args[0] as ArrayLike<number>);
          state.textMatrix = m;
          state.textLineMatrix = m.slice();
          builder.updateAdvanceScale();
          break;
        }
        case OPS.setCharSpacing:
          state.charSpacing = num(args, 0);
          break;
        case OPS.setWordSpacing:
          state.wordSpacing = num(args, 0);
          break;
        case OPS.beginText:
          state.textMatrix = IDENTITY.slice();
          state.textLineMatrix = IDENTITY.slice();
          break;
        case OPS.showText:
          showText(builder, args[0] as (Glyph | number)[]);
          break;
        case OPS.paintFormXObjectBegin: {
          builder.flush();
          forms.push({ builder, state, saved: saved.splice(0) });
          state = state.clone();
          const matrix = args[0] as ArrayLike<number> | null | undefined;
          if (matrix) state.ctm = Util.transform(state.ctm, Array.from(matrix)) as number[];
          builder = new ItemBuilder(out, view, state);
          break;
        }
        case OPS.paintFormXObjectEnd: {
          builder.flush();
          const outer = forms.pop();
          if (outer) {
            ({ builder, state } = outer);
            saved.splice(0, saved.length, ...outer.saved);
          }
          break;
        }
        default:
          if (FLUSHING_OPS.has(fn)) builder.flush();
      }
    }
    builder.flush();
  } catch (error) {
    if (error instanceof Unsupported) return null;
    throw error;
  }
  return out;
}

/** A Tj or TJ: the operator list has the glyphs, with TJ's adjustments (thousandths of a text unit) between them. */
function showText(builder: ItemBuilder, elements: readonly (Glyph | number)[]): void {
  if (elements.length === 0) {
    builder.showGlyphs([], 0);
    return;
  }
  const spaceFactor = -builder.state.fontSize / 1000;
  let run: Glyph[] = [];
  let sawNumber = false;
  for (const element of elements) {
    if (typeof element === 'number') {
      sawNumber = true;
      if (element === 0) continue;
      builder.showGlyphs(run, element * spaceFactor);
      run = [];
    } else {
      run.push(element);
    }
  }
  if (run.length > 0 || !sawNumber) builder.showGlyphs(run, 0);
}
