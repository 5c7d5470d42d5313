/* Generated from schemas/roadmap.schema.json by scripts/generate-types.mjs. Do not edit. */

/**
 * This interface was referenced by `RoadmapDocument`'s JSON-Schema
 * via the `definition` "NullableString".
 */
export type NullableString = string | null;
/**
 * This interface was referenced by `RoadmapDocument`'s JSON-Schema
 * via the `definition` "NullableIsoDate".
 */
export type NullableIsoDate = IsoDate | null;
/**
 * This interface was referenced by `RoadmapDocument`'s JSON-Schema
 * via the `definition` "IsoDate".
 */
export type IsoDate = string;
/**
 * This interface was referenced by `RoadmapDocument`'s JSON-Schema
 * via the `definition` "DeadlineKind".
 */
export type DeadlineKind =
  | 'date'
  | 'period'
  | 'multiple'
  | 'until'
  | 'recurring'
  | 'ongoing'
  | 'as-needed'
  | 'scheduled'
  | 'unspecified';
/**
 * This interface was referenced by `RoadmapDocument`'s JSON-Schema
 * via the `definition` "Recurrence".
 */
export type Recurrence =
  'daily' | 'weekly' | 'monthly' | 'quarterly' | 'semiannual' | 'annual' | null;
/**
 * This interface was referenced by `RoadmapDocument`'s JSON-Schema
 * via the `definition` "ColumnRole".
 */
export type ColumnRole =
  | 'number'
  | 'title'
  | 'deadline'
  | 'responsible'
  | 'coExecutors'
  | 'expectedResult'
  | 'reportForm'
  | 'other';

/**
 * One input decree turned into its requisites, orders and roadmaps (roadmap-ingest output contract, version 1.x).
 */
export interface RoadmapDocument {
  /**
   * Major changes only when a field is renamed or dropped.
   */
  schemaVersion: string;
  source: Source;
  decree: Decree;
  roadmaps: Roadmap[];
  aliases: Alias[];
  warnings: Warning[];
}
/**
 * This interface was referenced by `RoadmapDocument`'s JSON-Schema
 * via the `definition` "Source".
 */
export interface Source {
  /**
   * The path as given on the command line.
   */
  file: string;
  /**
   * image (PNG, JPEG, TIFF; read by OCR) since 1.2.
   */
  format: 'pdf' | 'docx' | 'text' | 'image';
  sha256: string;
  /**
   * pdf and image (a TIFF's pages) only, else null.
   */
  pages: number | null;
  /**
   * text only: the detected encoding (utf-8, windows-1251, …), else null.
   */
  encoding: string | null;
  /**
   * Since 1.2. The pages read by OCR (1-based, ascending). Absent when no page was.
   */
  ocrPages?: number[];
}
/**
 * The order itself: its ГОСТ Р 7.0.97 requisites and its numbered clauses.
 *
 * This interface was referenced by `RoadmapDocument`'s JSON-Schema
 * via the `definition` "Decree".
 */
export interface Decree {
  /**
   * приказ | постановление | распоряжение | …, lower case.
   */
  kind: string | null;
  authority: NullableString;
  date: NullableIsoDate;
  /**
   * Without «№», as printed: "1/1", "345".
   */
  number: string | null;
  place: NullableString;
  title: NullableString;
  signatory: Signatory | null;
  orders: Order[];
}
/**
 * This interface was referenced by `RoadmapDocument`'s JSON-Schema
 * via the `definition` "Signatory".
 */
export interface Signatory {
  name: string;
  position: NullableString;
}
/**
 * A numbered clause after ПРИКАЗЫВАЮ / ПОСТАНОВЛЯЮ.
 *
 * This interface was referenced by `RoadmapDocument`'s JSON-Schema
 * via the `definition` "Order".
 */
export interface Order {
  number: NullableString;
  text: string;
  responsible: Party[];
  deadline: Deadline | null;
  source: SourceRef | null;
}
/**
 * This interface was referenced by `RoadmapDocument`'s JSON-Schema
 * via the `definition` "Party".
 */
