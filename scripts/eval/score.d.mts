/** Types of scripts/eval/score.mjs, for the TypeScript tests that import it. */
import type { RoadmapDocument } from '../../src/model/roadmap.js';

export type Figure = 'recall' | 'precision' | 'titles' | 'deadlines' | 'kinds' | 'responsible' | 'requisites';
export const FIGURES: Figure[];
export const MATCH_WITH_NUMBER: number;
export const MATCH_BY_TITLE: number;

export interface GoldDeadline {
  text: string;
  kind: string;
  start: string | null;
  end: string | null;
}

export interface GoldActivity {
  number: string | null;
  section?: string | null;
  title: string;
  deadline?: GoldDeadline | null;
  responsibleText?: string;
  responsible?: string[];
}

export interface Gold {
  documents: string[];
  layouts: string[];
  complete: boolean;
  note?: string;
  decree?: { kind?: string | null; date?: string | null; number?: string | null; title?: string | null; signatory?: string | null };
  roadmaps: Array<{ title?: string | null; period?: { start: string; end: string } | null; partial?: boolean; activities: GoldActivity[] }>;
}

export interface Counts {
  documents: number;
  failed: number;
  goldRows: number;
  matched: number;
  predictedRows: number;
  titlesEqual: number;
  deadlineRows: number;
  deadlinesEqual: number;
  kindsEqual: number;
  responsibleTrue: number;
  responsibleFalse: number;
  responsibleMissed: number;
  requisites: number;
  requisitesEqual: number;
}

export type Figures = Record<Figure, number | null>;

export type Miss =
  | { type: 'missing' | 'extra'; number: string | null; title: string }
  | { type: 'title'; number: string | null; title: string; expected: string; got: string }
  | { type: 'deadline' | 'kind'; number: string | null; title: string; expected: string; got: string }
  | { type: 'responsible'; number: string | null; title: string; expected: string[]; got: string[] }
  | { type: 'requisite'; field: string; expected: string | null; got: string | null };

/** Just what the scorer reads of a RoadmapDocument, so tests can hand-make one. */
export type ScoredDocument = {
  decree?: Partial<Pick<RoadmapDocument['decree'], 'kind' | 'date' | 'number' | 'title'>> & { signatory?: { name: string } | null };
  roadmaps: Array<{
    activities: Array<{
      number: string | null;
      title: string;
      deadline?: { text: string; kind: string; start: string | null; end: string | null } | null;
      responsible?: Array<{ text: string; kind: string; name?: string | null }>;
    }>;
  }>;
};

export function normaliseSpace(text: string): string;
export function normaliseTitle(text: string): string;
export function titleSimilarity(a: string, b: string): number;
export function normaliseNumber(number: string | null | undefined): string | null;
export function personKey(text: string): string | null;
export function textKey(text: string): string;
export function goldPartyKey(text: string): string;
export function partyKey(party: { text: string; kind: string; name?: string | null }): string;
export function matchActivities(
  gold: Array<{ number: string | null; title: string }>,
  predicted: Array<{ number: string | null; title: string }>,
): Array<[gold: number, predicted: number, similarity: number]>;
export function emptyCounts(): Counts;
export function addCounts(total: Counts, counts: Counts): Counts;
export function figuresOf(counts: Counts): Figures;
export function scoreDocument(gold: Gold, document: ScoredDocument | RoadmapDocument | null): { counts: Counts; misses: Miss[] };
export function groupsOf(corpus: string, format: string, layouts: string[]): string[];
export function lookupGroup<T>(table: Record<string, Partial<Record<Figure, T>>> | undefined, group: string): Partial<Record<Figure, T>>;
export function belowThresholds(
  figuresByGroup: Record<string, Figures>,
  thresholds: Record<string, Partial<Record<Figure, number>>>,
): Array<{ group: string; figure: Figure; value: number; threshold: number }>;
