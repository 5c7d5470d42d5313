/**
 * What a batch tells its caller besides the data: the tally behind the exit
 * code, the closing summary on stderr, and the JUnit XML that CI systems
 * render as a test report (one test case per document).
 */
import { createRequire } from 'node:module';
import type { Builder } from 'junit-report-builder';
import type { SourceRef } from '../model/roadmap.js';
import type { BatchInput } from './inputs.js';
import type { DocumentOutcome } from './task.js';

// The package's types declare an ES default export, but its CommonJS build assigns module.exports,
// so under NodeNext the typed default import would be wrong; require gives the builder itself.
// Required only for --report: it loads more than a one-document run does.
const require = createRequire(import.meta.url);
const junit = (): Builder => require('junit-report-builder') as Builder;

export class BatchTally {
  ingested = 0;
  failed = 0;
  /** Ingested documents that have at least one warning. */
  warned = 0;
  activities = 0;
  /** Ingested documents read back from `--cache`. */
  cached = 0;
  readonly warningsByCode = new Map<string, number>();
  /** `-f ics` only: events written, and activities left out of the calendar by deadline kind. */
  private calendar: { events: number; leftOut: Map<string, number> } | null = null;
  private readonly started = performance.now();

  /** `caching`: the run has a `--cache`, so the summary says how many came from it (none, too). */
  constructor(private readonly caching = false) {}

  record(outcome: DocumentOutcome): void {
    if (!outcome.ok) {
      this.failed += 1;
      return;
    }
    this.ingested += 1;
    if (outcome.cached) this.cached += 1;
    this.activities += outcome.activities;
    if (outcome.warnings.length > 0) this.warned += 1;
    for (const warning of outcome.warnings) this.warningsByCode.set(warning.code, (this.warningsByCode.get(warning.code) ?? 0) + 1);
    if (outcome.output.format === 'ics') {
      this.calendar ??= { events: 0, leftOut: new Map() };
      this.calendar.events += outcome.output.events.length;
      for (const [kind, count] of Object.entries(outcome.output.leftOut)) this.calendar.leftOut.set(kind, (this.calendar.leftOut.get(kind) ?? 0) + count);
    }
  }

  /** Arguments that matched no document count as failures: a CI job should not pass on an empty glob. */
  recordUnmatched(): void {
    this.failed += 1;
  }

  get seconds(): number {
    return (performance.now() - this.started) / 1000;
  }

  /** One paragraph: documents, activities, warnings by code, time. */
  summary(): string {
    const documents = this.ingested + this.failed;
    const warnings = [...this.warningsByCode].sort(([a], [b]) => (a < b ? -1 : 1)).map(([code, count]) => `${count} ${code}`);
    const seconds = this.seconds;
    const rate = seconds > 0 ? ` (${(documents / seconds).toFixed(1)} documents/s)` : '';
    return (
      `roadmap-ingest: ${plural(documents, 'document')}: ${this.ingested} ingested${this.caching ? ` (${this.cached} from the cache)` : ''}, ${this.failed} failed; ` +
      `${plural(this.activities, 'activity', 'activities')}; ` +
      (this.calendar ? `${this.calendarSummary()}; ` : '') +
      `warnings: ${warnings.length > 0 ? `${warnings.join(', ')} (in ${plural(this.warned, 'document')})` : 'none'}; ` +
      `${seconds.toFixed(1)} s${rate}.\n`
    );
  }

  /**
   * What the calendar holds and leaves out: an activity whose deadline names
   * no days of its own (ongoing, as-needed, scheduled, unspecified) is no event.
   * Null when no calendar was written.
   */
  calendarSummary(): string | null {
    if (!this.calendar) return null;
    const { events, leftOut } = this.calendar;
    const total = [...leftOut.values()].reduce((sum, count) => sum + count, 0);
    const kinds = [...leftOut].sort(([a], [b]) => (a < b ? -1 : 1)).map(([kind, count]) => `${count} ${kind}`);
    return `calendar: ${plural(events, 'event')}, ${total} left out${total > 0 ? ` (${kinds.join(', ')})` : ''}`;
  }
}

/** JUnit XML: a failed document is a failed test case; with `strict`, so is one with warnings. */
export class JunitReport {
  private readonly builder = junit().newBuilder();
  private readonly suite = this.builder.testSuite().name('roadmap-ingest');

  private cached = 0;

  /** `caching`: the run has a `--cache`; the suite says how many documents came from it, and each case whether it did. */
  constructor(
    private readonly strict: boolean,
    private readonly caching = false,
  ) {}

  add(input: BatchInput, outcome: DocumentOutcome, seconds: number): void {
    const testCase = this.suite.testCase().className('roadmap-ingest').name(input.path).file(input.path).time(seconds);
    if (!outcome.ok) {
      testCase.failure(`${outcome.code}: ${outcome.message}`, outcome.code);
      return;
    }
    if (this.caching) testCase.property('cached', String(outcome.cached === true));
    if (outcome.cached) this.cached += 1;
    const warningLines = outcome.warnings.map((warning) => `${warning.code}${at(warning.source)}: ${warning.message}`);
    if (this.strict && outcome.warnings.length > 0) {
      testCase.failure(`${plural(outcome.warnings.length, 'warning')} (--strict)`, 'WARNINGS');
    }
    const activitiesLine = `${plural(outcome.activities, 'activity', 'activities')} in ${plural(outcome.roadmaps, 'roadmap')}`;
    testCase.standardOutput([activitiesLine, ...warningLines].join('\n'));
  }

  /** An argument that named no document is reported as a failed case of its own. */
  addUnmatched(argument: string, reason: string): void {
    this.suite.testCase().className('roadmap-ingest').name(argument).failure(reason, 'NO_INPUT');
  }

  build(): string {
    if (this.caching) this.suite.property('cache-hits', String(this.cached));
    return this.builder.build();
  }
}

function at(source: SourceRef | null): string {
  if (!source) return '';
  return source.page !== null ? ` (page ${source.page}, line ${source.line})` : ` (line ${source.line})`;
}

function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}
