#!/usr/bin/env node
// Regenerates src/model/roadmap.generated.ts from schemas/roadmap.schema.json.
// The schema is the contract; the types follow it. test/model/schema-types.test.ts
// fails when this file is stale, so run `node scripts/generate-types.mjs` after
// every schema change.
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { compile } from 'json-schema-to-typescript';

const root = fileURLToPath(new URL('..', import.meta.url));
export const schemaPath = `${root}schemas/roadmap.schema.json`;
export const generatedPath = `${root}src/model/roadmap.generated.ts`;

export async function renderTypes() {
  const schema = JSON.parse(await readFile(schemaPath, 'utf8'));
  return compile(schema, 'RoadmapDocument', {
    bannerComment:
      '/* Generated from schemas/roadmap.schema.json by scripts/generate-types.mjs. Do not edit. */',
    additionalProperties: false,
    unreachableDefinitions: true,
    declareExternallyReferenced: true,
    format: true,
    style: { singleQuote: true, printWidth: 100 },
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await writeFile(generatedPath, await renderTypes());
  console.log(`wrote ${generatedPath}`);
}
