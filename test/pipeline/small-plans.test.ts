/**
 * Small plans built for one construct each, through the whole pipeline:
 * the DOCX fixtures of scripts/make-docx-fixtures.mjs (read that script for
 * what each table holds) and short text decrees written here.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ingest } from '../../src/ingest.js';
import type { RoadmapDocument } from '../../src/model/roadmap.js';

const fixture = (name: string): Promise<RoadmapDocument> =>
  ingest(readFileSync(new URL(`../../fixtures/docx/${name}`, import.meta.url)), { file: name });
const text = (decree: string): Promise<RoadmapDocument> => ingest(new TextEncoder().encode(decree), { file: 'decree.txt' });

describe('fixtures/docx/merged-plan.docx', () => {
  it('puts «Семинар», which Word numbers 1.4 under «2. Методическая работа», in section 2 with that section\'s title', async () => {
    const seminar = (await fixture('merged-plan.docx')).roadmaps[0]!.activities.find((a) => a.title === 'Семинар')!;
    expect([seminar.number, seminar.section, seminar.sectionTitle]).toEqual(['1.4', '2', 'Методическая работа']);
  });
});

describe('a day-only deadline under a month heading inside a numbered section', () => {
  it('takes its month from the heading and its section from the numbered row', async () => {
    const document = await text(
      'ПРИКАЗ\n\nПлан мероприятий на 2024 год\n\n№\tМероприятие\tСрок\tОтветственный\n1.\tМероприятия\t\t\n\tЯнварь\t\t\n1.1.\tСовещание\t10-12\tРОО\n',
    );
    const [meeting] = document.roadmaps[0]!.activities;
    expect([meeting!.section, meeting!.sectionTitle]).toEqual(['1', 'Мероприятия']);
    expect([meeting!.deadline.kind, meeting!.deadline.start, meeting!.deadline.end]).toEqual(['period', '2024-01-10', '2024-01-12']);
  });
});
