/**
 * Where formatted documents go: stdout, one `--output` file, or one file per
 * input under `--out-dir`. Files are written to a temporary name and renamed
 * when complete, so an interrupted run leaves whole files or none.
 */
import { mkdir, open, rename, rm, writeFile, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join, resolve, sep } from 'node:path';
import { csvHeader, type CsvOptions } from '../export/csv.js';
import type { OutputFormat } from '../export/index.js';
import type { BatchInput } from './inputs.js';

export interface OutputSink {
  write(input: BatchInput, text: string): Promise<void>;
  /** Every document is in: close the envelope and make the output visible. */
  finish(): Promise<void>;
  /** Interrupted: remove whatever is not complete. */
  abandon(): Promise<void>;
}

/** A usage problem found before any document is read (exit 2). */
export class OutputPlanError extends Error {
  override name = 'OutputPlanError';
}

/**
 * Several documents in one stream: JSON becomes an array, CSV gets its header
 * once, NDJSON is one line each. A single input is written bare, as its own
 * JSON document. The opening is written with the first document, so a run in
 * which nothing was ingested writes nothing at all.
 */
class CombinedStream {
  private started = false;

  constructor(
    private readonly format: OutputFormat,
    private readonly csv: CsvOptions,
    private readonly many: boolean,
    private readonly emit: (text: string) => Promise<void> | void,
  ) {}

  async write(text: string): Promise<void> {
    const opening = this.started ? this.separator() : this.opening();
    this.started = true;
    await this.emit(opening + (this.many && this.format === 'json' ? text.trimEnd() : text));
  }

  get wroteAnything(): boolean {
    return this.started;
  }

  async close(): Promise<void> {
    if (this.started && this.many && this.format === 'json') await this.emit('\n]\n');
  }

  private opening(): string {
    if (this.format === 'csv') return csvHeader(this.csv);
    return this.many && this.format === 'json' ? '[\n' : '';
  }

  private separator(): string {
    return this.many && this.format === 'json' ? ',\n' : '';
  }
}

export function stdoutSink(format: OutputFormat, csv: CsvOptions, many: boolean, stdout: (text: string) => void): OutputSink {
  const stream = new CombinedStream(format, csv, many, stdout);
  return {
    write: (_input, text) => stream.write(text),
    finish: () => stream.close(),
    abandon: async () => {},
  };
}

/** `--output FILE`: the combined stream into a temporary file beside FILE, renamed over it at the end. */
export function fileSink(path: string, format: OutputFormat, csv: CsvOptions, many: boolean): OutputSink {
  const temporary = temporaryName(path);
  let handle: FileHandle | null = null;
  const stream = new CombinedStream(format, csv, many, async (text) => {
    handle ??= await open(temporary, 'w');
    await handle.write(text);
  });
  const discard = async (): Promise<void> => {
    await handle?.close();
    handle = null;
    await rm(temporary, { force: true });
  };
  return {
    write: (_input, text) => stream.write(text),
    async finish() {
      if (!stream.wroteAnything) return;
      try {
        await stream.close();
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

/**
 * `--out-dir DIR`: `<relative path>.roadmap.json` (or `.csv`) per input. The
 * input's own extension stays in the name, since a folder often holds the
 * same decree as .pdf and .docx. No name may resolve outside DIR.
 */
export function outDirSink(outDir: string, format: OutputFormat, csv: CsvOptions, inputs: readonly BatchInput[]): OutputSink {
  const root = resolve(outDir);
  const targets = new Map<BatchInput, string>();
  const owners = new Map<string, BatchInput>();
  for (const input of inputs) {
    const target = resolve(root, `${input.relative}.roadmap.${format === 'csv' ? 'csv' : 'json'}`);
    if (!target.startsWith(root + sep)) throw new OutputPlanError(`${input.path}: its output would be written outside --out-dir (${target})`);
    const owner = owners.get(target);
    if (owner) throw new OutputPlanError(`${owner.path} and ${input.path} would both be written to ${target}; run them in separate batches`);
    owners.set(target, input);
    targets.set(input, target);
  }
  const heading = format === 'csv' ? csvHeader(csv) : '';
  return {
    async write(input, text) {
      const target = targets.get(input)!;
      await mkdir(dirname(target), { recursive: true });
      await writeWhole(target, heading + text);
    },
    finish: async () => {},
    // Each file is renamed into place only when whole, so nothing is left half-written to remove.
    abandon: async () => {},
  };
}

/** Temporary file + rename: the old file or the new one, never half of it. */
export async function writeWhole(path: string, text: string): Promise<void> {
  const temporary = temporaryName(path);
  try {
    await writeFile(temporary, text);
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

function temporaryName(path: string): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
}
