/**
 * The decree's own requisites (ГОСТ Р 7.0.97: authority, kind, date, number,
 * place, title, signatory), its numbered orders and the aliases its text
 * defines. Works on lines: extractors put a letterhead in one paragraph or
 * several, so paragraph boundaries are only used to keep a title together.
 */
import type { LayoutDocument } from '../../model/layout.js';
import type { Alias, Deadline, Decree, Order, Party, SourceRef } from '../../model/roadmap.js';
import { result, warning, type Result, type Warning } from '../../model/warnings.js';
import { collapseSpace } from '../../layout/text.js';
import { monthNumber } from './months.js';
import { parseDeadline } from './deadline.js';
import { isoDate, yearPeriod } from './period.js';
import { findName, nominativeSurname } from './names.js';
import { ALIAS_DEFINITION, organizationIn, parseParties } from './party.js';

export interface ParsedDecree {
  decree: Decree;
  /** Aliases defined in the decree's text (`(далее – Мониторинг)`). */
  aliases: Alias[];
}

interface Line {
  text: string;
  paragraph: number;
  source: SourceRef;
}

const KIND = /^(?:п\s*р\s*и\s*к\s*а\s*з|п\s*о\s*с\s*т\s*а\s*н\s*о\s*в\s*л\s*е\s*н\s*и\s*е|р\s*а\s*с\s*п\s*о\s*р\s*я\s*ж\s*е\s*н\s*и\s*е)$/iu;
const NUMERIC_DATE = /(?<![\p{N}])(?<day>\d{1,2})\.(?<month>\d{1,2})\.(?<year>(?:19|20)\d\d)(?![\p{N}])/u;
const WORDED_DATE = /(?<![\p{N}])«?(?<day>\d{1,2})»?\s+(?<month>[\p{L}]+)\s+(?<year>(?:19|20)\d\d)(?![\p{N}])/u;
const NUMBER = /№\s*(?<number>[\p{N}][\p{L}\p{N}/\-.]*)/u;
const PLACE = /^(?:г\.|с\.|пос\.|п\.|ст\.|пгт\.?|ст-ца)\s*\p{Lu}[\p{L}\- ]*$/u;
const TITLE = /^(?:О|Об|Обо)\s/u;
/** The operative word after which the numbered orders begin. */
const OPERATIVE_WORD = 'п\\s*р\\s*и\\s*к\\s*а\\s*з\\s*ы\\s*в\\s*а\\s*ю|п\\s*о\\s*с\\s*т\\s*а\\s*н\\s*о\\s*в\\s*л\\s*я\\s*ю|о\\s*б\\s*я\\s*з\\s*ы\\s*в\\s*а\\s*ю|р\\s*е\\s*ш\\s*и\\s*л';
const OPERATIVE = new RegExp(`^(?:${OPERATIVE_WORD})\\s*:?\\s*$`, 'iu');
/**
 * The operative word closing the preamble's last line, as many decrees print
 * it (`… в соответствии с требованиями ФГОС ПРИКАЗЫВАЮ:`, seed 003; `…,
 * п р и к а з ы в а ю:`); the colon tells it from the verb inside a sentence.
 */
const OPERATIVE_AT_END = new RegExp(`^(?<before>.*?[\\p{L}\\p{N}»").,;])\\s+(?<operative>(?:${OPERATIVE_WORD})\\s*:)\\s*$`, 'iu');
/**
 * How a preamble opens (`В соответствии с …`, `В целях …`, `На основании …`):
 * the line after a decree's title that is not the title's next line.
 */
const PREAMBLE = /^(?:В\s+(?:соответствии|целях|связи|рамках|порядке|ходе|свете|исполнение)|Во\s+исполнение|На\s+основании|С\s+целью|Согласно|Руководствуясь|Рассмотрев|Учитывая|Заслушав|По\s+(?:результатам|итогам)|Для\s)/u;
/**
 * A line of print at most: a title a PDF or a Word file sets one paragraph a
 * line (seed 000's PDF) has pieces no longer; a longer one is a paragraph of its own.
 */
