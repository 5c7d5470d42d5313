/** The library API: what other systems import. Nothing here writes to stdout. */
export { ingest, ingestFile, MAX_ACTIVITIES, MAX_INPUT_BYTES, type IngestOptions } from './ingest.js';
export { MAX_TEXT_BYTES } from './extract/text/index.js';
export { DEFAULT_ZIP_LIMITS, type ZipLimits } from './extract/docx/zip.js';
export { isRoadmapDocument, schemaViolations, type SchemaViolation } from './model/validate.js';
export { roadmapSchema } from './model/schema.js';
export { toJson } from './export/json.js';
export { toCsv, CSV_COLUMNS, type CsvOptions } from './export/csv.js';
export * from './extract/errors.js';
export type * from './model/roadmap.js';
export { SCHEMA_VERSION } from './model/roadmap.js';
export { WARNING_CODES, type WarningCode } from './model/warnings.js';
export { ABBREVIATIONS, expandAbbreviation } from './parse/ru/abbreviations.js';
