/**
 * The command line: flags, exit codes and where output goes. The work is
 * done by the library (src/ingest.ts), in a pool of worker threads when
 * several documents are read at once (see batch.ts); this file
 * only maps it to a shell: data to stdout, `--output` or `--out-dir`; logs,
 * failures and the summary to stderr, never mixed.
 */
import { mkdir } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import type { CsvOptions } from '../export/csv.js';
import type { OcrMode } from '../extract/options.js';
import { OUTPUT_FORMATS, type OutputFormat } from '../export/index.js';
import { WARNING_CODES } from '../model/warnings.js';
import { runBatch } from './batch.js';
import { resolveInputs, type BatchInput } from './inputs.js';
import { createLogger, type RunLogger } from './log.js';
import { writeWhole } from './files.js';
import { fileSink, OutputPlanError, outDirSink, stdoutSink, type OutputSink } from './outputs.js';
import { createPageProgress, createProgress } from './progress.js';
import { BatchTally, JunitReport } from './report.js';
import { inShard, parseShard, type Shard } from './shard.js';
import type { DocumentOutcome, DocumentTask } from './task.js';
import { VERSION } from './version.js';

export const EXIT_OK = 0;
export const EXIT_INPUT_FAILED = 1;
export const EXIT_USAGE = 2;
/** 128 + the signal's number, as shells report a process a signal stopped. */
export const EXIT_STDOUT_CLOSED = 141;
export const EXIT_INTERRUPTED: Record<'SIGINT' | 'SIGTERM', number> = { SIGINT: 130, SIGTERM: 143 };

export interface CliIO {
  /** Text, or a workbook's bytes (`-f xlsx`). */
  stdout: (chunk: string | Uint8Array) => void;
  /** stdout is a terminal: a binary workbook is not written there. */
  stdoutIsTerminal?: boolean;
  stderr: (text: string) => void;
  /** Where pino writes; stderr by default. */
  logDestination: NodeJS.WritableStream | number;
  /** Where the progress bar is drawn, when it is a terminal. */
  progressStream?: NodeJS.WriteStream;
  /** Aborted with the signal's name as its reason when the user interrupts the run. */
  interrupt?: AbortSignal;
  cwd?: string;
}

interface CliOptions {
  format: OutputFormat;
  output?: string;
  outDir?: string;
  year?: number;
  logLevel: 'silent' | 'error' | 'warn' | 'info' | 'debug';
  delimiter: ',' | ';';
  bom: boolean;
  password?: string;
  concurrency: number;
  timeout: number;
  shard?: Shard;
  cache?: string;
  report?: string;
  strict: boolean;
  progress: boolean;
  ocr: OcrMode;
  ocrLang: string;
  dpi: number;
}

const EXAMPLES = `
Examples:
  $ roadmap-ingest decree.pdf                      the roadmap as JSON on stdout
  $ roadmap-ingest decree.docx -f csv -o plan.csv  one CSV row per activity
  $ roadmap-ingest decree.pdf -f xlsx -o plan.xlsx an Excel workbook: activities, requisites, warnings
  $ roadmap-ingest decree.pdf -f ics -o plan.ics   deadlines as calendar events
  $ roadmap-ingest decree.pdf -f html -o plan.html a report to check the plan by, offline
  $ roadmap-ingest orders/ -f html --out-dir out   a report per document and out/index.html
  $ roadmap-ingest plan.txt --year 2024            a plan that names no year
  $ roadmap-ingest orders/ --out-dir out --report junit.xml
                                                   a folder, one output per document
  $ roadmap-ingest 'orders/**/*.pdf' -f ndjson     one document per line
  $ roadmap-ingest orders/ --shard 2/4 --out-dir out
                                                   the 2nd of 4 CI jobs over one corpus
  $ roadmap-ingest orders/ --cache .roadmap-cache -f ndjson -o all.ndjson
                                                   unchanged documents read back from the cache
  $ roadmap-ingest merge shard-*.ndjson --expect 40000 -o all.ndjson
                                                   the shards' outputs joined as one run writes them
  $ roadmap-ingest validate out/*.json             check saved outputs against the schema
  $ roadmap-ingest schema > roadmap.schema.json

Exit codes: 0 every input ingested, 1 at least one input failed (the others
are still written) or had warnings under --strict, 2 wrong command line,
130/143 interrupted (SIGINT/SIGTERM).`;

