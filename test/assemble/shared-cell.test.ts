import { describe, expect, it } from 'vitest';
import { splitPartiesAndDeadline } from '../../src/assemble/shared-cell.js';
import { parseDeadline } from '../../src/parse/ru/deadline.js';

const period = { text: 'на 2013 – 2018 гг.', start: '2013-01-01', end: '2018-12-31' };
const isDeadline = (text: string): boolean => parseDeadline(text, { period, sectionTitle: null, anchorDate: null, source: null }).value.kind !== 'unspecified';

// dshi5-yoshkar-ola-razvitie-2013: the plan's only column besides the title, «Сроки реализации», names who and when.
describe('splitPartiesAndDeadline: one cell for the responsible and the deadline', () => {
  it.each<[string, string, string]>([
    ['Директор, 2014 год', 'Директор', '2014 год'],
    ['Директор, Зам директора, ежегодно', 'Директор, Зам директора', 'ежегодно'],
    ['Зам директора в течение года', 'Зам директора', 'в течение года'],
    ['Зам директора, в течение учебного года', 'Зам директора', 'в течение учебного года'],
    ['Зам директора, методический совет, ежегодно', 'Зам директора, методический совет', 'ежегодно'],
    ['Администрация, преподаватели, в течение\nучебного года', 'Администрация, преподаватели', 'в течение учебного года'],
    ['Преподаватели, в течение учебного года', 'Преподаватели', 'в течение учебного года'],
    ['Директор', 'Директор', ''],
    ['Иванова И.И., до 01.09.2014', 'Иванова И.И.', 'до 01.09.2014'],
  ])('%j → parties %j, deadline %j', (cell, parties, deadline) => {
    expect(splitPartiesAndDeadline(cell, isDeadline)).toEqual({ parties, deadline });
  });

  it.each(['2014 год', 'Январь 2015 г.', 'Сентябрь и по мере необходимости', '1 раз в квартал', 'До конца 2014 года', 'В течение года', 'в течение года по планам воспитателей', ''])(
    '%j is a deadline and nothing else',
    (cell) => {
      expect(splitPartiesAndDeadline(cell, isDeadline)).toBeNull();
    },
  );
});