const PRINTED_LINE_CHARS = 100;
/** The longest title read: the seeds' longest is 247 characters (seed 001). */
const MAX_TITLE_CHARS = 600;
/** A clause: `1.`, `3.1.`, `- 3.1.`. */
const CLAUSE = /^\s*(?:[-–—]\s*)?(?<number>\d{1,2}(?:\.\d{1,2})*)\.?\s+(?<text>\S[\s\S]*)$/u;
/** The first line of a signature block: the signer's position. */
const SIGNATURE_POSITION = /^(?:И\.\s?о\.|Врио|Начальник|Заведующ|Директор|Глава|Руководитель|Председатель|Министр|Заместитель|Исполняющ)/u;
const NAME = '(?:\\p{Lu}\\.\\s?(?:\\p{Lu}\\.\\s?)?\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?|\\p{Lu}\\p{Ll}+\\s+\\p{Lu}\\.\\s?\\p{Lu}?\\.?)';
/** A signer's name alone on its line: `Л. М. Зарубина`, `Т.А.Долинина.`, `Х.Исаева`, `Исаева Х.Н.`. */
const SIGNATURE_NAME = new RegExp(`^${NAME}\\.?$`, 'u');
/** A signer's name at the end of the position's line, as Word decrees set it with a tab: `Директор школы Х.У.Диданова`. */
const SIGNATURE_NAME_AT_END = new RegExp(`^(?<position>.+?)\\s+(?<name>${NAME})\\.?$`, 'u');
/** Genitive first word of a signer's position's body → the body's name (`отдела образования` → `Отдел образования`). */
const BODY_NOMINATIVE: Readonly<Record<string, string>> = {
  отдела: 'Отдел',
  управления: 'Управление',
  администрации: 'Администрация',
  комитета: 'Комитет',
  министерства: 'Министерство',
  департамента: 'Департамент',
  мку: 'МКУ',
};
/** The plural dative that opens an order (`Руководителям …`) → one such person. */
const DATIVE_ROLES: Readonly<Record<string, string>> = {
  руководителям: 'руководитель',
  директорам: 'директор',
  заведующим: 'заведующий',
  заместителям: 'заместитель',
  методистам: 'методист',
  специалистам: 'специалист',
};
/** Words that end a deadline phrase in an order (`в срок до 29 декабря 2023 года`). */
/**
 * A deadline in a clause: `в срок до 29 декабря 2023 года`, `до 28.12.`, `до 27.12. 2021 г.`, and (issue 16)
 * a span counted from an event, `в течение 10 рабочих дней со дня подписания настоящего приказа`.
 */
