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

describe('fixtures/docx/merged-plan.docx: two-row header, column-number row, merged sections and a responsible cell merged down', () => {
  it('reads the four activities, the column-number row under the two-row header not among them', async () => {
    const roadmap = (await fixture('merged-plan.docx')).roadmaps[0]!;
    expect(roadmap.activities.map((a) => [a.number, a.title, a.deadline.text])).toEqual([
      ['1.1', 'Совещание', 'Январь 2024 – Март 2024'],
      ['1.2', 'Мониторинг', 'Февраль 2024 – Май 2024'],
      ['1.3', 'Анализ', 'Июнь 2024 – Июль 2024'],
      ['1.4', 'Семинар', 'Сентябрь 2024 – Октябрь 2024'],
    ]);
  });

  it('reads «Срок» split into «начало | окончание» as one period from the start month to the end month', async () => {
    const roadmap = (await fixture('merged-plan.docx')).roadmaps[0]!;
    expect(roadmap.activities.map((a) => [a.deadline.kind, a.deadline.start, a.deadline.end])).toEqual([
      ['period', '2024-01-01', '2024-03-31'],
      ['period', '2024-02-01', '2024-05-31'],
      ['period', '2024-06-01', '2024-07-31'],
      ['period', '2024-09-01', '2024-10-31'],
    ]);
  });

  it('names each column once, a header merged down over both header rows included', async () => {
    const roadmap = (await fixture('merged-plan.docx')).roadmaps[0]!;
    expect(roadmap.columns.map((c) => [c.header, c.role])).toEqual([
      ['№ п/п', 'number'],
      ['Мероприятие', 'title'],
      ['Срок начало окончание', 'deadline'],
      ['Ответственный', 'responsible'],
    ]);
  });

  it('gives the responsible cell merged over three rows to each of 1.1–1.3, and 1.4 the person in its nested table', async () => {
    const roadmap = (await fixture('merged-plan.docx')).roadmaps[0]!;
    expect(roadmap.activities.map((a) => a.responsible.map((p) => [p.kind, p.text]))).toEqual([
      [['organization', 'Отдел образования'], ['organization', 'Школы']],
      [['organization', 'Отдел образования'], ['organization', 'Школы']],
      [['organization', 'Отдел образования'], ['organization', 'Школы']],
      [['person', 'Иванов И.И., методист']],
    ]);
  });

  it('puts «Семинар», which Word numbers 1.4 under «2. Методическая работа», in section 2 with that section\'s title', async () => {
    const document = await fixture('merged-plan.docx');
    expect(document.roadmaps[0]!.sections.map((s) => [s.number, s.title])).toEqual([['1', 'Организационные мероприятия'], ['2', 'Методическая работа']]);
    expect(document.roadmaps[0]!.activities.map((a) => [a.number, a.section, a.sectionTitle])).toEqual([
      ['1.1', '1', 'Организационные мероприятия'],
      ['1.2', '1', 'Организационные мероприятия'],
      ['1.3', '1', 'Организационные мероприятия'],
      ['1.4', '2', 'Методическая работа'],
    ]);
  });
});

