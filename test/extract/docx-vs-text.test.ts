import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ingest } from '../../src/ingest.js';
import type { Activity } from '../../src/model/roadmap.js';

/**
 * The same decree as .docx and as its flattened .txt twin must give the same
 * activities. Where they do not, the differing activity numbers are listed
 * here by hand, with the reason, so a change either way is noticed.
 */

type Field = 'number' | 'title' | 'deadline' | 'responsible';

function fields(activity: Activity): Record<Field, string> {
  return {
    number: activity.number ?? '',
    title: activity.title,
    deadline: activity.deadline.text,
    responsible: JSON.stringify(activity.responsible.map((party) => party.text)),
  };
}

async function activities(path: string): Promise<Activity[]> {
  const bytes = new Uint8Array(readFileSync(new URL(`../../fixtures/seeds/${path}`, import.meta.url)));
  const document = await ingest(bytes, { file: path });
  return document.roadmaps.flatMap((roadmap) => roadmap.activities);
}

/** Activity numbers whose field differs between the two inputs, per field. */
async function differences(seed: string): Promise<{ count: number; differing: Record<Field, string[]> }> {
  const fromDocx = await activities(`${seed}.docx`);
  const fromText = await activities(`${seed}.txt`);
  expect(fromDocx).toHaveLength(fromText.length);
  const differing: Record<Field, string[]> = { number: [], title: [], deadline: [], responsible: [] };
  fromDocx.forEach((activity, index) => {
    const left = fields(activity);
    const right = fields(fromText[index]!);
    for (const field of Object.keys(differing) as Field[]) {
      if (left[field] !== right[field]) differing[field].push(left.number);
    }
  });
  return { count: fromDocx.length, differing };
}

const NONE: Record<Field, string[]> = { number: [], title: [], deadline: [], responsible: [] };

describe('ingest gives the same activities from a seed .docx as from its .txt twin', () => {
  it('agrees on every field of the 21 activities of seed 000', async () => {
    expect(await differences('000_b44aa535d56c7e00')).toEqual({ count: 21, differing: NONE });
  });

  it('agrees on every field of the 25 activities of seed 001', async () => {
    expect(await differences('001_22298858455419f6')).toEqual({ count: 25, differing: NONE });
  });

  it('agrees on seed 002 except one responsible cell the .txt twin wraps onto two lines', async () => {
    // «Администрация МОУ "Летнереченская СОШ"» is one line in Word; the twin
    // breaks it after «МОУ», and the party splitter treats lines as parties.
    expect(await differences('002_0a0b43e67e5df79f')).toEqual({
      count: 21,
      differing: { ...NONE, responsible: ['4'] },
    });
  });

  it('agrees on seed 003 numbers and titles; deadlines and responsibles differ where Word merges the number into the title cell', async () => {
    // In Word the second plan's header «Мероприятие» spans the number and
    // title columns, and rows 1.1–2.1 merge number and title into one cell
    // (colSpan 2) while later rows split them. The DOCX layout states this
    // faithfully; the segmenter (branch main) then reads the later rows'
    // columns one to the right. To be fixed in the segmenter, not here.
    const later = ['2.2', '2.3', '3.1', '3.2', '3.3', '3.4', '3.5', '3.6', '3.7', '3.9', '3.10', '3.11', '3.12', '3.13', '4.1', '4.2', '4.3', '4.4', '4.5', '4.6', '5.1'];
    expect(await differences('003_19b1070cee12e15a')).toEqual({
      count: 54,
      differing: { ...NONE, deadline: later, responsible: later },
    });
  });

  it('agrees on seed 004 numbers, titles and deadlines; responsibles differ where the .txt twin wraps a position', async () => {
    // The twin wraps «начальник МКУ / «Управление образования»» onto two
    // lines, which the party splitter reads as two parties; Word holds one line.
    expect(await differences('004_2ebadb8ec0ffc95f')).toEqual({
      count: 44,
      differing: {
        ...NONE,
        responsible: ['1.4', '3.3', '4.1.1', '4.1.2', '4.1.3', '4.2.2.2', '4.2.3.1', '4.2.3.2', '4.2.3.3', '4.2.3.4'],
      },
    });
  });
});
