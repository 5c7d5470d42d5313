#!/usr/bin/env node
// Compiles schemas/roadmap.schema.json into src/model/roadmap.validate.generated.ts
// with ajv's standalone code, so no schema is compiled when the CLI or the
// library starts (compiling it cost every process, and every worker, some
// 100 ms). `npm run build` runs this before tsc; the file is not committed:
// the schema stays the one source of truth. test/model/validator.test.ts
// checks that the generated validator judges documents as the schema does.
import { createHash } from 'node:crypto';
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import standaloneCode from 'ajv/dist/standalone/index.js';

const root = fileURLToPath(new URL('..', import.meta.url));
export const schemaPath = `${root}schemas/roadmap.schema.json`;
export const generatedPath = `${root}src/model/roadmap.validate.generated.ts`;

/**
 * The schema compiled as the contract asks: strict mode, every error at once,
 * `date` checked as a calendar date. `source` keeps the code for export.
 */
export function compileSchema(schemaText = readFileSync(schemaPath, 'utf8'), { source = false } = {}) {
  const ajv = new Ajv2020({ strict: true, allErrors: true, code: { source, esm: true } });
  addFormats.default(ajv, ['date']);
  return { ajv, validate: ajv.compile(JSON.parse(schemaText)) };
}

export const schemaSha256 = (schemaText) => createHash('sha256').update(schemaText).digest('hex');

export function renderValidator() {
  const schemaText = readFileSync(schemaPath, 'utf8');
  const { ajv, validate } = compileSchema(schemaText, { source: true });
  // ajv's ESM output still loads its runtime helpers (the date format, ucs2length) with require().
  const code = standaloneCode.default(ajv, validate).replace(/^"use strict";/u, '');
  return [
    '// @ts-nocheck -- ajv standalone code, untyped; src/model/validate.ts gives it its type.',
    '/* Generated from schemas/roadmap.schema.json by scripts/build-validator.mjs (npm run build). Do not edit; not committed. */',
    "import { createRequire } from 'node:module';",
    'const require = createRequire(import.meta.url);',
    `export const SCHEMA_SHA256 = '${schemaSha256(schemaText)}';`,
    code.trim(),
    '',
  ].join('\n');
}

export function writeValidator() {
  // Written whole under another name first: two test runs in one tree may build at once.
  const temporary = `${generatedPath}.${process.pid}.tmp`;
  writeFileSync(temporary, renderValidator());
  renameSync(temporary, generatedPath);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) writeValidator();