describe('fixtures/docx/numbered-plan.docx: Word list numbering on section and activity rows', () => {
  it('reads the numbers Word prints, 1.1–1.2 and 2.1–2.3, under sections 1 and 2', async () => {
    const roadmap = (await fixture('numbered-plan.docx')).roadmaps[0]!;
    expect(roadmap.sections.map((s) => [s.number, s.title])).toEqual([['1', 'Организация'], ['2', 'Кадры']]);
    expect(roadmap.activities.map((a) => [a.number, a.section, a.sectionTitle, a.title, a.deadline.text])).toEqual([
      ['1.1', '1', 'Организация', 'Совещание', 'Январь'],
      ['1.2', '1', 'Организация', 'Приказ', 'Февраль'],
      ['2.1', '2', 'Кадры', 'Курсы', 'Март'],
      ['2.2', '2', 'Кадры', 'Семинар', 'Апрель'],
      ['2.3', '2', 'Кадры', 'Конкурс', 'Май'],
    ]);
    expect(roadmap.columns.map((c) => c.header)).toEqual(['№', 'Мероприятие', 'Срок']);
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

describe('fixtures/docx/split-plan.docx: a plan Word split into two tables, the second with no header and other column spans', () => {
  it('reads the second table as the rest of the first: all five activities under sections 1 and 2', async () => {
    const document = await fixture('split-plan.docx');
    expect(document.roadmaps).toHaveLength(1);
    const roadmap = document.roadmaps[0]!;
    expect(roadmap.sections.map((s) => [s.number, s.title])).toEqual([['1', 'Организация'], ['2', 'Кадры']]);
    expect(roadmap.activities.map((a) => [a.number, a.section, a.title, a.deadline.text, a.responsible.map((p) => p.text)])).toEqual([
      ['1.1', '1', 'Совещание', 'Январь', ['Отдел образования']],
      ['1.2', '1', 'Приказ', 'Февраль', ['Отдел образования']],
      ['1.3', '1', 'Семинар', 'Март', ['Методический кабинет']],
      ['2.1', '2', 'Курсы', 'Апрель', ['Школы']],
      ['2.2', '2', 'Конкурс', 'Май', ['Отдел образования']],
    ]);
    expect(document.warnings).toEqual([]);
  });
});

describe('fixtures/docx/title-numbers.docx: numbers inside the title cell, restarting under each heading, and a roman section row', () => {
  it('takes each number out of the title, with or without a space after its dot', async () => {
    const roadmap = (await fixture('title-numbers.docx')).roadmaps[0]!;
    expect(roadmap.activities.map((a) => [a.number, a.title])).toEqual([
      ['1', 'Организовать совещание'],
      ['2', 'Провести мониторинг'],
      ['1', 'Направить учителей на курсы'],
      ['2', 'Обобщить опыт'],
      ['1', 'Провести собрания'],
      ['1.1', 'Подготовить презентацию'],
    ]);
  });

  it('keeps the numbers as printed under each heading, the roman one numbered III, and reports no duplicate', async () => {
    const document = await fixture('title-numbers.docx');
    const roadmap = document.roadmaps[0]!;
    expect(roadmap.sections.map((s) => [s.number, s.title])).toEqual([
      [null, 'Организационная работа'],
      [null, 'Работа с кадрами'],
      ['III', 'Работа с родителями'],
    ]);
    expect(roadmap.activities.map((a) => [a.number, a.section, a.sectionTitle])).toEqual([
      ['1', null, 'Организационная работа'],
      ['2', null, 'Организационная работа'],
      ['1', null, 'Работа с кадрами'],
      ['2', null, 'Работа с кадрами'],
      ['1', 'III', 'Работа с родителями'],
      ['1.1', 'III', 'Работа с родителями'],
    ]);
    expect(document.warnings).toEqual([]);
  });
});

describe('fixtures/docx/events-venue.docx: an events plan whose only date column is «Место и сроки проведения»', () => {
  it('reads it as a roadmap: the date part of each cell is the deadline, the venue part goes to extra', async () => {
    const document = await fixture('events-venue.docx');
    expect(document.warnings.map((w) => w.code)).not.toContain('NO_ROADMAP');
    const roadmap = document.roadmaps[0]!;
    expect(roadmap.activities.map((a) => [a.number, a.title, a.deadline.text, a.deadline.start, a.deadline.end, a.extra['Место и сроки проведения']])).toEqual([
      ['1', 'Спартакиада школьников', '15 мая', '2024-05-15', '2024-05-15', 'Стадион «Труд»'],
      ['2', 'Турнир по шахматам', 'октябрь', '2024-10-01', '2024-10-31', 'МБОУ СОШ № 2'],
      ['3', 'Легкоатлетический кросс', '20 сентября', '2024-09-20', '2024-09-20', 'Парк Победы'],
    ]);
  });
});

describe('a text decree whose plan dates its events in a «Место и время проведения» column', () => {
  it('reads the events, each with its date and its venue', async () => {
    const document = await text(
      'ПРИКАЗ\n\nПлан мероприятий на 2024 год\n\nМероприятие\tМесто и время проведения\nСеминар директоров\tРОО, 12.03.2024\nКонкурс чтецов\tДом культуры; апрель\n',
    );
    expect(document.roadmaps[0]!.activities.map((a) => [a.title, a.deadline.kind, a.deadline.start, a.extra['Место и время проведения']])).toEqual([
      ['Семинар директоров', 'date', '2024-03-12', 'РОО'],
      ['Конкурс чтецов', 'period', '2024-04-01', 'Дом культуры'],
    ]);
  });
});

describe('a decree whose plan has no deadline column', () => {
  it('names the table and what it lacks beside NO_ROADMAP', async () => {
    const document = await text('ПРИКАЗ\n\nПлан мероприятий\n\n№\tМероприятие\tОтветственный\n1.\tСовещание\tРОО\n2.\tСеминар\tМК\n');
    expect(document.roadmaps).toEqual([]);
    expect(document.warnings.map((w) => w.code)).toEqual(['TABLE_UNMAPPED', 'NO_ROADMAP']);
    expect(document.warnings[0]!.message).toMatch(/^Table at line \d+ looks like a plan but was not read: no column reads as a deadline/u);
    expect(document.warnings[0]!.source?.line).toBe(5);
    expect(document.warnings[1]!.message).toBe('The document holds no table of activities: none of its 1 table has a header naming activities and deadlines');
  });
});

describe('fixtures/docx/stacked-month-plan.docx: a month\'s activities stacked as paragraphs of one cell', () => {
  it('gives one activity per paragraph, with its date, its responsible person and its own line', async () => {
    const roadmap = (await fixture('stacked-month-plan.docx')).roadmaps[0]!;
    expect(roadmap.activities.map((a) => [a.title, a.deadline.start, a.responsible.map((p) => p.text), a.extra['Месяц'], a.source.line])).toEqual([
      ['Линейка «День знаний»', '2024-09-01', ['Директор'], 'Сентябрь', 7],
      ['Совещание при директоре', '2024-09-10', ['Заместитель директора'], 'Сентябрь', 8],
      ['Кросс нации', '2024-09-21', ['Учитель физкультуры'], 'Сентябрь', 9],
      ['День учителя', '2024-10-05', ['Директор'], 'Октябрь', 17],
      ['Осенний бал', '2024-10-25', ['Директор'], 'Октябрь', 18],
      ['Конкурс чтецов Олимпиада по математике Родительское собрание', '2024-11-01', ['Учителя'], 'Ноябрь', 22],
      ['Новогодний праздник (для начальной школы)', '2024-12-27', ['Классные руководители'], 'Декабрь', 29],
    ]);
  });

  it('warns STACKED_UNALIGNED for the month whose three items have two dates, naming its line', async () => {
    const document = await fixture('stacked-month-plan.docx');
    expect(document.warnings.filter((w) => w.code === 'STACKED_UNALIGNED').map((w) => [w.source?.line, w.message])).toEqual([
      [22, 'Row at line 22 holds 3 items in its title cell but 2 in its deadline cell; kept as one activity'],
    ]);
  });
});

// dshi5-yoshkar-ola-razvitie-2013: «Сроки реализации» is the plan's only column besides the title.
describe('a plan whose deadline column also names who is responsible, with no responsible column', () => {
  it('gives the leading parties to the responsible and the rest to the deadline', async () => {
    const document = await text(
      'ПРИКАЗ\n\nПлан мероприятий на 2014 год\n\nНаправления\tСроки реализации\nВнесение изменений в лицензию\tДиректор, 2014 год\nМониторинг услуг\tЗам директора, ежегодно\nРазработка плана\tДиректор\nКонкурс чтецов\tМарт 2014\n',
    );
    expect(document.roadmaps[0]!.activities.map((a) => [a.title, a.responsible.map((p) => p.text), a.deadline.text, a.deadline.kind])).toEqual([
      ['Внесение изменений в лицензию', ['Директор'], '2014 год', 'period'],
      ['Мониторинг услуг', ['Зам директора'], 'ежегодно', 'recurring'],
      ['Разработка плана', ['Директор'], '', 'unspecified'],
      ['Конкурс чтецов', [], 'Март 2014', 'period'],
    ]);
  });
});
