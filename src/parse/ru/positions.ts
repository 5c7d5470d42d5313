/**
 * Word tables for classifying the parties of a «Ответственный» cell. Stems,
 * not whole words, because cells print them in any case and number
 * (`Руководители`, `руководителям`, `методистов`).
 */

/** Stems of the nouns that name a job (`директор`, `воспитатели`), not a named body. */
export const POSITION_NOUN_STEMS: readonly string[] = [
  'руководител', 'директор', 'заместител', 'зам', 'методист', 'учител', 'куратор',
  'специалист', 'начальник', 'заведующ', 'координатор', 'педагог', 'председател',
  'член', 'эксперт', 'тьютор', 'наставник', 'советник', 'консультант', 'инспектор',
  'и.о', 'психолог', 'логопед', 'воспитател', 'преподавател', 'работник', 'водител',
  'инструктор', 'хореограф', 'завхоз', 'сторож', 'вахтер', 'вахтёр', 'электрик', 'медсестр',
];

/**
 * Job nouns that name no job until their complement follows (`Заместитель
 * директора`, `Руководитель ШМО`, `Начальник отдела`), so a capitalised
 * job word right after one of them alone is that complement, not another
 * party (`Заместитель Директора`); after any other job word it is the next
 * party (`Ст.воспитатель Воспитатели`).
 */
export const COMPLEMENT_SEEKING_STEMS: readonly string[] = ['заместител', 'зам', 'и.о', 'руководител', 'начальник', 'заведующ', 'председател', 'член', 'специалист'];

/** Stems that open a role or a position: the job nouns, and adjectives that open a job title on their own. */
export const POSITION_STEMS: readonly string[] = [...POSITION_NOUN_STEMS, 'главн', 'ведущ', 'старш', 'классн', 'ответственн'];

/**
 * Abbreviated adjectives before a job noun, with or without a space:
 * `ст.воспитатель`, `Соц. педагог`, `Мед. работник`, `Кл. руководители`.
 */
export const POSITION_QUALIFIERS: readonly string[] = ['ст.', 'соц.', 'мед.', 'кл.'];

/**
 * Words that cannot open a party, so a line that starts with one continues
 * the party of the line above (`Ответственный` / `за Интернет-безопасность`,
 * `Зам. директора` / `по безопасности`).
 */
export const CONTINUATION_WORDS: readonly string[] = ['за', 'по', 'в', 'во', 'на', 'с', 'со', 'при', 'для', 'от', 'к', 'ко', 'из', 'у', 'о', 'об', 'и'];

/**
 * Legal forms that open a school's or a body's name (`МБОУ Хотынецкая СОШ`,
 * `МКДОУ «Солнышко»`): after one, the name is whole only once its kind or its
 * quoted name follows, so a cell's line that ends before that does not end
 * the party.
 */
export const LEGAL_FORMS: readonly string[] = [
  'МБОУ', 'МКОУ', 'МАОУ', 'МОУ', 'ГБОУ', 'ГКОУ', 'ГАОУ', 'ГОУ', 'МБДОУ', 'МКДОУ', 'МАДОУ', 'МДОУ',
  'МБУДО', 'МКУДО', 'МАУДО', 'МБОУДО', 'ГБПОУ', 'ГАПОУ', 'ЧОУ', 'НОУ',
];

/** Kinds of institution that close a name after its legal form and place (`МБОУ Краснорябинская` / `СОШ им. …`). */
export const INSTITUTION_KINDS: readonly string[] = ['СОШ', 'ООШ', 'НОШ', 'СШ', 'ОШ', 'ДОУ', 'ДЮСШ', 'ДШИ', 'ЦДТ', 'ДДТ', 'лицей', 'гимназия', 'школа', 'детский сад'];

/**
 * Endings that make a word an adjective in any case (`воспитательной`,
 * `учебного`), so that `по учебной и воспитательной работе` is not read as
 * two jobs joined by «и».
 */
export const ADJECTIVE_FORM_ENDINGS: readonly string[] = ['ый', 'ий', 'ой', 'ая', 'яя', 'ое', 'ее', 'ые', 'ие', 'ого', 'его', 'ому', 'ему', 'ую', 'юю', 'ых', 'их', 'ым', 'им', 'ей'];

/**
 * Bodies of a school that are given tasks like a person (`Администрация,
 * преподаватели, в течение учебного года`). Stems of their first words.
 */
export const ACTING_BODIES: readonly string[] = ['администраци', 'педагогическ\\p{L}* совет', 'методическ\\p{L}* совет', 'рабоч\\p{L}* групп', 'коллектив'];

/**
 * Abbreviations that a name always follows (`пос. Большевик`, `с.Кевсала`,
 * `им. П. И. Бровичева`): a line break after one does not end a party
 * (seed 003's PDF breaks `МКОУ СОШ № 13 пос.` / `Винодельненский`).
 */
export const NAME_PREFIXES: readonly string[] = ['пос.', 'п.', 'с.', 'г.', 'ст.', 'ст-ца', 'пгт', 'х.', 'д.', 'ул.', 'им.'];

/**
 * Endings of an adjective that may stand before a position stem and still
 * open a job title: `Социальный педагог` (seed 003), `районные методисты`.
 */
export const ADJECTIVE_ENDINGS: readonly string[] = ['ый', 'ий', 'ой', 'ая', 'яя', 'ое', 'ее', 'ые', 'ие'];

/**
 * Plural position → singular, for a list of people that ends in a shared
 * position (`… Баркаева С.О., методисты УО` → `методист УО`). Whole words.
 */
export const PLURAL_TO_SINGULAR: Readonly<Record<string, string>> = {
  методисты: 'методист',
  специалисты: 'специалист',
  руководители: 'руководитель',
  директора: 'директор',
  заместители: 'заместитель',
  учителя: 'учитель',
  кураторы: 'куратор',
  педагоги: 'педагог',
  инспекторы: 'инспектор',
  координаторы: 'координатор',
  эксперты: 'эксперт',
  члены: 'член',
  воспитатели: 'воспитатель',
  преподаватели: 'преподаватель',
  работники: 'работник',
  водители: 'водитель',
  инструкторы: 'инструктор',
};

/**
 * Endings of a surname in the nominative, for telling a bare surname
 * (`Магомедова Баркаева методисты УО`, seed 004) from other capitalised
 * words. Only the common Russian ones: a surname not listed here is never
 * paired with stray initials, which is the safe failure.
 */
export const SURNAME_NOMINATIVE_ENDINGS: readonly string[] = ['ова', 'ева', 'ёва', 'ина', 'ына', 'ов', 'ев', 'ёв', 'ин', 'ын'];

/**
 * Surname endings in the dative, genitive or accusative → nominative. Orders
 * address people in the dative (`Шаменковой Н. В.`); the first matching row wins,
 * so an ending must come before any shorter ending it contains.
 */
export const SURNAME_ENDINGS: ReadonlyArray<readonly [string, string]> = [
  ['ской', 'ская'], ['цкой', 'цкая'],
  ['овой', 'ова'], ['евой', 'ева'], ['ёвой', 'ёва'], ['иной', 'ина'], ['ыной', 'ына'],
  ['ову', 'ов'], ['еву', 'ев'], ['ёву', 'ёв'], ['ину', 'ин'], ['ыну', 'ын'],
  ['ского', 'ский'], ['скому', 'ский'],
];
