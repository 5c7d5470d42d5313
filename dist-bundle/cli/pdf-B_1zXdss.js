import { d as EncryptedDocumentError, f as IngestError, h as NoTextLayerError, i as joinCellContinuation, l as CorruptDocumentError, o as joinFragments, s as normalizeCharacters } from "./text-BpY1jv3E.js";
import { r as warning, t as WARNING_CODES } from "./warnings-DCKnnw-o.js";
import { t as headerRole } from "./header-role-CmJTyyY2.js";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { OPS, Util, getDocument, normalizeUnicode } from "pdfjs-dist/legacy/build/pdf.mjs";
// dist/extract/pdf/native-builtins.js
/**
* The platform's own builtins that pdf.js's legacy build replaces, taken
* before it loads: pdfjs.ts imports this module first, so it is evaluated
* first.
*/
const nativePush = Array.prototype.push;
const nativeStringify = JSON.stringify;
// dist/extract/pdf/pdfjs.js
/**
* pdf.js for the extractor: every module here imports it from this file.
*
* The legacy build bundles core-js, which on Node 20 replaces two builtins
* for the whole process with JavaScript versions:
* - Array.prototype.push, to fix how push fails on an array whose length is
*   read-only (V8 issue 12681). pdf.js pushes for every operator and glyph,
*   and so does everything after it: a fifth of a PDF run went to push.
* - JSON.stringify, to serialise JSON.rawJSON values, which the platform
*   lacks: 26 times slower on the roadmap of a 200-page PDF (257 ms, not
*   10 ms), which is what `roadmap-ingest` prints.
* Nothing here pushes onto read-only arrays or makes raw JSON, so the
* platform's own are put back after the main module loads and again after
* the worker does (its own core-js replaces push once more). When pdf.js was
* loaded before this module, the builtins taken are already the replacements
* and this changes nothing.
*/
function restoreBuiltins() {
	if (Array.prototype.push !== nativePush) Array.prototype.push = nativePush;
	if (JSON.stringify !== nativeStringify) JSON.stringify = nativeStringify;
}
restoreBuiltins();
let workerLoaded = null;
/**
* Loads pdf.js's worker module, which Node's fake worker runs in this
* thread, and puts the builtins back after it. Call before getDocument; the
* worker is loaded only once a PDF is read, so text and DOCX runs never pay
* for it.
*/
function loadPdfWorker() {
	workerLoaded ??= import("pdfjs-dist/legacy/build/pdf.worker.mjs").then(restoreBuiltins);
	return workerLoaded;
}
// dist/extract/pdf/text-items.js
/** Text items of one page, moved into viewport space (top-left origin, y down) so rotation is already applied. */
/** Reads items; `isBold` answers from the font's real name, which only commonObjs knows. */
function positionItems(items, viewportTransform, isBold) {
	const out = [];
	for (const raw of items) {
		const item = raw;
		if (typeof item.str !== "string" || !Array.isArray(item.transform)) continue;
		const str = normalizeCharacters(item.str);
		if (str.trim() === "") continue;
		const m = Util.transform(viewportTransform, item.transform);
		const size = Math.hypot(m[2] ?? 0, m[3] ?? 0) || Math.hypot(m[0] ?? 0, m[1] ?? 0) || 1;
		const scale = Math.hypot(viewportTransform[0] ?? 1, viewportTransform[1] ?? 0) || 1;
		out.push({
			str,
			x: m[4] ?? 0,
			y: m[5] ?? 0,
			width: (item.width ?? 0) * scale,
			size,
			bold: isBold(item.fontName ?? "")
		});
	}
	return out;
}
// dist/extract/pdf/text-from-ops.js
/**
* A page's text items rebuilt from its operator list, so a page costs one
* pass of pdf.js over its content stream instead of two (getOperatorList for
* the rules, getTextContent for the text): on the seeds that pass was a third
* of the whole run.
*
* The items are the ones getTextContent gives: this is the item-building of
* pdf.js 5.6 `PartialEvaluator.getTextContent` (src/core/evaluator.js,
* Apache-2.0), fed with the glyphs the operator list already carries instead
* of re-reading the content stream. Vertical and Type3 fonts and right-to-left
* text are left to getTextContent (the caller falls back when this returns
* null). test/extract/pdf-text-from-ops.test.ts checks, page by page on every
* fixture, that both give the same items; a pdf.js upgrade that changes
* either side shows there.
*/
const IDENTITY = [
	1,
	0,
	0,
	1,
	0,
	0
];
const FONT_IDENTITY_MATRIX = [
	.001,
	0,
	0,
	.001,
	0,
	0
];
const TRACKING_SPACE_FACTOR = .102;
const NOT_A_SPACE_FACTOR = .03;
const NEGATIVE_SPACE_FACTOR = -.2;
const SPACE_IN_FLOW_MIN_FACTOR = .102;
const SPACE_IN_FLOW_MAX_FACTOR = .6;
const VERTICAL_SHIFT_RATIO = .25;
/** pdf.js's bidi() reorders only when one of these is present; such pages go to getTextContent. */
const RIGHT_TO_LEFT = /[\u0590-\u05f4\u0600-\u08ac\ufb50-\ufdff\ufe70-\ufeff]/u;
/** pdf.js's getCharUnicodeCategory. */
const SPECIAL_CHAR = /^(\s)|(\p{Mn})|(\p{Cf})$/u;
/** Categories by UTF-16 code unit for one-unit strings (nearly every glyph), 0 = not yet known; others by string. */
const unitCategories = /* @__PURE__ */ new Uint8Array(65536);
const categories = /* @__PURE__ */ new Map();
function categoryOf(char) {
	if (char.length === 1) {
		const unit = char.charCodeAt(0);
		const known = unitCategories[unit];
		if (known !== 0) return known - 1;
		const category = classify(char);
		unitCategories[unit] = category + 1;
		return category;
	}
	let category = categories.get(char);
	if (category === void 0) {
		category = classify(char);
		categories.set(char, category);
	}
	return category;
}
function classify(char) {
	const groups = SPECIAL_CHAR.exec(char);
	return groups?.[1] ? 1 : groups?.[2] ? 2 : groups?.[3] ? 3 : 0;
}
const FLUSHING_OPS = /* @__PURE__ */ new Set([
	OPS.beginMarkedContent,
	OPS.beginMarkedContentProps,
	OPS.endMarkedContent,
	OPS.paintImageXObject,
	OPS.paintImageXObjectRepeat,
	OPS.paintImageMaskXObject,
	OPS.paintImageMaskXObjectRepeat,
	OPS.paintImageMaskXObjectGroup,
	OPS.paintSolidColorImageMask
]);
var TextState = class TextState {
	ctm = IDENTITY.slice();
	loadedName = null;
	fontSize = 0;
	font = null;
	fontMatrix = FONT_IDENTITY_MATRIX;
	textMatrix = IDENTITY.slice();
	textLineMatrix = IDENTITY.slice();
	charSpacing = 0;
	wordSpacing = 0;
	leading = 0;
	textHScale = 1;
	textRise = 0;
	clone() {
		const copy = Object.assign(Object.create(TextState.prototype), this);
		copy.textMatrix = this.textMatrix.slice();
		copy.textLineMatrix = this.textLineMatrix.slice();
		return copy;
	}
	translateTextMatrix(x, y) {
		const m = this.textMatrix;
		m[4] = m[0] * x + m[2] * y + m[4];
		m[5] = m[1] * x + m[3] * y + m[5];
	}
	translateTextLineMatrix(x, y) {
		const m = this.textLineMatrix;
		m[4] = m[0] * x + m[2] * y + m[4];
		m[5] = m[1] * x + m[3] * y + m[5];
	}
	carriageReturn() {
		this.translateTextLineMatrix(0, -this.leading);
		this.textMatrix = this.textLineMatrix.slice();
	}
	/**
	* getCurrentTextTransform for horizontal fonts: ctm × textMatrix ×
	* [fontSize·hScale, 0, 0, fontSize, 0, rise], in Util.transform's order of
	* operations with its zero terms left out (which changes no value), written
	* into `out`: this runs twice a glyph.
	*/
	currentTransform(out = [
		0,
		0,
		0,
		0,
		0,
		0
	]) {
		const m = this.textMatrix;
		const c = this.ctm;
		const a = this.fontSize * this.textHScale;
		const d = this.fontSize;
		const t0 = m[0] * a;
		const t1 = m[1] * a;
		const t2 = m[2] * d;
		const t3 = m[3] * d;
		const t4 = m[2] * this.textRise + m[4];
		const t5 = m[3] * this.textRise + m[5];
		out[0] = c[0] * t0 + c[2] * t1;
		out[1] = c[1] * t0 + c[3] * t1;
		out[2] = c[0] * t2 + c[2] * t3;
		out[3] = c[1] * t2 + c[3] * t3;
		out[4] = c[0] * t4 + c[2] * t5 + c[4];
		out[5] = c[1] * t4 + c[3] * t5 + c[5];
		return out;
	}
};
var Unsupported = class extends Error {};
/**
* The item being built and the two-last-characters memory of one content
* stream; a form XObject gets its own, as getTextContent recurses into it.
*/
var ItemBuilder = class {
	out;
	viewBox;
	state;
	initialized = false;
	str = [];
	totalWidth = 0;
	totalHeight = 0;
	width = 0;
	height = 0;
	/** Where the last glyph with a width ended (pdf.js's prevTransform), kept in place: it is set for every glyph. */
	prev = [
		0,
		0,
		0,
		0,
		0,
		0
	];
	hasPrev = false;
	prevTextRise = 0;
	textAdvanceScale = 0;
	spaceInFlowMin = 0;
	spaceInFlowMax = 0;
	trackingSpaceMin = Infinity;
	negativeSpaceMax = -Infinity;
	notASpace = -Infinity;
	transform = null;
	fontName = null;
	hasEOL = false;
	lastChars = [" ", " "];
	lastCharsPos = 0;
	/** The glyph position compareWithLastPosition looks at; never handed out. */
	scratch = [
		0,
		0,
		0,
		0,
		0,
		0
	];
	fontOfItem = null;
	constructor(out, viewBox, state) {
		this.out = out;
		this.viewBox = viewBox;
		this.state = state;
	}
	saveLastChar(char) {
		const nextPos = (this.lastCharsPos + 1) % 2;
		const ret = this.lastChars[this.lastCharsPos] !== " " && this.lastChars[nextPos] === " ";
		this.lastChars[this.lastCharsPos] = char;
		this.lastCharsPos = nextPos;
		return ret;
	}
	shouldAddWhitespace() {
		return this.lastChars[this.lastCharsPos] !== " " && this.lastChars[(this.lastCharsPos + 1) % 2] === " ";
	}
	resetLastChars() {
		this.lastChars[0] = this.lastChars[1] = " ";
		this.lastCharsPos = 0;
	}
	pushWhitespace(width, transform = this.hasPrev ? this.prev.slice() : null, fontName = this.fontName) {
		this.out.push({
			str: " ",
			width,
			height: 0,
			transform,
			fontName,
			hasEOL: false
		});
	}
	ensureItem() {
		if (this.initialized) return;
		const s = this.state;
		this.fontName = s.loadedName;
		const trm = this.transform = s.currentTransform();
		this.width = this.totalWidth = 0;
		this.height = this.totalHeight = Math.hypot(trm[2], trm[3]);
		this.textAdvanceScale = Math.hypot(s.ctm[0], s.ctm[1]) * Math.hypot(s.textLineMatrix[0], s.textLineMatrix[1]);
		this.trackingSpaceMin = s.fontSize * TRACKING_SPACE_FACTOR;
		this.notASpace = s.fontSize * NOT_A_SPACE_FACTOR;
		this.negativeSpaceMax = s.fontSize * NEGATIVE_SPACE_FACTOR;
		this.spaceInFlowMin = s.fontSize * SPACE_IN_FLOW_MIN_FACTOR;
		this.spaceInFlowMax = s.fontSize * SPACE_IN_FLOW_MAX_FACTOR;
		this.hasEOL = false;
		this.initialized = true;
	}
	updateAdvanceScale() {
		if (!this.initialized) return;
		const s = this.state;
		const scale = Math.hypot(s.ctm[0], s.ctm[1]) * Math.hypot(s.textLineMatrix[0], s.textLineMatrix[1]);
		if (scale === this.textAdvanceScale) return;
		this.totalWidth += this.width * this.textAdvanceScale;
		this.width = 0;
		this.textAdvanceScale = scale;
	}
	flush() {
		if (!this.initialized) return;
		this.totalWidth += this.width * this.textAdvanceScale;
		const str = normalizeUnicode(this.str.join(""));
		if (RIGHT_TO_LEFT.test(str)) throw new Unsupported();
		this.out.push({
			str,
			width: Math.abs(this.totalWidth),
			height: Math.abs(this.totalHeight),
			transform: this.transform,
			fontName: this.fontName,
			hasEOL: this.hasEOL
		});
		this.initialized = false;
		this.str.length = 0;
	}
	appendEOL() {
		this.resetLastChars();
		if (this.initialized) {
			this.hasEOL = true;
			this.flush();
		} else this.out.push({
			str: "",
			width: 0,
			height: 0,
			transform: this.state.currentTransform(),
			fontName: this.state.loadedName,
			hasEOL: true
		});
	}
	addFakeSpaces(width, orientation) {
		if (orientation * this.spaceInFlowMin <= width && width <= orientation * this.spaceInFlowMax) {
			if (this.initialized) {
				this.resetLastChars();
				this.str.push(" ");
			}
			return false;
		}
		const fontName = this.fontName;
		this.flush();
		this.resetLastChars();
		this.pushWhitespace(Math.abs(width), this.hasPrev ? this.prev.slice() : this.state.currentTransform(), fontName);
		return true;
	}
	/** Whether the glyph about to be shown is on the page; decides spaces, line ends and item breaks on the way. */
	compareWithLastPosition(glyphWidth) {
		const current = this.state.currentTransform(this.scratch);
		let posX = current[4];
		let posY = current[5];
		const [vx0, vy0, vx1, vy1] = this.viewBox;
		if (posX + glyphWidth < vx0 || posX > vx1 || posY < vy0 || posY > vy1) return false;
		if (!this.state.font || !this.hasPrev) return true;
		const prev = this.prev;
		let lastPosX = prev[4];
		let lastPosY = prev[5];
		if (lastPosX === posX && lastPosY === posY) return true;
		let rotate = -1;
		if (current[0] && current[1] === 0 && current[2] === 0) rotate = current[0] > 0 ? 0 : 180;
		else if (current[1] && current[0] === 0 && current[3] === 0) rotate = current[1] > 0 ? 90 : 270;
		switch (rotate) {
			case 0: break;
			case 90:
				[posX, posY] = [posY, posX];
				[lastPosX, lastPosY] = [lastPosY, lastPosX];
				break;
			case 180:
				[posX, posY, lastPosX, lastPosY] = [
					-posX,
					-posY,
					-lastPosX,
					-lastPosY
				];
				break;
			case 270:
				[posX, posY] = [-posY, -posX];
				[lastPosX, lastPosY] = [-lastPosY, -lastPosX];
				break;
			default:
				[posX, posY] = inverseRotation(posX, posY, current);
				[lastPosX, lastPosY] = inverseRotation(lastPosX, lastPosY, prev);
		}
		const advanceX = (posX - lastPosX) / this.textAdvanceScale;
		const advanceY = posY - lastPosY;
		const orientation = Math.sign(this.width || this.totalWidth);
		if (advanceX < orientation * this.negativeSpaceMax) {
			if (Math.abs(advanceY) > .5 * this.height) {
				this.appendEOL();
				return true;
			}
			this.resetLastChars();
			this.flush();
			return true;
		}
		const riseDelta = this.state.textRise - this.prevTextRise;
		const advanceYCorrected = riseDelta === 0 ? advanceY : advanceY - current[3] / this.state.fontSize * riseDelta;
		if (Math.abs(advanceYCorrected) > this.height) {
			this.appendEOL();
			return true;
		}
		if (advanceX <= orientation * this.notASpace) this.resetLastChars();
		if (advanceX <= orientation * this.trackingSpaceMin) {
			if (this.shouldAddWhitespace()) {
				this.resetLastChars();
				this.flush();
				this.pushWhitespace(Math.abs(advanceX));
			} else this.width += advanceX;
		} else if (!this.addFakeSpaces(advanceX, orientation)) {
			if (this.str.length === 0) {
				this.resetLastChars();
				this.pushWhitespace(Math.abs(advanceX));
			} else this.width += advanceX;
		}
		if (Math.abs(advanceY) > this.height * VERTICAL_SHIFT_RATIO) this.flush();
		return true;
	}
	/** One run of glyphs between two TJ adjustments; `extraSpacing` follows its last glyph. */
	showGlyphs(glyphs, extraSpacing) {
		const s = this.state;
		const seen = this.fontOfItem;
		if (!seen || seen.fontSize !== s.fontSize || seen.loadedName !== s.loadedName && seen.fontName !== s.font?.name) {
			if (seen) this.flush();
			this.fontOfItem = {
				fontSize: s.fontSize,
				loadedName: s.loadedName,
				fontName: s.font?.name
			};
		}
		const baseCharSpacing = s.charSpacing;
		if (glyphs.length === 0) {
			const charSpacing = baseCharSpacing + extraSpacing;
			if (charSpacing) s.translateTextMatrix(charSpacing * s.textHScale, 0);
			return;
		}
		const scale = s.fontMatrix[0] * s.fontSize;
		for (let i = 0, n = glyphs.length; i < n; i++) {
			const glyph = glyphs[i];
			const category = categoryOf(glyph.unicode);
			if (category === 3) continue;
			let charSpacing = baseCharSpacing + (i + 1 === n ? extraSpacing : 0);
			let scaledDim = glyph.width * scale;
			if (glyph.originalCharCode === 32) charSpacing += s.wordSpacing;
			if (category === 1) {
				charSpacing += scaledDim;
				s.translateTextMatrix(charSpacing * s.textHScale, 0);
				this.saveLastChar(" ");
				continue;
			}
			if (category !== 2 && !this.compareWithLastPosition(scaledDim)) {
				s.translateTextMatrix(scaledDim * s.textHScale, 0);
				continue;
			}
			this.ensureItem();
			if (category === 2) scaledDim = 0;
			scaledDim *= s.textHScale;
			s.translateTextMatrix(scaledDim, 0);
			this.width += scaledDim;
			if (scaledDim) {
				s.currentTransform(this.prev);
				this.hasPrev = true;
				this.prevTextRise = s.textRise;
			}
			if (this.saveLastChar(glyph.unicode)) this.str.push(" ");
			this.str.push(glyph.unicode);
			if (charSpacing) s.translateTextMatrix(charSpacing * s.textHScale, 0);
		}
	}
};
const num = (args, k) => args[k];
function inverseRotation(x, y, m) {
	const scale = Math.hypot(m[0], m[1]);
	return [(m[0] * x + m[1] * y) / scale, (m[2] * x + m[3] * y) / scale];
}
/**
* Text items of a page from its operator list; `fonts` answers for every
* font the list sets (they are in commonObjs once getOperatorList has
* resolved). `view` is page.view, outside which getTextContent drops glyphs.
* Returns null where the page needs getTextContent itself.
*/
function textFromOperatorList(fnArray, argsArray, fonts, view) {
	const out = [];
	let state = new TextState();
	const saved = [];
	let builder = new ItemBuilder(out, view, state);
	const forms = [];
	const setFont = (loadedName, size) => {
		const font = fonts(loadedName);
		if (!font || font.vertical || font.isType3Font) throw new Unsupported();
		state.loadedName = loadedName;
		state.fontSize = size;
		state.font = font;
		state.fontMatrix = font.fontMatrix ?? FONT_IDENTITY_MATRIX;
	};
	let annotationDepth = 0;
	try {
		for (let i = 0; i < fnArray.length; i++) {
			const fn = fnArray[i];
			const args = argsArray[i] ?? [];
			if (fn === OPS.beginAnnotation) annotationDepth++;
			else if (fn === OPS.endAnnotation) annotationDepth = Math.max(0, annotationDepth - 1);
			if (annotationDepth > 0) continue;
			switch (fn) {
				case OPS.save:
					saved.push(state);
					state = state.clone();
					builder.state = state;
					break;
				case OPS.restore: {
					const previous = saved.pop();
					if (previous) builder.state = state = previous;
					break;
				}
				case OPS.transform:
					state.ctm = Util.transform(state.ctm, args);
					break;
				case OPS.setFont:
					setFont(args[0], num(args, 1));
					break;
				case OPS.setGState:
					for (const [key, value] of args[0]) {
						if (key !== "Font") continue;
						builder.flush();
						const [loadedName, size] = value;
						setFont(loadedName, size);
					}
					break;
				case OPS.setTextRise:
					state.textRise = num(args, 0);
					break;
				case OPS.setHScale:
					state.textHScale = num(args, 0) / 100;
					break;
				case OPS.setLeading:
					state.leading = num(args, 0);
					break;
				case OPS.moveText:
					state.translateTextLineMatrix(num(args, 0), num(args, 1));
					state.textMatrix = state.textLineMatrix.slice();
					break;
				case OPS.setLeadingMoveText:
					state.leading = -num(args, 1);
					state.translateTextLineMatrix(num(args, 0), num(args, 1));
					state.textMatrix = state.textLineMatrix.slice();
					break;
				case OPS.nextLine:
					state.carriageReturn();
					break;
				case OPS.setTextMatrix: {
					const m = Array.from(args[0]);
					state.textMatrix = m;
					state.textLineMatrix = m.slice();
					builder.updateAdvanceScale();
					break;
				}
				case OPS.setCharSpacing:
					state.charSpacing = num(args, 0);
					break;
				case OPS.setWordSpacing:
					state.wordSpacing = num(args, 0);
					break;
				case OPS.beginText:
					state.textMatrix = IDENTITY.slice();
					state.textLineMatrix = IDENTITY.slice();
					break;
				case OPS.showText:
					showText(builder, args[0]);
					break;
				case OPS.paintFormXObjectBegin: {
					builder.flush();
					forms.push({
						builder,
						state,
						saved: saved.splice(0)
					});
					state = state.clone();
					const matrix = args[0];
					if (matrix) state.ctm = Util.transform(state.ctm, Array.from(matrix));
					builder = new ItemBuilder(out, view, state);
					break;
				}
				case OPS.paintFormXObjectEnd: {
					builder.flush();
					const outer = forms.pop();
					if (outer) {
						({builder, state} = outer);
						saved.splice(0, saved.length, ...outer.saved);
					}
					break;
				}
				default: if (FLUSHING_OPS.has(fn)) builder.flush();
			}
		}
		builder.flush();
	} catch (error) {
		if (error instanceof Unsupported) return null;
		throw error;
	}
	return out;
}
/** A Tj or TJ: the operator list has the glyphs, with TJ's adjustments (thousandths of a text unit) between them. */
function showText(builder, elements) {
	if (elements.length === 0) {
		builder.showGlyphs([], 0);
		return;
	}
	const spaceFactor = -builder.state.fontSize / 1e3;
	let run = [];
	let sawNumber = false;
	for (const element of elements) if (typeof element === "number") {
		sawNumber = true;
		if (element === 0) continue;
		builder.showGlyphs(run, element * spaceFactor);
		run = [];
	} else run.push(element);
	if (run.length > 0 || !sawNumber) builder.showGlyphs(run, 0);
}
// dist/extract/pdf/lines.js
/** Groups items whose baselines lie within a third of the font size: sub/superscripts stay on their line. */
function buildLines(items) {
	const sorted = [...items].sort((a, b) => a.y - b.y || a.x - b.x);
	const lines = [];
	for (const item of sorted) {
		const last = lines[lines.length - 1];
		if (last && Math.abs(item.y - last.y) <= Math.max(1.5, .35 * Math.min(item.size, last.size))) {
			last.items.push(item);
			last.x0 = Math.min(last.x0, item.x);
			last.x1 = Math.max(last.x1, item.x + item.width);
			last.size = Math.max(last.size, item.size);
		} else lines.push({
			items: [item],
			y: item.y,
			x0: item.x,
			x1: item.x + item.width,
			size: item.size,
			number: 0
		});
	}
	lines.forEach((line, index) => {
		line.items.sort((a, b) => a.x - b.x);
		line.number = index + 1;
	});
	return lines;
}
/** Joins items left to right; a gap wider than ~a fifth of the font size is a space the PDF did not draw. */
function lineText(items) {
	const sorted = [...items].sort((a, b) => a.x - b.x);
	let text = "";
	let end = -Infinity;
	for (const item of sorted) {
		if (text !== "") {
			if (item.x - end > .2 * item.size && !/\s$/u.test(text) && !/^\s/u.test(item.str)) text += " ";
		}
		text += item.str;
		end = Math.max(end, item.x + item.width);
	}
	return text.replace(/\s+/gu, " ").trim();
}
/**
* Rough relative glyph widths of a proportional font: pdf.js gives only a
* run's total width, and even widths misplace a cut by a word in long runs.
*/
function estimateGlyphWeight(ch) {
	if (ch === " ") return .28;
	if (/[\p{Lu}]/u.test(ch)) return /[ЖШЩЮМФ]/u.test(ch) ? .9 : .68;
	if (/[\p{Ll}]/u.test(ch)) return /[жшщюмфы]/u.test(ch) ? .72 : /[ijlrtf]/u.test(ch) ? .3 : .52;
	if (/\d/u.test(ch)) return .55;
	return .33;
}
/** Asked for every character of every cell line and cut item, so answered once per character. */
const glyphWeights = /* @__PURE__ */ new Map();
function glyphWeight(ch) {
	let weight = glyphWeights.get(ch);
	if (weight === void 0) {
		weight = estimateGlyphWeight(ch);
		glyphWeights.set(ch, weight);
	}
	return weight;
}
const weightOf = (text) => [...text].reduce((sum, ch) => sum + glyphWeight(ch), 0);
/**
* A cell's lines as text. A PDF has no line breaks, only wrapped lines: a
* line is joined to the one before with a space (or rejoined at a hyphen)
* when the next line's first word could not have fitted before `rightEdge`;
* otherwise the author broke it on purpose, and the break is kept as `\n`
* (later stages split responsible parties there). List dashes always start a line.
*/
function cellText(lines, rightEdge) {
	let text = "";
	let previous = null;
	for (const line of lines) {
		const t = lineText(line.items);
		if (previous === null || text === "") text = t;
		else {
			const first = line.items[0];
			const word = /^\S+/u.exec(first.str)?.[0] ?? first.str;
			text = (first.width * weightOf(word) / Math.max(1e-6, weightOf(first.str)) < rightEdge - 5 - (previous.x1 + .28 * first.size) || /^[-–—•]/u.test(t)) && !/[\p{L}]-$/u.test(text) ? `${text}\n${t}` : joinFragments(text, t);
		}
		previous = line;
	}
	return text;
}
/**
* An item cut into its words, each placed by the glyph weights: pdf.js gives
* one item for a whole run of a cell's line, but columns are found from where
* words lie, and OCR layers give one item a word already.
*/
function splitWords(item) {
	if (!item.str.includes(" ")) return [item];
	const chars = [...item.str];
	const offsets = [0];
	for (const ch of chars) offsets.push(offsets[offsets.length - 1] + glyphWeight(ch));
	const scale = item.width / Math.max(1e-6, offsets[chars.length]);
	const words = [];
	let start = -1;
	chars.forEach((ch, k) => {
		if (ch !== " " && start < 0) start = k;
		if ((ch === " " || k === chars.length - 1) && start >= 0) {
			const end = ch === " " ? k : k + 1;
			const x = item.x + offsets[start] * scale;
			words.push({
				...item,
				str: chars.slice(start, end).join(""),
				x,
				width: item.x + offsets[end] * scale - x
			});
			start = -1;
		}
	});
	return words;
}
// dist/extract/pdf/rulings.js
/**
* Ruling lines from the operator list. LibreOffice and Word draw table rules
* both as stroked lines and as thin filled rectangles, in whatever user space
* the current transform set up, so the CTM is tracked through save/restore.
*/
const MOVE = 0;
const LINE = 1;
const CURVE = 2;
const QUAD = 3;
const CLOSE = 4;
/** Thicker than this a filled rectangle is a shading, not a rule. */
const MAX_RULE_THICKNESS = 3;
const AXIS_TOLERANCE = 1;
function extractRulings(fnArray, argsArray, viewportTransform) {
	const segments = [];
	let ctm = [
		1,
		0,
		0,
		1,
		0,
		0
	];
	const stack = [];
	const fillOps = /* @__PURE__ */ new Set([
		OPS.fill,
		OPS.eoFill,
		OPS.fillStroke,
		OPS.eoFillStroke,
		OPS.closeFillStroke,
		OPS.closeEOFillStroke
	]);
	const strokeOps = /* @__PURE__ */ new Set([
		OPS.stroke,
		OPS.closeStroke,
		OPS.fillStroke,
		OPS.eoFillStroke,
		OPS.closeFillStroke,
		OPS.closeEOFillStroke
	]);
	const toDevice = (x, y) => {
		const p = [x, y];
		Util.applyTransform(p, ctm);
		Util.applyTransform(p, viewportTransform);
		return [p[0] ?? 0, p[1] ?? 0];
	};
	for (let i = 0; i < fnArray.length; i++) {
		const fn = fnArray[i];
		const args = argsArray[i];
		if (fn === OPS.save) stack.push(ctm);
		else if (fn === OPS.restore || fn === OPS.paintFormXObjectEnd) ctm = stack.pop() ?? [
			1,
			0,
			0,
			1,
			0,
			0
		];
		else if (fn === OPS.transform && args) ctm = Util.transform(ctm, args);
		else if (fn === OPS.paintFormXObjectBegin) {
			stack.push(ctm);
			const matrix = args?.[0];
			if (matrix) ctm = Util.transform(ctm, Array.from(matrix));
		} else if (fn === OPS.constructPath && args) {
			const paintOp = args[0];
			const path = args[1]?.[0];
			if (!path) continue;
			const stroked = strokeOps.has(paintOp);
			const filled = fillOps.has(paintOp);
			if (!stroked && !filled) continue;
			for (const sub of subpaths(path)) {
				const pts = sub.map(([x, y]) => toDevice(x, y));
				if (filled && pts.length >= 4) {
					const xs = pts.map((p) => p[0]);
					const ys = pts.map((p) => p[1]);
					const x0 = Math.min(...xs), x1 = Math.max(...xs), y0 = Math.min(...ys), y1 = Math.max(...ys);
					if (x1 - x0 <= MAX_RULE_THICKNESS && y1 - y0 > MAX_RULE_THICKNESS) segments.push({
						dir: "v",
						pos: (x0 + x1) / 2,
						a: y0,
						b: y1
					});
					else if (y1 - y0 <= MAX_RULE_THICKNESS && x1 - x0 > MAX_RULE_THICKNESS) segments.push({
						dir: "h",
						pos: (y0 + y1) / 2,
						a: x0,
						b: x1
					});
					else if (!stroked) continue;
				}
				if (stroked) for (let k = 1; k < pts.length; k++) pushEdge(segments, pts[k - 1], pts[k]);
			}
		}
	}
	return segments;
}
function pushEdge(out, p, q) {
	if (Math.abs(p[1] - q[1]) <= AXIS_TOLERANCE && Math.abs(p[0] - q[0]) > AXIS_TOLERANCE) out.push({
		dir: "h",
		pos: (p[1] + q[1]) / 2,
		a: Math.min(p[0], q[0]),
		b: Math.max(p[0], q[0])
	});
	else if (Math.abs(p[0] - q[0]) <= AXIS_TOLERANCE && Math.abs(p[1] - q[1]) > AXIS_TOLERANCE) out.push({
		dir: "v",
		pos: (p[0] + q[0]) / 2,
		a: Math.min(p[1], q[1]),
		b: Math.max(p[1], q[1])
	});
}
/** Decodes the 5.x path encoding into polylines; curves are reduced to their end points (rules are never curved). */
function subpaths(path) {
	const out = [];
	let current = [];
	let i = 0;
	while (i < path.length) {
		const op = path[i++];
		if (op === MOVE) {
			if (current.length) out.push(current);
			current = [[path[i], path[i + 1]]];
			i += 2;
		} else if (op === LINE) {
			current.push([path[i], path[i + 1]]);
			i += 2;
		} else if (op === CURVE) {
			current.push([path[i + 4], path[i + 5]]);
			i += 6;
		} else if (op === QUAD) {
			current.push([path[i + 2], path[i + 3]]);
			i += 4;
		} else if (op === CLOSE) {
			if (current.length) current.push(current[0]);
		} else break;
	}
	if (current.length) out.push(current);
	return out;
}
// dist/extract/pdf/grid.js
const SNAP$1 = 2;
/** Sorted distinct positions, those closer than SNAP merged into their mean. */
function cluster(values) {
	const sorted = [...values].sort((a, b) => a - b);
	const groups = [];
	for (const v of sorted) {
		const g = groups[groups.length - 1];
		if (g && v - g[g.length - 1] <= SNAP$1) g.push(v);
		else groups.push([v]);
	}
	return groups.map((g) => g.reduce((s, v) => s + v, 0) / g.length);
}
/** Segments on one line joined, so a rule drawn in pieces covers its whole length. */
function covers(segments, dir, pos, from, to) {
	const mid = (from + to) / 2;
	const span = Math.max(1, (to - from) * .25);
	return segments.some((s) => s.dir === dir && Math.abs(s.pos - pos) <= SNAP$1 && s.a <= mid - span + SNAP$1 && s.b >= mid + span - SNAP$1);
}
/**
* Splits a page's segments into tables: vertical rules whose y ranges touch
* belong to one table; each group becomes a grid.
*/
function buildGrids(segments) {
	const verticals = segments.filter((s) => s.dir === "v").sort((a, b) => a.a - b.a);
	const bands = [];
	for (const v of verticals) {
		const band = bands.find((bd) => v.a <= bd.b + SNAP$1 && v.b >= bd.a - SNAP$1);
		if (band) {
			band.a = Math.min(band.a, v.a);
			band.b = Math.max(band.b, v.b);
			band.x0 = Math.min(band.x0, v.pos);
			band.x1 = Math.max(band.x1, v.pos);
		} else bands.push({
			a: v.a,
			b: v.b,
			x0: v.pos,
			x1: v.pos
		});
	}
	const grids = [];
	for (const band of bands) {
		const inBand = segments.filter((s) => s.dir === "v" ? s.a >= band.a - SNAP$1 && s.b <= band.b + SNAP$1 && s.pos >= band.x0 - SNAP$1 && s.pos <= band.x1 + SNAP$1 : s.pos >= band.a - SNAP$1 && s.pos <= band.b + SNAP$1 && s.b >= band.x0 - SNAP$1 && s.a <= band.x1 + SNAP$1);
		const xs = cluster(inBand.filter((s) => s.dir === "v").map((s) => s.pos));
		const ys = cluster([
			band.a,
			band.b,
			...inBand.filter((s) => s.dir === "h").map((s) => s.pos)
		]);
		if (xs.length < 2 || ys.length < 2) continue;
		grids.push({
			xs,
			ys,
			cells: mergeCells(xs, ys, inBand)
		});
	}
	return grids.sort((g, h) => g.ys[0] - h.ys[0]);
}
function mergeCells(xs, ys, segments) {
	const rows = ys.length - 1;
	const cols = xs.length - 1;
	const owner = Array.from({ length: rows }, () => new Array(cols).fill(-1));
	const cells = [];
	for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) {
		if (owner[r][c] !== -1) continue;
		let c1 = c;
		while (c1 + 1 < cols && owner[r][c1 + 1] === -1 && !covers(segments, "v", xs[c1 + 1], ys[r], ys[r + 1])) c1++;
		let r1 = r;
		while (r1 + 1 < rows && !Array.from({ length: c1 - c + 1 }, (_, k) => c + k).some((cc) => owner[r1 + 1][cc] !== -1 || covers(segments, "h", ys[r1 + 1], xs[cc], xs[cc + 1]))) r1++;
		const id = cells.length;
		for (let rr = r; rr <= r1; rr++) for (let cc = c; cc <= c1; cc++) owner[rr][cc] = id;
		cells.push({
			row: r,
			col: c,
			rowSpan: r1 - r + 1,
			colSpan: c1 - c + 1,
			x0: xs[c],
			x1: xs[c1 + 1],
			y0: ys[r],
			y1: ys[r1 + 1]
		});
	}
	return cells;
}
// dist/extract/pdf/stream.js
/** An activity number in the number column: `1`, `1.1.`, `4.2.3.10`, `IV.`. */
const ROW_NUMBER = /^(?:\d+(?:\.\d+)*\.?|[IVXLC]+\.)$/u;
/** Chunk gaps, in font sizes: wider than a word space. OCR places words apart by their image gaps, wider than a font's spaces. */
const CHUNK_GAP = 1.2;
const SCAN_CHUNK_GAP = 2;
/** A table ends at a vertical gap wider than this many font sizes. */
const TABLE_GAP = 2.5;
/** A gutter is at least this many font sizes wide: cell paddings on both sides of a column border. */
const MIN_GUTTER = .4;
/** How far an estimated word position may be from a column's left edge, in points. */
const SNAP = 4;
/** A line whose one chunk is wider than this share of the table is left out of the first projection. */
const WIDE_LINE = .5;
const right = (w) => w.x + w.width;
const textOf = (words) => words.map((w) => w.str).join(" ");
const median = (xs) => [...xs].sort((p, q) => p - q)[Math.floor(xs.length / 2)] ?? 0;
function chunksOf(words, gap) {
	const out = [];
	let end = -Infinity;
	for (const word of words) {
		const last = out[out.length - 1];
		if (last && word.x - end <= gap * word.size) last.push(word);
		else out.push([word]);
		end = Math.max(end, right(word));
	}
	return out;
}
/** Where three or more items start at one x: the left edges of columns, exact where word positions inside a run are estimates. */
function columnStarts(lines) {
	const counts = /* @__PURE__ */ new Map();
	for (const line of lines) for (const item of line.items) counts.set(Math.round(item.x), (counts.get(Math.round(item.x)) ?? 0) + 1);
	return [...counts].filter(([, n]) => n >= 3).map(([x]) => x);
}
/**
* pdf.js joins two cells' text into one run where the gutter is narrow
* (`Руководители ОО Использование в полном`, seed 001), and the words of a
* run are placed by estimated glyph widths, a few points off. A word that
* starts near a column's left edge starts there, and the words after it move with it.
*/
function snapWords(words, starts) {
	for (let k = 1; k < words.length; k++) {
		const w = words[k];
		const edge = starts.find((x) => Math.abs(x - w.x) <= SNAP && Math.abs(x - w.x) > .5);
		if (edge === void 0 || edge - right(words[k - 1]) < .2 * w.size) continue;
		const shift = edge - w.x;
		for (let j = k; j < words.length; j++) words[j] = {
			...words[j],
			x: words[j].x + shift
		};
	}
	return words;
}
/** An activity number as OCR misreads its dots, doubled or as a colon: `1..2.`, `2:2.` (seed 004's scan). */
const OCR_NUMBER = /^\d+(?:(?:\.\.|:)\d+|\.\d+)*\.$/u;
/** A line's first word that OCR read as such a number is the number it shows (`1..2.` is 1.2.). */
function withOcrNumber(w) {
	if (ROW_NUMBER.test(w.str) || !OCR_NUMBER.test(w.str)) return w;
	return {
		...w,
		str: w.str.replace(/\.\.|:/gu, ".")
	};
}
/** The column roles named by separate chunks of a line, in order: `№ | Мероприятие | Срок | Ответственный`. */
function chunkRoles(l) {
	const roles = [];
	for (const chunk of l.chunks) {
		const role = chunk.map((word) => headerRole(word.str)).find((r) => r !== "other");
		if (role !== void 0 && !roles.includes(role)) roles.push(role);
	}
	return roles;
}
/** A header line names three columns, or two of which one is the deadline or, opening the line, the number (`№ | ОО | Ответственный от ОО`). */
function isHeaderLine(l) {
	if (l.chunks.length < 2) return false;
	const roles = chunkRoles(l);
	const opensWithNumber = headerRole(textOf(l.chunks[0])) === "number";
	return roles.length >= 3 || roles.length >= 2 && (roles.includes("deadline") || opensWithNumber);
}
const isNumberedLine = (l) => l.chunks.length >= 3 && ROW_NUMBER.test(l.words[0].str);
function findStreamTables(lines, page, options) {
	const gap = options.scan ? SCAN_CHUNK_GAP : CHUNK_GAP;
	const starts = columnStarts(lines);
	const all = lines.map((line) => {
		const words = line.items.flatMap((item) => snapWords(splitWords(item), starts)).map((w, k) => options.scan && k === 0 ? withOcrNumber(w) : w);
		return {
			line,
			words,
			chunks: chunksOf(words, gap)
		};
	});
	const found = [];
	let i = 0;
	while (i < all.length) {
		const header = isHeaderLine(all[i]);
		const ownHeader = (columns) => !header || columns.header.length === 0 || chunkRoles(all[i]).join() === columns.header.join();
		const continuing = i === 0 && options.continuing !== null && ownHeader(options.continuing);
		if (!continuing && !header && !isNumberedLine(all[i])) {
			i++;
			continue;
		}
		let end = i + 1;
		const opensTable = (k) => isHeaderLine(all[k]) && !isHeaderLine(all[k - 1]);
		while (end < all.length && all[end].line.y - all[end - 1].line.y <= TABLE_GAP * all[end].line.size && !opensTable(end)) end++;
		const table = readTable(all, i, end, page, header, continuing ? options.continuing : null);
		if (table) {
			found.push(table);
			i = end;
		} else i++;
	}
	return found;
}
/** The same columns: as many gutters, each overlapping its counterpart. */
function sameGutters(a, b) {
	return a.length === b.length && a.every((g, k) => g.a <= b[k].b && b[k].a <= g.b);
}
/** The gutters a line crosses: one of its words runs over a gutter's middle from outside it. */
function crossed(l, gutters) {
	return gutters.filter((g) => {
		const mid = (g.a + g.b) / 2;
		return l.words.some((w) => w.x < mid - 1 && right(w) > mid + 1 && (w.x < g.a || right(w) > g.b));
	});
}
const crossings = (l, gutters) => crossed(l, gutters).length;
const crosses = (l, gutters) => crossings(l, gutters) > 0;
function coverage(lines, x0, x1) {
	const counts = new Uint16Array(Math.max(1, Math.ceil(x1 - x0) + 1));
	for (const l of lines) for (const w of l.words) {
		const to = Math.min(counts.length, Math.ceil(right(w) - x0));
		for (let k = Math.max(0, Math.floor(w.x - x0)); k < to; k++) counts[k]++;
	}
	return {
		x0,
		counts
	};
}
/** Two coverages added: the lines of a table on two pages, in the same page space. */
function addCoverage(a, b) {
	const x0 = Math.min(a.x0, b.x0);
	const counts = new Uint16Array(Math.max(a.x0 + a.counts.length, b.x0 + b.counts.length) - x0);
	for (const c of [a, b]) c.counts.forEach((n, k) => counts[c.x0 - x0 + k] += n);
	return {
		x0,
		counts
	};
}
/** Runs where at most `limit` lines have a word, `minWidth` wide, with text on both sides. */
function gutterRuns({ x0, counts }, limit, minWidth) {
	const out = [];
	let start = -1;
	for (let k = 0; k <= counts.length; k++) {
		const low = k < counts.length && counts[k] <= limit;
		if (low && start < 0) start = k;
		else if (!low && start >= 0) {
			if (start > 0 && k < counts.length && k - start >= minWidth) out.push({
				a: x0 + start,
				b: x0 + k
			});
			start = -1;
		}
	}
	return out;
}
function findColumns(lines, size, before) {
	const x0 = Math.min(...lines.map((l) => l.words[0].x));
	const x1 = Math.max(...lines.map((l) => Math.max(...l.words.map(right))));
	const minWidth = MIN_GUTTER * size;
	const wide = (l) => l.chunks.length === 1 && right(l.words[l.words.length - 1]) - l.words[0].x > WIDE_LINE * (x1 - x0);
	const ordinary = lines.filter((l) => !wide(l));
	const tolerant = gutterRuns(coverage(ordinary, x0, x1), Math.max(1, Math.floor(.08 * ordinary.length)), minWidth);
	const own = coverage(lines.filter((l) => !crosses(l, tolerant)), x0, x1);
	const cover = before ? addCoverage(own, before) : own;
	return {
		gutters: withoutThinColumns(gutterRuns(cover, Math.floor(.05 * Math.max(...cover.counts)), minWidth), lines),
		coverage: cover
	};
}
/** A column with words on one line only is noise between two gutters (OCR reads a rule as `-`), not a column: the gutters join. */
function withoutThinColumns(gutters, lines) {
	const out = [...gutters];
	for (let k = 1; k < out.length; k++) {
		const [left, next] = [out[k - 1], out[k]];
		if (lines.filter((l) => l.words.some((w) => w.x >= left.b - 1 && right(w) <= next.a + 1)).length >= 2) continue;
		out.splice(k - 1, 2, {
			a: left.a,
			b: next.b
		});
		k--;
	}
	return out;
}
function readTable(all, start, end, page, header, previous) {
	const region = all.slice(start, end);
	const size = median(region.map((l) => l.line.size));
	let found = findColumns(region, size, previous?.coverage ?? null);
	if (previous !== null && !sameGutters(found.gutters, previous.gutters)) {
		const own = findColumns(region, size, null).gutters;
		const overlaps = (g, among) => among.some((p) => g.a <= p.b && p.a <= g.b);
		const kept = previous.gutters.filter((p) => overlaps(p, own)).length;
		const fits = own.every((g) => overlaps(g, previous.gutters)) || kept >= Math.max(2, previous.gutters.length - 1);
		if (own.length < 2 || !fits) return null;
		found = {
			gutters: previous.gutters,
			coverage: found.coverage
		};
	}
	const fitsPrevious = previous !== null;
	const { gutters } = found;
	const columns = gutters.length + 1;
	if (columns < (header || fitsPrevious ? 2 : 3)) return null;
	const colOf = (w) => {
		const centre = w.x + w.width / 2;
		const k = gutters.findIndex((g) => centre < (g.a + g.b) / 2);
		return k < 0 ? gutters.length : k;
	};
	const spanning = new Set(region.filter((l) => crossings(l, gutters) >= Math.min(2, gutters.length)));
	const firstCell = (l) => textOf(l.words.filter((w) => colOf(w) === 0));
	const numbered = new Set(region.filter((l) => !spanning.has(l) && ROW_NUMBER.test(firstCell(l))));
	const numberColumn = numbered.size >= 2 || fitsPrevious && numbered.size >= 1;
	const pitch = median(region.slice(1).map((l, k) => l.line.y - region[k].line.y));
	const headerEnd = numberColumn ? region.findIndex((l) => numbered.has(l) || spanning.has(l) && ROW_NUMBER.test(l.words[0].str)) : header ? 1 : 0;
	if (headerEnd < 0) return null;
	const starts = [];
	region.forEach((l, k) => {
		if (k < headerEnd) return;
		const after = k > 0 ? l.line.y - region[k - 1].line.y : Infinity;
		if (starts.length > 0 && spanning.has(region[starts[starts.length - 1]]) && Math.abs(l.words[0].x - region[starts[starts.length - 1]].words[0].x) <= 2 && after <= 1.5 * l.line.size) return;
		if (numberColumn ? spanning.has(l) || numbered.has(l) : k === headerEnd || after > 1.3 * pitch) starts.push(k);
	});
	if (previous !== null && !header && headerEnd > 0) starts.unshift(0);
	if (starts.length - (previous !== null && !header && headerEnd > 0 ? 1 : 0) < (previous !== null || header ? 1 : 2)) return null;
	const rightEdges = Array.from({ length: columns }, () => -Infinity);
	for (const l of region) if (!spanning.has(l)) for (const w of l.words) rightEdges[colOf(w)] = Math.max(rightEdges[colOf(w)], right(w) + 5);
	const piece = (l, words) => ({
		...l.line,
		items: words,
		x0: words[0].x,
		x1: Math.max(...words.map(right))
	});
	const rowOf = (rowLines, body) => {
		const source = {
			page,
			line: rowLines[0].line.number
		};
		if (spanning.has(rowLines[0]) && (numberColumn || rowLines.length === 1)) {
			const words = rowLines.flatMap((l) => l.words);
			return {
				type: "row",
				cells: [{
					type: "cell",
					text: cellText(rowLines.map((l) => piece(l, l.words)), Math.max(...words.map(right)) + 5),
					bold: words.every((w) => w.bold),
					colSpan: columns,
					rowSpan: 1,
					source
				}],
				source
			};
		}
		const over = body && rowLines.length === 1 ? crossed(rowLines[0], gutters).map((g) => gutters.indexOf(g)) : [];
		const lastColumn = Math.max(...rowLines[0].words.map(colOf));
		const merged = new Set(over.length > 0 && Math.max(...over) + 1 === lastColumn ? over : []);
		const cells = [];
		for (let c = 0; c < columns;) {
			let last = c;
			while (merged.has(last)) last++;
			const inCell = (w) => colOf(w) >= c && colOf(w) <= last;
			const pieces = rowLines.map((l) => ({
				l,
				words: l.words.filter(inCell)
			})).filter((p) => p.words.length > 0);
			const text = cellText(pieces.map((p) => piece(p.l, p.words)), rightEdges[last]);
			const cellSource = pieces[0] ? {
				page,
				line: pieces[0].l.line.number
			} : null;
			const bold = pieces.length > 0 && pieces.every((p) => p.words.every((w) => w.bold));
			cells.push({
				type: "cell",
				text,
				bold,
				colSpan: last - c + 1,
				rowSpan: 1,
				source: cellSource
			});
			c = last + 1;
		}
		return {
			type: "row",
			cells,
			source
		};
	};
	const rows = [];
	if (headerEnd > 0 && (header || previous === null)) rows.push(rowOf(region.slice(0, headerEnd), false));
	starts.forEach((s, k) => rows.push(rowOf(region.slice(s, starts[k + 1] ?? region.length), true)));
	return {
		table: {
			type: "table",
			rows,
			source: { ...rows[0].source }
		},
		columns: gutters.map((g) => (g.a + g.b) / 2),
		stream: {
			...found,
			header: previous?.header ?? (header ? chunkRoles(region[0]) : []),
			continues: previous !== null
		},
		y: region[0].line.y,
		lines: new Set(region.map((l) => l.line))
	};
}
// dist/extract/pdf/scan.js
/**
* Searchable scans: a page image with the OCR engine's words laid over it as
* invisible text (text render mode 3, ISO 32000-1 §9.3.6), as Tesseract's
* `pdf` output and scanners with OCR make them. There are no vector rules on
* such a page; its table is read from the words alone.
*/
const INVISIBLE = 3;
const IMAGE_OPS = /* @__PURE__ */ new Set([
	OPS.paintImageXObject,
	OPS.paintInlineImageXObject,
	OPS.paintImageXObjectRepeat
]);
/** A page that paints an image and sets no text render mode but invisible. */
function isSearchableScan(fnArray, argsArray) {
	let image = false;
	let invisible = false;
	for (let i = 0; i < fnArray.length; i++) {
		const fn = fnArray[i];
		if (IMAGE_OPS.has(fn)) image = true;
		else if (fn === OPS.setTextRenderingMode) {
			if (argsArray[i][0] !== INVISIBLE) return false;
			invisible = true;
		}
	}
	return image && invisible;
}
/** OCR reads a table's rules as `|`, `[` or `]`, alone or stuck to a word (`|до`, `1.1. |`). */
const RULE_GLYPHS = /^[|[\]]+|[|[\]]+$/gu;
/** The words without the rules OCR read as glyphs; a word's box shrinks by the glyphs it loses. */
function withoutRuleGlyphs(items) {
	const out = [];
	for (const item of items) {
		const str = item.str.trim().replace(RULE_GLYPHS, "").trim();
		if (str === "") continue;
		if (str === item.str) {
			out.push(item);
			continue;
		}
		const weight = (s) => [...s].reduce((sum, ch) => sum + glyphWeight(ch), 0);
		const scale = item.width / Math.max(1e-6, weight(item.str));
		const lead = item.str.indexOf(str);
		out.push({
			...item,
			str,
			x: item.x + weight(item.str.slice(0, lead)) * scale,
			width: weight(str) * scale
		});
	}
	return out;
}
// dist/extract/pdf/pages.js
/** The part of the page's height, at top and bottom, where running titles and page numbers live. */
const MARGIN_SHARE = .1;
const key = (text) => text.replace(/\d+/gu, "#").replace(/\s+/gu, " ").trim().toLowerCase();
/**
* Lines in the top or bottom margin that are page numbers (`3`, `- 3 -`,
* `стр. 3`, `3 из 10`) or repeat, digits aside, on at least half the pages.
*/
function findRunningLines(pages) {
	const marginal = (line, height) => line.y < height * MARGIN_SHARE || line.y > height * .9;
	const counts = /* @__PURE__ */ new Map();
	for (const page of pages) {
		const seen = /* @__PURE__ */ new Set();
		for (const line of page.lines) if (marginal(line, page.height)) seen.add(key(lineText(line.items)));
		for (const k of seen) counts.set(k, (counts.get(k) ?? 0) + 1);
	}
	const running = /* @__PURE__ */ new Set();
	for (const page of pages) for (const line of page.lines) {
		if (!marginal(line, page.height)) continue;
		const text = lineText(line.items);
		const isPageNumber = /^(?:[-–—]\s*)?(?:стр\.?\s*|страница\s*)?\d{1,4}(?:\s*(?:из|\/)\s*\d{1,4})?(?:\s*[-–—])?$/iu.test(text);
		const repeated = pages.length >= 3 && (counts.get(key(text)) ?? 0) >= Math.ceil(pages.length / 2);
		if (isPageNumber || repeated) running.add(line);
	}
	return running;
}
const rowKey = (row) => row.cells.map((c) => c.text.replace(/\s+/gu, " ").trim()).join("|");
const NUMBER_CELL = /^\d+(?:\.\d+)*\.?$/u;
/** The row of column numbers (`1 | 2 | 3 | 4`) printed under many headers and repeated on each page. */
function isColumnNumberRow(row) {
	return row.cells.length >= 3 && row.cells.every((c, i) => c.text.trim().replace(/\.$/u, "") === String(i + 1));
}
function headerRowCount(rows) {
	const first = rows.findIndex((r) => NUMBER_CELL.test(r.cells[0]?.text.trim() ?? "") && !isColumnNumberRow(r));
	return first < 0 ? 0 : first;
}
/** Same column boundaries within a couple of points: the same table, printed on the next page. */
function sameColumns(a, b) {
	if (a.length === b.length && a.every((x, i) => Math.abs(x - b[i]) <= 3)) return true;
	return Math.abs(a[0] - b[0]) <= 3 && Math.abs(a[a.length - 1] - b[b.length - 1]) <= 3;
}
/**
* Appends a continuation to `table`: repeated header rows (identical to the
* first page's) and a repeated column-number row are dropped; a first row
* whose number cell is empty is the rest of a row cut by the page break and
* is merged into the previous row cell by cell.
*/
/** Horizontal extent of lattice cells, so a cut row can be merged by position when spans differ between pages. */
const cellExtent = /* @__PURE__ */ new WeakMap();
const STARTS_WITH_NUMBER = /^\d+(?:\.\d+)*\.?(?:\s|$)/u;
function appendContinuation(table, meta, next) {
	let rows = next.rows;
	const headers = table.rows.slice(0, meta.headerRows).map(rowKey);
	while (rows.length > 0 && headers.includes(rowKey(rows[0]))) rows = rows.slice(1);
	const first = rows[0];
	const previous = table.rows[table.rows.length - 1];
	if (first && previous && isCutRow(first, previous)) {
		first.cells.forEach((more, i) => {
			if (more.text.trim() === "") return;
			const target = matchingCell(previous, more, i);
			if (!target) return;
			target.text = joinCellContinuation(target.text, more.text);
			if (!target.source) target.source = more.source;
		});
		rows = rows.slice(1);
	}
	table.rows.push(...rows);
}
/**
* The first row on a continuation page is the rest of the previous row when
* its number cell is empty, or when it does not start with a number although
* the previous row did (the number cell then spans more columns on this page).
*/
function isCutRow(first, previous) {
	const head = first.cells[0]?.text.trim() ?? "";
	if (!first.cells.some((c) => c.text.trim() !== "") || first.cells.every((c) => c.bold) || first.cells.length < 2) return false;
	if (previous.cells.some((c) => c.colSpan > 2)) return false;
	if (head === "") return true;
	return STARTS_WITH_NUMBER.test(previous.cells[0]?.text.trim() ?? "") && !STARTS_WITH_NUMBER.test(head);
}
/** The previous row's cell under the middle of `cell`; by index when positions are unknown. */
function matchingCell(previous, cell, index) {
	const extent = cellExtent.get(cell);
	if (extent) {
		const middle = (extent.x0 + extent.x1) / 2;
		const hit = previous.cells.find((c) => {
			const e = cellExtent.get(c);
			return e !== void 0 && middle >= e.x0 && middle <= e.x1;
		});
		if (hit) return hit;
	}
	return previous.cells[index];
}
// dist/extract/pdf/index.js
/** PDF bytes → layout: lines, paragraphs and ruled tables, tables joined across page breaks. */
const require = createRequire(import.meta.url);
/** The package's own font and CMap data, so pdf.js never fetches anything. */
const PDFJS_ROOT = dirname(require.resolve("pdfjs-dist/package.json"));
const STANDARD_FONTS = join(PDFJS_ROOT, "standard_fonts") + "/";
const CMAPS = join(PDFJS_ROOT, "cmaps") + "/";
async function extractPdf(bytes, options) {
	await loadPdfWorker();
	const task = getDocument({
		data: new Uint8Array(bytes),
		password: options.password ?? void 0,
		isEvalSupported: false,
		verbosity: 0,
		standardFontDataUrl: STANDARD_FONTS,
		cMapUrl: CMAPS,
		cMapPacked: true,
		useSystemFonts: false,
		disableFontFace: true
	});
	let doc;
	try {
		doc = await task.promise;
	} catch (error) {
		await task.destroy().catch(() => void 0);
		throw mapLoadError(error, options);
	}
	try {
		const pages = [];
		for (let n = 1; n <= doc.numPages; n++) {
			options.signal?.throwIfAborted();
			pages.push(await readPage(doc, n));
		}
		if (pages.every((p) => p.itemCount === 0)) throw new NoTextLayerError();
		const warnings = pages.filter((p) => p.itemCount === 0).map((p) => warning(WARNING_CODES.CONTENT_SKIPPED, `page ${p.number} has no text layer (a scan?) and was left out; run OCR to read it`, {
			page: p.number,
			line: 1
		}));
		return {
			type: "layout",
			format: "pdf",
			blocks: assemble(pages),
			pages: doc.numPages,
			encoding: null,
			warnings
		};
	} catch (error) {
		if (error instanceof IngestError || options.signal?.aborted && error === options.signal.reason) throw error;
		throw new CorruptDocumentError(`the PDF is damaged: ${oneLine(error)}`, { cause: error });
	} finally {
		await doc.destroy();
	}
}
function oneLine(error) {
	const line = (error instanceof Error ? error.message : String(error)).split("\n")[0]?.trim() ?? "";
	return line === "" ? "unknown error" : line.charAt(0).toLowerCase() + line.slice(1);
}
function mapLoadError(error, options) {
	const name = error?.name ?? "";
	if (name === "PasswordException") return new EncryptedDocumentError(options.password === null ? "the PDF is password-protected; pass it with --password" : "the password given with --password is wrong for this PDF");
	return new CorruptDocumentError(`the PDF cannot be read (${name || "error"}): ${oneLine(error)}`, { cause: error });
}
/**
* The fonts an operator list sets, as commonObjs has them. The worker sends
* each font before the op that sets it, so every one of them resolves.
*/
async function loadPageFonts(page, ops) {
	const names = /* @__PURE__ */ new Set();
	ops.fnArray.forEach((fn, i) => {
		const args = ops.argsArray[i];
		if (fn === OPS.setFont) names.add(args[0]);
		else if (fn === OPS.setGState) {
			for (const [key, value] of args[0]) if (key === "Font") names.add(value[0]);
		}
	});
	const fonts = /* @__PURE__ */ new Map();
	await Promise.all([...names].map((name) => new Promise((resolve) => page.commonObjs.get(name, (font) => (fonts.set(name, font), resolve())))));
	return fonts;
}
async function readPage(doc, number) {
	const page = await doc.getPage(number);
	try {
		const viewport = page.getViewport({ scale: 1 });
		const ops = await page.getOperatorList();
		const fonts = await loadPageFonts(page, ops);
		const textItems = textFromOperatorList(ops.fnArray, ops.argsArray, (name) => fonts.get(name), page.view) ?? (await page.getTextContent()).items;
		const boldCache = /* @__PURE__ */ new Map();
		const isBold = (fontName) => {
			let bold = boldCache.get(fontName);
			if (bold === void 0) {
				const font = fonts.get(fontName);
				bold = font?.bold === true || /bold|black|heavy|semibold|demi/i.test(font?.name ?? "");
				boldCache.set(fontName, bold);
			}
			return bold;
		};
		const scan = isSearchableScan(ops.fnArray, ops.argsArray);
		const positioned = positionItems(textItems, viewport.transform, isBold);
		const items = scan ? withoutRuleGlyphs(positioned) : positioned;
		const grids = scan ? [] : buildGrids(extractRulings(ops.fnArray, ops.argsArray, viewport.transform));
		return {
			number,
			height: viewport.height,
			lines: buildLines(items),
			grids,
			itemCount: items.length,
			scan
		};
	} finally {
		page.cleanup();
	}
}
function assemble(pages) {
	const running = findRunningLines(pages);
	const blocks = [];
	let openTable = null;
	for (const page of pages) {
		const pageBlocks = pageLayout(page, page.lines.filter((l) => !running.has(l)), openTable?.meta.stream ?? null);
		pageBlocks.forEach((pb, index) => {
			if (pb.block.type === "table" && pb.meta) {
				const { stream } = pb.meta;
				const same = (meta) => stream && meta.stream ? stream.continues : sameColumns(meta.xs, pb.meta.xs);
				if (index === 0 && openTable && same(openTable.meta)) appendContinuation(openTable.table, openTable.meta, pb.block);
				else {
					blocks.push(pb.block);
					openTable = {
						table: pb.block,
						meta: pb.meta
					};
				}
			} else blocks.push(pb.block);
			if (index === pageBlocks.length - 1 && pb.block.type !== "table") openTable = null;
		});
	}
	return blocks;
}
function inside(item, x0, x1, y0, y1) {
	const cx = item.x + item.width / 2;
	const cy = item.y - item.size * .3;
	return cx >= x0 && cx <= x1 && cy >= y0 && cy <= y1;
}
function pageLayout(page, lines, continuing) {
	const lineOf = /* @__PURE__ */ new Map();
	for (const line of lines) for (const item of line.items) lineOf.set(item, line);
	const used = /* @__PURE__ */ new Set();
	const out = [];
	for (const grid of page.grids) {
		const x0 = grid.xs[0], x1 = grid.xs[grid.xs.length - 1], y0 = grid.ys[0], y1 = grid.ys[grid.ys.length - 1];
		for (const [item, line] of [...lineOf.entries()]) {
			if (used.has(item) || !inside(item, x0, x1, y0, y1)) continue;
			const pieces = splitAtRules(item, grid.xs);
			if (pieces.length < 2) continue;
			lineOf.delete(item);
			line.items.splice(line.items.indexOf(item), 1, ...pieces);
			for (const piece of pieces) lineOf.set(piece, line);
		}
		const gridItems = [...lineOf.keys()].filter((it) => inside(it, x0, x1, y0, y1));
		if (gridItems.length === 0) continue;
		const rows = [];
		const byRow = /* @__PURE__ */ new Map();
		for (const gc of grid.cells) {
			const items = gridItems.filter((it) => !used.has(it) && inside(it, gc.x0, gc.x1, gc.y0, gc.y1));
			items.forEach((it) => used.add(it));
			const cellLines = buildLines(items);
			const text = cellText(cellLines, gc.x1);
			const firstItem = cellLines[0]?.items[0];
			const source = firstItem ? {
				page: page.number,
				line: lineOf.get(firstItem)?.number ?? 1
			} : null;
			const bold = items.length > 0 && items.every((it) => it.bold);
			const cells = byRow.get(gc.row) ?? [];
			const layoutCell = {
				type: "cell",
				text,
				bold,
				colSpan: gc.colSpan,
				rowSpan: gc.rowSpan,
				source
			};
			cellExtent.set(layoutCell, {
				x0: gc.x0,
				x1: gc.x1
			});
			cells.push(layoutCell);
			byRow.set(gc.row, cells);
		}
		for (const [r, cells] of [...byRow.entries()].sort((a, b) => a[0] - b[0])) {
			const rowLine = (cells.find((c) => c.source)?.source)?.line ?? nearestLine(lines, grid.ys[r]);
			rows.push({
				type: "row",
				cells,
				source: {
					page: page.number,
					line: rowLine
				}
			});
		}
		if (rows.length === 0) continue;
		const table = {
			type: "table",
			rows,
			source: { ...rows[0].source }
		};
		out.push({
			y: y0,
			block: table,
			meta: {
				xs: grid.xs,
				headerRows: headerRowCount(rows)
			}
		});
	}
	const freeLines = lines.map((line) => ({
		...line,
		items: line.items.filter((it) => !used.has(it))
	})).filter((line) => line.items.length > 0);
	const streamLines = /* @__PURE__ */ new Set();
	const continues = continuing !== null && page.grids.length === 0 ? continuing : null;
	for (const st of findStreamTables(freeLines, page.number, {
		scan: page.scan,
		continuing: continues
	})) {
		for (const l of st.lines) streamLines.add(l.number);
		out.push({
			y: st.y,
			block: st.table,
			meta: {
				xs: st.columns,
				headerRows: headerRowCount(st.table.rows),
				stream: st.stream
			}
		});
	}
	let current = null;
	const paragraphs = [];
	const rightEdge = Math.max(0, ...freeLines.filter((l) => !streamLines.has(l.number)).map((l) => l.x1));
	for (const line of lines) {
		const free = streamLines.has(line.number) ? [] : line.items.filter((it) => !used.has(it));
		if (free.length === 0) {
			current = null;
			continue;
		}
		const last = current?.lines[current.lines.length - 1];
		const gap = last ? line.y - last.y : Infinity;
		const indented = last ? line.x0 - last.x0 > line.size * 1.5 : false;
		const outdented = last ? last.x0 - line.x0 > line.size * 6 : false;
		const lastEndedShort = last ? last.x1 < rightEdge - line.size * 4 && !/[\p{L}]-$/u.test(lineText(last.items)) : false;
		if (!current || gap > line.size * 1.9 || indented || outdented || lastEndedShort) {
			current = { lines: [] };
			paragraphs.push(current);
		}
		current.lines.push({
			...line,
			items: free
		});
	}
	for (const p of paragraphs) {
		let text = "";
		for (const l of p.lines) text = joinFragments(text, lineText(l.items));
		const first = p.lines[0];
		out.push({
			y: first.y,
			block: {
				type: "paragraph",
				text,
				bold: p.lines.every((l) => l.items.every((it) => it.bold)),
				source: {
					page: page.number,
					line: first.number
				}
			}
		});
	}
	return out.sort((a, b) => a.y - b.y);
}
/** Splits an item where a column rule crosses it, at the space whose estimated position is nearest the rule. */
function splitAtRules(item, xs) {
	const crosses = (x) => x > item.x + item.size * .5 && x < item.x + item.width - item.size * .5;
	if (!xs.some(crosses)) return [item];
	const chars = [...item.str];
	const offsets = [0];
	for (const ch of chars) offsets.push(offsets[offsets.length - 1] + glyphWeight(ch));
	const scale = item.width / Math.max(1e-6, offsets[chars.length]);
	const xAt = (k) => item.x + offsets[k] * scale;
	const cuts = [];
	for (const x of xs) {
		if (!crosses(x)) continue;
		let best = -1;
		let bestDistance = item.size * 4;
		chars.forEach((ch, k) => {
			if (ch !== " ") return;
			const distance = Math.abs((xAt(k) + xAt(k + 1)) / 2 - x);
			if (distance < bestDistance) {
				best = k;
				bestDistance = distance;
			}
		});
		if (best > 0) cuts.push(best);
	}
	if (cuts.length === 0) return [item];
	const pieces = [];
	let from = 0;
	for (const cut of [...new Set(cuts)].sort((a, b) => a - b).concat(chars.length)) {
		const str = chars.slice(from, cut).join("");
		if (str.trim() !== "") pieces.push({
			...item,
			str: str.trim(),
			x: xAt(from),
			width: xAt(cut) - xAt(from)
		});
		from = cut + 1;
	}
	return pieces;
}
function nearestLine(lines, y) {
	return lines.find((l) => l.y >= y)?.number ?? lines[lines.length - 1]?.number ?? 1;
}
export { extractPdf };
