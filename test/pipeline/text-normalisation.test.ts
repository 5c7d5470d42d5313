/**
 * Issue 12: characters that differ between producers reach no output field.
 * A text decree carries them here as a Word or PDF export would.
 */
import { describe, expect, it } from 'vitest';
import { ingest } from '../../src/ingest.js';

const decree = [
  'ПРИКАЗ',
  'от 01.09.2021 г.',
  '№ 7',
  'Об утверждении плана',
  'План мероприятий на 2021 год',
  [
    '№\tМероприятие\tСрок\tОтветственный',
    '1.\t\uF0B7 Про\u00ADве\u00ADсти семинар\t15.10. 2021\t\uF0A7 Иванов\u00A0И.И.',
    '2.\t\uF076 Органи\u200Bзовать кон\uFB01\u00ADгурацию\t21.04. 2021 г. (выездное)\t\uF0D8 Отдел образования',
    '3.\t\uF0FC Обеспечить участие\tдо 01.09.2021г\tШколы',
  ].join('\n'),
].join('\n\n');

describe('a plan whose cells carry Symbol bullets, soft hyphens, NBSP, zero-width spaces and ligatures', async () => {
  const document = await ingest(new TextEncoder().encode(decree), { file: 'decree.txt' });
  const activities = document.roadmaps[0]!.activities;

  it('reads titles that start with their first word, not a bullet', () => {
    expect(activities.map((a) => a.title)).toEqual(['Провести семинар', 'Организовать конfiгурацию', 'Обеспечить участие']);
  });

  it('reads the responsible parties without their bullets', () => {
    expect(activities.map((a) => a.responsible.map((p) => p.text))).toEqual([['Иванов И.И.'], ['Отдел образования'], ['Школы']]);
  });

  it('reads the dates as printed: a space after the dot, a glued «г»', () => {
    expect(activities.map((a) => [a.deadline.kind, a.deadline.start, a.deadline.end])).toEqual([
      ['date', '2021-10-15', '2021-10-15'],
      ['date', '2021-04-21', '2021-04-21'],
      ['until', '2021-01-01', '2021-09-01'],
    ]);
  });

  it('leaves no private-use, soft-hyphen or zero-width character anywhere in the output', () => {
    expect(JSON.stringify(document)).not.toMatch(/[\uE000-\uF8FF\u00AD\u200B-\u200D\u2060\uFEFF\u00A0]/u);
  });
});
