/**
 * `--cache DIR`: a document whose bytes and settings were ingested before
 * (by this run's earlier shards, yesterday's CI job, another runner sharing
 * the folder) is read back instead of ingested. The main thread looks it up
 * before a worker is asked, so a run that is all hits starts no worker and
 * loads no format reader; a miss is ingested, and its worker stores it.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import type { RoadmapDocument } from '../../model/roadmap.js';
import { documentOutcome, type DocumentOutcome, type DocumentTask } from '../task.js';
import { cacheKey } from './key.js';
import { readEntry, writeEntry } from './store.js';

/**
 * The task's document as if just made, or null on a miss (including a file
 * that cannot be read: ingesting it then fails with the cause, as without a cache).
 */
export async function cachedOutcome(task: DocumentTask, dir: string): Promise<DocumentOutcome | null> {
  let sha256: string;
  try {
    sha256 = await fileSha256(task.path);
  } catch {
    return null;
  }
  const document = await readEntry(dir, cacheKey(sha256, task.ingest), sha256);
  if (!document) return null;
  // Stored under the path of whichever run made it; this run names the file as it was given.
  document.source.file = task.path;
  try {
    return { ...(await documentOutcome(document, task)), cached: true };
  } catch {
    // A document that cannot be formatted is ingested again, and its worker reports why.
    return null;
  }
}

/** After a miss, in the thread that ingested it; the key is made from the bytes ingest read, not those the lookup hashed. */
export async function storeDocument(dir: string, task: DocumentTask, document: RoadmapDocument): Promise<void> {
  await writeEntry(dir, cacheKey(document.source.sha256, task.ingest), document);
}

/** Streamed: a large input is never held whole in the main thread, where several lookups run at once. */
async function fileSha256(path: string): Promise<string> {
  const hash = createHash('sha256');
  await pipeline(createReadStream(path), hash);
  return hash.digest('hex');
}