function parseYear(value: string): number {
  if (!/^(?:19|20)\d\d$/u.test(value)) throw new InvalidArgumentError('expected a four-digit year such as 2024.');
  return Number(value);
}

function positiveInteger(value: string): number {
  if (!/^[1-9]\d*$/u.test(value)) throw new InvalidArgumentError('expected a whole number of 1 or more.');
  return Number(value);
}

function ocrLanguage(value: string): string {
  // Passed to Tesseract as one argument; its model names are letters, digits and underscores, joined by +.
  if (!/^[A-Za-z0-9_]+(?:\+[A-Za-z0-9_]+)*$/u.test(value)) throw new InvalidArgumentError('expected Tesseract language names such as rus or rus+eng.');
  return value;
}

function dpiValue(value: string): number {
  const dpi = Number(value);
  if (!/^\d+$/u.test(value) || dpi < 70 || dpi > 600) throw new InvalidArgumentError('expected a resolution from 70 to 600, e.g. 300.');
  return dpi;
}

function wholeNumber(value: string): number {
  if (!/^\d+$/u.test(value)) throw new InvalidArgumentError('expected a whole number, e.g. 40000.');
  return Number(value);
}

function positiveSeconds(value: string): number {
  const seconds = Number(value);
  if (!/^\d+(?:\.\d+)?$/u.test(value) || seconds <= 0) throw new InvalidArgumentError('expected a number of seconds above 0, e.g. 60.');
  return seconds;
}

export function buildProgram(io: CliIO, run: { ingest: (args: string[], options: CliOptions) => Promise<number>; exitCode: number }): Command {
  const program = new Command()
    .name('roadmap-ingest')
    .description('Turn Russian decrees with an appended plan of activities («дорожная карта») into structured roadmaps.')
    .version(VERSION, '-V, --version')
    .argument(
      '<inputs...>',
      'decrees to read: PDF, DOCX, plain text (UTF-8, windows-1251, CP866, KOI8-R, UTF-16) or scans (PNG, JPEG, TIFF), folders (walked for .pdf .docx .txt .doc .rtf .png .jpg .jpeg .tif .tiff) or globs; the format is read from the bytes',
    )
    .addOption(
      new Option(
        '-f, --format <format>',
        'output format: json, ndjson, csv (for other programs), xlsx (for spreadsheets: Excel, LibreOffice), ics (deadlines for a calendar), html (a report to read)',
      )
        .choices(OUTPUT_FORMATS)
        .default('json'),
    )
    .option('-o, --output <file>', 'write to this file instead of stdout (written whole or not at all)')
    .option(
      '--out-dir <dir>',
      'write one <input>.roadmap.<json|csv|xlsx|ics|html> per input under this folder, mirroring the inputs’ relative paths (html: and an index.html)',
    )
    .option('--year <yyyy>', "the roadmap's year when the document names none", parseYear)
    .addOption(new Option('--delimiter <char>', 'CSV field delimiter').choices([',', ';']).default(','))
    .option('--bom', 'start CSV output with a UTF-8 byte order mark (Excel)', false)
    .option('--password <password>', 'PDF user password')
    .addOption(
      new Option('--ocr <mode>', "scans: auto (pages without a text layer are OCR'd; a searchable scan keeps its text), always (every page), never")
        .choices(['auto', 'always', 'never'])
        .default('auto'),
    )
    .option('--ocr-lang <lang>', 'Tesseract language(s) for OCR, e.g. rus or rus+eng', ocrLanguage, 'rus')
    .option('--dpi <dpi>', 'resolution PDF pages are rendered at for OCR (a page that is one scanned image is read at its own)', dpiValue, 300)
    .option('-j, --concurrency <n>', 'documents read in parallel, in worker threads (one for every 4 documents at most); a few, or -j 1, are read in the main thread', positiveInteger, availableParallelism())
    .option('--timeout <seconds>', 'stop a document that goes this long without progress (from its start, and from each page OCR finishes) and report it as failed', positiveSeconds, 60)
    .option('--shard <K/N>', 'process only the K-th of N deterministic slices of the inputs (for CI matrices)', parseShard)
    .option('--cache <dir>', 'keep each document made in this folder, by its bytes and settings, and read unchanged ones back from it')
    .option('--report <junit.xml>', 'write a JUnit XML report, one test case per document')
    .option('--strict', 'warnings fail the document (exit 1, failed JUnit case)', false)
    .option('--no-progress', 'no progress bar, even on a terminal')
    .addOption(
      new Option('--log-level <level>', 'log detail on stderr; silent also drops the summary').choices(['silent', 'error', 'warn', 'info', 'debug']).default('warn'),
    )
    .addHelpText('after', EXAMPLES)
    // `merge` has its own -f and -o: the program's options are the program's only before a subcommand's name.
    .enablePositionalOptions()
    .action(async (args: string[], options: CliOptions) => {
      run.exitCode = await run.ingest(args, options);
    });

  program
    .command('schema')
    .description('print the JSON Schema of the output (a RoadmapDocument)')
    .action(async () => {
      const { roadmapSchema } = await import('../model/schema.js');
      io.stdout(`${JSON.stringify(roadmapSchema, null, 2)}\n`);
      run.exitCode = EXIT_OK;
    });

  program
    .command('merge')
    .description("join the shards' outputs (NDJSON or JSON arrays) into the output one run over every input writes, in its order, each document validated")
    .argument('<files...>', "each shard's output (--shard K/N -f ndjson)")
    .addOption(new Option('-f, --format <format>', 'output format').choices(['ndjson', 'json', 'csv'] as const).default('ndjson'))
    .option('-o, --output <file>', 'write to this file instead of stdout (written whole or not at all)')
    .option('--expect <n>', 'the number of documents there must be (e.g. the corpus size): fewer or more is an error', wholeNumber)
    .addOption(new Option('--delimiter <char>', 'CSV field delimiter').choices([',', ';']).default(','))
    .option('--bom', 'start CSV output with a UTF-8 byte order mark (Excel)', false)
    .action(async (files: string[], options: MergeCommandOptions) => {
      run.exitCode = await mergeCommand(files, options, io);
    });

  program
    .command('validate')
    .description('check saved outputs (JSON, a JSON array, or NDJSON) against the schema; each problem with its JSON path')
    .argument('<files...>', 'roadmap JSON files')
    .action(async (files: string[]) => {
      run.exitCode = await validateCommand(files, io);
    });

  for (const command of [program, ...program.commands]) {
    command.exitOverride().configureOutput({ writeOut: io.stdout, writeErr: io.stderr }).showHelpAfterError('(run with --help for usage)');
  }
  return program;
}

