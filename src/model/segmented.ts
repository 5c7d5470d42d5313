/**
 * What the segmenter makes of a layout: for each table that is a plan of
 * activities, its columns, sections and activity rows with each cell's text
 * under its column's role. Russian parsing of the cells happens after this.
 */
import type { Column, ColumnRole, Section, SourceRef } from './roadmap.js';
import type { Warning } from './warnings.js';

export type CellRole = Exclude<ColumnRole, 'other'>;

export interface SegmentedActivity {
  type: 'activity';
  /** As printed, trailing dot dropped; null when the row has none. */
  number: string | null;
  /** Number and title of the section row the activity belongs to. */
  section: string | null;
  sectionTitle: string | null;
  /**
   * Title of the nearest section row above that names a time while it still
   * holds (see the segmenter's `timeHeading`), else of the nearest section
   * row above: a month heading (`Январь`, `Октябрь, 2016 год`) gives rows
   * that print only days (`10-12`) or `В течение месяца` their month, also
   * under topic headings inside that month (school11-nakhodka-plan-2016).
   */
  heading: string | null;
  /** Raw cell text per role (lines kept as `\n`); '' when the cell is empty; absent when the table has no such column. */
  cells: Partial<Record<CellRole, string>>;
  /** Every `other` column: header → cell text. */
  extra: Record<string, string>;
  source: SourceRef;
}

export interface SegmentedRoadmap {
  type: 'roadmap';
  /** The caption above the table, or null. */
  caption: string | null;
  columns: Column[];
  sections: Section[];
  activities: SegmentedActivity[];
  source: SourceRef;
}

export interface SegmentedDocument {
  type: 'segmented';
  roadmaps: SegmentedRoadmap[];
  warnings: Warning[];
}
