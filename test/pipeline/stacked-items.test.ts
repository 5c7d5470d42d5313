/**
 * Stacked items (issue 12) through the whole pipeline: a month's activities
 * printed as paragraphs of one cell, their numbers, dates and responsible
 * parties as paragraphs of the cells beside it, spaced apart rather than
 * lined up with their items. The Word files of fixtures/layouts/stacked-items
 * and the PDFs LibreOffice made of them; expected values read off the pages.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ingest } from '../../src/ingest.js';
import type { Activity, RoadmapDocument } from '../../src/model/roadmap.js';

const read = (name: string): Promise<RoadmapDocument> =>
  ingest(readFileSync(new URL(`../../fixtures/layouts/stacked-items/${name}`, import.meta.url)), { file: name });
const activities = async (name: string): Promise<Activity[]> => (await read(name)).roadmaps.flatMap((r) => r.activities);
const find = (list: Activity[], start: string): Activity => list.find((a) => a.title.startsWith(start))!;
const parties = (a: Activity): string[] => a.responsible.map((p) => p.text);

describe.each(['docx', 'pdf'])('stacked items in the %s of a plan with a № column (02)', (format) => {
  it('gives one activity per item, each with its own number, date and responsible person', async () => {
    const list = await activities(`02-real-school11-nakhodka-fgos-2010.${format}`);
    expect(list.map((a) => a.number)).toEqual(Array.from({ length: 17 }, (_, k) => String(k + 1)));
    expect(list.slice(1, 5).map((a) => [a.number, a.title.slice(0, 40), a.deadline.text, parties(a)])).toEqual([
      ['2', 'Родительское собрание в дошкольной групп', 'Апрель', ['Педагоги 1-х классов']],
      ['3', 'Распространение информационного буклета ', 'Апрель', ['Педагоги 1-х классов']],
      ['4', 'Мониторинг уровня осведомленности педаго', 'Май', ['Демчук А.Л.']],
      ['5', 'Анализ результативности работы по создан', 'Май', ['Бачинская Е.Е.']],
    ]);
    expect([list[15]!.deadline.text, list[16]!.deadline.text]).toEqual(['сентябрь-август', 'октябрь-август']);
  });
});

describe.each(['docx', 'pdf'])('stacked items in the %s of a plan without numbers (01)', (format) => {
  it('reads a year alone under a date of its own as the last item\'s date', async () => {
    const list = await activities(`01-real-school1-sarmakovo-infobez-2016.${format}`);
    expect(list).toHaveLength(22);
    const contract = find(list, 'Заключение договора с родителями');
    expect([contract.deadline.text, contract.deadline.start, parties(contract)]).toEqual(['2016', '2016-01-01', ['Директор школы', 'Зам.директора по УВР']]);
    expect(find(list, 'Функционирование контент').deadline.text).toBe('постоянно');
  });

  it('gives a lower-case responsible paragraph to its own item', async () => {
    const list = await activities(`01-real-school1-sarmakovo-infobez-2016.${format}`);
    expect(parties(find(list, 'Проведение мероприятий по антивирусной защите'))).toEqual(['учитель информатики']);
  });
});

describe('a stacked row cut by a page break (01 and 03, PDF)', () => {
  it('joins the cut responsible cell before splitting, though the header printed again on the page lies in its top margin', async () => {
    const list = await activities('01-real-school1-sarmakovo-infobez-2016.pdf');
    expect(parties(find(list, 'Коррекция программ дополнительного образования'))).toEqual([
      'Зам.директора по УВР',
      'Учитель информатики',
      'Преподаватели курсов дополнительного образования',
    ]);
  });

  // The page breaks inside the item «…государственной / итоговой аттестации», and the responsible cell's
  // continuation «учителя-предметники» joins «классные руководители» within a line: the 5 items still meet 5 parties.
  it('joins items opened by «- » that go on over the page to the items above them', async () => {
    const list = await activities('03-real-school11-nakhodka-plan-2015.pdf');
    expect(list).toHaveLength(23);
    const informing = find(list, 'Своевременное информирование родителей');
    expect([informing.deadline.text, parties(informing)]).toEqual(['в течение года', ['классные руководители']]);
  });
});

describe.each(['docx', 'pdf'])('stacked items opened by «- » in the %s of 03', (format) => {
  it('drops the dash from each title and gives each item its own lower-case responsible party', async () => {
    const list = await activities(`03-real-school11-nakhodka-plan-2015.${format}`);
    expect(list.slice(0, 5).map((a) => [a.title, a.deadline.text, parties(a)])).toEqual([
      ['Проверка списочного состава обучающихся по классам', 'до 5 сентября', ['зам. директора по УВР']],
      ['Собеседование с библиотекарем школы о степени обеспеченности школьников учебниками и сохранности учебного фонда школы.', 'до 10 сентября', ['администрация']],
      ['Составление расписания занятий', 'до 1 сентября', ['ответственный за расписание']],
      ['База данных детей из многодетных и малообеспеченных, опекунских семей', 'сентябрь', ['социальный педагог']],
      ['Обследование сирот и опекаемых детей, семей «группы риска»', 'сентябрь', ['социальный педагог']],
    ]);
  });
});

it('leaves no stacked row unaligned in the docx of 03', async () => {
  const document = await read('03-real-school11-nakhodka-plan-2015.docx');
  expect(document.warnings.filter((w) => w.code === 'STACKED_UNALIGNED')).toEqual([]);
});

// The row cut inside «…государственной / итоговой аттестации» (see above) splits at the page break.
it('leaves no stacked row unaligned in the pdf of 03', async () => {
  const document = await read('03-real-school11-nakhodka-plan-2015.pdf');
  expect(document.warnings.filter((w) => w.code === 'STACKED_UNALIGNED')).toEqual([]);
});
