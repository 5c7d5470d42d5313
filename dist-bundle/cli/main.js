#!/usr/bin/env node
import { setFlagsFromString } from "node:v8";
// dist/cli/main.js
setFlagsFromString("--no-regexp-tier-up");
const { EXIT_INTERRUPTED, EXIT_STDOUT_CLOSED, runCli } = await import("./program-C5QaJklW.js");
const interrupt = new AbortController();
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => {
	if (interrupt.signal.aborted) process.exit(EXIT_INTERRUPTED[signal]);
	interrupt.abort(signal);
});
process.stdout.on("error", (error) => {
	if (error.code !== "EPIPE") throw error;
	process.exit(EXIT_STDOUT_CLOSED);
});
const code = await runCli(process.argv.slice(2), {
	stdout: (text) => process.stdout.write(text),
	stderr: (text) => process.stderr.write(text),
	logDestination: 2,
	progressStream: process.stderr,
	interrupt: interrupt.signal
});
process.exitCode = code;
export {};
