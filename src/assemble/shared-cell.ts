/**
 * One cell for who and when («Директор, 2014 год», «Зам директора в течение
 * года») in a table that has a column for only one of them: the plan of
 * dshi5-yoshkar-ola-razvitie-2013 heads its second column «Сроки реализации»
 * and prints the responsible persons before the deadline in it.
 */
import { collapseSpace } from '../layout/text.js';
import { opensWithParty } from '../parse/ru/party.js';

export interface PartiesAndDeadline {
  parties: string;
  /** '' when the cell names parties only. */
  deadline: string;
}

/**
 * Words that open a deadline but that the deadline reader does not need to
 * read one (`до 01.09.2014` and `01.09.2014` are both deadlines): the
 * shortest tail takes them back from the parties.
 */
const DEADLINE_OPENERS: ReadonlySet<string> = new Set(['до', 'не', 'позднее', 'позже', 'с', 'со', 'по', 'к', 'начиная', 'от']);

/** Longer cells are prose, not a party and a date. */
const MAX_WORDS = 16;

/**
 * The parties that open `text` and the deadline that ends it, or null when
 * the cell does not open with a party. The deadline is the shortest tail
 * that `isDeadline` reads (`2014 год`, not `Директор, 2014 год`, which a
 * lenient deadline reader also accepts); what comes before it must be
 * parties and no deadline itself (`Январь 2015 г.`).
 */
export function splitPartiesAndDeadline(text: string, isDeadline: (text: string) => boolean): PartiesAndDeadline | null {
  const words = [...text.matchAll(/\S+/gu)];
  if (words.length === 0 || words.length > MAX_WORDS) return null;
  for (let k = words.length - 1; k >= 1; k -= 1) {
    if (!isDeadline(text.slice(words[k]?.index ?? 0))) continue;
    let first = k;
    while (first > 1 && DEADLINE_OPENERS.has(words[first - 1]?.[0] ?? '')) first -= 1;
    const start = words[first]?.index ?? 0;
    const tail = text.slice(start);
    const head = text.slice(0, start).replace(/[\s,;:–—-]+$/u, '');
    return head !== '' && opensWithParty(head) && !isDeadline(head) ? { parties: head, deadline: collapseSpace(tail) } : null;
  }
  return opensWithParty(text) && !isDeadline(text) ? { parties: text, deadline: '' } : null;
}
