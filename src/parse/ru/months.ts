/**
 * Russian month names in every case and common abbreviation, as a data
 * table: `март`, `марта`, `марте`, `мар.` → 3.
 */
const MONTH_FORMS: ReadonlyArray<readonly [number, readonly string[]]> = [
  [1, ['январь', 'января', 'январе', 'январю', 'январем', 'январём', 'янв']],
  [2, ['февраль', 'февраля', 'феврале', 'февралю', 'февралем', 'февралём', 'фев', 'февр']],
  [3, ['март', 'марта', 'марте', 'марту', 'мартом', 'мар']],
  [4, ['апрель', 'апреля', 'апреле', 'апрелю', 'апрелем', 'апр']],
  [5, ['май', 'мая', 'мае', 'маю', 'маем']],
  [6, ['июнь', 'июня', 'июне', 'июню', 'июнем', 'июн']],
  [7, ['июль', 'июля', 'июле', 'июлю', 'июлем', 'июл']],
  [8, ['август', 'августа', 'августе', 'августу', 'августом', 'авг']],
  [9, ['сентябрь', 'сентября', 'сентябре', 'сентябрю', 'сентябрем', 'сентябрём', 'сен', 'сент', 'сентяб']],
  [10, ['октябрь', 'октября', 'октябре', 'октябрю', 'октябрем', 'октябрём', 'окт', 'октяб']],
  [11, ['ноябрь', 'ноября', 'ноябре', 'ноябрю', 'ноябрем', 'ноябрём', 'ноя', 'нояб', 'ноябр']],
  [12, ['декабрь', 'декабря', 'декабре', 'декабрю', 'декабрем', 'декабрём', 'дек', 'декаб']],
];

export const MONTHS: ReadonlyMap<string, number> = new Map(
  MONTH_FORMS.flatMap(([month, forms]) => forms.map((form) => [form, month] as const)),
);

/** The month (1–12) a word names, case-insensitively, with or without an abbreviation dot; else null. */
export function monthNumber(word: string): number | null {
  // `ё` → `е` so that «январём» and «январем» both read; UPPER CASE cells («ЯНВАРЬ») lower-cased here.
  return MONTHS.get(word.toLowerCase().replace(/ё/g, 'е').replace(/\.$/, '')) ?? null;
}
