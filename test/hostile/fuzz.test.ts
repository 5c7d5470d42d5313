/**
 * Issue 8's fuzz property, a few runs on the sources: a mutated seed decree
 * gives a valid RoadmapDocument or a typed one-line IngestError, never
 * anything else, within the time limit. `node scripts/fuzz.mjs` runs the same
 * property long on the build; FUZZ_RUNS raises the count here.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkIngest, fuzzCase, loadSeeds, materialise, mutateBytes, mutateText, type Seeds } from '../../scripts/fuzz-core.mjs';
import { IngestError } from '../../src/extract/errors.js';
import { ingest } from '../../src/ingest.js';
import { schemaViolations } from '../../src/model/validate.js';

const library = { ingest, schemaViolations, IngestError };
const NUM_RUNS = Number(process.env['FUZZ_RUNS'] ?? 40);
const TIME_LIMIT_MS = 15_000;

let seeds: Seeds;
beforeAll(async () => {
  seeds = await loadSeeds();
});

describe('fuzzing the seeds (issue 8)', () => {
  it('never throws anything but a typed one-line IngestError, never breaks the schema, never hangs', async () => {
    await fc.assert(
      fc.asyncProperty(fuzzCase, async (generated) => {
        await checkIngest(materialise(generated, seeds), library, { timeLimitMs: TIME_LIMIT_MS });
      }),
      { numRuns: NUM_RUNS },
    );
  }, 120_000);

  it('ingests every seed unmutated, in every format', async () => {
    const outcomes: string[] = [];
    for (const text of seeds.txt) outcomes.push(await checkIngest(Buffer.from(text), library, { timeLimitMs: TIME_LIMIT_MS }));
    for (const pdf of seeds.pdf) outcomes.push(await checkIngest(pdf, library, { timeLimitMs: TIME_LIMIT_MS }));
    for (const docx of seeds.docx) outcomes.push(await checkIngest(docx.bytes, library, { timeLimitMs: TIME_LIMIT_MS }));
    expect(outcomes).toEqual(new Array(15).fill('document'));
  });

  it('fails the check on an untyped error, a broken document or a multi-line message', async () => {
    const throwing = (error: unknown) => ({ ...library, ingest: () => Promise.reject(error) });
    await expect(checkIngest(Buffer.from('x'), throwing(new TypeError('boom')), { timeLimitMs: 1000 })).rejects.toThrow('boom');
    await expect(checkIngest(Buffer.from('x'), throwing(new IngestError('INTERNAL', 'bug')), { timeLimitMs: 1000 })).rejects.toThrow('bug');
    await expect(checkIngest(Buffer.from('x'), throwing(new IngestError('CORRUPT_DOCUMENT', 'a\nb')), { timeLimitMs: 1000 })).rejects.toThrow('not one line');
    await expect(checkIngest(Buffer.from('x'), { ...library, ingest: async () => ({}) }, { timeLimitMs: 1000 })).rejects.toThrow('schema');
  });
});

describe('the fuzz mutations', () => {
  it('insert, repeat and swap separators at a place taken modulo the text length plus one', () => {
    expect(mutateText('abcdef', { kind: 'insert', at: 9, text: '|' })).toBe('ab|cdef'); // 9 mod 7 = 2
    expect(mutateText('abc', { kind: 'repeat', at: 1, length: 1, times: 3 })).toBe('abbbc');
    expect(mutateText('a\tb\tc', { kind: 'separator', at: 2, to: '|' })).toBe('a\tb|c'); // the first tab at or after 2
    expect(mutateText('abc', { kind: 'delete', at: 1, length: 5 })).toBe('a');
  });

  it('truncate, delete and overwrite bytes within the input', () => {
    const bytes = Buffer.from([1, 2, 3, 4]);
    expect([...mutateBytes(bytes, { kind: 'truncate', at: 7 })]).toEqual([1, 2]); // 7 mod 5 = 2
    expect([...mutateBytes(bytes, { kind: 'overwrite', at: 3, bytes: new Uint8Array([9, 9]) })]).toEqual([1, 2, 3, 9]);
    expect([...mutateBytes(bytes, { kind: 'delete', at: 1, length: 2 })]).toEqual([1, 4]);
  });
});
