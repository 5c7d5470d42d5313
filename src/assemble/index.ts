/**
 * Segmented roadmaps + the decree's requisites → the contract's
 * RoadmapDocument: cells become titles, parties and deadlines, each roadmap
 * gets its period, and what a reader should check becomes a warning.
 */
import type { LayoutDocument } from '../model/layout.js';
import type { Activity, Alias, Party, Period, Roadmap, RoadmapDocument, Source } from '../model/roadmap.js';
import { SCHEMA_VERSION } from '../model/roadmap.js';
import type { SegmentedActivity, SegmentedDocument, SegmentedRoadmap } from '../model/segmented.js';
import { pushAll } from '../model/arrays.js';
import { WARNING_CODES, warning, type Warning } from '../model/warnings.js';
import { flattenCellText } from '../layout/text.js';
import { parseDeadline } from '../parse/ru/deadline.js';
import { parseParties } from '../parse/ru/party.js';
import { findPeriod, findProgrammeTerm, yearPeriod } from '../parse/ru/period.js';
import { planTitlesBefore } from '../segment/caption.js';
import type { ParsedDecree } from '../parse/ru/decree.js';
import { namesVenue } from '../segment/columns.js';
import { splitPartiesAndDeadline } from './shared-cell.js';
import { splitVenueAndDate } from './venue.js';

export interface AssembleInput {
  source: Source;
  layout: LayoutDocument;
  segmented: SegmentedDocument;
  decree: ParsedDecree;
  /** `--year`: the period's year when neither the roadmap nor the decree names one. */
  fallbackYear: number | null;
}

export function assembleDocument(input: AssembleInput): RoadmapDocument {
  const warnings: Warning[] = [...input.layout.warnings, ...input.segmented.warnings];
  const aliases = new AliasBook(input.decree.aliases);
  const terms = programmeTerms(input.layout);
  const roadmaps = input.segmented.roadmaps.map((segmented) =>
    assembleRoadmap(segmented, roadmapPeriod(segmented, input, terms), aliases, warnings),
  );
  if (roadmaps.length === 0) warnings.push(noRoadmapWarning(input.layout));
  return {
    schemaVersion: SCHEMA_VERSION,
    source: input.source,
    decree: input.decree.decree,
    roadmaps,
    aliases: aliases.all(),
    warnings,
  };
}

/** NO_ROADMAP, saying whether there were tables at all: each one that looks like a plan has a TABLE_UNMAPPED of its own. */
function noRoadmapWarning(layout: LayoutDocument): Warning {
  const tables = layout.blocks.filter((block) => block.type === 'table').length;
  const why = tables === 0 ? 'it has no tables' : `none of its ${tables} table${tables === 1 ? '' : 's'} has a header naming activities and deadlines`;
  return warning(WARNING_CODES.NO_ROADMAP, `The document holds no table of activities: ${why}`);
}

/**
 * The period the roadmap names, else the decree's: its caption's, else the
 * nearest plan title's or approval block's above the table (a title page
 * pages before the table, issue 12), else the term of the programme the
 * table stands in (its passport's «Срок реализации Программы: 2013 – 2018
 * гг.», dshi5-yoshkar-ola-razvitie-2013), else the decree title's, else the
 * decree's year, else `--year`.
 */
function roadmapPeriod(segmented: SegmentedRoadmap, input: AssembleInput, terms: ProgrammeTerm[]): Period | null {
  const decree = input.decree.decree;
  const tableIndex = tableIndexOf(segmented, input.layout);
  const fromText =
    (segmented.caption && findPeriod(segmented.caption)) ||
    (tableIndex >= 0 && (planTitlePeriod(input.layout, tableIndex) || termBefore(terms, tableIndex))) ||
    (decree.title && findPeriod(decree.title));
  if (fromText) return fromText;
  if (decree.date) return yearPeriod(Number(decree.date.slice(0, 4)));
  return input.fallbackYear === null ? null : yearPeriod(input.fallbackYear);
}

/** The layout block of a roadmap's table: the block that holds the header row whose place the roadmap keeps; -1 if none. */
function tableIndexOf(segmented: SegmentedRoadmap, layout: LayoutDocument): number {
  const { page, line } = segmented.source;
  return layout.blocks.findIndex(
    (block) => block.type === 'table' && block.rows.some((row) => row.source.page === page && row.source.line === line),
  );
}

function planTitlePeriod(layout: LayoutDocument, tableIndex: number): Period | null {
  for (const title of planTitlesBefore(layout.blocks, tableIndex)) {
    const period = findPeriod(title);
    if (period) return period;
  }
  return null;
}

/** A programme's term and the block that states it. */
interface ProgrammeTerm {
  blockIndex: number;
  period: Period;
}

/** A passport table's row is a label and a value, perhaps after the field's number: more cells make some other table's row. */
const MAX_PASSPORT_CELLS = 3;

/**
 * Every statement of a programme's term in the document, in order, read
 * once per document: a paragraph, or a passport table's row (`Сроки
 * реализации программы | 2013-2018 годы`) read as `label: value`.
 */
function programmeTerms(layout: LayoutDocument): ProgrammeTerm[] {
  const terms: ProgrammeTerm[] = [];
  layout.blocks.forEach((block, blockIndex) => {
    const texts =
      block.type === 'paragraph'
        ? [block.text]
        : block.rows.flatMap((row) => {
            const filled = row.cells.map((c) => flattenCellText(c.text)).filter((text) => text !== '');
            return filled.length > 1 && filled.length <= MAX_PASSPORT_CELLS ? [filled.join(': ')] : [];
          });
    for (const text of texts) {
      const period = findProgrammeTerm(flattenCellText(text));
      if (period) terms.push({ blockIndex, period });
    }
  });
  return terms;
}

