/**
 * Person names as Russian documents print them: `Исаева Х.Н.`, `Х. Н. Исаева`,
 * `Исаева Ханум Набигуллаевна`, `Х.Исаева`. Finding them is a pattern job;
 * turning an oblique case (`Шаменковой Н. В.`) into the nominative uses a
 * table of surname endings, which is synchronous and costs nothing at start-up.
 * `az` was measured for this and rejected: its `inflect(['nomn'])` of a
 * feminine surname returns the masculine lemma (`Шаменковой` → `шаменков`,
 * `Васильевой` → `васильев`), its dictionaries load only asynchronously
 * (~0.5 s, ~50 MB), and it cannot tell `Лукманову` (accusative, feminine)
 * from `Иванову` (dative, masculine) any better than an ending can.
 */
import { SURNAME_ENDINGS, SURNAME_NOMINATIVE_ENDINGS } from './positions.js';

const SURNAME = String.raw`\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?`;
const INITIALS = String.raw`\p{Lu}\.\s?(?:\p{Lu}\.?)?`;
const PATRONYMIC = String.raw`\p{Lu}\p{Ll}+(?:вна|вич|чна|ична|оглы|кызы)`;
/**
 * `им. П. И. Бровичева` names a school after someone, so it is not a party.
 * A digit may touch the name (`5Аксёнова О.М.`: a family's number printed in
 * the same cell).
 */
const NOT_AFTER = String.raw`(?<![\p{L}_])(?<!им\.\s?)(?<!\p{Lu}\.\s?)`;
const END = String.raw`(?![\p{L}\p{N}_])`;

export const FULL_NAME = new RegExp(`${NOT_AFTER}(${SURNAME})\\s+(\\p{Lu}\\p{Ll}+)\\s+(${PATRONYMIC})${END}`, 'u');
export const SURNAME_FIRST = new RegExp(`${NOT_AFTER}(${SURNAME})\\s+(\\p{Lu}\\.\\s?\\p{Lu}\\.?)(?![\\p{L}\\p{N}_])`, 'u');
export const INITIALS_FIRST = new RegExp(`${NOT_AFTER}(${INITIALS})\\s?(${SURNAME})${END}`, 'u');

export interface NameMatch {
  /** The name as printed. */
  printed: string;
  index: number;
  surname: string;
  /** The name with the surname in the nominative, initials as printed. */
  nominative: string;
}

/** The first person name in `text`, or null. */
export function findName(text: string): NameMatch | null {
  const candidates: NameMatch[] = [];
  const full = FULL_NAME.exec(text);
  if (full?.[1]) candidates.push(make(full[0], full.index, full[1], 'start'));
  const first = SURNAME_FIRST.exec(text);
  if (first?.[1]) candidates.push(make(first[0], first.index, first[1], 'start'));
  const after = INITIALS_FIRST.exec(text);
  if (after?.[2]) candidates.push(make(after[0], after.index, after[2], 'end'));
  candidates.sort((a, b) => a.index - b.index || b.printed.length - a.printed.length);
  return candidates[0] ?? null;
}

function make(printed: string, index: number, surname: string, where: 'start' | 'end'): NameMatch {
  const trimmed = printed.trim();
  const nominative = nominativeSurname(surname);
  // `Мосиенко Е.С`: the last initial lost its full stop in print.
  const initials = trimmed.slice(surname.length).replace(/(?<=\p{Lu})$/u, '.');
  const name = where === 'start' ? nominative + initials : trimmed.slice(0, trimmed.length - surname.length) + nominative;
  return { printed: trimmed, index, surname, nominative: name };
}

const SURNAME_SHAPE = new RegExp(`^${SURNAME}(?<=${SURNAME_NOMINATIVE_ENDINGS.join('|')})$`, 'u');

/** A capitalised word with a surname's nominative ending: `Магомедова`, `Алишейхов`; not `Директора`, `УО`. */
export function looksLikeSurname(word: string): boolean {
  return SURNAME_SHAPE.test(word);
}

/** `Шаменковой` → `Шаменкова`, `Иванову` → `Иванов`; unknown endings stay as printed. */
export function nominativeSurname(surname: string): string {
  const lower = surname.toLowerCase();
  for (const [oblique, nominative] of SURNAME_ENDINGS) {
    if (lower.endsWith(oblique) && lower.length > oblique.length + 1) {
      return surname.slice(0, surname.length - oblique.length) + nominative;
    }
  }
  return surname;
}
