/**
 * The printed numbers of Word's automatic numbering (ECMA-376 Part 1, §17.9),
 * which are nowhere in the text: a number cell of a plan often holds only an
 * empty paragraph with `<w:numPr>`, and Word shows `1.1.`. mammoth renders
 * such paragraphs as <ol><li> and forgets which list they belong to, so the
 * numbers are computed here from word/document.xml and word/numbering.xml,
 * keyed by the paragraph's ordinal in the body (the same count `source.line`
 * uses).
 *
 * Covered: `w:num` → `w:abstractNum`, per-level `w:start`, `w:lvlText`
 * (`%1.%2.`), decimal / letter / roman `w:numFmt`, bullets (no number),
 * deeper levels restarting when a shallower one advances, `w:startOverride`.
 * Not covered: numbering inherited from paragraph styles (`w:pStyle` with
 * `w:numPr` in styles.xml), `w:lvlRestart`, `w:isLgl` and legacy (Word 6)
 * numbering.
 */
import { decodeXml } from './xml.js';

interface Level {
  start: number;
  format: string;
  text: string;
}

interface Num {
  abstractId: string;
  startOverrides: Map<number, number>;
}

const PARAGRAPH_OPENING = /<w:p\b[^>]*>/g;

export function numberParagraphs(documentXml: string, numberingXml: string | null): Map<number, string> {
  const out = new Map<number, string>();
  if (numberingXml === null) return out;
  const abstracts = new Map<string, Map<number, Level>>();
  for (const match of numberingXml.matchAll(/<w:abstractNum\b[^>]*w:abstractNumId="([^"]+)"[^>]*>([\s\S]*?)<\/w:abstractNum>/g)) {
    const levels = new Map<number, Level>();
    for (const level of (match[2] ?? '').matchAll(/<w:lvl\b[^>]*w:ilvl="(\d+)"[^>]*>([\s\S]*?)<\/w:lvl>/g)) {
      const body = level[2] ?? '';
      levels.set(Number(level[1]), {
        start: Number(/<w:start w:val="(\d+)"/.exec(body)?.[1] ?? '1'),
        format: /<w:numFmt w:val="([^"]+)"/.exec(body)?.[1] ?? 'decimal',
        text: decodeXml(/<w:lvlText w:val="([^"]*)"/.exec(body)?.[1] ?? ''),
      });
    }
    abstracts.set(match[1] ?? '', levels);
  }
  const nums = new Map<string, Num>();
  for (const match of numberingXml.matchAll(/<w:num\b[^>]*w:numId="([^"]+)"[^>]*>([\s\S]*?)<\/w:num>/g)) {
    const body = match[2] ?? '';
    const startOverrides = new Map<number, number>();
    for (const override of body.matchAll(/<w:lvlOverride\b[^>]*w:ilvl="(\d+)"[^>]*>([\s\S]*?)<\/w:lvlOverride>/g)) {
      const start = /<w:startOverride w:val="(\d+)"/.exec(override[2] ?? '')?.[1];
      if (start !== undefined) startOverrides.set(Number(override[1]), Number(start));
    }
    nums.set(match[1] ?? '', { abstractId: /<w:abstractNumId w:val="([^"]+)"/.exec(body)?.[1] ?? '', startOverrides });
  }

  // Counters live per abstract list: nums sharing an abstractNum continue one
  // another in Word unless a startOverride restarts them (§17.9.26).
  const counters = new Map<string, number[]>();
  const overridden = new Set<string>();
  let ordinal = 0;
  // mammoth reads only the mc:Fallback of markup-compatibility blocks (ECMA-376
  // Part 3, §10.2.1); a Word text box carries its paragraphs in both the
  // Choice and the Fallback, so the Choice is dropped before counting.
  const body = documentXml.replace(/<mc:Choice\b[\s\S]*?<\/mc:Choice>/g, '');
  const openings = [...body.matchAll(PARAGRAPH_OPENING)];
  for (const [index, opening] of openings.entries()) {
    ordinal += 1;
    // Paragraphs are counted by their opening tags, in document order, as
    // mammoth emits them: a text box's paragraphs sit inside another
    // paragraph's run (w:txbxContent), so a paragraph's own w:pPr is what
    // lies between its opening tag and the next paragraph's.
    const start = (opening.index ?? 0) + opening[0].length;
    const end = openings[index + 1]?.index ?? body.length;
    const xml = body.slice(start, end).split('</w:pPr>')[0] ?? '';
    const numId = /<w:numId w:val="(\d+)"/.exec(xml)?.[1];
    if (numId === undefined || numId === '0') continue;
    const ilvl = Number(/<w:ilvl w:val="(\d+)"/.exec(xml)?.[1] ?? '0');
    const num = nums.get(numId);
    const levels = num ? abstracts.get(num.abstractId) : undefined;
    const level = levels?.get(ilvl);
    if (!num || !levels || !level || level.format === 'bullet' || level.format === 'none') continue;
    const key = num.abstractId;
    let counter = counters.get(key);
    const overrideKey = `${numId}:${ilvl}`;
    const override = num.startOverrides.get(ilvl);
    if (!counter || (override !== undefined && !overridden.has(overrideKey))) {
      counter = counter ?? [];
      if (override !== undefined) {
        overridden.add(overrideKey);
        counter[ilvl] = override - 1;
      }
      counters.set(key, counter);
    }
    counter[ilvl] = (counter[ilvl] ?? (levels.get(ilvl)?.start ?? 1) - 1) + 1;
    counter.length = ilvl + 1;
    const printed = level.text.replace(/%(\d)/g, (_all, digit: string) => {
      const index = Number(digit) - 1;
      const value = counter[index] ?? levels.get(index)?.start ?? 1;
      return format(value, levels.get(index)?.format ?? 'decimal');
    });
    out.set(ordinal, printed);
  }
  return out;
}

function format(value: number, numFmt: string): string {
  switch (numFmt) {
    case 'lowerLetter':
      return letters(value).toLowerCase();
    case 'upperLetter':
      return letters(value);
    case 'lowerRoman':
      return roman(value).toLowerCase();
    case 'upperRoman':
      return roman(value);
    default:
      return String(value);
  }
}

function letters(value: number): string {
  // Word repeats the letter past z: 27 → AA (§17.18.59 upperLetter).
  const letter = String.fromCharCode(65 + ((value - 1) % 26));
  return letter.repeat(Math.floor((value - 1) / 26) + 1);
}

function roman(value: number): string {
  const table: Array<[number, string]> = [
    [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'],
    [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
  ];
  let rest = value;
  let out = '';
  for (const [amount, symbol] of table) {
    while (rest >= amount) {
      out += symbol;
      rest -= amount;
    }
  }
  return out;
}
