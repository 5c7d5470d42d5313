/**
 * The output model. Its shape is owned by schemas/roadmap.schema.json; the
 * types are generated from it (scripts/generate-types.mjs) and re-exported
 * here under the names the rest of the code uses.
 */
export type {
  Activity,
  Alias,
  Column,
  ColumnRole,
  Deadline,
  DeadlineKind,
  Decree,
  Interval,
  Order,
  Party,
  Period,
  Recurrence,
  Roadmap,
  RoadmapDocument,
  Section,
  Signatory,
  Source,
  SourceRef,
  Warning,
} from './roadmap.generated.js';

/** The contract version this build writes; see CONTRACT in the README. */
export const SCHEMA_VERSION = '1.2';
