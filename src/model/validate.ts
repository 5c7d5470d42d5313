/**
 * The output contract, enforced: schemas/roadmap.schema.json in strict mode,
 * compiled when the package is built (scripts/build-validator.mjs, ajv's
 * standalone code), so no process or worker compiles it at start-up. Every
 * document is validated before it is written; a failure is our bug, reported
 * with the failing path.
 */
import type { ErrorObject, ValidateFunction } from 'ajv';
import type { RoadmapDocument } from './roadmap.js';
import { validate as generatedValidate } from './roadmap.validate.generated.js';

const validate = generatedValidate as ValidateFunction<RoadmapDocument>;

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
