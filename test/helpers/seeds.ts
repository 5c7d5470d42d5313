import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ingest } from '../../src/ingest.js';
import type { Activity, RoadmapDocument } from '../../src/model/roadmap.js';

export const SEEDS = {
  khotynets: '000_b44aa535d56c7e00',
  proletarsk: '001_22298858455419f6',
  belomorsk: '002_0a0b43e67e5df79f',
  ipatovo: '003_19b1070cee12e15a',
  sergokala: '004_2ebadb8ec0ffc95f',
} as const;

export type SeedName = keyof typeof SEEDS;

export function seedPath(name: SeedName, extension: 'txt' | 'docx' | 'pdf'): string {
  return fileURLToPath(new URL(`../../fixtures/seeds/${SEEDS[name]}.${extension}`, import.meta.url));
}

export function seedBytes(name: SeedName, extension: 'txt' | 'docx' | 'pdf'): Buffer {
  return readFileSync(seedPath(name, extension));
}

export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

const ingested = new Map<SeedName, Promise<RoadmapDocument>>();

/** A text seed through the whole pipeline, once per test file however many tests read it. */
export function ingestedSeed(name: SeedName): Promise<RoadmapDocument> {
  if (!ingested.has(name)) ingested.set(name, ingest(seedBytes(name, 'txt'), { file: `${name}.txt` }));
  return ingested.get(name)!;
}

export const activityOf = (document: RoadmapDocument, number: string, roadmap = 0): Activity =>
  document.roadmaps[roadmap]!.activities.find((a) => a.number === number)!;
