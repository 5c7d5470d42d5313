/**
 * «Срок» cells → the contract's Deadline. Placeholder seam: the full grammar
 * (issue «Russian deadline parser») replaces the body of parseDeadline; its
 * signature is what the pipeline relies on.
 */
import type { Deadline, Period, SourceRef } from '../../model/roadmap.js';
import { result, type Result } from '../../model/warnings.js';
import { collapseSpace } from '../../layout/text.js';

export interface DeadlineContext {
  /** The roadmap's period (or, for a decree's orders, the decree's year); null when unknown. */
  period: Period | null;
  /** Title of the enclosing section, e.g. `Январь` above rows that print only days. */
  sectionTitle: string | null;
  /** Start of an `until` deadline in a decree's orders: the decree's date. Null in roadmaps. */
  anchorDate: string | null;
  /** Where the cell is, for warnings. */
  source: SourceRef | null;
}

export function parseDeadline(cellText: string, _context: DeadlineContext): Result<Deadline> {
  return result({
    text: collapseSpace(cellText),
    kind: 'unspecified',
    start: null,
    end: null,
    intervals: [],
    recurrence: null,
    yearInferred: false,
  });
}
