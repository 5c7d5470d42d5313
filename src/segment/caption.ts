/**
 * A roadmap's title: the caption above its table. The nearest paragraph that
 * names a plan (`План мероприятий («дорожная карта») …`, `Муниципальная
 * дорожная карта …`) wins over one that does not (`Меры. Мероприятия` right
 * above seed 002's table); references such as `Приложение к приказу …` or
 * `Пр №1/1 от 09.01.2023г.` are never captions.
 *
 * A caption's lines often come as paragraphs of their own: Word files that
 * end each line with a paragraph mark (seed 002), PDFs that centre them
 * (seeds 000, 001). They are read back into one (see `continues`).
 */
import type { LayoutBlock, LayoutParagraph } from '../model/layout.js';
import { collapseSpace } from '../layout/text.js';

const NAMES_A_PLAN = /(?<![\p{L}])(?:дорожн\p{L}*\s+карт|план\p{L}*|мероприяти\p{L}*\s+по|контрольн\p{L}*\s+точк|механизм\p{L}*\s+реализации)/iu;
const REFERENCE = /^(?:приложение|пр\.?\s*№|к\s+приказу|утвержден)/iu;
/**
 * The title of a plan, which opens with what it is (`План мероприятий …`,
 * `Муниципальная дорожная карта …`, `Комплексная программа …`, `Перечень
 * мероприятий …`), unlike a sentence that cites one (`В целях реализации
 * муниципальной программы …`).
 */
const PLAN_TITLE = /^(?:\p{L}+(?:ый|ий|ой|ая|яя|ое|ее|ые|ие)\s+){0,3}(?:план|дорожн\p{L}*\s+карт|программ|перечень\s+мероприяти|комплекс\s+мер)/iu;
/** An approval block (`УТВЕРЖДАЮ`, `УТВЕРЖДЕН приказом …`), which may name the plan's period. */
const APPROVAL = /^утвержд(?:аю|ен|ена|ено|ены)(?![\p{L}])/iu;
/** How many paragraphs after `УТВЕРЖДАЮ` belong to its block: a position, a name, a date. */
const APPROVAL_PARAGRAPHS = 5;
/** A caption says early what it is: a plan named further into a paragraph is only mentioned. */
const NAMING_CHARS = 80;
/** How far above a table a caption may stand. */
const MAX_PARAGRAPHS_UP = 25;
/** How far above a table a plan's title is looked for: its title page may lie pages before (issue 12). */
const MAX_PARAGRAPHS_TO_TITLE = 400;

export interface Caption {
  text: string;
  /** Where the caption's first line stands. */
  paragraph: LayoutParagraph;
}

/** Paragraphs that read as one caption or title. */
interface ParagraphGroup {
  text: string;
  first: LayoutParagraph;
}

/** Where a sentence ends; two initials (`Ведехиной С.В.`) end a name, not a sentence. */
const ENDS_SENTENCE = /[.:;!?]$/u;
const ENDS_WITH_INITIALS = /\p{Lu}\.\s?\p{Lu}\.$/u;
/** A numbered or bulleted line opens an item or a section of its own. */
const OPENS_ITEM = /^(?:\d+(?:\.\d+)*[.)]|[IVXLC]+\.|[-–—•])/u;

/**
 * Whether `lower` goes on with the paragraph `upper` above it: it opens in
 * lower case (`на 2023-2024 учебный год`), or both are bold lines of a title
 * block (`ПЛАН` / `Учебно- воспитательной … работы` / `ГКУ ЦССВ «Сколковский»`)
 * and neither ends a sentence above nor opens an item below.
 */
function continues(upper: LayoutParagraph, lower: LayoutParagraph): boolean {
  const lowerText = collapseSpace(lower.text);
  const upperText = collapseSpace(upper.text);
  // After `Цели и задачи:` or an item ending in `;`, a line in lower case is the next item.
  if (/^\p{Ll}/u.test(lowerText)) return !/[:;]$/u.test(upperText);
  const endsSentence = ENDS_SENTENCE.test(upperText) && !ENDS_WITH_INITIALS.test(upperText);
  return upper.bold && lower.bold && !endsSentence && !OPENS_ITEM.test(lowerText);
}

