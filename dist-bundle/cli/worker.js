import { r as formatDocument, t as schemaViolations } from "./validate-D-88ale7.js";
import { a as joinCellContinuations, c as BinaryInputError, d as EncryptedDocumentError, f as IngestError, g as UnsupportedFormatError, i as joinCellContinuation, m as InvalidOutputError, n as dropItemBullet, p as InputTooLargeError, r as flattenCellText, s as normalizeCharacters, t as collapseSpace, u as EmptyInputError } from "./text-BpY1jv3E.js";
import { n as result, r as warning, t as WARNING_CODES } from "./warnings-DCKnnw-o.js";
import { t as pushAll } from "./arrays--ybZwcHA.js";
import { a as RANGE_START_SUBHEADER, i as RANGE_END_SUBHEADER, n as headerStems, o as VENUE_WORD, r as ACTIVITY_STEMS, t as headerRole } from "./header-role-CmJTyyY2.js";
import { createRequire } from "node:module";
import { createHash } from "node:crypto";
import { access, constants, mkdtemp, readFile, readdir, rm, stat, writeFile } from "node:fs/promises";
import { execFile } from "node:child_process";
import { tmpdir } from "node:os";
import { delimiter, join } from "node:path";
import { isUtf8 } from "node:buffer";
import { assign, createActor, setup } from "xstate";
// dist/extract/detect.js
const PDF_MAGIC = [
	37,
	80,
	68,
	70,
	45
];
const ZIP_MAGIC = [
	80,
	75,
	3,
	4
];
const ZIP_EMPTY_MAGIC = [
	80,
	75,
	5,
	6
];
const OLE_MAGIC = [
	208,
	207,
	17,
	224,
	161,
	177,
	26,
	225
];
const RTF_MAGIC = [
	123,
	92,
	114,
	116,
	102
];
/** How far into the file a PDF header may start (Acrobat accepts junk before it). */
const PDF_HEADER_WINDOW = 1024;
function detectFormat(bytes) {
	if (bytes.length === 0) return "empty";
	if (startsWith(bytes, ZIP_MAGIC) || startsWith(bytes, ZIP_EMPTY_MAGIC)) return "zip";
	if (startsWith(bytes, OLE_MAGIC)) return "ole";
	if (startsWith(bytes, RTF_MAGIC)) return "rtf";
	if (indexOf(bytes, PDF_MAGIC, PDF_HEADER_WINDOW) >= 0) return "pdf";
	return "text";
}
function startsWith(bytes, magic) {
	return magic.every((byte, index) => bytes[index] === byte);
}
function indexOf(bytes, magic, window) {
	const limit = Math.min(bytes.length - magic.length, window);
	for (let offset = 0; offset <= limit; offset += 1) if (magic.every((byte, index) => bytes[offset + index] === byte)) return offset;
	return -1;
}
/**
* Whether an OLE compound file holds the streams of an encrypted OOXML
* package ([MS-OFFCRYPTO] §2.3.4: `EncryptionInfo` and `EncryptedPackage`),
* i.e. a password-protected .docx rather than a Word 97-2003 file. Rather
* than follow the FAT chain, every 128-byte directory-entry slot after the
* 512-byte header is checked ([MS-CFB] §2.6: name in UTF-16LE, its byte
* length at +64, object type 2 = stream at +66); an entry must match all three.
*/
function isEncryptedOoxml(bytes) {
	const wanted = ["EncryptionInfo", "EncryptedPackage"];
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	for (let offset = 512; offset + 128 <= bytes.length; offset += 128) {
		const nameLength = view.getUint16(offset + 64, true);
		if (nameLength < 2 || nameLength > 64 || bytes[offset + 66] !== 2) continue;
		let name = "";
		for (let index = 0; index + 2 < nameLength; index += 2) name += String.fromCharCode(view.getUint16(offset + index, true));
		if (wanted.includes(name)) return true;
	}
	return false;
}
// dist/extract/docx/soffice.js
/**
* .doc and .rtf through LibreOffice, when it is installed: `soffice
* --headless --convert-to docx` into a private temp dir, then the DOCX
* extractor. Without soffice on PATH the caller names the package to install.
*/
const CONVERT_TIMEOUT_MS = 12e4;
/** The soffice executable on PATH, or null. */
async function findSoffice(pathVariable = process.env["PATH"] ?? "") {
	for (const dir of pathVariable.split(delimiter)) {
		if (dir === "") continue;
		for (const name of ["soffice", "soffice.exe"]) {
			const candidate = join(dir, name);
			try {
				await access(candidate, constants.X_OK);
				return candidate;
			} catch {}
		}
	}
	return null;
}
/** The Debian package that brings `soffice` for Word conversion; named in the error when it is missing. */
const SOFFICE_PACKAGE = "libreoffice-writer";
/** Converts .doc/.rtf bytes to DOCX bytes with LibreOffice. */
async function convertToDocx(bytes, extension) {
	const soffice = await findSoffice();
	if (soffice === null) return { status: "missing" };
	const dir = await mkdtemp(join(tmpdir(), "roadmap-ingest-"));
	try {
		const input = join(dir, `input.${extension}`);
		await writeFile(input, bytes);
		const profile = `-env:UserInstallation=file://${join(dir, "profile")}`;
		await new Promise((resolve, reject) => {
			execFile(soffice, [
				profile,
				"--headless",
				"--convert-to",
				"docx",
				"--outdir",
				join(dir, "out"),
				input
			], { timeout: CONVERT_TIMEOUT_MS }, (error) => error ? reject(error) : resolve());
		});
		const produced = (await readdir(join(dir, "out"))).find((name) => name.endsWith(".docx"));
		return produced ? {
			status: "converted",
			bytes: new Uint8Array(await readFile(join(dir, "out", produced)))
		} : { status: "failed" };
	} catch {
		return { status: "failed" };
	} finally {
		await rm(dir, {
			recursive: true,
			force: true
		});
	}
}
// dist/model/layout.js
function cell(text, source, bold = false) {
	return {
		type: "cell",
		text,
		bold,
		colSpan: 1,
		rowSpan: 1,
		source
	};
}
// dist/extract/text/markup.js
/**
* Markup found inside flattened decrees: HTML tags in table cells (`<b>`,
* `<br>`, `<p>`), markdown emphasis and headings in paragraphs. Line-breaking
* tags become `\n` (party lists are written one per `<br>` or `<p>` line);
* the rest is dropped. Boldness is reported separately: a bold cell is a
* section heading in most plans.
*/
const LINE_BREAK_TAGS = /<\s*br\s*\/?\s*>|<\s*\/\s*p\s*>\s*<\s*p(?:\s[^>]*)?>/giu;
const ANY_TAG = /<\s*\/?\s*[a-z][a-z0-9]*(?:\s[^<>]*)?\/?\s*>/giu;
/** An opening or closing `<b>`/`<strong>`; the slash is captured. */
const BOLD_TAG = /<\s*(\/)?\s*(?:b|strong)(?:\s[^<>]*)?>/giu;
const ENTITIES = {
	"&nbsp;": " ",
	"&amp;": "&",
	"&lt;": "<",
	"&gt;": ">",
	"&quot;": "\"",
	"&#39;": "'",
	"&laquo;": "«",
	"&raquo;": "»"
};
const ENTITY = /&(?:nbsp|amp|lt|gt|quot|#39|laquo|raquo);/gu;
/** A table cell's raw text → its text (lines kept as `\n`) and boldness. */
function cleanCellMarkup(raw) {
	const boldLetters = countBoldLetters(raw);
	const text = stripTags(raw.replace(LINE_BREAK_TAGS, "\n"));
	const letters = text.replace(/[^\p{L}\p{N}]/gu, "").length;
	return {
		text: tidyLines(text),
		bold: letters > 0 && boldLetters >= letters
	};
}
/** A paragraph's raw markdown lines → text and boldness (`**…**` around all of it). */
function cleanParagraphMarkup(raw) {
	const withoutHeadings = raw.replace(/^\s{0,3}#{1,6}\s+/gmu, "");
	const letters = withoutHeadings.replace(/[^\p{L}\p{N}]/gu, "").length;
	const boldLetters = [...withoutHeadings.matchAll(/\*\*(?<inner>[^*]+)\*\*/gu)].map((match) => match.groups?.inner ?? "").join("").replace(/[^\p{L}\p{N}]/gu, "").length;
	const isHeading = /^\s{0,3}#{1,6}\s/u.test(raw);
	return {
		text: tidyLines(stripTags(withoutHeadings.replace(LINE_BREAK_TAGS, "\n")).replace(/\*\*/gu, "")),
		bold: isHeading || letters > 0 && boldLetters >= letters
	};
}
/**
* Letters and digits inside `<b>…</b>` or `<strong>…</strong>`, nesting
* counted, text after a tag that is never closed not. One pass over the
* tags: matching each opening tag to its closing one by a lazy regex took
* quadratic time on a cell of unclosed tags (issue 8).
*/
function countBoldLetters(raw) {
	let depth = 0;
	let count = 0;
	let from = 0;
	for (const match of raw.matchAll(BOLD_TAG)) {
		if (depth > 0) count += stripTags(raw.slice(from, match.index)).replace(/[^\p{L}\p{N}]/gu, "").length;
		depth = match[1] ? Math.max(0, depth - 1) : depth + 1;
		from = match.index + match[0].length;
	}
	return count;
}
function stripTags(text) {
	return text.replace(ANY_TAG, "").replace(ENTITY, (entity) => ENTITIES[entity] ?? entity);
}
/** Trims each line, drops markdown hard-break spaces and empty lines. */
function tidyLines(text) {
	return text.split("\n").map((line) => line.replace(/\s+/gu, " ").trim()).filter((line) => line !== "").join("\n");
}
// dist/extract/text/blocks.js
/**
* Lines of a flattened decree → paragraphs and tables. Two table forms occur
* in the wild (both in the seeds): tab-separated rows, and markdown pipe
* tables with a `|---|` separator under a header row. A blank line inside a
* table is where the source's page broke; the row after it is marked
* `pageBreakBefore` so the segmenter can rejoin a row the break cut in two.
*/
const PIPE_ROW = /^\s*\|.*\|\s*$/u;
const PIPE_SEPARATOR = /^\s*\|(?:\s*:?-{1,}:?\s*\|)+\s*$/u;
function linesToBlocks(text) {
	const lines = normalizeCharacters(text).split("\n").map((line, index) => ({
		text: line,
		number: index + 1
	}));
	const blocks = [];
	let index = 0;
	while (index < lines.length) {
		const line = lines[index];
		if (line.text.trim() === "") index += 1;
		else if (isPipeTableStart(lines, index)) index = readPipeTable(lines, index, blocks);
		else if (line.text.includes("	")) index = readTabTable(lines, index, blocks);
		else index = readParagraph(lines, index, blocks);
	}
	return blocks;
}
function isPipeTableStart(lines, index) {
	const header = lines[index];
	const separator = lines[index + 1];
	return !!header && !!separator && PIPE_ROW.test(header.text) && PIPE_SEPARATOR.test(separator.text);
}
function readParagraph(lines, start, blocks) {
	let end = start;
	while (end < lines.length) {
		const line = lines[end];
		if (line.text.trim() === "" || line.text.includes("	") || isPipeTableStart(lines, end)) break;
		end += 1;
	}
	const { text, bold } = cleanParagraphMarkup(lines.slice(start, end).map((line) => line.text).join("\n"));
	if (text !== "") blocks.push({
		type: "paragraph",
		text,
		bold,
		source: {
			page: null,
			line: lines[start].number
		}
	});
	return end;
}
function readTabTable(lines, start, blocks) {
	const table = {
		type: "table",
		rows: [],
		source: {
			page: null,
			line: lines[start].number
		}
	};
	let index = start;
	let blankSeen = false;
	while (index < lines.length) {
		const line = lines[index];
		if (line.text.trim() === "") {
			blankSeen = table.rows.length > 0;
			index += 1;
			continue;
		}
		if (!line.text.includes("	")) break;
		table.rows.push(toRow(line.text.split("	"), line.number, blankSeen));
		blankSeen = false;
		index += 1;
	}
	blocks.push(table);
	return index;
}
/**
* A pipe table, and the pipe tables that continue it after a page break
* (seed 003): after nothing but blank lines, a table whose header row is
* empty or repeats the first header is a continuation (its header dropped);
* one whose header row starts with an empty cell or an activity number is a
* continuation whose first data row was mistaken for a header.
*/
function readPipeTable(lines, start, blocks) {
	const headerLine = lines[start];
	const table = {
		type: "table",
		rows: [],
		source: {
			page: null,
			line: headerLine.number
		}
	};
	const header = toRow(splitPipeRow(headerLine.text), headerLine.number, false);
	const headerTexts = header.cells.map((c) => c.text);
	table.rows.push(header);
	let index = start + 2;
	let pageBreak = false;
	for (;;) {
		while (index < lines.length && PIPE_ROW.test(lines[index].text) && !PIPE_SEPARATOR.test(lines[index].text)) {
			const line = lines[index];
			table.rows.push(toRow(splitPipeRow(line.text), line.number, pageBreak));
			pageBreak = false;
			index += 1;
		}
		const next = skipBlanks(lines, index);
		if (!isPipeTableStart(lines, next)) break;
		const nextLine = lines[next];
		const nextHeader = toRow(splitPipeRow(nextLine.text), nextLine.number, true);
		const texts = nextHeader.cells.map((c) => c.text);
		const repeatsHeader = texts.every((text) => text === "") || sameTexts(texts, headerTexts);
		if (!repeatsHeader && !CONTINUATION_FIRST_CELL.test(texts[0] ?? "")) break;
		if (!repeatsHeader) table.rows.push(nextHeader);
		pageBreak = repeatsHeader;
		index = next + 2;
	}
	blocks.push(table);
	return index;
}
/** The first cell of a row that continues a table: empty, or an activity number. */
const CONTINUATION_FIRST_CELL = /^(?:|\d+(?:\.\d+)*\.?(?:\s.*)?)$/su;
function splitPipeRow(text) {
	return text.trim().replace(/^\|/u, "").replace(/\|$/u, "").split(/(?<!\\)\|/u);
}
function toRow(rawCells, lineNumber, pageBreakBefore) {
	const source = {
		page: null,
		line: lineNumber
	};
	const row = {
		type: "row",
		cells: rawCells.map((raw) => {
			const { text, bold } = cleanCellMarkup(raw);
			return cell(text, source, bold);
		}),
		source
	};
	if (pageBreakBefore) row.pageBreakBefore = true;
	return row;
}
function sameTexts(a, b) {
	const clean = (texts) => texts.filter((text) => text !== "").join("|");
	return clean(a) === clean(b);
}
function skipBlanks(lines, index) {
	let next = index;
	while (next < lines.length && lines[next].text.trim() === "") next += 1;
	return next;
}
// dist/extract/text/decode.js
/**
* Plain-text bytes → a string, with the encoding detected from the bytes:
* BOM first, then strict UTF-8, then jschardet on the content (it tells CP866
* from windows-1251, which chardet does not; see STACK-NOTES), decoded with
* iconv-lite.
*/
const require = createRequire(import.meta.url);
const iconv = () => require("iconv-lite");
const jschardet = () => require("jschardet");
/** jschardet's names → the names we report (and iconv-lite accepts). */
const ENCODING_NAMES = {
	"utf-8": "utf-8",
	ascii: "utf-8",
	"windows-1251": "windows-1251",
	ibm866: "cp866",
	"koi8-r": "koi8-r",
	"iso-8859-5": "iso-8859-5",
	"x-mac-cyrillic": "x-mac-cyrillic",
	maccyrillic: "x-mac-cyrillic",
	"utf-16le": "utf-16le",
	"utf-16be": "utf-16be"
};
/** Cyrillic single-byte encodings jschardet may return for Russian text. */
const CYRILLIC_CANDIDATES = [
	"windows-1251",
	"koi8-r",
	"cp866"
];
/** Enough of the file for jschardet to decide; its cost grows with the input. */
const DETECTION_SAMPLE_BYTES = 65536;
function decodeText(bytes) {
	const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	if (buffer[0] === 239 && buffer[1] === 187 && buffer[2] === 191) return {
		text: strictUtf8(buffer.subarray(3)),
		encoding: "utf-8"
	};
	if (buffer[0] === 255 && buffer[1] === 254) return {
		text: iconv().decode(buffer.subarray(2), "utf-16le"),
		encoding: "utf-16le"
	};
	if (buffer[0] === 254 && buffer[1] === 255) return {
		text: iconv().decode(buffer.subarray(2), "utf-16be"),
		encoding: "utf-16be"
	};
	if (looksBinary(buffer)) throw new BinaryInputError();
	if (isUtf8(buffer)) return {
		text: buffer.toString("utf8"),
		encoding: "utf-8"
	};
	return decodeMixedLines(buffer) ?? singleByte(buffer);
}
function singleByte(buffer) {
	const encoding = detectSingleByteEncoding(buffer);
	return {
		text: iconv().decode(buffer, encoding),
		encoding
	};
}
const NEWLINE = 10;
/**
* Text pasted together from two exports: some lines UTF-8, the rest in a
* Cyrillic code page. Each line is read in its own encoding. A line of
* Russian in windows-1251, KOI8-R or CP866 is never valid UTF-8 (two
* lower-case letters in a row already break it), so the test is safe. Null
* when the file is not mixed (no line with non-ASCII bytes is UTF-8).
*/
function decodeMixedLines(buffer) {
	const lines = [];
	let utf8Lines = 0;
	const others = [];
	let firstOther = -1;
	let firstUtf8 = -1;
	for (let start = 0; start <= buffer.length;) {
		const found = buffer.indexOf(NEWLINE, start);
		const end = found < 0 ? buffer.length : found;
		const bytes = buffer.subarray(start, end);
		const utf8 = isUtf8(bytes);
		if (bytes.some((byte) => byte >= 128)) {
			if (utf8) {
				utf8Lines += 1;
				if (firstUtf8 < 0) firstUtf8 = lines.length + 1;
			} else {
				others.push(bytes);
				if (firstOther < 0) firstOther = lines.length + 1;
			}
		}
		lines.push({
			bytes,
			utf8
		});
		start = end + 1;
	}
	if (utf8Lines === 0) return null;
	const otherEncoding = detectSingleByteEncoding(Buffer.concat(others.slice(0, 2e3)));
	const text = lines.map((line) => line.utf8 ? line.bytes.toString("utf8") : iconv().decode(line.bytes, otherEncoding)).join("\n");
	const utf8Wins = utf8Lines >= others.length;
	return {
		text,
		encoding: utf8Wins ? "utf-8" : otherEncoding,
		mixed: {
			utf8Lines,
			otherLines: others.length,
			otherEncoding,
			firstMinorityLine: utf8Wins ? firstOther : firstUtf8
		}
	};
}
function strictUtf8(buffer) {
	try {
		return new TextDecoder("utf-8", { fatal: true }).decode(buffer);
	} catch {
		throw new UnsupportedFormatError("the file starts with a UTF-8 byte order mark but is not valid UTF-8");
	}
}
/**
* NUL bytes do not occur in text in any single-byte or UTF-8 encoding; a few
* control characters do (form feeds from old printers), so only NULs count.
*/
function looksBinary(buffer) {
	return buffer.subarray(0, DETECTION_SAMPLE_BYTES).includes(0);
}
function detectSingleByteEncoding(buffer) {
	const sample = buffer.subarray(0, DETECTION_SAMPLE_BYTES);
	const guesses = jschardet().detectAll(sample.toString("binary"));
	for (const guess of guesses) {
		const name = ENCODING_NAMES[(guess.encoding ?? "").toLowerCase()];
		if (name && name !== "utf-8" && iconv().encodingExists(name)) return name;
	}
	return mostCyrillic(sample);
}
/**
* jschardet found nothing it is sure of: pick the Cyrillic code page under
* which the sample reads as the most Russian letters (lower-case vowels are
* frequent in every Russian text and land on different bytes in each).
*/
function mostCyrillic(sample) {
	let best = CYRILLIC_CANDIDATES[0];
	let bestScore = -1;
	for (const candidate of CYRILLIC_CANDIDATES) {
		const score = (iconv().decode(sample, candidate).match(/[оеаиня]/gu) ?? []).length;
		if (score > bestScore) {
			best = candidate;
			bestScore = score;
		}
	}
	return best;
}
// dist/extract/text/index.js
/**
* The largest text file read. Decrees are tens of kilobytes (the seeds 12–40
* KB); on Node 20 a 50 MB export of plan rows took 30 s and 1.1 GB before a
* byte of output, a 16 MB one line 5 s and 400 MB.
*/
const MAX_TEXT_BYTES = 16777216;
async function extractText(bytes) {
	if (bytes.length > 16777216) throw new InputTooLargeError(`the text file is too large: ${megabytes(bytes.length)} MB, the limit is ${megabytes(MAX_TEXT_BYTES)} MB`);
	const { text, encoding, mixed } = decodeText(bytes);
	if (text.trim() === "") throw new EmptyInputError("the file holds only white space");
	const warnings = mixed ? [mixedWarning(mixed, encoding)] : [];
	return {
		type: "layout",
		format: "text",
		blocks: linesToBlocks(text),
		pages: null,
		encoding,
		warnings
	};
}
function mixedWarning(mixed, encoding) {
	const minority = encoding === "utf-8" ? {
		count: mixed.otherLines,
		name: mixed.otherEncoding
	} : {
		count: mixed.utf8Lines,
		name: "utf-8"
	};
	const majority = encoding === "utf-8" ? mixed.utf8Lines : mixed.otherLines;
	return warning(WARNING_CODES.MIXED_ENCODING, `The file mixes encodings: ${minority.count} line(s) were read as ${minority.name}, ${majority} as ${encoding}; check the letters of line ${mixed.firstMinorityLine}`, {
		page: null,
		line: mixed.firstMinorityLine
	});
}
function megabytes(bytes) {
	return (bytes / 1048576).toFixed(1).replace(/\.0$/u, "");
}
// dist/extract/index.js
const extractPdf = async (bytes, options) => (await import("./pdf-B_1zXdss.js")).extractPdf(bytes, options);
const extractDocx = async (bytes, options) => (await import("./docx-BLJW-xtf.js")).extractDocx(bytes, options);
async function extractLayout(bytes, options) {
	switch (detectFormat(bytes)) {
		case "empty": throw new EmptyInputError();
		case "pdf": return extractPdf(bytes, options);
		case "zip": return extractDocx(bytes, options);
		case "ole": {
			if (isEncryptedOoxml(bytes)) throw new EncryptedDocumentError("the Word document is password-protected; remove the password (File → Info → Protect Document) and try again");
			const converted = await convertToDocx(bytes, "doc");
			if (converted.status === "converted") return extractDocx(converted.bytes, options);
			throw new UnsupportedFormatError(converted.status === "missing" ? `this is a Word 97-2003 (.doc) file; reading it needs LibreOffice (apt-get install ${SOFFICE_PACKAGE}), or save it as .docx` : "this Word 97-2003 (.doc) file could not be converted by LibreOffice (damaged, or password-protected?); save it as .docx (or remove the password) and try again");
		}
		case "rtf": {
			const converted = await convertToDocx(bytes, "rtf");
			if (converted.status === "converted") return extractDocx(converted.bytes, options);
			throw new UnsupportedFormatError(converted.status === "missing" ? `this is an RTF file; reading it needs LibreOffice (apt-get install ${SOFFICE_PACKAGE}), or save it as .docx` : "this RTF file could not be converted by LibreOffice (damaged?); save it as .docx and try again");
		}
		case "text": return extractText(bytes);
	}
}
const MONTHS = new Map([
	[1, [
		"январь",
		"января",
		"январе",
		"январю",
		"январем",
		"январём",
		"янв"
	]],
	[2, [
		"февраль",
		"февраля",
		"феврале",
		"февралю",
		"февралем",
		"февралём",
		"фев",
		"февр"
	]],
	[3, [
		"март",
		"марта",
		"марте",
		"марту",
		"мартом",
		"мар"
	]],
	[4, [
		"апрель",
		"апреля",
		"апреле",
		"апрелю",
		"апрелем",
		"апр"
	]],
	[5, [
		"май",
		"мая",
		"мае",
		"маю",
		"маем"
	]],
	[6, [
		"июнь",
		"июня",
		"июне",
		"июню",
		"июнем",
		"июн"
	]],
	[7, [
		"июль",
		"июля",
		"июле",
		"июлю",
		"июлем",
		"июл"
	]],
	[8, [
		"август",
		"августа",
		"августе",
		"августу",
		"августом",
		"авг"
	]],
	[9, [
		"сентябрь",
		"сентября",
		"сентябре",
		"сентябрю",
		"сентябрем",
		"сентябрём",
		"сен",
		"сент",
		"сентяб"
	]],
	[10, [
		"октябрь",
		"октября",
		"октябре",
		"октябрю",
		"октябрем",
		"октябрём",
		"окт",
		"октяб"
	]],
	[11, [
		"ноябрь",
		"ноября",
		"ноябре",
		"ноябрю",
		"ноябрем",
		"ноябрём",
		"ноя",
		"нояб",
		"ноябр"
	]],
	[12, [
		"декабрь",
		"декабря",
		"декабре",
		"декабрю",
		"декабрем",
		"декабрём",
		"дек",
		"декаб"
	]]
].flatMap(([month, forms]) => forms.map((form) => [form, month])));
/** The month (1–12) a word names, case-insensitively, with or without an abbreviation dot; else null. */
function monthNumber(word) {
	return MONTHS.get(word.toLowerCase().replace(/ё/g, "е").replace(/\.$/, "")) ?? null;
}
// dist/parse/ru/period.js
const YEARS = "(?<first>(?:19|20)\\d\\d)\\s*[-–—/]\\s*(?<second>(?:19|20)\\d\\d)";
const SEASON_YEAR = [new RegExp(`(?<![\\p{L}\\p{N}])${YEARS}\\s*(?:(?:уч(?:ебн\\p{L}*|\\.)?|тренировочн\\p{L}*)\\s*г(?:од|ода|оду|оде|\\.)?|спортивн\\p{L}*\\s+сезон\\p{L}*)(?![\\p{L}])`, "iu"), new RegExp(`(?<![\\p{L}\\p{N}])(?:учебн\\p{L}*\\s+год\\p{L}*|тренировочн\\p{L}*\\s+год\\p{L}*|спортивн\\p{L}*\\s+сезон\\p{L}*)\\s+${YEARS}(?![\\p{L}\\p{N}])`, "iu")];
/** `на 2024-2026 годы`, `на 2024–2025 гг.`: several calendar years (checked after the academic year). */
const YEAR_RANGE = /(?<![\p{L}\p{N}])(?:на|в)\s+(?<first>(?:19|20)\d\d)\s*[-–—]\s*(?<second>(?:19|20)\d\d)\s*(?:годы|годах|годов|гг\.?|г\.?)(?![\p{L}])/iu;
const CALENDAR_YEAR = /(?<![\p{L}\p{N}])(?:на|в)\s+(?<year>(?:19|20)\d\d)\s*(?:год|году|г\.|г)(?![\p{L}])/iu;
/** The period a caption or title names, with the matched words as its `text`; null when it names none. */
function findPeriod(text) {
	for (const pattern of SEASON_YEAR) {
		const season = pattern.exec(text);
		if (!season?.groups) continue;
		const first = Number(season.groups.first);
		const second = Number(season.groups.second);
		if (second === first + 1) return {
			text: season[0].trim(),
			start: `${first}-09-01`,
			end: `${second}-08-31`
		};
	}
	const range = YEAR_RANGE.exec(text);
	if (range?.groups) {
		const first = Number(range.groups.first);
		const second = Number(range.groups.second);
		if (second > first) return {
			text: range[0].trim(),
			start: `${first}-01-01`,
			end: `${second}-12-31`
		};
	}
	const calendar = CALENDAR_YEAR.exec(text);
	if (calendar?.groups) return yearPeriod(Number(calendar.groups.year), calendar[0].trim());
	return null;
}
/** A whole calendar year, e.g. the decree's year when no caption names a period. */
function yearPeriod(year, text = `${year} год`) {
	return {
		text,
		start: `${year}-01-01`,
		end: `${year}-12-31`
	};
}
// dist/parse/ru/deadline-phrases.js
/** Letters/digits must not touch a phrase: `\b` is ASCII-only in JS (STACK-NOTES). */
const L = "(?<![\\p{L}\\p{N}_])";
const R = "(?![\\p{L}\\p{N}_])";
const rx = (body) => new RegExp(`${L}(?:${body})`, "u");
/**
* Recurrence phrases, their stems short enough to match the abbreviations
* (`ежемес.`, `ежекв.`). They win over printed dates: in «ежемесячно до 5 числа»
* the 5 is a day of every month, not one deadline.
*/
const RECURRENCE_PHRASES = [
	[rx("ежедн|каждый день"), "daily"],
	[rx("еженед|раза? в неделю|каждую неделю"), "weekly"],
	[rx("ежемес|(?:раза?|р\\.?) в (?:\\d+ )?месяц|каждый месяц|по месяцам"), "monthly"],
	[rx(`ежекв|раза? в (?:квартал|четверть)${R}|по четвертям|по кварталам|по итогам (?:каждой )?четверти|по итогам (?:каждого )?квартала`), "quarterly"],
	[rx(`по полугодиям|раза? в полугодие|по итогам (?:каждого )?полугодия|2 (?:раза?|р\\.?) в год${R}`), "semiannual"],
	[rx(`ежегод|(?:раза?|р\\.?) в год${R}`), "annual"]
];
/**
* «По мере необходимости» (seed); «По факту обращения», «в случае
* необходимости», «при поступлении запросов», «по мере финансирования»
* (issue 16, real plans): each waits for an event, not a date.
*/
const AS_NEEDED_PHRASES = [rx("по мере |по необходимости|при необходимости|в случае необходимости|по запрос|при поступлении|по факту")];
/**
* An as-needed phrase that opens the cell wins over a recurrence after it:
* «по мере необходимости (не реже 2 раза в год)» only bounds how often.
*/
const AS_NEEDED_LEAD = /^(?:по мере |по необходимости|при необходимости|в случае необходимости|по запрос|при поступлении|по факту)/u;
/**
* «По графику ИРО и ОРЦОКО», «По отдельном у графику» (repaired in normalise),
* «Согласно плана-графика СКИРО ПК И ПРО» (seeds).
*/
const SCHEDULED_PHRASES = [rx("по (?:отдельному |утвержденному |единому )?(?:плану-)?график|согласно (?:отдельному )?(?:плана?-)?график|в соответствии с (?:планом-)?график|по плану|согласно плану|по расписанию"), rx("(?:в соответствии с|согласно) (?:\\p{L}+ )?(?:план|график)|доп\\.?\\s*график|дополнительн\\p{L}* график")];
/**
* «В процессе работы», «В течение учебного года», «В течение года (особенный
* упор в каникулярный период)» (seeds); «постоянно», «весь период» (contract).
*/
const ONGOING_PHRASES = [rx("в течение|в процессе|постоянно|весь период|всего периода|на протяжении|круглогодично|систематически|регулярно|в период реализации")];
/**
* «В течение 2024 г.», «в течение 2023-2024 учебного года», «на протяжении
* сентября 2023»: a cell that opens so and names one whole year or month is
* ongoing over it (contract; 14 rows of seed 003), not a period.
*/
const THROUGHOUT_LEAD = /^(?:в течение|на протяжении)\s/u;
/**
* Seasons as months (first, last): «осень 2021» is 1 September – 30 November
* (issue 16); «летний период», «в зимний период». Winter runs into the next year.
*/
const SEASONS = new Map([
	[[9, 11], [
		"осень",
		"осенью",
		"осенний",
		"осеннего",
		"осенние",
		"осенних",
		"осеннем"
	]],
	[[12, 2], [
		"зима",
		"зимой",
		"зимний",
		"зимнего",
		"зимние",
		"зимних",
		"зимнем"
	]],
	[[3, 5], [
		"весна",
		"весной",
		"весенний",
		"весеннего",
		"весенние",
		"весенних",
		"весеннем"
	]],
	[[6, 8], [
		"лето",
		"летом",
		"летний",
		"летнего",
		"летние",
		"летних",
		"летнем"
	]]
].flatMap(([months, words]) => words.map((w) => [w, months])));
/** «весенние каникулы» are a week of the season, not the season: a season word before these is not read. */
const NOT_SEASON_AFTER = /^каникул/u;
/**
* School terms (четверти) as months (first, last), the usual Russian school
* calendar: «3 четверть» is January – March, «4 четверть» April – May
* (ussuriysk-centre-prevention-plans-2018).
*/
const TERMS = [
	[9, 10],
	[11, 12],
	[1, 3],
	[4, 5]
];
/** Words after a year that only say «year»: `2024г.`, `2023 год`, `2024-2025 гг.` (seeds). */
const YEAR_WORDS = /* @__PURE__ */ new Set([
	"г",
	"гг",
	"год",
	"года",
	"году",
	"годы",
	"годов",
	"годах"
]);
/**
* `2023-2024 уч. год`, `учебный год`: marks a year range as an academic year,
* 1 September – 31 August; so do a training year and a sports season
* (`2019-2020 тренировочный год`, `2021-2022 спортивный сезон`, issue 12).
*/
const ACADEMIC_WORDS = /* @__PURE__ */ new Set([
	"уч",
	"учебный",
	"учебного",
	"учебном",
	"учебному",
	"тренировочный",
	"тренировочного",
	"тренировочном",
	"тренировочному",
	"спортивный",
	"спортивного",
	"спортивном",
	"сезон",
	"сезона",
	"сезоне"
]);
/** Ordinals for quarters, half-years, decades and weeks: `II квартал`, `1 полугодие`, `первая неделя`. */
const ORDINALS = /* @__PURE__ */ new Map([
	["i", 1],
	["ii", 2],
	["iii", 3],
	["iv", 4],
	["і", 1],
	["іі", 2],
	["ііі", 3],
	["первый", 1],
	["первая", 1],
	["первое", 1],
	["первой", 1],
	["первую", 1],
	["первого", 1],
	["второй", 2],
	["вторая", 2],
	["второе", 2],
	["вторую", 2],
	["второго", 2],
	["третий", 3],
	["третья", 3],
	["третье", 3],
	["третьей", 3],
	["третью", 3],
	["третьего", 3],
	["четвертый", 4],
	["четвертая", 4],
	["четвертой", 4],
	["четвертую", 4],
	["четвертого", 4],
	["пятая", 5],
	["пятой", 5]
]);
const PART_WORDS = /* @__PURE__ */ new Map([
	["квартал", "quarter"],
	["квартала", "quarter"],
	["квартале", "quarter"],
	["кв", "quarter"],
	["полугодие", "half"],
	["полугодия", "half"],
	["полугодии", "half"],
	["полуг", "half"],
	["четверть", "term"],
	["четверти", "term"],
	["четверт", "term"],
	["декада", "decade"],
	["декады", "decade"],
	["декаде", "decade"],
	["декаду", "decade"],
	["неделя", "week"],
	["недели", "week"],
	["неделе", "week"],
	["неделю", "week"]
]);
/** Words before a number that make it an item or a page, not a day: «п. 15.10.», «стр. 12.03». */
const ITEM_WORDS = /* @__PURE__ */ new Set([
	"п",
	"пп",
	"пункт",
	"пункта",
	"раздел",
	"раздела",
	"стр",
	"приложение"
]);
/** Words that turn the date after them into an end: «до 16.10.2023», «не позднее 1 марта», «к 1 сентября». */
const UNTIL_WORDS = /* @__PURE__ */ new Set([
	"до",
	"позднее",
	"позже",
	"к",
	"ко"
]);
/** «до конца 2023», «до конца года», «до конца учебного года» (seed: «Март 2023, реализация до конца 2023»). */
const END_WORDS = /* @__PURE__ */ new Set([
	"конца",
	"окончания",
	"завершения"
]);
/**
* Words that make the period after them what a report covers, not when it is
* due: «за I полугодие в срок до 20 июня 2022 года» (seed 002). Such a period
* is dropped when the cell also names a «до» date.
*/
const ABOUT_WORDS = /* @__PURE__ */ new Set(["за"]);
/**
* «в течение 14 дней», «в течение 10 рабочих дней со дня …», «в течение
* месяца после …» (issue 16): a span counted from an event. The number may be
* a word; a bare «в течение месяца» is a span only when an event follows.
*/
const RELATIVE_SPAN = /в течение\s+(?:(\d+|\p{L}+)\s+)?(?:(рабочих|календарных)\s+)?(дн|день|недел|месяц|мес)\p{L}*(?<rest>.*)$/u;
const EVENT_AFTER = /^\s*(?:после|со дня|с момента|с даты|от даты|с начала|по окончании|по завершении|со времени)/u;
/** Numbers written as words in a relative span. */
const NUMBER_WORDS = /* @__PURE__ */ new Map([
	["одного", 1],
	["одной", 1],
	["одну", 1],
	["двух", 2],
	["трех", 3],
	["четырех", 4],
	["пяти", 5],
	["шести", 6],
	["семи", 7],
	["десяти", 10],
	["пятнадцати", 15],
	["тридцати", 30]
]);
/** An order's span counted from the decree itself: «со дня подписания настоящего приказа». */
const FROM_THE_DECREE = /настоящего|подписания|издания/u;
/** «в теч. года», «в течен. месяца», «в теч.мес.», «В течении» (issue 16): every spelling of «в течение». */
const THROUGHOUT_ABBREVIATION = /(?<![\p{L}\p{N}_])теч(?:ение|ении|ен|)(?:\.\s*|\s+|$)/gu;
const MONTH_ABBREVIATION = /(?<![\p{L}\p{N}_])мес(?:\.|(?![\p{L}]))/gu;
// dist/parse/ru/deadline.js
const DASHES = /[\u2010-\u2015\u2212]/g;
/** `2024г.` → `2024 г` so the year is its own token (seed «10.06.2024 г.»). */
const GLUED_YEAR = /(\d{4})(?=г)/gu;
/** `15.10. 2021`, `21.04. 2022 г.` (issue 12): a space after the month's dot still leaves one date. */
const SPACED_YEAR = /(?<![\d.])(\d{1,2}\.\d{1,2}\.)\s+((?:19|20)\d\d)(?!\d)/gu;
/** «По отдельном у графику» (seed): a PDF split the word. */
const SPLIT_WORDS = /отдельном\s+у(?![\p{L}])/gu;
/** `1-й`, `2-е`, `3-я` → the bare number. */
const ORDINAL_SUFFIX = /(\d)\s*-\s*(?:ый|ой|ий|й|ое|ее|е|ая|я|го)(?![\p{L}])/gu;
/** Any «теч…» that is not already the full «течение »: a quick screen before the rewrite. */
const ABBREVIATED_THROUGHOUT = /теч(?!ение )/;
function normalise(text) {
	let s = text.toLowerCase();
	if (s.includes("ё")) s = s.replace(/ё/g, "е");
	s = s.replace(DASHES, "-");
	if (s.includes(". ")) s = s.replace(SPACED_YEAR, "$1$2");
	if (s.includes("г")) s = s.replace(GLUED_YEAR, "$1 ");
	if (s.includes("отдельном ")) s = s.replace(SPLIT_WORDS, "отдельному");
	if (s.includes("-")) s = s.replace(ORDINAL_SUFFIX, "$1");
	if (ABBREVIATED_THROUGHOUT.test(s)) s = s.replace(THROUGHOUT_ABBREVIATION, "течение ");
	if (s.includes("мес")) s = s.replace(MONTH_ABBREVIATION, "месяца");
	return s;
}
/** 4-digit year with any day/month, or a 2-digit year only after `dd.mm` so that `4.2.11` stays a number. */
const TOKEN$1 = /(\d{1,2})\.(\d{1,2})\.(\d{4})(?![.\d])|(\d{2})\.(\d{2})\.(\d{2})(?![.\d])|(\d{1,2})\.(\d{1,2})(\.?)(?![.\d])|(\d+)|(\p{L}+(?:-\p{L}+)*)|([-/])|([,;+]|\sи\s)/gu;
function tokenise(text) {
	const out = [];
	TOKEN$1.lastIndex = 0;
	for (let m = TOKEN$1.exec(text); m; m = TOKEN$1.exec(text)) if (m[1]) out.push({
		t: "date",
		d: +m[1],
		m: +m[2],
		y: +m[3]
	});
	else if (m[4]) out.push({
		t: "date",
		d: +m[4],
		m: +m[5],
		y: 2e3 + +m[6]
	});
	else if (m[7]) {
		const plain = m[8].length === 2 && (m[7].length === 2 || m[9] === ".");
		out.push({
			t: "date",
			d: +m[7],
			m: +m[8],
			y: null,
			plain
		});
	} else if (m[10]) {
		const v = +m[10];
		out.push(m[10].length === 4 && v >= 1900 && v <= 2099 ? {
			t: "year",
			v
		} : {
			t: "num",
			v
		});
	} else if (m[11]) pushWord(out, m[11]);
	else if (m[12]) out.push({ t: "dash" });
	else out.push({ t: "comma" });
	return out;
}
/** `март-апрель` is one word to the regex; split it when every part is a month (seed «Февраль-март»). */
function pushWord(out, word) {
	const month = MONTHS.get(word);
	if (month) {
		out.push({
			t: "month",
			v: month
		});
		return;
	}
	const season = SEASONS.get(word);
	if (season) {
		out.push({
			t: "season",
			v: season
		});
		return;
	}
	if (word.includes("-")) {
		const parts = word.split("-");
		if (parts.every((part) => ORDINALS.has(part))) {
			parts.forEach((part, i) => {
				if (i) out.push({ t: "dash" });
				out.push({
					t: "word",
					w: part
				});
			});
			return;
		}
		const months = parts.map((part) => MONTHS.get(part) ?? null);
		if (months.every((x) => x !== null)) {
			months.forEach((v, i) => {
				if (i) out.push({ t: "dash" });
				out.push({
					t: "month",
					v
				});
			});
			return;
		}
	}
	out.push({
		t: "word",
		w: word
	});
}
const P = (y, m, d) => ({
	y,
	m,
	d
});
var Matcher = class {
	toks;
	i = 0;
	constructor(toks) {
		this.toks = toks;
	}
	peek(k = 0) {
		return this.toks[this.i + k];
	}
	isWord(k, set) {
		const t = this.peek(k);
		return t?.t === "word" && set.has(t.w);
	}
	/** A year and the words after it that only say «year» (`2023 г.`, `2024 года`). */
	year() {
		const t = this.peek();
		if (t?.t !== "year") return null;
		this.i++;
		while (this.isWord(0, YEAR_WORDS)) this.i++;
		return t.v;
	}
	/** An optional year after a month, also behind a dash: «март-апрель – 2024 г.» (seed). */
	yearAfter() {
		if (this.peek()?.t === "year") return this.year();
		if (this.peek()?.t === "dash" && this.peek(1)?.t === "year" && this.peek(2)?.t !== "dash") {
			this.i++;
			return this.year();
		}
		if (this.peek()?.t === "comma" && this.peek(1)?.t === "year" && (this.peek(2) === void 0 || this.isWord(2, YEAR_WORDS))) {
			this.i++;
			return this.year();
		}
		return null;
	}
};
function ordinal(t) {
	if (t?.t === "num") return t.v;
	return t?.t === "word" ? ORDINALS.get(t.w) : void 0;
}
/** One side of a range: a date, a day + month, a month, a year, or a part of a year. */
function atom(m) {
	const t = m.peek();
	if (!t) return null;
	const start = m.i;
	const unit = (a, b = a, academic = false) => ({
		a,
		b,
		until: false,
		endOf: false,
		academic
	});
	if (t.t === "date") {
		m.i++;
		if (m.isWord(0, YEAR_WORDS)) m.i++;
		return unit(P(t.y, t.m, t.d));
	}
	if (t.t === "num" && t.v >= 1 && t.v <= 31 && m.peek(1)?.t === "month") {
		m.i += 2;
		const mon = m.toks[m.i - 1].v;
		return unit(P(m.yearAfter(), mon, t.v));
	}
	if (t.t === "month") {
		m.i++;
		return unit(P(m.yearAfter(), t.v, null));
	}
	if (t.t === "season") {
		const next = m.peek(1);
		if (next?.t === "word" && NOT_SEASON_AFTER.test(next.w)) return null;
		m.i++;
		const [first, last] = t.v;
		const y = m.year();
		if (y !== null && last < first && m.peek()?.t === "dash" && m.peek(1)?.t === "year") {
			m.i++;
			m.year();
		}
		return unit(P(y, first, 1), P(y === null ? null : last < first ? y + 1 : y, last, null));
	}
	if (t.t === "year") {
		m.i++;
		if (m.peek()?.t === "dash" && m.peek(1)?.t === "year") {
			const second = m.peek(1).v;
			m.i += 2;
			let academic = false;
			while (m.isWord(0, ACADEMIC_WORDS) || m.isWord(0, YEAR_WORDS)) {
				if (m.isWord(0, ACADEMIC_WORDS)) academic = true;
				m.i++;
			}
			if (academic && second === t.v + 1) return unit(P(t.v, 9, 1), P(second, 8, 31), true);
			if (second > t.v) return unit(P(t.v, 1, 1), P(second, 12, 31));
			m.i = start;
			return null;
		}
		while (m.isWord(0, YEAR_WORDS)) m.i++;
		return unit(P(t.v, 1, 1), P(t.v, 12, 31));
	}
	const n = ordinal(t);
	let last = n;
	let partAt = 1;
	if (n !== void 0 && m.peek(1)?.t === "dash") {
		const second = ordinal(m.peek(2));
		if (second !== void 0 && second > n) {
			last = second;
			partAt = 3;
		}
	}
	const partTok = m.peek(partAt);
	const part = partTok?.t === "word" ? PART_WORDS.get(partTok.w) : void 0;
	if (n !== void 0 && last !== void 0 && part) {
		m.i += partAt + 1;
		if (part === "quarter" && last <= 4) {
			const y = m.year();
			return unit(P(y, 3 * n - 2, 1), P(y, 3 * last, null));
		}
		if (part === "half" && last <= 2) {
			const y = m.year();
			return unit(P(y, 6 * n - 5, 1), P(y, 6 * last, null));
		}
		if (part === "term" && n >= 1 && last <= 4) {
			const y = m.year();
			return unit(P(y, TERMS[n - 1][0], 1), P(y, TERMS[last - 1][1], null));
		}
		const monTok = m.peek();
		if (monTok?.t === "month") {
			m.i++;
			const y = m.yearAfter();
			if (part === "decade" && last <= 3) return unit(P(y, monTok.v, 10 * n - 9), P(y, monTok.v, last < 3 ? 10 * last : null));
			if (part === "week" && last <= 5) return unit(P(y, monTok.v, 7 * n - 6), P(y, monTok.v, last < 4 ? 7 * last : null));
		}
		m.i = start;
		return null;
	}
	if (t.t === "num" && t.v >= 1 && t.v <= 31) {
		const next = m.peek(1);
		if (next?.t === "dash" || next?.t === "word" && next.w === "по") {
			m.i++;
			return unit(P(null, null, t.v));
		}
	}
	return null;
}
/** atom [- atom]: fills the left side's missing month and year from the right («01.01-01.03.2022»). */
function range(m, afterUntil = false) {
	const start = m.i;
	const opener = m.peek();
	const from = opener?.t === "word" && (opener.w === "с" || opener.w === "со");
	if (from) m.i++;
	const left = atom(m);
	if (!left) {
		m.i = start;
		return null;
	}
	const sep = m.peek();
	if (sep?.t === "dash" || sep?.t === "word" && sep.w === "по") {
		const save = m.i;
		m.i++;
		const right = atom(m);
		if (right) {
			const a = { ...left.a };
			if (a.m === null && right.a.m !== null && left.a.d !== null) a.m = right.a.m;
			if (a.y === null && right.b.y !== null) a.y = right.b.y - (a.m !== null && right.b.m !== null && a.m > right.b.m ? 1 : 0);
			return {
				a,
				b: right.b,
				until: false,
				endOf: false,
				academic: left.academic || right.academic
			};
		}
		m.i = save;
	}
	if (left.a.m === null && left.a.y === null) {
		m.i = start;
		return null;
	}
	const first = m.toks[start];
	if (first?.t === "date" && first.y === null && !afterUntil && !(first.plain && lonePlace(m, start))) {
		m.i = start;
		return null;
	}
	if (from && left.a.d !== null) return {
		...left,
		from: true
	};
	return left;
}
/** A year-less `dd.mm` stands alone as a date unless a number follows it (`15.10. 20 шт.`) or an item word precedes it. */
function lonePlace(m, at) {
	const before = m.toks[at - 1];
	return m.peek()?.t !== "num" && !(before?.t === "word" && ITEM_WORDS.has(before.w));
}
/** «до 16.10.2023», «не позднее 1 марта», «к 1 сентября», «до конца 2023», «до конца года». */
function until(m) {
	const start = m.i;
	if (!m.isWord(0, UNTIL_WORDS)) return null;
	m.i++;
	if (m.isWord(0, END_WORDS)) {
		m.i++;
		const y = m.year();
		if (y !== null) return {
			a: P(y, 12, 31),
			b: P(y, 12, 31),
			until: true,
			endOf: true,
			academic: false
		};
		let academic = false;
		while (m.isWord(0, ACADEMIC_WORDS)) {
			academic = true;
			m.i++;
		}
		if (m.isWord(0, YEAR_WORDS)) {
			m.i++;
			const p = academic ? P(null, 8, 31) : P(null, 12, 31);
			return {
				a: p,
				b: p,
				until: true,
				endOf: true,
				academic
			};
		}
		const mon = m.peek();
		if (mon?.t === "month") {
			m.i++;
			const y2 = m.yearAfter();
			return {
				a: P(y2, mon.v, null),
				b: P(y2, mon.v, null),
				until: true,
				endOf: true,
				academic: false
			};
		}
		m.i = start;
		return null;
	}
	const u = range(m, true);
	if (!u) {
		m.i = start;
		return null;
	}
	return {
		...u,
		until: true
	};
}
function units(toks) {
	const m = new Matcher(toks);
	let out = [];
	while (m.i < toks.length) {
		const about = m.isWord(0, ABOUT_WORDS);
		if (about) m.i++;
		const u = until(m) ?? range(m);
		if (u) out.push(about ? {
			...u,
			about
		} : u);
		else if (!about) m.i++;
	}
	if (out.some((u) => u.until)) out = out.filter((u) => !u.about);
	let carry = null;
	for (let k = out.length - 1; k >= 0; k--) {
		const u = out[k];
		if (u.b.y !== null) carry = u.a.y ?? u.b.y;
		else if (carry !== null && !u.endOf) {
			u.a.y ??= carry;
			u.b.y = carry;
		}
	}
	let previous = null;
	for (const u of out) {
		if (!u.until) {
			if (u.b.y !== null) previous = u.b;
			continue;
		}
		if (u.b.y === null && previous?.y != null && u.b.m !== null && previous.m !== null && !u.endOf) {
			u.b.y = u.b.m < previous.m ? previous.y + 1 : previous.y;
			u.a.y ??= u.b.y;
		}
		previous = u.b;
	}
	return out;
}
const pad = (n) => String(n).padStart(2, "0");
const iso = (y, m, d) => `${y}-${pad(m)}-${pad(d)}`;
const DAYS = [
	31,
	28,
	31,
	30,
	31,
	30,
	31,
	31,
	30,
	31,
	30,
	31
];
const daysIn = (y, m) => m === 2 && (y % 4 === 0 && y % 100 !== 0 || y % 400 === 0) ? 29 : DAYS[m - 1];
function addDays(date, days) {
	const t = /* @__PURE__ */ new Date(`${date}T00:00:00Z`);
	t.setUTCDate(t.getUTCDate() + days);
	return t.toISOString().slice(0, 10);
}
/** The year a month takes from the period: the first year in which that month lies inside it (academic year: Sept–Dec → first year, Jan–Aug → second). */
function yearFromPeriod(month, period) {
	if (!period?.start || !period.end) return null;
	const y0 = +period.start.slice(0, 4);
	const y1 = +period.end.slice(0, 4);
	const first = period.start.slice(0, 7);
	const last = period.end.slice(0, 7);
	for (let y = y0; y <= y1; y++) {
		const ym = `${y}-${pad(month)}`;
		if (ym >= first && ym <= last) return y;
	}
	return y0;
}
/**
* The year a span of months with no printed year starts in: placed by its start month or by its end month,
* whichever puts more of its months inside the period; on a tie the earlier, so «август-сентябрь» in a
* 2015-2016 school year is the summer before it (school11-nakhodka-plan-2015), while «3 квартал» in
* 2023-2024 is July–September 2024.
*/
function spanYear(ma, mb, period) {
	const byStart = yearFromPeriod(ma, period);
	const byEndYear = yearFromPeriod(mb, period);
	if (byStart === null || byEndYear === null) return byStart;
	const byEnd = ma <= mb ? byEndYear : byEndYear - 1;
	if (byStart === byEnd) return byStart;
	const inside = (y) => {
		let n = 0;
		for (let k = 0; k <= (mb - ma + 12) % 12; k++) {
			const ym = `${y + Math.floor((ma - 1 + k) / 12)}-${pad((ma - 1 + k) % 12 + 1)}`;
			if (ym >= period.start.slice(0, 7) && ym <= period.end.slice(0, 7)) n++;
		}
		return n;
	};
	const a = inside(byStart);
	const b = inside(byEnd);
	return a === b ? Math.min(byStart, byEnd) : a > b ? byStart : byEnd;
}
function resolve$1(u, period, warnings, source, text) {
	if (u.a.m === null && u.a.y === null) return null;
	let inferred = false;
	let ya = u.a.y;
	let yb = u.b.y;
	const ma = u.a.m ?? 1;
	const mb = u.b.m ?? 12;
	if (ya === null && yb === null) {
		ya = spanYear(ma, mb, period);
		inferred = true;
	}
	if (ya === null) {
		ya = yearFromPeriod(ma, period);
		inferred = true;
	}
	if (yb === null) {
		yb = ya === null ? null : mb >= ma ? ya : ya + 1;
		inferred = true;
	}
	if (ya === null || yb === null) return null;
	if (ma < 1 || ma > 12 || mb < 1 || mb > 12) return "impossible";
	const da = u.a.d ?? 1;
	const db = u.b.d ?? daysIn(yb, mb);
	if (da < 1 || da > daysIn(ya, ma) || db < 1 || db > daysIn(yb, mb)) {
		warnings.push(warning(WARNING_CODES.IMPOSSIBLE_DATE, `«${text}»: no such date in the calendar; left out, not shifted`, source));
		return "impossible";
	}
	const start = iso(ya, ma, da);
	const end = iso(yb, mb, db);
	if (end < start) return "impossible";
	return {
		start,
		end,
		inferred
	};
}
/** «1-10», «3», «15-16» under a section titled «Январь» or «Февраль 2020» (calendars of events). */
const DAY_ONLY = /^(\d{1,2})(?:\s*-\s*(\d{1,2}))?$/;
function dayOnly(norm, context) {
	const days = DAY_ONLY.exec(norm.trim());
	if (!days || !context.sectionTitle) return null;
	const section = units(tokenise(normalise(context.sectionTitle)));
	const month = section.length === 1 ? section[0] : null;
	if (!month || month.a.m === null || month.a.m !== month.b.m || month.a.d !== null) return null;
	const y = month.a.y;
	return {
		a: P(y, month.a.m, +days[1]),
		b: P(y, month.a.m, +(days[2] ?? days[1])),
		until: false,
		endOf: false,
		academic: false
	};
}
/** A year, a school year or a month as printed: not a quarter, a week or a span of days. */
function isWholeYearOrMonth(u) {
	const wholeYears = u.a.m === 1 && u.a.d === 1 && u.b.m === 12 && u.b.d === 31;
	const month = u.a.m !== null && u.a.m === u.b.m && u.a.d === null && u.b.d === null;
	return u.academic || wholeYears || month;
}
function make$1(text, kind, start, end, intervals = [], recurrence = null, yearInferred = false) {
	return {
		text,
		kind,
		start,
		end,
		intervals,
		recurrence,
		yearInferred
	};
}
/**
* Cheap screen before the recurrence table: a plain alternation V8 can scan
* fast, where the word-boundary lookbehinds cannot. Every recurrence phrase
* contains one of these stems; a hit only means «look closer».
*/
const RECURRENCE_STEMS = /еже|раз|кажд|по месяц|по четв|по кварт|по полуг|по итогам|р\.? в /;
/** Collapsing is a no-op on most cells; skip it unless some space needs it (same result as collapseSpace). */
const NEEDS_COLLAPSE = /[^\S ]|  |^ | $|\u200B/;
/**
* A phrase table as one test. The word-boundary lookbehind makes V8 try every
* position slowly, so a copy without it screens first and the exact pattern
* only confirms a hit.
*/
const BOUNDARY = "(?<![\\p{L}\\p{N}_])";
const anyOf = (patterns) => {
	const exact = new RegExp(patterns.map((p) => p.source).join("|"), "u");
	const quick = new RegExp(patterns.map((p) => p.source.split(BOUNDARY).join("")).join("|"), "u");
	return { test: (s) => quick.test(s) && exact.test(s) };
};
const AS_NEEDED = anyOf(AS_NEEDED_PHRASES);
const SCHEDULED = anyOf(SCHEDULED_PHRASES);
const ONGOING = anyOf(ONGOING_PHRASES);
/** Same idea as RECURRENCE_STEMS for the three phrase tables: every phrase there holds one of these stems. */
const PHRASE_STEMS = /необходим|поступлен|запрос|по мере|по факту|график|план|расписан|течение|процесс|постоянн|период|протяжени|круглогод|систематич|регулярн/;
/** «ежемесячно до 5 числа», «до 5 числа месяца, следующего за отчетным»: the day of each month a recurrence falls due. */
const DAY_OF_MONTH = /(?<![\p{L}\p{N}])(\d{1,2})\s+(?:-?го\s+)?числа/u;
const TIME_SPAN = `\\d{1,2}(?:[.:]{1,2})\\d\\d(?:\\s*-\\s*\\d{1,2}(?:[.:]{1,2}|-)\\d\\d)?`;
const TIME_CELL = new RegExp(`^(?:с\\s*)?${TIME_SPAN}(?:\\s*[,;]\\s*${TIME_SPAN})*$`, "u");
const TIME_MARK = /:|\.\.|\.(?:00|1[3-9]|[2-5]\d)(?!\d)/;
const gMonthDay = (m, d) => `--${pad(m)}-${pad(d)}`;
/** The one day or month a section title names («27 марта (среда)», «Октябрь»), resolved in the period; else null. */
function sectionSpan(context) {
	if (!context.sectionTitle) return null;
	const found = units(tokenise(normalise(context.sectionTitle)));
	if (found.length !== 1 || found[0].until) return null;
	const r = resolve$1(found[0], context.period, [], null, context.sectionTitle);
	return r && r !== "impossible" ? {
		...r,
		unit: found[0]
	} : null;
}
const isDay = (s) => s !== null && s.start === s.end;
const isMonth = (s) => s !== null && s.unit.a.d === null && s.unit.a.m !== null && s.unit.a.m === s.unit.b.m;
/** «в течение 14 дней», «в течение месяца после …»: amount and unit, or null when the cell is no such span. */
function relativeSpan(norm) {
	const r = RELATIVE_SPAN.exec(norm);
	if (!r) return null;
	const amount = r[1] === void 0 ? 1 : /\d/.test(r[1]) ? +r[1] : NUMBER_WORDS.get(r[1]);
	if (!amount) return null;
	if (r[1] === void 0 && !EVENT_AFTER.test(r.groups.rest)) return null;
	const stem = r[3];
	return {
		amount,
		unit: stem.startsWith("нед") ? "week" : stem.startsWith("мес") ? "month" : r[2] === "рабочих" ? "working-day" : "day"
	};
}
/** The last day a span counted from the decree's date reaches: working days skip Saturdays and Sundays (holidays are not known). */
function spanEnd(from, { amount, unit }) {
	if (unit === "day") return addDays(from, amount);
	if (unit === "week") return addDays(from, 7 * amount);
	if (unit === "month") {
		const [y, m, d] = from.split("-").map(Number);
		const total = y * 12 + m - 1 + amount;
		const ty = Math.floor(total / 12);
		const tm = total % 12 + 1;
		return iso(ty, tm, Math.min(d, daysIn(ty, tm)));
	}
	let date = from;
	for (let left = amount; left > 0;) {
		date = addDays(date, 1);
		const weekday = (/* @__PURE__ */ new Date(`${date}T00:00:00Z`)).getUTCDay();
		if (weekday !== 0 && weekday !== 6) left--;
	}
	return date;
}
/** The end an «until» names: the day printed, the end of «до конца …», or the day before a month («До июля»). */
function untilEnd(s) {
	if (s.unit.endOf) return s.end;
	if (s.unit.a.d === null && s.unit.a.m !== null) return addDays(s.start, -1);
	return s.start;
}
function parseDeadline(cellText, context) {
	const text = NEEDS_COLLAPSE.test(cellText) ? collapseSpace(cellText) : cellText;
	const warnings = [];
	const period = context.period;
	const pStart = period?.start ?? null;
	const pEnd = period?.end ?? null;
	const norm = normalise(text);
	if (RECURRENCE_STEMS.test(norm) && !AS_NEEDED_LEAD.test(norm.trimStart())) {
		for (const [pattern, recurrence] of RECURRENCE_PHRASES) if (pattern.test(norm)) return result(recurring(text, norm, recurrence, context), warnings);
	}
	if (TIME_CELL.test(norm.trim()) && TIME_MARK.test(norm)) {
		const day = sectionSpan(context);
		if (isDay(day)) return result(make$1(text, "date", day.start, day.end, [{
			start: day.start,
			end: day.end
		}], null, day.inferred), warnings);
		warnings.push(warning(WARNING_CODES.DEADLINE_UNRECOGNISED, `«${text}»: a time of day with no day to put it on`, context.source));
		return result(make$1(text, "unspecified", null, null), warnings);
	}
	const day = dayOnly(norm, context);
	const found = day ? [day] : units(tokenise(norm));
	const spans = [];
	let impossible = false;
	const inferIn = context.anchorDate ? {
		text: "",
		start: context.anchorDate,
		end: addDays(context.anchorDate, 364)
	} : period;
	for (const u of found) {
		const r = resolve$1(u, inferIn, warnings, context.source, text);
		if (r === "impossible") impossible = true;
		else if (r) spans.push({
			...r,
			unit: u
		});
	}
	if (spans.length > 0) {
		const inferred = spans.some((s) => s.inferred);
		const plain = spans.filter((s) => !s.unit.until);
		const ends = spans.filter((s) => s.unit.until);
		let deadline;
		if (plain.length === 0 && ends.length > 1) {
			let from = context.anchorDate ?? pStart;
			const intervals = ends.map((s) => {
				const end = untilEnd(s);
				const start = from !== null && from <= end ? from : end;
				from = addDays(end, 1);
				return {
					start,
					end
				};
			});
			deadline = make$1(text, "multiple", intervals[0].start, intervals[intervals.length - 1].end, intervals, null, inferred);
		} else if (plain.length === 0) deadline = make$1(text, "until", context.anchorDate ?? pStart, untilEnd(ends[ends.length - 1]), [], null, inferred);
		else if (plain.length === 1 && ends.length > 0 && ends[ends.length - 1].unit.endOf && ends[0].end >= plain[0].start) {
			const end = untilEnd(ends[ends.length - 1]);
			deadline = make$1(text, "period", plain[0].start, end, [{
				start: plain[0].start,
				end
			}], null, inferred);
		} else if (plain.length === 1 && ends.length === 0 && plain[0].unit.from && pEnd && pEnd > plain[0].start) {
			const s = plain[0];
			deadline = make$1(text, "period", s.start, pEnd, [{
				start: s.start,
				end: pEnd
			}], null, inferred);
		} else if (plain.length === 1 && ends.length === 0 && THROUGHOUT_LEAD.test(norm) && isWholeYearOrMonth(plain[0].unit)) deadline = make$1(text, "ongoing", plain[0].start, plain[0].end, [], null, inferred);
		else if (plain.length === 1 && ends.length === 0) {
			const s = plain[0];
			deadline = make$1(text, s.start === s.end ? "date" : "period", s.start, s.end, [{
				start: s.start,
				end: s.end
			}], null, inferred);
		} else {
			const intervals = spans.map((s) => s.unit.until ? {
				start: untilEnd(s),
				end: untilEnd(s)
			} : {
				start: s.start,
				end: s.end
			});
			deadline = make$1(text, "multiple", intervals.reduce((x, i) => i.start < x ? i.start : x, intervals[0].start), intervals.reduce((x, i) => i.end > x ? i.end : x, intervals[0].end), intervals, null, inferred);
		}
		if (pStart && pEnd && deadline.end && (deadline.kind !== "until" && deadline.start < pStart || deadline.end > pEnd)) warnings.push(warning(WARNING_CODES.DEADLINE_OUTSIDE_PERIOD, `«${text}» lies outside the period ${pStart} … ${pEnd}; kept as printed`, context.source));
		return result(deadline, warnings);
	}
	const relative = impossible ? null : relativeSpan(norm);
	if (relative) {
		if (context.anchorDate && FROM_THE_DECREE.test(norm)) return result({
			...make$1(text, "until", context.anchorDate, spanEnd(context.anchorDate, relative)),
			relative
		}, warnings);
		return result({
			...make$1(text, "unspecified", null, null),
			relative
		}, warnings);
	}
	if (!impossible && PHRASE_STEMS.test(norm)) {
		const kind = AS_NEEDED.test(norm) ? "as-needed" : SCHEDULED.test(norm) ? "scheduled" : ONGOING.test(norm) ? "ongoing" : null;
		if (kind) {
			const section = sectionSpan(context);
			if (isDay(section) || kind === "ongoing" && isMonth(section) && /месяц/u.test(norm)) return result(make$1(text, kind, section.start, section.end, [], null, section.inferred), warnings);
			return result(make$1(text, kind, pStart, pEnd), warnings);
		}
	}
	if (!impossible) {
		const lone = found.length === 1 ? found[0] : null;
		if (lone && lone.a.d !== null && lone.a.m !== null && lone.a.y === null && lone.a.m === lone.b.m && lone.a.d === lone.b.d) {
			warnings.push(warning(WARNING_CODES.DEADLINE_UNRECOGNISED, `«${text}»: no year printed and no period to take it from; the day is kept in «due»`, context.source));
			return result({
				...make$1(text, lone.until ? "until" : "date", null, null, [], null, true),
				due: gMonthDay(lone.a.m, lone.a.d)
			}, warnings);
		}
		if (found.length > 0) warnings.push(warning(WARNING_CODES.DEADLINE_UNRECOGNISED, `«${text}»: no year printed and no period to take it from`, context.source));
		else if (/[\p{L}\p{N}]/u.test(text)) warnings.push(warning(WARNING_CODES.DEADLINE_UNRECOGNISED, `«${text}»: no date or deadline phrase recognised`, context.source));
	}
	return result(make$1(text, "unspecified", null, null), warnings);
}
/** Any year: a day and month that print none (`05.09`) are read at all only with a period. */
const SOME_PERIOD = yearPeriod(2e3);
/**
* Whether a paragraph reads as a deadline on its own (`Сентябрь`, `до 15.10`),
* not a fragment of one (`года`): the segmenter's test for stacked items and
* the venue splitter's test for the date part of «Место и сроки» cells.
*/
function readsAsDeadline(text) {
	return parseDeadline(text, {
		period: SOME_PERIOD,
		sectionTitle: null,
		anchorDate: null,
		source: null
	}).value.kind !== "unspecified";
}
/**
* A recurring cell over the period. A day printed with it is when each round falls due and is kept in
* `due` («ежегодно, до 1 сентября» → `--09-01`, «ежемесячно до 5 числа» → `---05`). An annual recurrence
* that names a plain month or day in a plan of one year is that month or day («ежегодно май»,
* ussuriysk-centre-prevention-plans-2018), still marked annual.
*/
function recurring(text, norm, recurrence, context) {
	const period = context.period;
	const base = make$1(text, "recurring", period?.start ?? null, period?.end ?? null, [], recurrence);
	const dayOfMonth = DAY_OF_MONTH.exec(norm);
	if (dayOfMonth && +dayOfMonth[1] >= 1 && +dayOfMonth[1] <= 31) return {
		...base,
		due: `---${pad(+dayOfMonth[1])}`
	};
	const found = units(tokenise(norm));
	if (found.length !== 1) return base;
	const u = found[0];
	if (u.until && u.a.d !== null && u.a.m !== null && u.a.m === u.b.m && u.a.d === u.b.d) return {
		...base,
		due: gMonthDay(u.a.m, u.a.d)
	};
	const oneYear = period?.start && period.end && addDays(period.start, 366) > period.end;
	if (recurrence === "annual" && !u.until && oneYear) {
		const r = resolve$1(u, period, [], null, text);
		if (r && r !== "impossible") return make$1(text, r.start === r.end ? "date" : "period", r.start, r.end, [{
			start: r.start,
			end: r.end
		}], recurrence, r.inferred);
	}
	return base;
}
// dist/parse/ru/positions.js
/**
* Word tables for classifying the parties of a «Ответственный» cell. Stems,
* not whole words, because cells print them in any case and number
* (`Руководители`, `руководителям`, `методистов`).
*/
/** Stems of the nouns that name a job (`директор`, `воспитатели`), not a named body. */
const POSITION_NOUN_STEMS = [
	"руководител",
	"директор",
	"заместител",
	"зам",
	"методист",
	"учител",
	"куратор",
	"специалист",
	"начальник",
	"заведующ",
	"координатор",
	"педагог",
	"председател",
	"член",
	"эксперт",
	"тьютор",
	"наставник",
	"советник",
	"консультант",
	"инспектор",
	"и.о",
	"психолог",
	"логопед",
	"воспитател",
	"преподавател",
	"работник",
	"водител",
	"инструктор",
	"хореограф",
	"завхоз",
	"сторож",
	"вахтер",
	"вахтёр",
	"электрик",
	"медсестр"
];
/** Stems that open a role or a position: the job nouns, and adjectives that open a job title on their own. */
const POSITION_STEMS = [
	...POSITION_NOUN_STEMS,
	"главн",
	"ведущ",
	"старш",
	"классн",
	"ответственн"
];
/**
* Abbreviated adjectives before a job noun, with or without a space:
* `ст.воспитатель`, `Соц. педагог`, `Мед. работник`, `Кл. руководители`.
*/
const POSITION_QUALIFIERS = [
	"ст.",
	"соц.",
	"мед.",
	"кл."
];
/**
* Words that cannot open a party, so a line that starts with one continues
* the party of the line above (`Ответственный` / `за Интернет-безопасность`,
* `Зам. директора` / `по безопасности`).
*/
const CONTINUATION_WORDS = [
	"за",
	"по",
	"в",
	"во",
	"на",
	"с",
	"со",
	"при",
	"для",
	"от",
	"к",
	"ко",
	"из",
	"у",
	"о",
	"об",
	"и"
];
/**
* Endings that make a word an adjective in any case (`воспитательной`,
* `учебного`), so that `по учебной и воспитательной работе` is not read as
* two jobs joined by «и».
*/
const ADJECTIVE_FORM_ENDINGS = [
	"ый",
	"ий",
	"ой",
	"ая",
	"яя",
	"ое",
	"ее",
	"ые",
	"ие",
	"ого",
	"его",
	"ому",
	"ему",
	"ую",
	"юю",
	"ых",
	"их",
	"ым",
	"им",
	"ей"
];
/**
* Bodies of a school that are given tasks like a person (`Администрация,
* преподаватели, в течение учебного года`). Stems of their first words.
*/
const ACTING_BODIES = [
	"администраци",
	"педагогическ\\p{L}* совет",
	"методическ\\p{L}* совет",
	"рабоч\\p{L}* групп",
	"коллектив"
];
/**
* Abbreviations that a name always follows (`пос. Большевик`, `с.Кевсала`,
* `им. П. И. Бровичева`): a line break after one does not end a party
* (seed 003's PDF breaks `МКОУ СОШ № 13 пос.` / `Винодельненский`).
*/
const NAME_PREFIXES = [
	"пос.",
	"п.",
	"с.",
	"г.",
	"ст.",
	"ст-ца",
	"пгт",
	"х.",
	"д.",
	"ул.",
	"им."
];
/**
* Endings of an adjective that may stand before a position stem and still
* open a job title: `Социальный педагог` (seed 003), `районные методисты`.
*/
const ADJECTIVE_ENDINGS = [
	"ый",
	"ий",
	"ой",
	"ая",
	"яя",
	"ое",
	"ее",
	"ые",
	"ие"
];
/**
* Plural position → singular, for a list of people that ends in a shared
* position (`… Баркаева С.О., методисты УО` → `методист УО`). Whole words.
*/
const PLURAL_TO_SINGULAR = {
	методисты: "методист",
	специалисты: "специалист",
	руководители: "руководитель",
	директора: "директор",
	заместители: "заместитель",
	учителя: "учитель",
	кураторы: "куратор",
	педагоги: "педагог",
	инспекторы: "инспектор",
	координаторы: "координатор",
	эксперты: "эксперт",
	члены: "член",
	воспитатели: "воспитатель",
	преподаватели: "преподаватель",
	работники: "работник",
	водители: "водитель",
	инструкторы: "инструктор"
};
/**
* Endings of a surname in the nominative, for telling a bare surname
* (`Магомедова Баркаева методисты УО`, seed 004) from other capitalised
* words. Only the common Russian ones: a surname not listed here is never
* paired with stray initials, which is the safe failure.
*/
const SURNAME_NOMINATIVE_ENDINGS = [
	"ова",
	"ева",
	"ёва",
	"ина",
	"ына",
	"ов",
	"ев",
	"ёв",
	"ин",
	"ын"
];
/**
* Surname endings in the dative, genitive or accusative → nominative. Orders
* address people in the dative (`Шаменковой Н. В.`); the first matching row wins,
* so an ending must come before any shorter ending it contains.
*/
const SURNAME_ENDINGS = [
	["ской", "ская"],
	["цкой", "цкая"],
	["овой", "ова"],
	["евой", "ева"],
	["ёвой", "ёва"],
	["иной", "ина"],
	["ыной", "ына"],
	["ову", "ов"],
	["еву", "ев"],
	["ёву", "ёв"],
	["ину", "ин"],
	["ыну", "ын"],
	["ского", "ский"],
	["скому", "ский"]
];
// dist/parse/ru/names.js
/**
* Person names as Russian documents print them: `Исаева Х.Н.`, `Х. Н. Исаева`,
* `Исаева Ханум Набигуллаевна`, `Х.Исаева`. Finding them is a pattern job;
* turning an oblique case (`Шаменковой Н. В.`) into the nominative uses a
* table of surname endings, which is synchronous and costs nothing at start-up.
* `az` was measured for this and rejected: its `inflect(['nomn'])` of a
* feminine surname returns the masculine lemma (`Шаменковой` → `шаменков`,
* `Васильевой` → `васильев`), its dictionaries load only asynchronously
* (~0.5 s, ~50 MB), and it cannot tell `Лукманову` (accusative, feminine)
* from `Иванову` (dative, masculine) any better than an ending can.
*/
const SURNAME = String.raw`\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?`;
const INITIALS = String.raw`\p{Lu}\.\s?(?:\p{Lu}\.?)?`;
const PATRONYMIC = String.raw`\p{Lu}\p{Ll}+(?:вна|вич|чна|ична|оглы|кызы)`;
/**
* `им. П. И. Бровичева` names a school after someone, so it is not a party.
* A digit may touch the name (`5Аксёнова О.М.`: a family's number printed in
* the same cell).
*/
const NOT_AFTER = String.raw`(?<![\p{L}_])(?<!им\.\s?)(?<!\p{Lu}\.\s?)`;
const END = String.raw`(?![\p{L}\p{N}_])`;
const FULL_NAME = new RegExp(`${NOT_AFTER}(${SURNAME})\\s+(\\p{Lu}\\p{Ll}+)\\s+(${PATRONYMIC})${END}`, "u");
const SURNAME_FIRST = new RegExp(`${NOT_AFTER}(${SURNAME})\\s+(\\p{Lu}\\.\\s?\\p{Lu}\\.?)(?![\\p{L}\\p{N}_])`, "u");
const INITIALS_FIRST = new RegExp(`${NOT_AFTER}(${INITIALS})\\s?(${SURNAME})${END}`, "u");
/** The first person name in `text`, or null. */
function findName(text) {
	const candidates = [];
	const full = FULL_NAME.exec(text);
	if (full?.[1]) candidates.push(make(full[0], full.index, full[1], "start"));
	const first = SURNAME_FIRST.exec(text);
	if (first?.[1]) candidates.push(make(first[0], first.index, first[1], "start"));
	const after = INITIALS_FIRST.exec(text);
	if (after?.[2]) candidates.push(make(after[0], after.index, after[2], "end"));
	candidates.sort((a, b) => a.index - b.index || b.printed.length - a.printed.length);
	return candidates[0] ?? null;
}
function make(printed, index, surname, where) {
	const trimmed = printed.trim();
	const nominative = nominativeSurname(surname);
	const initials = trimmed.slice(surname.length).replace(/(?<=\p{Lu})$/u, ".");
	return {
		printed: trimmed,
		index,
		surname,
		nominative: where === "start" ? nominative + initials : trimmed.slice(0, trimmed.length - surname.length) + nominative
	};
}
const SURNAME_SHAPE = new RegExp(`^${SURNAME}(?<=${SURNAME_NOMINATIVE_ENDINGS.join("|")})$`, "u");
/** A capitalised word with a surname's nominative ending: `Магомедова`, `Алишейхов`; not `Директора`, `УО`. */
function looksLikeSurname(word) {
	return SURNAME_SHAPE.test(word);
}
/** `Шаменковой` → `Шаменкова`, `Иванову` → `Иванов`; unknown endings stay as printed. */
function nominativeSurname(surname) {
	const lower = surname.toLowerCase();
	for (const [oblique, nominative] of SURNAME_ENDINGS) if (lower.endsWith(oblique) && lower.length > oblique.length + 1) return surname.slice(0, surname.length - oblique.length) + nominative;
	return surname;
}
// dist/parse/ru/initials.js
/**
* Names a conversion split from their initials, put back together before a
* «Ответственный» cell is split into parties, so that no party is initials
* alone (issue 4). Seed 004's conversion cut cells into two runs, surnames
* in one and initials in the other:
*
*   `Магомедова Баркаева методисты УО` | `У.К., С.О.`
*     → `Магомедова У.К., Баркаева С.О., методисты УО`
*
* and sometimes repeated a named person's initials in a run of their own,
* taking a word of the position with them:
*
*   `Исаева Х.Н., начальник «Управление образования»` | `Х.Н., МКУ`
*     → `Исаева Х.Н., начальник МКУ «Управление образования»`
*
* The runs reach this parser as lines of one cell (the segmenter joins the
* pieces of a split cell with a line break).
*/
/**
* `У.К.`, `Х. Н.`, `Э.А` (seed 004 drops a dot), but not the `Х.И` of
* `Х.Исаева`. A number is a word of its own even where it touches a surname
* (`5Аксёнова О.М.`).
*/
const TOKEN = /(?<initials>(?<![\p{L}.])\p{Lu}\.\s?\p{Lu}\.?(?!\p{Ll}))|(?<word>\p{L}[\p{L}\p{N}.-]*|\p{N}[\p{N}.-]*)/gu;
const FULL_NAMES = new RegExp(FULL_NAME.source, "gu");
const ABBREVIATION = /^\p{Lu}{2,}$/u;
const CAPITALISED = /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u;
/** Spaces on one line: what lies between a surname and its initials (`Исаева Х.Н.`). */
const SAME_LINE = /^[ \t]+$/;
/** At most one space: between initials and the surname after them (`Х.Н. Исаева`, `Т.В.Васильевой`). */
const TIGHT = /^[ \t]?$/;
/** A quoted name right after a lower-case word: a body named without its legal form (`начальник «Управление образования»`). */
const QUOTE_WITHOUT_FORM = /(?<=\p{Ll}\s)[«"]/u;
function rejoinSplitInitials(text) {
	const tokens = tokenize(text);
	const gap = (a, b) => a && b ? text.slice(a.end, b.index) : null;
	const inFullName = fullNameRanges(text);
	const isSurname = (token) => token?.kind === "word" && looksLikeSurname(token.text) && !inFullName(token.index);
	const isName = (token) => token?.kind === "word" && CAPITALISED.test(token.text);
	const named = /* @__PURE__ */ new Set();
	const bare = [];
	const orphans = [];
	tokens.forEach((token, i) => {
		const before = tokens[i - 1];
		const after = tokens[i + 1];
		if (token.kind === "initials") {
			const afterName = isName(before) && SAME_LINE.test(gap(before, token) ?? "");
			const beforeName = isName(after) && TIGHT.test(gap(token, after) ?? "");
			if (afterName || beforeName) named.add(letters(token.text));
			else orphans.push(token);
		} else if (isSurname(token)) {
			const initialsAfter = after?.kind === "initials" && SAME_LINE.test(gap(token, after) ?? "");
			const initialsBefore = before?.kind === "initials" && TIGHT.test(gap(before, token) ?? "");
			if (!initialsAfter && !initialsBefore) bare.push(token);
		}
	});
	if (orphans.length === 0) return {
		text,
		unpaired: []
	};
	const edits = [];
	const unpaired = [];
	const queue = [...bare];
	for (const orphan of orphans) {
		const surname = queue[0] && queue[0].index < orphan.index ? queue.shift() : void 0;
		edits.push({
			index: orphan.index,
			end: orphan.end,
			text: ""
		});
		if (surname) edits.push({
			index: surname.index,
			end: surname.end,
			text: `${surname.text} ${orphan.text},`
		});
		else if (named.has(letters(orphan.text))) edits.push(...movedPositionWords(text, tokens, orphan));
		else unpaired.push(orphan.text);
	}
	return {
		text: applyEdits(text, edits),
		unpaired
	};
}
function tokenize(text) {
	const tokens = [];
	for (const match of text.matchAll(TOKEN)) {
		const kind = match.groups?.["initials"] !== void 0 ? "initials" : "word";
		tokens.push({
			kind,
			text: match[0],
			index: match.index,
			end: match.index + match[0].length
		});
	}
	return tokens;
}
function fullNameRanges(text) {
	const ranges = [...text.matchAll(FULL_NAMES)].map((match) => [match.index, match.index + match[0].length]);
	return (index) => ranges.some(([start, end]) => index >= start && index < end);
}
const letters = (initials) => initials.replace(/[^\p{Lu}]/gu, "");
/**
* The words after repeated initials on their line (`Х.Н., МКУ`) are a piece
* of the position the conversion moved: an abbreviation the cell already
* holds is dropped, one it lacks goes before the quoted name that has no
* legal form (`начальник «Управление образования»` → `начальник МКУ «…»`).
*/
function movedPositionWords(text, tokens, orphan) {
	const lineEnd = text.indexOf("\n", orphan.end);
	const rest = tokens.filter((token) => token.index > orphan.index && (lineEnd < 0 || token.index < lineEnd));
	if (rest.length === 0 || !rest.every((token) => ABBREVIATION.test(token.text))) return [];
	const elsewhere = text.slice(0, orphan.index);
	const quote = QUOTE_WITHOUT_FORM.exec(elsewhere);
	const edits = [];
	for (const word of rest) {
		const present = new RegExp(`(?<![\\p{L}])${word.text}(?![\\p{L}])`, "u").test(elsewhere);
		if (!present && !quote) continue;
		edits.push({
			index: word.index,
			end: word.end,
			text: ""
		});
		if (!present && quote) edits.push({
			index: quote.index,
			end: quote.index,
			text: `${word.text} `
		});
	}
	return edits;
}
function applyEdits(text, edits) {
	let out = text;
	for (const edit of [...edits].sort((a, b) => b.index - a.index || b.end - a.end)) out = out.slice(0, edit.index) + edit.text + out.slice(edit.end);
	return out;
}
// dist/parse/ru/abbreviations.js
/**
* Abbreviations of an area of work rather than of a body (`Зам. директора по
* УВР (ВР)`, `по АХЧ`, `по ВР, УВР`): they never name the organisation of a
* position, and a list of them in parentheses or after a comma is another
* area of the same post, not another party.
*/
const WORK_AREAS = [
	"УВР",
	"ВР",
	"УР",
	"НМР",
	"МР",
	"АХЧ",
	"АХР",
	"ИКТ",
	"ГИА",
	"ВПР",
	"ОГЭ",
	"ЕГЭ",
	"ФГОС",
	"ОБЖ"
];
// dist/parse/ru/party.js
/** `(далее – образовательные организации)`, `(далее- РМА)`, `(далее – «Дорожная карта»)`. */
const ALIAS_DEFINITION = /\(\s*далее\s*[-–—]?\s*[«"]?([^()«»"]+?)[»"]?\s*\)/giu;
const alternatives = (words) => words.map((word) => word.replace(/\./g, "\\.")).join("|");
/** What may stand before a job noun: an adjective (`Социальный педагог`) or its abbreviation (`ст.воспитатель`, `Соц. педагог`). */
const QUALIFIER = `(?:\\p{L}+(?:${ADJECTIVE_ENDINGS.join("|")})\\s+|(?:${alternatives(POSITION_QUALIFIERS)})\\s*)`;
const POSITION_START = new RegExp(`^${QUALIFIER}?(?:${alternatives(POSITION_STEMS)})`, "iu");
const AREAS = alternatives(WORK_AREAS);
/** `ВР`, `ВР.`, `ВР, УВР`: nothing but areas of work. */
const ONLY_WORK_AREAS = new RegExp(`^\\s*(?:${AREAS})(?:\\s*[,/]\\s*(?:${AREAS}))*\\s*\\.?\\s*$`, "u");
const ENDS_IN_WORK_AREA = new RegExp(`(?<![\\p{L}\\p{N}_])(?:${AREAS})\\s*\\.?$`, "u");
/** Where an organisation's name begins inside a position: an abbreviation or a named body. */
const ORGANIZATION_IN_POSITION = [new RegExp(`(?<![\\p{L}\\p{N}_])(?!(?:${AREAS})(?![\\p{L}\\p{N}_]))\\p{Lu}{2,}[\\s\\S]*$`, "u"), /(?<![\p{L}\p{N}_])(?:отдел|управлени|администраци|центр)[\s\S]*$/u];
function parseParties(cellText, context) {
	const aliases = [];
	const spans = [];
	const warnings = [];
	const rejoined = rejoinSplitInitials(cellText);
	for (const initials of rejoined.unpaired) warnings.push(warning(WARNING_CODES.CONTENT_SKIPPED, `Initials «${initials}» name no one in «${collapseSpace(cellText)}»; left out`, context.source));
	const text = rejoined.text;
	let rest = text;
	for (const match of text.matchAll(ALIAS_DEFINITION)) {
		const defined = splitCell(rest.slice(0, rest.indexOf(match[0]))).map(spanText).filter(isMeaningful);
		pushAll(spans, defined);
		aliases.push({
			alias: collapseSpace(match[1] ?? ""),
			expansion: defined,
			source: context.source
		});
		rest = rest.slice(rest.indexOf(match[0]) + match[0].length);
	}
	pushAll(spans, splitCell(rest).map(spanText).filter(isMeaningful));
	return result({
		parties: classifyAll(spans, context),
		aliases
	}, warnings);
}
/** A span as one line, without the list bullet that may open it (`• Иванов И.И.`). */
function spanText(span) {
	return dropItemBullet(collapseSpace(span));
}
/** A span that holds at least one letter: never a lone punctuation mark or number (`1,2 семья …`). */
function isMeaningful(span) {
	return /\p{L}/u.test(span);
}
/**
* After a closing quote, another quoted name with no comma between them
* (`"А" "Б"`, `МКОУ "А" МКОУ "Б"`, `МКОУ «А» МКОУ «Б»`) starts a new party.
*/
const NEXT_QUOTED_NAME = /^\s+(?:\p{Lu}{2,}[\s-]+)*[«"]/u;
const ENDS_IN_NAME_PREFIX = new RegExp(`(?<![\\p{L}])(?:${NAME_PREFIXES.map((prefix) => prefix.replace(/\./g, "\\.")).join("|")})\\s*$`, "u");
/** What may follow the end of a party: a separator or the end of the cell. */
const SPAN_END = /^[^\S\n]*(?:[,;\n]|$)/u;
/** A capitalised job noun further along the line opens another party (`… по УВР Учителя-предметники`, `Инспектор ОДН Соц. педагог`). */
const NEXT_JOB = new RegExp(`[^\\S\\n]+(${QUALIFIER}?(?:${alternatives(POSITION_NOUN_STEMS)})[\\p{L}-]*)`, "iuy");
/** `воспитатель и воспитатели`: «и» before a job noun joins two parties. */
const AND_JOB = new RegExp(`[^\\S\\n]+и[^\\S\\n]+(${QUALIFIER}?(?:${alternatives(POSITION_NOUN_STEMS)})[\\p{L}-]*)`, "uy");
/** After an area of work's full stop, a job noun opens another party (`по АХЧ. водитель автобуса`, `по ВР.Воспитатели`). */
const JOB_AFTER_STOP = new RegExp(`[^\\S\\n]*${QUALIFIER}?(?:${alternatives(POSITION_NOUN_STEMS)})`, "iuy");
const ENDS_IN_ABBREVIATION = /(?:^|[^\p{L}\p{N}])\p{Lu}{2,}$/u;
const IS_ADJECTIVE = new RegExp(`(?:${ADJECTIVE_FORM_ENDINGS.join("|")})$`, "u");
const CONTINUATION_LINE = new RegExp(`^[^\\S\\n]*(?:${CONTINUATION_WORDS.join("|")})[^\\S\\n]`, "u");
const NAME_PREFIX_LINE = new RegExp(`^[^\\S\\n]*(?:${alternatives(NAME_PREFIXES)})\\s*\\p{Lu}`, "u");
/** One job word and nothing else (`руководители`, `Ответственный`): its body or its area must follow. */
const BARE_JOB = new RegExp(`^${QUALIFIER}?(?:${alternatives(POSITION_STEMS)})[\\p{L}-]*$`, "iu");
const OPENS_WITH_ABBREVIATION = /^[^\S\n]*\p{Lu}{2,}(?!\p{Ll})/u;
/**
* Splits at commas, semicolons and line breaks outside quotes and
* parentheses. Parentheses after a role (`Директора ОО (МКОУ …, МКОУ …)`,
* also with the role on a line of its own) hold a list of organisations, so
* they split too, unless they hold an area of work (`Зам. директора по УВР
* (ВР)`); two quoted names with no comma between them (`"А" "Б"`) are two
* spans. A line break inside one party (a role or a position continued on
* the next line, a position above its holder's name) does not split, and
* a job noun further along a line (`Инспектор ОДН Соц. педагог`) does.
*/
function splitCell(text) {
	const spans = [];
	let depth = 0;
	let guillemets = 0;
	let quoted = false;
	let listInParens = false;
	let current = "";
	const flush = () => {
		spans.push(current);
		current = "";
	};
	for (let i = 0; i < text.length; i += 1) {
		const char = text[i] ?? "";
		const outside = depth === 0 && !quoted && guillemets === 0;
		const owner = current.trim() === "" ? spans[spans.length - 1] ?? "" : current;
		if (char === "(" && outside && POSITION_START.test(collapseSpace(owner)) && !findName(owner) && !holdsWorkAreas(text, i)) {
			listInParens = true;
			flush();
			continue;
		}
		if (char === ")" && listInParens) {
			listInParens = false;
			flush();
			continue;
		}
		if (char === ")" && outside && SPAN_END.test(text.slice(i + 1))) continue;
		if (char === "\n" && outside && current.trim() !== "" && continuesParty(current, nextLine(text, i))) {
			current += " ";
			continue;
		}
		if (char === "\n" && outside && /\p{Lu}{2,}\s*$/u.test(current) && /^\s*[«"]/.test(text.slice(i + 1))) {
			current += " ";
			continue;
		}
		if (char === "\n" && ENDS_IN_NAME_PREFIX.test(current)) {
			current += " ";
			continue;
		}
		if (outside && /[^\S\n]/u.test(char) && current.trim() !== "") {
			const and = startsAt(AND_JOB, text, i);
			const jobWord = and?.[1]?.split(/\s+/u).pop() ?? "";
			if (and && POSITION_START.test(current.trim()) && !IS_ADJECTIVE.test(jobWord)) {
				flush();
				i += and[0].length - (and[1] ?? "").length - 1;
				continue;
			}
			const job = startsAt(NEXT_JOB, text, i);
			const head = job ? text.slice(i + job[0].length - (job[1] ?? "").length, i + job[0].length + 40) : "";
			if (job && !IS_ADJECTIVE.test(job[1]?.split(/\s+/u).pop() ?? "") && opensAnotherJob(current, head)) {
				flush();
				continue;
			}
		}
		if (char === "." && outside && ENDS_IN_ABBREVIATION.test(current.slice(-16)) && startsAt(JOB_AFTER_STOP, text, i + 1)) {
			current += char;
			flush();
			continue;
		}
		if (char === "," && outside && /\d$/u.test(current) && /^[^\S\n]*\d/u.test(text.slice(i + 1, i + 4))) {
			current += char;
			continue;
		}
		if (char === "(") depth += 1;
		else if (char === ")" && depth > 0) depth -= 1;
		else if (char === "«") guillemets += 1;
		else if (char === "»" && guillemets > 0) {
			guillemets -= 1;
			if (guillemets === 0 && depth === 0 && !quoted) {
				current += char;
				if (NEXT_QUOTED_NAME.test(text.slice(i + 1))) flush();
				continue;
			}
		} else if (char === "\"") {
			const opening = !quoted;
			quoted = !quoted;
			if (!opening && depth === 0 && guillemets === 0) {
				current += char;
				if (NEXT_QUOTED_NAME.test(text.slice(i + 1))) flush();
				continue;
			}
		}
		if (depth === 0 && guillemets === 0 && !quoted && (char === "," || char === ";" || char === "\n")) {
			flush();
			continue;
		}
		current += char;
	}
	flush();
	return spans;
}
function startsAt(pattern, text, index) {
	pattern.lastIndex = index;
	return pattern.exec(text);
}
function nextLine(text, newline) {
	const end = text.indexOf("\n", newline + 1);
	return text.slice(newline + 1, end < 0 ? text.length : end);
}
/** `(ВР)`, `(ВР, УВР)` after the `(` at `open`: areas of the same post. */
function holdsWorkAreas(text, open) {
	const close = text.indexOf(")", open);
	return close > open && ONLY_WORK_AREAS.test(text.slice(open + 1, close));
}
/**
* Whether `line` carries on the party of `current` across a line break:
* it opens with a preposition (`за Интернет-безопасность`) or a place or
* eponym (`им. С. Г. Поматилова`); it names the body of a bare job word
* (`руководители` / `РМО`); or it is the name of the one person whose
* position is `current` (`Педагог-психолог` / `Е.С.Мосиенко`).
*/
function continuesParty(current, line) {
	if (CONTINUATION_LINE.test(line)) return true;
	const job = collapseSpace(current);
	if (NAME_PREFIX_LINE.test(line) && !POSITION_START.test(line.trim())) return true;
	if (BARE_JOB.test(job) && OPENS_WITH_ABBREVIATION.test(line) && !findName(line)) return true;
	if (!POSITION_START.test(job) || findName(current) || singularOf(job) !== null) return false;
	const name = findName(line);
	return name !== null && line.slice(0, name.index).trim() === "" && /^[\s.,;]*$/u.test(line.slice(name.index + name.printed.length));
}
/**
* `head` opens with a capitalised job noun after `current` on one line: a
* new party, unless `current` is one word still waiting for its complement
* (`Заместитель Директора`, `Зам. Директора`) or `head` is a surname
* (`Директор Старшинова И.И.`).
*/
function opensAnotherJob(current, head) {
	if (!/^\p{Lu}/u.test(head)) return false;
	if (!/\s/u.test(current.trim())) return false;
	return findName(head)?.index !== 0;
}
function classifyAll(spans, context) {
	const parties = [];
	for (const span of spans) {
		const previous = parties[parties.length - 1];
		if (previous?.position && ONLY_WORK_AREAS.test(span) && ENDS_IN_WORK_AREA.test(previous.position)) {
			previous.text = `${previous.text}, ${span}`;
			previous.position = `${previous.position}, ${span}`;
			continue;
		}
		if (previous?.kind === "person" && previous.position !== null && isPositionOnly(span) && singularOf(span) === null) {
			previous.text = `${previous.text}, ${span}`;
			previous.position = `${previous.position}, ${span}`;
			previous.organization = previous.organization ?? organizationIn(span);
			continue;
		}
		if (previous?.kind === "person" && previous.position === null && isPositionOnly(span)) {
			const plural = singularOf(span);
			const run = personRun(parties);
			if (plural !== null && run.length >= 2) {
				for (const party of run) {
					party.position = plural;
					party.organization = organizationIn(plural);
				}
				continue;
			}
			if (plural !== null) {
				pushAll(parties, classify(span, context));
				continue;
			}
			previous.text = `${previous.text}, ${span}`;
			previous.position = span;
			previous.organization = organizationIn(span);
			continue;
		}
		pushAll(parties, classify(span, context));
	}
	return parties;
}
/** The persons without a position at the end of the list so far. */
function personRun(parties) {
	const run = [];
	for (let i = parties.length - 1; i >= 0; i -= 1) {
		const party = parties[i];
		if (party?.kind !== "person" || party.position !== null) break;
		run.push(party);
	}
	return run;
}
function classify(text, context) {
	const name = findName(text);
	if (name) {
		const end = name.index + name.printed.length;
		const next = findName(text.slice(end));
		if (next && text.slice(end, end + next.index).trim() === "") return [...classify(text.slice(0, end), context), ...classify(text.slice(end + next.index), context)];
		const rest = collapseSpace(text.replace(name.printed, " ").replace(/^[\s,.:;-]+|[\s,:;-]+$/g, ""));
		const position = /\p{L}/u.test(rest) ? rest : null;
		return [{
			text,
			kind: "person",
			name: name.nominative,
			position,
			organization: position ? organizationIn(position) : null,
			resolved: null
		}];
	}
	const surnames = brokenPersonList(text);
	if (surnames) return surnames;
	const key = text.toLowerCase();
	const alias = context.aliases instanceof Map ? context.aliases.get(key) : context.aliases.find((candidate) => candidate.alias.toLowerCase() === key);
	const resolved = alias ? alias.expansion : null;
	if (POSITION_START.test(text) || isRoleWord(text)) return [{
		text,
		kind: "role",
		name: null,
		position: text,
		organization: organizationIn(text),
		resolved
	}];
	return [{
		text,
		kind: "organization",
		name: null,
		position: null,
		organization: text,
		resolved
	}];
}
/**
* Whether `text` opens with a job, a role, a person's name or a body that
* acts for the school (`Администрация`, `Педагогический совет`): the test for
* the leading words of a cell that also holds a deadline.
*/
function opensWithParty(text) {
	const head = collapseSpace(text);
	return POSITION_START.test(head) || isRoleWord(head) || findName(head)?.index === 0 || ACTING_BODY.test(head);
}
const ACTING_BODY = new RegExp(`^(?:${ACTING_BODIES.join("|")})`, "iu");
/** Plural nouns that name a group of people without naming a body. */
const ROLE_WORDS = /^(?:учителя?-предметник|кураторы|педагоги|классные руководители|школы-кураторы|школы-наставники|наставники|эксперты|тьюторы)/iu;
function isRoleWord(text) {
	return ROLE_WORDS.test(text);
}
function isPositionOnly(span) {
	return /^\p{Ll}/u.test(span) && POSITION_START.test(span) && !findName(span);
}
/** `методисты УО` → `методист УО`; null when the position is not a known plural. */
function singularOf(position) {
	const [first, ...rest] = position.split(/\s+/);
	const singular = PLURAL_TO_SINGULAR[(first ?? "").toLowerCase()];
	return singular ? [singular, ...rest].join(" ") : null;
}
/**
* `Магомедова Баркаева методисты УО` (seed 004, a cell broken by the
* extractor): surnames without initials followed by a plural position, or
* `Магомедова Алишейхов Магомедова`: surnames alone, two or more of them.
*/
function brokenPersonList(text) {
	const words = text.split(/\s+/);
	const surnames = words.findIndex((word) => !looksLikeSurname(word));
	const names = surnames < 0 ? words : words.slice(0, surnames);
	const rest = words.slice(names.length).join(" ");
	const position = /^\p{Ll}/u.test(rest) ? singularOf(rest) : null;
	if (names.length === 0 || (rest === "" ? names.length < 2 : position === null)) return null;
	return names.map((name) => ({
		text: name,
		kind: "person",
		name,
		position,
		organization: position ? organizationIn(position) : null,
		resolved: null
	}));
}
/** The body a position names (`зам.начальника МКУ «УО»` → `МКУ «УО»`), or null. */
function organizationIn(position) {
	for (const pattern of ORGANIZATION_IN_POSITION) {
		const match = pattern.exec(position);
		if (match) return collapseSpace(match[0]);
	}
	return null;
}
// dist/segment/caption.js
const NAMES_A_PLAN = /(?<![\p{L}])(?:дорожн\p{L}*\s+карт|план\p{L}*|мероприяти\p{L}*\s+по|контрольн\p{L}*\s+точк|механизм\p{L}*\s+реализации)/iu;
const REFERENCE = /^(?:приложение|пр\.?\s*№|к\s+приказу|утвержден)/iu;
/**
* The title of a plan, which opens with what it is (`План мероприятий …`,
* `Муниципальная дорожная карта …`, `Комплексная программа …`, `Перечень
* мероприятий …`), unlike a sentence that cites one (`В целях реализации
* муниципальной программы …`).
*/
const PLAN_TITLE = /^(?:\p{L}+(?:ый|ий|ой|ая|яя|ое|ее|ые|ие)\s+){0,3}(?:план|дорожн\p{L}*\s+карт|программ|перечень\s+мероприяти|комплекс\s+мер)/iu;
/** An approval block (`УТВЕРЖДАЮ`, `УТВЕРЖДЕН приказом …`), which may name the plan's period. */
const APPROVAL = /^утвержд(?:аю|ен|ена|ено|ены)(?![\p{L}])/iu;
/** How many paragraphs after `УТВЕРЖДАЮ` belong to its block: a position, a name, a date. */
const APPROVAL_PARAGRAPHS = 5;
/** A caption says early what it is: a plan named further into a paragraph is only mentioned. */
const NAMING_CHARS = 80;
/** How far above a table a caption may stand. */
const MAX_PARAGRAPHS_UP = 25;
/** How far above a table a plan's title is looked for: its title page may lie pages before (issue 12). */
const MAX_PARAGRAPHS_TO_TITLE = 400;
/** Where a sentence ends; two initials (`Ведехиной С.В.`) end a name, not a sentence. */
const ENDS_SENTENCE = /[.:;!?]$/u;
const ENDS_WITH_INITIALS = /\p{Lu}\.\s?\p{Lu}\.$/u;
/** A numbered or bulleted line opens an item or a section of its own. */
const OPENS_ITEM$1 = /^(?:\d+(?:\.\d+)*[.)]|[IVXLC]+\.|[-–—•])/u;
/**
* Whether `lower` goes on with the paragraph `upper` above it: it opens in
* lower case (`на 2023-2024 учебный год`), or both are bold lines of a title
* block (`ПЛАН` / `Учебно- воспитательной … работы` / `ГКУ ЦССВ «Сколковский»`)
* and neither ends a sentence above nor opens an item below.
*/
function continues(upper, lower) {
	const lowerText = collapseSpace(lower.text);
	const upperText = collapseSpace(upper.text);
	if (/^\p{Ll}/u.test(lowerText)) return !/[:;]$/u.test(upperText);
	const endsSentence = ENDS_SENTENCE.test(upperText) && !ENDS_WITH_INITIALS.test(upperText);
	return upper.bold && lower.bold && !endsSentence && !OPENS_ITEM$1.test(lowerText);
}
/**
* The groups of paragraphs above a table, nearest first, up to `limit`
* paragraphs; a blank paragraph or a table ends a group, and the first table
* met ends the search unless `acrossTables`.
*/
function groupsBefore(blocks, tableIndex, limit, acrossTables) {
	const groups = [];
	let pending = [];
	const close = () => {
		if (pending.length === 0) return;
		groups.push({
			text: collapseSpace(pending.map((paragraph) => paragraph.text).join(" ")),
			first: pending[0]
		});
		pending = [];
	};
	let seen = 0;
	for (let index = tableIndex - 1; index >= 0 && seen < limit; index -= 1) {
		const block = blocks[index];
		if (block.type === "table") {
			close();
			if (!acrossTables) break;
			continue;
		}
		if (collapseSpace(block.text) === "") {
			if (!/^\p{Ll}/u.test(collapseSpace(pending[0]?.text ?? ""))) close();
			continue;
		}
		seen += 1;
		if (pending.length > 0 && !continues(block, pending[0])) close();
		pending.unshift(block);
	}
	close();
	return groups;
}
function findCaption(blocks, tableIndex) {
	const candidates = groupsBefore(blocks, tableIndex, MAX_PARAGRAPHS_UP, false).filter((group) => !REFERENCE.test(group.text) && !/;$/u.test(group.text));
	const chosen = candidates.find((group) => NAMES_A_PLAN.test(group.text.slice(0, NAMING_CHARS)) && !isClause(group.text)) ?? candidates[0];
	return chosen ? {
		text: chosen.text,
		paragraph: chosen.first
	} : null;
}
/**
* The titles of plans and the approval blocks above a table, nearest first,
* across other tables: where a plan names its period when its caption does
* not (`План мероприятий … на 2016 - 2025 годы` on the title page, the table
* under `Перечень мероприятий …` pages later).
*/
function planTitlesBefore(blocks, tableIndex) {
	const groups = groupsBefore(blocks, tableIndex, MAX_PARAGRAPHS_TO_TITLE, true);
	const titles = [];
	groups.forEach((group, index) => {
		if (PLAN_TITLE.test(group.text) && !isClause(group.text)) titles.push(group.text);
		else if (APPROVAL.test(group.text)) {
			const block = [group.text];
			for (let k = index - 1; k >= 0 && block.length <= APPROVAL_PARAGRAPHS && !PLAN_TITLE.test(groups[k].text); k -= 1) block.push(groups[k].text);
			titles.push(block.join(" "));
		}
	});
	return titles;
}
/**
* A decree clause (`1. Утвердить …`) mentions plans but is not a caption; a
* numbered heading that is a plan's title (`1.1. План работы по всеобучу.`) is.
*/
function isClause(text) {
	const opening = /^\s*(?:\d+(?:\.\d+)*\.|-\s)\s*/u.exec(text);
	return opening !== null && !PLAN_TITLE.test(text.slice(opening[0].length));
}
// dist/segment/columns.js
/**
* Roles for a header row. A role other than `other` is given to its first
* column only; a second `Ответственный` column (a split header) becomes
* `other` and keeps its text in `extra`.
*/
function columnRoles(headers) {
	const named = headers.map(headerRole);
	if (!named.includes("title")) {
		const activity = named.findIndex((role, index) => TITLE_NAMING_ROLES.has(role) && namesActivity(headers[index]));
		if (activity >= 0) named[activity] = "title";
	}
	const taken = /* @__PURE__ */ new Set();
	return named.map((role) => {
		if (role === "other" || taken.has(role)) return "other";
		taken.add(role);
		return role;
	});
}
/**
* Roles a header may have lost to its first word while it names the activity
* further in (`Форма мероприятия`, `Вид мероприятия`): where no column opens
* with a title word, such a header is the title column.
*/
const TITLE_NAMING_ROLES = /* @__PURE__ */ new Set([
	"reportForm",
	"expectedResult",
	"other"
]);
function namesActivity(header) {
	return headerStems(header).some((stem) => ACTIVITY_STEMS.has(stem));
}
/** A header names a plan of activities when it has a title or number column and a deadline column. */
function isRoadmapHeader(roles) {
	return roles.includes("deadline") && (roles.includes("title") || roles.includes("number"));
}
/** Enough header words to call a row a header at all. */
function looksLikeHeader(headers) {
	return columnRoles(headers).filter((role) => role !== "other").length >= 2;
}
/** The header names a venue, so a date column under it holds where as well as when. */
function namesVenue(header) {
	return VENUE_WORD.test(header);
}
// dist/assemble/shared-cell.js
/**
* One cell for who and when («Директор, 2014 год», «Зам директора в течение
* года») in a table that has a column for only one of them: the plan of
* dshi5-yoshkar-ola-razvitie-2013 heads its second column «Сроки реализации»
* and prints the responsible persons before the deadline in it.
*/
/**
* Words that open a deadline but that the deadline reader does not need to
* read one (`до 01.09.2014` and `01.09.2014` are both deadlines): the
* shortest tail takes them back from the parties.
*/
const DEADLINE_OPENERS = /* @__PURE__ */ new Set([
	"до",
	"не",
	"позднее",
	"позже",
	"с",
	"со",
	"по",
	"к",
	"начиная",
	"от"
]);
/** Longer cells are prose, not a party and a date. */
const MAX_WORDS = 16;
/**
* The parties that open `text` and the deadline that ends it, or null when
* the cell does not open with a party. The deadline is the shortest tail
* that `isDeadline` reads (`2014 год`, not `Директор, 2014 год`, which a
* lenient deadline reader also accepts); what comes before it must be
* parties and no deadline itself (`Январь 2015 г.`).
*/
function splitPartiesAndDeadline(text, isDeadline) {
	const words = [...text.matchAll(/\S+/gu)];
	if (words.length === 0 || words.length > MAX_WORDS) return null;
	for (let k = words.length - 1; k >= 1; k -= 1) {
		if (!isDeadline(text.slice(words[k]?.index ?? 0))) continue;
		let first = k;
		while (first > 1 && DEADLINE_OPENERS.has(words[first - 1]?.[0] ?? "")) first -= 1;
		const start = words[first]?.index ?? 0;
		const tail = text.slice(start);
		const head = text.slice(0, start).replace(/[\s,;:–—-]+$/u, "");
		return head !== "" && opensWithParty(head) && !isDeadline(head) ? {
			parties: head,
			deadline: collapseSpace(tail)
		} : null;
	}
	return opensWithParty(text) && !isDeadline(text) ? {
		parties: text,
		deadline: ""
	} : null;
}
// dist/assemble/venue.js
/**
* A column that holds where and when in one cell: «Место и сроки
* проведения», «Дата и место проведения» (events plans, issue 12):
* `Стадион «Труд», 15 мая`, `Актовый зал` over `15.10.2024`. The cell's
* lines, and within a line its comma- or semicolon-separated pieces, are
* each a date or a venue: a piece the deadline parser recognises is a date,
* and a bare day number (`12, 13 ноября`) goes with the dates; the rest is
* the venue.
*/
const PIECE_SEPARATOR = /\s*[,;]\s*/u;
const BARE_DAY = /^\d{1,2}$/u;
function splitVenueAndDate(text) {
	const dateLines = [];
	const venueLines = [];
	for (const line of text.split("\n")) {
		const pieces = line.trim().split(PIECE_SEPARATOR).filter((piece) => piece !== "");
		if (pieces.length === 0) continue;
		const dates = pieces.filter((piece) => BARE_DAY.test(piece) || readsAsDeadline(piece));
		const venues = pieces.filter((piece) => !dates.includes(piece));
		if (dates.length > 0) dateLines.push(dates.join(", "));
		if (venues.length > 0) venueLines.push(venues.join(", "));
	}
	return {
		date: dateLines.join("\n"),
		venue: venueLines.join("\n")
	};
}
// dist/assemble/index.js
function assembleDocument(input) {
	const warnings = [...input.layout.warnings, ...input.segmented.warnings];
	const aliases = new AliasBook(input.decree.aliases);
	const roadmaps = input.segmented.roadmaps.map((segmented) => assembleRoadmap(segmented, roadmapPeriod(segmented, input), aliases, warnings));
	if (roadmaps.length === 0) warnings.push(noRoadmapWarning(input.layout));
	return {
		schemaVersion: "1.1",
		source: input.source,
		decree: input.decree.decree,
		roadmaps,
		aliases: aliases.all(),
		warnings
	};
}
/** NO_ROADMAP, saying whether there were tables at all: each one that looks like a plan has a TABLE_UNMAPPED of its own. */
function noRoadmapWarning(layout) {
	const tables = layout.blocks.filter((block) => block.type === "table").length;
	const why = tables === 0 ? "it has no tables" : `none of its ${tables} table${tables === 1 ? "" : "s"} has a header naming activities and deadlines`;
	return warning(WARNING_CODES.NO_ROADMAP, `The document holds no table of activities: ${why}`);
}
/**
* The period the roadmap names, else the decree's: its caption's, else the
* nearest plan title's or approval block's above the table (a title page
* pages before the table, issue 12), else the decree title's, else the
* decree's year, else `--year`.
*/
function roadmapPeriod(segmented, input) {
	const decree = input.decree.decree;
	const fromText = segmented.caption && findPeriod(segmented.caption) || planTitlePeriod(segmented, input.layout) || decree.title && findPeriod(decree.title);
	if (fromText) return fromText;
	if (decree.date) return yearPeriod(Number(decree.date.slice(0, 4)));
	return input.fallbackYear === null ? null : yearPeriod(input.fallbackYear);
}
function planTitlePeriod(segmented, layout) {
	const { page, line } = segmented.source;
	const tableIndex = layout.blocks.findIndex((block) => block.type === "table" && block.rows.some((row) => row.source.page === page && row.source.line === line));
	if (tableIndex < 0) return null;
	for (const title of planTitlesBefore(layout.blocks, tableIndex)) {
		const period = findPeriod(title);
		if (period) return period;
	}
	return null;
}
function assembleRoadmap(segmented, period, aliases, warnings) {
	const venueHeader = segmented.columns.find((column) => column.role === "deadline" && namesVenue(column.header))?.header ?? null;
	return {
		title: segmented.caption,
		period,
		columns: segmented.columns,
		sections: segmented.sections,
		activities: segmented.activities.map((activity) => assembleActivity(withSharedCellApart(venueHeader === null ? activity : withVenueApart(activity, venueHeader), period), period, aliases, warnings)),
		source: segmented.source
	};
}
/** A «Место и сроки проведения» cell: its date part is the deadline, its venue part an `extra` under the column's header. */
function withVenueApart(row, header) {
	const { date, venue } = splitVenueAndDate(row.cells.deadline ?? "");
	return {
		...row,
		cells: {
			...row.cells,
			deadline: date
		},
		extra: {
			...row.extra,
			[header]: venue
		}
	};
}
/**
* A table with a deadline column and no responsible column whose deadline
* cell names who and when («Директор, 2014 год»): the parties go to the
* responsible, the rest to the deadline. (A plan with no deadline column is
* not read as a roadmap, so the other way round does not arise.)
*/
function withSharedCellApart(row, period) {
	const { deadline, responsible } = row.cells;
	if (deadline === void 0 || responsible !== void 0) return row;
	const isDeadline = (text) => parseDeadline(text, {
		period,
		sectionTitle: row.heading,
		anchorDate: null,
		source: row.source
	}).value.kind !== "unspecified";
	const split = splitPartiesAndDeadline(deadline, isDeadline);
	return split === null ? row : {
		...row,
		cells: {
			...row.cells,
			deadline: split.deadline,
			responsible: split.parties
		}
	};
}
function assembleActivity(row, period, aliases, warnings) {
	const label = row.number ?? `at line ${row.source.line}`;
	const deadline = parseDeadline(row.cells.deadline ?? "", {
		period,
		sectionTitle: row.heading,
		anchorDate: null,
		source: row.source
	});
	pushAll(warnings, deadline.warnings);
	if (row.cells.deadline !== void 0 && deadline.value.text === "") warnings.push(warning(WARNING_CODES.MISSING_DEADLINE, `Activity ${label} has no deadline`, row.source));
	const responsible = parties(row.cells.responsible, row, aliases, warnings);
	if (row.cells.responsible !== void 0 && responsible.length === 0) warnings.push(warning(WARNING_CODES.MISSING_RESPONSIBLE, `Activity ${label} has no responsible party`, row.source));
	return {
		number: row.number,
		section: row.section,
		sectionTitle: row.sectionTitle === null ? null : flattenCellText(row.sectionTitle),
		title: flattenCellText(row.cells.title ?? ""),
		responsible,
		coExecutors: parties(row.cells.coExecutors, row, aliases, warnings),
		deadline: deadline.value,
		expectedResult: optionalText(row.cells.expectedResult),
		reportForm: optionalText(row.cells.reportForm),
		extra: Object.fromEntries(Object.entries(row.extra).map(([header, text]) => [header, flattenCellText(text)])),
		source: row.source
	};
}
function parties(cellText, row, aliases, warnings) {
	if (cellText === void 0 || cellText.trim() === "") return [];
	const parsed = parseParties(cellText, {
		aliases: aliases.index(),
		source: row.source
	});
	pushAll(warnings, parsed.warnings);
	aliases.add(parsed.value.aliases);
	return parsed.value.parties.map((party) => aliases.resolve(party));
}
function optionalText(text) {
	if (text === void 0) return null;
	const flat = flattenCellText(text);
	return flat === "" ? null : flat;
}
/** The document's aliases in the order they were defined, first definition wins. */
var AliasBook = class {
	byName = /* @__PURE__ */ new Map();
	constructor(initial) {
		this.add(initial);
	}
	add(aliases) {
		for (const alias of aliases) {
			const key = alias.alias.toLowerCase();
			if (!this.byName.has(key)) this.byName.set(key, alias);
		}
	}
	all() {
		return [...this.byName.values()];
	}
	/**
	* The aliases by lower-case name, first definition first, for parseParties:
	* handing it all() per cell made a plan whose every row defines an alias
	* quadratic, 5,000 such rows 4 s (issue 8).
	*/
	index() {
		return this.byName;
	}
	/** A party that is exactly an alias the document defines gets what the alias stands for. */
	resolve(party) {
		if (party.resolved !== null) return party;
		const alias = this.byName.get(party.text.toLowerCase());
		return alias ? {
			...party,
			resolved: alias.expansion
		} : party;
	}
};
// dist/parse/ru/decree.js
const KIND = /^(?:п\s*р\s*и\s*к\s*а\s*з|п\s*о\s*с\s*т\s*а\s*н\s*о\s*в\s*л\s*е\s*н\s*и\s*е|р\s*а\s*с\s*п\s*о\s*р\s*я\s*ж\s*е\s*н\s*и\s*е)$/iu;
const NUMERIC_DATE = /(?<![\p{N}])(?<day>\d{1,2})\.(?<month>\d{1,2})\.(?<year>(?:19|20)\d\d)(?![\p{N}])/u;
const WORDED_DATE = /(?<![\p{N}])«?(?<day>\d{1,2})»?\s+(?<month>[\p{L}]+)\s+(?<year>(?:19|20)\d\d)(?![\p{N}])/u;
const NUMBER = /№\s*(?<number>[\p{N}][\p{L}\p{N}/\-.]*)/u;
const PLACE = /^(?:г\.|с\.|пос\.|п\.|ст\.|пгт\.?|ст-ца)\s*\p{Lu}[\p{L}\- ]*$/u;
const TITLE = /^(?:О|Об|Обо)\s/u;
/** The operative word after which the numbered orders begin. */
const OPERATIVE_WORD = "п\\s*р\\s*и\\s*к\\s*а\\s*з\\s*ы\\s*в\\s*а\\s*ю|п\\s*о\\s*с\\s*т\\s*а\\s*н\\s*о\\s*в\\s*л\\s*я\\s*ю|о\\s*б\\s*я\\s*з\\s*ы\\s*в\\s*а\\s*ю|р\\s*е\\s*ш\\s*и\\s*л";
const OPERATIVE = new RegExp(`^(?:${OPERATIVE_WORD})\\s*:?\\s*$`, "iu");
/**
* The operative word closing the preamble's last line, as many decrees print
* it (`… в соответствии с требованиями ФГОС ПРИКАЗЫВАЮ:`, seed 003; `…,
* п р и к а з ы в а ю:`); the colon tells it from the verb inside a sentence.
*/
const OPERATIVE_AT_END = new RegExp(`^(?<before>.*?[\\p{L}\\p{N}»").,;])\\s+(?<operative>(?:${OPERATIVE_WORD})\\s*:)\\s*$`, "iu");
/**
* How a preamble opens (`В соответствии с …`, `В целях …`, `На основании …`):
* the line after a decree's title that is not the title's next line.
*/
const PREAMBLE = /^(?:В\s+(?:соответствии|целях|связи|рамках|порядке|ходе|свете|исполнение)|Во\s+исполнение|На\s+основании|С\s+целью|Согласно|Руководствуясь|Рассмотрев|Учитывая|Заслушав|По\s+(?:результатам|итогам)|Для\s)/u;
/**
* A line of print at most: a title a PDF or a Word file sets one paragraph a
* line (seed 000's PDF) has pieces no longer; a longer one is a paragraph of its own.
*/
const PRINTED_LINE_CHARS = 100;
/** The longest title read: the seeds' longest is 247 characters (seed 001). */
const MAX_TITLE_CHARS = 600;
/** A clause: `1.`, `3.1.`, `- 3.1.`. */
const CLAUSE = /^\s*(?:[-–—]\s*)?(?<number>\d{1,2}(?:\.\d{1,2})*)\.?\s+(?<text>\S[\s\S]*)$/u;
/** The first line of a signature block: the signer's position. */
const SIGNATURE_POSITION = /^(?:И\.\s?о\.|Врио|Начальник|Заведующ|Директор|Глава|Руководитель|Председатель|Министр|Заместитель|Исполняющ)/u;
const NAME = "(?:\\p{Lu}\\.\\s?(?:\\p{Lu}\\.\\s?)?\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?|\\p{Lu}\\p{Ll}+\\s+\\p{Lu}\\.\\s?\\p{Lu}?\\.?)";
/** A signer's name alone on its line: `Л. М. Зарубина`, `Т.А.Долинина.`, `Х.Исаева`, `Исаева Х.Н.`. */
const SIGNATURE_NAME = new RegExp(`^${NAME}\\.?$`, "u");
/** A signer's name at the end of the position's line, as Word decrees set it with a tab: `Директор школы Х.У.Диданова`. */
const SIGNATURE_NAME_AT_END = new RegExp(`^(?<position>.+?)\\s+(?<name>${NAME})\\.?$`, "u");
/** Genitive first word of a signer's position's body → the body's name (`отдела образования` → `Отдел образования`). */
const BODY_NOMINATIVE = {
	отдела: "Отдел",
	управления: "Управление",
	администрации: "Администрация",
	комитета: "Комитет",
	министерства: "Министерство",
	департамента: "Департамент",
	мку: "МКУ"
};
/** The plural dative that opens an order (`Руководителям …`) → one such person. */
const DATIVE_ROLES = {
	руководителям: "руководитель",
	директорам: "директор",
	заведующим: "заведующий",
	заместителям: "заместитель",
	методистам: "методист",
	специалистам: "специалист"
};
/** Words that end a deadline phrase in an order (`в срок до 29 декабря 2023 года`). */
/**
* A deadline in a clause: `в срок до 29 декабря 2023 года`, `до 28.12.`, `до 27.12. 2021 г.`, and (issue 16)
* a span counted from an event, `в течение 10 рабочих дней со дня подписания настоящего приказа`.
*/
const DEADLINE_PHRASE = /(?:в\s+срок\s+)?(?:до|не\s+позднее)\s+(?:\d{1,2}\.\d{1,2}(?:\.(?:\s?(?:19|20)\d\d|\d\d(?!\d))?)?|«?\d{1,2}»?\s+\p{L}+(?:\s+(?:19|20)\d\d)?)(?:\s*(?:года|г\.|г)(?![\p{L}]))?|в\s+течение\s+(?:[\d\p{L}]+\s+)?(?:(?:рабочих|календарных)\s+)?(?:дн|недел|месяц)\p{L}*(?:\s+(?:со\s+дня|с\s+момента|с\s+даты|после)(?:\s+\p{L}+){1,3})?/giu;
/** Where an addressee with no verb after it ends: its purpose (`по реализации …`) or the clause's first item. */
const NO_VERB_HEAD_END = /;|\s(?:по|для|в\s+целях)\s/u;
/** A plural dative role followed by named bodies, the first with its legal form: `Руководителям ОО МОУ "А", "Б"`. */
const ROLE_THEN_BODIES = /^(?<role>\p{Lu}\p{Ll}+(?:ям|ам)(?:\s+\p{Ll}+)*)\s+(?<bodies>\p{Lu}{2,}\s*["«][\s\S]*)$/u;
/** Letters of abbreviation aliases skip these words (`школам с низкими …` → ШНОР). */
const LINK_WORDS = /* @__PURE__ */ new Set([
	"с",
	"в",
	"во",
	"на",
	"по",
	"и",
	"для",
	"к",
	"о",
	"об",
	"из"
]);
function parseDecree(layout) {
	const lines = toLines(layout);
	const warnings = [];
	const kindIndex = lines.findIndex((line, index) => index < 40 && KIND.test(line.text));
	const operativeIndex = lines.findIndex((line) => OPERATIVE.test(line.text));
	const headerEnd = operativeIndex >= 0 ? operativeIndex : Math.min(lines.length, 30);
	const afterKind = lines.slice(kindIndex + 1, headerEnd);
	const titleLine = afterKind.find((line) => TITLE.test(line.text));
	const title = titleLine ? readTitle(afterKind, afterKind.indexOf(titleLine)) : null;
	const requisites = titleLine ? afterKind.slice(0, afterKind.indexOf(titleLine)) : afterKind.slice(0, 8);
	const bodyStart = operativeIndex >= 0 ? operativeIndex + 1 : headerEnd;
	const signatureIndex = findSignature(lines, bodyStart);
	const signatory = signatureIndex >= 0 ? readSignatory(lines, signatureIndex) : null;
	const letterhead = kindIndex > 0 ? lines.slice(0, kindIndex).map((line) => line.text).filter(isLetterhead) : [];
	const authority = letterhead.length > 0 ? collapseSpace(letterhead.join(" ")) : authorityFromSignature(signatory?.position ?? null);
	const date = findDate(requisites.map((line) => line.text));
	const orders = readOrders(operativeIndex >= 0 ? lines.slice(bodyStart, signatureIndex >= 0 ? signatureIndex : lines.length) : [], date, warnings);
	const decree = {
		kind: kindIndex >= 0 ? (lines[kindIndex]?.text ?? "").replace(/\s+/g, "").toLowerCase() : null,
		authority,
		date,
		number: findNumber(requisites.map((line) => line.text)),
		place: findPlace(requisites.map((line) => line.text)),
		title,
		signatory,
		orders
	};
	return result({
		decree,
		aliases: findAliases(lines)
	}, warnings);
}
/**
* Word decrees set date, place and number in one row of a borderless table
* (`15.05.2024 | г. Орёл | № 17-р`); a table this short is read as lines, a
* cell each, one paragraph a row. A roadmap is never this short.
*/
const REQUISITES_TABLE_MAX_ROWS = 2;
function toLines(layout) {
	const lines = [];
	let paragraph = 0;
	for (const block of layout.blocks) {
		if (block.type === "table") {
			if (block.rows.length > REQUISITES_TABLE_MAX_ROWS) continue;
			for (const row of block.rows) {
				paragraph += 1;
				for (const cell of row.cells) {
					const text = collapseSpace(cell.text.replace(/\*\*/g, ""));
					if (text) lines.push({
						text,
						paragraph,
						source: cell.source ?? row.source
					});
				}
			}
			continue;
		}
		paragraph += 1;
		block.text.split("\n").forEach((raw, offset) => {
			const text = collapseSpace(raw.replace(/\*\*/g, ""));
			const source = {
				page: block.source.page,
				line: block.source.line + offset
			};
			const operative = text.endsWith(":") ? OPERATIVE_AT_END.exec(text)?.groups : void 0;
			if (operative) lines.push({
				text: operative.before,
				paragraph,
				source
			}, {
				text: operative.operative,
				paragraph,
				source
			});
			else if (text) lines.push({
				text,
				paragraph,
				source
			});
		});
	}
	return lines;
}
/**
* The title: its paragraph, and the paragraphs after it that go on with it —
* one that opens in lower case, or, when the title is set one printed line a
* paragraph, a next short line that opens neither the preamble nor another
* requisite (PDF of seed 000: `О проведении мониторинга реализации` /
* `Плана мероприятий («дорожной карты»)` / …).
*/
function readTitle(header, start) {
	const first = header[start];
	const pieces = header.filter((line) => line.paragraph === first.paragraph && line.source.line >= first.source.line).map((line) => line.text);
	let lineByLine = pieces.every((text) => text.length <= PRINTED_LINE_CHARS);
	let next = header.findIndex((line, index) => index > start && line.paragraph !== first.paragraph);
	while (next >= 0) {
		const paragraph = header[next].paragraph;
		const rest = header.slice(next).findIndex((line) => line.paragraph !== paragraph);
		const lines = header.slice(next, rest < 0 ? header.length : next + rest);
		const text = collapseSpace(lines.map((line) => line.text).join(" "));
		const title = collapseSpace(pieces.join(" "));
		if (!(/^\p{Ll}/u.test(text) || lineByLine && text.length <= PRINTED_LINE_CHARS) || isOtherRequisite(text) || /[.!?]$/u.test(title) || title.length + text.length > MAX_TITLE_CHARS) break;
		pieces.push(text);
		lineByLine = lineByLine && text.length <= PRINTED_LINE_CHARS;
		next = rest < 0 ? -1 : next + rest;
	}
	return collapseSpace(pieces.join(" "));
}
/** A line that is not a title's next line: the preamble, a place, a number, a date, a clause, the kind. */
function isOtherRequisite(text) {
	return PREAMBLE.test(text) || PLACE.test(text) || /^№/u.test(text) || findDate([text]) !== null || CLAUSE.test(text) || KIND.test(text) || OPERATIVE.test(text);
}
/** `г. Пролетарск` on its own line, or after the number on the same line (`№ 25 г. Ипатово`, PDF of seed 003). */
function findPlace(lines) {
	for (const line of lines) {
		const place = line.replace(/^№\s*\S+\s+/u, "");
		if (PLACE.test(place)) return place;
	}
	return null;
}
/** Letterhead lines name the body; address, phone and registry numbers do not. */
function isLetterhead(text) {
	return !/\d{3}|ОГРН|ИНН|тел\.|e-mail|@/iu.test(text);
}
function findSignature(lines, from) {
	for (let i = from; i < lines.length; i += 1) {
		const text = lines[i]?.text ?? "";
		if (CLAUSE.test(text)) continue;
		if (SIGNATURE_POSITION.test(text)) return i;
		if (SIGNATURE_NAME.test(text)) return i;
	}
	return -1;
}
function readSignatory(lines, start) {
	const position = [];
	const signatory = (name) => ({
		name: name.replace(/\.$/, ""),
		position: position.length > 0 ? collapseSpace(position.join(" ")).replace(/:$/, "") : null
	});
	for (let i = start; i < Math.min(lines.length, start + 8); i += 1) {
		const text = lines[i]?.text ?? "";
		if (SIGNATURE_NAME.test(text)) return signatory(text);
		const atEnd = SIGNATURE_NAME_AT_END.exec(text)?.groups;
		if (atEnd) {
			position.push(atEnd.position);
			return signatory(atEnd.name);
		}
		position.push(text);
	}
	return null;
}
/** `Начальник отдела образования АМО «Беломорский …»` → `Отдел образования АМО «Беломорский …»`. */
function authorityFromSignature(position) {
	if (!position) return null;
	const words = position.split(" ");
	const index = words.findIndex((word) => BODY_NOMINATIVE[word.toLowerCase()] !== void 0);
	if (index < 0) return null;
	return [BODY_NOMINATIVE[(words[index] ?? "").toLowerCase()] ?? "", ...words.slice(index + 1)].join(" ");
}
function readOrders(lines, decreeDate, warnings) {
	const orders = [];
	for (const line of lines) {
		const clause = CLAUSE.exec(line.text)?.groups;
		const current = orders[orders.length - 1];
		if (clause?.number && clause.text) orders.push({
			number: clause.number,
			text: clause.text,
			responsible: [],
			deadline: null,
			source: line.source
		});
		else if (current) current.text = `${current.text} ${line.text}`;
	}
	const seen = /* @__PURE__ */ new Set();
	let top = null;
	for (const order of orders) {
		const number = order.number ?? "";
		const parent = number.split(".")[0] ?? "";
		if (!number.includes(".")) top = number;
		if (seen.has(number) || number.includes(".") && parent !== top) warnings.push(warning("ORDER_NUMBERING", `Clause ${number} repeats or lies outside clause ${top ?? "?"}; kept as printed.`, order.source));
		seen.add(number);
		order.responsible = addressees(order.text, order.source);
		const deadline = deadlineOf(order.text, decreeDate, order.source);
		order.deadline = deadline?.value ?? null;
		warnings.push(...deadline?.warnings ?? []);
	}
	return orders;
}
/** The words before the clause's first verb in the infinitive, when they are in the dative. */
function addressees(text, source) {
	const words = text.split(" ");
	const verb = words.findIndex((word) => /^\p{Ll}+(?:ть|ться)$/u.test(word) && !/(?:ость|асть|есть|еть)$/u.test(word));
	const upToVerb = verb >= 0 ? words.slice(0, verb).join(" ") : text.split(NO_VERB_HEAD_END)[0] ?? "";
	const colon = upToVerb.lastIndexOf(":");
	const head = (colon >= 0 ? upToVerb.slice(0, colon) : upToVerb).replace(/\s+в\s+срок\s+до\s[\s\S]*$/u, "").replace(/[\s,:;]+$/, "");
	const first = (words[0] ?? "").replace(/[,:;]$/, "");
	const second = (words[1] ?? "").replace(/[,:;]$/, "");
	const dative = /(?:ам|ям|ому|ему|ой|ей|у|ю)$/u.test(first) || /(?:ым|им)$/u.test(first) && /(?:ам|ям)$/u.test(second);
	if (!head || !dative || head.length > 1e3) return [];
	const parties = [];
	const role = DATIVE_ROLES[(words[0] ?? "").toLowerCase().replace(/[,:;]$/, "")] ?? null;
	let offset = 0;
	let name = findName(head);
	while (name) {
		const at = offset + name.index;
		const before = head.slice(0, at);
		const open = before.lastIndexOf("(");
		const inParens = open > before.lastIndexOf(")");
		let position;
		let organization;
		if (inParens) {
			const inside = collapseSpace(before.slice(open + 1).replace(/^.*,/s, ""));
			const owner = collapseSpace(before.slice(0, open).replace(/^.*[,)]/s, "").replace(/^[\s:]+/, "")).replace(/^\p{Lu}\p{Ll}+(?:ям|ам)\s+/u, "").replace(/^\p{Lu}{2,}:\s*/u, "");
			position = inside || role;
			organization = owner || null;
		} else {
			position = collapseSpace(before.replace(/^.*[,)]/s, "")) || null;
			organization = position ? organizationIn(position) : null;
		}
		parties.push({
			text: name.printed,
			kind: "person",
			name: name.nominative,
			position,
			organization,
			resolved: null
		});
		offset = at + name.printed.length;
		name = findName(head.slice(offset));
	}
	if (parties.length > 0) return parties;
	const list = ROLE_THEN_BODIES.exec(head)?.groups;
	const spans = list ? [list["role"], list["bodies"]] : [head];
	const merged = [];
	for (const party of spans.flatMap((span) => parseParties(span, {
		aliases: [],
		source
	}).value.parties)) {
		const previous = merged[merged.length - 1];
		if (previous && /^\p{Ll}/u.test(party.text) && party.kind === "organization") {
			previous.text = `${previous.text}, ${party.text}`;
			continue;
		}
		merged.push({
			...party,
			name: party.name ? nominativeSurname(party.name) : null
		});
	}
	return merged;
}
function deadlineOf(text, decreeDate, source) {
	const phrases = [...text.matchAll(DEADLINE_PHRASE)].map((match) => collapseSpace(match[0]));
	if (phrases.length === 0) return null;
	const year = decreeDate ? Number(decreeDate.slice(0, 4)) : null;
	return parseDeadline(phrases.join(", "), {
		period: year ? yearPeriod(year) : null,
		sectionTitle: null,
		anchorDate: decreeDate,
		source
	});
}
/**
* How far before `(далее – …)` the thing it names is looked for. The longest
* in the seeds is a plan's full title of about 180 characters (seed 003);
* reading the whole line instead made a 1 MB one-line file take 44 s, as
* each of its thousands of definitions re-split everything before it (issue 8).
*/
const ALIAS_CONTEXT_CHARS = 1e3;
/**
* `(далее – Мониторинг)` in the decree's text and in the captions of its
* appendices, read per paragraph: seed 000's caption breaks its definition
* over two lines (`(далее –` / `дорожная карта)`).
*/
function findAliases(lines) {
	const aliases = [];
	for (const paragraph of paragraphsOf(lines)) {
		const text = paragraph.map((line) => line.text).join(" ");
		let lineIndex = 0;
		let lineEnd = paragraph[0].text.length + 1;
		for (const match of text.matchAll(ALIAS_DEFINITION)) {
			const alias = collapseSpace(match[1] ?? "");
			const end = match.index;
			while (lineEnd <= end && lineIndex < paragraph.length - 1) {
				lineIndex += 1;
				lineEnd += paragraph[lineIndex].text.length + 1;
			}
			const line = paragraph[lineIndex];
			const start = Math.max(0, end - ALIAS_CONTEXT_CHARS);
			const before = start === 0 ? text.slice(0, end) : text.slice(start, end).replace(/^\S*\s?/u, "");
			aliases.push({
				alias,
				expansion: [expansionOf(alias, before)],
				source: line.source
			});
		}
	}
	return aliases;
}
/**
* A paragraph left inside an open parenthesis goes on in the next one: a PDF
* sets a centred caption's last line apart (`… (далее –` / `дорожная карта) на
* 2023 год`, seed 000). A stray `(` joins at most this many paragraphs.
*/
const MAX_PARAGRAPHS_IN_PARENTHESES = 3;
function paragraphsOf(lines) {
	const paragraphs = [];
	let open = 0;
	let joined = 0;
	for (const line of lines) {
		const last = paragraphs[paragraphs.length - 1];
		const lastLine = last?.[last.length - 1];
		if (last && lastLine.paragraph === line.paragraph) last.push(line);
		else if (last && open > 0 && joined < MAX_PARAGRAPHS_IN_PARENTHESES) {
			joined += 1;
			last.push(line);
		} else {
			paragraphs.push([line]);
			open = 0;
			joined = 0;
		}
		for (const char of line.text) if (char === "(") open += 1;
		else if (char === ")" && open > 0) open -= 1;
	}
	return paragraphs;
}
/**
* What an alias stands for: for an abbreviation, the words whose initials
* spell it (`школам с низкими образовательными результатами` → ШНОР); else
* the text from the last word that shares the alias's stem.
*/
function expansionOf(alias, before) {
	const words = before.trim().replace(/[\s(]+$/, "").split(/\s+/);
	const clean = (from) => words.slice(from).join(" ").replace(/^[«"(]+/u, "");
	if (/^\p{Lu}{2,}$/u.test(alias)) {
		let letters = alias.toLowerCase();
		let start = words.length;
		for (let i = words.length - 1; i >= 0 && letters.length > 0; i -= 1) {
			const word = (words[i] ?? "").toLowerCase().replace(/^[«"(]+/, "");
			if (LINK_WORDS.has(word) && start < words.length) continue;
			if (word.startsWith(letters.slice(-1))) {
				letters = letters.slice(0, -1);
				start = i;
			} else if (start < words.length) break;
		}
		if (letters.length === 0) return words.slice(start).join(" ");
	}
	const stem = alias.toLowerCase().slice(0, 5);
	for (let i = words.length - 1; i >= 0; i -= 1) {
		const word = (words[i] ?? "").toLowerCase();
		if (!word.replace(/^[«"(]+/, "").startsWith(stem)) continue;
		if (word.startsWith("(")) {
			for (let j = i - 1; j >= 0; j -= 1) if (/^\p{Lu}/u.test(words[j] ?? "")) return clean(j);
		}
		return clean(i);
	}
	return words.slice(-6).join(" ");
}
function findDate(lines) {
	for (const line of lines) {
		const numeric = NUMERIC_DATE.exec(line)?.groups;
		if (numeric) return isoDate(Number(numeric.year), Number(numeric.month), Number(numeric.day));
		const worded = WORDED_DATE.exec(line)?.groups;
		const month = worded ? monthNumber(worded.month ?? "") : null;
		if (worded && month) return isoDate(Number(worded.year), month, Number(worded.day));
	}
	return null;
}
function findNumber(lines) {
	for (const line of lines) {
		const number = NUMBER.exec(line)?.groups?.number;
		if (number) return number.replace(/\.$/, "");
	}
	return null;
}
function isoDate(year, month, day) {
	const date = new Date(Date.UTC(year, month - 1, day));
	if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
	return date.toISOString().slice(0, 10);
}
// dist/layout/grid.js
function expandMergedCells(table) {
	if (!table.rows.some((row) => row.cells.some((c) => c.colSpan > 1 || c.rowSpan > 1))) return table;
	const pending = [];
	const rows = table.rows.map((row) => {
		const cells = [];
		let column = 0;
		const takeCarried = () => {
			while (pending[column]) {
				const carried = pending[column];
				cells.push({
					...carried.cell,
					colSpan: 1,
					rowSpan: 1
				});
				carried.rowsLeft -= 1;
				if (carried.rowsLeft === 0) pending[column] = void 0;
				column += 1;
			}
		};
		for (const source of row.cells) {
			takeCarried();
			const span = Math.max(1, source.colSpan);
			for (let offset = 0; offset < span; offset += 1) {
				const piece = offset === 0 ? {
					...source,
					colSpan: 1,
					rowSpan: 1
				} : {
					...source,
					text: "",
					colSpan: 1,
					rowSpan: 1,
					source: null
				};
				cells.push(piece);
				if (source.rowSpan > 1) pending[column] = {
					cell: piece,
					rowsLeft: source.rowSpan - 1
				};
				column += 1;
			}
		}
		takeCarried();
		return {
			...row,
			cells
		};
	});
	return {
		...table,
		rows
	};
}
function collapseToHeaderColumns(grid, header, separator = () => " ") {
	const spans = header.cells.map((c) => Math.max(1, c.colSpan));
	if (spans.every((span) => span === 1)) return grid;
	const width = spans.reduce((sum, span) => sum + span, 0);
	const rows = grid.rows.map((row, rowIndex) => {
		if (row.cells.length !== width) return row;
		let column = 0;
		const cells = spans.map((span, headerColumn) => {
			const group = row.cells.slice(column, column + span);
			column += span;
			const filled = group.filter((c) => c.text !== "");
			return {
				...group[0],
				text: filled.map((c) => c.text).join(filled.length > 1 ? separator(headerColumn, rowIndex, filled) : ""),
				bold: filled.length > 0 && filled.every((c) => c.bold),
				source: filled[0]?.source ?? group[0].source
			};
		});
		return {
			...row,
			cells
		};
	});
	return {
		...grid,
		rows
	};
}
/** Longer than this, a paragraph between two tables is prose, not a heading. */
const MAX_HEADING_LENGTH = 200;
/** A paragraph that opens another part of the document: what follows it is no continuation. */
const OPENS_ANOTHER_PART = /^(?:приложени|утвержд|согласова|лист\s+согласован|дорожн\p{L}*\s+карт|план(?![\p{L}])|перечень|список)/iu;
/** Paragraphs a page break or a split leaves between the parts, said nothing about the plan. */
const SAYS_NOTHING = /^(?:(?:продолжение|окончание)(?:\s+(?:таблицы|табл\.|приложения)(?:\s*№?\s*\d+)?)?\p{P}*|(?:стр\.?\s*)?[-–]?\s*\d{1,4}\s*[-–]?)$/iu;
/**
* The paragraphs between a roadmap table and a table that may continue it,
* as rows of the roadmap (a heading typed between the parts is a section
* row, put in the title column); null when they show that the table is not a
* continuation: too many of them, prose, or the start of another part.
*/
function rowsBetween(paragraphs, header) {
	const texts = paragraphs.map((paragraph) => ({
		paragraph,
		text: collapseSpace(paragraph.text)
	})).filter(({ text }) => text !== "");
	if (texts.length > 3) return null;
	if (texts.some(({ text }) => text.length > MAX_HEADING_LENGTH || OPENS_ANOTHER_PART.test(text))) return null;
	const column = Math.max(0, header.roles.indexOf("title"));
	return texts.filter(({ text }) => !SAYS_NOTHING.test(text)).map(({ paragraph, text }) => ({
		type: "row",
		cells: header.roles.map((_, index) => index === column ? cell(text, paragraph.source, paragraph.bold) : cell("", null)),
		source: paragraph.source
	}));
}
/**
* A header-less table's rows under the roadmap's columns, or null when its
* columns do not map onto them. A row with as many cells as the header has
* columns maps one to one, whatever the grid columns under each; when no row
* has, a table on the roadmap's own grid maps as the roadmap's rows do.
* At least one row must fill the title (or number) and deadline columns, so
* that a signature block or a list of people is never taken for a plan.
*/
function continuationRows(table, header) {
	const spans = continuationSpans(table, header);
	if (spans === null) return null;
	const spanRow = {
		type: "row",
		cells: spans.map((colSpan) => ({
			...cell("", null),
			colSpan
		})),
		source: table.source
	};
	const separator = (column, _row, cells) => header.separator(column, Number.POSITIVE_INFINITY, cells);
	const rows = collapseToHeaderColumns(expandMergedCells(table), spanRow, separator).rows;
	const titleColumn = header.roles.indexOf("title");
	const numberColumn = header.roles.indexOf("number");
	const deadlineColumn = header.roles.indexOf("deadline");
	const filled = (row, column) => column >= 0 && row.cells.length === spans.length && (row.cells[column]?.text ?? "") !== "";
	const isActivity = (row) => (filled(row, titleColumn) || filled(row, numberColumn)) && filled(row, deadlineColumn);
	return rows.some(isActivity) ? rows : null;
}
function continuationSpans(table, header) {
	const width = header.roles.length;
	const gridWidth = table.rows.reduce((widest, row) => Math.max(widest, spanSum(row.cells)), 0);
	const patterns = /* @__PURE__ */ new Map();
	for (const row of table.rows) {
		if (row.cells.length !== width || spanSum(row.cells) !== gridWidth) continue;
		const spans = row.cells.map((c) => Math.max(1, c.colSpan));
		const key = spans.join(",");
		const entry = patterns.get(key) ?? {
			spans,
			count: 0
		};
		entry.count += 1;
		patterns.set(key, entry);
	}
	const common = [...patterns.values()].sort((a, b) => b.count - a.count)[0];
	if (common) return common.spans;
	return gridWidth === header.spans.reduce((sum, span) => sum + span, 0) ? header.spans : null;
}
function spanSum(cells) {
	return cells.reduce((sum, c) => sum + Math.max(1, c.colSpan), 0);
}
// dist/segment/numbers.js
/**
* Activity and section numbers as printed, in a cell of their own or opening
* the title cell:
* - arabic, with or without a trailing dot or bracket: `1.1`, `1.1.`,
*   `4.2.3.10.`, `17`, `2)`; in a title also with no space after the dot
*   (`1.Организовать…`, `2.4.Анализ…`, issue 12);
* - roman section rows: `I. Мероприятия по …`, `IV.` (Latin letters);
* - lettered items: `а)`, `б)` (or Word's Latin `a)`), whose number is the letter.
* A number with no dot or bracket in a title must be followed by a space and
* a capital (`1.1 Подготовка …`, seed 003), so that `3 сентября – линейка`
* keeps its date.
*/
const ARABIC = String.raw`\d{1,3}(?:\.\d{1,3}){0,5}`;
/** I–XXXIX and L: as many sections as plans have. */
const ROMAN = String.raw`(?=[IVXL])L?X{0,3}(?:IX|IV|V?I{0,3})`;
/** Cyrillic as typed, Latin as Word's `lowerLetter` list numbering prints it. */
const LETTER = String.raw`[а-яёa-z]`;
const NUMBER_ONLY = new RegExp(String.raw`^(?:(?<arabic>${ARABIC})[.)]?|(?<roman>${ROMAN})\.?|(?<letter>${LETTER})\))$`, "u");
const NUMBER_PREFIX = new RegExp("^(?:" + [
	String.raw`(?<arabic>${ARABIC})(?:\.\s*(?=[\p{L}«"(])|\)\s*(?=[\p{L}«"(])|\s+(?=[\p{Lu}«"(-]))`,
	String.raw`(?<roman>${ROMAN})\.\s*(?=[\p{Lu}«"])`,
	String.raw`(?<letter>${LETTER})\)\s*(?=[\p{L}«"])`
].join("|") + ")", "u");
function numberOf(groups) {
	return groups?.["arabic"] ?? groups?.["roman"] ?? groups?.["letter"] ?? null;
}
function parseNumberCell(text) {
	return numberOf(NUMBER_ONLY.exec(text.trim())?.groups);
}
/** A number at the start of a title cell, and the title without it. */
function splitNumberPrefix(text) {
	const trimmed = text.trimStart();
	const match = NUMBER_PREFIX.exec(trimmed);
	const number = numberOf(match?.groups);
	if (!match || number === null) return {
		number: null,
		rest: text
	};
	return {
		number,
		rest: trimmed.slice(match[0].length)
	};
}
/** `4.2.3`, not a roman section number or a letter: only these have parts to count in sequence. */
function isArabicNumber(number) {
	return /^\d/u.test(number);
}
function numberParts(number) {
	return number.split(".").map(Number);
}
// dist/segment/list.js
function append(list, item) {
	return {
		last: item,
		before: list,
		length: (list?.length ?? 0) + 1
	};
}
/** The list with its last item replaced; the empty list gets `item` as its only one. */
function replaceLast(list, item) {
	return append(list?.before ?? null, item);
}
/** Items from the last one backwards, stopping early when the caller does. */
function* fromLast(list) {
	for (let node = list; node !== null; node = node.before) yield node.last;
}
function toArray(list) {
	const out = new Array(list?.length ?? 0);
	let index = out.length;
	for (let node = list; node !== null; node = node.before) out[index -= 1] = node.last;
	return out;
}
// dist/segment/machine.js
/**
* The table-row segmenter as a declared state machine: a roadmap table is
* read top to bottom, each row classified as a header continuation,
* column-number row, repeated header, section heading, activity or the
* continuation of the activity a page break cut. Guards are named for the
* rule they apply. Tests fold rows through it with xstate's pure
* `transition()`; the pipeline runs it as an actor (see runSegmenter).
*/
function finishActivity(draft) {
	const join = (pieces) => joinCellContinuations(toArray(pieces));
	const cells = {};
	for (const [role, pieces] of Object.entries(draft.cells)) cells[role] = join(pieces);
	const extra = {};
	for (const [header, pieces] of Object.entries(draft.extra)) extra[header] = join(pieces);
	return {
		...draft,
		cells,
		extra
	};
}
function settle(context) {
	return {
		roles: context.roles,
		headers: context.headers,
		sections: toArray(context.sections),
		activities: toArray(context.activities).map(finishActivity),
		numbered: toArray(context.numbered),
		classes: toArray(context.classes),
		reconciledRows: toArray(context.reconciledRows)
	};
}
function isParent(number, child) {
	return number !== null && child !== null && child.startsWith(`${number}.`);
}
function headingLike(features, roles) {
	if (features.isBoldSingle) return true;
	const headingColumns = [roles.indexOf("number"), roles.indexOf("title")];
	return features.filled.length === 1 && headingColumns.includes(features.filled[0]) && !features.startsLowerCase;
}
function sectionTitle(features) {
	if (features.title !== "") return {
		number: features.number,
		title: features.title
	};
	const split = splitNumberPrefix(features.row.cells[features.filled[0] ?? 0]?.text ?? "");
	return {
		number: features.number ?? split.number,
		title: split.rest
	};
}
/**
* The section row an activity belongs to; its number and title both come
* from that one row (CONTRACT «the enclosing section row»):
* - the section row above it, when the activity is one level deeper, whatever
*   its prefix says (seed 004 prints 4.3.3.5 among 4.2.3.x; Word numbering
*   that does not restart prints 1.4 under «2. Методическая работа»);
* - else the nearest section above whose number prefixes the activity's (3.1
*   is in section 3 under seed 004's unnumbered heading «Изучение
*   деятельности средних школ»; 4.2 after the 4.1.x rows is in section 4);
* - else the nearest section above (flat numbering, month headings).
*/
function enclosingSection(context, number) {
	const nearest = context.sections?.last ?? null;
	if (number === null) return nearest;
	let sawNumbered = false;
	for (const section of fromLast(context.sections)) {
		if (section.number === null) continue;
		if (!sawNumbered && depth(section.number) === depth(number) - 1) return section;
		sawNumbered = true;
		if (number.startsWith(`${section.number}.`)) return section;
	}
	return nearest;
}
const depth = (number) => number.split(".").length;
const flatten = (text) => text.replace(/\s*\n\s*/gu, " ").trim();
const segmenterMachine = setup({
	types: {
		context: {},
		events: {},
		input: {}
	},
	guards: {
		isEmptyRow: ({ event }) => event.features.filled.length === 0,
		isColumnNumberRow: ({ event }) => event.features.isColumnNumbers,
		isRepeatedHeader: ({ event }) => event.features.repeatsHeader,
		/**
		* A second header line under the first (a two-row Word header): before
		* any activity, no number, and most of its cells are header words.
		*/
		isHeaderContinuation: ({ context, event }) => {
			const { features } = event;
			if (context.activities !== null || features.number !== null || features.isBoldSingle || features.filled.length === 0) return false;
			return features.filled.filter((index) => headerRole(features.row.cells[index]?.text ?? "") !== "other").length * 2 >= features.filled.length;
		},
		/**
		* The tail of an activity a page break cut: no number of its own, and
		* either it follows a page break without looking like a heading, or it
		* has no title but fills other columns, or it starts in lower case.
		*/
		isContinuationRow: ({ context, event }) => {
			const { features } = event;
			let last;
			for (const c of fromLast(context.classes)) if (c !== "empty" && c !== "columnNumbers" && c !== "repeatedHeader") {
				last = c;
				break;
			}
			if (features.number !== null || context.activities === null || last !== "activity" && last !== "continuation") return false;
			if (features.row.pageBreakBefore && !headingLike(features, context.roles)) return true;
			if (features.title === "" && features.hasDetails) return true;
			return features.startsLowerCase && !features.isBoldSingle;
		},
		/**
		* A section heading: a bold single cell, or a title with nothing beside it
		* that is unnumbered (`Изучение деятельности средних школ`, `Январь`),
		* a whole number (`1. Организационные мероприятия`), or the parent of the
		* next number (`4.1` above `4.1.1`).
		*/
		isSectionRow: ({ event }) => {
			const { features, nextNumber } = event;
			if (features.isBoldSingle) return true;
			if (features.hasDetails) return false;
			const { number } = sectionTitle(features);
			return number === null || !number.includes(".") || isParent(number, nextNumber);
		},
		isActivityRow: ({ event }) => event.features.number !== null || event.features.title !== ""
	},
	actions: {
		recordClass: assign({ classes: ({ context }, params) => append(context.classes, params.rowClass) }),
		extendHeader: assign({ headers: ({ context, event }) => context.headers.map((header, index) => {
			const addition = flatten(event.features.row.cells[index]?.text ?? "");
			return addition === "" || addition === header ? header : `${header} ${addition}`;
		}) }),
		openSection: assign(({ context, event }) => {
			const { number, title } = sectionTitle(event.features);
			const section = {
				number,
				title: flatten(title),
				source: event.features.row.source
			};
			return {
				section,
				sections: append(context.sections, section),
				numbered: append(context.numbered, {
					number,
					isSection: true,
					source: section.source
				})
			};
		}),
		addActivity: assign(({ context, event }) => {
			const { features } = event;
			const cells = {};
			const extra = {};
			context.roles.forEach((role, index) => {
				const text = features.row.cells[index]?.text ?? "";
				if (role === "other") extra[flatten(context.headers[index] ?? "") || `column ${index + 1}`] = append(null, text);
				else if (role === "title") cells.title = append(null, features.title);
				else if (role !== "number") cells[role] = append(null, text);
			});
			if (cells.title === void 0) cells.title = append(null, "");
			const section = enclosingSection(context, features.number);
			const activity = {
				type: "activity",
				number: features.number,
				section: section?.number ?? null,
				sectionTitle: section?.title ?? null,
				heading: context.section?.title ?? null,
				cells,
				extra,
				source: features.row.source
			};
			return {
				activities: append(context.activities, activity),
				numbered: append(context.numbered, {
					number: features.number,
					isSection: false,
					source: activity.source
				}),
				reconciledRows: features.row.reconciled ? append(context.reconciledRows, activity.source) : context.reconciledRows
			};
		}),
		appendContinuation: assign(({ context, event }) => {
			const last = context.activities.last;
			const cells = { ...last.cells };
			const extra = { ...last.extra };
			context.roles.forEach((role, index) => {
				const text = event.features.row.cells[index]?.text ?? "";
				if (text === "" || role === "number") return;
				if (role === "other") {
					const header = flatten(context.headers[index] ?? "") || `column ${index + 1}`;
					extra[header] = append(extra[header] ?? append(null, ""), text);
				} else cells[role] = append(cells[role] ?? append(null, ""), text);
			});
			return { activities: replaceLast(context.activities, {
				...last,
				cells,
				extra
			}) };
		})
	}
}).createMachine({
	id: "segmenter",
	context: ({ input }) => ({
		roles: input.roles,
		headers: input.headers,
		section: null,
		sections: null,
		activities: null,
		numbered: null,
		classes: null,
		reconciledRows: null
	}),
	initial: "underHeader",
	states: {
		underHeader: { on: { row: [
			{
				guard: "isEmptyRow",
				actions: {
					type: "recordClass",
					params: { rowClass: "empty" }
				}
			},
			{
				guard: "isColumnNumberRow",
				actions: {
					type: "recordClass",
					params: { rowClass: "columnNumbers" }
				}
			},
			{
				guard: "isHeaderContinuation",
				actions: ["extendHeader", {
					type: "recordClass",
					params: { rowClass: "headerContinuation" }
				}]
			},
			{
				guard: "isSectionRow",
				target: "body",
				actions: ["openSection", {
					type: "recordClass",
					params: { rowClass: "section" }
				}]
			},
			{
				guard: "isActivityRow",
				target: "body",
				actions: ["addActivity", {
					type: "recordClass",
					params: { rowClass: "activity" }
				}]
			},
			{ actions: {
				type: "recordClass",
				params: { rowClass: "skipped" }
			} }
		] } },
		body: { on: { row: [
			{
				guard: "isEmptyRow",
				actions: {
					type: "recordClass",
					params: { rowClass: "empty" }
				}
			},
			{
				guard: "isColumnNumberRow",
				actions: {
					type: "recordClass",
					params: { rowClass: "columnNumbers" }
				}
			},
			{
				guard: "isRepeatedHeader",
				actions: {
					type: "recordClass",
					params: { rowClass: "repeatedHeader" }
				}
			},
			{
				guard: "isContinuationRow",
				actions: ["appendContinuation", {
					type: "recordClass",
					params: { rowClass: "continuation" }
				}]
			},
			{
				guard: "isSectionRow",
				actions: ["openSection", {
					type: "recordClass",
					params: { rowClass: "section" }
				}]
			},
			{
				guard: "isActivityRow",
				actions: ["addActivity", {
					type: "recordClass",
					params: { rowClass: "activity" }
				}]
			},
			{ actions: {
				type: "recordClass",
				params: { rowClass: "skipped" }
			} }
		] } }
	}
});
/**
* Sends every row through one actor and returns the final context. The
* machine has no delays or invocations, so each send settles synchronously;
* an actor is about four times faster than folding pure `transition()`s,
* which the tests do to check the same machine step by step.
*/
function runSegmenter(input, events) {
	const actor = createActor(segmenterMachine, { input }).start();
	for (const event of events) actor.send(event);
	const { context } = actor.getSnapshot();
	actor.stop();
	return settle(context);
}
// dist/segment/numbering.js
/**
* Numbering checks a reader should see: a skipped number (seed 001 goes
* 4.2 → 4.4), a repeated one, or one out of sequence (seed 004 prints
* 4.3.3.5 among 4.2.3.x). Numbers are unique within a section only: an
* unnumbered or roman section heading restarts the count, as calendars that
* number rows 1, 2, 3 under each month do, and so does a numbered section
* whose rows count from 1 again (issue 12), the sections then counted on
* their own. Lettered items (`а)`, `б)`) stand outside the arabic sequence.
*/
function checkNumbering(items) {
	const warnings = [];
	const seen = /* @__PURE__ */ new Set();
	let previous = null;
	let previousWasSection = false;
	/** The last numbered section's number, while the rows under it count from 1 on their own. */
	let restartedSection = null;
	for (const item of items) {
		if (item.number === null || !isArabicNumber(item.number)) {
			if (item.isSection) {
				previous = null;
				restartedSection = null;
				seen.clear();
			}
			continue;
		}
		const parts = numberParts(item.number);
		if (item.isSection && restartedSection !== null && parts.length === restartedSection.length) {
			const expected = nextSibling(restartedSection);
			if (isGap(restartedSection, parts)) warnings.push(warning(WARNING_CODES.NUMBERING_GAP, `Numbering skips from ${restartedSection.join(".")} to ${item.number}`, item.source));
			else if (!equal(parts, expected)) warnings.push(warning(WARNING_CODES.NUMBERING_DUPLICATE, `Section ${item.number} is out of sequence after ${restartedSection.join(".")} (expected ${expected.join(".")})`, item.source));
			seen.clear();
			seen.add(item.number);
			previous = parts;
			previousWasSection = true;
			continue;
		}
		if (previousWasSection && parts.length === 1 && parts[0] === 1) {
			seen.clear();
			restartedSection = previous;
		}
		if (seen.has(item.number)) warnings.push(warning(WARNING_CODES.NUMBERING_DUPLICATE, `Number ${item.number} appears more than once`, item.source));
		else if (previous !== null && !isSuccessor(previous, parts, previousWasSection)) {
			const expected = nextSibling(previous);
			if (isGap(previous, parts)) warnings.push(warning(WARNING_CODES.NUMBERING_GAP, `Numbering skips from ${previous.join(".")} to ${item.number}`, item.source));
			else {
				warnings.push(warning(WARNING_CODES.NUMBERING_DUPLICATE, `Number ${item.number} is out of sequence after ${previous.join(".")} (expected ${expected.join(".")})`, item.source));
				if (parts.length === previous.length && parts.at(-1) === expected.at(-1)) {
					seen.add(item.number);
					previous = expected;
					previousWasSection = item.isSection;
					continue;
				}
			}
		}
		seen.add(item.number);
		previous = parts;
		previousWasSection = item.isSection;
	}
	return warnings;
}
function nextSibling(parts) {
	return [...parts.slice(0, -1), parts.at(-1) + 1];
}
function isSuccessor(previous, parts, previousWasSection) {
	if (equal(parts, [...previous, 1])) return true;
	if (previousWasSection && equal(parts, [1])) return true;
	for (let depth = previous.length; depth >= 1; depth -= 1) if (equal(parts, nextSibling(previous.slice(0, depth)))) return true;
	return false;
}
/** Same parent, or an ancestor's level, but a bigger step than one. */
function isGap(previous, parts) {
	for (let depth = previous.length; depth >= 1; depth -= 1) {
		const prefix = previous.slice(0, depth - 1);
		if (parts.length === depth && equal(parts.slice(0, -1), prefix) && parts.at(-1) > previous[depth - 1] + 1) return true;
	}
	return parts.length === previous.length + 1 && equal(parts.slice(0, -1), previous) && parts.at(-1) > 1;
}
function equal(a, b) {
	return a.length === b.length && a.every((value, index) => value === b[index]);
}
/** Initials that open a fragment of a split «Ответственный» cell (`Х.Н., МКУ`, seed 004). */
const INITIALS_FRAGMENT = /^(?:[А-ЯЁ]\.\s?){1,2}/u;
function reconcileRows(rows, roles) {
	const width = roles.length;
	return chunksAtPageBreaks(rows).flatMap((chunk) => {
		return dropChunkEmptyColumns(chunk, width).map((row) => reconcileRow(row, roles));
	});
}
function chunksAtPageBreaks(rows) {
	const chunks = [];
	for (const row of rows) {
		if (chunks.length === 0 || row.pageBreakBefore) chunks.push([]);
		chunks[chunks.length - 1].push(row);
	}
	return chunks;
}
/**
* A chunk wider than the header whose rows all leave some columns empty:
* those columns are conversion artefacts (seed 003 pages 5–6), dropped, at
* most as many as the chunk is too wide.
*/
function dropChunkEmptyColumns(chunk, width) {
	const chunkWidth = chunk.reduce((widest, row) => Math.max(widest, row.cells.length), 0);
	if (chunkWidth <= width) return chunk;
	const wide = chunk.filter((row) => row.cells.length === chunkWidth);
	const alwaysEmpty = [];
	for (let column = 0; column < chunkWidth; column += 1) if (wide.every((row) => (row.cells[column]?.text ?? "") === "")) alwaysEmpty.push(column);
	const drop = new Set(alwaysEmpty.slice(-(chunkWidth - width)));
	if (drop.size === 0) return chunk;
	return chunk.map((row) => row.cells.length === chunkWidth ? {
		...row,
		cells: row.cells.filter((_, column) => !drop.has(column))
	} : row);
}
function reconcileRow(row, roles) {
	const width = roles.length;
	let cells = [...row.cells];
	let detachedNumber = null;
	let reconciled = false;
	const first = cells[0]?.text ?? "";
	const firstIsNumber = parseNumberCell(first) !== null;
	if (!roles.includes("number") && cells.length > 1 && (firstIsNumber || first === "" && cells.length > width)) {
		detachedNumber = firstIsNumber ? parseNumberCell(first) : null;
		if (cells.length === width && roles[0] === "other") cells[0] = cell("", null);
		else cells = cells.slice(1);
	}
	for (let index = cells.length - 1; index >= 0 && cells.length > width; index -= 1) if (cells[index].source === null && cells[index].text === "") cells.splice(index, 1);
	while (cells.length > width && (cells[cells.length - 1]?.text ?? "") === "") {
		cells.pop();
		reconciled = true;
	}
	if (cells.length - width > 64) {
		const surplus = cells.slice(width - 1);
		cells = [...cells.slice(0, width - 1), {
			...surplus[0],
			text: joinCellContinuations(surplus.map((c) => c.text).filter((text) => text !== ""))
		}];
		reconciled = true;
	}
	while (cells.length > width) {
		mergeSplitCell(cells, roles);
		reconciled = true;
	}
	while (cells.length < width) cells.push(cell("", null));
	return {
		cells,
		detachedNumber,
		reconciled,
		pageBreakBefore: row.pageBreakBefore === true,
		source: row.source
	};
}
/**
* One cell too many: the conversion split a cell in two. The piece that
* opens with initials, else the shortest piece outside the number and title
* columns and the last column, is joined to its left neighbour the way a row
* cut by a page break is: a piece that opens in upper case starts a line, so
* the party parser sees the two runs apart (`Магомедова Баркаева методисты
* УО` | `У.К., С.О.`, seed 004).
*/
function mergeSplitCell(cells, roles) {
	const protectedColumns = new Set(["number", "title"].map((role) => roles.indexOf(role)));
	const candidates = cells.map((c, index) => ({
		c,
		index
	})).filter(({ c, index }) => index > 0 && index < cells.length - 1 && !protectedColumns.has(index) && c.text !== "");
	const pick = candidates.find(({ c }) => INITIALS_FRAGMENT.test(c.text)) ?? [...candidates].sort((a, b) => a.c.text.length - b.c.text.length)[0] ?? {
		c: cells[cells.length - 1],
		index: cells.length - 1
	};
	const left = cells[pick.index - 1];
	cells.splice(pick.index - 1, 2, {
		...left,
		text: joinCellContinuation(left.text, pick.c.text)
	});
}
// dist/segment/stacked.js
/** Words a paragraph does not end on when it is whole: the sentence runs on into the next paragraph. */
const RUNS_ON_WORDS = /* @__PURE__ */ new Set([
	"а",
	"в",
	"во",
	"для",
	"до",
	"за",
	"и",
	"из",
	"или",
	"к",
	"ко",
	"между",
	"на",
	"над",
	"не",
	"но",
	"о",
	"об",
	"от",
	"по",
	"под",
	"при",
	"про",
	"с",
	"со",
	"также",
	"у",
	"через",
	"что",
	"как"
]);
/** What opens an item of its own: a capital, a number, a quote, or a list bullet. */
const OPENS_ITEM = /^(?:[\p{Lu}\p{N}«"„]|[-–—•·*]\s)/u;
/** A paragraph ending in a hyphen, a dash, a comma or a colon runs on (`Сентябрь –` over `октябрь`). */
const ENDS_OPEN = /[-–—,:]$/u;
const LAST_WORD = /([\p{L}]+)$/u;
/** A year alone finishes the date above it (`Январь` over `2024`). */
const YEAR_ONLY = /^(?:\d{4}\s*(?:г\.?|года?)?|г\.?|года?)$/iu;
/** A day and month (`05.09`), which the deadline parser leaves to a context it is not given here. */
const DAY_MONTH = /^\d{1,2}\.\d{1,2}\.?$/u;
function splitStackedRows(rows, roles, readsAsDeadline) {
	const titleColumn = roles.indexOf("title");
	const deadlineColumn = roles.indexOf("deadline");
	const warnings = [];
	if (titleColumn < 0 || deadlineColumn < 0) return {
		rows,
		warnings
	};
	const out = [];
	for (const row of rows) {
		const items = stackedItems(row, roles, titleColumn, deadlineColumn, readsAsDeadline);
		if (items === null) out.push(row);
		else if (typeof items === "string") {
			out.push(row);
			warnings.push(warning(WARNING_CODES.STACKED_UNALIGNED, `Row at ${place(row.source)} ${items}; kept as one activity`, row.source));
		} else for (const item of items) out.push(item);
	}
	return {
		rows: out,
		warnings
	};
}
/** The row's items; null when it is no stack; a sentence saying which counts differ when they do. */
function stackedItems(row, roles, titleColumn, deadlineColumn, readsAsDeadline) {
	const titleText = row.cells[titleColumn].text;
	if (!titleText.includes("\n") || !row.cells[deadlineColumn].text.includes("\n")) return null;
	const titles = paragraphs(titleText);
	const deadlines = paragraphs(row.cells[deadlineColumn].text);
	if (titles.length < 2 || deadlines.length < 2) return null;
	if (!titles.every((p, index) => index === 0 || opensItem(p.text, titles[index - 1].text))) return null;
	if (!deadlines.every((p, index) => readsAsDate(p.text, readsAsDeadline) && (index === 0 || !ENDS_OPEN.test(deadlines[index - 1].text)))) return null;
	const count = titles.length;
	if (row.detachedNumber !== null) return `holds ${count} items in its title cell but 1 in its number cell`;
	const columns = row.cells.map((c, column) => {
		if (column === titleColumn) return titles;
		if (column === deadlineColumn) return deadlines;
		return roles[column] === "responsible" ? joinRunOn(paragraphs(c.text)) : paragraphs(c.text);
	});
	for (const [column, role] of roles.entries()) {
		const found = columns[column].length;
		if (!(found === count || role === "responsible" && found <= 1 || role === "number" && found === 0) && (role === "deadline" || role === "responsible" || role === "number")) return `holds ${count} items in its title cell but ${found} in its ${role} cell`;
	}
	return titles.map((title, item) => {
		const cells = row.cells.map((c, column) => {
			const pieces = columns[column];
			if (pieces.length !== count) return c;
			const piece = pieces[item];
			return {
				...c,
				text: piece.text,
				source: shifted(c.source, piece.index)
			};
		});
		return {
			...row,
			cells,
			pageBreakBefore: row.pageBreakBefore && item === 0,
			reconciled: row.reconciled && item === 0,
			source: shifted(row.cells[titleColumn].source, title.index) ?? row.source
		};
	});
}
function paragraphs(text) {
	return text.split("\n").flatMap((line, index) => line.trim() === "" ? [] : [{
		text: line.trim(),
		index
	}]);
}
/** A paragraph opens an item of its own when it starts like one and the one above it is whole. */
function opensItem(text, above) {
	return OPENS_ITEM.test(text) && !runsOn(above);
}
function runsOn(text) {
	if (ENDS_OPEN.test(text)) return true;
	const last = LAST_WORD.exec(text)?.[1];
	return last !== void 0 && RUNS_ON_WORDS.has(last.toLowerCase());
}
/** Parties wrapped over two paragraphs (`Заместитель директора` over `по УВР`) are one. */
function joinRunOn(pieces) {
	const out = [];
	for (const piece of pieces) {
		const above = out.at(-1);
		if (above && !opensItem(piece.text, above.text)) out[out.length - 1] = {
			...above,
			text: `${above.text}\n${piece.text}`
		};
		else out.push(piece);
	}
	return out;
}
function readsAsDate(text, readsAsDeadline) {
	if (YEAR_ONLY.test(text)) return false;
	return DAY_MONTH.test(text) || readsAsDeadline(text);
}
function shifted(source, offset) {
	return source === null ? null : {
		...source,
		line: source.line + offset
	};
}
function place(source) {
	return source.page === null ? `line ${source.line}` : `page ${source.page}, line ${source.line}`;
}
// dist/segment/rows.js
/** The header's texts as one comparable key; computed once per table. */
function headerKey(headerTexts) {
	return headerTexts.map(collapseSpace).join("|");
}
function describeRow(row, roles, header) {
	const texts = row.cells.map((c) => c.text);
	const filled = texts.flatMap((text, index) => text !== "" ? [index] : []);
	const numberColumn = roles.indexOf("number");
	const titleColumn = roles.indexOf("title");
	let number = row.detachedNumber;
	let title = titleColumn >= 0 ? texts[titleColumn] ?? "" : "";
	if (number === null && numberColumn >= 0) number = parseNumberCell(texts[numberColumn] ?? "");
	if (number === null && titleColumn >= 0 && (numberColumn < 0 || (texts[numberColumn] ?? "") === "")) {
		const split = splitNumberPrefix(title);
		if (split.number !== null) {
			number = split.number;
			title = split.rest;
		}
	}
	const firstFilled = filled.length > 0 ? texts[filled[0]] : "";
	const distinctFilled = new Set(filled.map((index) => texts[index]));
	return {
		row,
		number,
		title,
		filled,
		hasDetails: filled.some((index) => index !== numberColumn && index !== titleColumn),
		isBoldSingle: distinctFilled.size === 1 && filled.every((index) => row.cells[index].bold),
		isColumnNumbers: isColumnNumbering(texts),
		repeatsHeader: filled.length > 1 && texts.map(collapseSpace).join("|") === header,
		startsLowerCase: /^[a-zа-яё]/u.test(firstFilled.trimStart())
	};
}
/**
* `1 2 3 4 5` in cells, also where joining the columns under a header cell
* that spans two put two numbers in one cell (`1 | 2 | 3 4 | 5`,
* merged-plan.docx): the numbers in cell order count up from 1.
*/
function isColumnNumbering(texts) {
	const values = texts.filter((text) => text !== "");
	if (values.length < 3 || values.length < texts.length - 1) return false;
	return values.flatMap((text) => text.trim().split(/\s+/u)).every((number, index) => number.replace(/\.$/u, "") === String(index + 1));
}
// dist/segment/index.js
/** How many leading rows may precede a table's header (a title row merged across the table). */
const HEADER_SEARCH_ROWS = 3;
function segmentLayout(layout, options) {
	const roadmaps = [];
	const warnings = [];
	/** Tables read as nothing, to be named if the document turns out to hold no plan at all. */
	const unread = [];
	let open = null;
	let between = [];
	const close = () => {
		if (open === null) return;
		const finished = finishRoadmap(open, options);
		roadmaps.push(finished.roadmap);
		pushAll(warnings, finished.warnings);
		open = null;
	};
	layout.blocks.forEach((block, index) => {
		if (block.type === "paragraph") {
			between.push(block);
			return;
		}
		const reading = readTable(block);
		if (reading.kind === "roadmap" && open !== null && repeatsHeader(open, reading, between)) {} else if (reading.kind === "roadmap") {
			close();
			open = {
				header: reading.header,
				caption: findCaption(layout.blocks, index)?.text ?? null,
				parts: [reading.body],
				source: reading.source
			};
		} else if (reading.kind === "noHeader" && open !== null && continueRoadmap(open, block, between)) {} else {
			close();
			const unmapped = reading.kind === "otherHeader" && namesPlanColumns(reading.header) ? unmappedWarning(block, reading.header) : null;
			if (unmapped) warnings.push(unmapped);
			else unread.push({
				table: block,
				hint: reading.kind === "otherHeader" ? reading.header : reading.hint
			});
		}
		between = [];
	});
	close();
	if (roadmaps.length === 0) for (const { table, hint } of unread) {
		const warned = hint === null ? unreadWarning(table) : unmappedWarning(table, hint);
		if (warned) warnings.push(warned);
	}
	return {
		type: "segmented",
		roadmaps,
		warnings
	};
}
/** A header that names a plan's title or deadline column: a table of people or of schools does not. */
function namesPlanColumns(header) {
	return header.roles.includes("title") || header.roles.includes("deadline");
}
function tablePlace(table) {
	const { page, line } = table.source;
	return page === null ? `Table at line ${line}` : `Table at page ${page}, line ${line}`;
}
/** Why a header that names columns is not a plan's: the roles isRoadmapHeader asks for that it lacks. */
function unmappedWarning(table, header) {
	if (table.rows.length < 2) return null;
	const reason = header.roles.includes("deadline") ? "no column reads as the activities' titles" : "no column reads as a deadline";
	const verdict = namesPlanColumns(header) ? "looks like a plan but was not read" : "was not read";
	return warning(WARNING_CODES.TABLE_UNMAPPED, `${tablePlace(table)} ${verdict}: ${reason} (its header: «${clip(header.headers.join(" | "))}»)`, table.source);
}
/** A table of two rows and two columns at least whose header names nothing: a letterhead or a signature line is smaller. */
function unreadWarning(table) {
	const first = table.rows[0];
	if (table.rows.length < 2 || !table.rows.some((row) => row.cells.length > 1)) return null;
	const shown = clip(texts(first).join(" | "));
	return warning(WARNING_CODES.TABLE_UNMAPPED, `${tablePlace(table)} was not read: none of its first rows names its columns (the first: «${shown}»)`, table.source);
}
/** How much of a row a warning quotes. */
const QUOTED_CHARACTERS = 120;
function clip(text) {
	return text.length <= QUOTED_CHARACTERS ? text : `${text.slice(0, 119)}…`;
}
/**
* Appends a table that prints the open roadmap's header again, word for
* word, when nothing between the two says another part begins: a second plan
* under the same header has its own caption (`Приложение 2`, `План …`).
*/
function repeatsHeader(open, reading, between) {
	if (headerKey(reading.header.headers) !== headerKey(open.header.headers)) return false;
	const headings = rowsBetween(between, open.header);
	if (!headings) return false;
	open.parts.push([...headings, ...withoutHeaderRows(reading.body, reading.header.headers)]);
	return true;
}
/**
* The body without the second header line the header may have (`начало |
* окончание` under `Срок`): the first part of a roadmap extends its column
* names with it, a part that repeats the header must not read it as a row.
* Such a line repeats a header cell merged down over it, or is header words.
*/
function withoutHeaderRows(body, headers) {
	let start = 0;
	while (start < body.length && isHeaderLine(texts(body[start]), headers)) start += 1;
	return body.slice(start);
}
function isHeaderLine(cells, headers) {
	const filled = cells.flatMap((text, index) => text !== "" ? [index] : []);
	const headerLike = filled.filter((index) => cells[index] === headers[index] || headerRole(cells[index]) !== "other");
	return filled.length > 0 && headerLike.length * 2 >= filled.length;
}
/** Appends a header-less table (and the headings before it) to the open roadmap when its columns map onto the roadmap's. */
function continueRoadmap(open, table, between) {
	const headings = rowsBetween(between, open.header);
	const rows = headings && continuationRows(table, open.header);
	if (!headings || !rows) return false;
	open.parts.push([...headings, ...rows]);
	return true;
}
/**
* ` – ` between the cells under a header cell whose two sub-headers are a
* start and an end (`Срок: начало | окончание`), in the rows below them; a
* space elsewhere, and between bare column numbers (`3 4`), which are no range.
*/
function rangeSeparator(header, subheader, subheaderIndex) {
	const ranges = /* @__PURE__ */ new Set();
	let column = 0;
	header.cells.forEach((cell, headerColumn) => {
		const span = Math.max(1, cell.colSpan);
		const below = subheader?.cells.slice(column, column + span).map((c) => collapseSpace(c.text)) ?? [];
		column += span;
		if (span === 2 && RANGE_START_SUBHEADER.test(below[0] ?? "") && RANGE_END_SUBHEADER.test(below[1] ?? "")) ranges.add(headerColumn);
	});
	return (headerColumn, rowIndex, cells) => ranges.has(headerColumn) && rowIndex > subheaderIndex && !cells.every((c) => /^\d{1,2}$/u.test(c.text.trim())) ? " – " : " ";
}
/** A table's header and body rows under the header's columns, when its header names a plan of activities. */
function readTable(mergedTable) {
	const leading = mergedTable.rows.slice(0, HEADER_SEARCH_ROWS);
	const headerIndex = leading.findIndex((row) => looksLikeHeader(texts(row)));
	if (headerIndex < 0) return {
		kind: "noHeader",
		hint: leading.map((row) => ({
			headers: texts(row),
			roles: columnRoles(texts(row))
		})).find(namesPlanColumns) ?? null
	};
	const grid = expandMergedCells(mergedTable);
	const header = mergedTable.rows[headerIndex];
	const separator = rangeSeparator(header, grid.rows[headerIndex + 1], headerIndex + 1);
	const table = collapseToHeaderColumns(grid, header, separator);
	const headerRow = table.rows[headerIndex];
	const headers = texts(headerRow);
	const roles = columnRoles(headers);
	if (!isRoadmapHeader(roles)) return {
		kind: "otherHeader",
		header: {
			headers,
			roles
		}
	};
	return {
		kind: "roadmap",
		header: {
			headers,
			roles,
			spans: header.cells.map((c) => Math.max(1, c.colSpan)),
			separator
		},
		body: table.rows.slice(headerIndex + 1),
		source: headerRow.source
	};
}
function finishRoadmap(open, options) {
	const { headers, roles } = open.header;
	const stacked = splitStackedRows(open.parts.flatMap((part) => reconcileRows(part, roles)), roles, options.readsAsDeadline);
	const body = stacked.rows;
	const key = headerKey(headers);
	const events = rowEvents(body.map((row) => describeRow(row, roles, key)));
	const context = runSegmenter({
		roles,
		headers
	}, events);
	const warnings = [
		...stacked.warnings,
		...checkNumbering(context.numbered),
		...context.reconciledRows.map((source) => warning(WARNING_CODES.CELLS_RECONCILED, `Row at line ${source.line} had more cells than the header; extra cells were merged`, source))
	];
	return {
		roadmap: {
			type: "roadmap",
			caption: open.caption,
			columns: context.headers.map((header, index) => ({
				header,
				role: roles[index]
			})),
			sections: context.sections,
			activities: context.activities,
			source: open.source
		},
		warnings
	};
}
/** Each row with the number of the next numbered row below it, found in one backward pass. */
function rowEvents(features) {
	const events = new Array(features.length);
	let nextNumber = null;
	for (let index = features.length - 1; index >= 0; index -= 1) {
		events[index] = {
			type: "row",
			features: features[index],
			nextNumber
		};
		if (features[index].number !== null) nextNumber = features[index].number;
	}
	return events;
}
function texts(row) {
	return row.cells.map((c) => collapseSpace(c.text));
}
// dist/ingest.js
/**
* The pipeline, end to end: bytes → layout → segmented roadmaps → the
* contract's RoadmapDocument, validated. Nothing here writes to stdout.
*/
/**
* The largest input read at all, whatever its format. The bytes are held
* twice while a PDF is read (pdf.js takes a copy); the seeds are under 80 KB
* and an OCRed 30-page scan some 30 MB.
*/
const MAX_INPUT_BYTES = 134217728;
/**
* The most activities one document may hold. Each costs some 35 KB of
* memory by the time it is JSON: 20,000 took the CLI to 715 MB and 9 s on
* Node 20, 96,000 to 3 GB. The seeds hold 21–74.
*/
const MAX_ACTIVITIES = 2e4;
async function ingest(bytes, options = {}) {
	checkInputSize(bytes.length);
	options.signal?.throwIfAborted();
	const layout = await extractLayout(bytes, {
		password: options.password ?? null,
		signal: options.signal
	});
	options.signal?.throwIfAborted();
	const segmented = segmentLayout(layout, { readsAsDeadline });
	const activities = segmented.roadmaps.reduce((sum, roadmap) => sum + roadmap.activities.length, 0);
	if (activities > 2e4) throw new InputTooLargeError(`the document is too large: it holds ${activities} activities, the limit is ${MAX_ACTIVITIES}`);
	const decree = parseDecree(layout);
	const document = assembleDocument({
		source: {
			file: options.file ?? "-",
			format: layout.format,
			sha256: createHash("sha256").update(bytes).digest("hex"),
			pages: layout.pages,
			encoding: layout.encoding
		},
		layout,
		segmented,
		decree: decree.value,
		fallbackYear: options.fallbackYear ?? null
	});
	document.warnings = pushAll([...decree.warnings], document.warnings);
	const violations = schemaViolations(document);
	if (violations.length > 0) {
		const first = violations[0];
		throw new InvalidOutputError(`internal error: the output does not match the schema at ${first.path} (${first.message}); please report this with the input file`);
	}
	return document;
}
async function ingestFile(path, options = {}) {
	return ingest(await readInput(path), {
		...options,
		file: options.file ?? path
	});
}
function checkInputSize(size) {
	if (size > 134217728) throw new InputTooLargeError(`the file is too large: ${Math.round(size / 1048576)} MB, the limit is ${MAX_INPUT_BYTES / 1048576} MB`);
}
async function readInput(path) {
	try {
		const info = await stat(path);
		if (info.isDirectory()) throw new IngestError("UNREADABLE_INPUT", "is a directory, not a document");
		if (!info.isFile()) throw new IngestError("UNREADABLE_INPUT", "is not a regular file (a pipe, socket or device)");
		checkInputSize(info.size);
		return await readFile(path);
	} catch (error) {
		if (error instanceof IngestError) throw error;
		const code = error.code;
		const reason = code === "ENOENT" ? "no such file" : code === "EACCES" || code === "EPERM" ? "permission denied" : `cannot read the file (${code ?? String(error)})`;
		throw new IngestError("UNREADABLE_INPUT", reason, { cause: error });
	}
}
// dist/cli/worker.js
/** `signal` only in the main thread: a worker is stopped by ending the thread. */
async function ingestTask(task, signal) {
	try {
		const document = await ingestFile(task.path, {
			fallbackYear: task.fallbackYear,
			password: task.password,
			signal
		});
		return {
			ok: true,
			output: formatDocument(document, task.format, task.csv),
			roadmaps: document.roadmaps.length,
			activities: document.roadmaps.reduce((sum, roadmap) => sum + roadmap.activities.length, 0),
			warnings: document.warnings
		};
	} catch (error) {
		if (error instanceof IngestError) return {
			ok: false,
			code: error.code,
			message: error.message,
			stack: error.stack
		};
		return {
			ok: false,
			code: "INTERNAL",
			message: `unexpected error: ${error instanceof Error ? error.message : String(error)}`,
			stack: error instanceof Error ? error.stack : void 0
		};
	}
}
export { ingestTask as default };
