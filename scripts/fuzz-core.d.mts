/** Types of scripts/fuzz-core.mjs, for the TypeScript tests that import it. */
import type fc from 'fast-check';

export interface Seeds {
  txt: string[];
  pdf: Buffer[];
  docx: Array<{ bytes: Buffer; parts: Array<[string, Buffer]> }>;
}

export type FuzzCase = { format: 'txt' | 'pdf' | 'docx' | 'docx-xml'; seed: number; mutations: unknown[] } & Record<string, unknown>;

export interface Library {
  ingest(bytes: Uint8Array): Promise<unknown>;
  schemaViolations(value: unknown): Array<{ path: string; message: string }>;
  IngestError: abstract new (...args: never[]) => Error & { code: string };
}

export function loadSeeds(): Promise<Seeds>;
export const fuzzCase: fc.Arbitrary<FuzzCase>;
export function mutateText(text: string, mutation: unknown): string;
export function mutateBytes(bytes: Buffer, mutation: unknown): Buffer;
export function materialise(generated: FuzzCase, seeds: Seeds): Buffer;
export function checkIngest(bytes: Uint8Array, library: Library, options: { timeLimitMs: number }): Promise<string>;
