/**
 * Issue 12: where a roadmap's period comes from. In order: its caption, the
 * nearest plan title or approval block above the table, the term of the
 * programme the table stands in, the decree's title, the decree's year, `--year`.
 */
import { describe, expect, it } from 'vitest';
import { ingest } from '../../src/ingest.js';
import type { RoadmapDocument } from '../../src/model/roadmap.js';

const text = (decree: string): Promise<RoadmapDocument> => ingest(new TextEncoder().encode(decree), { file: 'decree.txt' });
const DECREE = 'ПРИКАЗ\n\nот 10.12.2015 г.\n\n№ 5\n\nОб утверждении плана\n\nПРИКАЗЫВАЮ:\n\n1. Утвердить план.\n\nДиректор\n\nИ.И. Иванов\n\n';
const TABLE = '№\tМероприятие\tСрок\tОтветственный\n1.\tСовещание\tПостоянно\tРОО\n2.\tТурнир\tОктябрь\tТренер\n3.\tПервенство\tМарт\tТренер\n';
const spans = (document: RoadmapDocument) => document.roadmaps[0]!.activities.map((a) => [a.deadline.kind, a.deadline.start, a.deadline.end]);

describe('the roadmap period', () => {
  it('comes from the plan\'s title page when the table stands under «Перечень мероприятий» after another table', async () => {
    const document = await text(
      `${DECREE}План мероприятий по профилактике безнадзорности на 2016 - 2025 годы\n\nПаспорт\n\nНаименование\tПрофилактика\nИсполнитель\tРОО\n\nПеречень мероприятий программы\n\n${TABLE}`,
    );
    expect(document.roadmaps[0]!.period).toMatchObject({ start: '2016-01-01', end: '2025-12-31' });
    expect(spans(document)[0]).toEqual(['ongoing', '2016-01-01', '2025-12-31']);
  });

  it('runs 1 September – 31 August for a training year, months taking the year they fall in', async () => {
    const document = await text(`${DECREE}УТВЕРЖДАЮ\n\nДиректор СШОР\n\nКалендарный план спортивных мероприятий на 2019-2020 тренировочный год\n\n${TABLE}`);
    expect(document.roadmaps[0]!.period).toMatchObject({ start: '2019-09-01', end: '2020-08-31' });
    expect(spans(document)).toEqual([
      ['ongoing', '2019-09-01', '2020-08-31'],
      ['period', '2019-10-01', '2019-10-31'],
      ['period', '2020-03-01', '2020-03-31'],
    ]);
  });

  it('comes from the approval block when neither caption nor title names it', async () => {
    const document = await text(`${DECREE}УТВЕРЖДАЮ\n\nДиректор школы на 2021-2022 учебный год\n\nМероприятия\n\n${TABLE}`);
    expect(document.roadmaps[0]!.period).toMatchObject({ start: '2021-09-01', end: '2022-08-31' });
  });

  it('falls back to the decree title, then to the decree\'s year', async () => {
    const titled = await text(DECREE.replace('Об утверждении плана', 'Об утверждении плана на 2017 год') + `Мероприятия\n\n${TABLE}`);
    expect(titled.roadmaps[0]!.period).toMatchObject({ start: '2017-01-01', end: '2017-12-31' });
    const dated = await text(`${DECREE}Мероприятия\n\n${TABLE}`);
    expect(dated.roadmaps[0]!.period).toMatchObject({ start: '2015-01-01', end: '2015-12-31' });
  });

  it('comes from the programme\'s passport when the plan stands in a development programme (dshi5-yoshkar-ola-razvitie-2013)', async () => {
    const document = await text(
      `${DECREE}Паспорт программы развития\n\n9. Срок реализации Программы: 2013 – 2018 гг.\n\n10. Этапы реализации Программы:\n\n- Подготовительный этап (2013-2015)\n\nПлан мероприятий по реализации Программы развития\n\n${TABLE}`,
    );
    expect(document.roadmaps[0]!.period).toMatchObject({ start: '2013-01-01', end: '2018-12-31' });
    expect(spans(document)[0]).toEqual(['ongoing', '2013-01-01', '2018-12-31']);
  });

  it('comes from a passport table\'s row «Сроки реализации программы | 2016-2020 годы»', async () => {
    const document = await text(`${DECREE}Паспорт программы\n\nНаименование\tПрограмма развития школы\nСроки реализации программы\t2016-2020 годы\n\nМероприятия\n\n${TABLE}`);
    expect(document.roadmaps[0]!.period).toMatchObject({ start: '2016-01-01', end: '2020-12-31' });
  });

  it('gives «В течение месяца» the month of the month row above, across the topic rows inside it (school11-nakhodka-plan-2016)', async () => {
    const document = await text(
      `${DECREE.replace('Об утверждении плана', 'Об утверждении плана на 2016-2017 учебный год')}Мероприятия\n\n` +
        'Мероприятие\tСроки\tОтветственные\nОктябрь, 2016 год\t\t\nВнутришкольный контроль\t\t\nПодготовка к ГИА\tВ течение месяца\tДиректор\n' +
        'Ноябрь, 2016 год\t\t\nМетодическая работа\t\t\nАттестация педагогов\tВ течение месяца\tЗавуч\nКонференция\tВ течение года\tЗавуч\n',
    );
    expect(spans(document)).toEqual([
      ['ongoing', '2016-10-01', '2016-10-31'],
      ['ongoing', '2016-11-01', '2016-11-30'],
      ['ongoing', '2016-09-01', '2017-08-31'],
    ]);
  });

  it('reads the year of a holiday plan «в период школьных каникул 2019 года», its days from the day rows (ussuriysk-centre-spring-holidays-plan-2019)', async () => {
    const document = await text(
      'План весенних мероприятий в период школьных каникул 2019 года\n\n№\tНаименование мероприятия\tВремя проведения\tОтветственные\n' +
        '23 марта\t\t\t\n1\tЧас общения\t10.00-11.00\tВоспитатели\n24 марта\t\t\t\n1\tВикторина\tВ течение дня\tВоспитатели\n',
    );
    expect(document.roadmaps[0]!.period).toMatchObject({ start: '2019-01-01', end: '2019-12-31' });
    expect(spans(document)).toEqual([
      ['date', '2019-03-23', '2019-03-23'],
      ['ongoing', '2019-03-24', '2019-03-24'],
    ]);
  });

  it('does not take a period the decree\'s preamble cites from another programme', async () => {
    const document = await text(
      DECREE.replace('ПРИКАЗЫВАЮ:', 'В целях реализации муниципальной программы «Развитие образования на 2022 – 2030 годы»\n\nПРИКАЗЫВАЮ:') + `Мероприятия\n\n${TABLE}`,
    );
    expect(document.roadmaps[0]!.period).toMatchObject({ start: '2015-01-01', end: '2015-12-31' });
  });
});
