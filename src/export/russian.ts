/**
 * The Russian words the outputs for people (XLSX, iCalendar, HTML) print:
 * deadline kinds, recurrences, dates, places in the document and a decree's
 * short name. JSON and CSV keep the contract's codes; these are labels only.
 */
import type { Decree, DeadlineKind, Recurrence, SourceRef } from '../model/roadmap.js';

export const DEADLINE_KIND_LABELS: Readonly<Record<DeadlineKind, string>> = {
  date: 'дата',
  period: 'период',
  multiple: 'несколько сроков',
  until: 'до даты',
  recurring: 'периодически',
  ongoing: 'в течение периода',
  'as-needed': 'по мере необходимости',
  scheduled: 'по графику',
  unspecified: 'не указан',
};

export const RECURRENCE_LABELS: Readonly<Record<NonNullable<Recurrence>, string>> = {
  daily: 'ежедневно',
  weekly: 'еженедельно',
  monthly: 'ежемесячно',
  quarterly: 'ежеквартально',
  semiannual: 'раз в полугодие',
  annual: 'ежегодно',
};

/** Genitive, as a date is read: «8 декабря 2023 г.». */
const MONTHS_GENITIVE = ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'];

/** Short nominative forms for a timeline's axis (ГОСТ Р 7.0.12 abbreviations). */
export const MONTHS_SHORT = ['янв.', 'февр.', 'март', 'апр.', 'май', 'июнь', 'июль', 'авг.', 'сент.', 'окт.', 'нояб.', 'дек.'];

/** `2023-12-08` → `08.12.2023`, the numeric form Russian documents print. */
export function numericDate(iso: string): string {
  const [year, month, day] = iso.split('-');
  return `${day}.${month}.${year}`;
}

/** `2023-12-08` → `8 декабря 2023 г.` */
export function wordDate(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return `${day} ${MONTHS_GENITIVE[month - 1]} ${year} г.`;
}

/** `08.12.2023 – 31.12.2023`, or one date when start and end are the same day; '' without dates. */
export function dateSpan(start: string | null, end: string | null): string {
  if (!start || !end) return '';
  return start === end ? numericDate(start) : `${numericDate(start)} – ${numericDate(end)}`;
}

/** Where a row starts: «стр. 3, строка 41», or «строка 41» where the input has no pages. */
export function placeText(source: SourceRef | null): string {
  if (!source) return '';
  return source.page !== null ? `стр. ${source.page}, строка ${source.line}` : `строка ${source.line}`;
}

/** «Приказ № 515 от 08.12.2023»: what a person calls the decree; falls back to the file name. */
export function decreeLabel(decree: Decree, file: string): string {
  const kind = decree.kind ? decree.kind[0]!.toUpperCase() + decree.kind.slice(1) : 'Документ';
  const number = decree.number ? ` № ${decree.number}` : '';
  const date = decree.date ? ` от ${numericDate(decree.date)}` : '';
  return number || date ? `${kind}${number}${date}` : `${kind} ${baseName(file)}`;
}

function baseName(file: string): string {
  return file.split(/[\\/]/u).pop() ?? file;
}

/** «1 мероприятие», «2 мероприятия», «5 мероприятий». */
export function pluralRu(count: number, one: string, few: string, many: string): string {
  const tens = count % 100;
  const units = count % 10;
  const word = tens >= 11 && tens <= 14 ? many : units === 1 ? one : units >= 2 && units <= 4 ? few : many;
  return `${count} ${word}`;
}
