/**
 * The pipeline, end to end: bytes → layout → segmented roadmaps → the
 * contract's RoadmapDocument, validated. Nothing here writes to stdout.
 */
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { extractLayout } from './extract/index.js';
import { IngestError, InvalidOutputError } from './extract/errors.js';
import { assembleDocument } from './model/assemble.js';
import { pushAll } from './model/arrays.js';
import type { RoadmapDocument } from './model/roadmap.js';
import { schemaViolations } from './model/validate.js';
import { parseDecree } from './parse/ru/decree.js';
import { segmentLayout } from './segment/index.js';

export interface IngestOptions {
  /** The path to report in `source.file`; defaults to `input` for ingestFile, `-` for ingest. */
  file?: string;
  /** The roadmap period's year when neither the roadmap nor the decree names one (`--year`). */
  fallbackYear?: number | null;
  /** PDF user password. */
  password?: string | null;
}

export async function ingest(bytes: Uint8Array, options: IngestOptions = {}): Promise<RoadmapDocument> {
  const layout = await extractLayout(bytes, { password: options.password ?? null });
  const segmented = segmentLayout(layout);
  const decree = parseDecree(layout);
  const document = assembleDocument({
    source: {
      file: options.file ?? '-',
      format: layout.format,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      pages: layout.pages,
      encoding: layout.encoding,
    },
    layout,
    segmented,
    decree: decree.value,
    fallbackYear: options.fallbackYear ?? null,
  });
  document.warnings = pushAll([...decree.warnings], document.warnings);
  const violations = schemaViolations(document);
  if (violations.length > 0) {
    const first = violations[0]!;
    throw new InvalidOutputError(
      `internal error: the output does not match the schema at ${first.path} (${first.message}); please report this with the input file`,
    );
  }
  return document;
}

export async function ingestFile(path: string, options: IngestOptions = {}): Promise<RoadmapDocument> {
  return ingest(await readInput(path), { ...options, file: options.file ?? path });
}

async function readInput(path: string): Promise<Uint8Array> {
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw new IngestError('UNREADABLE_INPUT', 'is a directory, not a document');
    return await readFile(path);
  } catch (error) {
    if (error instanceof IngestError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT' ? 'no such file' : code === 'EACCES' || code === 'EPERM' ? 'permission denied' : `cannot read the file (${code ?? String(error)})`;
    throw new IngestError('UNREADABLE_INPUT', reason, { cause: error });
  }
}
