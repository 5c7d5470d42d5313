import PorterStemmerRu from "natural/lib/natural/stemmers/porter_stemmer_ru.js";
// dist/layout/column-words.js
const HEADER_STEM_ROLES = [
	["№", "number"],
	["п/п", "number"],
	["номер", "number"],
	["соисполнител", "coExecutors"],
	["участник", "coExecutors"],
	["ответствен", "responsible"],
	["исполнител", "responsible"],
	["срок", "deadline"],
	["дат", "deadline"],
	["период", "deadline"],
	["врем", "deadline"],
	["мероприят", "title"],
	["наименован", "title"],
	["контрольн", "title"],
	["содержан", "title"],
	["направлен", "title"],
	["задач", "title"],
	["результат", "expectedResult"],
	["показател", "expectedResult"],
	["индикатор", "expectedResult"],
	["отчетн", "reportForm"],
	["отчётн", "reportForm"],
	["форм", "reportForm"],
	["вид", "reportForm"]
];
/** Stems of a header that names the activity past its first words (`Форма мероприятия`). */
const ACTIVITY_STEMS = /* @__PURE__ */ new Set([
	"мероприят",
	"наименован",
	"содержан"
]);
/**
* Words that may open a header without deciding it (`Ожидаемый результат`;
* `Место и сроки проведения`, where the date column names the venue first).
*/
const NEUTRAL_HEADER_STEMS = /* @__PURE__ */ new Set([
	"ожида",
	"планируем",
	"конечн",
	"итогов",
	"мест",
	"и"
]);
/** A header that names a venue: its column holds where as well as when (`Место и сроки проведения`). */
const VENUE_WORD = /(?<![\p{L}])мест(?:о|а|е|ом|ах)?(?![\p{L}])/iu;
/**
* Sub-headers that split one column into where a span starts and where it
* ends (`Срок: начало | окончание`, `с | по`): the two cells of a row are one
* range, `Январь 2024 – Март 2024`, not two dates.
*/
const RANGE_START_SUBHEADER = /^(?:дата\s+)?(?:начал[оа]?|старт|с)\.?$/iu;
const RANGE_END_SUBHEADER = /^(?:дата\s+)?(?:окончани[ея]|завершени[ея]|конец|по|до)\.?$/iu;
// dist/layout/header-role.js
/**
* The role one header cell names. It lives below the extractors and the
* segmenter because both read headers: the PDF extractor finds where a table
* without rules begins by its header words, the segmenter maps columns.
*/
const WORD = /№|п\/п|[\p{L}]+/gu;
/** The header's words as Porter stems, so every word form matches (`Сроки` → `срок`). */
function headerStems(header) {
	return (header.toLowerCase().match(WORD) ?? []).map((word) => word.length > 3 ? PorterStemmerRu.stem(word) : word);
}
/** The role one header names, or `other`. */
function headerRole(header) {
	const deciding = headerStems(header).filter((stem) => !NEUTRAL_HEADER_STEMS.has(stem)).slice(0, 2);
	for (const stem of deciding) for (const [prefix, role] of HEADER_STEM_ROLES) if (stem.startsWith(prefix) || prefix.length <= 3 && stem === prefix) return role;
	return "other";
}
export { RANGE_START_SUBHEADER as a, RANGE_END_SUBHEADER as i, headerStems as n, VENUE_WORD as o, ACTIVITY_STEMS as r, headerRole as t };
