#!/usr/bin/env node
import { setFlagsFromString } from 'node:v8';

// V8 runs a regular expression's first match in its bytecode interpreter and compiles it only for the
// next. Ours are many, use \p{L} classes, and most scan a whole decree in that first match: compiled at
// once, a one-document text run took half the CPU time (339 → 156 ms after loading), a warm one half
// too; PDF and DOCX runs, dominated by pdf.js and mammoth, are unchanged. Set before any of our
// modules is loaded; the flag is the process's, so the pool's workers have it too.
setFlagsFromString('--no-regexp-tier-up');
const { EXIT_INTERRUPTED, EXIT_STDOUT_CLOSED, runCli } = await import('./program.js');

// The first SIGINT/SIGTERM lets the run stop cleanly (no half-written file, exit 130/143); a second one ends it at once.
const interrupt = new AbortController();
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (interrupt.signal.aborted) process.exit(EXIT_INTERRUPTED[signal]);
    interrupt.abort(signal);
  });
}

// A reader that stops early (`| head`) closes the pipe: end quietly, as a process killed by SIGPIPE would (141).
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(EXIT_STDOUT_CLOSED);
});

const code = await runCli(process.argv.slice(2), {
  stdout: (chunk) => process.stdout.write(chunk),
  stdoutIsTerminal: process.stdout.isTTY === true,
  stderr: (text) => process.stderr.write(text),
  logDestination: 2,
  progressStream: process.stderr,
  interrupt: interrupt.signal,
});
process.exitCode = code;
