/**
 * Where formatted documents go: stdout, one `--output` file, or one file per
 * input under `--out-dir`. Files are written to a temporary name and renamed
 * when complete, so an interrupted run leaves whole files or none.
 */
import { mkdir, open, rename, rm, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import type { CsvOptions } from '../export/csv.js';
import { indexPage, type IndexEntry } from '../export/html/page.js';
import { OUTPUT_EXTENSIONS, type FormattedDocument, type OutputFormat } from '../export/index.js';
import { openOutput, type Emit } from '../export/output.js';
import { temporaryName, writeWhole } from './files.js';
import type { BatchInput } from './inputs.js';

/** What the sink is told of an ingested document besides its formatted output. */
export interface WrittenDocument {
  output: FormattedDocument;
  activities: number;
  warnings: number;
}

export interface OutputSink {
  write(input: BatchInput, document: WrittenDocument): Promise<void>;
  /** A document that could not be ingested (an HTML index lists it with the reason). */
  failed(input: BatchInput, reason: string): void;
  /** Every document is in: close the envelope and make the output visible. */
  finish(): Promise<void>;
  /** Interrupted: remove whatever is not complete. */
  abandon(): Promise<void>;
}

/** A usage problem found before any document is read (exit 2). */
export class OutputPlanError extends Error {
  override name = 'OutputPlanError';
}

export function stdoutSink(format: OutputFormat, csv: CsvOptions, many: boolean, stdout: Emit): OutputSink {
  const output = openOutput(format, { csv, many }, stdout);
  return {
    write: (_input, document) => output.add(document.output),
    failed: () => {},
    finish: () => output.close(),
    abandon: async () => {},
  };
}

/** `--output FILE`: the joined output into a temporary file beside FILE, renamed over it at the end. */
export function fileSink(path: string, format: OutputFormat, csv: CsvOptions, many: boolean): OutputSink {
  const temporary = temporaryName(path);
  let handle: FileHandle | null = null;
  const output = openOutput(format, { csv, many }, async (chunk) => {
    handle ??= await open(temporary, 'w');
    await handle.write(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  });
  const discard = async (): Promise<void> => {
    await handle?.close();
    handle = null;
    await rm(temporary, { force: true });
  };
  return {
    write: (_input, document) => output.add(document.output),
    failed: () => {},
    async finish() {
      if (!output.wroteAnything) return;
      try {
        await output.close();
        await handle!.close();
        handle = null;
        await rename(temporary, path);
      } catch (error) {
        await discard();
        throw error;
      }
    },
    abandon: discard,
  };
}

/** The page `--out-dir -f html` writes beside the reports, linking each. */
export const HTML_INDEX_NAME = 'index.html';

/**
 * `--out-dir DIR`: `<relative path>.roadmap.<ext>` per input. The input's own
 * extension stays in the name, since a folder often holds the same decree as
 * .pdf and .docx. No name may resolve outside DIR. With `-f html`, an index
 * page at DIR's top links every report.
 */
export function outDirSink(outDir: string, format: OutputFormat, csv: CsvOptions, inputs: readonly BatchInput[]): OutputSink {
  const root = resolve(outDir);
  const targets = new Map<BatchInput, string>();
  const owners = new Map<string, BatchInput>();
  for (const input of inputs) {
    const target = resolve(root, `${input.relative}.roadmap.${OUTPUT_EXTENSIONS[format]}`);
    if (!target.startsWith(root + sep)) throw new OutputPlanError(`${input.path}: its output would be written outside --out-dir (${target})`);
    const owner = owners.get(target);
    if (owner) throw new OutputPlanError(`${owner.path} and ${input.path} would both be written to ${target}; run them in separate batches`);
    owners.set(target, input);
    targets.set(input, target);
  }
  const index: IndexEntry[] | null = format === 'html' ? [] : null;
  return {
    async write(input, document) {
      const target = targets.get(input)!;
      const chunks: (string | Uint8Array)[] = [];
      const output = openOutput(format, { csv, many: false }, (chunk) => void chunks.push(chunk));
      await output.add(document.output);
      await output.close();
      await mkdir(dirname(target), { recursive: true });
      await writeWhole(target, Buffer.concat(chunks.map((chunk) => (typeof chunk === 'string' ? Buffer.from(chunk) : chunk))));
      const title = document.output.format === 'html' ? document.output.title : input.relative;
      index?.push({ file: input.path, href: linkFrom(root, target), label: title, activities: document.activities, warnings: document.warnings, failure: null });
    },
    failed(input, reason) {
      index?.push({ file: input.path, href: null, label: basename(input.path), activities: 0, warnings: 0, failure: reason });
    },
    async finish() {
      if (index === null || index.length === 0) return;
      await mkdir(root, { recursive: true });
      await writeWhole(join(root, HTML_INDEX_NAME), indexPage(index));
    },
    // Each file is renamed into place only when whole, so nothing is left half-written to remove.
    abandon: async () => {},
  };
}

/** A relative URL from DIR's index page to a report: each path segment percent-encoded, `/` between. */
function linkFrom(root: string, target: string): string {
  return relative(root, target).split(sep).map(encodeURIComponent).join('/');
}
