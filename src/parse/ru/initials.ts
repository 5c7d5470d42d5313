/**
 * Names a conversion split from their initials, put back together before a
 * «Ответственный» cell is split into parties, so that no party is initials
 * alone (issue 4). Seed 004's conversion cut cells into two runs, surnames
 * in one and initials in the other:
 *
 *   `Магомедова Баркаева методисты УО` | `У.К., С.О.`
 *     → `Магомедова У.К., Баркаева С.О., методисты УО`
 *
 * and sometimes repeated a named person's initials in a run of their own,
 * taking a word of the position with them:
 *
 *   `Исаева Х.Н., начальник «Управление образования»` | `Х.Н., МКУ`
 *     → `Исаева Х.Н., начальник МКУ «Управление образования»`
 *
 * The runs reach this parser as lines of one cell (the segmenter joins the
 * pieces of a split cell with a line break).
 */
import { FULL_NAME, looksLikeSurname } from './names.js';

export interface RejoinedNames {
  text: string;
  /** Initials that follow no bare surname and repeat no one named in the cell: left out. */
  unpaired: string[];
}

/** Replace text[index, end) with `text`. */
interface Edit {
  index: number;
  end: number;
  text: string;
}

interface Token {
  kind: 'initials' | 'word';
  text: string;
  index: number;
  end: number;
}

/**
 * `У.К.`, `Х. Н.`, `Э.А` (seed 004 drops a dot), but not the `Х.И` of
 * `Х.Исаева`. A number is a word of its own even where it touches a surname
 * (`5Аксёнова О.М.`).
 */
const TOKEN = /(?<initials>(?<![\p{L}.])\p{Lu}\.\s?\p{Lu}\.?(?!\p{Ll}))|(?<word>\p{L}[\p{L}\p{N}.-]*|\p{N}[\p{N}.-]*)/gu;
const FULL_NAMES = new RegExp(FULL_NAME.source, 'gu');
const ABBREVIATION = /^\p{Lu}{2,}$/u;
const CAPITALISED = /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u;
/** Spaces on one line: what lies between a surname and its initials (`Исаева Х.Н.`). */
const SAME_LINE = /^[ \t]+$/;
/** At most one space: between initials and the surname after them (`Х.Н. Исаева`, `Т.В.Васильевой`). */
const TIGHT = /^[ \t]?$/;
/** A quoted name right after a lower-case word: a body named without its legal form (`начальник «Управление образования»`). */
const QUOTE_WITHOUT_FORM = /(?<=\p{Ll}\s)[«"]/u;

export function rejoinSplitInitials(text: string): RejoinedNames {
  const tokens = tokenize(text);
  const gap = (a: Token | undefined, b: Token | undefined): string | null => (a && b ? text.slice(a.end, b.index) : null);
  const inFullName = fullNameRanges(text);
  const isSurname = (token: Token | undefined): boolean =>
    token?.kind === 'word' && looksLikeSurname(token.text) && !inFullName(token.index);
  // Any capitalised word holds initials next to it (`Мигилянц Л.В.`, `Шаменковой Н. В.`);
  // only a surname the ending table knows is offered stray initials.
  const isName = (token: Token | undefined): boolean => token?.kind === 'word' && CAPITALISED.test(token.text);
  const named = new Set<string>();
  const bare: Token[] = [];
  const orphans: Token[] = [];
  tokens.forEach((token, i) => {
    const before = tokens[i - 1];
    const after = tokens[i + 1];
    if (token.kind === 'initials') {
      const afterName = isName(before) && SAME_LINE.test(gap(before, token) ?? '');
      const beforeName = isName(after) && TIGHT.test(gap(token, after) ?? '');
      if (afterName || beforeName) named.add(letters(token.text));
      else orphans.push(token);
    } else if (isSurname(token)) {
      const initialsAfter = after?.kind === 'initials' && SAME_LINE.test(gap(token, after) ?? '');
      const initialsBefore = before?.kind === 'initials' && TIGHT.test(gap(before, token) ?? '');
      if (!initialsAfter && !initialsBefore) bare.push(token);
    }
  });
  if (orphans.length === 0) return { text, unpaired: [] };

  const edits: Edit[] = [];
  const unpaired: string[] = [];
  const queue = [...bare];
  for (const orphan of orphans) {
    // Pair with the first bare surname printed before these initials.
    const surname = queue[0] && queue[0].index < orphan.index ? queue.shift() : undefined;
    edits.push({ index: orphan.index, end: orphan.end, text: '' });
    if (surname) {
      edits.push({ index: surname.index, end: surname.end, text: `${surname.text} ${orphan.text},` });
    } else if (named.has(letters(orphan.text))) {
      edits.push(...movedPositionWords(text, tokens, orphan));
    } else {
      unpaired.push(orphan.text);
    }
  }
  return { text: applyEdits(text, edits), unpaired };
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(TOKEN)) {
    const kind = match.groups?.['initials'] !== undefined ? 'initials' : 'word';
    tokens.push({ kind, text: match[0], index: match.index, end: match.index + match[0].length });
  }
  return tokens;
}

function fullNameRanges(text: string): (index: number) => boolean {
  const ranges = [...text.matchAll(FULL_NAMES)].map((match) => [match.index, match.index + match[0].length] as const);
  return (index) => ranges.some(([start, end]) => index >= start && index < end);
}

const letters = (initials: string): string => initials.replace(/[^\p{Lu}]/gu, '');

/**
 * The words after repeated initials on their line (`Х.Н., МКУ`) are a piece
 * of the position the conversion moved: an abbreviation the cell already
 * holds is dropped, one it lacks goes before the quoted name that has no
 * legal form (`начальник «Управление образования»` → `начальник МКУ «…»`).
 */
function movedPositionWords(text: string, tokens: Token[], orphan: Token): Edit[] {
  const lineEnd = text.indexOf('\n', orphan.end);
  const rest = tokens.filter((token) => token.index > orphan.index && (lineEnd < 0 || token.index < lineEnd));
  if (rest.length === 0 || !rest.every((token) => ABBREVIATION.test(token.text))) return [];
  const elsewhere = text.slice(0, orphan.index);
  const quote = QUOTE_WITHOUT_FORM.exec(elsewhere);
  const edits: Edit[] = [];
  for (const word of rest) {
    const present = new RegExp(`(?<![\\p{L}])${word.text}(?![\\p{L}])`, 'u').test(elsewhere);
    if (!present && !quote) continue;
    edits.push({ index: word.index, end: word.end, text: '' });
    if (!present && quote) edits.push({ index: quote.index, end: quote.index, text: `${word.text} ` });
  }
  return edits;
}

function applyEdits(text: string, edits: Edit[]): string {
  let out = text;
  for (const edit of [...edits].sort((a, b) => b.index - a.index || b.end - a.end)) {
    out = out.slice(0, edit.index) + edit.text + out.slice(edit.end);
  }
  return out;
}