/**
 * The groups of paragraphs above a table, nearest first, up to `limit`
 * paragraphs; a blank paragraph or a table ends a group, and the first table
 * met ends the search unless `acrossTables`.
 */
function groupsBefore(blocks: LayoutBlock[], tableIndex: number, limit: number, acrossTables: boolean): ParagraphGroup[] {
  const groups: ParagraphGroup[] = [];
  let pending: LayoutParagraph[] = [];
  const close = (): void => {
    if (pending.length === 0) return;
    groups.push({ text: collapseSpace(pending.map((paragraph) => paragraph.text).join(' ')), first: pending[0]! });
    pending = [];
  };
  let seen = 0;
  for (let index = tableIndex - 1; index >= 0 && seen < limit; index -= 1) {
    const block = blocks[index]!;
    if (block.type === 'table') {
      close();
      if (!acrossTables) break;
      continue;
    }
    if (collapseSpace(block.text) === '') {
      // A blank line inside a title block (`СОВМЕСТНЫЙ ПЛАН` / `` / `по предупреждению …`) does not end it.
      if (!/^\p{Ll}/u.test(collapseSpace(pending[0]?.text ?? ''))) close();
      continue;
    }
    seen += 1;
    if (pending.length > 0 && !continues(block, pending[0]!)) close();
    pending.unshift(block);
  }
  close();
  return groups;
}

export function findCaption(blocks: LayoutBlock[], tableIndex: number): Caption | null {
  // A list item (`… разработка для них плана индивидуальной работы;`) is no caption.
  const candidates = groupsBefore(blocks, tableIndex, MAX_PARAGRAPHS_UP, false).filter((group) => !REFERENCE.test(group.text) && !/;$/u.test(group.text));
  const chosen = candidates.find((group) => namesAPlan(group.text)) ?? candidates[0];
  return chosen ? { text: chosen.text, paragraph: chosen.first } : null;
}

/** A caption that says early on that a plan follows (`Календарный план проведения …`), not a clause that cites one. */
export function namesAPlan(caption: string): boolean {
  return NAMES_A_PLAN.test(caption.slice(0, NAMING_CHARS)) && !isClause(caption);
}

/**
 * The titles of plans and the approval blocks above a table, nearest first,
 * across other tables: where a plan names its period when its caption does
 * not (`План мероприятий … на 2016 - 2025 годы` on the title page, the table
 * under `Перечень мероприятий …` pages later).
 */
export function planTitlesBefore(blocks: LayoutBlock[], tableIndex: number): string[] {
  const groups = groupsBefore(blocks, tableIndex, MAX_PARAGRAPHS_TO_TITLE, true);
  const titles: string[] = [];
  groups.forEach((group, index) => {
    if (PLAN_TITLE.test(group.text) && !isClause(group.text)) titles.push(group.text);
    else if (APPROVAL.test(group.text)) {
      // The block runs down to the next plan title (groups are nearest first, so it lies at lower indices).
      const block = [group.text];
      for (let k = index - 1; k >= 0 && block.length <= APPROVAL_PARAGRAPHS && !PLAN_TITLE.test(groups[k]!.text); k -= 1) block.push(groups[k]!.text);
      titles.push(block.join(' '));
    }
  });
  return titles;
}

/**
 * A decree clause (`1. Утвердить …`) mentions plans but is not a caption; a
 * numbered heading that is a plan's title (`1.1. План работы по всеобучу.`) is.
 */
function isClause(text: string): boolean {
  const opening = /^\s*(?:\d+(?:\.\d+)*\.|-\s)\s*/u.exec(text);
  return opening !== null && !PLAN_TITLE.test(text.slice(opening[0].length));
}
