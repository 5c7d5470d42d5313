import { describe, expect, it } from 'vitest';
import { findCaption, planTitlesBefore } from '../../src/segment/caption.js';
import type { LayoutBlock, LayoutTable } from '../../src/model/layout.js';

const TABLE: LayoutTable = { type: 'table', rows: [], source: { page: 2, line: 40 } };
/** Paragraphs as an extractor hands them over (one a printed line in a PDF or in some Word files), then the table. */
const blocksOf = (...texts: string[]): LayoutBlock[] => [
  ...texts.map((text, index) => ({ type: 'paragraph' as const, text, bold: false, source: { page: 2, line: index + 1 } })),
  TABLE,
];
const captionOf = (...texts: string[]): string | null => findCaption(blocksOf(...texts), texts.length)?.text ?? null;
/** `**…**` marks a bold paragraph, as a title block is set. */
const boldBlocksOf = (...texts: string[]): LayoutBlock[] =>
  blocksOf(...texts).map((block) =>
    block.type === 'paragraph' && /^\*\*.*\*\*$/su.test(block.text) ? { ...block, text: block.text.slice(2, -2), bold: true } : block,
  );
const boldCaptionOf = (...texts: string[]): string | null => findCaption(boldBlocksOf(...texts), texts.length)?.text ?? null;

describe('findCaption reads a caption whose lines come as paragraphs of their own (issue 12)', () => {
  it.each<[string, string[], string]>([
    [
      'seed 002 in Word: a line a paragraph, the nearer paragraph naming no plan',
      ['Приложение к приказу отдела образования', '№17 от «01» февраля 2022 года', 'План-график ("дорожная карта")', 'повышения качества образования в школах', 'с низкими образовательными результатами в 2022 году', 'Цель: повышение качества образования', 'Меры. Мероприятия'],
      'План-график ("дорожная карта") повышения качества образования в школах с низкими образовательными результатами в 2022 году',
    ],
    [
      'seed 000 in PDF: a centred last line apart from the rest',
      ['Приложение', 'к приказу отдела образования администрации района от 8 декабря 2023 года № 515', 'Информация об исполнении Плана мероприятий («дорожная карта») по сопровождению школ с низкими образовательными результатами (далее –', 'дорожная карта) на 2023 год'],
      'Информация об исполнении Плана мероприятий («дорожная карта») по сопровождению школ с низкими образовательными результатами (далее – дорожная карта) на 2023 год',
    ],
    [
      'seed 001 in Word and PDF: the period on a line of its own',
      ['Муниципальная дорожная карта по работе со школами с низкими образовательными результатами Пролетарского района', 'на 2023-2024 учебный год'],
      'Муниципальная дорожная карта по работе со школами с низкими образовательными результатами Пролетарского района на 2023-2024 учебный год',
    ],
    [
      'seed 004 in PDF: a reference line above, a word wrapped off the first line',
      ['Пр №1/1 от 09.01.2023г.', 'План мероприятий («Дорожная карта»), направленных на поддержку школ, по', 'итогам проведения процедур оценки качества на 2023 год'],
      'План мероприятий («Дорожная карта»), направленных на поддержку школ, по итогам проведения процедур оценки качества на 2023 год',
    ],
    ['a caption of one paragraph', ['Приложение 1', 'План мероприятий на 2024 год'], 'План мероприятий на 2024 год'],
  ])('%s', (_, texts, caption) => {
    expect(captionOf(...texts)).toBe(caption);
  });

  it.each<[string, string[], string]>([
    [
      'a bold title block whose lines open in capitals, quotes and initials (real plans, Word)',
      ['**ПЛАН**', '**Учебно- воспитательной и социальной работы**', '**заместителя директора по воспитательной и социальной работе**', '**ГКУ ЦССВ «Сколковский»**', '**Ведехиной С.В.**', '**на 2017-2018гг.**', ''],
      'ПЛАН Учебно- воспитательной и социальной работы заместителя директора по воспитательной и социальной работе ГКУ ЦССВ «Сколковский» Ведехиной С.В. на 2017-2018гг.',
    ],
    [
      'a bold title block under a reference, blank paragraphs around it',
      ['Приложение 4', 'к приказу № 99 от 29.08.2016г', '', '**План мероприятий**', '**по обеспечению информационной безопасности обучающихся**', '**МКОУ «СОШ № 1» с.п.Сармаково в 2015 – 2020 годах**', ''],
      'План мероприятий по обеспечению информационной безопасности обучающихся МКОУ «СОШ № 1» с.п.Сармаково в 2015 – 2020 годах',
    ],
    [
      'a bold title block on the title page, the school\'s name in quotes on its last line (real plan, PDF)',
      ['Утверждаю', 'Директор МБОУ «СОШ № 11» НГО', '**План работы**', '**муниципального бюджетного общеобразовательного учреждения**', '**«Средняя общеобразовательная школа № 11» НГО на 2016- 2017 учебный год**', 'Тема работы школы:', '1. Обеспечить научно – методическое сопровождение'],
      'План работы муниципального бюджетного общеобразовательного учреждения «Средняя общеобразовательная школа № 11» НГО на 2016- 2017 учебный год',
    ],
    ['bold headings that end a sentence stay apart', ['**Раздел I.**', '**Введение**'], 'Введение'],
    ['a bold numbered heading under a bold title stays apart', ['**ПЛАН РАБОТЫ НА 2016 ГОД**', '**1. Организационная работа**'], 'ПЛАН РАБОТЫ НА 2016 ГОД'],
  ])('%s', (_, texts, caption) => {
    expect(boldCaptionOf(...texts)).toBe(caption);
  });

  it('starts the caption where its first line stands', () => {
    const blocks = blocksOf('Приложение', 'План-график', 'повышения качества образования');
    expect(findCaption(blocks, 3)?.paragraph.source).toEqual({ page: 2, line: 2 });
  });

  it('never takes a reference line as the caption, nor its lower-case continuation', () => {
    expect(captionOf('Приложение', 'к приказу от 8 декабря 2023 года № 515')).toBeNull();
  });
});

describe('planTitlesBefore finds the titles of plans above a table, nearest first (issue 12)', () => {
  it('reads the plan title on the title page, tables and headings between', () => {
    const blocks: LayoutBlock[] = [
      ...blocksOf('УТВЕРЖДАЮ', 'Директор школы', 'План мероприятий по профилактике', 'на 2016 - 2025 годы', 'Паспорт программы'),
      ...blocksOf('1. Утвердить план мероприятий на 2030 год', 'Перечень мероприятий программы'),
    ];
    expect(planTitlesBefore(blocks, blocks.length - 1)).toEqual([
      'Перечень мероприятий программы',
      'План мероприятий по профилактике на 2016 - 2025 годы',
      'УТВЕРЖДАЮ Директор школы',
    ]);
  });

  it('reads an approval block and leaves out the decree text that cites a programme', () => {
    const blocks = blocksOf(
      'В целях реализации муниципальной программы «Развитие образования на 2022 – 2030 годы»',
      'УТВЕРЖДАЮ Директор СШОР на 2019-2020 тренировочный год',
      'Календарный план',
    );
    expect(planTitlesBefore(blocks, 3)).toEqual(['Календарный план', 'УТВЕРЖДАЮ Директор СШОР на 2019-2020 тренировочный год']);
  });
});