const DEADLINE_PHRASE = /(?:в\s+срок\s+)?(?:до|не\s+позднее)\s+(?:\d{1,2}\.\d{1,2}(?:\.(?:\s?(?:19|20)\d\d|\d\d(?!\d))?)?|«?\d{1,2}»?\s+\p{L}+(?:\s+(?:19|20)\d\d)?)(?:\s*(?:года|г\.|г)(?![\p{L}]))?|в\s+течение\s+(?:[\d\p{L}]+\s+)?(?:(?:рабочих|календарных)\s+)?(?:дн|недел|месяц)\p{L}*(?:\s+(?:со\s+дня|с\s+момента|с\s+даты|после)(?:\s+\p{L}+){1,3})?/giu;
/** Where an addressee with no verb after it ends: its purpose (`по реализации …`) or the clause's first item. */
const NO_VERB_HEAD_END = /;|\s(?:по|для|в\s+целях)\s/u;
/** A plural dative role followed by named bodies, the first with its legal form: `Руководителям ОО МОУ "А", "Б"`. */
const ROLE_THEN_BODIES = /^(?<role>\p{Lu}\p{Ll}+(?:ям|ам)(?:\s+\p{Ll}+)*)\s+(?<bodies>\p{Lu}{2,}\s*["«][\s\S]*)$/u;
/**
 * The longest addressee read (the words before a clause's first verb). The
 * longest in the seeds, four schools with their heads in seed 000, is about
 * 200 characters; each name found re-scans the rest, so a 36 KB «addressee»
 * a fuzzed decree produced took 3 s (issue 8).
 */
export const MAX_ADDRESSEE_CHARS = 1000;
/** Letters of abbreviation aliases skip these words (`школам с низкими …` → ШНОР). */
const LINK_WORDS = new Set(['с', 'в', 'во', 'на', 'по', 'и', 'для', 'к', 'о', 'об', 'из']);

export function parseDecree(layout: LayoutDocument): Result<ParsedDecree> {
  const lines = toLines(layout);
  const warnings: Warning[] = [];
  const kindIndex = lines.findIndex((line, index) => index < 40 && KIND.test(line.text));
  const operativeIndex = lines.findIndex((line) => OPERATIVE.test(line.text));
  const headerEnd = operativeIndex >= 0 ? operativeIndex : Math.min(lines.length, 30);
  const afterKind = lines.slice(kindIndex + 1, headerEnd);
  const titleLine = afterKind.find((line) => TITLE.test(line.text));
  const title = titleLine ? readTitle(afterKind, afterKind.indexOf(titleLine)) : null;
  const requisites = titleLine ? afterKind.slice(0, afterKind.indexOf(titleLine)) : afterKind.slice(0, 8);

  const bodyStart = operativeIndex >= 0 ? operativeIndex + 1 : headerEnd;
  const signatureIndex = findSignature(lines, bodyStart);
  const signatory = signatureIndex >= 0 ? readSignatory(lines, signatureIndex) : null;
  const letterhead = kindIndex > 0 ? lines.slice(0, kindIndex).map((line) => line.text).filter(isLetterhead) : [];
  const authority = letterhead.length > 0 ? collapseSpace(letterhead.join(' ')) : authorityFromSignature(signatory?.position ?? null);
  const date = findDate(requisites.map((line) => line.text));
  const orderLines = operativeIndex >= 0 ? lines.slice(bodyStart, signatureIndex >= 0 ? signatureIndex : lines.length) : [];
  const orders = readOrders(orderLines, date, warnings);

  const decree: Decree = {
    kind: kindIndex >= 0 ? (lines[kindIndex]?.text ?? '').replace(/\s+/g, '').toLowerCase() : null,
    authority,
    date,
    number: findNumber(requisites.map((line) => line.text)),
    place: findPlace(requisites.map((line) => line.text)),
    title,
    signatory,
    orders,
  };
  return result({ decree, aliases: findAliases(lines) }, warnings);
}

/**
 * Word decrees set date, place and number in one row of a borderless table
 * (`15.05.2024 | г. Орёл | № 17-р`); a table this short is read as lines, a
 * cell each, one paragraph a row. A roadmap is never this short.
 */
const REQUISITES_TABLE_MAX_ROWS = 2;

function toLines(layout: LayoutDocument): Line[] {
  const lines: Line[] = [];
  let paragraph = 0;
  for (const block of layout.blocks) {
    if (block.type === 'table') {
      if (block.rows.length > REQUISITES_TABLE_MAX_ROWS) continue;
      for (const row of block.rows) {
        paragraph += 1;
        for (const cell of row.cells) {
          const text = collapseSpace(cell.text.replace(/\*\*/g, ''));
          if (text) lines.push({ text, paragraph, source: cell.source ?? row.source });
        }
      }
      continue;
    }
    paragraph += 1;
    block.text.split('\n').forEach((raw, offset) => {
      const text = collapseSpace(raw.replace(/\*\*/g, ''));
      const source = { page: block.source.page, line: block.source.line + offset };
      const operative = text.endsWith(':') ? OPERATIVE_AT_END.exec(text)?.groups : undefined;
      if (operative) {
        lines.push({ text: operative.before!, paragraph, source }, { text: operative.operative!, paragraph, source });
      } else if (text) {
        lines.push({ text, paragraph, source });
      }
    });
  }
  return lines;
}

/**
 * The title: its paragraph, and the paragraphs after it that go on with it —
 * one that opens in lower case, or, when the title is set one printed line a
 * paragraph, a next short line that opens neither the preamble nor another
 * requisite (PDF of seed 000: `О проведении мониторинга реализации` /
 * `Плана мероприятий («дорожной карты»)` / …).
 */
function readTitle(header: Line[], start: number): string {
  const first = header[start]!;
  const pieces = header.filter((line) => line.paragraph === first.paragraph && line.source.line >= first.source.line).map((line) => line.text);
  let lineByLine = pieces.every((text) => text.length <= PRINTED_LINE_CHARS);
  let next = header.findIndex((line, index) => index > start && line.paragraph !== first.paragraph);
  while (next >= 0) {
    const paragraph = header[next]!.paragraph;
    const rest = header.slice(next).findIndex((line) => line.paragraph !== paragraph);
    const lines = header.slice(next, rest < 0 ? header.length : next + rest);
    const text = collapseSpace(lines.map((line) => line.text).join(' '));
    const title = collapseSpace(pieces.join(' '));
    const continues = /^\p{Ll}/u.test(text) || (lineByLine && text.length <= PRINTED_LINE_CHARS);
    if (!continues || isOtherRequisite(text) || /[.!?]$/u.test(title) || title.length + text.length > MAX_TITLE_CHARS) break;
    pieces.push(text);
    lineByLine = lineByLine && text.length <= PRINTED_LINE_CHARS;
    next = rest < 0 ? -1 : next + rest;
  }
  return collapseSpace(pieces.join(' '));
}

/** A line that is not a title's next line: the preamble, a place, a number, a date, a clause, the kind. */
function isOtherRequisite(text: string): boolean {
  return PREAMBLE.test(text) || PLACE.test(text) || /^№/u.test(text) || findDate([text]) !== null || CLAUSE.test(text) || KIND.test(text) || OPERATIVE.test(text);
}

/** `г. Пролетарск` on its own line, or after the number on the same line (`№ 25 г. Ипатово`, PDF of seed 003). */
function findPlace(lines: string[]): string | null {
  for (const line of lines) {
    const place = line.replace(/^№\s*\S+\s+/u, '');
    if (PLACE.test(place)) return place;
  }
  return null;
}

/** Letterhead lines name the body; address, phone and registry numbers do not. */
function isLetterhead(text: string): boolean {
  return !/\d{3}|ОГРН|ИНН|тел\.|e-mail|@/iu.test(text);
}

function findSignature(lines: Line[], from: number): number {
  for (let i = from; i < lines.length; i += 1) {
    const text = lines[i]?.text ?? '';
    if (CLAUSE.test(text)) continue;
    if (SIGNATURE_POSITION.test(text)) return i;
    if (SIGNATURE_NAME.test(text)) return i;
  }
  return -1;
}

function readSignatory(lines: Line[], start: number): Decree['signatory'] {
  const position: string[] = [];
  const signatory = (name: string): Decree['signatory'] => ({
    name: name.replace(/\.$/, ''),
    position: position.length > 0 ? collapseSpace(position.join(' ')).replace(/:$/, '') : null,
  });
  for (let i = start; i < Math.min(lines.length, start + 8); i += 1) {
    const text = lines[i]?.text ?? '';
    if (SIGNATURE_NAME.test(text)) return signatory(text);
    const atEnd = SIGNATURE_NAME_AT_END.exec(text)?.groups;
    if (atEnd) {
      position.push(atEnd.position!);
      return signatory(atEnd.name!);
    }
    position.push(text);
  }
  return null;
}

/** `Начальник отдела образования АМО «Беломорский …»` → `Отдел образования АМО «Беломорский …»`. */
function authorityFromSignature(position: string | null): string | null {
  if (!position) return null;
  const words = position.split(' ');
  const index = words.findIndex((word) => BODY_NOMINATIVE[word.toLowerCase()] !== undefined);
  if (index < 0) return null;
  const head = BODY_NOMINATIVE[(words[index] ?? '').toLowerCase()] ?? '';
  return [head, ...words.slice(index + 1)].join(' ');
}

function readOrders(lines: Line[], decreeDate: string | null, warnings: Warning[]): Order[] {
  const orders: Order[] = [];
  for (const line of lines) {
    const clause = CLAUSE.exec(line.text)?.groups;
    const current = orders[orders.length - 1];
    if (clause?.number && clause.text) {
      orders.push({ number: clause.number, text: clause.text, responsible: [], deadline: null, source: line.source });
    } else if (current) {
      // `- обеспечить …` items and lines broken off a clause belong to it.
      current.text = `${current.text} ${line.text}`;
    }
  }
  const seen = new Set<string>();
  let top: string | null = null;
  for (const order of orders) {
    const number = order.number ?? '';
    const parent = number.split('.')[0] ?? '';
    if (!number.includes('.')) top = number;
    if (seen.has(number) || (number.includes('.') && parent !== top)) {
      warnings.push(warning('ORDER_NUMBERING', `Clause ${number} repeats or lies outside clause ${top ?? '?'}; kept as printed.`, order.source));
    }
    seen.add(number);
    order.responsible = addressees(order.text, order.source);
    const deadline = deadlineOf(order.text, decreeDate, order.source);
    order.deadline = deadline?.value ?? null;
    warnings.push(...(deadline?.warnings ?? []));
  }
  return orders;
}

/** The words before the clause's first verb in the infinitive, when they are in the dative. */
function addressees(text: string, source: SourceRef | null): Party[] {
  const words = text.split(' ');
  const verb = words.findIndex((word) => /^\p{Ll}+(?:ть|ться)$/u.test(word) && !/(?:ость|асть|есть|еть)$/u.test(word));
  // `Методическому центру МКУ «…»:` names its addressee before a colon and
  // puts the verbs in the sub-clauses.
  // With no verb (seed 002's second clause 2: `Руководителям … "Летнереченская СОШ" по реализации
  // …; - предоставление отчётов …`) the addressee ends where its purpose begins.
  const upToVerb = verb >= 0 ? words.slice(0, verb).join(' ') : (text.split(NO_VERB_HEAD_END)[0] ?? '');
  const colon = upToVerb.lastIndexOf(':');
  const head = (colon >= 0 ? upToVerb.slice(0, colon) : upToVerb)
    .replace(/\s+в\s+срок\s+до\s[\s\S]*$/u, '')
    .replace(/[\s,:;]+$/, '');
  const first = (words[0] ?? '').replace(/[,:;]$/, '');
  const second = (words[1] ?? '').replace(/[,:;]$/, '');
  const dative = /(?:ам|ям|ому|ему|ой|ей|у|ю)$/u.test(first) || (/(?:ым|им)$/u.test(first) && /(?:ам|ям)$/u.test(second));
  if (!head || !dative || head.length > MAX_ADDRESSEE_CHARS) return [];
  const parties: Party[] = [];
  // People named in the addressee: `… Шаменковой Н. В.`, `(Петюкова Е. Н.)`,
  // `(Т.В.Васильевой, П.А.Ващенко)`, `(руководитель С.В.Ващенко)`.
  const role = DATIVE_ROLES[(words[0] ?? '').toLowerCase().replace(/[,:;]$/, '')] ?? null;
  let offset = 0;
  let name = findName(head);
  while (name) {
    const at = offset + name.index;
    const before = head.slice(0, at);
    const open = before.lastIndexOf('(');
    const inParens = open > before.lastIndexOf(')');
    let position: string | null;
    let organization: string | null;
    if (inParens) {
      const inside = collapseSpace(before.slice(open + 1).replace(/^.*,/s, ''));
      // The body is what precedes the parenthesis, back to the previous party.
      const owner = collapseSpace(before.slice(0, open).replace(/^.*[,)]/s, '').replace(/^[\s:]+/, ''))
        .replace(/^\p{Lu}\p{Ll}+(?:ям|ам)\s+/u, '')
        .replace(/^\p{Lu}{2,}:\s*/u, '');
      position = inside || role;
      organization = owner || null;
    } else {
      position = collapseSpace(before.replace(/^.*[,)]/s, '')) || null;
      organization = position ? organizationIn(position) : null;
    }
    parties.push({ text: name.printed, kind: 'person', name: name.nominative, position, organization, resolved: null });
    offset = at + name.printed.length;
    name = findName(head.slice(offset));
  }
  if (parties.length > 0) return parties;
  // A comma in an addressee opens a participle (`…, указанным в «Дорожной
  // карте»`, `…, показавших низкие результаты`), not another party.
  // `Руководителям общеобразовательных организаций МОУ "…", "…"`: a role, then the bodies it names.
  const list = ROLE_THEN_BODIES.exec(head)?.groups;
  const spans = list ? [list['role']!, list['bodies']!] : [head];
  const merged: Party[] = [];
  for (const party of spans.flatMap((span) => parseParties(span, { aliases: [], source }).value.parties)) {
    const previous = merged[merged.length - 1];
    if (previous && /^\p{Ll}/u.test(party.text) && party.kind === 'organization') {
      previous.text = `${previous.text}, ${party.text}`;
      continue;
    }
    merged.push({ ...party, name: party.name ? nominativeSurname(party.name) : null });
  }
  return merged;
}

