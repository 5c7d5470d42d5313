/**
 * Text clean-up shared by every extractor and the stages after them, so that
 * "a cell's text" means the same thing whatever the input format was.
 */

/** Soft hyphens and zero-width characters (joiners, word joiner, byte-order mark): they show nothing. */
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;
const LIGATURES: Record<string, string> = { 'ﬀ': 'ff', 'ﬁ': 'fi', 'ﬂ': 'fl', 'ﬃ': 'ffi', 'ﬄ': 'ffl', 'ﬅ': 'st', 'ﬆ': 'st' };
const LIGATURE_PATTERN = new RegExp(`[${Object.keys(LIGATURES).join('')}]`, 'g');
/** Unusual spaces only: tabs separate cells in flattened tables and must survive. */
const UNUSUAL_SPACE = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g;
/**
 * Glyphs of the Symbol and Wingdings fonts, which Word and the PDFs made from
 * it put in the private-use area at U+F000 + the font's own code. Symbol's
 * minus is a list dash, its signs stand for themselves; every other glyph of
 * that range is a list marker in a plan (U+F0B7 Symbol bullet, U+F0A7 and
 * U+F06C Wingdings square and disc, U+F076 ❖, U+F0D8 ➢, U+F0FC ✓) and becomes
 * `•`. A private-use character outside it is a glyph nobody can read and goes.
 */
const SYMBOL_FONT_GLYPHS: Readonly<Record<string, string>> = {
  '\uF02D': '–', '\uF0BE': '–',
  '\uF0B0': '°', '\uF0B1': '±', '\uF0B3': '≥', '\uF0A3': '≤', '\uF0B4': '×', '\uF0B9': '≠', '\uF0BB': '≈',
};
const PRIVATE_USE = /[\uE000-\uF8FF]/gu;
const symbolFontGlyph = (glyph: string): string =>
  SYMBOL_FONT_GLYPHS[glyph] ?? (glyph >= '\uF000' && glyph <= '\uF0FF' ? '•' : '');
/**
 * A list marker that opens an item (a cell's line): dropped, since a title or
 * a party never starts with one. Dashes stay: they open clauses (`- 3.1.`)
 * that later stages read.
 */
const ITEM_BULLET = /^[•●○◦▪■□◆◇❖➢➤►▸‣⁃✓✔➔→⮚]\s*/u;

/** Collapses runs of white space (non-breaking spaces included) into one space and trims. */
export function collapseSpace(text: string): string {
  // JavaScript's \s already covers NBSP and the other Unicode spaces; U+200B is not a space to it.
  return text.replace(/[\s\u200B]+/g, ' ').trim();
}

/**
 * Normalises characters that differ between producers but mean the same:
 * soft hyphens and zero-width characters disappear, ligatures are spelled
 * out, unusual spaces become plain ones (tabs are kept), Symbol and
 * Wingdings glyphs become what they show, and line ends are `\n`.
 */
export function normalizeCharacters(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(INVISIBLE, '')
    .replace(LIGATURE_PATTERN, (ligature) => LIGATURES[ligature] ?? ligature)
    .replace(UNUSUAL_SPACE, ' ')
    .replace(PRIVATE_USE, symbolFontGlyph);
}

/** A line without the list marker that opens it (`• Провести …` → `Провести …`). */
export function dropItemBullet(line: string): string {
  return line.replace(ITEM_BULLET, '');
}

/**
 * Linking vowels of Russian compound adjectives (`учебно-методический`,
 * `психолого-педагогический`): a line that ends in one of them plus a hyphen
 * is a compound, not a word broken for layout.
 */
const COMPOUND_LEFT_ENDING = /[оеОЕ]$/u;
const COMPOUND_HEAD = /^(?:мастер|пресс|бизнес|интернет|медиа|онлайн|офлайн|веб|видео|аудио|фото|вице|экс|контент|блиц|экспресс|квест|IT|ИТ)$/iu;
const MONTH = /^(?:январ|феврал|март|апрел|ма[йя]|июн|июл|август|сентябр|октябр|ноябр|декабр)[ьяеюа]?$/iu;
/** A month's name in any case (`январь`, `января`, `мае`). */
export function isMonthName(word: string): boolean {
  return MONTH.test(word);
}
/** Inflected word endings that stand alone only as the tail of a broken word. */
const WORD_TAIL = /^(?:[а-яё]{1,4})(?![\p{L}])/u;

/** How two fragments meet: characters dropped from the end of the left one, and what goes between. */
interface Joint {
  drop: number;
  separator: string;
}

/** Decides a joint from the end of the left fragment (trailing white space removed, never empty) and the right one. */
type JointRule = (head: string, tail: string) => Joint;

/**
 * How much of the text joined so far a joint looks at: the rules read only
 * its last word and the characters around a dash. Reading the whole text on
 * every join made a 40,000-line cell take 80 s (issue 8); a word longer than
 * this is cut to its end when the compound rules measure it.
 */
export const JOIN_WINDOW = 64;

/**
 * A trailing hyphen before a lower-case continuation is a broken word
 * (`профессиональ-` + `ных` → `профессиональных`) unless the two sides are
 * each a word of their own (`учителями-` + `предметниками` keeps its hyphen:
 * a real compound).
 */
