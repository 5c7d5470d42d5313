import { createRequire } from "node:module";
import { stringify } from "csv-stringify/sync";
// dist/export/csv.js
/**
* RoadmapDocuments → CSV, one row per activity, with the contract's columns
* first and in order. Excel in a Russian locale expects `;` and a UTF-8 BOM,
* hence the options.
*/
const CSV_COLUMNS = [
	"file",
	"decree_number",
	"decree_date",
	"roadmap",
	"section",
	"number",
	"title",
	"responsible",
	"co_executors",
	"deadline_text",
	"deadline_kind",
	"deadline_start",
	"deadline_end",
	"expected_result",
	"report_form"
];
const DEFAULT_CSV_OPTIONS = {
	delimiter: ",",
	bom: false
};
/**
* A spreadsheet runs a cell that starts with `=`, `+`, `-` or `@` as a
* formula (CSV injection); a leading apostrophe makes it show as text.
* Tab and carriage return are guarded too (OWASP's list).
*/
function guardFormula(value) {
	return /^[=+\-@\t\r]/u.test(value) ? `'${value}` : value;
}
function activityRows(document) {
	const rows = [];
	for (const roadmap of document.roadmaps) for (const activity of roadmap.activities) rows.push([
		document.source.file,
		document.decree.number ?? "",
		document.decree.date ?? "",
		roadmap.title ?? "",
		activity.section ?? "",
		activity.number ?? "",
		activity.title,
		joinParties(activity.responsible),
		joinParties(activity.coExecutors),
		activity.deadline.text,
		activity.deadline.kind,
		activity.deadline.start ?? "",
		activity.deadline.end ?? "",
		activity.expectedResult ?? "",
		activity.reportForm ?? ""
	].map(guardFormula));
	return rows;
}
/** The byte order mark (if asked for) and the header row: what a CSV starts with, once, however many documents follow. */
function csvHeader(options = DEFAULT_CSV_OPTIONS) {
	return (options.bom ? "﻿" : "") + stringifyRows([[...CSV_COLUMNS]], options);
}
/** One document's activity rows without the header, so a batch can stream documents into one CSV. */
function csvRecords(document, options = DEFAULT_CSV_OPTIONS) {
	const rows = activityRows(document);
	return rows.length === 0 ? "" : stringifyRows(rows, options);
}
function stringifyRows(rows, options) {
	return stringify(rows, {
		delimiter: options.delimiter,
		record_delimiter: "windows",
		quoted_match: /^\s|\s$/u
	});
}
function joinParties(parties) {
	return parties.map((party) => party.text).join("; ");
}
// dist/export/json.js
function toJson(document) {
	return `${JSON.stringify(document, null, 2)}\n`;
}
// dist/export/index.js
const OUTPUT_FORMATS = [
	"json",
	"ndjson",
	"csv"
];
/** JSON is pretty-printed; NDJSON is one line; CSV is the activity rows without the header (see csvHeader). */
function formatDocument(document, format, csv) {
	switch (format) {
		case "json": return toJson(document);
		case "ndjson": return `${JSON.stringify(document)}\n`;
		case "csv": return csvRecords(document, csv);
	}
}
// dist/model/roadmap.validate.generated.js
const require = createRequire(import.meta.url);
const validate$1 = validate20;
const schema32 = {
	"title": "Source",
	"type": "object",
	"additionalProperties": false,
	"required": [
		"file",
		"format",
		"sha256",
		"pages",
		"encoding"
	],
	"properties": {
		"file": {
			"type": "string",
			"description": "The path as given on the command line."
		},
		"format": { "enum": [
			"pdf",
			"docx",
			"text"
		] },
		"sha256": {
			"type": "string",
			"pattern": "^[0-9a-f]{64}$"
		},
		"pages": {
			"type": ["integer", "null"],
			"minimum": 0,
			"description": "pdf only, else null."
		},
		"encoding": {
			"type": ["string", "null"],
			"description": "text only: the detected encoding (utf-8, windows-1251, …), else null."
		}
	}
};
const pattern4 = /* @__PURE__ */ new RegExp("^1\\.[0-9]+$", "u");
const pattern5 = /* @__PURE__ */ new RegExp("^[0-9a-f]{64}$", "u");
const schema33 = {
	"title": "Decree",
	"description": "The order itself: its ГОСТ Р 7.0.97 requisites and its numbered clauses.",
	"type": "object",
	"additionalProperties": false,
	"required": [
		"kind",
		"authority",
		"date",
		"number",
		"place",
		"title",
		"signatory",
		"orders"
	],
	"properties": {
		"kind": {
			"type": ["string", "null"],
			"description": "приказ | постановление | распоряжение | …, lower case."
		},
		"authority": { "$ref": "#/$defs/NullableString" },
		"date": { "$ref": "#/$defs/NullableIsoDate" },
		"number": {
			"type": ["string", "null"],
			"description": "Without «№», as printed: \"1/1\", \"345\"."
		},
		"place": { "$ref": "#/$defs/NullableString" },
		"title": { "$ref": "#/$defs/NullableString" },
		"signatory": { "anyOf": [{ "$ref": "#/$defs/Signatory" }, { "type": "null" }] },
		"orders": {
			"type": "array",
			"items": { "$ref": "#/$defs/Order" }
		}
	}
};
const schema34 = { "type": ["string", "null"] };
const formats0 = require("ajv-formats/dist/formats").fullFormats.date;
const pattern6 = /* @__PURE__ */ new RegExp("^[0-9]{4}-[0-9]{2}-[0-9]{2}$", "u");
function validate22(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
	let vErrors = null;
	let errors = 0;
	const evaluated0 = validate22.evaluated;
	if (evaluated0.dynamicProps) evaluated0.props = void 0;
	if (evaluated0.dynamicItems) evaluated0.items = void 0;
	const _errs0 = errors;
	let valid0 = false;
	const _errs1 = errors;
	if (typeof data === "string") {
		if (!pattern6.test(data)) {
			const err0 = {
				instancePath,
				schemaPath: "#/$defs/IsoDate/pattern",
				keyword: "pattern",
				params: { pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$" },
				message: "must match pattern \"^[0-9]{4}-[0-9]{2}-[0-9]{2}$\""
			};
			if (vErrors === null) vErrors = [err0];
			else vErrors.push(err0);
			errors++;
		}
		if (!formats0.validate(data)) {
			const err1 = {
				instancePath,
				schemaPath: "#/$defs/IsoDate/format",
				keyword: "format",
				params: { format: "date" },
				message: "must match format \"date\""
			};
			if (vErrors === null) vErrors = [err1];
			else vErrors.push(err1);
			errors++;
		}
	} else {
		const err2 = {
			instancePath,
			schemaPath: "#/$defs/IsoDate/type",
			keyword: "type",
			params: { type: "string" },
			message: "must be string"
		};
		if (vErrors === null) vErrors = [err2];
		else vErrors.push(err2);
		errors++;
	}
	var _valid0 = _errs1 === errors;
	valid0 = valid0 || _valid0;
	const _errs4 = errors;
	if (data !== null) {
		const err3 = {
			instancePath,
			schemaPath: "#/anyOf/1/type",
			keyword: "type",
			params: { type: "null" },
			message: "must be null"
		};
		if (vErrors === null) vErrors = [err3];
		else vErrors.push(err3);
		errors++;
	}
	var _valid0 = _errs4 === errors;
	valid0 = valid0 || _valid0;
	if (!valid0) {
		const err4 = {
			instancePath,
			schemaPath: "#/anyOf",
			keyword: "anyOf",
			params: {},
			message: "must match a schema in anyOf"
		};
		if (vErrors === null) vErrors = [err4];
		else vErrors.push(err4);
		errors++;
	} else {
		errors = _errs0;
		if (vErrors !== null) {
			if (_errs0) vErrors.length = _errs0;
			else vErrors = null;
		}
	}
	validate22.errors = vErrors;
	return errors === 0;
}
validate22.evaluated = {
	"dynamicProps": false,
	"dynamicItems": false
};
function validate24(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
	let vErrors = null;
	let errors = 0;
	const evaluated0 = validate24.evaluated;
	if (evaluated0.dynamicProps) evaluated0.props = void 0;
	if (evaluated0.dynamicItems) evaluated0.items = void 0;
	if (data && typeof data == "object" && !Array.isArray(data)) {
		if (data.name === void 0) {
			const err0 = {
				instancePath,
				schemaPath: "#/required",
				keyword: "required",
				params: { missingProperty: "name" },
				message: "must have required property 'name'"
			};
			if (vErrors === null) vErrors = [err0];
			else vErrors.push(err0);
			errors++;
		}
		if (data.position === void 0) {
			const err1 = {
				instancePath,
				schemaPath: "#/required",
				keyword: "required",
				params: { missingProperty: "position" },
				message: "must have required property 'position'"
			};
			if (vErrors === null) vErrors = [err1];
			else vErrors.push(err1);
			errors++;
		}
		for (const key0 in data) if (!(key0 === "name" || key0 === "position")) {
			const err2 = {
				instancePath,
				schemaPath: "#/additionalProperties",
				keyword: "additionalProperties",
				params: { additionalProperty: key0 },
				message: "must NOT have additional properties"
			};
			if (vErrors === null) vErrors = [err2];
			else vErrors.push(err2);
			errors++;
		}
		if (data.name !== void 0) {
			if (typeof data.name !== "string") {
				const err3 = {
					instancePath: instancePath + "/name",
					schemaPath: "#/properties/name/type",
					keyword: "type",
					params: { type: "string" },
					message: "must be string"
				};
				if (vErrors === null) vErrors = [err3];
				else vErrors.push(err3);
				errors++;
			}
		}
		if (data.position !== void 0) {
			let data1 = data.position;
			if (typeof data1 !== "string" && data1 !== null) {
				const err4 = {
					instancePath: instancePath + "/position",
					schemaPath: "#/$defs/NullableString/type",
					keyword: "type",
					params: { type: schema34.type },
					message: "must be string,null"
				};
				if (vErrors === null) vErrors = [err4];
				else vErrors.push(err4);
				errors++;
			}
		}
	} else {
		const err5 = {
			instancePath,
			schemaPath: "#/type",
			keyword: "type",
			params: { type: "object" },
			message: "must be object"
		};
		if (vErrors === null) vErrors = [err5];
		else vErrors.push(err5);
		errors++;
	}
	validate24.errors = vErrors;
	return errors === 0;
}
validate24.evaluated = {
	"props": true,
	"dynamicProps": false,
	"dynamicItems": false
};
const schema52 = {
	"title": "SourceRef",
	"description": "Where a row or span starts in the input: 1-based page (pdf only, else null) and 1-based line of the extracted text (for docx: the paragraph's ordinal in the body).",
	"type": "object",
	"additionalProperties": false,
	"required": ["page", "line"],
	"properties": {
		"page": {
			"type": ["integer", "null"],
			"minimum": 1
		},
		"line": {
			"type": "integer",
			"minimum": 1
		}
	}
};
const schema43 = {
	"title": "Party",
	"type": "object",
	"additionalProperties": false,
	"required": [
		"text",
		"kind",
		"name",
		"position",
		"organization",
		"resolved"
	],
	"properties": {
		"text": {
			"type": "string",
			"minLength": 1,
			"description": "The span in the cell, as printed."
		},
		"kind": { "enum": [
			"person",
			"organization",
			"role"
		] },
		"name": {
			"type": ["string", "null"],
			"description": "person only: surname with initials, in the nominative."
		},
		"position": { "$ref": "#/$defs/NullableString" },
		"organization": { "$ref": "#/$defs/NullableString" },
		"resolved": {
			"type": ["array", "null"],
			"items": { "type": "string" },
			"description": "When the party is exactly an alias the document defines, what the alias stands for; else null."
		}
	}
};
const func1 = require("ajv/dist/runtime/ucs2length").default;
function validate27(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
	let vErrors = null;
	let errors = 0;
	const evaluated0 = validate27.evaluated;
	if (evaluated0.dynamicProps) evaluated0.props = void 0;
	if (evaluated0.dynamicItems) evaluated0.items = void 0;
	if (data && typeof data == "object" && !Array.isArray(data)) {
		if (data.text === void 0) {
			const err0 = {
				instancePath,
				schemaPath: "#/required",
				keyword: "required",
				params: { missingProperty: "text" },
				message: "must have required property 'text'"
			};
			if (vErrors === null) vErrors = [err0];
			else vErrors.push(err0);
			errors++;
		}
		if (data.kind === void 0) {
			const err1 = {
				instancePath,
				schemaPath: "#/required",
				keyword: "required",
				params: { missingProperty: "kind" },
				message: "must have required property 'kind'"
			};
			if (vErrors === null) vErrors = [err1];
			else vErrors.push(err1);
			errors++;
		}
		if (data.name === void 0) {
			const err2 = {
				instancePath,
				schemaPath: "#/required",
				keyword: "required",
				params: { missingProperty: "name" },
				message: "must have required property 'name'"
			};
			if (vErrors === null) vErrors = [err2];
			else vErrors.push(err2);
			errors++;
		}
		if (data.position === void 0) {
			const err3 = {
				instancePath,
				schemaPath: "#/required",
				keyword: "required",
				params: { missingProperty: "position" },
				message: "must have required property 'position'"
			};
			if (vErrors === null) vErrors = [err3];
			else vErrors.push(err3);
			errors++;
		}
		if (data.organization === void 0) {
			const err4 = {
				instancePath,
				schemaPath: "#/required",
				keyword: "required",
				params: { missingProperty: "organization" },
				message: "must have required property 'organization'"
			};
			if (vErrors === null) vErrors = [err4];
			else vErrors.push(err4);
			errors++;
		}
		if (data.resolved === void 0) {
			const err5 = {
				instancePath,
				schemaPath: "#/required",
				keyword: "required",
				params: { missingProperty: "resolved" },
				message: "must have required property 'resolved'"
			};
			if (vErrors === null) vErrors = [err5];
			else vErrors.push(err5);
			errors++;
		}
		for (const key0 in data) if (!(key0 === "text" || key0 === "kind" || key0 === "name" || key0 === "position" || key0 === "organization" || key0 === "resolved")) {
			const err6 = {
				instancePath,
				schemaPath: "#/additionalProperties",
				keyword: "additionalProperties",
				params: { additionalProperty: key0 },
				message: "must NOT have additional properties"
			};
			if (vErrors === null) vErrors = [err6];
			else vErrors.push(err6);
			errors++;
		}
		if (data.text !== void 0) {
			let data0 = data.text;
			if (typeof data0 === "string") {
				if (func1(data0) < 1) {
					const err7 = {
						instancePath: instancePath + "/text",
						schemaPath: "#/properties/text/minLength",
						keyword: "minLength",
						params: { limit: 1 },
						message: "must NOT have fewer than 1 characters"
					};
					if (vErrors === null) vErrors = [err7];
					else vErrors.push(err7);
					errors++;
				}
			} else {
				const err8 = {
					instancePath: instancePath + "/text",
					schemaPath: "#/properties/text/type",
					keyword: "type",
					params: { type: "string" },
					message: "must be string"
				};
				if (vErrors === null) vErrors = [err8];
				else vErrors.push(err8);
				errors++;
			}
		}
		if (data.kind !== void 0) {
			let data1 = data.kind;
			if (!(data1 === "person" || data1 === "organization" || data1 === "role")) {
				const err9 = {
					instancePath: instancePath + "/kind",
					schemaPath: "#/properties/kind/enum",
					keyword: "enum",
					params: { allowedValues: schema43.properties.kind.enum },
					message: "must be equal to one of the allowed values"
				};
				if (vErrors === null) vErrors = [err9];
				else vErrors.push(err9);
				errors++;
			}
		}
		if (data.name !== void 0) {
			let data2 = data.name;
			if (typeof data2 !== "string" && data2 !== null) {
				const err10 = {
					instancePath: instancePath + "/name",
					schemaPath: "#/properties/name/type",
					keyword: "type",
					params: { type: schema43.properties.name.type },
					message: "must be string,null"
				};
				if (vErrors === null) vErrors = [err10];
				else vErrors.push(err10);
				errors++;
			}
		}
		if (data.position !== void 0) {
			let data3 = data.position;
			if (typeof data3 !== "string" && data3 !== null) {
				const err11 = {
					instancePath: instancePath + "/position",
					schemaPath: "#/$defs/NullableString/type",
					keyword: "type",
					params: { type: schema34.type },
					message: "must be string,null"
				};
				if (vErrors === null) vErrors = [err11];
				else vErrors.push(err11);
				errors++;
			}
		}
		if (data.organization !== void 0) {
			let data4 = data.organization;
			if (typeof data4 !== "string" && data4 !== null) {
				const err12 = {
					instancePath: instancePath + "/organization",
					schemaPath: "#/$defs/NullableString/type",
					keyword: "type",
					params: { type: schema34.type },
					message: "must be string,null"
				};
				if (vErrors === null) vErrors = [err12];
				else vErrors.push(err12);
				errors++;
			}
		}
		if (data.resolved !== void 0) {
			let data5 = data.resolved;
			if (!Array.isArray(data5) && data5 !== null) {
				const err13 = {
					instancePath: instancePath + "/resolved",
					schemaPath: "#/properties/resolved/type",
					keyword: "type",
					params: { type: schema43.properties.resolved.type },
					message: "must be array,null"
				};
				if (vErrors === null) vErrors = [err13];
				else vErrors.push(err13);
				errors++;
			}
			if (Array.isArray(data5)) {
				const len0 = data5.length;
				for (let i0 = 0; i0 < len0; i0++) if (typeof data5[i0] !== "string") {
					const err14 = {
						instancePath: instancePath + "/resolved/" + i0,
						schemaPath: "#/properties/resolved/items/type",
						keyword: "type",
						params: { type: "string" },
						message: "must be string"
					};
					if (vErrors === null) vErrors = [err14];
					else vErrors.push(err14);
					errors++;
				}
			}
		}
	} else {
		const err15 = {
			instancePath,
			schemaPath: "#/type",
			keyword: "type",
			params: { type: "object" },
			message: "must be object"
		};
		if (vErrors === null) vErrors = [err15];
		else vErrors.push(err15);
		errors++;
	}
	validate27.errors = vErrors;
	return errors === 0;
}
validate27.evaluated = {
	"props": true,
	"dynamicProps": false,
	"dynamicItems": false
};
const schema46 = {
	"title": "Deadline",
	"type": "object",
	"additionalProperties": false,
	"required": [
		"text",
		"kind",
		"start",
		"end",
		"intervals",
		"recurrence",
		"yearInferred"
	],
	"properties": {
		"text": {
			"type": "string",
			"description": "The cell as printed (white space normalised)."
		},
		"kind": { "$ref": "#/$defs/DeadlineKind" },
		"start": { "$ref": "#/$defs/NullableIsoDate" },
		"end": { "$ref": "#/$defs/NullableIsoDate" },
		"intervals": {
			"type": "array",
			"items": { "$ref": "#/$defs/Interval" }
		},
		"recurrence": { "$ref": "#/$defs/Recurrence" },
		"yearInferred": { "type": "boolean" },
		"due": {
			"type": "string",
			"pattern": "^(--(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])|---(0[1-9]|[12][0-9]|3[01]))$",
			"description": "Since 1.1. A day printed without a year, as ISO 8601 / XML Schema gMonthDay (`--09-01`) or gDay (`---05`): the day a recurrence falls due (`ежегодно, до 1 сентября`, `ежемесячно до 5 числа`), or a day no year could be given to (`12.03` with no period, no decree date). Absent otherwise."
		},
		"relative": {
			"type": "object",
			"additionalProperties": false,
			"required": ["amount", "unit"],
			"properties": {
				"amount": {
					"type": "integer",
					"minimum": 1
				},
				"unit": { "enum": [
					"day",
					"working-day",
					"week",
					"month"
				] }
			},
			"description": "Since 1.1. A span counted from an event rather than a date (`в течение 14 дней`, `в течение 10 рабочих дней со дня …`): it has no dates of its own. Absent otherwise."
		}
	}
};
const schema47 = {
	"title": "DeadlineKind",
	"enum": [
		"date",
		"period",
		"multiple",
		"until",
		"recurring",
		"ongoing",
		"as-needed",
		"scheduled",
		"unspecified"
	]
};
const schema51 = {
	"title": "Recurrence",
	"enum": [
		"daily",
		"weekly",
		"monthly",
		"quarterly",
		"semiannual",
		"annual",
		null
	]
};
const func2 = Object.prototype.hasOwnProperty;
function validate32(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
	let vErrors = null;
	let errors = 0;
	const evaluated0 = validate32.evaluated;
	if (evaluated0.dynamicProps) evaluated0.props = void 0;
	if (evaluated0.dynamicItems) evaluated0.items = void 0;
	if (data && typeof data == "object" && !Array.isArray(data)) {
		if (data.start === void 0) {
			const err0 = {
				instancePath,
				schemaPath: "#/required",
				keyword: "required",
				params: { missingProperty: "start" },
				message: "must have required property 'start'"
			};
			if (vErrors === null) vErrors = [err0];
			else vErrors.push(err0);
			errors++;
		}
		if (data.end === void 0) {
			const err1 = {
				instancePath,
				schemaPath: "#/required",
				keyword: "required",
				params: { missingProperty: "end" },
				message: "must have required property 'end'"
			};
			if (vErrors === null) vErrors = [err1];
			else vErrors.push(err1);
			errors++;
		}
		for (const key0 in data) if (!(key0 === "start" || key0 === "end")) {
			const err2 = {
				instancePath,
				schemaPath: "#/additionalProperties",
				keyword: "additionalProperties",
				params: { additionalProperty: key0 },
				message: "must NOT have additional properties"
			};
			if (vErrors === null) vErrors = [err2];
			else vErrors.push(err2);
			errors++;
		}
		if (data.start !== void 0) {
			let data0 = data.start;
			if (typeof data0 === "string") {
				if (!pattern6.test(data0)) {
					const err3 = {
						instancePath: instancePath + "/start",
						schemaPath: "#/$defs/IsoDate/pattern",
						keyword: "pattern",
						params: { pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$" },
						message: "must match pattern \"^[0-9]{4}-[0-9]{2}-[0-9]{2}$\""
					};
					if (vErrors === null) vErrors = [err3];
					else vErrors.push(err3);
					errors++;
				}
				if (!formats0.validate(data0)) {
					const err4 = {
						instancePath: instancePath + "/start",
						schemaPath: "#/$defs/IsoDate/format",
						keyword: "format",
						params: { format: "date" },
						message: "must match format \"date\""
					};
					if (vErrors === null) vErrors = [err4];
					else vErrors.push(err4);
					errors++;
				}
			} else {
				const err5 = {
					instancePath: instancePath + "/start",
					schemaPath: "#/$defs/IsoDate/type",
					keyword: "type",
					params: { type: "string" },
					message: "must be string"
				};
				if (vErrors === null) vErrors = [err5];
				else vErrors.push(err5);
				errors++;
			}
		}
		if (data.end !== void 0) {
			let data1 = data.end;
			if (typeof data1 === "string") {
				if (!pattern6.test(data1)) {
					const err6 = {
						instancePath: instancePath + "/end",
						schemaPath: "#/$defs/IsoDate/pattern",
						keyword: "pattern",
						params: { pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$" },
						message: "must match pattern \"^[0-9]{4}-[0-9]{2}-[0-9]{2}$\""
					};
					if (vErrors === null) vErrors = [err6];
					else vErrors.push(err6);
					errors++;
				}
				if (!formats0.validate(data1)) {
					const err7 = {
						instancePath: instancePath + "/end",
						schemaPath: "#/$defs/IsoDate/format",
						keyword: "format",
						params: { format: "date" },
						message: "must match format \"date\""
					};
					if (vErrors === null) vErrors = [err7];
					else vErrors.push(err7);
					errors++;
				}
			} else {
				const err8 = {
					instancePath: instancePath + "/end",
					schemaPath: "#/$defs/IsoDate/type",
					keyword: "type",
					params: { type: "string" },
					message: "must be string"
				};
				if (vErrors === null) vErrors = [err8];
				else vErrors.push(err8);
				errors++;
			}
		}
	} else {
		const err9 = {
			instancePath,
			schemaPath: "#/type",
			keyword: "type",
			params: { type: "object" },
			message: "must be object"
		};
		if (vErrors === null) vErrors = [err9];
		else vErrors.push(err9);
		errors++;
	}
	validate32.errors = vErrors;
	return errors === 0;
}
validate32.evaluated = {
	"props": true,
	"dynamicProps": false,
	"dynamicItems": false
};
const pattern9 = /* @__PURE__ */ new RegExp("^(--(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])|---(0[1-9]|[12][0-9]|3[01]))$", "u");
function validate29(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
	let vErrors = null;
	let errors = 0;
	const evaluated0 = validate29.evaluated;
	if (evaluated0.dynamicProps) evaluated0.props = void 0;
	if (evaluated0.dynamicItems) evaluated0.items = void 0;
	if (data && typeof data == "object" && !Array.isArray(data)) {
		if (data.text === void 0) {
			const err0 = {
				instancePath,
				schemaPath: "#/required",
				keyword: "required",
				params: { missingProperty: "text" },
				message: "must have required property 'text'"
			};
			if (vErrors === null) vErrors = [err0];
			else vErrors.push(err0);
			errors++;
		}
		if (data.kind === void 0) {
			const err1 = {
				instancePath,
				schemaPath: "#/required",
				keyword: "required",
				params: { missingProperty: "kind" },
				message: "must have required property 'kind'"
			};
			if (vErrors === null) vErrors = [err1];
			else vErrors.push(err1);
			errors++;
		}
		if (data.start === void 0) {
			const err2 = {
				instancePath,
				schemaPath: "#/required",
				keyword: "required",
				params: { missingProperty: "start" },
				message: "must have required property 'start'"
			};
			if (vErrors === null) vErrors = [err2];
			else vErrors.push(err2);
			errors++;
		}
		if (data.end === void 0) {
			const err3 = {
				instancePath,
				schemaPath: "#/required",
				keyword: "required",
				params: { missingProperty: "end" },
				message: "must have required property 'end'"
			};
			if (vErrors === null) vErrors = [err3];
			else vErrors.push(err3);
			errors++;
		}
		if (data.intervals === void 0) {
			const err4 = {
				instancePath,
				schemaPath: "#/required",
				keyword: "required",
				params: { missingProperty: "intervals" },
				message: "must have required property 'intervals'"
			};
			if (vErrors === null) vErrors = [err4];
			else vErrors.push(err4);
			errors++;
		}
		if (data.recurrence === void 0) {
			const err5 = {
				instancePath,
				schemaPath: "#/required",
				keyword: "required",
				params: { missingProperty: "recurrence" },
				message: "must have required property 'recurrence'"
			};
			if (vErrors === null) vErrors = [err5];
			else vErrors.push(err5);
			errors++;
		}
		if (data.yearInferred === void 0) {
			const err6 = {
				instancePath,
				schemaPath: "#/required",
				keyword: "required",
				params: { missingProperty: "yearInferred" },
				message: "must have required property 'yearInferred'"
			};
			if (vErrors === null) vErrors = [err6];
			else vErrors.push(err6);
			errors++;
		}
		for (const key0 in data) if (!func2.call(schema46.properties, key0)) {
			const err7 = {
				instancePath,
				schemaPath: "#/additionalProperties",
				keyword: "additionalProperties",
				params: { additionalProperty: key0 },
				message: "must NOT have additional properties"
			};
			if (vErrors === null) vErrors = [err7];
			else vErrors.push(err7);
			errors++;
		}
		if (data.text !== void 0) {
			if (typeof data.text !== "string") {
				const err8 = {
					instancePath: instancePath + "/text",
					schemaPath: "#/properties/text/type",
					keyword: "type",
					params: { type: "string" },
					message: "must be string"
				};
				if (vErrors === null) vErrors = [err8];
				else vErrors.push(err8);
				errors++;
			}
		}
		if (data.kind !== void 0) {
			let data1 = data.kind;
			if (!(data1 === "date" || data1 === "period" || data1 === "multiple" || data1 === "until" || data1 === "recurring" || data1 === "ongoing" || data1 === "as-needed" || data1 === "scheduled" || data1 === "unspecified")) {
				const err9 = {
					instancePath: instancePath + "/kind",
					schemaPath: "#/$defs/DeadlineKind/enum",
					keyword: "enum",
					params: { allowedValues: schema47.enum },
					message: "must be equal to one of the allowed values"
				};
				if (vErrors === null) vErrors = [err9];
				else vErrors.push(err9);
				errors++;
			}
		}
		if (data.start !== void 0) {
			if (!validate22(data.start, {
				instancePath: instancePath + "/start",
				parentData: data,
				parentDataProperty: "start",
				rootData,
				dynamicAnchors
			})) {
				vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
				errors = vErrors.length;
			}
		}
		if (data.end !== void 0) {
			if (!validate22(data.end, {
				instancePath: instancePath + "/end",
				parentData: data,
				parentDataProperty: "end",
				rootData,
				dynamicAnchors
			})) {
				vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
				errors = vErrors.length;
			}
		}
		if (data.intervals !== void 0) {
			let data4 = data.intervals;
			if (Array.isArray(data4)) {
				const len0 = data4.length;
				for (let i0 = 0; i0 < len0; i0++) if (!validate32(data4[i0], {
					instancePath: instancePath + "/intervals/" + i0,
					parentData: data4,
					parentDataProperty: i0,
					rootData,
					dynamicAnchors
				})) {
					vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
					errors = vErrors.length;
				}
			} else {
				const err10 = {
					instancePath: instancePath + "/intervals",
					schemaPath: "#/properties/intervals/type",
					keyword: "type",
					params: { type: "array" },
					message: "must be array"
				};
				if (vErrors === null) vErrors = [err10];
				else vErrors.push(err10);
				errors++;
			}
		}
		if (data.recurrence !== void 0) {
			let data6 = data.recurrence;
			if (!(data6 === "daily" || data6 === "weekly" || data6 === "monthly" || data6 === "quarterly" || data6 === "semiannual" || data6 === "annual" || data6 === null)) {
				const err11 = {
					instancePath: instancePath + "/recurrence",
					schemaPath: "#/$defs/Recurrence/enum",
					keyword: "enum",
					params: { allowedValues: schema51.enum },
					message: "must be equal to one of the allowed values"
				};
				if (vErrors === null) vErrors = [err11];
				else vErrors.push(err11);
				errors++;
			}
		}
		if (data.yearInferred !== void 0) {
			if (typeof data.yearInferred !== "boolean") {
				const err12 = {
					instancePath: instancePath + "/yearInferred",
					schemaPath: "#/properties/yearInferred/type",
					keyword: "type",
					params: { type: "boolean" },
					message: "must be boolean"
				};
				if (vErrors === null) vErrors = [err12];
				else vErrors.push(err12);
				errors++;
			}
		}
		if (data.due !== void 0) {
			let data8 = data.due;
			if (typeof data8 === "string") {
				if (!pattern9.test(data8)) {
					const err13 = {
						instancePath: instancePath + "/due",
						schemaPath: "#/properties/due/pattern",
						keyword: "pattern",
						params: { pattern: "^(--(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])|---(0[1-9]|[12][0-9]|3[01]))$" },
						message: "must match pattern \"^(--(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])|---(0[1-9]|[12][0-9]|3[01]))$\""
					};
					if (vErrors === null) vErrors = [err13];
					else vErrors.push(err13);
					errors++;
				}
			} else {
				const err14 = {
					instancePath: instancePath + "/due",
					schemaPath: "#/properties/due/type",
					keyword: "type",
					params: { type: "string" },
					message: "must be string"
				};
				if (vErrors === null) vErrors = [err14];
				else vErrors.push(err14);
				errors++;
			}
		}
		if (data.relative !== void 0) {
			let data9 = data.relative;
			if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
				if (data9.amount === void 0) {
					const err15 = {
						instancePath: instancePath + "/relative",
						schemaPath: "#/properties/relative/required",
						keyword: "required",
						params: { missingProperty: "amount" },
						message: "must have required property 'amount'"
					};
					if (vErrors === null) vErrors = [err15];
					else vErrors.push(err15);
					errors++;
				}
				if (data9.unit === void 0) {
					const err16 = {
						instancePath: instancePath + "/relative",
						schemaPath: "#/properties/relative/required",
						keyword: "required",
						params: { missingProperty: "unit" },
						message: "must have required property 'unit'"
					};
					if (vErrors === null) vErrors = [err16];
					else vErrors.push(err16);
					errors++;
				}
				for (const key1 in data9) if (!(key1 === "amount" || key1 === "unit")) {
					const err17 = {
						instancePath: instancePath + "/relative",
						schemaPath: "#/properties/relative/additionalProperties",
						keyword: "additionalProperties",
						params: { additionalProperty: key1 },
						message: "must NOT have additional properties"
					};
					if (vErrors === null) vErrors = [err17];
					else vErrors.push(err17);
					errors++;
				}
				if (data9.amount !== void 0) {
					let data10 = data9.amount;
					if (!(typeof data10 == "number" && !(data10 % 1) && !isNaN(data10) && isFinite(data10))) {
						const err18 = {
							instancePath: instancePath + "/relative/amount",
							schemaPath: "#/properties/relative/properties/amount/type",
							keyword: "type",
							params: { type: "integer" },
							message: "must be integer"
						};
						if (vErrors === null) vErrors = [err18];
						else vErrors.push(err18);
						errors++;
					}
					if (typeof data10 == "number" && isFinite(data10)) {
						if (data10 < 1 || isNaN(data10)) {
							const err19 = {
								instancePath: instancePath + "/relative/amount",
								schemaPath: "#/properties/relative/properties/amount/minimum",
								keyword: "minimum",
								params: {
									comparison: ">=",
									limit: 1
								},
								message: "must be >= 1"
							};
							if (vErrors === null) vErrors = [err19];
							else vErrors.push(err19);
							errors++;
						}
					}
				}
				if (data9.unit !== void 0) {
					let data11 = data9.unit;
					if (!(data11 === "day" || data11 === "working-day" || data11 === "week" || data11 === "month")) {
						const err20 = {
							instancePath: instancePath + "/relative/unit",
							schemaPath: "#/properties/relative/properties/unit/enum",
							keyword: "enum",
							params: { allowedValues: schema46.properties.relative.properties.unit.enum },
							message: "must be equal to one of the allowed values"
						};
						if (vErrors === null) vErrors = [err20];
						else vErrors.push(err20);
						errors++;
					}
				}
			} else {
				const err21 = {
					instancePath: instancePath + "/relative",
					schemaPath: "#/properties/relative/type",
					keyword: "type",
					params: { type: "object" },
					message: "must be object"
				};
				if (vErrors === null) vErrors = [err21];
				else vErrors.push(err21);
				errors++;
			}
		}
	} else {
		const err22 = {
			instancePath,
			schemaPath: "#/type",
			keyword: "type",
			params: { type: "object" },
			message: "must be object"
		};
		if (vErrors === null) vErrors = [err22];
		else vErrors.push(err22);
		errors++;
	}
	validate29.errors = vErrors;
	return errors === 0;
}
validate29.evaluated = {
	"props": true,
	"dynamicProps": false,
	"dynamicItems": false
};
function validate26(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
	let vErrors = null;
	let errors = 0;
	const evaluated0 = validate26.evaluated;
	if (evaluated0.dynamicProps) evaluated0.props = void 0;
	if (evaluated0.dynamicItems) evaluated0.items = void 0;
	if (data && typeof data == "object" && !Array.isArray(data)) {
		if (data.number === void 0) {
			const err0 = {
				instancePath,
				schemaPath: "#/required",
				keyword: "required",
				params: { missingProperty: "number" },
				message: "must have required property 'number'"
			};
			if (vErrors === null) vErrors = [err0];
			else vErrors.push(err0);
			errors++;
		}
		if (data.text === void 0) {
			const err1 = {
				instancePath,
				schemaPath: "#/required",
				keyword: "required",
				params: { missingProperty: "text" },
				message: "must have required property 'text'"
			};
			if (vErrors === null) vErrors = [err1];
			else vErrors.push(err1);
			errors++;
		}
		if (data.responsible === void 0) {
			const err2 = {
				instancePath,
				schemaPath: "#/required",
				keyword: "required",
				params: { missingProperty: "responsible" },
				message: "must have required property 'responsible'"
			};
			if (vErrors === null) vErrors = [err2];
			else vErrors.push(err2);
			errors++;
		}
		if (data.deadline === void 0) {
			const err3 = {
				instancePath,
				schemaPath: "#/required",
				keyword: "required",
				params: { missingProperty: "deadline" },
				message: "must have required property 'deadline'"
			};
			if (vErrors === null) vErrors = [err3];
			else vErrors.push(err3);
			errors++;
		}
		if (data.source === void 0) {
			const err4 = {
				instancePath,
				schemaPath: "#/required",
				keyword: "required",
				params: { missingProperty: "source" },
				message: "must have required property 'source'"
			};
			if (vErrors === null) vErrors = [err4];
			else vErrors.push(err4);
			errors++;
		}
		for (const key0 in data) if (!(key0 === "number" || key0 === "text" || key0 === "responsible" || key0 === "deadline" || key0 === "source")) {
			const err5 = {
				instancePath,
				schemaPath: "#/additionalProperties",
				keyword: "additionalProperties",
				params: { additionalProperty: key0 },
				message: "must NOT have additional properties"
			};
			if (vErrors === null) vErrors = [err5];
			else vErrors.push(err5);
			errors++;
		}
		if (data.number !== void 0) {
			let data0 = data.number;
			if (typeof data0 !== "string" && data0 !== null) {
				const err6 = {
					instancePath: instancePath + "/number",
					schemaPath: "#/$defs/NullableString/type",
					keyword: "type",
					params: { type: schema34.type },
					message: "must be string,null"
				};
				if (vErrors === null) vErrors = [err6];
				else vErrors.push(err6);
				errors++;
			}
		}
		if (data.text !== void 0) {
			if (typeof data.text !== "string") {
				const err7 = {
					instancePath: instancePath + "/text",
					schemaPath: "#/properties/text/type",
					keyword: "type",
					params: { type: "string" },
					message: "must be string"
				};
				if (vErrors === null) vErrors = [err7];
				else vErrors.push(err7);
				errors++;
			}
		}
		if (data.responsible !== void 0) {
			let data2 = data.responsible;
			if (Array.isArray(data2)) {
				const len0 = data2.length;
				for (let i0 = 0; i0 < len0; i0++) if (!validate27(data2[i0], {
					instancePath: instancePath + "/responsible/" + i0,
					parentData: data2,
					parentDataProperty: i0,
					rootData,
					dynamicAnchors
				})) {
					vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
					errors = vErrors.length;
				}
			} else {
				const err8 = {
					instancePath: instancePath + "/responsible",
					schemaPath: "#/properties/responsible/type",
					keyword: "type",
					params: { type: "array" },
					message: "must be array"
				};
				if (vErrors === null) vErrors = [err8];
				else vErrors.push(err8);
				errors++;
			}
		}
		if (data.deadline !== void 0) {
			let data4 = data.deadline;
			const _errs11 = errors;
			let valid4 = false;
			const _errs12 = errors;
			if (!validate29(data4, {
				instancePath: instancePath + "/deadline",
				parentData: data,
				parentDataProperty: "deadline",
				rootData,
				dynamicAnchors
			})) {
				vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
				errors = vErrors.length;
			}
			var _valid0 = _errs12 === errors;
			valid4 = valid4 || _valid0;
			const _errs13 = errors;
			if (data4 !== null) {
				const err9 = {
					instancePath: instancePath + "/deadline",
					schemaPath: "#/properties/deadline/anyOf/1/type",
					keyword: "type",
					params: { type: "null" },
					message: "must be null"
				};
				if (vErrors === null) vErrors = [err9];
				else vErrors.push(err9);
				errors++;
			}
			var _valid0 = _errs13 === errors;
			valid4 = valid4 || _valid0;
			if (!valid4) {
				const err10 = {
					instancePath: instancePath + "/deadline",
					schemaPath: "#/properties/deadline/anyOf",
					keyword: "anyOf",
					params: {},
					message: "must match a schema in anyOf"
				};
				if (vErrors === null) vErrors = [err10];
				else vErrors.push(err10);
				errors++;
			} else {
				errors = _errs11;
				if (vErrors !== null) {
					if (_errs11) vErrors.length = _errs11;
					else vErrors = null;
				}
			}
		}
		if (data.source !== void 0) {
			let data5 = data.source;
			const _errs16 = errors;
			let valid5 = false;
			const _errs17 = errors;
			if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
				if (data5.page === void 0) {
					const err11 = {
						instancePath: instancePath + "/source",
						schemaPath: "#/$defs/SourceRef/required",
						keyword: "required",
						params: { missingProperty: "page" },
						message: "must have required property 'page'"
					};
					if (vErrors === null) vErrors = [err11];
					else vErrors.push(err11);
					errors++;
				}
				if (data5.line === void 0) {
					const err12 = {
						instancePath: instancePath + "/source",
						schemaPath: "#/$defs/SourceRef/required",
						keyword: "required",
						params: { missingProperty: "line" },
						message: "must have required property 'line'"
					};
					if (vErrors === null) vErrors = [err12];
					else vErrors.push(err12);
					errors++;
				}
				for (const key1 in data5) if (!(key1 === "page" || key1 === "line")) {
					const err13 = {
						instancePath: instancePath + "/source",
						schemaPath: "#/$defs/SourceRef/additionalProperties",
						keyword: "additionalProperties",
						params: { additionalProperty: key1 },
						message: "must NOT have additional properties"
					};
					if (vErrors === null) vErrors = [err13];
					else vErrors.push(err13);
					errors++;
				}
				if (data5.page !== void 0) {
					let data6 = data5.page;
					if (!(typeof data6 == "number" && !(data6 % 1) && !isNaN(data6) && isFinite(data6)) && data6 !== null) {
						const err14 = {
							instancePath: instancePath + "/source/page",
							schemaPath: "#/$defs/SourceRef/properties/page/type",
							keyword: "type",
							params: { type: schema52.properties.page.type },
							message: "must be integer,null"
						};
						if (vErrors === null) vErrors = [err14];
						else vErrors.push(err14);
						errors++;
					}
					if (typeof data6 == "number" && isFinite(data6)) {
						if (data6 < 1 || isNaN(data6)) {
							const err15 = {
								instancePath: instancePath + "/source/page",
								schemaPath: "#/$defs/SourceRef/properties/page/minimum",
								keyword: "minimum",
								params: {
									comparison: ">=",
									limit: 1
								},
								message: "must be >= 1"
							};
							if (vErrors === null) vErrors = [err15];
							else vErrors.push(err15);
							errors++;
						}
					}
				}
				if (data5.line !== void 0) {
					let data7 = data5.line;
					if (!(typeof data7 == "number" && !(data7 % 1) && !isNaN(data7) && isFinite(data7))) {
						const err16 = {
							instancePath: instancePath + "/source/line",
							schemaPath: "#/$defs/SourceRef/properties/line/type",
							keyword: "type",
							params: { type: "integer" },
							message: "must be integer"
						};
						if (vErrors === null) vErrors = [err16];
						else vErrors.push(err16);
						errors++;
					}
					if (typeof data7 == "number" && isFinite(data7)) {
						if (data7 < 1 || isNaN(data7)) {
							const err17 = {
								instancePath: instancePath + "/source/line",
								schemaPath: "#/$defs/SourceRef/properties/line/minimum",
								keyword: "minimum",
								params: {
									comparison: ">=",
									limit: 1
								},
								message: "must be >= 1"
							};
							if (vErrors === null) vErrors = [err17];
							else vErrors.push(err17);
							errors++;
						}
					}
				}
			} else {
				const err18 = {
					instancePath: instancePath + "/source",
					schemaPath: "#/$defs/SourceRef/type",
					keyword: "type",
					params: { type: "object" },
					message: "must be object"
				};
				if (vErrors === null) vErrors = [err18];
				else vErrors.push(err18);
				errors++;
			}
			var _valid1 = _errs17 === errors;
			valid5 = valid5 || _valid1;
			const _errs25 = errors;
			if (data5 !== null) {
				const err19 = {
					instancePath: instancePath + "/source",
					schemaPath: "#/properties/source/anyOf/1/type",
					keyword: "type",
					params: { type: "null" },
					message: "must be null"
				};
				if (vErrors === null) vErrors = [err19];
				else vErrors.push(err19);
				errors++;
			}
			var _valid1 = _errs25 === errors;
			valid5 = valid5 || _valid1;
			if (!valid5) {
				const err20 = {
					instancePath: instancePath + "/source",
					schemaPath: "#/properties/source/anyOf",
					keyword: "anyOf",
					params: {},
					message: "must match a schema in anyOf"
				};
				if (vErrors === null) vErrors = [err20];
				else vErrors.push(err20);
				errors++;
			} else {
				errors = _errs16;
				if (vErrors !== null) {
					if (_errs16) vErrors.length = _errs16;
					else vErrors = null;
				}
			}
		}
	} else {
		const err21 = {
			instancePath,
			schemaPath: "#/type",
			keyword: "type",
			params: { type: "object" },
			message: "must be object"
		};
		if (vErrors === null) vErrors = [err21];
		else vErrors.push(err21);
		errors++;
	}
	validate26.errors = vErrors;
	return errors === 0;
}
validate26.evaluated = {
	"props": true,
	"dynamicProps": false,
	"dynamicItems": false
};
function validate21(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
	let vErrors = null;
	let errors = 0;
	const evaluated0 = validate21.evaluated;
	if (evaluated0.dynamicProps) evaluated0.props = void 0;
	if (evaluated0.dynamicItems) evaluated0.items = void 0;
	if (data && typeof data == "object" && !Array.isArray(data)) {
		if (data.kind === void 0) {
			const err0 = {
				instancePath,
				schemaPath: "#/required",
				keyword: "required",
				params: { missingProperty: "kind" },
				message: "must have required property 'kind'"
			};
			if (vErrors === null) vErrors = [err0];
			else vErrors.push(err0);
			errors++;
		}
		if (data.authority === void 0) {
			const err1 = {
				instancePath,
				schemaPath: "#/required",
				keyword: "required",
				params: { missingProperty: "authority" },
				message: "must have required property 'authority'"
			};
			if (vErrors === null) vErrors = [err1];
			else vErrors.push(err1);
			errors++;
		}
		if (data.date === void 0) {
			const err2 = {
				instancePath,
				schemaPath: "#/required",
				keyword: "required",
				params: { missingProperty: "date" },
				message: "must have required property 'date'"
			};
			if (vErrors === null) vErrors = [err2];
			else vErrors.push(err2);
			errors++;
		}
		if (data.number === void 0) {
			const err3 = {
				instancePath,
				schemaPath: "#/required",
				keyword: "required",
				params: { missingProperty: "number" },
				message: "must have required property 'number'"
			};
			if (vErrors === null) vErrors = [err3];
			else vErrors.push(err3);
			errors++;
		}
		if (data.place === void 0) {
			const err4 = {
				instancePath,
				schemaPath: "#/required",
				keyword: "required",
				params: { missingProperty: "place" },
				message: "must have required property 'place'"
			};
			if (vErrors === null) vErrors = [err4];
			else vErrors.push(err4);
			errors++;
		}
		if (data.title === void 0) {
			const err5 = {
				instancePath,
				schemaPath: "#/required",
				keyword: "required",
				params: { missingProperty: "title" },
				message: "must have required property 'title'"
			};
			if (vErrors === null) vErrors = [err5];
			else vErrors.push(err5);
			errors++;
		}
		if (data.signatory === void 0) {
			const err6 = {
				instancePath,
				schemaPath: "#/required",
				keyword: "required",
				params: { missingProperty: "signatory" },
				message: "must have required property 'signatory'"
			};
			if (vErrors === null) vErrors = [err6];
			else vErrors.push(err6);
			errors++;
		}
		if (data.orders === void 0) {
			const err7 = {
				instancePath,
				schemaPath: "#/required",
				keyword: "required",
				params: { missingProperty: "orders" },
				message: "must have required property 'orders'"
			};
			if (vErrors === null) vErrors = [err7];
			else vErrors.push(err7);
			errors++;
		}
		for (const key0 in data) if (!(key0 === "kind" || key0 === "authority" || key0 === "date" || key0 === "number" || key0 === "place" || key0 === "title" || key0 === "signatory" || key0 === "orders")) {
			const err8 = {
				instancePath,
				schemaPath: "#/additionalProperties",
				keyword: "additionalProperties",
				params: { additionalProperty: key0 },
				message: "must NOT have additional properties"
			};
			if (vErrors === null) vErrors = [err8];
			else vErrors.push(err8);
			errors++;
		}
		if (data.kind !== void 0) {
			let data0 = data.kind;
			if (typeof data0 !== "string" && data0 !== null) {
				const err9 = {
					instancePath: instancePath + "/kind",
					schemaPath: "#/properties/kind/type",
					keyword: "type",
					params: { type: schema33.properties.kind.type },
					message: "must be string,null"
				};
				if (vErrors === null) vErrors = [err9];
				else vErrors.push(err9);
				errors++;
			}
		}
		if (data.authority !== void 0) {
			let data1 = data.authority;
			if (typeof data1 !== "string" && data1 !== null) {
				const err10 = {
					instancePath: instancePath + "/authority",
					schemaPath: "#/$defs/NullableString/type",
					keyword: "type",
					params: { type: schema34.type },
					message: "must be string,null"
				};
				if (vErrors === null) vErrors = [err10];
				else vErrors.push(err10);
				errors++;
			}
		}
		if (data.date !== void 0) {
			if (!validate22(data.date, {
				instancePath: instancePath + "/date",
				parentData: data,
				parentDataProperty: "date",
				rootData,
				dynamicAnchors
			})) {
				vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
				errors = vErrors.length;
			}
		}
		if (data.number !== void 0) {
			let data3 = data.number;
			if (typeof data3 !== "string" && data3 !== null) {
				const err11 = {
					instancePath: instancePath + "/number",
					schemaPath: "#/properties/number/type",
					keyword: "type",
					params: { type: schema33.properties.number.type },
					message: "must be string,null"
				};
				if (vErrors === null) vErrors = [err11];
				else vErrors.push(err11);
				errors++;
			}
		}
		if (data.place !== void 0) {
			let data4 = data.place;
			if (typeof data4 !== "string" && data4 !== null) {
				const err12 = {
					instancePath: instancePath + "/place",
					schemaPath: "#/$defs/NullableString/type",
					keyword: "type",
					params: { type: schema34.type },
					message: "must be string,null"
				};
				if (vErrors === null) vErrors = [err12];
				else vErrors.push(err12);
				errors++;
			}
		}
		if (data.title !== void 0) {
			let data5 = data.title;
			if (typeof data5 !== "string" && data5 !== null) {
				const err13 = {
					instancePath: instancePath + "/title",
					schemaPath: "#/$defs/NullableString/type",
					keyword: "type",
					params: { type: schema34.type },
					message: "must be string,null"
				};
				if (vErrors === null) vErrors = [err13];
				else vErrors.push(err13);
				errors++;
			}
		}
		if (data.signatory !== void 0) {
			let data6 = data.signatory;
			const _errs17 = errors;
			let valid4 = false;
			const _errs18 = errors;
			if (!validate24(data6, {
				instancePath: instancePath + "/signatory",
				parentData: data,
				parentDataProperty: "signatory",
				rootData,
				dynamicAnchors
			})) {
				vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
				errors = vErrors.length;
			}
			var _valid0 = _errs18 === errors;
			valid4 = valid4 || _valid0;
			const _errs19 = errors;
			if (data6 !== null) {
				const err14 = {
					instancePath: instancePath + "/signatory",
					schemaPath: "#/properties/signatory/anyOf/1/type",
					keyword: "type",
					params: { type: "null" },
					message: "must be null"
				};
				if (vErrors === null) vErrors = [err14];
				else vErrors.push(err14);
				errors++;
			}
			var _valid0 = _errs19 === errors;
			valid4 = valid4 || _valid0;
			if (!valid4) {
				const err15 = {
					instancePath: instancePath + "/signatory",
					schemaPath: "#/properties/signatory/anyOf",
					keyword: "anyOf",
					params: {},
					message: "must match a schema in anyOf"
				};
				if (vErrors === null) vErrors = [err15];
				else vErrors.push(err15);
				errors++;
			} else {
				errors = _errs17;
				if (vErrors !== null) {
					if (_errs17) vErrors.length = _errs17;
					else vErrors = null;
				}
			}
		}
		if (data.orders !== void 0) {
			let data7 = data.orders;
			if (Array.isArray(data7)) {
				const len0 = data7.length;
				for (let i0 = 0; i0 < len0; i0++) if (!validate26(data7[i0], {
					instancePath: instancePath + "/orders/" + i0,
					parentData: data7,
					parentDataProperty: i0,
					rootData,
					dynamicAnchors
				})) {
					vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
					errors = vErrors.length;
				}
			} else {
				const err16 = {
					instancePath: instancePath + "/orders",
					schemaPath: "#/properties/orders/type",
					keyword: "type",
					params: { type: "array" },
					message: "must be array"
				};
				if (vErrors === null) vErrors = [err16];
				else vErrors.push(err16);
				errors++;
			}
		}
	} else {
		const err17 = {
			instancePath,
			schemaPath: "#/type",
			keyword: "type",
			params: { type: "object" },
			message: "must be object"
		};
		if (vErrors === null) vErrors = [err17];
		else vErrors.push(err17);
		errors++;
	}
	validate21.errors = vErrors;
	return errors === 0;
}
validate21.evaluated = {
	"props": true,
	"dynamicProps": false,
	"dynamicItems": false
};
function validate38(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
	let vErrors = null;
	let errors = 0;
	const evaluated0 = validate38.evaluated;
	if (evaluated0.dynamicProps) evaluated0.props = void 0;
	if (evaluated0.dynamicItems) evaluated0.items = void 0;
	if (data && typeof data == "object" && !Array.isArray(data)) {
		if (data.text === void 0) {
			const err0 = {
				instancePath,
				schemaPath: "#/required",
				keyword: "required",
				params: { missingProperty: "text" },
				message: "must have required property 'text'"
			};
			if (vErrors === null) vErrors = [err0];
			else vErrors.push(err0);
			errors++;
		}
		if (data.start === void 0) {
			const err1 = {
				instancePath,
				schemaPath: "#/required",
				keyword: "required",
				params: { missingProperty: "start" },
				message: "must have required property 'start'"
			};
			if (vErrors === null) vErrors = [err1];
			else vErrors.push(err1);
			errors++;
		}
		if (data.end === void 0) {
			const err2 = {
				instancePath,
				schemaPath: "#/required",
				keyword: "required",
				params: { missingProperty: "end" },
				message: "must have required property 'end'"
			};
			if (vErrors === null) vErrors = [err2];
			else vErrors.push(err2);
			errors++;
		}
		for (const key0 in data) if (!(key0 === "text" || key0 === "start" || key0 === "end")) {
			const err3 = {
				instancePath,
				schemaPath: "#/additionalProperties",
				keyword: "additionalProperties",
				params: { additionalProperty: key0 },
				message: "must NOT have additional properties"
			};
			if (vErrors === null) vErrors = [err3];
			else vErrors.push(err3);
			errors++;
		}
		if (data.text !== void 0) {
			if (typeof data.text !== "string") {
				const err4 = {
					instancePath: instancePath + "/text",
					schemaPath: "#/properties/text/type",
					keyword: "type",
					params: { type: "string" },
					message: "must be string"
				};
				if (vErrors === null) vErrors = [err4];
				else vErrors.push(err4);
				errors++;
			}
		}
		if (data.start !== void 0) {
			if (!validate22(data.start, {
				instancePath: instancePath + "/start",
				parentData: data,
				parentDataProperty: "start",
				rootData,
				dynamicAnchors
			})) {
				vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
				errors = vErrors.length;
			}
		}
		if (data.end !== void 0) {
			if (!validate22(data.end, {
				instancePath: instancePath + "/end",
				parentData: data,
				parentDataProperty: "end",
				rootData,
				dynamicAnchors
			})) {
				vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
				errors = vErrors.length;
			}
		}
	} else {
		const err5 = {
			instancePath,
			schemaPath: "#/type",
			keyword: "type",
			params: { type: "object" },
			message: "must be object"
		};
		if (vErrors === null) vErrors = [err5];
		else vErrors.push(err5);
		errors++;
	}
	validate38.errors = vErrors;
	return errors === 0;
}
validate38.evaluated = {
	"props": true,
	"dynamicProps": false,
	"dynamicItems": false
};
const schema57 = {
	"title": "ColumnRole",
	"enum": [
		"number",
		"title",
		"deadline",
		"responsible",
		"coExecutors",
		"expectedResult",
		"reportForm",
		"other"
	]
};
function validate42(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
	let vErrors = null;
	let errors = 0;
	const evaluated0 = validate42.evaluated;
	if (evaluated0.dynamicProps) evaluated0.props = void 0;
	if (evaluated0.dynamicItems) evaluated0.items = void 0;
	if (data && typeof data == "object" && !Array.isArray(data)) {
		if (data.header === void 0) {
			const err0 = {
				instancePath,
				schemaPath: "#/required",
				keyword: "required",
				params: { missingProperty: "header" },
				message: "must have required property 'header'"
			};
			if (vErrors === null) vErrors = [err0];
			else vErrors.push(err0);
			errors++;
		}
		if (data.role === void 0) {
			const err1 = {
				instancePath,
				schemaPath: "#/required",
				keyword: "required",
				params: { missingProperty: "role" },
				message: "must have required property 'role'"
			};
			if (vErrors === null) vErrors = [err1];
			else vErrors.push(err1);
			errors++;
		}
		for (const key0 in data) if (!(key0 === "header" || key0 === "role")) {
			const err2 = {
				instancePath,
				schemaPath: "#/additionalProperties",
				keyword: "additionalProperties",
				params: { additionalProperty: key0 },
				message: "must NOT have additional properties"
			};
			if (vErrors === null) vErrors = [err2];
			else vErrors.push(err2);
			errors++;
		}
		if (data.header !== void 0) {
			if (typeof data.header !== "string") {
				const err3 = {
					instancePath: instancePath + "/header",
					schemaPath: "#/properties/header/type",
					keyword: "type",
					params: { type: "string" },
					message: "must be string"
				};
				if (vErrors === null) vErrors = [err3];
				else vErrors.push(err3);
				errors++;
			}
		}
		if (data.role !== void 0) {
			let data1 = data.role;
			if (!(data1 === "number" || data1 === "title" || data1 === "deadline" || data1 === "responsible" || data1 === "coExecutors" || data1 === "expectedResult" || data1 === "reportForm" || data1 === "other")) {
				const err4 = {
					instancePath: instancePath + "/role",
					schemaPath: "#/$defs/ColumnRole/enum",
					keyword: "enum",
					params: { allowedValues: schema57.enum },
					message: "must be equal to one of the allowed values"
				};
				if (vErrors === null) vErrors = [err4];
				else vErrors.push(err4);
				errors++;
			}
		}
	} else {
		const err5 = {
			instancePath,
			schemaPath: "#/type",
			keyword: "type",
			params: { type: "object" },
			message: "must be object"
		};
		if (vErrors === null) vErrors = [err5];
		else vErrors.push(err5);
		errors++;
	}
	validate42.errors = vErrors;
	return errors === 0;
}
validate42.evaluated = {
	"props": true,
	"dynamicProps": false,
	"dynamicItems": false
};
function validate44(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
	let vErrors = null;
	let errors = 0;
	const evaluated0 = validate44.evaluated;
	if (evaluated0.dynamicProps) evaluated0.props = void 0;
	if (evaluated0.dynamicItems) evaluated0.items = void 0;
	if (data && typeof data == "object" && !Array.isArray(data)) {
		if (data.number === void 0) {
			const err0 = {
				instancePath,
				schemaPath: "#/required",
				keyword: "required",
				params: { missingProperty: "number" },
				message: "must have required property 'number'"
			};
			if (vErrors === null) vErrors = [err0];
			else vErrors.push(err0);
			errors++;
		}
		if (data.title === void 0) {
			const err1 = {
				instancePath,
				schemaPath: "#/required",
				keyword: "required",
				params: { missingProperty: "title" },
				message: "must have required property 'title'"
			};
			if (vErrors === null) vErrors = [err1];
			else vErrors.push(err1);
			errors++;
		}
		if (data.source === void 0) {
			const err2 = {
				instancePath,
				schemaPath: "#/required",
				keyword: "required",
				params: { missingProperty: "source" },
				message: "must have required property 'source'"
			};
			if (vErrors === null) vErrors = [err2];
			else vErrors.push(err2);
			errors++;
		}
		for (const key0 in data) if (!(key0 === "number" || key0 === "title" || key0 === "source")) {
			const err3 = {
				instancePath,
				schemaPath: "#/additionalProperties",
				keyword: "additionalProperties",
				params: { additionalProperty: key0 },
				message: "must NOT have additional properties"
			};
			if (vErrors === null) vErrors = [err3];
			else vErrors.push(err3);
			errors++;
		}
		if (data.number !== void 0) {
			let data0 = data.number;
			if (typeof data0 !== "string" && data0 !== null) {
				const err4 = {
					instancePath: instancePath + "/number",
					schemaPath: "#/$defs/NullableString/type",
					keyword: "type",
					params: { type: schema34.type },
					message: "must be string,null"
				};
				if (vErrors === null) vErrors = [err4];
				else vErrors.push(err4);
				errors++;
			}
		}
		if (data.title !== void 0) {
			if (typeof data.title !== "string") {
				const err5 = {
					instancePath: instancePath + "/title",
					schemaPath: "#/properties/title/type",
					keyword: "type",
					params: { type: "string" },
					message: "must be string"
				};
				if (vErrors === null) vErrors = [err5];
				else vErrors.push(err5);
				errors++;
			}
		}
		if (data.source !== void 0) {
			let data2 = data.source;
			const _errs8 = errors;
			let valid2 = false;
			const _errs9 = errors;
			if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
				if (data2.page === void 0) {
					const err6 = {
						instancePath: instancePath + "/source",
						schemaPath: "#/$defs/SourceRef/required",
						keyword: "required",
						params: { missingProperty: "page" },
						message: "must have required property 'page'"
					};
					if (vErrors === null) vErrors = [err6];
					else vErrors.push(err6);
					errors++;
				}
				if (data2.line === void 0) {
					const err7 = {
						instancePath: instancePath + "/source",
						schemaPath: "#/$defs/SourceRef/required",
						keyword: "required",
						params: { missingProperty: "line" },
						message: "must have required property 'line'"
					};
					if (vErrors === null) vErrors = [err7];
					else vErrors.push(err7);
					errors++;
				}
				for (const key1 in data2) if (!(key1 === "page" || key1 === "line")) {
					const err8 = {
						instancePath: instancePath + "/source",
						schemaPath: "#/$defs/SourceRef/additionalProperties",
						keyword: "additionalProperties",
						params: { additionalProperty: key1 },
						message: "must NOT have additional properties"
					};
					if (vErrors === null) vErrors = [err8];
					else vErrors.push(err8);
					errors++;
				}
				if (data2.page !== void 0) {
					let data3 = data2.page;
					if (!(typeof data3 == "number" && !(data3 % 1) && !isNaN(data3) && isFinite(data3)) && data3 !== null) {
						const err9 = {
							instancePath: instancePath + "/source/page",
							schemaPath: "#/$defs/SourceRef/properties/page/type",
							keyword: "type",
							params: { type: schema52.properties.page.type },
							message: "must be integer,null"
						};
						if (vErrors === null) vErrors = [err9];
						else vErrors.push(err9);
						errors++;
					}
					if (typeof data3 == "number" && isFinite(data3)) {
						if (data3 < 1 || isNaN(data3)) {
							const err10 = {
								instancePath: instancePath + "/source/page",
								schemaPath: "#/$defs/SourceRef/properties/page/minimum",
								keyword: "minimum",
								params: {
									comparison: ">=",
									limit: 1
								},
								message: "must be >= 1"
							};
							if (vErrors === null) vErrors = [err10];
							else vErrors.push(err10);
							errors++;
						}
					}
				}
				if (data2.line !== void 0) {
					let data4 = data2.line;
					if (!(typeof data4 == "number" && !(data4 % 1) && !isNaN(data4) && isFinite(data4))) {
						const err11 = {
							instancePath: instancePath + "/source/line",
							schemaPath: "#/$defs/SourceRef/properties/line/type",
							keyword: "type",
							params: { type: "integer" },
							message: "must be integer"
						};
						if (vErrors === null) vErrors = [err11];
						else vErrors.push(err11);
						errors++;
					}
					if (typeof data4 == "number" && isFinite(data4)) {
						if (data4 < 1 || isNaN(data4)) {
							const err12 = {
								instancePath: instancePath + "/source/line",
								schemaPath: "#/$defs/SourceRef/properties/line/minimum",
								keyword: "minimum",
								params: {
									comparison: ">=",
									limit: 1
								},
								message: "must be >= 1"
							};
							if (vErrors === null) vErrors = [err12];
							else vErrors.push(err12);
							errors++;
						}
					}
				}
			} else {
				const err13 = {
					instancePath: instancePath + "/source",
					schemaPath: "#/$defs/SourceRef/type",
					keyword: "type",
					params: { type: "object" },
					message: "must be object"
				};
				if (vErrors === null) vErrors = [err13];
				else vErrors.push(err13);
				errors++;
			}
			var _valid0 = _errs9 === errors;
			valid2 = valid2 || _valid0;
			const _errs17 = errors;
			if (data2 !== null) {
				const err14 = {
					instancePath: instancePath + "/source",
					schemaPath: "#/properties/source/anyOf/1/type",
					keyword: "type",
					params: { type: "null" },
					message: "must be null"
				};
				if (vErrors === null) vErrors = [err14];
				else vErrors.push(err14);
				errors++;
			}
			var _valid0 = _errs17 === errors;
			valid2 = valid2 || _valid0;
			if (!valid2) {
				const err15 = {
					instancePath: instancePath + "/source",
					schemaPath: "#/properties/source/anyOf",
					keyword: "anyOf",
					params: {},
					message: "must match a schema in anyOf"
				};
				if (vErrors === null) vErrors = [err15];
				else vErrors.push(err15);
				errors++;
			} else {
				errors = _errs8;
				if (vErrors !== null) {
					if (_errs8) vErrors.length = _errs8;
					else vErrors = null;
				}
			}
		}
	} else {
		const err16 = {
			instancePath,
			schemaPath: "#/type",
			keyword: "type",
			params: { type: "object" },
			message: "must be object"
		};
		if (vErrors === null) vErrors = [err16];
		else vErrors.push(err16);
		errors++;
	}
	validate44.errors = vErrors;
	return errors === 0;
}
validate44.evaluated = {
	"props": true,
	"dynamicProps": false,
	"dynamicItems": false
};
const schema61 = {
	"title": "Activity",
	"type": "object",
	"additionalProperties": false,
	"required": [
		"number",
		"section",
		"sectionTitle",
		"title",
		"responsible",
		"coExecutors",
		"deadline",
		"expectedResult",
		"reportForm",
		"extra",
		"source"
	],
	"properties": {
		"number": {
			"type": ["string", "null"],
			"description": "As printed, trailing dot dropped: \"1.1\", \"4.2.1.1\", \"17\"; null when the row has none."
		},
		"section": { "$ref": "#/$defs/NullableString" },
		"sectionTitle": { "$ref": "#/$defs/NullableString" },
		"title": { "type": "string" },
		"responsible": {
			"type": "array",
			"items": { "$ref": "#/$defs/Party" }
		},
		"coExecutors": {
			"type": "array",
			"items": { "$ref": "#/$defs/Party" }
		},
		"deadline": { "$ref": "#/$defs/Deadline" },
		"expectedResult": { "$ref": "#/$defs/NullableString" },
		"reportForm": { "$ref": "#/$defs/NullableString" },
		"extra": {
			"type": "object",
			"additionalProperties": { "type": "string" }
		},
		"source": { "$ref": "#/$defs/SourceRef" }
	}
};
function validate46(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
	let vErrors = null;
	let errors = 0;
	const evaluated0 = validate46.evaluated;
	if (evaluated0.dynamicProps) evaluated0.props = void 0;
	if (evaluated0.dynamicItems) evaluated0.items = void 0;
	if (data && typeof data == "object" && !Array.isArray(data)) {
		if (data.number === void 0) {
			const err0 = {
				instancePath,
				schemaPath: "#/required",
				keyword: "required",
				params: { missingProperty: "number" },
				message: "must have required property 'number'"
			};
			if (vErrors === null) vErrors = [err0];
			else vErrors.push(err0);
			errors++;
		}
		if (data.section === void 0) {
			const err1 = {
				instancePath,
				schemaPath: "#/required",
				keyword: "required",
				params: { missingProperty: "section" },
				message: "must have required property 'section'"
			};
			if (vErrors === null) vErrors = [err1];
			else vErrors.push(err1);
			errors++;
		}
		if (data.sectionTitle === void 0) {
			const err2 = {
				instancePath,
				schemaPath: "#/required",
				keyword: "required",
				params: { missingProperty: "sectionTitle" },
				message: "must have required property 'sectionTitle'"
			};
			if (vErrors === null) vErrors = [err2];
			else vErrors.push(err2);
			errors++;
		}
		if (data.title === void 0) {
			const err3 = {
				instancePath,
				schemaPath: "#/required",
				keyword: "required",
				params: { missingProperty: "title" },
				message: "must have required property 'title'"
			};
			if (vErrors === null) vErrors = [err3];
			else vErrors.push(err3);
			errors++;
		}
		if (data.responsible === void 0) {
			const err4 = {
				instancePath,
				schemaPath: "#/required",
				keyword: "required",
				params: { missingProperty: "responsible" },
				message: "must have required property 'responsible'"
			};
			if (vErrors === null) vErrors = [err4];
			else vErrors.push(err4);
			errors++;
		}
		if (data.coExecutors === void 0) {
			const err5 = {
				instancePath,
				schemaPath: "#/required",
				keyword: "required",
				params: { missingProperty: "coExecutors" },
				message: "must have required property 'coExecutors'"
			};
			if (vErrors === null) vErrors = [err5];
			else vErrors.push(err5);
			errors++;
		}
		if (data.deadline === void 0) {
			const err6 = {
				instancePath,
				schemaPath: "#/required",
				keyword: "required",
				params: { missingProperty: "deadline" },
				message: "must have required property 'deadline'"
			};
			if (vErrors === null) vErrors = [err6];
			else vErrors.push(err6);
			errors++;
		}
		if (data.expectedResult === void 0) {
			const err7 = {
				instancePath,
				schemaPath: "#/required",
				keyword: "required",
				params: { missingProperty: "expectedResult" },
				message: "must have required property 'expectedResult'"
			};
			if (vErrors === null) vErrors = [err7];
			else vErrors.push(err7);
			errors++;
		}
		if (data.reportForm === void 0) {
			const err8 = {
				instancePath,
				schemaPath: "#/required",
				keyword: "required",
				params: { missingProperty: "reportForm" },
				message: "must have required property 'reportForm'"
			};
			if (vErrors === null) vErrors = [err8];
			else vErrors.push(err8);
			errors++;
		}
		if (data.extra === void 0) {
			const err9 = {
				instancePath,
				schemaPath: "#/required",
				keyword: "required",
				params: { missingProperty: "extra" },
				message: "must have required property 'extra'"
			};
			if (vErrors === null) vErrors = [err9];
			else vErrors.push(err9);
			errors++;
		}
		if (data.source === void 0) {
			const err10 = {
				instancePath,
				schemaPath: "#/required",
				keyword: "required",
				params: { missingProperty: "source" },
				message: "must have required property 'source'"
			};
			if (vErrors === null) vErrors = [err10];
			else vErrors.push(err10);
			errors++;
		}
		for (const key0 in data) if (!func2.call(schema61.properties, key0)) {
			const err11 = {
				instancePath,
				schemaPath: "#/additionalProperties",
				keyword: "additionalProperties",
				params: { additionalProperty: key0 },
				message: "must NOT have additional properties"
			};
			if (vErrors === null) vErrors = [err11];
			else vErrors.push(err11);
			errors++;
		}
		if (data.number !== void 0) {
			let data0 = data.number;
			if (typeof data0 !== "string" && data0 !== null) {
				const err12 = {
					instancePath: instancePath + "/number",
					schemaPath: "#/properties/number/type",
					keyword: "type",
					params: { type: schema61.properties.number.type },
					message: "must be string,null"
				};
				if (vErrors === null) vErrors = [err12];
				else vErrors.push(err12);
				errors++;
			}
		}
		if (data.section !== void 0) {
			let data1 = data.section;
			if (typeof data1 !== "string" && data1 !== null) {
				const err13 = {
					instancePath: instancePath + "/section",
					schemaPath: "#/$defs/NullableString/type",
					keyword: "type",
					params: { type: schema34.type },
					message: "must be string,null"
				};
				if (vErrors === null) vErrors = [err13];
				else vErrors.push(err13);
				errors++;
			}
		}
		if (data.sectionTitle !== void 0) {
			let data2 = data.sectionTitle;
			if (typeof data2 !== "string" && data2 !== null) {
				const err14 = {
					instancePath: instancePath + "/sectionTitle",
					schemaPath: "#/$defs/NullableString/type",
					keyword: "type",
					params: { type: schema34.type },
					message: "must be string,null"
				};
				if (vErrors === null) vErrors = [err14];
				else vErrors.push(err14);
				errors++;
			}
		}
		if (data.title !== void 0) {
			if (typeof data.title !== "string") {
				const err15 = {
					instancePath: instancePath + "/title",
					schemaPath: "#/properties/title/type",
					keyword: "type",
					params: { type: "string" },
					message: "must be string"
				};
				if (vErrors === null) vErrors = [err15];
				else vErrors.push(err15);
				errors++;
			}
		}
		if (data.responsible !== void 0) {
			let data4 = data.responsible;
			if (Array.isArray(data4)) {
				const len0 = data4.length;
				for (let i0 = 0; i0 < len0; i0++) if (!validate27(data4[i0], {
					instancePath: instancePath + "/responsible/" + i0,
					parentData: data4,
					parentDataProperty: i0,
					rootData,
					dynamicAnchors
				})) {
					vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
					errors = vErrors.length;
				}
			} else {
				const err16 = {
					instancePath: instancePath + "/responsible",
					schemaPath: "#/properties/responsible/type",
					keyword: "type",
					params: { type: "array" },
					message: "must be array"
				};
				if (vErrors === null) vErrors = [err16];
				else vErrors.push(err16);
				errors++;
			}
		}
		if (data.coExecutors !== void 0) {
			let data6 = data.coExecutors;
			if (Array.isArray(data6)) {
				const len1 = data6.length;
				for (let i1 = 0; i1 < len1; i1++) if (!validate27(data6[i1], {
					instancePath: instancePath + "/coExecutors/" + i1,
					parentData: data6,
					parentDataProperty: i1,
					rootData,
					dynamicAnchors
				})) {
					vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
					errors = vErrors.length;
				}
			} else {
				const err17 = {
					instancePath: instancePath + "/coExecutors",
					schemaPath: "#/properties/coExecutors/type",
					keyword: "type",
					params: { type: "array" },
					message: "must be array"
				};
				if (vErrors === null) vErrors = [err17];
				else vErrors.push(err17);
				errors++;
			}
		}
		if (data.deadline !== void 0) {
			if (!validate29(data.deadline, {
				instancePath: instancePath + "/deadline",
				parentData: data,
				parentDataProperty: "deadline",
				rootData,
				dynamicAnchors
			})) {
				vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
				errors = vErrors.length;
			}
		}
		if (data.expectedResult !== void 0) {
			let data9 = data.expectedResult;
			if (typeof data9 !== "string" && data9 !== null) {
				const err18 = {
					instancePath: instancePath + "/expectedResult",
					schemaPath: "#/$defs/NullableString/type",
					keyword: "type",
					params: { type: schema34.type },
					message: "must be string,null"
				};
				if (vErrors === null) vErrors = [err18];
				else vErrors.push(err18);
				errors++;
			}
		}
		if (data.reportForm !== void 0) {
			let data10 = data.reportForm;
			if (typeof data10 !== "string" && data10 !== null) {
				const err19 = {
					instancePath: instancePath + "/reportForm",
					schemaPath: "#/$defs/NullableString/type",
					keyword: "type",
					params: { type: schema34.type },
					message: "must be string,null"
				};
				if (vErrors === null) vErrors = [err19];
				else vErrors.push(err19);
				errors++;
			}
		}
		if (data.extra !== void 0) {
			let data11 = data.extra;
			if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
				for (const key1 in data11) if (typeof data11[key1] !== "string") {
					const err20 = {
						instancePath: instancePath + "/extra/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),
						schemaPath: "#/properties/extra/additionalProperties/type",
						keyword: "type",
						params: { type: "string" },
						message: "must be string"
					};
					if (vErrors === null) vErrors = [err20];
					else vErrors.push(err20);
					errors++;
				}
			} else {
				const err21 = {
					instancePath: instancePath + "/extra",
					schemaPath: "#/properties/extra/type",
					keyword: "type",
					params: { type: "object" },
					message: "must be object"
				};
				if (vErrors === null) vErrors = [err21];
				else vErrors.push(err21);
				errors++;
			}
		}
		if (data.source !== void 0) {
			let data13 = data.source;
			if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
				if (data13.page === void 0) {
					const err22 = {
						instancePath: instancePath + "/source",
						schemaPath: "#/$defs/SourceRef/required",
						keyword: "required",
						params: { missingProperty: "page" },
						message: "must have required property 'page'"
					};
					if (vErrors === null) vErrors = [err22];
					else vErrors.push(err22);
					errors++;
				}
				if (data13.line === void 0) {
					const err23 = {
						instancePath: instancePath + "/source",
						schemaPath: "#/$defs/SourceRef/required",
						keyword: "required",
						params: { missingProperty: "line" },
						message: "must have required property 'line'"
					};
					if (vErrors === null) vErrors = [err23];
					else vErrors.push(err23);
					errors++;
				}
				for (const key2 in data13) if (!(key2 === "page" || key2 === "line")) {
					const err24 = {
						instancePath: instancePath + "/source",
						schemaPath: "#/$defs/SourceRef/additionalProperties",
						keyword: "additionalProperties",
						params: { additionalProperty: key2 },
						message: "must NOT have additional properties"
					};
					if (vErrors === null) vErrors = [err24];
					else vErrors.push(err24);
					errors++;
				}
				if (data13.page !== void 0) {
					let data14 = data13.page;
					if (!(typeof data14 == "number" && !(data14 % 1) && !isNaN(data14) && isFinite(data14)) && data14 !== null) {
						const err25 = {
							instancePath: instancePath + "/source/page",
							schemaPath: "#/$defs/SourceRef/properties/page/type",
							keyword: "type",
							params: { type: schema52.properties.page.type },
							message: "must be integer,null"
						};
						if (vErrors === null) vErrors = [err25];
						else vErrors.push(err25);
						errors++;
					}
					if (typeof data14 == "number" && isFinite(data14)) {
						if (data14 < 1 || isNaN(data14)) {
							const err26 = {
								instancePath: instancePath + "/source/page",
								schemaPath: "#/$defs/SourceRef/properties/page/minimum",
								keyword: "minimum",
								params: {
									comparison: ">=",
									limit: 1
								},
								message: "must be >= 1"
							};
							if (vErrors === null) vErrors = [err26];
							else vErrors.push(err26);
							errors++;
						}
					}
				}
				if (data13.line !== void 0) {
					let data15 = data13.line;
					if (!(typeof data15 == "number" && !(data15 % 1) && !isNaN(data15) && isFinite(data15))) {
						const err27 = {
							instancePath: instancePath + "/source/line",
							schemaPath: "#/$defs/SourceRef/properties/line/type",
							keyword: "type",
							params: { type: "integer" },
							message: "must be integer"
						};
						if (vErrors === null) vErrors = [err27];
						else vErrors.push(err27);
						errors++;
					}
					if (typeof data15 == "number" && isFinite(data15)) {
						if (data15 < 1 || isNaN(data15)) {
							const err28 = {
								instancePath: instancePath + "/source/line",
								schemaPath: "#/$defs/SourceRef/properties/line/minimum",
								keyword: "minimum",
								params: {
									comparison: ">=",
									limit: 1
								},
								message: "must be >= 1"
							};
							if (vErrors === null) vErrors = [err28];
							else vErrors.push(err28);
							errors++;
						}
					}
				}
			} else {
				const err29 = {
					instancePath: instancePath + "/source",
					schemaPath: "#/$defs/SourceRef/type",
					keyword: "type",
					params: { type: "object" },
					message: "must be object"
				};
				if (vErrors === null) vErrors = [err29];
				else vErrors.push(err29);
				errors++;
			}
		}
	} else {
		const err30 = {
			instancePath,
			schemaPath: "#/type",
			keyword: "type",
			params: { type: "object" },
			message: "must be object"
		};
		if (vErrors === null) vErrors = [err30];
		else vErrors.push(err30);
		errors++;
	}
	validate46.errors = vErrors;
	return errors === 0;
}
validate46.evaluated = {
	"props": true,
	"dynamicProps": false,
	"dynamicItems": false
};
function validate37(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
	let vErrors = null;
	let errors = 0;
	const evaluated0 = validate37.evaluated;
	if (evaluated0.dynamicProps) evaluated0.props = void 0;
	if (evaluated0.dynamicItems) evaluated0.items = void 0;
	if (data && typeof data == "object" && !Array.isArray(data)) {
		if (data.title === void 0) {
			const err0 = {
				instancePath,
				schemaPath: "#/required",
				keyword: "required",
				params: { missingProperty: "title" },
				message: "must have required property 'title'"
			};
			if (vErrors === null) vErrors = [err0];
			else vErrors.push(err0);
			errors++;
		}
		if (data.period === void 0) {
			const err1 = {
				instancePath,
				schemaPath: "#/required",
				keyword: "required",
				params: { missingProperty: "period" },
				message: "must have required property 'period'"
			};
			if (vErrors === null) vErrors = [err1];
			else vErrors.push(err1);
			errors++;
		}
		if (data.columns === void 0) {
			const err2 = {
				instancePath,
				schemaPath: "#/required",
				keyword: "required",
				params: { missingProperty: "columns" },
				message: "must have required property 'columns'"
			};
			if (vErrors === null) vErrors = [err2];
			else vErrors.push(err2);
			errors++;
		}
		if (data.sections === void 0) {
			const err3 = {
				instancePath,
				schemaPath: "#/required",
				keyword: "required",
				params: { missingProperty: "sections" },
				message: "must have required property 'sections'"
			};
			if (vErrors === null) vErrors = [err3];
			else vErrors.push(err3);
			errors++;
		}
		if (data.activities === void 0) {
			const err4 = {
				instancePath,
				schemaPath: "#/required",
				keyword: "required",
				params: { missingProperty: "activities" },
				message: "must have required property 'activities'"
			};
			if (vErrors === null) vErrors = [err4];
			else vErrors.push(err4);
			errors++;
		}
		if (data.source === void 0) {
			const err5 = {
				instancePath,
				schemaPath: "#/required",
				keyword: "required",
				params: { missingProperty: "source" },
				message: "must have required property 'source'"
			};
			if (vErrors === null) vErrors = [err5];
			else vErrors.push(err5);
			errors++;
		}
		for (const key0 in data) if (!(key0 === "title" || key0 === "period" || key0 === "columns" || key0 === "sections" || key0 === "activities" || key0 === "source")) {
			const err6 = {
				instancePath,
				schemaPath: "#/additionalProperties",
				keyword: "additionalProperties",
				params: { additionalProperty: key0 },
				message: "must NOT have additional properties"
			};
			if (vErrors === null) vErrors = [err6];
			else vErrors.push(err6);
			errors++;
		}
		if (data.title !== void 0) {
			let data0 = data.title;
			if (typeof data0 !== "string" && data0 !== null) {
				const err7 = {
					instancePath: instancePath + "/title",
					schemaPath: "#/$defs/NullableString/type",
					keyword: "type",
					params: { type: schema34.type },
					message: "must be string,null"
				};
				if (vErrors === null) vErrors = [err7];
				else vErrors.push(err7);
				errors++;
			}
		}
		if (data.period !== void 0) {
			let data1 = data.period;
			const _errs6 = errors;
			let valid2 = false;
			const _errs7 = errors;
			if (!validate38(data1, {
				instancePath: instancePath + "/period",
				parentData: data,
				parentDataProperty: "period",
				rootData,
				dynamicAnchors
			})) {
				vErrors = vErrors === null ? validate38.errors : vErrors.concat(validate38.errors);
				errors = vErrors.length;
			}
			var _valid0 = _errs7 === errors;
			valid2 = valid2 || _valid0;
			const _errs8 = errors;
			if (data1 !== null) {
				const err8 = {
					instancePath: instancePath + "/period",
					schemaPath: "#/properties/period/anyOf/1/type",
					keyword: "type",
					params: { type: "null" },
					message: "must be null"
				};
				if (vErrors === null) vErrors = [err8];
				else vErrors.push(err8);
				errors++;
			}
			var _valid0 = _errs8 === errors;
			valid2 = valid2 || _valid0;
			if (!valid2) {
				const err9 = {
					instancePath: instancePath + "/period",
					schemaPath: "#/properties/period/anyOf",
					keyword: "anyOf",
					params: {},
					message: "must match a schema in anyOf"
				};
				if (vErrors === null) vErrors = [err9];
				else vErrors.push(err9);
				errors++;
			} else {
				errors = _errs6;
				if (vErrors !== null) {
					if (_errs6) vErrors.length = _errs6;
					else vErrors = null;
				}
			}
		}
		if (data.columns !== void 0) {
			let data2 = data.columns;
			if (Array.isArray(data2)) {
				const len0 = data2.length;
				for (let i0 = 0; i0 < len0; i0++) if (!validate42(data2[i0], {
					instancePath: instancePath + "/columns/" + i0,
					parentData: data2,
					parentDataProperty: i0,
					rootData,
					dynamicAnchors
				})) {
					vErrors = vErrors === null ? validate42.errors : vErrors.concat(validate42.errors);
					errors = vErrors.length;
				}
			} else {
				const err10 = {
					instancePath: instancePath + "/columns",
					schemaPath: "#/properties/columns/type",
					keyword: "type",
					params: { type: "array" },
					message: "must be array"
				};
				if (vErrors === null) vErrors = [err10];
				else vErrors.push(err10);
				errors++;
			}
		}
		if (data.sections !== void 0) {
			let data4 = data.sections;
			if (Array.isArray(data4)) {
				const len1 = data4.length;
				for (let i1 = 0; i1 < len1; i1++) if (!validate44(data4[i1], {
					instancePath: instancePath + "/sections/" + i1,
					parentData: data4,
					parentDataProperty: i1,
					rootData,
					dynamicAnchors
				})) {
					vErrors = vErrors === null ? validate44.errors : vErrors.concat(validate44.errors);
					errors = vErrors.length;
				}
			} else {
				const err11 = {
					instancePath: instancePath + "/sections",
					schemaPath: "#/properties/sections/type",
					keyword: "type",
					params: { type: "array" },
					message: "must be array"
				};
				if (vErrors === null) vErrors = [err11];
				else vErrors.push(err11);
				errors++;
			}
		}
		if (data.activities !== void 0) {
			let data6 = data.activities;
			if (Array.isArray(data6)) {
				const len2 = data6.length;
				for (let i2 = 0; i2 < len2; i2++) if (!validate46(data6[i2], {
					instancePath: instancePath + "/activities/" + i2,
					parentData: data6,
					parentDataProperty: i2,
					rootData,
					dynamicAnchors
				})) {
					vErrors = vErrors === null ? validate46.errors : vErrors.concat(validate46.errors);
					errors = vErrors.length;
				}
			} else {
				const err12 = {
					instancePath: instancePath + "/activities",
					schemaPath: "#/properties/activities/type",
					keyword: "type",
					params: { type: "array" },
					message: "must be array"
				};
				if (vErrors === null) vErrors = [err12];
				else vErrors.push(err12);
				errors++;
			}
		}
		if (data.source !== void 0) {
			let data8 = data.source;
			const _errs20 = errors;
			let valid9 = false;
			const _errs21 = errors;
			if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
				if (data8.page === void 0) {
					const err13 = {
						instancePath: instancePath + "/source",
						schemaPath: "#/$defs/SourceRef/required",
						keyword: "required",
						params: { missingProperty: "page" },
						message: "must have required property 'page'"
					};
					if (vErrors === null) vErrors = [err13];
					else vErrors.push(err13);
					errors++;
				}
				if (data8.line === void 0) {
					const err14 = {
						instancePath: instancePath + "/source",
						schemaPath: "#/$defs/SourceRef/required",
						keyword: "required",
						params: { missingProperty: "line" },
						message: "must have required property 'line'"
					};
					if (vErrors === null) vErrors = [err14];
					else vErrors.push(err14);
					errors++;
				}
				for (const key1 in data8) if (!(key1 === "page" || key1 === "line")) {
					const err15 = {
						instancePath: instancePath + "/source",
						schemaPath: "#/$defs/SourceRef/additionalProperties",
						keyword: "additionalProperties",
						params: { additionalProperty: key1 },
						message: "must NOT have additional properties"
					};
					if (vErrors === null) vErrors = [err15];
					else vErrors.push(err15);
					errors++;
				}
				if (data8.page !== void 0) {
					let data9 = data8.page;
					if (!(typeof data9 == "number" && !(data9 % 1) && !isNaN(data9) && isFinite(data9)) && data9 !== null) {
						const err16 = {
							instancePath: instancePath + "/source/page",
							schemaPath: "#/$defs/SourceRef/properties/page/type",
							keyword: "type",
							params: { type: schema52.properties.page.type },
							message: "must be integer,null"
						};
						if (vErrors === null) vErrors = [err16];
						else vErrors.push(err16);
						errors++;
					}
					if (typeof data9 == "number" && isFinite(data9)) {
						if (data9 < 1 || isNaN(data9)) {
							const err17 = {
								instancePath: instancePath + "/source/page",
								schemaPath: "#/$defs/SourceRef/properties/page/minimum",
								keyword: "minimum",
								params: {
									comparison: ">=",
									limit: 1
								},
								message: "must be >= 1"
							};
							if (vErrors === null) vErrors = [err17];
							else vErrors.push(err17);
							errors++;
						}
					}
				}
				if (data8.line !== void 0) {
					let data10 = data8.line;
					if (!(typeof data10 == "number" && !(data10 % 1) && !isNaN(data10) && isFinite(data10))) {
						const err18 = {
							instancePath: instancePath + "/source/line",
							schemaPath: "#/$defs/SourceRef/properties/line/type",
							keyword: "type",
							params: { type: "integer" },
							message: "must be integer"
						};
						if (vErrors === null) vErrors = [err18];
						else vErrors.push(err18);
						errors++;
					}
					if (typeof data10 == "number" && isFinite(data10)) {
						if (data10 < 1 || isNaN(data10)) {
							const err19 = {
								instancePath: instancePath + "/source/line",
								schemaPath: "#/$defs/SourceRef/properties/line/minimum",
								keyword: "minimum",
								params: {
									comparison: ">=",
									limit: 1
								},
								message: "must be >= 1"
							};
							if (vErrors === null) vErrors = [err19];
							else vErrors.push(err19);
							errors++;
						}
					}
				}
			} else {
				const err20 = {
					instancePath: instancePath + "/source",
					schemaPath: "#/$defs/SourceRef/type",
					keyword: "type",
					params: { type: "object" },
					message: "must be object"
				};
				if (vErrors === null) vErrors = [err20];
				else vErrors.push(err20);
				errors++;
			}
			var _valid1 = _errs21 === errors;
			valid9 = valid9 || _valid1;
			const _errs29 = errors;
			if (data8 !== null) {
				const err21 = {
					instancePath: instancePath + "/source",
					schemaPath: "#/properties/source/anyOf/1/type",
					keyword: "type",
					params: { type: "null" },
					message: "must be null"
				};
				if (vErrors === null) vErrors = [err21];
				else vErrors.push(err21);
				errors++;
			}
			var _valid1 = _errs29 === errors;
			valid9 = valid9 || _valid1;
			if (!valid9) {
				const err22 = {
					instancePath: instancePath + "/source",
					schemaPath: "#/properties/source/anyOf",
					keyword: "anyOf",
					params: {},
					message: "must match a schema in anyOf"
				};
				if (vErrors === null) vErrors = [err22];
				else vErrors.push(err22);
				errors++;
			} else {
				errors = _errs20;
				if (vErrors !== null) {
					if (_errs20) vErrors.length = _errs20;
					else vErrors = null;
				}
			}
		}
	} else {
		const err23 = {
			instancePath,
			schemaPath: "#/type",
			keyword: "type",
			params: { type: "object" },
			message: "must be object"
		};
		if (vErrors === null) vErrors = [err23];
		else vErrors.push(err23);
		errors++;
	}
	validate37.errors = vErrors;
	return errors === 0;
}
validate37.evaluated = {
	"props": true,
	"dynamicProps": false,
	"dynamicItems": false
};
function validate52(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
	let vErrors = null;
	let errors = 0;
	const evaluated0 = validate52.evaluated;
	if (evaluated0.dynamicProps) evaluated0.props = void 0;
	if (evaluated0.dynamicItems) evaluated0.items = void 0;
	if (data && typeof data == "object" && !Array.isArray(data)) {
		if (data.alias === void 0) {
			const err0 = {
				instancePath,
				schemaPath: "#/required",
				keyword: "required",
				params: { missingProperty: "alias" },
				message: "must have required property 'alias'"
			};
			if (vErrors === null) vErrors = [err0];
			else vErrors.push(err0);
			errors++;
		}
		if (data.expansion === void 0) {
			const err1 = {
				instancePath,
				schemaPath: "#/required",
				keyword: "required",
				params: { missingProperty: "expansion" },
				message: "must have required property 'expansion'"
			};
			if (vErrors === null) vErrors = [err1];
			else vErrors.push(err1);
			errors++;
		}
		if (data.source === void 0) {
			const err2 = {
				instancePath,
				schemaPath: "#/required",
				keyword: "required",
				params: { missingProperty: "source" },
				message: "must have required property 'source'"
			};
			if (vErrors === null) vErrors = [err2];
			else vErrors.push(err2);
			errors++;
		}
		for (const key0 in data) if (!(key0 === "alias" || key0 === "expansion" || key0 === "source")) {
			const err3 = {
				instancePath,
				schemaPath: "#/additionalProperties",
				keyword: "additionalProperties",
				params: { additionalProperty: key0 },
				message: "must NOT have additional properties"
			};
			if (vErrors === null) vErrors = [err3];
			else vErrors.push(err3);
			errors++;
		}
		if (data.alias !== void 0) {
			let data0 = data.alias;
			if (typeof data0 === "string") {
				if (func1(data0) < 1) {
					const err4 = {
						instancePath: instancePath + "/alias",
						schemaPath: "#/properties/alias/minLength",
						keyword: "minLength",
						params: { limit: 1 },
						message: "must NOT have fewer than 1 characters"
					};
					if (vErrors === null) vErrors = [err4];
					else vErrors.push(err4);
					errors++;
				}
			} else {
				const err5 = {
					instancePath: instancePath + "/alias",
					schemaPath: "#/properties/alias/type",
					keyword: "type",
					params: { type: "string" },
					message: "must be string"
				};
				if (vErrors === null) vErrors = [err5];
				else vErrors.push(err5);
				errors++;
			}
		}
		if (data.expansion !== void 0) {
			let data1 = data.expansion;
			if (Array.isArray(data1)) {
				const len0 = data1.length;
				for (let i0 = 0; i0 < len0; i0++) if (typeof data1[i0] !== "string") {
					const err6 = {
						instancePath: instancePath + "/expansion/" + i0,
						schemaPath: "#/properties/expansion/items/type",
						keyword: "type",
						params: { type: "string" },
						message: "must be string"
					};
					if (vErrors === null) vErrors = [err6];
					else vErrors.push(err6);
					errors++;
				}
			} else {
				const err7 = {
					instancePath: instancePath + "/expansion",
					schemaPath: "#/properties/expansion/type",
					keyword: "type",
					params: { type: "array" },
					message: "must be array"
				};
				if (vErrors === null) vErrors = [err7];
				else vErrors.push(err7);
				errors++;
			}
		}
		if (data.source !== void 0) {
			let data3 = data.source;
			const _errs9 = errors;
			let valid3 = false;
			const _errs10 = errors;
			if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
				if (data3.page === void 0) {
					const err8 = {
						instancePath: instancePath + "/source",
						schemaPath: "#/$defs/SourceRef/required",
						keyword: "required",
						params: { missingProperty: "page" },
						message: "must have required property 'page'"
					};
					if (vErrors === null) vErrors = [err8];
					else vErrors.push(err8);
					errors++;
				}
				if (data3.line === void 0) {
					const err9 = {
						instancePath: instancePath + "/source",
						schemaPath: "#/$defs/SourceRef/required",
						keyword: "required",
						params: { missingProperty: "line" },
						message: "must have required property 'line'"
					};
					if (vErrors === null) vErrors = [err9];
					else vErrors.push(err9);
					errors++;
				}
				for (const key1 in data3) if (!(key1 === "page" || key1 === "line")) {
					const err10 = {
						instancePath: instancePath + "/source",
						schemaPath: "#/$defs/SourceRef/additionalProperties",
						keyword: "additionalProperties",
						params: { additionalProperty: key1 },
						message: "must NOT have additional properties"
					};
					if (vErrors === null) vErrors = [err10];
					else vErrors.push(err10);
					errors++;
				}
				if (data3.page !== void 0) {
					let data4 = data3.page;
					if (!(typeof data4 == "number" && !(data4 % 1) && !isNaN(data4) && isFinite(data4)) && data4 !== null) {
						const err11 = {
							instancePath: instancePath + "/source/page",
							schemaPath: "#/$defs/SourceRef/properties/page/type",
							keyword: "type",
							params: { type: schema52.properties.page.type },
							message: "must be integer,null"
						};
						if (vErrors === null) vErrors = [err11];
						else vErrors.push(err11);
						errors++;
					}
					if (typeof data4 == "number" && isFinite(data4)) {
						if (data4 < 1 || isNaN(data4)) {
							const err12 = {
								instancePath: instancePath + "/source/page",
								schemaPath: "#/$defs/SourceRef/properties/page/minimum",
								keyword: "minimum",
								params: {
									comparison: ">=",
									limit: 1
								},
								message: "must be >= 1"
							};
							if (vErrors === null) vErrors = [err12];
							else vErrors.push(err12);
							errors++;
						}
					}
				}
				if (data3.line !== void 0) {
					let data5 = data3.line;
					if (!(typeof data5 == "number" && !(data5 % 1) && !isNaN(data5) && isFinite(data5))) {
						const err13 = {
							instancePath: instancePath + "/source/line",
							schemaPath: "#/$defs/SourceRef/properties/line/type",
							keyword: "type",
							params: { type: "integer" },
							message: "must be integer"
						};
						if (vErrors === null) vErrors = [err13];
						else vErrors.push(err13);
						errors++;
					}
					if (typeof data5 == "number" && isFinite(data5)) {
						if (data5 < 1 || isNaN(data5)) {
							const err14 = {
								instancePath: instancePath + "/source/line",
								schemaPath: "#/$defs/SourceRef/properties/line/minimum",
								keyword: "minimum",
								params: {
									comparison: ">=",
									limit: 1
								},
								message: "must be >= 1"
							};
							if (vErrors === null) vErrors = [err14];
							else vErrors.push(err14);
							errors++;
						}
					}
				}
			} else {
				const err15 = {
					instancePath: instancePath + "/source",
					schemaPath: "#/$defs/SourceRef/type",
					keyword: "type",
					params: { type: "object" },
					message: "must be object"
				};
				if (vErrors === null) vErrors = [err15];
				else vErrors.push(err15);
				errors++;
			}
			var _valid0 = _errs10 === errors;
			valid3 = valid3 || _valid0;
			const _errs18 = errors;
			if (data3 !== null) {
				const err16 = {
					instancePath: instancePath + "/source",
					schemaPath: "#/properties/source/anyOf/1/type",
					keyword: "type",
					params: { type: "null" },
					message: "must be null"
				};
				if (vErrors === null) vErrors = [err16];
				else vErrors.push(err16);
				errors++;
			}
			var _valid0 = _errs18 === errors;
			valid3 = valid3 || _valid0;
			if (!valid3) {
				const err17 = {
					instancePath: instancePath + "/source",
					schemaPath: "#/properties/source/anyOf",
					keyword: "anyOf",
					params: {},
					message: "must match a schema in anyOf"
				};
				if (vErrors === null) vErrors = [err17];
				else vErrors.push(err17);
				errors++;
			} else {
				errors = _errs9;
				if (vErrors !== null) {
					if (_errs9) vErrors.length = _errs9;
					else vErrors = null;
				}
			}
		}
	} else {
		const err18 = {
			instancePath,
			schemaPath: "#/type",
			keyword: "type",
			params: { type: "object" },
			message: "must be object"
		};
		if (vErrors === null) vErrors = [err18];
		else vErrors.push(err18);
		errors++;
	}
	validate52.errors = vErrors;
	return errors === 0;
}
validate52.evaluated = {
	"props": true,
	"dynamicProps": false,
	"dynamicItems": false
};
const pattern10 = /* @__PURE__ */ new RegExp("^[A-Z][A-Z0-9_]*$", "u");
function validate54(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
	let vErrors = null;
	let errors = 0;
	const evaluated0 = validate54.evaluated;
	if (evaluated0.dynamicProps) evaluated0.props = void 0;
	if (evaluated0.dynamicItems) evaluated0.items = void 0;
	if (data && typeof data == "object" && !Array.isArray(data)) {
		if (data.code === void 0) {
			const err0 = {
				instancePath,
				schemaPath: "#/required",
				keyword: "required",
				params: { missingProperty: "code" },
				message: "must have required property 'code'"
			};
			if (vErrors === null) vErrors = [err0];
			else vErrors.push(err0);
			errors++;
		}
		if (data.message === void 0) {
			const err1 = {
				instancePath,
				schemaPath: "#/required",
				keyword: "required",
				params: { missingProperty: "message" },
				message: "must have required property 'message'"
			};
			if (vErrors === null) vErrors = [err1];
			else vErrors.push(err1);
			errors++;
		}
		if (data.source === void 0) {
			const err2 = {
				instancePath,
				schemaPath: "#/required",
				keyword: "required",
				params: { missingProperty: "source" },
				message: "must have required property 'source'"
			};
			if (vErrors === null) vErrors = [err2];
			else vErrors.push(err2);
			errors++;
		}
		for (const key0 in data) if (!(key0 === "code" || key0 === "message" || key0 === "source")) {
			const err3 = {
				instancePath,
				schemaPath: "#/additionalProperties",
				keyword: "additionalProperties",
				params: { additionalProperty: key0 },
				message: "must NOT have additional properties"
			};
			if (vErrors === null) vErrors = [err3];
			else vErrors.push(err3);
			errors++;
		}
		if (data.code !== void 0) {
			let data0 = data.code;
			if (typeof data0 === "string") {
				if (!pattern10.test(data0)) {
					const err4 = {
						instancePath: instancePath + "/code",
						schemaPath: "#/properties/code/pattern",
						keyword: "pattern",
						params: { pattern: "^[A-Z][A-Z0-9_]*$" },
						message: "must match pattern \"^[A-Z][A-Z0-9_]*$\""
					};
					if (vErrors === null) vErrors = [err4];
					else vErrors.push(err4);
					errors++;
				}
			} else {
				const err5 = {
					instancePath: instancePath + "/code",
					schemaPath: "#/properties/code/type",
					keyword: "type",
					params: { type: "string" },
					message: "must be string"
				};
				if (vErrors === null) vErrors = [err5];
				else vErrors.push(err5);
				errors++;
			}
		}
		if (data.message !== void 0) {
			if (typeof data.message !== "string") {
				const err6 = {
					instancePath: instancePath + "/message",
					schemaPath: "#/properties/message/type",
					keyword: "type",
					params: { type: "string" },
					message: "must be string"
				};
				if (vErrors === null) vErrors = [err6];
				else vErrors.push(err6);
				errors++;
			}
		}
		if (data.source !== void 0) {
			let data2 = data.source;
			const _errs7 = errors;
			let valid1 = false;
			const _errs8 = errors;
			if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
				if (data2.page === void 0) {
					const err7 = {
						instancePath: instancePath + "/source",
						schemaPath: "#/$defs/SourceRef/required",
						keyword: "required",
						params: { missingProperty: "page" },
						message: "must have required property 'page'"
					};
					if (vErrors === null) vErrors = [err7];
					else vErrors.push(err7);
					errors++;
				}
				if (data2.line === void 0) {
					const err8 = {
						instancePath: instancePath + "/source",
						schemaPath: "#/$defs/SourceRef/required",
						keyword: "required",
						params: { missingProperty: "line" },
						message: "must have required property 'line'"
					};
					if (vErrors === null) vErrors = [err8];
					else vErrors.push(err8);
					errors++;
				}
				for (const key1 in data2) if (!(key1 === "page" || key1 === "line")) {
					const err9 = {
						instancePath: instancePath + "/source",
						schemaPath: "#/$defs/SourceRef/additionalProperties",
						keyword: "additionalProperties",
						params: { additionalProperty: key1 },
						message: "must NOT have additional properties"
					};
					if (vErrors === null) vErrors = [err9];
					else vErrors.push(err9);
					errors++;
				}
				if (data2.page !== void 0) {
					let data3 = data2.page;
					if (!(typeof data3 == "number" && !(data3 % 1) && !isNaN(data3) && isFinite(data3)) && data3 !== null) {
						const err10 = {
							instancePath: instancePath + "/source/page",
							schemaPath: "#/$defs/SourceRef/properties/page/type",
							keyword: "type",
							params: { type: schema52.properties.page.type },
							message: "must be integer,null"
						};
						if (vErrors === null) vErrors = [err10];
						else vErrors.push(err10);
						errors++;
					}
					if (typeof data3 == "number" && isFinite(data3)) {
						if (data3 < 1 || isNaN(data3)) {
							const err11 = {
								instancePath: instancePath + "/source/page",
								schemaPath: "#/$defs/SourceRef/properties/page/minimum",
								keyword: "minimum",
								params: {
									comparison: ">=",
									limit: 1
								},
								message: "must be >= 1"
							};
							if (vErrors === null) vErrors = [err11];
							else vErrors.push(err11);
							errors++;
						}
					}
				}
				if (data2.line !== void 0) {
					let data4 = data2.line;
					if (!(typeof data4 == "number" && !(data4 % 1) && !isNaN(data4) && isFinite(data4))) {
						const err12 = {
							instancePath: instancePath + "/source/line",
							schemaPath: "#/$defs/SourceRef/properties/line/type",
							keyword: "type",
							params: { type: "integer" },
							message: "must be integer"
						};
						if (vErrors === null) vErrors = [err12];
						else vErrors.push(err12);
						errors++;
					}
					if (typeof data4 == "number" && isFinite(data4)) {
						if (data4 < 1 || isNaN(data4)) {
							const err13 = {
								instancePath: instancePath + "/source/line",
								schemaPath: "#/$defs/SourceRef/properties/line/minimum",
								keyword: "minimum",
								params: {
									comparison: ">=",
									limit: 1
								},
								message: "must be >= 1"
							};
							if (vErrors === null) vErrors = [err13];
							else vErrors.push(err13);
							errors++;
						}
					}
				}
			} else {
				const err14 = {
					instancePath: instancePath + "/source",
					schemaPath: "#/$defs/SourceRef/type",
					keyword: "type",
					params: { type: "object" },
					message: "must be object"
				};
				if (vErrors === null) vErrors = [err14];
				else vErrors.push(err14);
				errors++;
			}
			var _valid0 = _errs8 === errors;
			valid1 = valid1 || _valid0;
			const _errs16 = errors;
			if (data2 !== null) {
				const err15 = {
					instancePath: instancePath + "/source",
					schemaPath: "#/properties/source/anyOf/1/type",
					keyword: "type",
					params: { type: "null" },
					message: "must be null"
				};
				if (vErrors === null) vErrors = [err15];
				else vErrors.push(err15);
				errors++;
			}
			var _valid0 = _errs16 === errors;
			valid1 = valid1 || _valid0;
			if (!valid1) {
				const err16 = {
					instancePath: instancePath + "/source",
					schemaPath: "#/properties/source/anyOf",
					keyword: "anyOf",
					params: {},
					message: "must match a schema in anyOf"
				};
				if (vErrors === null) vErrors = [err16];
				else vErrors.push(err16);
				errors++;
			} else {
				errors = _errs7;
				if (vErrors !== null) {
					if (_errs7) vErrors.length = _errs7;
					else vErrors = null;
				}
			}
		}
	} else {
		const err17 = {
			instancePath,
			schemaPath: "#/type",
			keyword: "type",
			params: { type: "object" },
			message: "must be object"
		};
		if (vErrors === null) vErrors = [err17];
		else vErrors.push(err17);
		errors++;
	}
	validate54.errors = vErrors;
	return errors === 0;
}
validate54.evaluated = {
	"props": true,
	"dynamicProps": false,
	"dynamicItems": false
};
function validate20(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
	let vErrors = null;
	let errors = 0;
	const evaluated0 = validate20.evaluated;
	if (evaluated0.dynamicProps) evaluated0.props = void 0;
	if (evaluated0.dynamicItems) evaluated0.items = void 0;
	if (data && typeof data == "object" && !Array.isArray(data)) {
		if (data.schemaVersion === void 0) {
			const err0 = {
				instancePath,
				schemaPath: "#/required",
				keyword: "required",
				params: { missingProperty: "schemaVersion" },
				message: "must have required property 'schemaVersion'"
			};
			if (vErrors === null) vErrors = [err0];
			else vErrors.push(err0);
			errors++;
		}
		if (data.source === void 0) {
			const err1 = {
				instancePath,
				schemaPath: "#/required",
				keyword: "required",
				params: { missingProperty: "source" },
				message: "must have required property 'source'"
			};
			if (vErrors === null) vErrors = [err1];
			else vErrors.push(err1);
			errors++;
		}
		if (data.decree === void 0) {
			const err2 = {
				instancePath,
				schemaPath: "#/required",
				keyword: "required",
				params: { missingProperty: "decree" },
				message: "must have required property 'decree'"
			};
			if (vErrors === null) vErrors = [err2];
			else vErrors.push(err2);
			errors++;
		}
		if (data.roadmaps === void 0) {
			const err3 = {
				instancePath,
				schemaPath: "#/required",
				keyword: "required",
				params: { missingProperty: "roadmaps" },
				message: "must have required property 'roadmaps'"
			};
			if (vErrors === null) vErrors = [err3];
			else vErrors.push(err3);
			errors++;
		}
		if (data.aliases === void 0) {
			const err4 = {
				instancePath,
				schemaPath: "#/required",
				keyword: "required",
				params: { missingProperty: "aliases" },
				message: "must have required property 'aliases'"
			};
			if (vErrors === null) vErrors = [err4];
			else vErrors.push(err4);
			errors++;
		}
		if (data.warnings === void 0) {
			const err5 = {
				instancePath,
				schemaPath: "#/required",
				keyword: "required",
				params: { missingProperty: "warnings" },
				message: "must have required property 'warnings'"
			};
			if (vErrors === null) vErrors = [err5];
			else vErrors.push(err5);
			errors++;
		}
		for (const key0 in data) if (!(key0 === "schemaVersion" || key0 === "source" || key0 === "decree" || key0 === "roadmaps" || key0 === "aliases" || key0 === "warnings")) {
			const err6 = {
				instancePath,
				schemaPath: "#/additionalProperties",
				keyword: "additionalProperties",
				params: { additionalProperty: key0 },
				message: "must NOT have additional properties"
			};
			if (vErrors === null) vErrors = [err6];
			else vErrors.push(err6);
			errors++;
		}
		if (data.schemaVersion !== void 0) {
			let data0 = data.schemaVersion;
			if (typeof data0 === "string") {
				if (!pattern4.test(data0)) {
					const err7 = {
						instancePath: instancePath + "/schemaVersion",
						schemaPath: "#/properties/schemaVersion/pattern",
						keyword: "pattern",
						params: { pattern: "^1\\.[0-9]+$" },
						message: "must match pattern \"^1\\.[0-9]+$\""
					};
					if (vErrors === null) vErrors = [err7];
					else vErrors.push(err7);
					errors++;
				}
			} else {
				const err8 = {
					instancePath: instancePath + "/schemaVersion",
					schemaPath: "#/properties/schemaVersion/type",
					keyword: "type",
					params: { type: "string" },
					message: "must be string"
				};
				if (vErrors === null) vErrors = [err8];
				else vErrors.push(err8);
				errors++;
			}
		}
		if (data.source !== void 0) {
			let data1 = data.source;
			if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
				if (data1.file === void 0) {
					const err9 = {
						instancePath: instancePath + "/source",
						schemaPath: "#/$defs/Source/required",
						keyword: "required",
						params: { missingProperty: "file" },
						message: "must have required property 'file'"
					};
					if (vErrors === null) vErrors = [err9];
					else vErrors.push(err9);
					errors++;
				}
				if (data1.format === void 0) {
					const err10 = {
						instancePath: instancePath + "/source",
						schemaPath: "#/$defs/Source/required",
						keyword: "required",
						params: { missingProperty: "format" },
						message: "must have required property 'format'"
					};
					if (vErrors === null) vErrors = [err10];
					else vErrors.push(err10);
					errors++;
				}
				if (data1.sha256 === void 0) {
					const err11 = {
						instancePath: instancePath + "/source",
						schemaPath: "#/$defs/Source/required",
						keyword: "required",
						params: { missingProperty: "sha256" },
						message: "must have required property 'sha256'"
					};
					if (vErrors === null) vErrors = [err11];
					else vErrors.push(err11);
					errors++;
				}
				if (data1.pages === void 0) {
					const err12 = {
						instancePath: instancePath + "/source",
						schemaPath: "#/$defs/Source/required",
						keyword: "required",
						params: { missingProperty: "pages" },
						message: "must have required property 'pages'"
					};
					if (vErrors === null) vErrors = [err12];
					else vErrors.push(err12);
					errors++;
				}
				if (data1.encoding === void 0) {
					const err13 = {
						instancePath: instancePath + "/source",
						schemaPath: "#/$defs/Source/required",
						keyword: "required",
						params: { missingProperty: "encoding" },
						message: "must have required property 'encoding'"
					};
					if (vErrors === null) vErrors = [err13];
					else vErrors.push(err13);
					errors++;
				}
				for (const key1 in data1) if (!(key1 === "file" || key1 === "format" || key1 === "sha256" || key1 === "pages" || key1 === "encoding")) {
					const err14 = {
						instancePath: instancePath + "/source",
						schemaPath: "#/$defs/Source/additionalProperties",
						keyword: "additionalProperties",
						params: { additionalProperty: key1 },
						message: "must NOT have additional properties"
					};
					if (vErrors === null) vErrors = [err14];
					else vErrors.push(err14);
					errors++;
				}
				if (data1.file !== void 0) {
					if (typeof data1.file !== "string") {
						const err15 = {
							instancePath: instancePath + "/source/file",
							schemaPath: "#/$defs/Source/properties/file/type",
							keyword: "type",
							params: { type: "string" },
							message: "must be string"
						};
						if (vErrors === null) vErrors = [err15];
						else vErrors.push(err15);
						errors++;
					}
				}
				if (data1.format !== void 0) {
					let data3 = data1.format;
					if (!(data3 === "pdf" || data3 === "docx" || data3 === "text")) {
						const err16 = {
							instancePath: instancePath + "/source/format",
							schemaPath: "#/$defs/Source/properties/format/enum",
							keyword: "enum",
							params: { allowedValues: schema32.properties.format.enum },
							message: "must be equal to one of the allowed values"
						};
						if (vErrors === null) vErrors = [err16];
						else vErrors.push(err16);
						errors++;
					}
				}
				if (data1.sha256 !== void 0) {
					let data4 = data1.sha256;
					if (typeof data4 === "string") {
						if (!pattern5.test(data4)) {
							const err17 = {
								instancePath: instancePath + "/source/sha256",
								schemaPath: "#/$defs/Source/properties/sha256/pattern",
								keyword: "pattern",
								params: { pattern: "^[0-9a-f]{64}$" },
								message: "must match pattern \"^[0-9a-f]{64}$\""
							};
							if (vErrors === null) vErrors = [err17];
							else vErrors.push(err17);
							errors++;
						}
					} else {
						const err18 = {
							instancePath: instancePath + "/source/sha256",
							schemaPath: "#/$defs/Source/properties/sha256/type",
							keyword: "type",
							params: { type: "string" },
							message: "must be string"
						};
						if (vErrors === null) vErrors = [err18];
						else vErrors.push(err18);
						errors++;
					}
				}
				if (data1.pages !== void 0) {
					let data5 = data1.pages;
					if (!(typeof data5 == "number" && !(data5 % 1) && !isNaN(data5) && isFinite(data5)) && data5 !== null) {
						const err19 = {
							instancePath: instancePath + "/source/pages",
							schemaPath: "#/$defs/Source/properties/pages/type",
							keyword: "type",
							params: { type: schema32.properties.pages.type },
							message: "must be integer,null"
						};
						if (vErrors === null) vErrors = [err19];
						else vErrors.push(err19);
						errors++;
					}
					if (typeof data5 == "number" && isFinite(data5)) {
						if (data5 < 0 || isNaN(data5)) {
							const err20 = {
								instancePath: instancePath + "/source/pages",
								schemaPath: "#/$defs/Source/properties/pages/minimum",
								keyword: "minimum",
								params: {
									comparison: ">=",
									limit: 0
								},
								message: "must be >= 0"
							};
							if (vErrors === null) vErrors = [err20];
							else vErrors.push(err20);
							errors++;
						}
					}
				}
				if (data1.encoding !== void 0) {
					let data6 = data1.encoding;
					if (typeof data6 !== "string" && data6 !== null) {
						const err21 = {
							instancePath: instancePath + "/source/encoding",
							schemaPath: "#/$defs/Source/properties/encoding/type",
							keyword: "type",
							params: { type: schema32.properties.encoding.type },
							message: "must be string,null"
						};
						if (vErrors === null) vErrors = [err21];
						else vErrors.push(err21);
						errors++;
					}
				}
			} else {
				const err22 = {
					instancePath: instancePath + "/source",
					schemaPath: "#/$defs/Source/type",
					keyword: "type",
					params: { type: "object" },
					message: "must be object"
				};
				if (vErrors === null) vErrors = [err22];
				else vErrors.push(err22);
				errors++;
			}
		}
		if (data.decree !== void 0) {
			if (!validate21(data.decree, {
				instancePath: instancePath + "/decree",
				parentData: data,
				parentDataProperty: "decree",
				rootData,
				dynamicAnchors
			})) {
				vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
				errors = vErrors.length;
			}
		}
		if (data.roadmaps !== void 0) {
			let data8 = data.roadmaps;
			if (Array.isArray(data8)) {
				const len0 = data8.length;
				for (let i0 = 0; i0 < len0; i0++) if (!validate37(data8[i0], {
					instancePath: instancePath + "/roadmaps/" + i0,
					parentData: data8,
					parentDataProperty: i0,
					rootData,
					dynamicAnchors
				})) {
					vErrors = vErrors === null ? validate37.errors : vErrors.concat(validate37.errors);
					errors = vErrors.length;
				}
			} else {
				const err23 = {
					instancePath: instancePath + "/roadmaps",
					schemaPath: "#/properties/roadmaps/type",
					keyword: "type",
					params: { type: "array" },
					message: "must be array"
				};
				if (vErrors === null) vErrors = [err23];
				else vErrors.push(err23);
				errors++;
			}
		}
		if (data.aliases !== void 0) {
			let data10 = data.aliases;
			if (Array.isArray(data10)) {
				const len1 = data10.length;
				for (let i1 = 0; i1 < len1; i1++) if (!validate52(data10[i1], {
					instancePath: instancePath + "/aliases/" + i1,
					parentData: data10,
					parentDataProperty: i1,
					rootData,
					dynamicAnchors
				})) {
					vErrors = vErrors === null ? validate52.errors : vErrors.concat(validate52.errors);
					errors = vErrors.length;
				}
			} else {
				const err24 = {
					instancePath: instancePath + "/aliases",
					schemaPath: "#/properties/aliases/type",
					keyword: "type",
					params: { type: "array" },
					message: "must be array"
				};
				if (vErrors === null) vErrors = [err24];
				else vErrors.push(err24);
				errors++;
			}
		}
		if (data.warnings !== void 0) {
			let data12 = data.warnings;
			if (Array.isArray(data12)) {
				const len2 = data12.length;
				for (let i2 = 0; i2 < len2; i2++) if (!validate54(data12[i2], {
					instancePath: instancePath + "/warnings/" + i2,
					parentData: data12,
					parentDataProperty: i2,
					rootData,
					dynamicAnchors
				})) {
					vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
					errors = vErrors.length;
				}
			} else {
				const err25 = {
					instancePath: instancePath + "/warnings",
					schemaPath: "#/properties/warnings/type",
					keyword: "type",
					params: { type: "array" },
					message: "must be array"
				};
				if (vErrors === null) vErrors = [err25];
				else vErrors.push(err25);
				errors++;
			}
		}
	} else {
		const err26 = {
			instancePath,
			schemaPath: "#/type",
			keyword: "type",
			params: { type: "object" },
			message: "must be object"
		};
		if (vErrors === null) vErrors = [err26];
		else vErrors.push(err26);
		errors++;
	}
	validate20.errors = vErrors;
	return errors === 0;
}
validate20.evaluated = {
	"props": true,
	"dynamicProps": false,
	"dynamicItems": false
};
// dist/model/validate.js
const validate = validate$1;
function schemaViolations(value) {
	if (validate(value)) return [];
	return (validate.errors ?? []).map((error) => ({
		path: error.instancePath || "/",
		message: error.message ?? error.keyword
	}));
}
export { csvHeader as i, OUTPUT_FORMATS as n, formatDocument as r, schemaViolations as t };
