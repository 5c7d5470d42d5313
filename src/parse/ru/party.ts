/**
 * «Ответственный» / «Соисполнители» cells → Party objects: split at commas,
 * semicolons and line breaks outside quotes and parentheses, then classify
 * each span as a person, an organisation or a role (CONTRACT.md, «Party»).
 */
import type { Alias, Party, SourceRef } from '../../model/roadmap.js';
import { pushAll } from '../../model/arrays.js';
import { result, warning, WARNING_CODES, type Result, type Warning } from '../../model/warnings.js';
import { collapseSpace, dropItemBullet } from '../../layout/text.js';
import { rejoinSplitInitials } from './initials.js';
import { WORK_AREAS } from './abbreviations.js';
import { findName, looksLikeSurname } from './names.js';
import {
  ACTING_BODIES,
  ADJECTIVE_ENDINGS,
  ADJECTIVE_FORM_ENDINGS,
  COMPLEMENT_SEEKING_STEMS,
  CONTINUATION_WORDS,
  INSTITUTION_KINDS,
  LEGAL_FORMS,
  NAME_PREFIXES,
  PLURAL_TO_SINGULAR,
  POSITION_NOUN_STEMS,
  POSITION_QUALIFIERS,
  POSITION_STEMS,
} from './positions.js';

export interface PartyContext {
  /**
   * Aliases the document defined so far (`(далее – образовательные
   * организации)`): a list, or an index by lower-case alias, which a caller
   * reading many cells keeps so that each lookup does not scan them all.
   */
  aliases: readonly Alias[] | ReadonlyMap<string, Alias>;
  source: SourceRef | null;
}

export interface ParsedParties {
  parties: Party[];
  /** Aliases defined inside this cell; they are not parties. */
  aliases: Alias[];
}

