/**
 * A document as the rows of the workbook's three sheets, made in the batch's
 * worker as plain data (strings, numbers, dates) so the main thread only
 * streams them into the file (./workbook.ts).
 *
 * Every number printed in the document (an activity's `1.10`, a decree's
 * `1/1`) is a text cell: a spreadsheet that guesses types reads `1.10` as
 * the number 1.1, and `1/1` as a date. Dates are real dates.
 */
import type { Activity, Party, RoadmapDocument, SourceRef } from '../../model/roadmap.js';
import { isoToUtc } from '../recurrence.js';
import { DEADLINE_KIND_LABELS, RECURRENCE_LABELS } from '../russian.js';

export type CellValue = string | number | Date | null;

export interface ColumnSpec {
  header: string;
  /** In characters, as Excel counts a column's width. */
  width: number;
  /** `longText` wraps; `date` shows as ДД.ММ.ГГГГ. */
  type: 'text' | 'longText' | 'date' | 'integer';
}

export const SHEET_NAMES = { activities: 'Мероприятия', document: 'Документ', warnings: 'Предупреждения' } as const;

/** Leads every sheet's rows in a workbook of several documents. */
export const FILE_COLUMN: ColumnSpec = { header: 'Файл', width: 28, type: 'text' };

/** The CSV's columns (src/export/csv.ts) in its order, with Russian headers, then what a reader checks a row by. */
export const ACTIVITY_COLUMNS: readonly ColumnSpec[] = [
  { header: 'Номер приказа', width: 10, type: 'text' },
  { header: 'Дата приказа', width: 11, type: 'date' },
  { header: 'Дорожная карта', width: 30, type: 'longText' },
  { header: 'Раздел', width: 8, type: 'text' },
  { header: 'Название раздела', width: 28, type: 'longText' },
  { header: '№', width: 8, type: 'text' },
  { header: 'Мероприятие', width: 60, type: 'longText' },
  { header: 'Ответственные', width: 36, type: 'longText' },
  { header: 'Соисполнители', width: 24, type: 'longText' },
  { header: 'Срок (как в документе)', width: 22, type: 'longText' },
  { header: 'Вид срока', width: 16, type: 'longText' },
  { header: 'Начало', width: 11, type: 'date' },
  { header: 'Окончание', width: 11, type: 'date' },
  { header: 'Ожидаемый результат', width: 36, type: 'longText' },
  { header: 'Отчётная форма', width: 24, type: 'longText' },
  { header: 'Другие графы', width: 30, type: 'longText' },
  { header: 'Стр.', width: 6, type: 'integer' },
  { header: 'Строка', width: 8, type: 'integer' },
];

export const REQUISITE_COLUMNS: readonly ColumnSpec[] = [
  { header: 'Файл', width: 28, type: 'longText' },
  { header: 'Формат', width: 8, type: 'text' },
  { header: 'Вид', width: 14, type: 'text' },
  { header: 'Орган', width: 36, type: 'longText' },
  { header: 'Дата', width: 11, type: 'date' },
  { header: 'Номер', width: 10, type: 'text' },
  { header: 'Место', width: 16, type: 'longText' },
  { header: 'Заголовок', width: 60, type: 'longText' },
  { header: 'Подписал', width: 20, type: 'longText' },
  { header: 'Должность', width: 30, type: 'longText' },
  { header: 'Страниц', width: 8, type: 'integer' },
  { header: 'Кодировка', width: 12, type: 'text' },
  { header: 'SHA-256', width: 20, type: 'text' },
];

export const ORDER_COLUMNS: readonly ColumnSpec[] = [
  { header: 'Пункт', width: 8, type: 'text' },
  { header: 'Текст', width: 70, type: 'longText' },
  { header: 'Ответственные', width: 36, type: 'longText' },
  { header: 'Срок (как в документе)', width: 22, type: 'longText' },
  { header: 'Начало', width: 11, type: 'date' },
  { header: 'Окончание', width: 11, type: 'date' },
  { header: 'Стр.', width: 6, type: 'integer' },
  { header: 'Строка', width: 8, type: 'integer' },
];

