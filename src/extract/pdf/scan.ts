/**
 * Searchable scans: a page image with the OCR engine's words laid over it as
 * invisible text (text render mode 3, ISO 32000-1 §9.3.6), as Tesseract's
 * `pdf` output and scanners with OCR make them. There are no vector rules on
 * such a page; its table is read from the words alone.
 */
import { OPS } from './pdfjs.js';
import { glyphWeight } from './lines.js';
import type { PositionedItem } from './text-items.js';

const INVISIBLE = 3;
const IMAGE_OPS = new Set<number>([OPS.paintImageXObject, OPS.paintInlineImageXObject, OPS.paintImageXObjectRepeat]);

/** A page that paints an image and sets no text render mode but invisible. */
export function isSearchableScan(fnArray: readonly number[], argsArray: readonly unknown[]): boolean {
  let image = false;
  let invisible = false;
  for (let i = 0; i < fnArray.length; i++) {
    const fn = fnArray[i]!;
    if (IMAGE_OPS.has(fn)) image = true;
    else if (fn === OPS.setTextRenderingMode) {
      if ((argsArray[i] as number[])[0] !== INVISIBLE) return false;
      invisible = true;
    }
  }
  return image && invisible;
}

const TEXT_OPS = new Set<number>([OPS.showText, OPS.showSpacedText, OPS.nextLineShowText, OPS.nextLineSetSpacingShowText]);

/**
 * The other way scanners lay their OCR text: visible, but drawn first and
 * covered by the page image painted over it (ussuriysk-centre-runaways-order-2020).
 * The page paints one image, after all of its text; whether that image is
 * the whole page, the caller checks.
 */
export function hasTextUnderImage(fnArray: readonly number[]): boolean {
  let lastText = -1;
  let image = -1;
  for (let i = 0; i < fnArray.length; i++) {
    const fn = fnArray[i]!;
    if (TEXT_OPS.has(fn)) lastText = i;
    else if (IMAGE_OPS.has(fn)) {
      if (image >= 0) return false;
      image = i;
    }
  }
  return lastText >= 0 && image > lastText;
}

/** OCR reads a table's rules as `|`, `[` or `]`, alone or stuck to a word (`|до`, `1.1. |`). */
const RULE_GLYPHS = /^[|[\]]+|[|[\]]+$/gu;

/** The words without the rules OCR read as glyphs; a word's box shrinks by the glyphs it loses. */
export function withoutRuleGlyphs(items: readonly PositionedItem[]): PositionedItem[] {
  const out: PositionedItem[] = [];
  for (const item of items) {
    const str = item.str.trim().replace(RULE_GLYPHS, '').trim();
    if (str === '') continue;
    if (str === item.str) {
      out.push(item);
      continue;
    }
    const weight = (s: string): number => [...s].reduce((sum, ch) => sum + glyphWeight(ch), 0);
    const scale = item.width / Math.max(1e-6, weight(item.str));
    const lead = item.str.indexOf(str);
    out.push({ ...item, str, x: item.x + weight(item.str.slice(0, lead)) * scale, width: weight(str) * scale });
  }
  return out;
}

/**
 * Words an OCR engine misread past use: letters of two scripts in one word
 * (`гражданскOй`, `|ч{инистерство`), stray brackets and symbols inside
 * a word (`пос;.]е!ствий`), a digit among letters (`20jб`, `l994`). The
 * inspectorate's scanned order (school11-nakhodka-predpisanie-2016.pdf) has
 * half its words so; a fair OCR layer (Tesseract's, ABBYY's) under 3 in 100.
 */
const MIXED_SCRIPTS = /\p{Script=Cyrillic}.*\p{Script=Latin}|\p{Script=Latin}.*\p{Script=Cyrillic}/u;
const STRAY_SYMBOLS = /[{}|[\]^@#$%&*<>~`\\]/u;
const DIGIT_AMONG_LETTERS = /\p{L}\d+\p{L}|^\p{L}{1,2}\d+$|^\d+\p{L}{4,}$/u;
/** Punctuation a word may carry at either end without being misread. */
const EDGE_PUNCTUATION = /^[\p{P}\p{S}]+|[\p{P}\p{S}]+$/gu;

function isGarbled(word: string): boolean {
  const core = word.replace(EDGE_PUNCTUATION, '');
  return MIXED_SCRIPTS.test(core) || STRAY_SYMBOLS.test(core) || DIGIT_AMONG_LETTERS.test(core);
}

/** A page's words (three characters or more, with a letter) and how many of them OCR misread. */
export interface OcrQuality {
  words: number;
  misread: number;
}

export function ocrQuality(text: string): OcrQuality {
  const words = text.split(/\s+/u).filter((word) => word.length >= 3 && /\p{L}/u.test(word));
  return { words: words.length, misread: words.filter(isGarbled).length };
}

/** Past this share of misread words, a scan's text layer is no text to read: OCR it again. */
const UNREADABLE_SHARE = 0.25;

export function isUnreadable(quality: OcrQuality): boolean {
  return quality.words > 0 && quality.misread > UNREADABLE_SHARE * quality.words;
}