/** Runs the CLI and returns its exit code; never calls process.exit. */
export async function runCli(argv: string[], io: CliIO): Promise<number> {
  const run = { exitCode: EXIT_OK, ingest: (args: string[], options: CliOptions) => ingestCommand(args, options, io) };
  try {
    await buildProgram(io, run).parseAsync(argv, { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.code === 'commander.helpDisplayed' || error.code === 'commander.version' ? EXIT_OK : EXIT_USAGE;
    }
    throw error;
  }
  return run.exitCode;
}

async function ingestCommand(args: string[], options: CliOptions, io: CliIO): Promise<number> {
  const usage = (message: string): number => {
    io.stderr(`roadmap-ingest: ${message}\n(run with --help for usage)\n`);
    return EXIT_USAGE;
  };
  if (options.output && options.outDir) return usage('--output and --out-dir cannot be used together');
  if (options.format === 'xlsx' && !options.output && !options.outDir && io.stdoutIsTerminal) {
    return usage('-f xlsx writes a binary workbook: name a file with -o (or a folder with --out-dir), or redirect stdout to a file');
  }

  const cacheDir = options.cache ? resolve(io.cwd ?? process.cwd(), options.cache) : null;
  if (cacheDir) {
    try {
      await mkdir(cacheDir, { recursive: true });
    } catch (error) {
      return usage(`--cache ${options.cache}: cannot use it as the cache folder (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
    }
  }

  const logger = createLogger(options.logLevel, io.logDestination);
  const interrupt = io.interrupt ?? new AbortController().signal;
  const { inputs: found, unmatched } = await resolveInputs(args, io.cwd ?? process.cwd());
  const inputs = options.shard ? found.filter((input) => inShard(input.relative, options.shard!)) : found;
  // One file named as it is: the classic single-document run, output bare and no summary.
  const single = args.length === 1 && found.length === 1 && found[0]!.path === args[0];
  logger.debug({ inputs: inputs.length, of: found.length, shard: options.shard }, 'inputs resolved');

  const csv: CsvOptions = { delimiter: options.delimiter, bom: options.bom };
  let sink: OutputSink;
  try {
    sink = options.outDir
      ? outDirSink(options.outDir, options.format, csv, inputs)
      : options.output
        ? fileSink(options.output, options.format, csv, !single)
        : stdoutSink(options.format, csv, !single, io.stdout);
  } catch (error) {
    if (error instanceof OutputPlanError) return usage(error.message);
    throw error;
  }

  const tally = new BatchTally(cacheDir !== null);
  const today = localToday();
  const junit = options.report ? new JunitReport(options.strict, cacheDir !== null) : null;
  let cacheTrouble = false;
  const progress = createProgress(inputs.length, options.progress ? (io.progressStream ?? process.stderr) : null, io.stderr);
  // With several documents the documents' bar says how far the run is.
  const pageProgress = inputs.length === 1 ? createPageProgress(options.progress ? (io.progressStream ?? process.stderr) : null) : null;
  for (const { argument, reason } of unmatched) {
    progress.log(`roadmap-ingest: ${argument}: ${reason}\n`);
    tally.recordUnmatched();
    junit?.addUnmatched(argument, reason);
  }

  const onOutcome = async (input: BatchInput, outcome: DocumentOutcome, seconds: number): Promise<void> => {
    pageProgress?.stop();
    junit?.add(input, outcome, seconds);
    if (!outcome.ok) {
      tally.record(outcome);
      sink.failed(input, outcome.message);
      progress.log(`roadmap-ingest: ${input.path}: ${outcome.message}\n`);
      logger.debug({ file: input.path, code: outcome.code, stack: outcome.stack }, 'ingest failed');
      progress.done(false);
      return;
    }
    try {
      await sink.write(input, { output: outcome.output, activities: outcome.activities, warnings: outcome.warnings.length });
    } catch (error) {
      const failure: DocumentOutcome = { ok: false, code: 'INTERNAL', message: `cannot write the output (${(error as NodeJS.ErrnoException).code ?? String(error)})` };
      tally.record(failure);
      sink.failed(input, failure.message);
      progress.log(`roadmap-ingest: ${input.path}: ${failure.message}\n`);
      progress.done(false);
      return;
    }
    tally.record(outcome);
    if (outcome.cacheError && !cacheTrouble) {
      cacheTrouble = true;
      progress.log(`roadmap-ingest: --cache ${options.cache}: cannot store documents (${outcome.cacheError}); they are written, but the next run will ingest them again\n`);
    }
    // The one warning that makes the output empty of activities gets a line of its own, as a failure would.
    if (outcome.warnings.some((warning) => warning.code === WARNING_CODES.NO_ROADMAP) && options.logLevel !== 'silent') {
      progress.log(`roadmap-ingest: ${input.path}: no table of activities found (NO_ROADMAP); the output holds the decree's requisites only\n`);
    }
    logWarnings(logger, input.path, outcome, single);
    progress.done(true);
  };

  try {
    await runBatch(
      inputs,
      (input) => ({
        path: input.path,
        // Under --out-dir every input gets a file of its own, and a file of one JSON document reads best pretty-printed.
        format: options.outDir && options.format === 'ndjson' ? 'json' : options.format,
        csv,
        today,
        ingest: { fallbackYear: options.year ?? null, password: options.password ?? null, ocr: { mode: options.ocr, lang: options.ocrLang, dpi: options.dpi } },
        // -j is the run's share of the cores: documents in parallel take it first, a scan's pages share what is left.
        ocrConcurrency: Math.max(1, Math.floor(options.concurrency / Math.max(1, Math.min(options.concurrency, inputs.length)))),
        cache: cacheDir,
      }),
      {
        concurrency: options.concurrency,
        timeoutSeconds: options.timeout,
        interrupt,
        cached: cacheDir ? await cacheLookup(cacheDir) : undefined,
        onOcrPage: pageProgress?.page,
      },
      onOutcome,
    );
  } finally {
    pageProgress?.stop();
    progress.stop();
  }

  if (interrupt.aborted) {
    await sink.abandon();
    io.stderr(`roadmap-ingest: interrupted; ${tally.ingested} of ${inputs.length} documents were written whole, the rest not at all\n`);
    return EXIT_INTERRUPTED[interrupt.reason as 'SIGINT' | 'SIGTERM'] ?? EXIT_INTERRUPTED.SIGINT;
  }
  try {
    await sink.finish();
    if (junit && options.report) await writeWhole(options.report, junit.build());
  } catch (error) {
    io.stderr(`roadmap-ingest: cannot write the output (${(error as NodeJS.ErrnoException).code ?? String(error)}: ${(error as Error).message})\n`);
    return EXIT_INPUT_FAILED;
  }
  if (!single && options.logLevel !== 'silent') io.stderr(tally.summary());
  // A single document gets no summary, but a calendar's user should still learn what it leaves out.
  const calendar = tally.calendarSummary();
  if (single && calendar && tally.ingested > 0 && options.logLevel !== 'silent') io.stderr(`roadmap-ingest: ${args[0]}: ${calendar}\n`);
  if (tally.failed > 0) return EXIT_INPUT_FAILED;
  if (options.strict && tally.warned > 0) {
    if (single) io.stderr(`roadmap-ingest: ${args[0]}: has warnings (--strict)\n`);
    return EXIT_INPUT_FAILED;
  }
  return EXIT_OK;
}

/** Loaded with `--cache` only: a run without it never hashes its inputs or validates in this thread. */
async function cacheLookup(dir: string): Promise<(task: DocumentTask) => Promise<DocumentOutcome | null>> {
  const { cachedOutcome } = await import('./cache/index.js');
  return (task) => cachedOutcome(task, dir);
}

/** Today in the user's time zone, as an ISO date: where the HTML timeline draws its line. */
function localToday(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

function logWarnings(logger: RunLogger, file: string, outcome: Extract<DocumentOutcome, { ok: true }>, single: boolean): void {
  for (const warning of outcome.warnings) logger.info({ file, code: warning.code, source: warning.source }, warning.message);
  // In a batch the summary counts warnings; one line per document would bury the failures.
  if (single && outcome.warnings.length > 0) {
    logger.warn({ file, warnings: outcome.warnings.length }, 'the document has warnings; see "warnings" in the output');
  }
  logger.info({ file, roadmaps: outcome.roadmaps, activities: outcome.activities }, 'ingested');
}

interface MergeCommandOptions {
  format: 'ndjson' | 'json' | 'csv';
  output?: string;
  expect?: number;
  delimiter: ',' | ';';
  bom: boolean;
}

async function mergeCommand(files: string[], options: MergeCommandOptions, io: CliIO): Promise<number> {
  const { mergeShards } = await import('./merge/index.js');
  const { MergeInputError } = await import('./merge/read.js');
  try {
    const count = await mergeShards(
      files,
      { format: options.format, output: options.output, expect: options.expect, csv: { delimiter: options.delimiter, bom: options.bom } },
      { stdout: io.stdout, cwd: io.cwd ?? process.cwd() },
    );
    io.stderr(`roadmap-ingest merge: ${count} ${count === 1 ? 'document' : 'documents'} from ${files.length} ${files.length === 1 ? 'file' : 'files'}\n`);
    return EXIT_OK;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (!(error instanceof MergeInputError) && !code) throw error;
    io.stderr(`roadmap-ingest merge: ${error instanceof MergeInputError ? error.message : `cannot write the output (${code})`}\n`);
    return EXIT_INPUT_FAILED;
  }
}

async function validateCommand(files: string[], io: CliIO): Promise<number> {
  // Loaded here, not with the CLI: a batch's main thread never validates, its workers do.
  const { validateFile } = await import('./validate.js');
  let invalid = 0;
  for (const file of files) {
    const report = await validateFile(file);
    invalid += report.invalid;
    if (report.lines.length > 0) io.stdout(report.lines.map((line) => `${line}\n`).join(''));
    else io.stdout(`${file}: valid (${report.documents} ${report.documents === 1 ? 'document' : 'documents'})\n`);
  }
  return invalid > 0 ? EXIT_INPUT_FAILED : EXIT_OK;
}