function deadlineOf(text: string, decreeDate: string | null, source: SourceRef | null): Result<Deadline> | null {
  const phrases = [...text.matchAll(DEADLINE_PHRASE)].map((match) => collapseSpace(match[0]));
  if (phrases.length === 0) return null;
  const year = decreeDate ? Number(decreeDate.slice(0, 4)) : null;
  return parseDeadline(phrases.join(', '), { period: year ? yearPeriod(year) : null, sectionTitle: null, anchorDate: decreeDate, source });
}

/**
 * How far before `(далее – …)` the thing it names is looked for. The longest
 * in the seeds is a plan's full title of about 180 characters (seed 003);
 * reading the whole line instead made a 1 MB one-line file take 44 s, as
 * each of its thousands of definitions re-split everything before it (issue 8).
 */
export const ALIAS_CONTEXT_CHARS = 1000;

/**
 * `(далее – Мониторинг)` in the decree's text and in the captions of its
 * appendices, read per paragraph: seed 000's caption breaks its definition
 * over two lines (`(далее –` / `дорожная карта)`).
 */
function findAliases(lines: Line[]): Alias[] {
  const aliases: Alias[] = [];
  for (const paragraph of paragraphsOf(lines)) {
    const text = paragraph.map((line) => line.text).join(' ');
    let lineIndex = 0;
    let lineEnd = paragraph[0]!.text.length + 1;
    for (const match of text.matchAll(ALIAS_DEFINITION)) {
      const alias = collapseSpace(match[1] ?? '');
      const end = match.index;
      // The line the definition opens on (each line adds its length and a joining space);
      // matches come in order, so the search goes on from the previous one's line.
      while (lineEnd <= end && lineIndex < paragraph.length - 1) {
        lineIndex += 1;
        lineEnd += paragraph[lineIndex]!.text.length + 1;
      }
      const line = paragraph[lineIndex]!;
      const start = Math.max(0, end - ALIAS_CONTEXT_CHARS);
      // A window that starts inside a word drops that word's tail.
      const before = start === 0 ? text.slice(0, end) : text.slice(start, end).replace(/^\S*\s?/u, '');
      aliases.push({ alias, expansion: [expansionOf(alias, before)], source: line.source });
    }
  }
  return aliases;
}

