/**
 * `roadmap-ingest merge FILE…`: the outputs of a CI matrix's shards
 * (`--shard K/N -f ndjson`) joined into the output one run over the whole
 * corpus writes, byte for byte. Each shard's documents are already in the
 * run's order (inputs.ts), and that order is read back from `source.file`:
 * the relative path when the file lies under the working directory, which is
 * why merge runs where the shards ran (the repository's root in CI). The
 * shards are then merged as sorted lists, a document per shard in memory.
 *
 * A first pass checks everything — every document against the schema, each
 * shard in order, no document twice, `--expect` — and a second writes, so a
 * bad shard leaves no partial output, on stdout either.
 */
import type { CsvOptions } from '../../export/csv.js';
import { formatDocument } from '../../export/index.js';
import type { RoadmapDocument } from '../../model/roadmap.js';
import { schemaViolations } from '../../model/validate.js';
import { inputNamed, inputOrder, type BatchInput } from '../inputs.js';
import { fileSink, stdoutSink, type OutputSink } from '../outputs.js';
import { documentsIn, MergeInputError, type ReadDocument } from './read.js';

export interface MergeOptions {
  /** The formats that join documents as text; a workbook, calendar or report is made by a run itself. */
  format: 'ndjson' | 'json' | 'csv';
  output?: string;
  /** The number of documents the merged output must hold (the corpus's size). */
  expect?: number;
  csv: CsvOptions;
}

export interface MergeIO {
  stdout: (chunk: string | Uint8Array) => void;
  cwd: string;
}

/** The number of documents written; throws MergeInputError when the shards cannot be merged. */
export async function mergeShards(files: readonly string[], options: MergeOptions, io: MergeIO): Promise<number> {
  let count = 0;
  for await (const _ of inRunOrder(files, io.cwd, true)) count += 1;
  if (options.expect !== undefined && count !== options.expect) {
    const difference = count < options.expect ? `${options.expect - count} missing` : `${count - options.expect} more than expected`;
    throw new MergeInputError(`expected ${options.expect} documents (--expect), found ${count} in ${files.length} ${files.length === 1 ? 'file' : 'files'} (${difference})`);
  }
  const sink: OutputSink = options.output
    ? fileSink(options.output, options.format, options.csv, true)
    : stdoutSink(options.format, options.csv, true, io.stdout);
  for await (const { input, document } of inRunOrder(files, io.cwd, false)) {
    const output = await formatDocument(document, options.format, { csv: options.csv, today: null });
    const activities = document.roadmaps.reduce((sum, roadmap) => sum + roadmap.activities.length, 0);
    await sink.write(input, { output, activities, warnings: document.warnings.length });
  }
  await sink.finish();
  return count;
}

interface Placed {
  input: BatchInput;
  document: RoadmapDocument;
  /** `file: line 3` — where it came from, for messages. */
  where: string;
}

/** Every shard's documents, merged into the run's order; `check`: validated, and each shard's order and uniqueness checked. */
async function* inRunOrder(files: readonly string[], cwd: string, check: boolean): AsyncGenerator<Placed> {
  const shards = files.map((file) => placed(file, documentsIn(file), cwd, check));
  const heads = await Promise.all(shards.map((shard) => shard.next()));
  let last: Placed | null = null;
  for (;;) {
    let first = -1;
    for (const [index, head] of heads.entries()) {
      if (!head.done && (first < 0 || inputOrder(head.value.input, (heads[first] as IteratorYieldResult<Placed>).value.input) < 0)) first = index;
    }
    if (first < 0) return;
    const next = (heads[first] as IteratorYieldResult<Placed>).value;
    if (check && last && sameInput(last, next)) {
      throw new MergeInputError(`${next.input.path} is in the shards twice (${last.where} and ${next.where}); merge each shard's output once`);
    }
    last = next;
    yield next;
    heads[first] = await shards[first]!.next();
  }
}

async function* placed(file: string, documents: AsyncGenerator<ReadDocument>, cwd: string, check: boolean): AsyncGenerator<Placed> {
  let previous: Placed | null = null;
  for await (const { label, value } of documents) {
    const where = `${file}${label ? `: ${label.replace(/:? $/u, '')}` : ''}`;
    if (check) {
      const violation = schemaViolations(value)[0];
      if (violation) throw new MergeInputError(`${where}: not a roadmap document: ${violation.path}: ${violation.message}`);
    }
    const document = value as RoadmapDocument;
    const current: Placed = { input: inputNamed(document.source.file, cwd), document, where };
    if (check && previous && inputOrder(previous.input, current.input) >= 0) {
      if (sameInput(previous, current)) throw new MergeInputError(`${current.input.path} is in the shards twice (${previous.where} and ${where}); merge each shard's output once`);
      throw new MergeInputError(
        `${where}: ${current.input.path} comes before ${previous.input.path} in a run's order; merge takes each shard's output as roadmap-ingest wrote it, from the directory it ran in`,
      );
    }
    previous = current;
    yield current;
  }
}

function sameInput(a: Placed, b: Placed): boolean {
  return a.input.relative === b.input.relative;
}
