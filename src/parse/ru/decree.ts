/**
 * The decree's own requisites (ГОСТ Р 7.0.97: authority, kind, date, number,
 * place, title, signatory) and its numbered orders. Placeholder seam: the
 * issue «Responsible parties, decree requisites, orders and aliases» replaces
 * the body; this version finds the kind, date, number and title only.
 */
import type { LayoutDocument } from '../../model/layout.js';
import type { Alias, Decree } from '../../model/roadmap.js';
import { result, type Result } from '../../model/warnings.js';
import { collapseSpace } from '../../layout/text.js';
import { monthNumber } from './months.js';

export interface ParsedDecree {
  decree: Decree;
  /** Aliases defined in the decree's text (`(далее – Мониторинг)`). */
  aliases: Alias[];
}

const KIND = /^(?:п\s*р\s*и\s*к\s*а\s*з|постановление|распоряжение)$/iu;
const NUMERIC_DATE = /(?<![\p{N}])(?<day>\d{1,2})\.(?<month>\d{1,2})\.(?<year>(?:19|20)\d\d)(?![\p{N}])/u;
const WORDED_DATE = /(?<![\p{N}])«?(?<day>\d{1,2})»?\s+(?<month>[\p{L}]+)\s+(?<year>(?:19|20)\d\d)(?![\p{N}])/u;
const NUMBER = /№\s*(?<number>[\p{N}][\p{L}\p{N}/\-.]*)/u;

/** How many leading paragraphs hold the letterhead and requisites. */
const HEADER_PARAGRAPHS = 12;

export function parseDecree(layout: LayoutDocument): Result<ParsedDecree> {
  const header = layout.blocks
    .filter((block) => block.type === 'paragraph')
    .slice(0, HEADER_PARAGRAPHS)
    .map((paragraph) => collapseSpace(paragraph.text.replace(/\*\*/g, '')));
  const kindLine = header.find((line) => KIND.test(line));
  const decree: Decree = {
    kind: kindLine ? kindLine.replace(/\s+/g, '').toLowerCase() : null,
    authority: null,
    date: findDate(header),
    number: findNumber(header),
    place: null,
    title: header.find((line) => /^(?:О|Об)\s/u.test(line)) ?? null,
    signatory: null,
    orders: [],
  };
  return result({ decree, aliases: [] });
}

function findDate(lines: string[]): string | null {
  for (const line of lines) {
    const numeric = NUMERIC_DATE.exec(line)?.groups;
    if (numeric) return isoDate(Number(numeric.year), Number(numeric.month), Number(numeric.day));
    const worded = WORDED_DATE.exec(line)?.groups;
    const month = worded ? monthNumber(worded.month ?? '') : null;
    if (worded && month) return isoDate(Number(worded.year), month, Number(worded.day));
  }
  return null;
}

function findNumber(lines: string[]): string | null {
  for (const line of lines) {
    const number = NUMBER.exec(line)?.groups?.number;
    if (number) return number.replace(/\.$/, '');
  }
  return null;
}

function isoDate(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date.toISOString().slice(0, 10);
}
