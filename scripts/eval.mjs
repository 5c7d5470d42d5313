/**
 * `npm run eval` (issue 12): the built pipeline over every document that a
 * gold file names under fixtures/seeds, fixtures/real, fixtures/layouts and
 * fixtures/scans (the seeds scanned, issue 13),
 * scored against that gold (scripts/eval/score.mjs), printed as one row per
 * corpus-and-format (composed documents: per layout tag) and a total, written
 * whole to JSON, and held against scripts/eval-thresholds.json: a figure
 * below its threshold fails the run.
 *
 *   node scripts/eval.mjs [--verbose] [--json FILE] [--reserved FILE] [--write-thresholds] [--only TEXT]
 *
 * --verbose           every miss: a gold row not found, an extra row, a title,
 *                     deadline, kind, party or requisite that differs
 * --json FILE         where the figures go (default eval-results.json)
 * --reserved FILE     sha256 list of documents kept out of the corpus
 *                     (default ../shared/reserved.sha256 beside the clone)
 * --write-thresholds  set every group's thresholds to today's figures less
 *                     MARGIN points (after a change that raised them)
 * --only TEXT         score only the documents whose path holds TEXT (a quick
 *                     look while working; thresholds are not checked)
 *
 * Exit 1: a figure below its threshold, an invalid gold file, a document
 * missing or listed as reserved. A document the pipeline fails on scores as
 * nothing found and is reported, not fatal.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import pLimit from 'p-limit';
import { ingest } from '../dist/index.js';
import {
  FIGURES,
  addCounts,
  belowThresholds,
  emptyCounts,
  figuresOf,
  groupsOf,
  lookupGroup,
  scoreDocument,
} from './eval/score.mjs';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const CORPORA = ['seeds', 'real', 'layouts', 'scans'];
const THRESHOLDS_FILE = join(ROOT, 'scripts', 'eval-thresholds.json');
/** Points below today's figure that --write-thresholds leaves as slack. */
const MARGIN = 1;

const { values: options } = parseArgs({
  options: {
    verbose: { type: 'boolean', default: false },
    json: { type: 'string', default: 'eval-results.json' },
    reserved: { type: 'string', default: join(ROOT, '..', 'shared', 'reserved.sha256') },
    'write-thresholds': { type: 'boolean', default: false },
    /** Only the documents whose path holds this text: a quick look while working; thresholds are not checked. */
    only: { type: 'string' },
  },
});
if (options.only !== undefined && options['write-thresholds']) {
  console.error('--only scores part of the corpus; it cannot write thresholds');
  process.exit(2);
}

const problems = [];

function goldFiles(folder) {
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.gold.json'))
    .map((entry) => join(entry.parentPath ?? entry.path, entry.name))
    .sort();
}

function reservedHashes(path) {
  if (!existsSync(path)) {
    console.log(`note: ${path} is missing; the corpus was not checked against the reserved documents`);
    return new Set();
  }
  const lines = readFileSync(path, 'utf8').split('\n').filter((line) => line.trim() !== '' && !line.startsWith('#'));
  return new Set(lines.map((line) => line.trim().slice(0, 64).toLowerCase()));
}

function formatOf(file) {
  const extension = extname(file).toLowerCase();
  if (extension === '.pdf') return 'pdf';
  if (['.docx', '.doc', '.rtf', '.odt'].includes(extension)) return 'docx';
  return 'text';
}

const schema = JSON.parse(readFileSync(join(ROOT, 'fixtures', 'gold.schema.json'), 'utf8'));
const validateGold = new Ajv2020({ strict: true, allErrors: true }).compile(schema);
const reserved = reservedHashes(resolve(options.reserved));

/** Documents that may be in flight at once: a .doc waits some 20 s on LibreOffice, mostly idle. */
const CONCURRENCY = 4;
const jobs = [];
const started = performance.now();
for (const corpus of CORPORA) {
  for (const goldPath of goldFiles(join(ROOT, 'fixtures', corpus))) {
    const shown = relative(ROOT, goldPath);
    let gold;
    try {
      gold = JSON.parse(readFileSync(goldPath, 'utf8'));
    } catch (error) {
      problems.push(`${shown}: not JSON (${error.message})`);
      continue;
    }
    if (!validateGold(gold)) {
      for (const error of validateGold.errors ?? []) problems.push(`${shown}: ${error.instancePath || '/'} ${error.message}`);
      continue;
    }
    for (const name of gold.documents) {
      const path = join(dirname(goldPath), name);
      const file = relative(ROOT, path);
      if (!existsSync(path)) {
        problems.push(`${shown}: names ${name}, which is not there`);
        continue;
      }
      const bytes = readFileSync(path);
      const sha256 = createHash('sha256').update(bytes).digest('hex');
      if (reserved.has(sha256)) {
        problems.push(`${file}: its sha256 ${sha256} is reserved for independent evaluation; take it out of the corpus`);
        continue;
      }
      if (options.only === undefined || file.includes(options.only)) jobs.push({ gold, corpus, name, path, file, bytes });
    }
  }
}

const limit = pLimit(CONCURRENCY);
const results = await Promise.all(jobs.map((job) => limit(() => evaluate(job))));

