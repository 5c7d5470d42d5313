import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error -- a plain ESM script without types
import { generatedPath, renderTypes } from '../../scripts/generate-types.mjs';
import { isRoadmapDocument, schemaViolations } from '../../src/model/validate.js';

describe('the schema and the TypeScript types', () => {
  it('the generated types are up to date with schemas/roadmap.schema.json', async () => {
    expect(readFileSync(generatedPath as string, 'utf8')).toBe(await (renderTypes as () => Promise<string>)());
  });

  it('rejects a document with a malformed date and names the path', () => {
    const violations = schemaViolations({
      schemaVersion: '1.0',
      source: { file: 'x', format: 'text', sha256: 'a'.repeat(64), pages: null, encoding: 'utf-8' },
      decree: { kind: null, authority: null, date: '2023-13-45', number: null, place: null, title: null, signatory: null, orders: [] },
      roadmaps: [],
      aliases: [],
      warnings: [],
    });
    expect(violations.map((v) => v.path)).toContain('/decree/date');
  });

  it('rejects a document missing a required key', () => {
    expect(isRoadmapDocument({ schemaVersion: '1.0' })).toBe(false);
  });
});
