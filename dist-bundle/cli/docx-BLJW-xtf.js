import { t as pushAll } from "./arrays--ybZwcHA.js";
import { g as UnsupportedFormatError, l as CorruptDocumentError, p as InputTooLargeError, s as normalizeCharacters, t as collapseSpace } from "./text-BpY1jv3E.js";
import mammoth from "mammoth";
import JSZip from "jszip";
import { parseDocument } from "htmlparser2";
import { inflateRawSync } from "node:zlib";
// dist/extract/docx/xml.js
/** Text between WordprocessingML tags → characters: the five named entities and decimal character references. */
function decodeXml(text) {
	return text.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, "\"").replace(/&apos;/g, "'").replace(/&#(\d+);/g, (_m, code) => String.fromCodePoint(Number(code))).replace(/&amp;/g, "&");
}
// dist/extract/docx/numbering.js
/**
* The printed numbers of Word's automatic numbering (ECMA-376 Part 1, §17.9),
* which are nowhere in the text: a number cell of a plan often holds only an
* empty paragraph with `<w:numPr>`, and Word shows `1.1.`. mammoth renders
* such paragraphs as <ol><li> and forgets which list they belong to, so the
* numbers are computed here from word/document.xml and word/numbering.xml,
* keyed by the paragraph's ordinal in the body (the same count `source.line`
* uses).
*
* Covered: `w:num` → `w:abstractNum`, per-level `w:start`, `w:lvlText`
* (`%1.%2.`), decimal / letter / roman `w:numFmt`, bullets (no number),
* deeper levels restarting when a shallower one advances, `w:startOverride`.
* Not covered: numbering inherited from paragraph styles (`w:pStyle` with
* `w:numPr` in styles.xml), `w:lvlRestart`, `w:isLgl` and legacy (Word 6)
* numbering.
*/
const PARAGRAPH_OPENING = /<w:p\b[^>]*>/g;
function numberParagraphs(documentXml, numberingXml) {
	const out = /* @__PURE__ */ new Map();
	if (numberingXml === null) return out;
	const abstracts = /* @__PURE__ */ new Map();
	for (const match of numberingXml.matchAll(/<w:abstractNum\b[^>]*w:abstractNumId="([^"]+)"[^>]*>([\s\S]*?)<\/w:abstractNum>/g)) {
		const levels = /* @__PURE__ */ new Map();
		for (const level of (match[2] ?? "").matchAll(/<w:lvl\b[^>]*w:ilvl="(\d+)"[^>]*>([\s\S]*?)<\/w:lvl>/g)) {
			const body = level[2] ?? "";
			levels.set(Number(level[1]), {
				start: Number(/<w:start w:val="(\d+)"/.exec(body)?.[1] ?? "1"),
				format: /<w:numFmt w:val="([^"]+)"/.exec(body)?.[1] ?? "decimal",
				text: decodeXml(/<w:lvlText w:val="([^"]*)"/.exec(body)?.[1] ?? "")
			});
		}
		abstracts.set(match[1] ?? "", levels);
	}
	const nums = /* @__PURE__ */ new Map();
	for (const match of numberingXml.matchAll(/<w:num\b[^>]*w:numId="([^"]+)"[^>]*>([\s\S]*?)<\/w:num>/g)) {
		const body = match[2] ?? "";
		const startOverrides = /* @__PURE__ */ new Map();
		for (const override of body.matchAll(/<w:lvlOverride\b[^>]*w:ilvl="(\d+)"[^>]*>([\s\S]*?)<\/w:lvlOverride>/g)) {
			const start = /<w:startOverride w:val="(\d+)"/.exec(override[2] ?? "")?.[1];
			if (start !== void 0) startOverrides.set(Number(override[1]), Number(start));
		}
		nums.set(match[1] ?? "", {
			abstractId: /<w:abstractNumId w:val="([^"]+)"/.exec(body)?.[1] ?? "",
			startOverrides
		});
	}
	const counters = /* @__PURE__ */ new Map();
	const overridden = /* @__PURE__ */ new Set();
	let ordinal = 0;
	const body = documentXml.replace(/<mc:Choice\b[\s\S]*?<\/mc:Choice>/g, "");
	const openings = [...body.matchAll(PARAGRAPH_OPENING)];
	for (const [index, opening] of openings.entries()) {
		ordinal += 1;
		const start = (opening.index ?? 0) + opening[0].length;
		const end = openings[index + 1]?.index ?? body.length;
		const xml = body.slice(start, end).split("</w:pPr>")[0] ?? "";
		const numId = /<w:numId w:val="(\d+)"/.exec(xml)?.[1];
		if (numId === void 0 || numId === "0") continue;
		const ilvl = Number(/<w:ilvl w:val="(\d+)"/.exec(xml)?.[1] ?? "0");
		const num = nums.get(numId);
		const levels = num ? abstracts.get(num.abstractId) : void 0;
		const level = levels?.get(ilvl);
		if (!num || !levels || !level || level.format === "bullet" || level.format === "none") continue;
		const key = num.abstractId;
		let counter = counters.get(key);
		const overrideKey = `${numId}:${ilvl}`;
		const override = num.startOverrides.get(ilvl);
		if (!counter || override !== void 0 && !overridden.has(overrideKey)) {
			counter = counter ?? [];
			if (override !== void 0) {
				overridden.add(overrideKey);
				counter[ilvl] = override - 1;
			}
			counters.set(key, counter);
		}
		counter[ilvl] = (counter[ilvl] ?? (levels.get(ilvl)?.start ?? 1) - 1) + 1;
		counter.length = ilvl + 1;
		const printed = level.text.replace(/%(\d)/g, (_all, digit) => {
			const index = Number(digit) - 1;
			return format(counter[index] ?? levels.get(index)?.start ?? 1, levels.get(index)?.format ?? "decimal");
		});
		out.set(ordinal, printed);
	}
	return out;
}
function format(value, numFmt) {
	switch (numFmt) {
		case "lowerLetter": return letters(value).toLowerCase();
		case "upperLetter": return letters(value);
		case "lowerRoman": return roman(value).toLowerCase();
		case "upperRoman": return roman(value);
		default: return String(value);
	}
}
function letters(value) {
	return String.fromCharCode(65 + (value - 1) % 26).repeat(Math.floor((value - 1) / 26) + 1);
}
function roman(value) {
	const table = [
		[1e3, "M"],
		[900, "CM"],
		[500, "D"],
		[400, "CD"],
		[100, "C"],
		[90, "XC"],
		[50, "L"],
		[40, "XL"],
		[10, "X"],
		[9, "IX"],
		[5, "V"],
		[4, "IV"],
		[1, "I"]
	];
	let rest = value;
	let out = "";
	for (const [amount, symbol] of table) while (rest >= amount) {
		out += symbol;
		rest -= amount;
	}
	return out;
}
// dist/extract/docx/zip.js
/**
* A guard run on the ZIP container before mammoth sees it: mammoth (through
* JSZip) would inflate every part into memory, so a truncated archive, a ZIP
* that is not a Word document or a decompression bomb must be refused here,
* with a typed error, while that is still cheap.
*/
const DEFAULT_ZIP_LIMITS = {
	maxUncompressedBytes: 209715200,
	maxXmlBytes: 33554432,
	maxXmlTags: 4e5,
	maxXmlDepth: 512
};
const EOCD_SIGNATURE = 101010256;
const CENTRAL_SIGNATURE = 33639248;
const LOCAL_SIGNATURE = 67324752;
/** The EOCD record is 22 bytes plus a comment of at most 65535 bytes (APPNOTE 4.3.16). */
const EOCD_SEARCH = 65557;
/** Reads the central directory; throws CorruptDocumentError when it is missing or damaged. */
function readCentralDirectory(bytes) {
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	let eocd = -1;
	for (let offset = bytes.length - 22; offset >= Math.max(0, bytes.length - EOCD_SEARCH); offset -= 1) if (view.getUint32(offset, true) === EOCD_SIGNATURE) {
		eocd = offset;
		break;
	}
	if (eocd < 0) throw new CorruptDocumentError("the DOCX file is damaged or truncated: its ZIP directory is missing");
	const count = view.getUint16(eocd + 10, true);
	const size = view.getUint32(eocd + 12, true);
	const start = view.getUint32(eocd + 16, true);
	if (start + size > eocd) throw new CorruptDocumentError("the DOCX file is damaged or truncated: its ZIP directory points past the end");
	const entries = [];
	let offset = start;
	for (let index = 0; index < count; index += 1) {
		if (offset + 46 > eocd || view.getUint32(offset, true) !== CENTRAL_SIGNATURE) throw new CorruptDocumentError("the DOCX file is damaged or truncated: its ZIP directory is broken");
		const nameLength = view.getUint16(offset + 28, true);
		const extraLength = view.getUint16(offset + 30, true);
		const commentLength = view.getUint16(offset + 32, true);
		entries.push({
			method: view.getUint16(offset + 10, true),
			compressedSize: view.getUint32(offset + 20, true),
			uncompressedSize: view.getUint32(offset + 24, true),
			localHeaderOffset: view.getUint32(offset + 42, true),
			name: new TextDecoder().decode(bytes.subarray(offset + 46, offset + 46 + nameLength))
		});
		offset += 46 + nameLength + extraLength + commentLength;
	}
	return entries;
}
/**
* Checks the archive is a Word document that inflates within the limit. The
* declared sizes are checked first (cheap); then every entry is inflated with
* a ceiling, because a hostile archive can declare small sizes and lie.
*/
function checkDocxContainer(bytes, limits) {
	const markup = {
		tags: 0,
		bytes: 0
	};
	const entries = readCentralDirectory(bytes);
	if (!entries.some((entry) => entry.name === "word/document.xml")) throw new UnsupportedFormatError("not a Word document: the ZIP has no word/document.xml");
	const limitText = formatBytes(limits.maxUncompressedBytes);
	let declared = 0;
	let declaredXml = 0;
	for (const entry of entries) {
		if (entry.uncompressedSize === 4294967295) throw new InputTooLargeError(`the DOCX file is too large: an entry needs ZIP64 (over 4 GB); the limit is ${limitText} uncompressed`);
		declared += entry.uncompressedSize;
		if (XML_PART.test(entry.name)) declaredXml += entry.uncompressedSize;
	}
	if (declared > limits.maxUncompressedBytes) throw new InputTooLargeError(`the DOCX file is too large: it declares ${declared} bytes uncompressed, the limit is ${limitText}`);
	if (declaredXml > limits.maxXmlBytes) throw new InputTooLargeError(`the DOCX file is too large: its XML parts declare ${declaredXml} bytes, the limit is ${formatBytes(limits.maxXmlBytes)} (some 900 pages)`);
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	let actual = 0;
	for (const entry of entries) {
		const header = entry.localHeaderOffset;
		if (header + 30 > bytes.length || view.getUint32(header, true) !== LOCAL_SIGNATURE) throw new CorruptDocumentError("the DOCX file is damaged or truncated: a ZIP entry is missing");
		const dataStart = header + 30 + view.getUint16(header + 26, true) + view.getUint16(header + 28, true);
		const dataEnd = dataStart + entry.compressedSize;
		if (dataEnd > bytes.length) throw new CorruptDocumentError("the DOCX file is damaged or truncated: a ZIP entry is cut off");
		const data = bytes.subarray(dataStart, dataEnd);
		const isXml = XML_PART.test(entry.name);
		const budget = Math.min(limits.maxUncompressedBytes - actual, isXml ? limits.maxXmlBytes - markup.bytes : Infinity);
		if (entry.method === 0) {
			actual += data.length;
			if (isXml) checkMarkup(data, entry.name, limits, markup);
		} else if (entry.method === 8) {
			let inflated;
			try {
				inflated = inflateRawSync(data, { maxOutputLength: Math.max(1, budget + 1) });
			} catch (error) {
				if (error.code === "ERR_BUFFER_TOO_LARGE") throw new InputTooLargeError(isXml && budget < limits.maxUncompressedBytes - actual ? xmlTooLarge(limits) : `the DOCX file is too large: it inflates beyond the limit of ${limitText}`);
				throw new CorruptDocumentError("the DOCX file is damaged: a ZIP entry does not inflate", { cause: error });
			}
			actual += inflated.length;
			if (isXml) checkMarkup(inflated, entry.name, limits, markup);
		} else throw new CorruptDocumentError(`the DOCX file uses an unknown ZIP compression method ${entry.method}`);
		if (actual > limits.maxUncompressedBytes) throw new InputTooLargeError(`the DOCX file is too large: it inflates beyond the limit of ${limitText}`);
	}
}
/** The parts mammoth parses as XML. */
const XML_PART = /\.(?:xml|rels)$/iu;
const LT = 60;
const GT = 62;
const SLASH = 47;
const QUESTION = 63;
const BANG = 33;
/**
* Counts the tags of one XML part (adding to `seen.tags` across parts),
* measures its nesting and checks it has one root element, in one pass over
* the bytes, before any parser sees them. Comments, CDATA and processing
* instructions are skipped whole, quoted attribute values too (they may hold
* `>`). As in xmldom's recovery, a closing tag closes the innermost open
* element when the names match and is ignored when they do not.
*
* The root check is for xmldom (inside mammoth): an element outside the
* root sends it down an error path that is quadratic in what follows, 700 KB
* took 19 s, and a fuzzed seed with `<br>` before its XML declaration 3 s
* (issue 8). Such a part is rejected by xmldom anyway, only slowly.
*/
function checkMarkup(xml, name, limits, seen) {
	seen.bytes += xml.length;
	if (seen.bytes > limits.maxXmlBytes) throw new InputTooLargeError(xmlTooLarge(limits));
	const bytes = Buffer.from(xml.buffer, xml.byteOffset, xml.byteLength);
	const open = [];
	let roots = 0;
	for (let index = bytes.indexOf(LT); index >= 0; index = bytes.indexOf(LT, index + 1)) {
		seen.tags += 1;
		if (seen.tags > limits.maxXmlTags) throw new InputTooLargeError(`the DOCX file is too large: its XML holds more than ${limits.maxXmlTags} tags, the limit (some 200 pages)`);
		const next = bytes[index + 1];
		if (next === QUESTION || next === BANG) {
			index = skipTo(bytes, index);
			if (index < 0) break;
			continue;
		}
		const close = tagEnd(bytes, index + 1);
		if (close < 0) break;
		if (next === SLASH) {
			const tag = tagName(bytes, index + 2, close).toLowerCase();
			if (open[open.length - 1]?.toLowerCase() === tag) open.pop();
		} else {
			if (open.length === 0 && (roots += 1) > 1) throw new CorruptDocumentError(`the DOCX file is damaged: ${name} has more than one root element`);
			if (bytes[close - 1] !== SLASH) open.push(tagName(bytes, index + 1, close));
			if (open.length > limits.maxXmlDepth) throw new InputTooLargeError(`the DOCX file is nested too deeply: ${name} goes more than ${limits.maxXmlDepth} levels deep (tables inside tables?), the limit`);
		}
		index = close;
	}
	if (open.length > 0 && roots > 0) throw new CorruptDocumentError(`the DOCX file is damaged or truncated: the root element <${open[0]}> of ${name} is never closed`);
}
/** The index of the `>` that ends the comment, CDATA section or declaration opening at `index`, or -1. */
function skipTo(bytes, index) {
	if (bytes[index + 1] === QUESTION) {
		const end = bytes.indexOf("?>", index + 2, "latin1");
		return end < 0 ? -1 : end + 1;
	}
	for (const [opening, closing] of [["<!--", "-->"], ["<![CDATA[", "]]>"]]) if (bytes.toString("latin1", index, index + opening.length) === opening) {
		const end = bytes.indexOf(closing, index + opening.length, "latin1");
		return end < 0 ? -1 : end + closing.length - 1;
	}
	return bytes.indexOf(GT, index + 1);
}
const QUOTE = 34;
const APOSTROPHE = 39;
/** The index of the `>` ending the tag whose name starts at `from`, skipping quoted attribute values; -1 when there is none. */
function tagEnd(bytes, from) {
	for (let index = from; index < bytes.length; index += 1) {
		const byte = bytes[index];
		if (byte === GT) return index;
		if (byte === QUOTE || byte === APOSTROPHE) {
			index = bytes.indexOf(byte, index + 1);
			if (index < 0) return -1;
		}
	}
	return -1;
}
/** The element name of a tag whose name starts at `from`: up to white space, `/` or `>`. */
function tagName(bytes, from, close) {
	let end = from;
	while (end < close && bytes[end] > 32 && bytes[end] !== SLASH) end += 1;
	return bytes.toString("latin1", from, end);
}
function xmlTooLarge(limits) {
	return `the DOCX file is too large: its XML parts inflate beyond the limit of ${formatBytes(limits.maxXmlBytes)} (some 900 pages)`;
}
function formatBytes(bytes) {
	const megabytes = bytes / 1048576;
	return Number.isInteger(megabytes) ? `${megabytes} MB` : `${bytes} bytes`;
}
// dist/extract/docx/index.js
/**
* DOCX bytes → layout. mammoth reads the WordprocessingML (it resolves
* gridSpan/vMerge into HTML colspan/rowspan and keeps bold as <strong>); we
* walk its HTML with htmlparser2 and build the same layout model the text
* extractor produces.
*
* Choices and limits:
* - `source.line` is the paragraph's 1-based ordinal in the document body,
*   counting every paragraph (table cells included) in order; `page` is null.
*   mammoth is told to keep empty paragraphs so the count matches Word's.
*   Text-box paragraphs count where their anchor paragraph opens; of an
*   mc:AlternateContent block only the Fallback (what mammoth reads) counts.
* - Nested tables are flattened into the enclosing cell: each of their
*   paragraphs becomes a line of the cell's text. Plans never nest real
*   activity rows; the nested table is a layout trick (a signature block).
* - Rows whose cells are all empty (spacer rows) are dropped.
* - Automatic list numbering (ECMA-376 Part 1, §17.9) is not in the text
*   mammoth gives: the printed numbers are computed from document.xml and
*   numbering.xml by paragraph ordinal (numbering.ts, which lists its
*   limits). Where that finds nothing for an <ol><li> (numbering inherited
*   from a style), a fallback counts list levels across the document and
*   prints `1.2.`; it cannot tell two lists apart or honour restarts.
* - Text boxes are read by mammoth inline. Page headers (ECMA-376 §17.10.1)
*   are not: the letterhead sometimes sits there, so header parts are read
*   directly and put first, unless the body already carries that text.
*/
async function extractDocx(bytes, _options, limits = {}) {
	checkDocxContainer(bytes, {
		...DEFAULT_ZIP_LIMITS,
		...limits
	});
	const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	let html;
	let zip;
	let documentXml;
	let numberingXml;
	try {
		html = (await mammoth.convertToHtml({ buffer }, {
			ignoreEmptyParagraphs: false,
			styleMap: ["b => strong"],
			convertImage: mammoth.images.imgElement(async () => ({ src: "" }))
		})).value;
		zip = await JSZip.loadAsync(buffer);
		documentXml = await zip.file("word/document.xml").async("string");
		numberingXml = await zip.file("word/numbering.xml")?.async("string") ?? null;
	} catch (error) {
		throw new CorruptDocumentError(`the DOCX file cannot be read: ${oneLine(error)}`, { cause: error });
	}
	const blocks = new Walker(numberParagraphs(documentXml, numberingXml)).blocks(parseDocument(html).children);
	const header = await readHeaderParagraphs(zip);
	const bodyText = collapseSpace(blocks.slice(0, 5).map(blockText).join(" "));
	return {
		type: "layout",
		format: "docx",
		blocks: [...header.filter((text) => !bodyText.includes(collapseSpace(text))).map((text) => ({
			type: "paragraph",
			text,
			bold: false,
			source: {
				page: null,
				line: 1
			}
		})), ...blocks],
		pages: null,
		encoding: null,
		warnings: []
	};
}
function oneLine(error) {
	const message = error instanceof Error ? error.message : String(error);
	return collapseSpace(message.split("\n")[0] ?? "");
}
function blockText(block) {
	return block.type === "paragraph" ? block.text : block.rows.map((row) => row.cells.map((c) => c.text).join(" ")).join(" ");
}
const PARAGRAPH_TAGS = /* @__PURE__ */ new Set([
	"p",
	"h1",
	"h2",
	"h3",
	"h4",
	"h5",
	"h6"
]);
var Walker = class {
	numbers;
	ordinal = 0;
	/** Fallback list counters by nesting depth, for numbering numbering.ts cannot resolve. */
	counters = [];
	/** @param numbers printed automatic numbers by paragraph ordinal (numbering.ts). */
	constructor(numbers) {
		this.numbers = numbers;
	}
	blocks(nodes) {
		const out = [];
		for (const node of nodes) {
			if (node.type !== "tag") continue;
			if (node.name === "table") {
				const table = this.table(node);
				if (table) out.push(table);
				continue;
			}
			for (const line of this.lines(node, 0)) out.push({
				type: "paragraph",
				text: lineText(line),
				bold: lineBold(line),
				source: ref(line.ordinal)
			});
		}
		return out;
	}
	/** Paragraph-level content of a node as lines, one per Word paragraph, counting ordinals. */
	lines(node, depth) {
		if (PARAGRAPH_TAGS.has(node.name)) {
			this.ordinal += 1;
			const content = runs(node.children, false);
			const number = this.numbers.get(this.ordinal);
			if (number !== void 0) prefixNumber(content, number);
			return [{
				runs: content,
				ordinal: this.ordinal
			}];
		}
		if (node.name === "ol" || node.name === "ul") {
			const out = [];
			for (const child of node.children) if (child.type === "tag" && child.name === "li") pushAll(out, this.listItem(child, depth, node.name === "ol"));
			return out;
		}
		if (node.name === "table") {
			const out = [];
			for (const cellNode of descendants(node, "td")) for (const child of cellNode.children) if (child.type === "tag") pushAll(out, this.lines(child, depth));
			return out;
		}
		const out = [];
		for (const child of node.children) if (child.type === "tag") pushAll(out, this.lines(child, depth));
		return out;
	}
	listItem(item, depth, ordered) {
		const own = item.children.filter((child) => !(child.type === "tag" && (child.name === "ol" || child.name === "ul")));
		const nested = item.children.filter((child) => child.type === "tag" && (child.name === "ol" || child.name === "ul"));
		const out = [];
		if (own.length > 0 || nested.length === 0) {
			this.ordinal += 1;
			const content = runs(own, false);
			const resolved = this.numbers.get(this.ordinal);
			if (resolved !== void 0) prefixNumber(content, resolved);
			else if (ordered) {
				this.counters[depth] = (this.counters[depth] ?? 0) + 1;
				this.counters.length = depth + 1;
				for (let level = 0; level < depth; level += 1) this.counters[level] ??= 1;
				prefixNumber(content, `${this.counters.join(".")}.`);
			}
			out.push({
				runs: content,
				ordinal: this.ordinal
			});
		}
		for (const list of nested) pushAll(out, this.lines(list, depth + 1));
		return out;
	}
	table(node) {
		const rows = [];
		const covered = [];
		for (const rowNode of tableRows(node)) {
			const cells = [];
			let column = 0;
			const skipCovered = () => {
				for (let cover = covered[column]; cover && cover.remaining > 0; cover = covered[column]) {
					cover.remaining -= 1;
					this.ordinal += 1;
					column += cover.span;
				}
			};
			for (const cellNode of rowNode.children) {
				if (cellNode.type !== "tag" || cellNode.name !== "td" && cellNode.name !== "th") continue;
				skipCovered();
				const colSpan = positive(cellNode.attribs["colspan"]);
				const rowSpan = positive(cellNode.attribs["rowspan"]);
				covered[column] = rowSpan > 1 ? {
					remaining: rowSpan - 1,
					span: colSpan
				} : void 0;
				column += colSpan;
				const lines = [];
				for (const child of cellNode.children) if (child.type === "tag") pushAll(lines, this.lines(child, 0));
				const text = lines.map(lineText).join("\n").replace(/^\n+|\n+$/g, "");
				const firstOrdinal = lines[0]?.ordinal ?? null;
				cells.push({
					type: "cell",
					text,
					bold: text !== "" && lines.every((line) => lineBold(line) || lineText(line) === ""),
					colSpan,
					rowSpan,
					source: firstOrdinal === null ? null : ref(firstOrdinal)
				});
			}
			skipCovered();
			if (cells.length === 0 || cells.every((c) => c.text.trim() === "")) continue;
			const first = cells.find((c) => c.source !== null)?.source ?? ref(this.ordinal);
			rows.push({
				type: "row",
				cells,
				source: first
			});
		}
		const first = rows[0];
		if (!first) return null;
		return {
			type: "table",
			rows,
			source: first.source
		};
	}
};
/** Puts a printed list number before a paragraph's runs, bold when the paragraph is. */
function prefixNumber(content, number) {
	const text = collapseSpace(content.map((run) => run.text).join(""));
	const bold = text !== "" && content.every((run) => run.bold || run.text.trim() === "");
	content.unshift({
		text: text === "" ? number : `${number} `,
		bold
	});
}
function ref(line) {
	return {
		page: null,
		line
	};
}
function positive(value) {
	const parsed = Number.parseInt(value ?? "", 10);
	return Number.isFinite(parsed) && parsed > 0 ? parsed : 1;
}
/** The rows of this table only (not of tables nested in its cells). */
function tableRows(table) {
	const out = [];
	const visit = (node) => {
		for (const child of node.children) {
			if (child.type !== "tag") continue;
			if (child.name === "tr") out.push(child);
			else if (child.name === "thead" || child.name === "tbody" || child.name === "tfoot") visit(child);
		}
	};
	visit(table);
	return out;
}
function descendants(node, name) {
	const out = [];
	for (const child of node.children) {
		if (child.type !== "tag") continue;
		if (child.name === name) out.push(child);
		else pushAll(out, descendants(child, name));
	}
	return out;
}
function runs(nodes, bold) {
	const out = [];
	for (const node of nodes) if (node.type === "text") out.push({
		text: node.data,
		bold
	});
	else if (node.type === "tag") {
		if (node.name === "br") out.push({
			text: "\n",
			bold
		});
		else pushAll(out, runs(node.children, bold || node.name === "strong" || node.name === "b"));
	}
	return out;
}
function lineText(line) {
	return normalizeCharacters(line.runs.map((run) => run.text).join("")).split("\n").map((part) => collapseSpace(part)).join("\n").replace(/^\n+|\n+$/g, "");
}
function lineBold(line) {
	const visible = line.runs.filter((run) => run.text.trim() !== "");
	return visible.length > 0 && visible.every((run) => run.bold);
}
/** Paragraph texts of the page headers (word/header*.xml), in part-name order. */
async function readHeaderParagraphs(zip) {
	const names = Object.keys(zip.files).filter((name) => /^word\/header\d*\.xml$/.test(name)).sort();
	const seen = /* @__PURE__ */ new Set();
	const out = [];
	for (const name of names) {
		const xml = await zip.file(name).async("string");
		for (const paragraph of xml.match(/<w:p[ >][\s\S]*?<\/w:p>/g) ?? []) {
			const text = collapseSpace(normalizeCharacters((paragraph.match(/<w:t(?:\s[^>]*)?>[^<]*<\/w:t>|<w:tab\/>|<w:br\/>/g) ?? []).map((piece) => piece.startsWith("<w:t") && !piece.startsWith("<w:tab") ? decodeXml(piece.replace(/<[^>]+>/g, "")) : " ").join("")));
			if (text !== "" && !/^\d+$/.test(text) && !seen.has(text)) {
				seen.add(text);
				out.push(text);
			}
		}
	}
	return out;
}
export { extractDocx };
