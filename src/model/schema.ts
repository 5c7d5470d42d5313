/** The output's JSON Schema as data, for `roadmap-ingest schema` and for library users; validation does not read it (see validate.ts). */
import { readFileSync } from 'node:fs';

export const roadmapSchema: Record<string, unknown> = JSON.parse(
  readFileSync(new URL('../../schemas/roadmap.schema.json', import.meta.url), 'utf8'),
);
