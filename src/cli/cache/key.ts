/**
 * The `--cache` key: what a stored document depends on. The input's bytes
 * (their sha256), the tool's version and schema version (a new release may
 * read the same bytes differently), and every ingest setting that changes
 * the document. The output format is not in it: the cache holds the
 * document, and each run formats it for its own output.
 */
import { createHash } from 'node:crypto';
import { SCHEMA_VERSION } from '../../model/roadmap.js';
import type { IngestSettings } from '../task.js';
import { VERSION } from '../version.js';

/**
 * The settings that change the document, in the key's order. A new one
 * (e.g. `--ocr`) is added to IngestSettings and then here, one line; the
 * Record type does not compile until it is. The password is in it because a
 * fresh run without it fails where a run with it succeeds.
 */
const KEYED_SETTINGS: Readonly<Record<keyof IngestSettings, true>> = {
  fallbackYear: true,
  password: true,
  ocr: true,
};

export function cacheKey(inputSha256: string, settings: IngestSettings): string {
  const keyed = (Object.keys(KEYED_SETTINGS) as (keyof IngestSettings)[]).map((name) => [name, settings[name]]);
  const material = JSON.stringify(['roadmap-ingest', VERSION, SCHEMA_VERSION, inputSha256, keyed]);
  return createHash('sha256').update(material).digest('hex');
}