const fragmentJoint: JointRule = (head, tail) => {
  // A range of numbers or dates wrapped after its dash (`2023-` + `2024`, `01.01-` + `01.03.2022`) is one token.
  if (/\d[-–]$/u.test(head) && /^\d/u.test(tail)) return { drop: 0, separator: '' };
  // An ordinal's ending wrapped after its hyphen (`1-` + `х классов`, `11-` + `го`) belongs to the number.
  if (/\d-$/u.test(head) && /^[а-яё]{1,3}(?![\p{L}])/u.test(tail)) return { drop: 0, separator: '' };
  const hyphenated = /[\p{L}]-$/u.test(head) && /^[a-zа-яё]/u.test(tail);
  if (!hyphenated) return { drop: 0, separator: ' ' };
  const leftWord = /([\p{L}]+)-$/u.exec(head)?.[1] ?? '';
  const rightWord = /^([\p{L}]+)/u.exec(tail)?.[1] ?? '';
  const isCompound =
    // Month ranges (`ноябрь-` + `декабрь 2023`) are written with a hyphen that must stay.
    (MONTH.test(leftWord) && MONTH.test(rightWord)) ||
    // First parts that only ever form hyphenated compounds (`мастер-класс`, `онлайн-курс`).
    (COMPOUND_HEAD.test(leftWord) && rightWord.length >= 5 && !/^ств/u.test(rightWord)) ||
    (COMPOUND_LEFT_ENDING.test(leftWord) && rightWord.length >= 4) ||
    (leftWord.length >= 4 && rightWord.length >= 6 && !WORD_TAIL.test(rightWord) && endsLikeAWord(leftWord));
  return { drop: isCompound ? 0 : 1, separator: '' };
};

/**
 * A continuation after a page break that is capitalised or opens with a list
 * dash is a new line (a new party, a stacked item); anything else joins as
 * fragments do.
 */
const continuationJoint: JointRule = (head, tail) =>
  /^(?:[A-ZА-ЯЁ«"]|[-–—•]\s)/u.test(tail) && !/-$/u.test(head) ? { drop: 0, separator: '\n' } : fragmentJoint(head, tail);

/**
 * Joins fragments left to right exactly as folding them pairwise would
 * (white space at each joint dropped, then the rule's drop and separator),
 * in time linear in the total length: the pieces are joined once at the end.
 */
function joinAll(parts: readonly string[], rule: JointRule): string {
  if (parts.length === 0) return '';
  const window = (text: string): string => (text.length > JOIN_WINDOW ? text.slice(-JOIN_WINDOW) : text);
  const out: string[] = [parts[0]!];
  // The end of the text so far without its trailing white space; '' while that text is blank.
  let end = window(parts[0]!.trimEnd());
  for (let index = 1; index < parts.length; index += 1) {
    const tail = parts[index]!.trimStart();
    // Every piece after the first starts with a non-space, so trailing white space is all in the last one.
    out[out.length - 1] = out[out.length - 1]!.trimEnd();
    if (end === '') {
      out.length = 0;
      out.push(tail);
      end = window(tail.trimEnd());
      continue;
    }
    if (tail === '') continue;
    const { drop, separator } = rule(end, tail);
    if (drop > 0) out[out.length - 1] = out[out.length - 1]!.slice(0, -drop);
    out.push(separator, tail);
    end = window(`${end.slice(0, end.length - drop)}${separator}${tail.trimEnd()}`);
  }
  return out.join('');
}

/**
 * Joins two fragments of one text that a line end or a page break separated
 * (see fragmentJoint for the hyphen rules).
 */
export function joinFragments(left: string, right: string): string {
  return joinAll([left, right], fragmentJoint);
}

/** Fragments joined left to right as repeated joinFragments would, in linear time. */
export function joinAllFragments(parts: readonly string[]): string {
  return joinAll(parts, fragmentJoint);
}

/**
 * A left fragment that ends like a complete Russian word form (a vowel, `й`,
 * or a plural/case ending) rather than mid-syllable (`деятель-`, `компетен-`).
 */
function endsLikeAWord(word: string): boolean {
  return /(?:ами|ями|ах|ях|ов|ев|ей|ы|и|а|я|о|е|й)$/u.test(word.toLowerCase());
}

/**
 * Joins a cell's text to its continuation after a page break, keeping line
 * structure where the continuation starts a new item: `Заместитель директора
 * по УВР` + `Учителя-предметники` (seed 003) are two lines, two parties;
 * `ШНОР совместно с кураторами,` + `методистами РМА` (seed 001) is one.
 */
export function joinCellContinuation(left: string, right: string): string {
  return joinAll([left, right], continuationJoint);
}

/** A cell's text and its continuations joined as repeated joinCellContinuation would, in linear time. */
export function joinCellContinuations(parts: readonly string[]): string {
  return joinAll(parts, continuationJoint);
}

/**
 * A cell's lines as one line: line breaks become spaces, broken words are
 * rejoined, white space collapsed. This is the form every text field of the
 * output takes.
 */
export function flattenCellText(text: string): string {
  const lines = normalizeCharacters(text)
    .split('\n')
    .map((line) => dropItemBullet(line.trim()))
    .filter((line) => line !== '');
  return collapseSpace(joinAllFragments(lines));
}