async function evaluate({ gold, corpus, name, path, file, bytes }) {
  const format = formatOf(name);
  const documentStarted = performance.now();
  let document = null;
  let error = null;
  try {
    document = await ingest(bytes, { file: basename(path) });
  } catch (caught) {
    error = caught instanceof Error ? caught.message : String(caught);
  }
  const { counts, misses } = scoreDocument(gold, document);
  return {
    file,
    corpus,
    format,
    layouts: gold.layouts,
    groups: groupsOf(corpus, format, gold.layouts),
    error,
    ms: Math.round(performance.now() - documentStarted),
    counts,
    figures: figuresOf(counts),
    misses,
  };
}

const byGroup = new Map();
const total = emptyCounts();
for (const result of results) {
  addCounts(total, result.counts);
  for (const group of result.groups) addCounts(byGroup.get(group) ?? byGroup.set(group, emptyCounts()).get(group), result.counts);
}
const groups = [...byGroup.keys()].sort((a, b) => CORPORA.indexOf(a.split(' ')[0]) - CORPORA.indexOf(b.split(' ')[0]) || a.localeCompare(b));
const figuresByGroup = Object.fromEntries(groups.map((group) => [group, figuresOf(byGroup.get(group))]));

const settings = JSON.parse(readFileSync(THRESHOLDS_FILE, 'utf8'));
if (options['write-thresholds']) {
  settings.thresholds = Object.fromEntries(
    groups.map((group) => [
      group,
      Object.fromEntries(
        FIGURES.filter((figure) => figuresByGroup[group][figure] !== null).map((figure) => [
          figure,
          Math.max(0, Math.floor(figuresByGroup[group][figure] - MARGIN)),
        ]),
      ),
    ]),
  );
  writeFileSync(THRESHOLDS_FILE, `${JSON.stringify(settings, null, 2)}\n`);
  console.log(`wrote today's figures less ${MARGIN} point(s) to ${relative(ROOT, THRESHOLDS_FILE)}`);
}

const failures = options.only === undefined ? belowThresholds(figuresByGroup, settings.thresholds) : [];
const failed = new Set(failures.map((f) => `${f.group}/${f.figure}`));

function cell(group, figure, value) {
  if (value === null) return '–';
  const goal = lookupGroup(settings.goals, group)[figure];
  const marks = `${failed.has(`${group}/${figure}`) ? '!' : ''}${goal !== undefined && value < goal ? '*' : ''}`;
  return `${value.toFixed(1)}${marks}`;
}

const HEADER = ['group', 'docs', 'gold rows', 'recall', 'precision', 'titles', 'deadlines', 'kinds', 'responsible', 'requisites'];
const rows = [
  ...groups.map((group) => [group, byGroup.get(group), figuresByGroup[group]]),
  ['total', total, figuresOf(total)],
].map(([group, counts, figures]) => [
  group,
  String(counts.documents),
  String(counts.goldRows),
  ...FIGURES.map((figure) => cell(group, figure, figures[figure])),
]);
const widths = HEADER.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column].length)));
const line = (row) => row.map((text, column) => (column === 0 ? text.padEnd(widths[column]) : text.padStart(widths[column]))).join('  ');
console.log(line(HEADER));
console.log(widths.map((width) => '-'.repeat(width)).join('  '));
for (const [index, row] of rows.entries()) {
  if (index === rows.length - 1) console.log(widths.map((width) => '-'.repeat(width)).join('  '));
  console.log(line(row));
}
console.log('percentages; * below the goal (issue 12), ! below the threshold (scripts/eval-thresholds.json)');

for (const result of results.filter((r) => r.error)) console.log(`failed to ingest ${result.file}: ${result.error}`);

if (options.verbose) {
  for (const result of results) {
    if (result.misses.length === 0) continue;
    console.log(`\n${result.file}`);
    for (const miss of result.misses) console.log(`  ${describe(miss)}`);
  }
}

function describe(miss) {
  const row = 'number' in miss ? `${miss.number ?? '(no number)'} ${shorten(miss.title)}` : '';
  switch (miss.type) {
    case 'missing':
      return `not found: ${row}`;
    case 'extra':
      return `extra: ${row}`;
    case 'title':
      return `title of ${miss.number ?? '(no number)'}: got «${miss.got}», expected «${miss.expected}»`;
    case 'deadline':
    case 'kind':
      return `${miss.type} of ${row}: got ${miss.got}, expected ${miss.expected}`;
    case 'responsible':
      return `responsible of ${row}: not found [${miss.expected.join('; ')}], extra [${miss.got.join('; ')}]`;
    default:
      return `decree ${miss.field}: got ${JSON.stringify(miss.got)}, expected ${JSON.stringify(miss.expected)}`;
  }
}

function shorten(text) {
  return text.length > 60 ? `${text.slice(0, 59)}…` : text;
}

writeFileSync(
  resolve(options.json),
  `${JSON.stringify({ groups: Object.fromEntries(groups.map((g) => [g, { counts: byGroup.get(g), figures: figuresByGroup[g] }])), total: { counts: total, figures: figuresOf(total) }, failures, problems, documents: results }, null, 2)}\n`,
);

const unguarded = groups.filter((group) => Object.keys(lookupGroup(settings.thresholds, group)).length === 0);
if (unguarded.length > 0) console.log(`no thresholds yet for ${unguarded.join(', ')}: set them with --write-thresholds`);
for (const failure of failures) {
  console.log(`below threshold: ${failure.group} ${failure.figure} ${failure.value.toFixed(1)} < ${failure.threshold}`);
}
for (const problem of problems) console.log(`error: ${problem}`);
console.log(`${results.length} documents in ${((performance.now() - started) / 1000).toFixed(1)} s; figures in ${options.json}`);
process.exitCode = failures.length > 0 || problems.length > 0 ? 1 : 0;
