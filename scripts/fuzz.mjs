#!/usr/bin/env node
/**
 * The fuzz property of issue 8 run long, on the build (`npm run build` first):
 *
 *   FUZZ_SECONDS=600 node scripts/fuzz.mjs       # as many runs as fit in 10 minutes
 *   NUM_RUNS=5000 node scripts/fuzz.mjs          # a fixed number of runs
 *   FUZZ_SEED=123 FUZZ_PATH=45:2 node scripts/fuzz.mjs   # replay a reported failure
 *
 * FUZZ_TIME_LIMIT_MS (default 5000) is the most one ingest may take: the
 * inputs are at most a few megabytes, and every stage is meant to be linear.
 * A failure prints fast-check's report with the seed and path to replay it
 * and writes the failing input to fuzz-failure.bin; the exit code is then 1.
 * The slowest input that passed is kept in fuzz-slowest.bin.
 */
import { writeFileSync } from 'node:fs';
import fc from 'fast-check';
import { IngestError } from '../dist/extract/errors.js';
import { ingest } from '../dist/ingest.js';
import { schemaViolations } from '../dist/model/validate.js';
import { checkIngest, fuzzCase, loadSeeds, materialise } from './fuzz-core.mjs';

const env = process.env;
const seconds = Number(env.FUZZ_SECONDS ?? 0);
const numRuns = Number(env.NUM_RUNS ?? (seconds > 0 ? 1_000_000 : 200));
const timeLimitMs = Number(env.FUZZ_TIME_LIMIT_MS ?? 5_000);
const seed = Number(env.FUZZ_SEED ?? Date.now() % 2 ** 31);
const library = { ingest, schemaViolations, IngestError };
const seeds = await loadSeeds();
const outcomes = new Map();
let slowest = { ms: 0, format: '' };
const started = Date.now();

const result = await fc.check(
  fc.asyncProperty(fuzzCase, async (generated) => {
    const bytes = materialise(generated, seeds);
    const t = performance.now();
    try {
      const outcome = await checkIngest(bytes, library, { timeLimitMs });
      const key = `${generated.format} → ${outcome}`;
      outcomes.set(key, (outcomes.get(key) ?? 0) + 1);
    } catch (error) {
      writeFileSync('fuzz-failure.bin', bytes);
      throw error;
    } finally {
      const ms = performance.now() - t;
      if (ms > slowest.ms) {
        slowest = { ms, format: generated.format };
        writeFileSync('fuzz-slowest.bin', bytes);
      }
    }
  }),
  {
    numRuns,
    ...(seconds > 0 ? { interruptAfterTimeLimit: seconds * 1000, markInterruptAsFailure: false } : {}),
    seed,
    ...(env.FUZZ_PATH ? { path: env.FUZZ_PATH } : {}),
  },
);

console.log(`seed ${seed}: ${result.numRuns} runs in ${Math.round((Date.now() - started) / 1000)} s; slowest ingest ${Math.round(slowest.ms)} ms (${slowest.format})`);
for (const [key, count] of [...outcomes].sort()) console.log(`  ${key}: ${count}`);
if (result.failed) {
  console.error(fc.defaultReportMessage(result));
  process.exitCode = 1;
}
