/**
 * The `--cache` folder: one JSON entry per key, `<dir>/<key[0..2]>/<key>.json`
 * (a folder of 40,000 files is slow to list; 256 of some 160 are not).
 * An entry records its own key and the versions that wrote it, beside the
 * document. It is written whole (files.ts), so a reader sees a whole entry or none; two processes (or threads) storing
 * the same key write the same document, and the last rename wins. A reader
 * trusts nothing it finds: an entry that does not parse, names another key,
 * version or input, or whose document fails the schema is a miss, and the
 * fresh document then replaces it.
 */
import { mkdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { SCHEMA_VERSION, type RoadmapDocument } from '../../model/roadmap.js';
import { isRoadmapDocument } from '../../model/validate.js';
import { writeWhole } from '../files.js';
import { VERSION } from '../version.js';

/** What an entry says it is, so a file from elsewhere is never read as one of ours. */
const ENTRY_KIND = 'roadmap-ingest cache entry';

interface CacheEntry {
  kind: typeof ENTRY_KIND;
  key: string;
  version: string;
  schemaVersion: string;
  document: RoadmapDocument;
}

export function entryPath(dir: string, key: string): string {
  return join(dir, key.slice(0, 2), `${key}.json`);
}

/** The stored document for `key`, if a sound entry holds it; `source.file` is as it was stored. */
export async function readEntry(dir: string, key: string, inputSha256: string): Promise<RoadmapDocument | null> {
  let entry: Partial<CacheEntry>;
  try {
    entry = JSON.parse(await readFile(entryPath(dir, key), 'utf8')) as Partial<CacheEntry>;
  } catch {
    // Missing, unreadable, cut short or not JSON: all the same miss.
    return null;
  }
  const sound =
    entry !== null &&
    typeof entry === 'object' &&
    entry.kind === ENTRY_KIND &&
    entry.key === key &&
    entry.version === VERSION &&
    entry.schemaVersion === SCHEMA_VERSION &&
    isRoadmapDocument(entry.document) &&
    entry.document.schemaVersion === SCHEMA_VERSION &&
    entry.document.source.sha256 === inputSha256;
  return sound ? entry.document! : null;
}

export async function writeEntry(dir: string, key: string, document: RoadmapDocument): Promise<void> {
  const target = entryPath(dir, key);
  const entry: CacheEntry = { kind: ENTRY_KIND, key, version: VERSION, schemaVersion: SCHEMA_VERSION, document };
  await mkdir(dirname(target), { recursive: true });
  await writeWhole(target, JSON.stringify(entry));
}
