/**
 * The output contract, enforced: schemas/roadmap.schema.json compiled once
 * with ajv in strict mode. Every document is validated before it is written;
 * a failure is our bug, reported with the failing path.
 */
import { readFileSync } from 'node:fs';
import { Ajv2020, type ErrorObject } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import type { RoadmapDocument } from './roadmap.js';

export const roadmapSchema: Record<string, unknown> = JSON.parse(
  readFileSync(new URL('../../schemas/roadmap.schema.json', import.meta.url), 'utf8'),
);

const ajv = new Ajv2020({ strict: true, allErrors: true });
addFormats.default(ajv, ['date']);
const validate = ajv.compile<RoadmapDocument>(roadmapSchema);

export interface SchemaViolation {
  /** JSON Pointer into the document, e.g. `/roadmaps/0/activities/3/deadline/start`. */
  path: string;
  message: string;
}

export function isRoadmapDocument(value: unknown): value is RoadmapDocument {
  return validate(value);
}

export function schemaViolations(value: unknown): SchemaViolation[] {
  if (validate(value)) return [];
  return (validate.errors ?? []).map((error: ErrorObject) => ({
    path: error.instancePath || '/',
    message: error.message ?? error.keyword,
  }));
}
