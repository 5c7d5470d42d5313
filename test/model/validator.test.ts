/**
 * The validator every document passes is ajv's standalone code, generated at
 * build time (scripts/build-validator.mjs); the schema stays the contract.
 * These tests hold the generated code to the schema compiled the ordinary way:
 * the same verdict and the same errors on valid and invalid documents.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error -- a plain ESM script without types
import { compileSchema, schemaPath, schemaSha256 } from '../../scripts/build-validator.mjs';
import { SCHEMA_SHA256 } from '../../src/model/roadmap.validate.generated.js';
import { isRoadmapDocument, schemaViolations } from '../../src/model/validate.js';
import type { RoadmapDocument } from '../../src/model/roadmap.js';
import { ingestedSeed, SEEDS, type SeedName } from '../helpers/seeds.js';

interface CompiledValidator {
  (value: unknown): boolean;
  errors?: { instancePath: string; keyword: string; message?: string }[] | null;
}
const schemaCompiled = (compileSchema as () => { validate: CompiledValidator })().validate;

function schemaVerdict(value: unknown): { valid: boolean; violations: { path: string; message: string }[] } {
  const valid = schemaCompiled(value);
  const violations = (schemaCompiled.errors ?? []).map((error) => ({ path: error.instancePath || '/', message: error.message ?? error.keyword }));
  return { valid, violations: valid ? [] : violations };
}

const copy = (document: RoadmapDocument): Record<string, any> => JSON.parse(JSON.stringify(document));

/** Each breaks one rule of the schema; the path is where the schema-compiled validator must point. */
const BREAKS: [string, (document: Record<string, any>) => unknown, string][] = [
  ['a required key removed', (d) => (delete d.decree, d), '/'],
  ['a key the schema does not know', (d) => ({ ...d, extra: 1 }), '/'],
  ['roadmaps as an object', (d) => ({ ...d, roadmaps: {} }), '/roadmaps'],
  ['a schema version of another major', (d) => ({ ...d, schemaVersion: '2.0' }), '/schemaVersion'],
  ['a sha256 in capitals', (d) => ((d.source.sha256 = d.source.sha256.toUpperCase()), d), '/source/sha256'],
  ['a decree date that is no day of the calendar (30 February)', (d) => ((d.decree.date = '2023-02-30'), d), '/decree/date'],
  ['a deadline kind the contract does not list', (d) => ((d.roadmaps[0].activities[0].deadline.kind = 'someday'), d), '/roadmaps/0/activities/0/deadline/kind'],
  ['a party with empty text', (d) => ((d.roadmaps[0].activities[0].responsible[0].text = ''), d), '/roadmaps/0/activities/0/responsible/0/text'],
  ['a source line of 0', (d) => ((d.roadmaps[0].activities[1].source.line = 0), d), '/roadmaps/0/activities/1/source/line'],
  ['a due day that is no gMonthDay', (d) => ((d.roadmaps[0].activities[0].deadline.due = '09-01'), d), '/roadmaps/0/activities/0/deadline/due'],
  ['a relative span of 0 days', (d) => ((d.roadmaps[0].activities[0].deadline.relative = { amount: 0, unit: 'day' }), d), '/roadmaps/0/activities/0/deadline/relative/amount'],
  ['a recurrence the contract does not list', (d) => ((d.roadmaps[0].activities[0].deadline.recurrence = 'hourly'), d), '/roadmaps/0/activities/0/deadline/recurrence'],
  ['a warning code in lower case', (d) => ({ ...d, warnings: [{ code: 'no_roadmap', message: 'x', source: null }] }), '/warnings/0/code'],
  ['an extra cell that is not text', (d) => ((d.roadmaps[0].activities[0].extra = { note: 5 }), d), '/roadmaps/0/activities/0/extra/note'],
  ['null instead of a document', () => null, '/'],
  ['an array instead of a document', () => [], '/'],
];

describe('the validator generated at build time', () => {
  it('was generated from the schema as it is now', () => {
    expect(SCHEMA_SHA256).toBe((schemaSha256 as (text: string) => string)(readFileSync(schemaPath as string, 'utf8')));
  });

  it.each(Object.keys(SEEDS) as SeedName[])('accepts the output for seed %s, as the schema does', async (name) => {
    const document = await ingestedSeed(name);
    expect(schemaVerdict(document)).toEqual({ valid: true, violations: [] });
    expect(isRoadmapDocument(document)).toBe(true);
    expect(schemaViolations(document)).toEqual([]);
  });

  it.each(BREAKS)('rejects %s with the errors the schema gives', async (_, breakRule, path) => {
    const broken = breakRule(copy(await ingestedSeed('khotynets')));
    const expected = schemaVerdict(broken);
    expect(expected.valid).toBe(false);
    expect(expected.violations.map((violation) => violation.path)).toContain(path);
    expect(isRoadmapDocument(broken)).toBe(false);
    expect(schemaViolations(broken)).toEqual(expected.violations);
  });
});
