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
import { findName, looksLikeSurname } from './names.js';
import { ADJECTIVE_ENDINGS, NAME_PREFIXES, PLURAL_TO_SINGULAR, POSITION_STEMS } from './positions.js';

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

const POSITION_START = new RegExp(
  `^(?:\\p{L}+(?:${ADJECTIVE_ENDINGS.join('|')})\\s+)?(?:${POSITION_STEMS.map((stem) => stem.replace(/\./g, '\\.')).join('|')})`,
  'iu',
);
/** Where an organisation's name begins inside a position: an abbreviation or a named body. */
const ORGANIZATION_IN_POSITION = [
  /(?<![\p{L}\p{N}_])(?!(?:УВР|ВР|ГИА|ВПР|ОГЭ|ЕГЭ|ФГОС)(?![\p{L}\p{N}_]))\p{Lu}{2,}[\s\S]*$/u,
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

/** A span that holds at least one letter or digit: never a lone punctuation mark. */
/** A span as one line, without the list bullet that may open it (`• Иванов И.И.`). */
function spanText(span: string): string {
  return dropItemBullet(collapseSpace(span));
}

function isMeaningful(span: string): boolean {
  return /[\p{L}\p{N}]/u.test(span);
}

/**
 * After a closing quote, another quoted name with no comma between them
 * (`"А" "Б"`, `МКОУ "А" МКОУ "Б"`, `МКОУ «А» МКОУ «Б»`) starts a new party.
 */
const NEXT_QUOTED_NAME = /^\s+(?:\p{Lu}{2,}[\s-]+)*[«"]/u;
const ENDS_IN_NAME_PREFIX = new RegExp(`(?<![\\p{L}])(?:${NAME_PREFIXES.map((prefix) => prefix.replace(/\./g, '\\.')).join('|')})\\s*$`, 'u');
/** What may follow the end of a party: a separator or the end of the cell. */
const SPAN_END = /^[^\S\n]*(?:[,;\n]|$)/u;

/**
 * Splits at commas, semicolons and line breaks outside quotes and
 * parentheses. Parentheses after a role (`Директора ОО (МКОУ …, МКОУ …)`,
 * also with the role on a line of its own) hold a list of organisations, so
 * they split too; two quoted names with no comma between them (`"А" "Б"`)
 * are two spans.
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
    // `Директора ОО\n(МКОУ СОШ № 10 …,` (seed 003): the role ended the line before its list opened.
    const owner = current.trim() === '' ? (spans[spans.length - 1] ?? '') : current;
    if (char === '(' && depth === 0 && !quoted && guillemets === 0 && POSITION_START.test(collapseSpace(owner)) && !findName(owner)) {
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
    if (char === ')' && depth === 0 && !quoted && guillemets === 0 && SPAN_END.test(text.slice(i + 1))) continue;
    // `начальник МКУ\n«Управление образования»`: a name in quotes on the next
    // line belongs to the abbreviation that ends this one.
    if (char === '\n' && depth === 0 && !quoted && guillemets === 0 && /\p{Lu}{2,}\s*$/u.test(current) && /^\s*[«"]/.test(text.slice(i + 1))) {
      current += ' ';
      continue;
    }
    if (char === '\n' && ENDS_IN_NAME_PREFIX.test(current)) {
      current += ' ';
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

function classifyAll(spans: string[], context: PartyContext): Party[] {
  const parties: Party[] = [];
  for (const span of spans) {
    const previous = parties[parties.length - 1];
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
    const position = collapseSpace(text.replace(name.printed, ' ').replace(/^[\s,.:;-]+|[\s,:;-]+$/g, '')) || null;
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

/** Plural nouns that name a group of people without naming a body. */
const ROLE_WORDS = /^(?:учителя?-предметник|кураторы|педагоги|классные руководители|школы-кураторы|школы-наставники|наставники|эксперты|тьюторы)/iu;

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