/**
 * A paragraph left inside an open parenthesis goes on in the next one: a PDF
 * sets a centred caption's last line apart (`… (далее –` / `дорожная карта) на
 * 2023 год`, seed 000). A stray `(` joins at most this many paragraphs.
 */
const MAX_PARAGRAPHS_IN_PARENTHESES = 3;

function paragraphsOf(lines: Line[]): Line[][] {
  const paragraphs: Line[][] = [];
  let open = 0;
  let joined = 0;
  for (const line of lines) {
    const last = paragraphs[paragraphs.length - 1];
    const lastLine = last?.[last.length - 1];
    if (last && lastLine!.paragraph === line.paragraph) {
      last.push(line);
    } else if (last && open > 0 && joined < MAX_PARAGRAPHS_IN_PARENTHESES) {
      joined += 1;
      last.push(line);
    } else {
      paragraphs.push([line]);
      open = 0;
      joined = 0;
    }
    for (const char of line.text) {
      if (char === '(') open += 1;
      else if (char === ')' && open > 0) open -= 1;
    }
  }
  return paragraphs;
}

/**
 * What an alias stands for: for an abbreviation, the words whose initials
 * spell it (`школам с низкими образовательными результатами` → ШНОР); else
 * the text from the last word that shares the alias's stem.
 */