/** The nearest programme term stated above the table. */
function termBefore(terms: ProgrammeTerm[], tableIndex: number): Period | null {
  let nearest: Period | null = null;
  for (const term of terms) if (term.blockIndex < tableIndex) nearest = term.period;
  return nearest;
}

function assembleRoadmap(segmented: SegmentedRoadmap, period: Period | null, aliases: AliasBook, warnings: Warning[]): Roadmap {
  const venueHeader = segmented.columns.find((column) => column.role === 'deadline' && namesVenue(column.header))?.header ?? null;
  return {
    title: segmented.caption,
    period,
    columns: segmented.columns,
    sections: segmented.sections,
    activities: segmented.activities.map((activity) =>
      assembleActivity(withSharedCellApart(venueHeader === null ? activity : withVenueApart(activity, venueHeader), period), period, aliases, warnings),
    ),
    source: segmented.source,
  };
}

/** A «Место и сроки проведения» cell: its date part is the deadline, its venue part an `extra` under the column's header. */
function withVenueApart(row: SegmentedActivity, header: string): SegmentedActivity {
  const { date, venue } = splitVenueAndDate(row.cells.deadline ?? '');
  return { ...row, cells: { ...row.cells, deadline: date }, extra: { ...row.extra, [header]: venue } };
}

/**
 * A table with a deadline column and no responsible column whose deadline
 * cell names who and when («Директор, 2014 год»): the parties go to the
 * responsible, the rest to the deadline. (A plan with no deadline column is
 * not read as a roadmap, so the other way round does not arise.)
 */
function withSharedCellApart(row: SegmentedActivity, period: Period | null): SegmentedActivity {
  const { deadline, responsible } = row.cells;
  if (deadline === undefined || responsible !== undefined) return row;
  const isDeadline = (text: string): boolean => parseDeadline(text, { period, sectionTitle: row.heading, anchorDate: null, source: row.source }).value.kind !== 'unspecified';
  const split = splitPartiesAndDeadline(deadline, isDeadline);
  return split === null ? row : { ...row, cells: { ...row.cells, deadline: split.deadline, responsible: split.parties } };
}

function assembleActivity(row: SegmentedActivity, period: Period | null, aliases: AliasBook, warnings: Warning[]): Activity {
  const label = row.number ?? `at line ${row.source.line}`;
  const deadline = parseDeadline(row.cells.deadline ?? '', {
    period,
    sectionTitle: row.heading,
    anchorDate: null,
    source: row.source,
  });
  pushAll(warnings, deadline.warnings);
  if (row.cells.deadline !== undefined && deadline.value.text === '') {
    warnings.push(warning(WARNING_CODES.MISSING_DEADLINE, `Activity ${label} has no deadline`, row.source));
  }
  const responsible = parties(row.cells.responsible, row, aliases, warnings);
  if (row.cells.responsible !== undefined && responsible.length === 0) {
    warnings.push(warning(WARNING_CODES.MISSING_RESPONSIBLE, `Activity ${label} has no responsible party`, row.source));
  }
  return {
    number: row.number,
    section: row.section,
    sectionTitle: row.sectionTitle === null ? null : flattenCellText(row.sectionTitle),
    title: flattenCellText(row.cells.title ?? ''),
    responsible,
    coExecutors: parties(row.cells.coExecutors, row, aliases, warnings),
    deadline: deadline.value,
    expectedResult: optionalText(row.cells.expectedResult),
    reportForm: optionalText(row.cells.reportForm),
    extra: Object.fromEntries(Object.entries(row.extra).map(([header, text]) => [header, flattenCellText(text)])),
    source: row.source,
  };
}

function parties(cellText: string | undefined, row: SegmentedActivity, aliases: AliasBook, warnings: Warning[]): Party[] {
  if (cellText === undefined || cellText.trim() === '') return [];
  const parsed = parseParties(cellText, { aliases: aliases.index(), source: row.source });
  pushAll(warnings, parsed.warnings);
  aliases.add(parsed.value.aliases);
  return parsed.value.parties.map((party) => aliases.resolve(party));
}

function optionalText(text: string | undefined): string | null {
  if (text === undefined) return null;
  const flat = flattenCellText(text);
  return flat === '' ? null : flat;
}

/** The document's aliases in the order they were defined, first definition wins. */
class AliasBook {
  private readonly byName = new Map<string, Alias>();

  constructor(initial: Alias[]) {
    this.add(initial);
  }

  add(aliases: Alias[]): void {
    for (const alias of aliases) {
      const key = alias.alias.toLowerCase();
      if (!this.byName.has(key)) this.byName.set(key, alias);
    }
  }

  all(): Alias[] {
    return [...this.byName.values()];
  }

  /**
   * The aliases by lower-case name, first definition first, for parseParties:
   * handing it all() per cell made a plan whose every row defines an alias
   * quadratic, 5,000 such rows 4 s (issue 8).
   */
  index(): ReadonlyMap<string, Alias> {
    return this.byName;
  }

  /** A party that is exactly an alias the document defines gets what the alias stands for. */
  resolve(party: Party): Party {
    if (party.resolved !== null) return party;
    const alias = this.byName.get(party.text.toLowerCase());
    return alias ? { ...party, resolved: alias.expansion } : party;
  }
}
