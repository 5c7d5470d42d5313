/**
 * `npm run eval:deadlines` (issue 16): the deadline parser alone, measured on
 * the deadline cells of the gold files. Each gold activity's deadline text is
 * parsed by the built parser (dist/) with the context the gold gives it: the
 * roadmap's gold period, and the day or month row the activity stands under
 * (`heading`) where the gold names one. No extraction or segmentation takes
 * part, so a miss here is the parser's own.
 *
 *   node scripts/eval-deadlines.mjs [--verbose] [--only TEXT]
 *
 * Prints start/end and kind per document and per corpus (real, seeds), the
 * misses with --verbose, and exits 1 when a corpus falls below its threshold
 * in scripts/eval-deadlines-thresholds.json (not checked with --only).
 *
 * A roadmap whose gold names no period (an order's calendar plan) is read as
 * the contract reads a decree's orders: within the decree's year, «до …»
 * counted from the decree's date (fixtures/GOLD.md, riro-yanao-olympiad-plan-2026).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { parseDeadline } from '../dist/parse/ru/deadline.js';
import { yearPeriod } from '../dist/parse/ru/period.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const CORPORA = ['real', 'seeds'];
const THRESHOLDS = JSON.parse(readFileSync(join(ROOT, 'scripts', 'eval-deadlines-thresholds.json'), 'utf8'));

const { values: options } = parseArgs({
  options: {
    verbose: { type: 'boolean', default: false },
    only: { type: 'string' },
  },
});

function goldFiles(corpus) {
  const folder = join(ROOT, 'fixtures', corpus);
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((name) => name.endsWith('.gold.json'))
    .sort()
    .map((name) => join(folder, name));
}

/** The context the gold gives a roadmap's cells: its period, or the decree's year and date when it names none. */
function contextOf(gold, roadmap) {
  if (roadmap.period) return { period: { text: '', ...roadmap.period }, anchorDate: null };
  const date = gold.decree?.date ?? null;
  return { period: date ? yearPeriod(Number(date.slice(0, 4))) : null, anchorDate: date };
}

const show = (d) => `«${d.text}» ${d.kind} ${d.start ?? '–'}…${d.end ?? '–'}`;

/** One gold file's deadline cells: counts and misses. */
function scoreFile(gold) {
  const counts = { cells: 0, spans: 0, kinds: 0 };
  const misses = [];
  for (const roadmap of gold.roadmaps) {
    const { period, anchorDate } = contextOf(gold, roadmap);
    for (const activity of roadmap.activities) {
      const expected = activity.deadline;
      if (!expected) continue;
      const sectionTitle = activity.heading ?? null;
      const got = parseDeadline(expected.text, { period, sectionTitle, anchorDate, source: null }).value;
      const spanEqual = got.start === expected.start && got.end === expected.end;
      const kindEqual = got.kind === expected.kind;
      counts.cells++;
      if (spanEqual) counts.spans++;
      if (kindEqual) counts.kinds++;
      if (!spanEqual || !kindEqual) {
        misses.push({ number: activity.number, heading: sectionTitle, expected: show(expected), got: show(got), what: spanEqual ? 'kind' : kindEqual ? 'span' : 'both' });
      }
    }
  }
  return { counts, misses };
}

const percent = (part, whole) => (whole > 0 ? (100 * part) / whole : null);
const figure = (value) => (value === null ? '    –' : `${value.toFixed(1).padStart(5)}`);

const failures = [];
for (const corpus of CORPORA) {
  const total = { cells: 0, spans: 0, kinds: 0 };
  console.log(`\n${corpus}: start/end  kind  cells  document`);
  for (const path of goldFiles(corpus)) {
    const shown = relative(ROOT, path);
    if (options.only !== undefined && !shown.includes(options.only)) continue;
    const { counts, misses } = scoreFile(JSON.parse(readFileSync(path, 'utf8')));
    if (counts.cells === 0) continue;
    for (const key of Object.keys(total)) total[key] += counts[key];
    console.log(`  ${figure(percent(counts.spans, counts.cells))}  ${figure(percent(counts.kinds, counts.cells))}  ${String(counts.cells).padStart(5)}  ${shown}`);
    if (options.verbose) {
      for (const miss of misses) {
        const under = miss.heading ? ` under «${miss.heading}»` : '';
        console.log(`        ${miss.what.padEnd(4)} ${miss.number ?? '–'}${under}: gold ${miss.expected}, parser ${miss.got}`);
      }
    }
  }
  const spans = percent(total.spans, total.cells);
  const kinds = percent(total.kinds, total.cells);
  console.log(`  ${figure(spans)}  ${figure(kinds)}  ${String(total.cells).padStart(5)}  ${corpus} total (${total.spans} and ${total.kinds} of ${total.cells} right)`);
  const limits = THRESHOLDS[corpus] ?? {};
  // Rounded as printed, so that a figure shown as the threshold never fails it.
  const below = (value, limit) => limit !== undefined && value !== null && Math.round(value * 10) / 10 < limit;
  if (below(spans, limits.startEnd)) failures.push(`${corpus} start/end ${spans.toFixed(1)} < ${limits.startEnd}`);
  if (below(kinds, limits.kind)) failures.push(`${corpus} kind ${kinds.toFixed(1)} < ${limits.kind}`);
}

if (options.only === undefined && failures.length > 0) {
  console.error(`\nbelow the thresholds in scripts/eval-deadlines-thresholds.json:\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
