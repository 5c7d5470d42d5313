import { describe, expect, it } from 'vitest';
import { findPeriod, yearPeriod } from '../../../src/parse/ru/period.js';

describe('findPeriod reads the roadmap period from a caption or title', () => {
  it.each([
    ['План мероприятий («дорожная карта») на 2023 год', '2023-01-01', '2023-12-31'],
    ['План работы на 2023-2024 учебный год', '2023-09-01', '2024-08-31'],
    ['План на 2023–2024 уч. год', '2023-09-01', '2024-08-31'],
    ['О проведении мониторинга в 2022 году', '2022-01-01', '2022-12-31'],
    ['Дорожная карта на 2024-2026 годы', '2024-01-01', '2026-12-31'],
    ['мероприятия в 2024 году', '2024-01-01', '2024-12-31'],
    ['на 2024–2025 гг.', '2024-01-01', '2025-12-31'],
    ['на 2025 г.', '2025-01-01', '2025-12-31'],
  ] as const)('reads «%s» as %s … %s', (text, start, end) => {
    expect(findPeriod(text)).toMatchObject({ start, end });
  });

  it.each([['План мероприятий'], ['приказ № 2023'], ['']])('finds no period in «%s»', (text) => {
    expect(findPeriod(text)).toBeNull();
  });

  it('gives a whole calendar year for the decree year fallback', () => {
    expect(yearPeriod(2023)).toEqual({ text: '2023 год', start: '2023-01-01', end: '2023-12-31' });
  });
});
