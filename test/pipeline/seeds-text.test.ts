import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { ingest } from '../../src/ingest.js';
import type { RoadmapDocument } from '../../src/model/roadmap.js';
import { schemaViolations } from '../../src/model/validate.js';
import { activityOf as activity, ingestedSeed as seed, seedBytes, SEEDS, type SeedName } from '../helpers/seeds.js';

const numbers = (document: RoadmapDocument, roadmap = 0) => document.roadmaps[roadmap]!.activities.map((a) => a.number);
const range = (prefix: string, from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => `${prefix}${from + i}`);

describe('plain-text seeds, end to end', () => {
  it.each(Object.keys(SEEDS) as SeedName[])('%s validates against the schema', async (name) => {
    expect(schemaViolations(await seed(name))).toEqual([]);
  });

  it('000 (Хотынец): 21 activities in 4 sections, counted by hand', async () => {
    const document = await seed('khotynets');
    expect(document.roadmaps).toHaveLength(1);
    expect(numbers(document)).toEqual([...range('1.', 1, 2), ...range('2.', 1, 9), ...range('3.', 1, 8), ...range('4.', 1, 2)]);
    expect(document.roadmaps[0]!.sections.map((s) => s.number)).toEqual(['1', '2', '3', '4']);
    expect(document.roadmaps[0]!.period).toEqual({ text: 'на 2023 год', start: '2023-01-01', end: '2023-12-31' });
    expect(document.decree.number).toBe('515');
    expect(document.decree.date).toBe('2023-12-08');
  });

  it('000: rejoins row 4.1 across the page break with its compound word intact', async () => {
    const row = activity(await seed('khotynets'), '4.1');
    expect(row.title).toMatch(/материально-технической базы ОО учителями-предметниками в рамках урочной и внеурочной деятельности$/u);
    expect(row.deadline.text).toBe('Август 2023');
    expect(row.source).toEqual({ page: null, line: 66 });
  });

  it('000: puts the unnamed column in extra and the section title on each activity', async () => {
    const row = activity(await seed('khotynets'), '3.5');
    expect(row.extra).toEqual({ 'Информация об исполнении (с указанием подтверждающих документов, ссылок)': 'Подготовлена' });
    expect(row.section).toBe('3');
    expect(row.sectionTitle).toBe('Совершенствование работы по развитию кадрового потенциала руководящих и педагогических работников образовательных организаций');
    expect(row.responsible.map((p) => p.text)).toEqual(['Отдел образования', 'образовательные организации']);
  });

  it('001 (Пролетарск): 25 activities, the curator and methodist lists are not roadmaps, 4.3 is reported missing', async () => {
    const document = await seed('proletarsk');
    expect(document.roadmaps).toHaveLength(1);
    expect(numbers(document)).toEqual([...range('1.', 1, 11), '2.1', ...range('3.', 1, 6), '4.1', '4.2', ...range('4.', 4, 8)]);
    expect(document.roadmaps[0]!.period).toEqual({ text: '2023-2024 учебный год', start: '2023-09-01', end: '2024-08-31' });
    expect(document.warnings.filter((w) => w.code === 'NUMBERING_GAP').map((w) => w.message)).toEqual(['Numbering skips from 4.2 to 4.4']);
    const cut = activity(document, '1.4');
    expect(cut.responsible.map((p) => p.text).join(', ')).toBe('ШНОР совместно с кураторами, методистами РМА');
    expect(cut.expectedResult).toBe('Повышение результативности и успешности');
    expect(activity(document, '1.11').responsible).toEqual([]);
    expect(document.warnings.some((w) => w.code === 'MISSING_RESPONSIBLE' && w.message.includes('1.11'))).toBe(true);
  });

  it('002 (Беломорск): flat numbering 1…21 with expected results, period from the caption', async () => {
    const document = await seed('belomorsk');
    expect(numbers(document)).toEqual(range('', 1, 21));
    expect(document.roadmaps[0]!.title).toMatch(/^План-график \("дорожная карта"\) повышения качества образования/u);
    expect(document.roadmaps[0]!.period?.start).toBe('2022-01-01');
    const row = activity(document, '4');
    expect(row.title).toBe('Волостные интеллектуальные мастерские для обучающихся из предметной области физическая культура');
    expect(row.expectedResult).toBe(
      'Доля обучающихся из школ с низкими образовательными результатами от общего количества обучающихся, принявших участие в данном мероприятии',
    );
    expect(activity(document, '3').deadline.text).toBe('18-19 февраля 2022');
  });

  it('003 (Ипатово): three roadmaps of 24, 25 and 5 activities across shifted continuation pages', async () => {
    const document = await seed('ipatovo');
    expect(document.roadmaps.map((r) => r.activities.length)).toEqual([24, 25, 5]);
    expect(numbers(document, 1)).toEqual([
      ...range('1.', 1, 3),
      ...range('2.', 1, 3),
      ...range('3.', 1, 7),
      ...range('3.', 9, 13),
      ...range('4.', 1, 6),
      '5.1',
    ]);
    const shifted = activity(document, '3.1', 1);
    expect(shifted.deadline.text).toBe('Январь-декабрь 2024 г.');
    expect(shifted.expectedResult).toMatch(/преподаватель организатор основ безопасности жизнедеятельности$/u);
    expect(shifted.reportForm).toBe('Выписка из приказа о получении квалификационной категории');
    const split = activity(document, '4.1', 1);
    expect(split.title).toBe('Выявление группы учащихся с неблагоприятной оценочной ситуацией');
    expect(split.deadline.text).toBe('В течение года (по итогам учебных периодов)');
    expect(split.reportForm).toBe('Планы работы с обучающимися');
    expect(activity(document, '2.1', 1).title).toBe(
      'Обеспечение условий для прохождения студентами педагогических практик по месту их будущего трудоустройства или по месту окончания школы (с целью повышения практической ориентированности)',
    );
    expect(activity(document, '1.1', 1).title).toMatch(/^Подготовка технического задания/u);
    expect(activity(document, '2', 0).deadline.text).toBe('март-апрель – 2024 г.');
    expect(document.roadmaps[2]!.columns.map((c) => c.role)).toEqual(['number', 'title', 'deadline', 'responsible', 'other']);
  });

  it('004 (Сергокала): 44 activities four levels deep, group headings as sections, the misprinted 4.3.3.5 reported', async () => {
    const document = await seed('sergokala');
    const roadmap = document.roadmaps[0]!;
    expect(document.roadmaps).toHaveLength(1);
    expect(roadmap.activities).toHaveLength(44);
    expect(roadmap.sections.map((s) => s.number)).toEqual(['1', '2', '3', null, '4', '4.1', '4.2', '4.2.1', '4.2.2', '4.2.3', '5', '6', '7']);
    expect(numbers(document).slice(-5)).toEqual(['6.5', '6.6', '7.1', '7.2', '7.3']);
    expect(activity(document, '4.2.3.10').section).toBe('4.2.3');
    expect(activity(document, '4.2.3.10').sectionTitle).toBe('Работа с учителями-предметниками');
    // 3.1 sits under the unnumbered heading «Изучение деятельности средних школ» inside section 3;
    // number and title both come from the section row «3. Работа со школами …».
    expect(activity(document, '3.1').section).toBe('3');
    expect(activity(document, '3.1').sectionTitle).toBe('Работа со школами, показывающими низкие образовательные результаты');
    // The misprinted 4.3.3.5 stands between 4.2.3.4 and 4.2.3.6, under «4.2.3. Работа с учителями-предметниками».
    expect(activity(document, '4.3.3.5').section).toBe('4.2.3');
    expect(activity(document, '4.3.3.5').sectionTitle).toBe('Работа с учителями-предметниками');
    expect(activity(document, '4.3.3.5').title).toMatch(/^Провести заседание методического объединения учителей математики/u);
    expect(document.warnings.filter((w) => w.code === 'NUMBERING_DUPLICATE').map((w) => w.source?.line)).toEqual([145]);
    expect(activity(document, '1.1').coExecutors.map((p) => p.text).join(', ')).toBe('Лукманова С.Ш., зам.начальника МКУ «УО»');
    expect(activity(document, '1.1').reportForm).toBe('План');
    expect(activity(document, '5.2').deadline.text).toBe('');
    expect(activity(document, '5.2').expectedResult).toBe('Повышение мотивации учения у слабоуспевающих. Повышение уровня обученности в 10-11 классах.');
    expect(document.warnings.filter((w) => w.code === 'CELLS_RECONCILED')).toHaveLength(9);
  });

  it('a windows-1251 copy of a seed gives the same activities as the UTF-8 one', async () => {
    const utf8 = await seed('sergokala');
    const cp1251 = await ingest(iconv.encode(seedBytes('sergokala', 'txt').toString('utf8'), 'windows-1251'), { file: 'cp1251.txt' });
    expect(cp1251.source.encoding).toBe('windows-1251');
    expect(cp1251.roadmaps).toEqual(utf8.roadmaps);
  });

  it('reports NO_ROADMAP for a decree with no table and still validates', async () => {
    const document = await ingest(Buffer.from('ПРИКАЗ\n\n№ 5\n\nО проведении совещания\n\n1. Провести совещание.\n'), { file: 'no-table.txt' });
    expect(document.roadmaps).toEqual([]);
    expect(document.warnings.map((w) => w.code)).toContain('NO_ROADMAP');
    expect(schemaViolations(document)).toEqual([]);
  });

  it('falls back to --year for the period when the document names none', async () => {
    const text = 'План мероприятий\n\n№\tМероприятие\tСрок\n1\tСовещание\tМай\n';
    const document = await ingest(Buffer.from(text), { fallbackYear: 2025 });
    expect(document.roadmaps[0]!.period).toEqual({ text: '2025 год', start: '2025-01-01', end: '2025-12-31' });
  });
});