function expansionOf(alias: string, before: string): string {
  const words = before.trim().replace(/[\s(]+$/, '').split(/\s+/);
  const clean = (from: number): string => words.slice(from).join(' ').replace(/^[«"(]+/u, '');
  if (/^\p{Lu}{2,}$/u.test(alias)) {
    let letters = alias.toLowerCase();
    let start = words.length;
    for (let i = words.length - 1; i >= 0 && letters.length > 0; i -= 1) {
      const word = (words[i] ?? '').toLowerCase().replace(/^[«"(]+/, '');
      if (LINK_WORDS.has(word) && start < words.length) continue;
      if (word.startsWith(letters.slice(-1))) {
        letters = letters.slice(0, -1);
        start = i;
      } else if (start < words.length) {
        break;
      }
    }
    if (letters.length === 0) return words.slice(start).join(' ');
  }
  const stem = alias.toLowerCase().slice(0, 5);
  for (let i = words.length - 1; i >= 0; i -= 1) {
    const word = (words[i] ?? '').toLowerCase();
    if (!word.replace(/^[«"(]+/, '').startsWith(stem)) continue;
    // `План мероприятий («Дорожная карта») …`: the alias repeats a name given
    // in parentheses, so the thing named starts at the capitalised word before.
    if (word.startsWith('(')) {
      for (let j = i - 1; j >= 0; j -= 1) if (/^\p{Lu}/u.test(words[j] ?? '')) return clean(j);
    }
    return clean(i);
  }
  return words.slice(-6).join(' ');
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