export const ALIAS_COLUMNS: readonly ColumnSpec[] = [
  { header: 'Сокращение («далее – …»)', width: 30, type: 'longText' },
  { header: 'Что означает', width: 70, type: 'longText' },
];

export const WARNING_COLUMNS: readonly ColumnSpec[] = [
  { header: 'Код', width: 24, type: 'text' },
  { header: 'Сообщение', width: 80, type: 'longText' },
  { header: 'Стр.', width: 6, type: 'integer' },
  { header: 'Строка', width: 8, type: 'integer' },
];

export interface WorkbookRows {
  file: string;
  /** Rows of ACTIVITY_COLUMNS, … */
  activities: CellValue[][];
  requisites: CellValue[];
  orders: CellValue[][];
  aliases: CellValue[][];
  warnings: CellValue[][];
}

export function workbookRows(document: RoadmapDocument): WorkbookRows {
  const { decree, source } = document;
  return {
    file: source.file,
    activities: document.roadmaps.flatMap((roadmap) => roadmap.activities.map((activity) => activityRow(document, roadmap.title, activity))),
    requisites: [
      source.file,
      source.format.toUpperCase(),
      decree.kind,
      decree.authority,
      date(decree.date),
      decree.number,
      decree.place,
      decree.title,
      decree.signatory?.name ?? null,
      decree.signatory?.position ?? null,
      source.pages,
      source.encoding,
      source.sha256,
    ].map(cell),
    orders: decree.orders.map((order) =>
      [
        order.number,
        order.text,
        parties(order.responsible),
        order.deadline?.text ?? null,
        date(order.deadline?.start ?? null),
        date(order.deadline?.end ?? null),
        ...place(order.source),
      ].map(cell),
    ),
    aliases: document.aliases.map((alias) => [alias.alias, alias.expansion.join('; ')].map(cell)),
    warnings: document.warnings.map((warning) => [warning.code, warning.message, ...place(warning.source)].map(cell)),
  };
}

function activityRow(document: RoadmapDocument, roadmapTitle: string | null, activity: Activity): CellValue[] {
  const { deadline } = activity;
  const kind = DEADLINE_KIND_LABELS[deadline.kind] + (deadline.recurrence ? ` (${RECURRENCE_LABELS[deadline.recurrence]})` : '');
  const extra = Object.entries(activity.extra)
    .filter(([, text]) => text !== '')
    .map(([header, text]) => `${header}: ${text}`)
    .join('\n');
  return [
    document.decree.number,
    date(document.decree.date),
    roadmapTitle,
    activity.section,
    activity.sectionTitle,
    activity.number,
    activity.title,
    parties(activity.responsible),
    parties(activity.coExecutors),
    deadline.text,
    kind,
    date(deadline.start),
    date(deadline.end),
    activity.expectedResult,
    activity.reportForm,
    extra,
    ...place(activity.source),
  ].map(cell);
}

function parties(list: Party[]): string {
  return list.map((party) => party.text).join('; ');
}

function place(source: SourceRef | null): [number | null, number | null] {
  return [source?.page ?? null, source?.line ?? null];
}

/** Midnight UTC, which a spreadsheet stores as the whole day number. */
function date(iso: string | null): Date | null {
  return iso ? new Date(isoToUtc(iso)) : null;
}

/** Excel's limit for one cell's text; a longer one makes Excel offer to repair the file. */
const MAX_CELL_CHARACTERS = 32_767;

/** Empty text is an empty cell; text is made well-formed (a lone surrogate is not XML) and cut to what a cell holds. */
function cell(value: CellValue | undefined): CellValue {
  if (typeof value !== 'string') return value ?? null;
  if (value === '') return null;
  const text = value.length > MAX_CELL_CHARACTERS ? `${value.slice(0, MAX_CELL_CHARACTERS - 1)}…` : value;
  return text.replace(LONE_SURROGATE, '\uFFFD');
}

/** Under the `u` flag a well-formed pair is one code point, so this matches only a half pair. */
const LONE_SURROGATE = /\p{Cs}/gu;