/** `(далее – образовательные организации)`, `(далее- РМА)`, `(далее – «Дорожная карта»)`. */
export const ALIAS_DEFINITION = /\(\s*далее\s*[-–—]?\s*[«"]?([^()«»"]+?)[»"]?\s*\)/giu;

const alternatives = (words: readonly string[]): string => words.map((word) => word.replace(/\./g, '\\.')).join('|');
/** What may stand before a job noun: an adjective (`Социальный педагог`) or its abbreviation (`ст.воспитатель`, `Соц. педагог`). */
const QUALIFIER = `(?:\\p{L}+(?:${ADJECTIVE_ENDINGS.join('|')})\\s+|(?:${alternatives(POSITION_QUALIFIERS)})\\s*)`;
const POSITION_START = new RegExp(`^${QUALIFIER}?(?:${alternatives(POSITION_STEMS)})`, 'iu');
const AREAS = alternatives(WORK_AREAS);
/** `ВР`, `ВР.`, `ВР, УВР`: nothing but areas of work. */
const ONLY_WORK_AREAS = new RegExp(`^\\s*(?:${AREAS})(?:\\s*[,/]\\s*(?:${AREAS}))*\\s*\\.?\\s*$`, 'u');
const ENDS_IN_WORK_AREA = new RegExp(`(?<![\\p{L}\\p{N}_])(?:${AREAS})\\s*\\.?$`, 'u');
/** Where an organisation's name begins inside a position: an abbreviation or a named body. */
const ORGANIZATION_IN_POSITION = [
  new RegExp(`(?<![\\p{L}\\p{N}_])(?!(?:${AREAS})(?![\\p{L}\\p{N}_]))\\p{Lu}{2,}[\\s\\S]*$`, 'u'),
  /(?<![\p{L}\p{N}_])(?:отдел|управлени|администраци|центр)[\s\S]*$/u,
];

export function parseParties(cellText: string, context: PartyContext): Result<ParsedParties> {
  const aliases: Alias[] = [];
  const spans: string[] = [];
  const warnings: Warning[] = [];
  const rejoined = rejoinSplitInitials(cellText);
  for (const initials of rejoined.unpaired) {
    warnings.push(warning(WARNING_CODES.CONTENT_SKIPPED, `Initials «${initials}» name no one in «${collapseSpace(cellText)}»; left out`, context.source));
  }
  // An alias definition closes the list it names; it is cut out before splitting.
  const text = rejoined.text;
  let rest = text;
  for (const match of text.matchAll(ALIAS_DEFINITION)) {
    const before = rest.slice(0, rest.indexOf(match[0]));
    const defined = splitCell(before).map(spanText).filter(isMeaningful);
    pushAll(spans, defined);
    aliases.push({ alias: collapseSpace(match[1] ?? ''), expansion: defined, source: context.source });
    rest = rest.slice(rest.indexOf(match[0]) + match[0].length);
  }
  pushAll(spans, splitCell(rest).map(spanText).filter(isMeaningful));
  return result({ parties: classifyAll(spans, context), aliases }, warnings);
}

/** A span as one line, without the list bullet that may open it (`• Иванов И.И.`). */
function spanText(span: string): string {
  return dropItemBullet(collapseSpace(span));
}

/** A span that holds at least one letter: never a lone punctuation mark or number (`1,2 семья …`). */
function isMeaningful(span: string): boolean {
  return /\p{L}/u.test(span);
}

/**
 * After a closing quote, another quoted name with no comma between them
 * (`"А" "Б"`, `МКОУ "А" МКОУ "Б"`, `МКОУ «А» МКОУ «Б»`) starts a new party.
 */
const NEXT_QUOTED_NAME = /^\s+(?:\p{Lu}{2,}[\s-]+)*[«"]/u;
const ENDS_IN_NAME_PREFIX = new RegExp(`(?<![\\p{L}])(?:${NAME_PREFIXES.map((prefix) => prefix.replace(/\./g, '\\.')).join('|')})\\s*$`, 'u');
/** What may follow the end of a party: a separator or the end of the cell. */
const SPAN_END = /^[^\S\n]*(?:[,;\n]|$)/u;

/** A capitalised job noun further along the line opens another party (`… по УВР Учителя-предметники`, `Инспектор ОДН Соц. педагог`). */
const NEXT_JOB = new RegExp(`[^\\S\\n]+(${QUALIFIER}?(?:${alternatives(POSITION_NOUN_STEMS)})[\\p{L}-]*)`, 'iuy');
/** `воспитатель и воспитатели`: «и» before a job noun joins two parties. */
const AND_JOB = new RegExp(`[^\\S\\n]+и[^\\S\\n]+(${QUALIFIER}?(?:${alternatives(POSITION_NOUN_STEMS)})[\\p{L}-]*)`, 'uy');
/** After an area of work's full stop, a job noun opens another party (`по АХЧ. водитель автобуса`, `по ВР.Воспитатели`). */
const JOB_AFTER_STOP = new RegExp(`[^\\S\\n]*${QUALIFIER}?(?:${alternatives(POSITION_NOUN_STEMS)})`, 'iuy');
const ENDS_IN_ABBREVIATION = /(?:^|[^\p{L}\p{N}])\p{Lu}{2,}$/u;
const IS_ADJECTIVE = new RegExp(`(?:${ADJECTIVE_FORM_ENDINGS.join('|')})$`, 'u');
const CONTINUATION_LINE = new RegExp(`^[^\\S\\n]*(?:${CONTINUATION_WORDS.join('|')})[^\\S\\n]`, 'u');
/** `Зам. директора по` / `УВР`: a party never ends on a preposition (in lower case: `И` may be an initial). */
const ENDS_IN_CONTINUATION_WORD = new RegExp(`(?:^|[^\\p{L}.])(?:${CONTINUATION_WORDS.join('|')})[^\\S\\n]*$`, 'u');
const NAME_PREFIX_LINE = new RegExp(`^[^\\S\\n]*(?:${alternatives(NAME_PREFIXES)})\\s*\\p{Lu}`, 'u');
/** One job word and nothing else (`руководители`, `Ответственный`): its body or its area must follow. */
const BARE_JOB = new RegExp(`^${QUALIFIER}?(?:${alternatives(POSITION_STEMS)})[\\p{L}-]*$`, 'iu');
/** One job word, abbreviated or not, still waiting for its complement (see COMPLEMENT_SEEKING_STEMS). */
const SEEKS_COMPLEMENT = new RegExp(`^(?:${alternatives(COMPLEMENT_SEEKING_STEMS)})[\\p{L}.]*$`, 'iu');
const INITIALS_ALONE = /^\p{Lu}\.\s?\p{Lu}\.?(?=\s*(?:$|[,;\n]|\p{Lu}))/u;
const OPENS_WITH_ABBREVIATION = /^[^\S\n]*\p{Lu}{2,}(?!\p{Ll})/u;
const FORMS = LEGAL_FORMS.join('|');
const KINDS = INSTITUTION_KINDS.join('|');
/** A legal form alone (`МБОУ`, `МБОУ-`), or with the place of its school and no kind yet (`МБОУ Краснорябинская`). */
const LEGAL_FORM_ALONE = new RegExp(`^(?:${FORMS})[\\s-]*$`, 'u');
const NAME_AWAITING_KIND = new RegExp(`^(?:${FORMS})[\\s-]+\\p{Lu}[\\p{L}-]*(?:\\s+\\p{Lu}[\\p{L}-]*)*$`, 'u');
const HOLDS_KIND = new RegExp(`(?<![\\p{L}])(?:${KINDS})(?![\\p{L}])`, 'iu');
const OPENS_WITH_KIND = new RegExp(`^[^\\S\\n]*(?:${KINDS})(?![\\p{L}])`, 'iu');
const OPENS_WITH_FORM = new RegExp(`^[^\\S\\n]*(?:${FORMS})(?![\\p{L}])`, 'u');

/**
 * Splits at commas, semicolons and line breaks outside quotes and
 * parentheses. Parentheses after a role (`Директора ОО (МКОУ …, МКОУ …)`,
 * also with the role on a line of its own) hold a list of organisations, so
 * they split too, unless they hold an area of work (`Зам. директора по УВР
 * (ВР)`); two quoted names with no comma between them (`"А" "Б"`) are two
 * spans. A line break inside one party (a role or a position continued on
 * the next line, a position above its holder's name) does not split, and
 * a job noun further along a line (`Инспектор ОДН Соц. педагог`) does.
 */
function splitCell(text: string): string[] {
  const spans: string[] = [];
  let depth = 0;
  let guillemets = 0;
  let quoted = false;
  let listInParens = false;
  let current = '';
  const flush = (): void => {
    spans.push(current);
    current = '';
  };
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i] ?? '';
    const outside = depth === 0 && !quoted && guillemets === 0;
    // `Директора ОО\n(МКОУ СОШ № 10 …,` (seed 003): the role ended the line before its list opened.
    const owner = current.trim() === '' ? (spans[spans.length - 1] ?? '') : current;
    if (char === '(' && outside && POSITION_START.test(collapseSpace(owner)) && !findName(owner) && !holdsWorkAreas(text, i)) {
      listInParens = true;
      flush();
      continue;
    }
    if (char === ')' && listInParens) {
      listInParens = false;
      flush();
      continue;
    }
    // `…,\nМКОУ СОШ №18 с.Добровольное)` (seed 003): the conversion lost the list's opening parenthesis.
    if (char === ')' && outside && SPAN_END.test(text.slice(i + 1))) continue;
    if (char === '\n' && outside && current.trim() !== '' && continuesParty(current, nextLine(text, i))) {
      current += ' ';
      continue;
    }
    // `начальник МКУ\n«Управление образования»`: a name in quotes on the next
    // line belongs to the abbreviation that ends this one.
    if (char === '\n' && outside && /\p{Lu}{2,}\s*$/u.test(current) && /^\s*[«"]/.test(text.slice(i + 1))) {
      current += ' ';
      continue;
    }
    if (char === '\n' && ENDS_IN_NAME_PREFIX.test(current)) {
      current += ' ';
      continue;
    }
    if (outside && /[^\S\n]/u.test(char) && current.trim() !== '') {
      const and = startsAt(AND_JOB, text, i);
      const jobWord = and?.[1]?.split(/\s+/u).pop() ?? '';
      if (and && POSITION_START.test(current.trim()) && !IS_ADJECTIVE.test(jobWord)) {
        flush();
        i += and[0].length - (and[1] ?? '').length - 1;
        continue;
      }
      const job = startsAt(NEXT_JOB, text, i);
      const head = job ? text.slice(i + job[0].length - (job[1] ?? '').length, i + job[0].length + 40) : '';
      if (job && !IS_ADJECTIVE.test(job[1]?.split(/\s+/u).pop() ?? '') && opensAnotherJob(current, head)) {
        flush();
        continue;
      }
    }
    // `Директора ОО МКОУ СОШ № 10 …`: a plural role whose body is named, then a school's legal form — the list the
    // role heads, its parentheses lost (a scan's text layer, a flattened cell).
    if (outside && /[^\S\n]/u.test(char) && OPENS_WITH_FORM.test(text.slice(i)) && headsList(current)) {
      flush();
      continue;
    }
    if (char === '.' && outside && ENDS_IN_ABBREVIATION.test(current.slice(-16)) && startsAt(JOB_AFTER_STOP, text, i + 1)) {
      current += char;
      flush();
      continue;
    }
    // `Классные руководители 1, 4-х классов`: a comma between numbers lists classes, not parties.
    if (char === ',' && outside && /\d$/u.test(current) && /^[^\S\n]*\d/u.test(text.slice(i + 1, i + 4))) {
      current += char;
      continue;
    }
    if (char === '(') depth += 1;
    else if (char === ')' && depth > 0) depth -= 1;
    else if (char === '«') guillemets += 1;
    else if (char === '»' && guillemets > 0) {
      guillemets -= 1;
      if (guillemets === 0 && depth === 0 && !quoted) {
        current += char;
        if (NEXT_QUOTED_NAME.test(text.slice(i + 1))) flush();
        continue;
      }
    } else if (char === '"') {
      const opening = !quoted;
      quoted = !quoted;
      if (!opening && depth === 0 && guillemets === 0) {
        current += char;
        if (NEXT_QUOTED_NAME.test(text.slice(i + 1))) flush();
        continue;
      }
    }
    if (depth === 0 && guillemets === 0 && !quoted && (char === ',' || char === ';' || char === '\n')) {
      flush();
      continue;
    }
    current += char;
  }
  flush();
  return spans;
}

/** A plural role followed by the abbreviation of its body (`Директора ОО`, `учителя РМО`), not by an area of work. */
function headsList(current: string): boolean {
  const role = collapseSpace(current);
  return singularOf(role) !== null && ENDS_IN_ABBREVIATION.test(role) && !ENDS_IN_WORK_AREA.test(role);
}

function startsAt(pattern: RegExp, text: string, index: number): RegExpExecArray | null {
  pattern.lastIndex = index;
  return pattern.exec(text);
}

function nextLine(text: string, newline: number): string {
  const end = text.indexOf('\n', newline + 1);
  return text.slice(newline + 1, end < 0 ? text.length : end);
}

/** `(ВР)`, `(ВР, УВР)` after the `(` at `open`: areas of the same post. */
function holdsWorkAreas(text: string, open: number): boolean {
  const close = text.indexOf(')', open);
  return close > open && ONLY_WORK_AREAS.test(text.slice(open + 1, close));
}

/**
 * Whether `line` carries on the party of `current` across a line break:
 * one of them holds a preposition at the break (`Ответственный` / `за
 * Интернет-безопасность`, `Зам. директора по` / `УВР`); `line` opens with a
 * place or eponym (`им. С. Г. Поматилова`); it finishes a school's name
 * that `current` began (`МБОУ Краснорябинская` / `СОШ`); it names the body
 * of a bare job word (`руководители` / `РМО`); or it is the name of the one
 * person whose position is `current` (`Педагог-психолог` / `Е.С.Мосиенко`).
 */
function continuesParty(current: string, line: string): boolean {
  if (CONTINUATION_LINE.test(line) || ENDS_IN_CONTINUATION_WORD.test(current)) return true;
  // `МБОУ` / `Краснорябинская СОШ`, `МБОУ Краснорябинская` / `СОШ им. П.И. Бровичева`: a school's name wrapped
  // before its kind (a narrow column, or a scan's lines) is still one school.
  const job = collapseSpace(current);
  if (LEGAL_FORM_ALONE.test(job) && !OPENS_WITH_FORM.test(line) && !POSITION_START.test(line.trim())) return true;
  if (NAME_AWAITING_KIND.test(job) && !HOLDS_KIND.test(job) && OPENS_WITH_KIND.test(line)) return true;
  // `Образовательные` / `организации` (a narrow column, or OCR's lines): an adjective's noun on the next line.
  if (IS_ADJECTIVE.test(/\p{L}+$/u.exec(current.trimEnd())?.[0] ?? '') && /^[^\S\n]*\p{Ll}/u.test(line)) return true;
  if (NAME_PREFIX_LINE.test(line) && !POSITION_START.test(line.trim())) return true;
  if (BARE_JOB.test(job) && OPENS_WITH_ABBREVIATION.test(line) && !findName(line)) return true;
  if (!POSITION_START.test(job) || findName(current) || singularOf(job) !== null) return false;
  const name = findName(line);
  return name !== null && line.slice(0, name.index).trim() === '' && /^[\s.,;]*$/u.test(line.slice(name.index + name.printed.length));
}

/**
 * `head` opens with a capitalised job noun after `current` on one line: a
 * new party, unless `current` is one word still waiting for its complement
 * (`Заместитель Директора`, `Зам. Директора`) or `head` is a surname
 * (`Директор Старшинова И.И.`).
 */
function opensAnotherJob(current: string, head: string): boolean {
  // `Классные руководители зам. директора …`, `зам. директора по УВР кл. руководители`: a complete role, or a post
  // whose area of work closed it, is followed by the next party even in lower case.
  if (!/^\p{Lu}/u.test(head)) return isWholeRole(current.trim()) || ENDS_IN_WORK_AREA.test(current.trim());
  if (SEEKS_COMPLEMENT.test(current.trim())) return false;
  // `Коснырева И.О.`: a surname's initials that spell «и.о.» (acting) open no job.
  if (INITIALS_ALONE.test(head)) return false;
  return findName(head)?.index !== 0;
}

function classifyAll(spans: string[], context: PartyContext): Party[] {
  const parties: Party[] = [];
  for (const span of spans) {
    const previous = parties[parties.length - 1];
    // `Зам. директора по УВР, ВР`: another area of the same post.
    if (previous?.position && ONLY_WORK_AREAS.test(span) && ENDS_IN_WORK_AREA.test(previous.position)) {
      previous.text = `${previous.text}, ${span}`;
      previous.position = `${previous.position}, ${span}`;
      continue;
    }
    // A position written after a person's name stays with that person.
    // `Салманова З.М., руководитель м/о, учитель МКОУ …`: a second singular
    // position after a person is another post of the same person.
    if (previous?.kind === 'person' && previous.position !== null && isPositionOnly(span) && singularOf(span) === null) {
      previous.text = `${previous.text}, ${span}`;
      previous.position = `${previous.position}, ${span}`;
      previous.organization = previous.organization ?? organizationIn(span);
      continue;
    }
    if (previous?.kind === 'person' && previous.position === null && isPositionOnly(span)) {
      const plural = singularOf(span);
      const run = personRun(parties);
      // `Магомедова У.К., Адзиева К.А., методисты УО`: every person of the run
      // gets it. After one person (`Мигилянц Л.В., методисты`) a plural is a
      // group of its own, so it stays a role.
      if (plural !== null && run.length >= 2) {
        for (const party of run) {
          party.position = plural;
          party.organization = organizationIn(plural);
        }
        continue;
      }
      if (plural !== null) {
        pushAll(parties, classify(span, context));
        continue;
      }
      previous.text = `${previous.text}, ${span}`;
      previous.position = span;
      previous.organization = organizationIn(span);
      continue;
    }
    pushAll(parties, classify(span, context));
  }
  return parties;
}

/** The persons without a position at the end of the list so far. */
function personRun(parties: Party[]): Party[] {
  const run: Party[] = [];
  for (let i = parties.length - 1; i >= 0; i -= 1) {
    const party = parties[i];
    if (party?.kind !== 'person' || party.position !== null) break;
    run.push(party);
  }
  return run;
}

function classify(text: string, context: PartyContext): Party[] {
  const name = findName(text);
  if (name) {
    // `Иванов И.И. Петров П.П.`: a second name right after the first starts another party.
    const end = name.index + name.printed.length;
    const next = findName(text.slice(end));
    if (next && text.slice(end, end + next.index).trim() === '') {
      return [...classify(text.slice(0, end), context), ...classify(text.slice(end + next.index), context)];
    }
    const rest = collapseSpace(text.replace(name.printed, ' ').replace(/^[\s,.:;-]+|[\s,:;-]+$/g, ''));
    // `Рабочая группа Богданова Ж.В.`: a body before a name is a party of its own, not the person's post.
    if (name.index > 0 && ACTING_BODY.test(rest) && !HOLDS_JOB.test(rest)) {
      const body = text.slice(0, name.index).replace(/[\s,.:;-]+$/u, '');
      return [...classify(body, context), ...classify(text.slice(name.index), context)];
    }
    // `5Аксёнова О.М.`: a number printed beside the name is no position.
    const position = /\p{L}/u.test(rest) ? rest : null;
    return [{ text, kind: 'person', name: name.nominative, position, organization: position ? organizationIn(position) : null, resolved: null }];
  }
  const surnames = brokenPersonList(text);
  if (surnames) return surnames;
  const key = text.toLowerCase();
  const alias = context.aliases instanceof Map ? context.aliases.get(key) : (context.aliases as readonly Alias[]).find((candidate) => candidate.alias.toLowerCase() === key);
  const resolved = alias ? alias.expansion : null;
  if (POSITION_START.test(text) || isRoleWord(text)) {
    return [{ text, kind: 'role', name: null, position: text, organization: organizationIn(text), resolved }];
  }
  return [{ text, kind: 'organization', name: null, position: null, organization: text, resolved }];
}

/**
 * Whether `text` opens with a job, a role, a person's name or a body that
 * acts for the school (`Администрация`, `Педагогический совет`): the test for
 * the leading words of a cell that also holds a deadline.
 */
export function opensWithParty(text: string): boolean {
  const head = collapseSpace(text);
  return POSITION_START.test(head) || isRoleWord(head) || findName(head)?.index === 0 || ACTING_BODY.test(head);
}

const ACTING_BODY = new RegExp(`^(?:${ACTING_BODIES.join('|')})`, 'iu');
/** A job noun anywhere: `Председатель рабочей группы` is a post, not a body. */
const HOLDS_JOB = new RegExp(`(?<![\\p{L}])(?:${alternatives(POSITION_NOUN_STEMS)})`, 'iu');

/** Plural nouns that name a group of people without naming a body. */
const ROLE_WORD_LIST = String.raw`учителя?-предметник\p{L}*|кураторы|педагоги|(?:классные|кл\.)\s*руководители|школы-кураторы|школы-наставники|наставники|эксперты|тьюторы`;
const ROLE_WORDS = new RegExp(`^(?:${ROLE_WORD_LIST})`, 'iu');
const WHOLE_ROLE = new RegExp(`^(?:${ROLE_WORD_LIST})[.,]?$`, 'iu');

/** The whole text one plural role (`Классные руководители`), nothing after it. */
function isWholeRole(text: string): boolean {
  return WHOLE_ROLE.test(text);
}

function isRoleWord(text: string): boolean {
  return ROLE_WORDS.test(text);
}

function isPositionOnly(span: string): boolean {
  return /^\p{Ll}/u.test(span) && POSITION_START.test(span) && !findName(span);
}

/** `методисты УО` → `методист УО`; null when the position is not a known plural. */
function singularOf(position: string): string | null {
  const [first, ...rest] = position.split(/\s+/);
  const singular = PLURAL_TO_SINGULAR[(first ?? '').toLowerCase()];
  return singular ? [singular, ...rest].join(' ') : null;
}

/**
 * `Магомедова Баркаева методисты УО` (seed 004, a cell broken by the
 * extractor): surnames without initials followed by a plural position, or
 * `Магомедова Алишейхов Магомедова`: surnames alone, two or more of them.
 */
function brokenPersonList(text: string): Party[] | null {
  const words = text.split(/\s+/);
  const surnames = words.findIndex((word) => !looksLikeSurname(word));
  const names = surnames < 0 ? words : words.slice(0, surnames);
  const rest = words.slice(names.length).join(' ');
  const position = /^\p{Ll}/u.test(rest) ? singularOf(rest) : null;
  if (names.length === 0 || (rest === '' ? names.length < 2 : position === null)) return null;
  return names.map((name) => ({ text: name, kind: 'person', name, position, organization: position ? organizationIn(position) : null, resolved: null }));
}

/** The body a position names (`зам.начальника МКУ «УО»` → `МКУ «УО»`), or null. */
export function organizationIn(position: string): string | null {
  // Abbreviations name the body more exactly than a common noun does; the
  // abbreviations of subjects and exams (УВР, ГИА) are not bodies.
  for (const pattern of ORGANIZATION_IN_POSITION) {
    const match = pattern.exec(position);
    if (match) return collapseSpace(match[0]);
  }
  return null;
}
