/**
 * Numbering checks a reader should see: a skipped number (seed 001 goes
 * 4.2 → 4.4), a repeated one, or one out of sequence (seed 004 prints
 * 4.3.3.5 among 4.2.3.x). Numbers are unique within a section only: an
 * unnumbered or roman section heading restarts the count, as calendars that
 * number rows 1, 2, 3 under each month do, and so does a numbered section
 * whose rows count from 1 again (issue 12), the sections then counted on
 * their own. Lettered items (`а)`, `б)`) stand outside the arabic sequence.
 */
import { WARNING_CODES, warning, type Warning } from '../model/warnings.js';
import type { NumberedItem } from './machine.js';
import { isArabicNumber, numberParts } from './numbers.js';

export function checkNumbering(items: NumberedItem[]): Warning[] {
  const warnings: Warning[] = [];
  const seen = new Set<string>();
  let previous: number[] | null = null;
  let previousWasSection = false;
  /** The last numbered section's number, while the rows under it count from 1 on their own. */
  let restartedSection: number[] | null = null;
  for (const item of items) {
    if (item.number === null || !isArabicNumber(item.number)) {
      if (item.isSection) {
        previous = null;
        restartedSection = null;
        seen.clear();
      }
      continue;
    }
    const parts = numberParts(item.number);
    if (item.isSection && restartedSection !== null && parts.length === restartedSection.length) {
      const expected = nextSibling(restartedSection);
      if (isGap(restartedSection, parts)) {
        warnings.push(warning(WARNING_CODES.NUMBERING_GAP, `Numbering skips from ${restartedSection.join('.')} to ${item.number}`, item.source));
      } else if (!equal(parts, expected)) {
        warnings.push(
          warning(
            WARNING_CODES.NUMBERING_DUPLICATE,
            `Section ${item.number} is out of sequence after ${restartedSection.join('.')} (expected ${expected.join('.')})`,
            item.source,
          ),
        );
      }
      seen.clear();
      seen.add(item.number);
      previous = parts;
      previousWasSection = true;
      continue;
    }
    // Rows numbered from 1 again under each numbered section restart the count too.
    if (previousWasSection && parts.length === 1 && parts[0] === 1) {
      seen.clear();
      restartedSection = previous;
    }
    if (seen.has(item.number)) {
      warnings.push(warning(WARNING_CODES.NUMBERING_DUPLICATE, `Number ${item.number} appears more than once`, item.source));
    } else if (previous !== null && !isSuccessor(previous, parts, previousWasSection)) {
      const expected = nextSibling(previous);
      if (isGap(previous, parts)) {
        warnings.push(warning(WARNING_CODES.NUMBERING_GAP, `Numbering skips from ${previous.join('.')} to ${item.number}`, item.source));
      } else {
        warnings.push(
          warning(
            WARNING_CODES.NUMBERING_DUPLICATE,
            `Number ${item.number} is out of sequence after ${previous.join('.')} (expected ${expected.join('.')})`,
            item.source,
          ),
        );
        // A misprinted prefix (4.3.3.5 for 4.2.3.5) keeps the count going from where it should be.
        if (parts.length === previous.length && parts.at(-1) === expected.at(-1)) {
          seen.add(item.number);
          previous = expected;
          previousWasSection = item.isSection;
          continue;
        }
      }
    }
    seen.add(item.number);
    previous = parts;
    previousWasSection = item.isSection;
  }
  return warnings;
}

function nextSibling(parts: number[]): number[] {
  return [...parts.slice(0, -1), parts.at(-1)! + 1];
}

function isSuccessor(previous: number[], parts: number[], previousWasSection: boolean): boolean {
  if (equal(parts, [...previous, 1])) return true;
  if (previousWasSection && equal(parts, [1])) return true;
  for (let depth = previous.length; depth >= 1; depth -= 1) {
    if (equal(parts, nextSibling(previous.slice(0, depth)))) return true;
  }
  return false;
}

/** Same parent, or an ancestor's level, but a bigger step than one. */
function isGap(previous: number[], parts: number[]): boolean {
  for (let depth = previous.length; depth >= 1; depth -= 1) {
    const prefix = previous.slice(0, depth - 1);
    if (parts.length === depth && equal(parts.slice(0, -1), prefix) && parts.at(-1)! > previous[depth - 1]! + 1) return true;
  }
  return parts.length === previous.length + 1 && equal(parts.slice(0, -1), previous) && parts.at(-1)! > 1;
}

function equal(a: number[], b: number[]): boolean {
  return a.length === b.length && a.every((value, index) => value === b[index]);
}
