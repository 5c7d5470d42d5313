/**
 * The documents of one shard's output, one at a time: NDJSON is read line by
 * line, so merging the shards of a national corpus never holds more than one
 * document per shard; a JSON array (or one pretty-printed document) is read
 * whole, as `validate` reads it.
 */
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { parseDocuments } from '../validate.js';

export interface ReadDocument {
  /** Where it stands in its file, as `validate` says it: `line 3: `, `[2] ` or nothing. */
  label: string;
  value: unknown;
}

/** A shard's output that cannot be merged: one line naming the file and the cause. */
export class MergeInputError extends Error {
  override name = 'MergeInputError';
}

export async function* documentsIn(path: string): AsyncGenerator<ReadDocument> {
  await readable(path);
  const lines = createInterface({ input: createReadStream(path, { encoding: 'utf8' }), crlfDelay: Infinity });
  let number = 0;
  let seen = 0;
  for await (const raw of lines) {
    number += 1;
    const line = number === 1 ? raw.replace(/^\uFEFF/u, '') : raw;
    if (line.trim() === '') continue;
    const value = parsedObject(line);
    if (value === undefined && seen === 0) {
      // Not NDJSON from its first line: a JSON array or one document over many lines.
      lines.close();
      yield* wholeFile(path);
      return;
    }
    if (value === undefined) throw new MergeInputError(`${path}: line ${number}: not a JSON document (the file is neither NDJSON nor JSON)`);
    seen += 1;
    yield { label: `line ${number}: `, value };
  }
}

async function* wholeFile(path: string): AsyncGenerator<ReadDocument> {
  const parsed = parseDocuments(await readFile(path, 'utf8'));
  if ('error' in parsed) throw new MergeInputError(`${path}: ${parsed.error}`);
  yield* parsed.documents;
}

function parsedObject(line: string): object | undefined {
  try {
    const value: unknown = JSON.parse(line);
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

async function readable(path: string): Promise<void> {
  try {
    if (!(await stat(path)).isFile()) throw new MergeInputError(`${path}: not a file`);
  } catch (error) {
    if (error instanceof MergeInputError) throw error;
    throw new MergeInputError(`${path}: cannot read the file (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
}
