import { describe, expect, it } from 'vitest';
import { columnRoles, isRoadmapHeader, listsPeople, namesVenue } from '../../src/segment/columns.js';
import { RANGE_END_SUBHEADER, RANGE_START_SUBHEADER } from '../../src/layout/column-words.js';
import { headerRole } from '../../src/layout/header-role.js';

describe('headerRole', () => {
  it.each([
    // every header printed in the seeds
    ['№ п/п', 'number'],
    ['№', 'number'],
    ['Мероприятие', 'title'],
    ['Мероприятия', 'title'],
    ['Наименование мероприятия', 'title'],
    ['Контрольная точка', 'title'],
    ['Ответственный', 'responsible'],
    ['Ответственные', 'responsible'],
    ['Ответственные исполнители', 'responsible'],
    ['Ответственные исполнители (ФИО, место работы, должность)', 'responsible'],
    ['Соисполнители (ФИО, место работы, должность)', 'coExecutors'],
    ['Срок реализации и', 'deadline'],
    ['Сроки исполнения', 'deadline'],
    ['Сроки', 'deadline'],
    ['Срок реализации', 'deadline'],
    ['Планируемый результат', 'expectedResult'],
    ['Ожидаемые результаты', 'expectedResult'],
    ['Ожидаемый результат', 'expectedResult'],
    ['Показатель реализации', 'expectedResult'],
    ['Отчетный документ', 'reportForm'],
    ['Формы отчетных документов', 'reportForm'],
    ['Информация об исполнении (с указанием подтверждающих документов, ссылок)', 'other'],
    ['Информационное сопровождение мероприятий', 'other'],
    ['ФИО куратора, должность', 'other'],
    ['ОО', 'other'],
    // variants users' decrees print
    ['СРОК ИСПОЛНЕНИЯ', 'deadline'],
    ['Сроки проведения', 'deadline'],
    ['Дата проведения', 'deadline'],
    ['Исполнитель', 'responsible'],
    ['Ответственный исполнитель', 'responsible'],
    ['Наименование мероприятий', 'title'],
    // school11-nakhodka-predpisanie-2016: a fire inspectorate's order lists violations
    ['Вид нарушения обязательных требований пожарной безопасности с указанием конкретного места выявленного нарушения', 'title'],
    ['Вид отчетности', 'reportForm'],
    ['Вид документа', 'reportForm'],
    ['Вид мероприятия', 'title'],
    ['Содержание мероприятия', 'title'],
    ['Результат', 'expectedResult'],
    ['Форма отчетности', 'reportForm'],
    ['Отчётный документ', 'reportForm'],
    ['Участники', 'coExecutors'],
    ['Примечание', 'other'],
    // events plans (issue 12): the venue named before the date
    ['Место и сроки проведения', 'deadline'],
    ['Место и время проведения', 'deadline'],
    ['Дата и место проведения', 'deadline'],
    ['Время проведения', 'deadline'],
    ['Место проведения', 'other'],
  ])('maps %j to %s', (header, role) => {
    expect(headerRole(header)).toBe(role);
  });
});

describe('columnRoles', () => {
  it('gives a role to its first column only', () => {
    expect(columnRoles(['№', 'Мероприятие', 'Ответственный', 'Ответственный от ОО', 'Срок'])).toEqual([
      'number',
      'title',
      'responsible',
      'other',
      'deadline',
    ]);
  });

  it.each([
    // A legal-aid-day plan (fixtures/real/ussuriysk-cssu-legal-aid-day-2018.doc): its activities sit under «Форма мероприятия».
    [['номер п/п', 'Дата, время, место проведения мероприятия', 'Форма мероприятия', 'Участники (Консультанты)'], ['number', 'deadline', 'title', 'coExecutors']],
    [['№', 'Вид мероприятия', 'Срок', 'Форма отчета'], ['number', 'title', 'deadline', 'reportForm']],
  ])('takes a header that names the activity further in as the title column when none opens with a title word: %j', (headers, roles) => {
    expect(columnRoles(headers)).toEqual(roles);
  });

  it('keeps «Форма отчета» a report form beside a title column', () => {
    expect(columnRoles(['№', 'Мероприятие', 'Срок', 'Форма мероприятия'])).toEqual(['number', 'title', 'deadline', 'reportForm']);
  });

  it('calls a table with a deadline and a title column a roadmap', () => {
    expect(isRoadmapHeader(columnRoles(['Мероприятие', 'Сроки', 'Ответственные']))).toBe(true);
  });

  it('does not call a curator assignment table a roadmap (seed 001)', () => {
    expect(isRoadmapHeader(columnRoles(['№ п/п', 'ОО', 'Ответственный от ОО, должность', 'ФИО куратора, должность']))).toBe(false);
  });

  it.each([
    // dshi5-yoshkar-ola-razvitie-2013.pdf, page 16: the staff list
    [['№ п/п', 'Ф.И.О. (полностью) руководителей, педагогических работников', 'Дата рождения', 'занимаемая должность(и)']],
    // school1-sarmakovo-infobez-2016.docx: the «Ознакомлены» sheet under the order
    [['№№ п/п', 'Фамилия, имя, отчество', 'Роспись', 'Дата']],
  ])('does not call a numbered table with a date column but no title column a roadmap: %j', (headers) => {
    expect(isRoadmapHeader(columnRoles(headers))).toBe(false);
  });
});

describe('listsPeople', () => {
  it.each([
    [['№ п/п', 'Ф.И.О. (полностью)', 'Дата рождения', 'Наименование учебного заведения'], true],
    [['№№ п/п', 'Фамилия, имя, отчество', 'Роспись', 'Дата'], true],
    [['ФИО участника', 'Тема', 'Кол-во часов', 'Место проведения', 'Дата выдачи свидетельства'], true],
    [['Подпись', 'Дата'], true],
    [['№', 'Мероприятие', 'Срок', 'Ответственный (ФИО)'], false],
    [['№', 'Мероприятие', 'Срок', 'ФИО исполнителя', 'Подпись'], false],
    [['№', 'Мероприятие', 'Срок', 'Фиолетовый'], false],
  ])('%j lists people: %s', (headers, lists) => {
    expect(listsPeople(headers, columnRoles(headers))).toBe(lists);
  });
});

describe('namesVenue', () => {
  it.each([
    ['Место и сроки проведения', true],
    ['Дата и место проведения', true],
    ['Сроки и места проведения', true],
    ['Срок исполнения', false],
    ['Ответственные (ФИО, место работы)', true],
    ['Местное самоуправление', false],
  ])('%j names a venue: %s', (header, names) => {
    expect(namesVenue(header)).toBe(names);
  });
});

describe('start/end sub-headers of a split «Срок» column', () => {
  it.each([
    ['начало', 'окончание', true],
    ['Дата начала', 'Дата окончания', true],
    ['с', 'по', true],
    ['Начало', 'завершение', true],
    ['план', 'факт', false],
    ['окончание', 'начало', false],
  ])('%s | %s → a range: %s', (start, end, isRange) => {
    expect(RANGE_START_SUBHEADER.test(start) && RANGE_END_SUBHEADER.test(end)).toBe(isRange);
  });
});
