/**
 * A roadmap's title: the caption above its table. The nearest paragraph that
 * names a plan (`План мероприятий («дорожная карта») …`, `Муниципальная
 * дорожная карта …`) wins over one that does not (`Меры. Мероприятия` right
 * above seed 002's table); references such as `Приложение к приказу …` or
 * `Пр №1/1 от 09.01.2023г.` are never captions.
 */
import type { LayoutBlock, LayoutParagraph } from '../model/layout.js';
import { collapseSpace } from '../layout/text.js';

const NAMES_A_PLAN = /(?<![\p{L}])(?:дорожн\p{L}*\s+карт|план\p{L}*|мероприяти\p{L}*\s+по|контрольн\p{L}*\s+точк|механизм\p{L}*\s+реализации)/iu;
const REFERENCE = /^(?:приложение|пр\.?\s*№|к\s+приказу|утвержден)/iu;
/** How far above a table a caption may stand. */
const MAX_PARAGRAPHS_UP = 25;

export interface Caption {
  text: string;
  paragraph: LayoutParagraph;
}

export function findCaption(blocks: LayoutBlock[], tableIndex: number): Caption | null {
  const candidates: LayoutParagraph[] = [];
  for (let index = tableIndex - 1; index >= 0 && candidates.length < MAX_PARAGRAPHS_UP; index -= 1) {
    const block = blocks[index]!;
    if (block.type === 'table') break;
    const text = collapseSpace(block.text);
    if (text === '' || REFERENCE.test(text)) continue;
    candidates.push(block);
  }
  const chosen = candidates.find((paragraph) => NAMES_A_PLAN.test(paragraph.text) && !isClause(paragraph.text)) ?? candidates[0];
  return chosen ? { text: collapseSpace(chosen.text), paragraph: chosen } : null;
}

/** A decree clause (`1. Утвердить …`) mentions plans but is not a caption. */
function isClause(text: string): boolean {
  return /^\s*(?:\d+\.|-\s)/u.test(text);
}
