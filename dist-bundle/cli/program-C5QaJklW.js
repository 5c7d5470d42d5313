import { i as csvHeader, n as OUTPUT_FORMATS, t as schemaViolations } from "./validate-D-88ale7.js";
import { t as WARNING_CODES } from "./warnings-DCKnnw-o.js";
import { createRequire } from "node:module";
import { createHash } from "node:crypto";
import { mkdir, open, readFile, realpath, rename, rm, stat, writeFile } from "node:fs/promises";
import { availableParallelism } from "node:os";
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
import { readFileSync } from "node:fs";
import { Command, CommanderError, InvalidArgumentError, Option } from "commander";
import pLimit from "p-limit";
/**
* How far ahead of the oldest unfinished document the pool may run, in
* multiples of the concurrency. Finished outcomes wait here until their turn,
* so this bounds the memory one slow document can make the others hold.
*/
const LOOKAHEAD_PER_WORKER = 4;
async function runBatch(inputs, taskFor, settings, onOutcome) {
	if (inputs.length === 0) return;
	const threads = Math.min(settings.concurrency, inputs.length);
	const runner = threads > 1 ? await workerPool(threads, settings) : await thisThread(settings);
	const slots = pLimit(threads);
	const lookahead = threads * LOOKAHEAD_PER_WORKER;
	const outcomes = [];
	let submitted = 0;
	try {
		for (let emitted = 0; emitted < inputs.length && !settings.interrupt.aborted; emitted += 1) {
			while (submitted < inputs.length && submitted < emitted + lookahead) {
				const input = inputs[submitted];
				outcomes[submitted] = slots(() => timed(runner, taskFor(input)));
				submitted += 1;
			}
			const { outcome, seconds } = await outcomes[emitted];
			outcomes[emitted] = void 0;
			if (settings.interrupt.aborted) break;
			await onOutcome(inputs[emitted], outcome, seconds);
		}
	} finally {
		slots.clearQueue();
		await runner.close();
	}
}
async function timed(runner, task) {
	const started = performance.now();
	return {
		outcome: await runner.run(task),
		seconds: (performance.now() - started) / 1e3
	};
}
const defaultWorker = () => new URL("./worker.js", import.meta.url);
const interrupted = () => ({
	ok: false,
	code: "INTERNAL",
	message: "interrupted"
});
const timedOut = (settings) => ({
	ok: false,
	code: "TIMEOUT",
	message: `not finished after ${settings.timeoutSeconds} s (--timeout); stopped`
});
async function thisThread(settings) {
	const ingestTask = (await import((settings.workerUrl ?? defaultWorker()).href)).default;
	return {
		async run(task) {
			if (settings.interrupt.aborted) return interrupted();
			const limitMs = settings.timeoutSeconds * 1e3;
			const started = performance.now();
			const timeout = AbortSignal.timeout(limitMs);
			let outcome;
			try {
				outcome = await ingestTask(task, AbortSignal.any([timeout, settings.interrupt]));
			} catch (error) {
				outcome = {
					ok: false,
					code: "INTERNAL",
					message: `unexpected error: ${error instanceof Error ? error.message : String(error)}`,
					stack: error instanceof Error ? error.stack : void 0
				};
			}
			if (settings.interrupt.aborted) return interrupted();
			if (timeout.aborted || performance.now() - started > limitMs) return timedOut(settings);
			return outcome;
		},
		close: async () => {}
	};
}
async function workerPool(threads, settings) {
	const { Piscina } = await import("piscina");
	const pool = new Piscina({
		filename: (settings.workerUrl ?? defaultWorker()).href,
		minThreads: threads,
		maxThreads: threads,
		concurrentTasksPerWorker: 1,
		idleTimeout: 3e4,
		resourceLimits: { maxOldGenerationSizeMb: settings.heapLimitMb ?? 768 }
	});
	return {
		run: (task) => outcomeInPool(pool, task, settings),
		close: () => pool.destroy()
	};
}
async function outcomeInPool(pool, task, settings) {
	if (settings.interrupt.aborted) return interrupted();
	const timeout = AbortSignal.timeout(settings.timeoutSeconds * 1e3);
	try {
		return await pool.run(task, { signal: AbortSignal.any([timeout, settings.interrupt]) });
	} catch (error) {
		if (settings.interrupt.aborted) return interrupted();
		if (timeout.aborted) return timedOut(settings);
		if (error.code === "ERR_WORKER_OUT_OF_MEMORY") return {
			ok: false,
			code: "TOO_LARGE",
			message: `needs more than ${settings.heapLimitMb ?? 768} MB of memory; stopped`
		};
		return {
			ok: false,
			code: "INTERNAL",
			message: `the worker failed: ${error instanceof Error ? error.message : String(error)}`,
			stack: error instanceof Error ? error.stack : void 0
		};
	}
}
// dist/cli/inputs.js
/**
* Command-line arguments (files, folders, globs) → the batch's documents, in
* a stable order. Every input gets a `relative` path: the name its output
* takes under `--out-dir` and the key `--shard` hashes, so both are the same
* on every machine that runs the same command from the same directory.
*/
const tinyglobby = () => import("tinyglobby");
/** What a folder walk or a glob picks up; a file named explicitly is read whatever its extension. */
const DOCUMENT_EXTENSIONS = [
	"pdf",
	"docx",
	"txt",
	"doc",
	"rtf"
];
const DOCUMENT_NAME = new RegExp(`\\.(?:${DOCUMENT_EXTENSIONS.join("|")})$`, "iu");
async function resolveInputs(args, cwd) {
	const found = [];
	const unmatched = [];
	for (const argument of args) {
		const kind = await kindOf(argument, cwd);
		if (kind === "directory") {
			const inFolder = await walkFolder(argument, cwd);
			if (inFolder.length === 0) unmatched.push({
				argument,
				reason: `no ${DOCUMENT_EXTENSIONS.map((e) => `.${e}`).join(", ")} files in the folder`
			});
			found.push(...inFolder);
		} else if (kind === "missing" && (await tinyglobby()).isDynamicPattern(argument)) {
			const matches = await expandGlob(argument, cwd);
			if (matches.length === 0) unmatched.push({
				argument,
				reason: "no documents match the pattern"
			});
			found.push(...matches);
		} else found.push({
			path: argument,
			relative: relativeKey(resolve(cwd, argument), cwd, basename(argument))
		});
	}
	const inputs = await withoutAliases(found, cwd);
	inputs.sort((a, b) => compare(a.relative, b.relative) || compare(a.path, b.path));
	return {
		inputs,
		unmatched
	};
}
async function kindOf(argument, cwd) {
	try {
		return (await stat(resolve(cwd, argument))).isDirectory() ? "directory" : "file";
	} catch {
		return "missing";
	}
}
async function walkFolder(folder, cwd) {
	const root = resolve(cwd, folder);
	const { glob } = await tinyglobby();
	const names = await glob(`**/*.{${DOCUMENT_EXTENSIONS.join(",")}}`, {
		cwd: root,
		caseSensitiveMatch: false,
		followSymbolicLinks: true,
		onlyFiles: true,
		dot: false
	});
	const fallbackBase = basename(root);
	return names.map((name) => ({
		path: join(folder, name),
		relative: relativeKey(join(root, name), cwd, `${fallbackBase}/${toPosix(name)}`)
	}));
}
async function expandGlob(pattern, cwd) {
	const { glob } = await tinyglobby();
	return (await glob(pattern, {
		cwd,
		followSymbolicLinks: true,
		onlyFiles: true,
		expandDirectories: false
	})).filter((name) => DOCUMENT_NAME.test(name)).map((name) => ({
		path: isAbsolute(pattern) ? resolve(cwd, name) : name,
		relative: relativeKey(resolve(cwd, name), cwd, basename(name))
	}));
}
/** Relative to the working directory when the file is inside it; otherwise the fallback the caller chose. */
function relativeKey(absolute, cwd, fallback) {
	const inside = relative(cwd, absolute);
	if (inside !== "" && !inside.startsWith(`..${sep}`) && inside !== ".." && !isAbsolute(inside)) return toPosix(inside);
	return toPosix(fallback);
}
/**
* One entry per file on disk: a symlink loop in a folder, or a file named
* twice, would otherwise be ingested again under another path. Of the paths
* to one file the shortest wins, so a loop's `a/b/loop/x.pdf` yields to `a/x.pdf`.
*/
async function withoutAliases(found, cwd) {
	const byTarget = /* @__PURE__ */ new Map();
	for (const input of found) {
		const target = await realpath(resolve(cwd, input.path)).catch(() => resolve(cwd, input.path));
		const kept = byTarget.get(target);
		if (!kept || depth(input.relative) < depth(kept.relative)) byTarget.set(target, input);
	}
	return [...byTarget.values()];
}
function depth(path) {
	return path.split("/").length;
}
function toPosix(path) {
	return path.split(sep).join("/");
}
/** Code-unit order, not the locale's: the same on every CI runner. */
function compare(a, b) {
	return a < b ? -1 : a > b ? 1 : 0;
}
// dist/cli/log.js
/**
* The run's logger: pino's JSON lines on stderr, with pino loaded by the
* first line that passes the level. At the default level (warn) a clean run
* logs nothing, and loading pino cost a one-document run a tenth of its time.
*/
/** pino's numbers for its levels; silent passes nothing. */
const LEVEL_VALUES = {
	debug: 20,
	info: 30,
	warn: 40,
	error: 50,
	silent: Number.POSITIVE_INFINITY
};
const require$2 = createRequire(import.meta.url);
function createLogger(level, destination) {
	let logger;
	const method = (name) => (...args) => {
		if (LEVEL_VALUES[name] < LEVEL_VALUES[level]) return;
		if (!logger) {
			const { pino } = require$2("pino");
			logger = pino({
				level,
				base: void 0
			}, pino.destination({
				dest: destination,
				sync: true
			}));
		}
		logger[name].apply(logger, args);
	};
	return {
		debug: method("debug"),
		info: method("info"),
		warn: method("warn"),
		error: method("error")
	};
}
// dist/cli/outputs.js
/**
* Where formatted documents go: stdout, one `--output` file, or one file per
* input under `--out-dir`. Files are written to a temporary name and renamed
* when complete, so an interrupted run leaves whole files or none.
*/
/** A usage problem found before any document is read (exit 2). */
var OutputPlanError = class extends Error {
	name = "OutputPlanError";
};
/**
* Several documents in one stream: JSON becomes an array, CSV gets its header
* once, NDJSON is one line each. A single input is written bare, as its own
* JSON document. The opening is written with the first document, so a run in
* which nothing was ingested writes nothing at all.
*/
var CombinedStream = class {
	format;
	csv;
	many;
	emit;
	started = false;
	constructor(format, csv, many, emit) {
		this.format = format;
		this.csv = csv;
		this.many = many;
		this.emit = emit;
	}
	async write(text) {
		const opening = this.started ? this.separator() : this.opening();
		this.started = true;
		await this.emit(opening + (this.many && this.format === "json" ? text.trimEnd() : text));
	}
	get wroteAnything() {
		return this.started;
	}
	async close() {
		if (this.started && this.many && this.format === "json") await this.emit("\n]\n");
	}
	opening() {
		if (this.format === "csv") return csvHeader(this.csv);
		return this.many && this.format === "json" ? "[\n" : "";
	}
	separator() {
		return this.many && this.format === "json" ? ",\n" : "";
	}
};
function stdoutSink(format, csv, many, stdout) {
	const stream = new CombinedStream(format, csv, many, stdout);
	return {
		write: (_input, text) => stream.write(text),
		finish: () => stream.close(),
		abandon: async () => {}
	};
}
/** `--output FILE`: the combined stream into a temporary file beside FILE, renamed over it at the end. */
function fileSink(path, format, csv, many) {
	const temporary = temporaryName(path);
	let handle = null;
	const stream = new CombinedStream(format, csv, many, async (text) => {
		handle ??= await open(temporary, "w");
		await handle.write(text);
	});
	const discard = async () => {
		await handle?.close();
		handle = null;
		await rm(temporary, { force: true });
	};
	return {
		write: (_input, text) => stream.write(text),
		async finish() {
			if (!stream.wroteAnything) return;
			try {
				await stream.close();
				await handle.close();
				handle = null;
				await rename(temporary, path);
			} catch (error) {
				await discard();
				throw error;
			}
		},
		abandon: discard
	};
}
/**
* `--out-dir DIR`: `<relative path>.roadmap.json` (or `.csv`) per input. The
* input's own extension stays in the name, since a folder often holds the
* same decree as .pdf and .docx. No name may resolve outside DIR.
*/
function outDirSink(outDir, format, csv, inputs) {
	const root = resolve(outDir);
	const targets = /* @__PURE__ */ new Map();
	const owners = /* @__PURE__ */ new Map();
	for (const input of inputs) {
		const target = resolve(root, `${input.relative}.roadmap.${format === "csv" ? "csv" : "json"}`);
		if (!target.startsWith(root + sep)) throw new OutputPlanError(`${input.path}: its output would be written outside --out-dir (${target})`);
		const owner = owners.get(target);
		if (owner) throw new OutputPlanError(`${owner.path} and ${input.path} would both be written to ${target}; run them in separate batches`);
		owners.set(target, input);
		targets.set(input, target);
	}
	const heading = format === "csv" ? csvHeader(csv) : "";
	return {
		async write(input, text) {
			const target = targets.get(input);
			await mkdir(dirname(target), { recursive: true });
			await writeWhole(target, heading + text);
		},
		finish: async () => {},
		abandon: async () => {}
	};
}
/** Temporary file + rename: the old file or the new one, never half of it. */
async function writeWhole(path, text) {
	const temporary = temporaryName(path);
	try {
		await writeFile(temporary, text);
		await rename(temporary, path);
	} catch (error) {
		await rm(temporary, { force: true });
		throw error;
	}
}
function temporaryName(path) {
	return join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
}
// dist/cli/progress.js
/**
* The batch's progress bar on stderr, only when stderr is a terminal: in CI
* logs a redrawn bar is noise, and the closing summary says the same.
*/
const require$1 = createRequire(import.meta.url);
/** `stream` null: no bar at all (`--no-progress`). */
function createProgress(total, stream, fallbackLog) {
	if (!stream?.isTTY || total < 2) return {
		done: () => {},
		log: fallbackLog,
		stop: () => {}
	};
	const cliProgress = require$1("cli-progress");
	const bars = new cliProgress.MultiBar({
		stream,
		format: "{bar} {value}/{total} documents | {failed} failed | {rate}/s | ETA {eta_formatted}",
		hideCursor: true,
		clearOnComplete: true,
		etaBuffer: 50
	}, cliProgress.Presets.shades_classic);
	const bar = bars.create(total, 0, {
		failed: 0,
		rate: "0.0"
	});
	const started = performance.now();
	let finished = 0;
	let failed = 0;
	return {
		done(ok) {
			finished += 1;
			if (!ok) failed += 1;
			const seconds = Math.max((performance.now() - started) / 1e3, .001);
			bar.increment(1, {
				failed,
				rate: (finished / seconds).toFixed(1)
			});
		},
		log: (line) => bars.log(line),
		stop: () => bars.stop()
	};
}
// dist/cli/report.js
/**
* What a batch tells its caller besides the data: the tally behind the exit
* code, the closing summary on stderr, and the JUnit XML that CI systems
* render as a test report (one test case per document).
*/
const require = createRequire(import.meta.url);
const junit = () => require("junit-report-builder");
var BatchTally = class {
	ingested = 0;
	failed = 0;
	/** Ingested documents that have at least one warning. */
	warned = 0;
	activities = 0;
	warningsByCode = /* @__PURE__ */ new Map();
	started = performance.now();
	record(outcome) {
		if (!outcome.ok) {
			this.failed += 1;
			return;
		}
		this.ingested += 1;
		this.activities += outcome.activities;
		if (outcome.warnings.length > 0) this.warned += 1;
		for (const warning of outcome.warnings) this.warningsByCode.set(warning.code, (this.warningsByCode.get(warning.code) ?? 0) + 1);
	}
	/** Arguments that matched no document count as failures: a CI job should not pass on an empty glob. */
	recordUnmatched() {
		this.failed += 1;
	}
	get seconds() {
		return (performance.now() - this.started) / 1e3;
	}
	/** One paragraph: documents, activities, warnings by code, time. */
	summary() {
		const documents = this.ingested + this.failed;
		const warnings = [...this.warningsByCode].sort(([a], [b]) => a < b ? -1 : 1).map(([code, count]) => `${count} ${code}`);
		const seconds = this.seconds;
		const rate = seconds > 0 ? ` (${(documents / seconds).toFixed(1)} documents/s)` : "";
		return `roadmap-ingest: ${plural(documents, "document")}: ${this.ingested} ingested, ${this.failed} failed; ${plural(this.activities, "activity", "activities")}; warnings: ${warnings.length > 0 ? `${warnings.join(", ")} (in ${plural(this.warned, "document")})` : "none"}; ${seconds.toFixed(1)} s${rate}.\n`;
	}
};
/** JUnit XML: a failed document is a failed test case; with `strict`, so is one with warnings. */
var JunitReport = class {
	strict;
	builder = junit().newBuilder();
	suite = this.builder.testSuite().name("roadmap-ingest");
	constructor(strict) {
		this.strict = strict;
	}
	add(input, outcome, seconds) {
		const testCase = this.suite.testCase().className("roadmap-ingest").name(input.path).file(input.path).time(seconds);
		if (!outcome.ok) {
			testCase.failure(`${outcome.code}: ${outcome.message}`, outcome.code);
			return;
		}
		const warningLines = outcome.warnings.map((warning) => `${warning.code}${at(warning.source)}: ${warning.message}`);
		if (this.strict && outcome.warnings.length > 0) testCase.failure(`${plural(outcome.warnings.length, "warning")} (--strict)`, "WARNINGS");
		const activitiesLine = `${plural(outcome.activities, "activity", "activities")} in ${plural(outcome.roadmaps, "roadmap")}`;
		testCase.standardOutput([activitiesLine, ...warningLines].join("\n"));
	}
	/** An argument that named no document is reported as a failed case of its own. */
	addUnmatched(argument, reason) {
		this.suite.testCase().className("roadmap-ingest").name(argument).failure(reason, "NO_INPUT");
	}
	build() {
		return this.builder.build();
	}
};
function at(source) {
	if (!source) return "";
	return source.page !== null ? ` (page ${source.page}, line ${source.line})` : ` (line ${source.line})`;
}
function plural(count, one, many = `${one}s`) {
	return `${count} ${count === 1 ? one : many}`;
}
// dist/cli/shard.js
/**
* `--shard K/N`: which inputs this job of an N-job CI matrix takes. Chosen by
* a hash of the input's relative path, not its position in the list, so a
* file added to the corpus moves no other file to another shard.
*/
function parseShard(value) {
	const match = /^(\d+)\/(\d+)$/u.exec(value.trim());
	const index = Number(match?.[1]);
	const count = Number(match?.[2]);
	if (!match || count < 1 || index < 1 || index > count) throw new InvalidArgumentError("expected K/N with 1 ≤ K ≤ N, e.g. 2/4.");
	return {
		index,
		count
	};
}
function inShard(relativePath, shard) {
	return createHash("sha256").update(relativePath, "utf8").digest().readUInt32BE(0) % shard.count === shard.index - 1;
}
// dist/cli/validate.js
/**
* `roadmap-ingest validate FILE…`: checks saved outputs against the schema,
* the way a consumer should before trusting a file from elsewhere. A file may
* hold one document (`--format json`), an array of them (a JSON batch) or one
* per line (`--format ndjson`).
*/
async function validateFile(path) {
	let text;
	try {
		text = await readFile(path, "utf8");
	} catch (error) {
		return {
			lines: [`${path}: cannot read the file (${error.code ?? String(error)})`],
			documents: 0,
			invalid: 1
		};
	}
	const parsed = parseDocuments(text);
	if ("error" in parsed) return {
		lines: [`${path}: ${parsed.error}`],
		documents: 0,
		invalid: 1
	};
	const report = {
		lines: [],
		documents: parsed.documents.length,
		invalid: 0
	};
	for (const { label, value } of parsed.documents) {
		const violations = schemaViolations(value);
		if (violations.length > 0) report.invalid += 1;
		for (const violation of violations) report.lines.push(`${path}: ${label}${violation.path}: ${violation.message}`);
	}
	return report;
}
function parseDocuments(text) {
	const body = text.replace(/^\uFEFF/u, "");
	if (body.trim() === "") return { error: "the file is empty" };
	try {
		const value = JSON.parse(body);
		if (Array.isArray(value)) return { documents: value.map((item, index) => ({
			label: `[${index}] `,
			value: item
		})) };
		return { documents: [{
			label: "",
			value
		}] };
	} catch (wholeFileError) {
		const lines = body.split(/\r?\n/u);
		const documents = [];
		for (const [index, line] of lines.entries()) {
			if (line.trim() === "") continue;
			try {
				documents.push({
					label: `line ${index + 1}: `,
					value: JSON.parse(line)
				});
			} catch {
				return { error: `not JSON or NDJSON (${wholeFileError.message})` };
			}
		}
		return { documents };
	}
}
/** 128 + the signal's number, as shells report a process a signal stopped. */
const EXIT_STDOUT_CLOSED = 141;
const EXIT_INTERRUPTED = {
	SIGINT: 130,
	SIGTERM: 143
};
const VERSION = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")).version;
const EXAMPLES = `
Examples:
  $ roadmap-ingest decree.pdf                      the roadmap as JSON on stdout
  $ roadmap-ingest decree.docx -f csv -o plan.csv  one CSV row per activity
  $ roadmap-ingest decree.txt -f csv --delimiter ';' --bom > plan.csv
                                                   CSV for Excel in a Russian locale
  $ roadmap-ingest plan.txt --year 2024            a plan that names no year
  $ roadmap-ingest orders/ --out-dir out --report junit.xml
                                                   a folder, one output per document
  $ roadmap-ingest 'orders/**/*.pdf' -f ndjson     one document per line
  $ roadmap-ingest orders/ --shard 2/4 --out-dir out
                                                   the 2nd of 4 CI jobs over one corpus
  $ roadmap-ingest validate out/*.json             check saved outputs against the schema
  $ roadmap-ingest schema > roadmap.schema.json

Exit codes: 0 every input ingested, 1 at least one input failed (the others
are still written) or had warnings under --strict, 2 wrong command line,
130/143 interrupted (SIGINT/SIGTERM).`;
function parseYear(value) {
	if (!/^(?:19|20)\d\d$/u.test(value)) throw new InvalidArgumentError("expected a four-digit year such as 2024.");
	return Number(value);
}
function positiveInteger(value) {
	if (!/^[1-9]\d*$/u.test(value)) throw new InvalidArgumentError("expected a whole number of 1 or more.");
	return Number(value);
}
function positiveSeconds(value) {
	const seconds = Number(value);
	if (!/^\d+(?:\.\d+)?$/u.test(value) || seconds <= 0) throw new InvalidArgumentError("expected a number of seconds above 0, e.g. 60.");
	return seconds;
}
function buildProgram(io, run) {
	const program = new Command().name("roadmap-ingest").description("Turn Russian decrees with an appended plan of activities («дорожная карта») into structured roadmaps.").version(VERSION, "-V, --version").argument("<inputs...>", "decrees to read: PDF, DOCX or plain text (UTF-8, windows-1251, CP866, KOI8-R, UTF-16), folders (walked for .pdf .docx .txt .doc .rtf) or globs; the format is read from the bytes").addOption(new Option("-f, --format <format>", "output format").choices(OUTPUT_FORMATS).default("json")).option("-o, --output <file>", "write to this file instead of stdout (written whole or not at all)").option("--out-dir <dir>", "write one <input>.roadmap.json (or .csv) per input under this folder, mirroring the inputs’ relative paths").option("--year <yyyy>", "the roadmap's year when the document names none", parseYear).addOption(new Option("--delimiter <char>", "CSV field delimiter").choices([",", ";"]).default(",")).option("--bom", "start CSV output with a UTF-8 byte order mark (Excel)", false).option("--password <password>", "PDF user password").option("-j, --concurrency <n>", "documents read in parallel (worker threads)", positiveInteger, availableParallelism()).option("--timeout <seconds>", "stop a document that takes longer and report it as failed", positiveSeconds, 60).option("--shard <K/N>", "process only the K-th of N deterministic slices of the inputs (for CI matrices)", parseShard).option("--report <junit.xml>", "write a JUnit XML report, one test case per document").option("--strict", "warnings fail the document (exit 1, failed JUnit case)", false).option("--no-progress", "no progress bar, even on a terminal").addOption(new Option("--log-level <level>", "log detail on stderr; silent also drops the summary").choices([
		"silent",
		"error",
		"warn",
		"info",
		"debug"
	]).default("warn")).addHelpText("after", EXAMPLES).action(async (args, options) => {
		run.exitCode = await run.ingest(args, options);
	});
	program.command("schema").description("print the JSON Schema of the output (a RoadmapDocument)").action(async () => {
		const { roadmapSchema } = await import("./schema-9Lx2eb1k.js");
		io.stdout(`${JSON.stringify(roadmapSchema, null, 2)}\n`);
		run.exitCode = 0;
	});
	program.command("validate").description("check saved outputs (JSON, a JSON array, or NDJSON) against the schema; each problem with its JSON path").argument("<files...>", "roadmap JSON files").action(async (files) => {
		run.exitCode = await validateCommand(files, io);
	});
	for (const command of [program, ...program.commands]) command.exitOverride().configureOutput({
		writeOut: io.stdout,
		writeErr: io.stderr
	}).showHelpAfterError("(run with --help for usage)");
	return program;
}
/** Runs the CLI and returns its exit code; never calls process.exit. */
async function runCli(argv, io) {
	const run = {
		exitCode: 0,
		ingest: (args, options) => ingestCommand(args, options, io)
	};
	try {
		await buildProgram(io, run).parseAsync(argv, { from: "user" });
	} catch (error) {
		if (error instanceof CommanderError) return error.code === "commander.helpDisplayed" || error.code === "commander.version" ? 0 : 2;
		throw error;
	}
	return run.exitCode;
}
async function ingestCommand(args, options, io) {
	const usage = (message) => {
		io.stderr(`roadmap-ingest: ${message}\n(run with --help for usage)\n`);
		return 2;
	};
	if (options.output && options.outDir) return usage("--output and --out-dir cannot be used together");
	const logger = createLogger(options.logLevel, io.logDestination);
	const interrupt = io.interrupt ?? new AbortController().signal;
	const { inputs: found, unmatched } = await resolveInputs(args, io.cwd ?? process.cwd());
	const inputs = options.shard ? found.filter((input) => inShard(input.relative, options.shard)) : found;
	const single = args.length === 1 && found.length === 1 && found[0].path === args[0];
	logger.debug({
		inputs: inputs.length,
		of: found.length,
		shard: options.shard
	}, "inputs resolved");
	const csv = {
		delimiter: options.delimiter,
		bom: options.bom
	};
	let sink;
	try {
		sink = options.outDir ? outDirSink(options.outDir, options.format, csv, inputs) : options.output ? fileSink(options.output, options.format, csv, !single) : stdoutSink(options.format, csv, !single, io.stdout);
	} catch (error) {
		if (error instanceof OutputPlanError) return usage(error.message);
		throw error;
	}
	const tally = new BatchTally();
	const junit = options.report ? new JunitReport(options.strict) : null;
	const progress = createProgress(inputs.length, options.progress ? io.progressStream ?? process.stderr : null, io.stderr);
	for (const { argument, reason } of unmatched) {
		progress.log(`roadmap-ingest: ${argument}: ${reason}\n`);
		tally.recordUnmatched();
		junit?.addUnmatched(argument, reason);
	}
	const onOutcome = async (input, outcome, seconds) => {
		junit?.add(input, outcome, seconds);
		if (!outcome.ok) {
			tally.record(outcome);
			progress.log(`roadmap-ingest: ${input.path}: ${outcome.message}\n`);
			logger.debug({
				file: input.path,
				code: outcome.code,
				stack: outcome.stack
			}, "ingest failed");
			progress.done(false);
			return;
		}
		try {
			await sink.write(input, outcome.output);
		} catch (error) {
			const failure = {
				ok: false,
				code: "INTERNAL",
				message: `cannot write the output (${error.code ?? String(error)})`
			};
			tally.record(failure);
			progress.log(`roadmap-ingest: ${input.path}: ${failure.message}\n`);
			progress.done(false);
			return;
		}
		tally.record(outcome);
		if (outcome.warnings.some((warning) => warning.code === WARNING_CODES.NO_ROADMAP) && options.logLevel !== "silent") progress.log(`roadmap-ingest: ${input.path}: no table of activities found (NO_ROADMAP); the output holds the decree's requisites only\n`);
		logWarnings(logger, input.path, outcome, single);
		progress.done(true);
	};
	try {
		await runBatch(inputs, (input) => ({
			path: input.path,
			format: options.outDir && options.format === "ndjson" ? "json" : options.format,
			csv,
			fallbackYear: options.year ?? null,
			password: options.password ?? null
		}), {
			concurrency: options.concurrency,
			timeoutSeconds: options.timeout,
			interrupt
		}, onOutcome);
	} finally {
		progress.stop();
	}
	if (interrupt.aborted) {
		await sink.abandon();
		io.stderr(`roadmap-ingest: interrupted; ${tally.ingested} of ${inputs.length} documents were written whole, the rest not at all\n`);
		return EXIT_INTERRUPTED[interrupt.reason] ?? EXIT_INTERRUPTED.SIGINT;
	}
	try {
		await sink.finish();
		if (junit && options.report) await writeWhole(options.report, junit.build());
	} catch (error) {
		io.stderr(`roadmap-ingest: cannot write the output (${error.code ?? String(error)}: ${error.message})\n`);
		return 1;
	}
	if (!single && options.logLevel !== "silent") io.stderr(tally.summary());
	if (tally.failed > 0) return 1;
	if (options.strict && tally.warned > 0) {
		if (single) io.stderr(`roadmap-ingest: ${args[0]}: has warnings (--strict)\n`);
		return 1;
	}
	return 0;
}
function logWarnings(logger, file, outcome, single) {
	for (const warning of outcome.warnings) logger.info({
		file,
		code: warning.code,
		source: warning.source
	}, warning.message);
	if (single && outcome.warnings.length > 0) logger.warn({
		file,
		warnings: outcome.warnings.length
	}, "the document has warnings; see \"warnings\" in the output");
	logger.info({
		file,
		roadmaps: outcome.roadmaps,
		activities: outcome.activities
	}, "ingested");
}
async function validateCommand(files, io) {
	let invalid = 0;
	for (const file of files) {
		const report = await validateFile(file);
		invalid += report.invalid;
		if (report.lines.length > 0) io.stdout(report.lines.map((line) => `${line}\n`).join(""));
		else io.stdout(`${file}: valid (${report.documents} ${report.documents === 1 ? "document" : "documents"})\n`);
	}
	return invalid > 0 ? 1 : 0;
}
export { EXIT_INTERRUPTED, EXIT_STDOUT_CLOSED, runCli };
