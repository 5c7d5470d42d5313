/**
 * Header words → column roles, by Russian stem (Porter), so that every word
 * form and wording matches: `Срок`, `Сроки исполнения`, `Срок реализации и`,
 * `Ответственные исполнители (ФИО, место работы, должность)`. Only the first
 * words of a header decide: `Информационное сопровождение мероприятий`
 * (seed 003) is not a title column although it mentions мероприятия.
 * Order matters: the first entry whose stem starts a header word wins, so
 * `соисполнител` is listed before `исполнител`.
 */
import type { ColumnRole } from '../model/roadmap.js';

export const HEADER_STEM_ROLES: ReadonlyArray<readonly [stem: string, role: ColumnRole]> = [
  ['№', 'number'],
  ['п/п', 'number'],
  ['номер', 'number'],
  ['соисполнител', 'coExecutors'],
  ['участник', 'coExecutors'],
  ['ответствен', 'responsible'],
  ['исполнител', 'responsible'],
  ['срок', 'deadline'],
  ['дат', 'deadline'],
  ['период', 'deadline'],
  ['врем', 'deadline'],
  ['мероприят', 'title'],
  ['наименован', 'title'],
  ['контрольн', 'title'],
  ['содержан', 'title'],
  ['направлен', 'title'],
  ['задач', 'title'],
  // An inspector's order («предписание») lists the violations to put right: they are its activities.
  ['нарушен', 'title'],
  ['результат', 'expectedResult'],
  ['показател', 'expectedResult'],
  ['индикатор', 'expectedResult'],
  ['отчетн', 'reportForm'],
  ['отчётн', 'reportForm'],
  ['форм', 'reportForm'],
  ['документ', 'reportForm'],
];

/** Stems of a header that names the activity past its first words (`Форма мероприятия`). */
export const ACTIVITY_STEMS: ReadonlySet<string> = new Set(['мероприят', 'наименован', 'содержан']);

/** How many leading words of a header are looked at. */
export const DECIDING_WORDS = 2;

/**
 * Words that may open a header without deciding it (`Ожидаемый результат`;
 * `Место и сроки проведения`, where the date column names the venue first;
 * `Вид отчетности`, `Вид нарушения`, `Вид мероприятия`: the kind of what).
 */
export const NEUTRAL_HEADER_STEMS: ReadonlySet<string> = new Set(['ожида', 'планируем', 'конечн', 'итогов', 'мест', 'и', 'вид']);

/**
 * A header that names a person or a signature (`Ф.И.О. (полностью)`,
 * `Фамилия, имя, отчество`, `Роспись`, `Подпись`): a column of people, as a
 * staff list or an «Ознакомлены» sheet has before anything else.
 */
export const PERSON_WORD = /(?<![\p{L}])(?:ф\.?\s?и\.?\s?о\.?|фамили\p{L}*|подпис\p{L}*|роспис\p{L}*)(?![\p{L}])/iu;

/** A header that names a venue: its column holds where as well as when (`Место и сроки проведения`). */
export const VENUE_WORD = /(?<![\p{L}])мест(?:о|а|е|ом|ах)?(?![\p{L}])/iu;

/**
 * Sub-headers that split one column into where a span starts and where it
 * ends (`Срок: начало | окончание`, `с | по`): the two cells of a row are one
 * range, `Январь 2024 – Март 2024`, not two dates.
 */
export const RANGE_START_SUBHEADER = /^(?:дата\s+)?(?:начал[оа]?|старт|с)\.?$/iu;
export const RANGE_END_SUBHEADER = /^(?:дата\s+)?(?:окончани[ея]|завершени[ея]|конец|по|до)\.?$/iu;