export interface Party {
  /**
   * The span in the cell, as printed.
   */
  text: string;
  kind: 'person' | 'organization' | 'role';
  /**
   * person only: surname with initials, in the nominative.
   */
  name: string | null;
  position: NullableString;
  organization: NullableString;
  /**
   * When the party is exactly an alias the document defines, what the alias stands for; else null.
   */
  resolved: string[] | null;
}
/**
 * This interface was referenced by `RoadmapDocument`'s JSON-Schema
 * via the `definition` "Deadline".
 */
export interface Deadline {
  /**
   * The cell as printed (white space normalised).
   */
  text: string;
  kind: DeadlineKind;
  start: NullableIsoDate;
  end: NullableIsoDate;
  intervals: Interval[];
  recurrence: Recurrence;
  yearInferred: boolean;
  /**
   * Since 1.1. A day printed without a year, as ISO 8601 / XML Schema gMonthDay (`--09-01`) or gDay (`---05`): the day a recurrence falls due (`ежегодно, до 1 сентября`, `ежемесячно до 5 числа`), or a day no year could be given to (`12.03` with no period, no decree date; of a span such as `3.05.-17.05`, its last day). Absent otherwise.
   */
  due?: string;
  /**
   * Since 1.1. A span counted from an event rather than a date (`в течение 14 дней`, `в течение 10 рабочих дней со дня …`): it has no dates of its own. Absent otherwise.
   */
  relative?: {
    amount: number;
    unit: 'day' | 'working-day' | 'week' | 'month';
  };
}
/**
 * This interface was referenced by `RoadmapDocument`'s JSON-Schema
 * via the `definition` "Interval".
 */
export interface Interval {
  start: IsoDate;
  end: IsoDate;
}
/**
 * Where a row or span starts in the input: 1-based page (pdf only, else null) and 1-based line of the extracted text (for docx: the paragraph's ordinal in the body).
 *
 * This interface was referenced by `RoadmapDocument`'s JSON-Schema
 * via the `definition` "SourceRef".
 */
export interface SourceRef {
  page: number | null;
  line: number;
}
/**
 * This interface was referenced by `RoadmapDocument`'s JSON-Schema
 * via the `definition` "Roadmap".
 */
export interface Roadmap {
  /**
   * The caption above the table, or null.
   */
  title: string | null;
  period: Period | null;
  columns: Column[];
  sections: Section[];
  activities: Activity[];
  source: SourceRef | null;
}
/**
 * This interface was referenced by `RoadmapDocument`'s JSON-Schema
 * via the `definition` "Period".
 */
export interface Period {
  text: string;
  start: NullableIsoDate;
  end: NullableIsoDate;
}
/**
 * This interface was referenced by `RoadmapDocument`'s JSON-Schema
 * via the `definition` "Column".
 */
export interface Column {
  header: string;
  role: ColumnRole;
}
/**
 * This interface was referenced by `RoadmapDocument`'s JSON-Schema
 * via the `definition` "Section".
 */
export interface Section {
  number: NullableString;
  title: string;
  source: SourceRef | null;
}
/**
 * This interface was referenced by `RoadmapDocument`'s JSON-Schema
 * via the `definition` "Activity".
 */
export interface Activity {
  /**
   * As printed, trailing dot dropped: "1.1", "4.2.1.1", "17"; null when the row has none.
   */
  number: string | null;
  section: NullableString;
  sectionTitle: NullableString;
  title: string;
  responsible: Party[];
  coExecutors: Party[];
  deadline: Deadline;
  expectedResult: NullableString;
  reportForm: NullableString;
  extra: {
    [k: string]: string;
  };
  source: SourceRef;
  /**
   * Since 1.2. An activity read by OCR: the mean confidence (0–100) of the words of its row's cells. Absent otherwise.
   */
  ocrConfidence?: number;
}
/**
 * This interface was referenced by `RoadmapDocument`'s JSON-Schema
 * via the `definition` "Alias".
 */
export interface Alias {
  alias: string;
  expansion: string[];
  source: SourceRef | null;
}
/**
 * This interface was referenced by `RoadmapDocument`'s JSON-Schema
 * via the `definition` "Warning".
 */
export interface Warning {
  code: string;
  message: string;
  source: SourceRef | null;
}
