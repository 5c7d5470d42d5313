// dist/extract/errors.js
var IngestError = class extends Error {
	code;
	name = "IngestError";
	constructor(code, message, options) {
		super(message, options);
		this.code = code;
	}
};
var EmptyInputError = class extends IngestError {
	name = "EmptyInputError";
	constructor(message = "the file is empty") {
		super("EMPTY_INPUT", message);
	}
};
var UnsupportedFormatError = class extends IngestError {
	name = "UnsupportedFormatError";
	constructor(message) {
		super("UNSUPPORTED_FORMAT", message);
	}
};
var BinaryInputError = class extends IngestError {
	name = "BinaryInputError";
	constructor(message = "the file is binary, not a PDF, DOCX or text document") {
		super("BINARY_INPUT", message);
	}
};
var CorruptDocumentError = class extends IngestError {
	name = "CorruptDocumentError";
	constructor(message, options) {
		super("CORRUPT_DOCUMENT", message, options);
	}
};
var EncryptedDocumentError = class extends IngestError {
	name = "EncryptedDocumentError";
	constructor(message) {
		super("ENCRYPTED_DOCUMENT", message);
	}
};
var NoTextLayerError = class extends IngestError {
	name = "NoTextLayerError";
	constructor(message = "the PDF has no text layer (a scan?); run OCR on it first, e.g. `ocrmypdf -l rus in.pdf out.pdf`") {
		super("NO_TEXT_LAYER", message);
	}
};
var InputTooLargeError = class extends IngestError {
	name = "InputTooLargeError";
	constructor(message) {
		super("TOO_LARGE", message);
	}
};
/** The schema rejected our own output: a bug in roadmap-ingest, not in the input. */
var InvalidOutputError = class extends IngestError {
	name = "InvalidOutputError";
	constructor(message) {
		super("INTERNAL", message);
	}
};
// dist/layout/text.js
/**
* Text clean-up shared by every extractor and the stages after them, so that
* "a cell's text" means the same thing whatever the input format was.
*/
/** Soft hyphens and zero-width characters (joiners, word joiner, byte-order mark): they show nothing. */
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;
const LIGATURES = {
	"ﬀ": "ff",
	"ﬁ": "fi",
	"ﬂ": "fl",
	"ﬃ": "ffi",
	"ﬄ": "ffl",
	"ﬅ": "st",
	"ﬆ": "st"
};
const LIGATURE_PATTERN = new RegExp(`[${Object.keys(LIGATURES).join("")}]`, "g");
/** Unusual spaces only: tabs separate cells in flattened tables and must survive. */
const UNUSUAL_SPACE = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g;
/**
* Glyphs of the Symbol and Wingdings fonts, which Word and the PDFs made from
* it put in the private-use area at U+F000 + the font's own code. Symbol's
* minus is a list dash, its signs stand for themselves; every other glyph of
* that range is a list marker in a plan (U+F0B7 Symbol bullet, U+F0A7 and
* U+F06C Wingdings square and disc, U+F076 ❖, U+F0D8 ➢, U+F0FC ✓) and becomes
* `•`. A private-use character outside it is a glyph nobody can read and goes.
*/
const SYMBOL_FONT_GLYPHS = {
	"": "–",
	"": "–",
	"": "°",
	"": "±",
	"": "≥",
	"": "≤",
	"": "×",
	"": "≠",
	"": "≈"
};
const PRIVATE_USE = /[\uE000-\uF8FF]/gu;
const symbolFontGlyph = (glyph) => SYMBOL_FONT_GLYPHS[glyph] ?? (glyph >= "" && glyph <= "" ? "•" : "");
/**
* A list marker that opens an item (a cell's line): dropped, since a title or
* a party never starts with one. Dashes stay: they open clauses (`- 3.1.`)
* that later stages read.
*/
const ITEM_BULLET = /^[•●○◦▪■□◆◇❖➢➤►▸‣⁃✓✔➔→⮚]\s*/u;
/** Collapses runs of white space (non-breaking spaces included) into one space and trims. */
function collapseSpace(text) {
	return text.replace(/[\s\u200B]+/g, " ").trim();
}
/**
* Normalises characters that differ between producers but mean the same:
* soft hyphens and zero-width characters disappear, ligatures are spelled
* out, unusual spaces become plain ones (tabs are kept), Symbol and
* Wingdings glyphs become what they show, and line ends are `\n`.
*/
function normalizeCharacters(text) {
	return text.replace(/\r\n?/g, "\n").replace(INVISIBLE, "").replace(LIGATURE_PATTERN, (ligature) => LIGATURES[ligature] ?? ligature).replace(UNUSUAL_SPACE, " ").replace(PRIVATE_USE, symbolFontGlyph);
}
/** A line without the list marker that opens it (`• Провести …` → `Провести …`). */
function dropItemBullet(line) {
	return line.replace(ITEM_BULLET, "");
}
/**
* Linking vowels of Russian compound adjectives (`учебно-методический`,
* `психолого-педагогический`): a line that ends in one of them plus a hyphen
* is a compound, not a word broken for layout.
*/
const COMPOUND_LEFT_ENDING = /[оеОЕ]$/u;
const COMPOUND_HEAD = /^(?:мастер|пресс|бизнес|интернет|медиа|онлайн|офлайн|веб|видео|аудио|фото|вице|экс|IT|ИТ)$/iu;
const MONTH = /^(?:январ|феврал|март|апрел|ма[йя]|июн|июл|август|сентябр|октябр|ноябр|декабр)[ьяеюа]?$/iu;
/** Inflected word endings that stand alone only as the tail of a broken word. */
const WORD_TAIL = /^(?:[а-яё]{1,4})(?![\p{L}])/u;
/**
* A trailing hyphen before a lower-case continuation is a broken word
* (`профессиональ-` + `ных` → `профессиональных`) unless the two sides are
* each a word of their own (`учителями-` + `предметниками` keeps its hyphen:
* a real compound).
*/
const fragmentJoint = (head, tail) => {
	if (/\d[-–]$/u.test(head) && /^\d/u.test(tail)) return {
		drop: 0,
		separator: ""
	};
	if (!(/[\p{L}]-$/u.test(head) && /^[a-zа-яё]/u.test(tail))) return {
		drop: 0,
		separator: " "
	};
	const leftWord = /([\p{L}]+)-$/u.exec(head)?.[1] ?? "";
	const rightWord = /^([\p{L}]+)/u.exec(tail)?.[1] ?? "";
	return {
		drop: MONTH.test(leftWord) && MONTH.test(rightWord) || COMPOUND_HEAD.test(leftWord) && rightWord.length >= 5 && !/^ств/u.test(rightWord) || COMPOUND_LEFT_ENDING.test(leftWord) && rightWord.length >= 4 || leftWord.length >= 4 && rightWord.length >= 6 && !WORD_TAIL.test(rightWord) && endsLikeAWord(leftWord) ? 0 : 1,
		separator: ""
	};
};
/** A capitalised continuation after a page break is a new line (a new party); anything else joins as fragments do. */
const continuationJoint = (head, tail) => /^[A-ZА-ЯЁ«"]/u.test(tail) && !/-$/u.test(head) ? {
	drop: 0,
	separator: "\n"
} : fragmentJoint(head, tail);
/**
* Joins fragments left to right exactly as folding them pairwise would
* (white space at each joint dropped, then the rule's drop and separator),
* in time linear in the total length: the pieces are joined once at the end.
*/
function joinAll(parts, rule) {
	if (parts.length === 0) return "";
	const window = (text) => text.length > 64 ? text.slice(-64) : text;
	const out = [parts[0]];
	let end = window(parts[0].trimEnd());
	for (let index = 1; index < parts.length; index += 1) {
		const tail = parts[index].trimStart();
		out[out.length - 1] = out[out.length - 1].trimEnd();
		if (end === "") {
			out.length = 0;
			out.push(tail);
			end = window(tail.trimEnd());
			continue;
		}
		if (tail === "") continue;
		const { drop, separator } = rule(end, tail);
		if (drop > 0) out[out.length - 1] = out[out.length - 1].slice(0, -drop);
		out.push(separator, tail);
		end = window(`${end.slice(0, end.length - drop)}${separator}${tail.trimEnd()}`);
	}
	return out.join("");
}
/**
* Joins two fragments of one text that a line end or a page break separated
* (see fragmentJoint for the hyphen rules).
*/
function joinFragments(left, right) {
	return joinAll([left, right], fragmentJoint);
}
/** Fragments joined left to right as repeated joinFragments would, in linear time. */
function joinAllFragments(parts) {
	return joinAll(parts, fragmentJoint);
}
/**
* A left fragment that ends like a complete Russian word form (a vowel, `й`,
* or a plural/case ending) rather than mid-syllable (`деятель-`, `компетен-`).
*/
function endsLikeAWord(word) {
	return /(?:ами|ями|ах|ях|ов|ев|ей|ы|и|а|я|о|е|й)$/u.test(word.toLowerCase());
}
/**
* Joins a cell's text to its continuation after a page break, keeping line
* structure where the continuation starts a new item: `Заместитель директора
* по УВР` + `Учителя-предметники` (seed 003) are two lines, two parties;
* `ШНОР совместно с кураторами,` + `методистами РМА` (seed 001) is one.
*/
function joinCellContinuation(left, right) {
	return joinAll([left, right], continuationJoint);
}
/** A cell's text and its continuations joined as repeated joinCellContinuation would, in linear time. */
function joinCellContinuations(parts) {
	return joinAll(parts, continuationJoint);
}
/**
* A cell's lines as one line: line breaks become spaces, broken words are
* rejoined, white space collapsed. This is the form every text field of the
* output takes.
*/
function flattenCellText(text) {
	return collapseSpace(joinAllFragments(normalizeCharacters(text).split("\n").map((line) => dropItemBullet(line.trim())).filter((line) => line !== "")));
}
export { joinCellContinuations as a, BinaryInputError as c, EncryptedDocumentError as d, IngestError as f, UnsupportedFormatError as g, NoTextLayerError as h, joinCellContinuation as i, CorruptDocumentError as l, InvalidOutputError as m, dropItemBullet as n, joinFragments as o, InputTooLargeError as p, flattenCellText as r, normalizeCharacters as s, collapseSpace as t, EmptyInputError as u };
