/**
 * Issue 16: parseDeadline reads every cell the grammar generates as exactly
 * the interval the grammar says it means (src/parse/ru/deadline.grammar.ts is
 * the specification). DEADLINE_RUNS raises the count for a long run.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDeadline } from '../../../src/parse/ru/deadline.js';
import { deadlineCase } from '../../../src/parse/ru/deadline.grammar.js';

const NUM_RUNS = Number(process.env['DEADLINE_RUNS'] ?? 3000);

describe('the deadline grammar (issue 16)', () => {
  it('reads every generated cell as the interval it means', () => {
    fc.assert(
      fc.property(deadlineCase, (c) => {
        const { value } = parseDeadline(c.text, { period: c.period, sectionTitle: c.sectionTitle, anchorDate: null, source: null });
        expect({
          text: c.text, kind: value.kind, start: value.start, end: value.end, intervals: value.intervals, recurrence: value.recurrence,
          due: value.due, relative: value.relative,
        }).toEqual({
          text: c.text, kind: c.kind, start: c.start, end: c.end, intervals: c.intervals, recurrence: c.recurrence, due: c.due, relative: c.relative,
        });
      }),
      { numRuns: NUM_RUNS },
    );
  }, Math.max(20_000, NUM_RUNS * 2));
});
