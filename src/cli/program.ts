/**
 * The command line: flags, exit codes and where output goes. The work is
 * done by the library (src/ingest.ts); this file only maps it to a shell:
 * data to stdout or `--output`, logs and errors to stderr, never mixed.
 */
import { rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { pino, type Logger } from 'pino';
import { IngestError } from '../extract/errors.js';
import { toCsv } from '../export/csv.js';
import { toJson } from '../export/json.js';
import { ingestFile } from '../ingest.js';
import type { RoadmapDocument } from '../model/roadmap.js';

export const EXIT_OK = 0;
export const EXIT_INPUT_FAILED = 1;
export const EXIT_USAGE = 2;

export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Where pino writes; stderr by default. */
  logDestination: NodeJS.WritableStream | number;
}

interface CliOptions {
  format: 'json' | 'csv';
  output?: string;
  year?: number;
  logLevel: string;
  delimiter: ',' | ';';
  bom: boolean;
  password?: string;
}

const VERSION = '0.1.0';

const EXAMPLES = `
Examples:
  $ roadmap-ingest decree.txt                      the roadmap as JSON on stdout
  $ roadmap-ingest decree.txt -f csv -o plan.csv   one CSV row per activity
  $ roadmap-ingest decree.txt -f csv --delimiter ';' --bom > plan.csv
                                                   CSV for Excel in a Russian locale
  $ roadmap-ingest plan.txt --year 2024            a plan that names no year

Exit codes: 0 ingested, 1 the input could not be ingested, 2 wrong command line.`;

function parseYear(value: string): number {
  if (!/^(?:19|20)\d\d$/u.test(value)) throw new InvalidArgumentError('expected a four-digit year such as 2024.');
  return Number(value);
}

export function buildProgram(io: CliIO): Command {
  return new Command()
    .name('roadmap-ingest')
    .description('Turn a Russian decree with an appended plan of activities («дорожная карта») into a structured roadmap.')
    .version(VERSION, '-V, --version')
    .argument('<file>', 'the decree: plain text (UTF-8, windows-1251, CP866, KOI8-R, UTF-16)')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['json', 'csv']).default('json'))
    .option('-o, --output <file>', 'write to this file instead of stdout (written whole or not at all)')
    .option('--year <yyyy>', "the roadmap's year when the document names none", parseYear)
    .addOption(new Option('--delimiter <char>', 'CSV field delimiter').choices([',', ';']).default(','))
    .option('--bom', 'start CSV output with a UTF-8 byte order mark (Excel)', false)
    .option('--password <password>', 'PDF user password')
    .addOption(
      new Option('--log-level <level>', 'log detail on stderr').choices(['silent', 'error', 'warn', 'info', 'debug']).default('warn'),
    )
    .addHelpText('after', EXAMPLES)
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .showHelpAfterError('(run with --help for usage)');
}

/** Runs the CLI and returns its exit code; never calls process.exit. */
export async function runCli(argv: string[], io: CliIO): Promise<number> {
  const program = buildProgram(io);
  try {
    program.parse(argv, { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.code === 'commander.helpDisplayed' || error.code === 'commander.version' ? EXIT_OK : EXIT_USAGE;
    }
    throw error;
  }
  const options = program.opts<CliOptions>();
  const [file] = program.args as [string];
  const logger = pino({ level: options.logLevel, base: undefined }, pino.destination({ dest: io.logDestination as number, sync: true }));

  let document: RoadmapDocument;
  try {
    document = await ingestFile(file, { fallbackYear: options.year ?? null, password: options.password ?? null });
  } catch (error) {
    reportFailure(file, error, io, logger);
    return EXIT_INPUT_FAILED;
  }
  for (const warning of document.warnings) logger.warn({ file, code: warning.code, source: warning.source }, warning.message);
  logger.info({ file, roadmaps: document.roadmaps.length, activities: document.roadmaps.reduce((n, r) => n + r.activities.length, 0) }, 'ingested');

  const text = options.format === 'csv' ? toCsv([document], { delimiter: options.delimiter, bom: options.bom }) : toJson(document);
  if (options.output) {
    try {
      await writeWhole(options.output, text);
    } catch (error) {
      io.stderr(`roadmap-ingest: ${options.output}: cannot write the output (${(error as NodeJS.ErrnoException).code ?? String(error)})\n`);
      return EXIT_INPUT_FAILED;
    }
  } else {
    io.stdout(text);
  }
  return EXIT_OK;
}

/** One line naming the file and the cause; the stack only at `--log-level debug`. */
function reportFailure(file: string, error: unknown, io: CliIO, logger: Logger): void {
  const reason = error instanceof IngestError ? error.message : `unexpected error: ${error instanceof Error ? error.message : String(error)}`;
  io.stderr(`roadmap-ingest: ${file}: ${reason}\n`);
  logger.debug({ err: error, file }, 'ingest failed');
}

/** Temporary file + rename: an interrupted run leaves the old file or the new one, never half of it. */
async function writeWhole(path: string, text: string): Promise<void> {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    await writeFile(temporary, text);
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}
