/**
 * The batch's progress bar on stderr, only when stderr is a terminal: in CI
 * logs a redrawn bar is noise, and the closing summary says the same.
 */
import { createRequire } from 'node:module';
import type CliProgress from 'cli-progress';

// Required only when a bar is drawn, so a run without one never loads it.
const require = createRequire(import.meta.url);

export interface Progress {
  done(ok: boolean): void;
  /** A line above the bar (a failed document), so the bar does not overwrite it. */
  log(line: string): void;
  stop(): void;
}

/**
 * OCR's pages of a document read in the main thread (one document, or -j 1),
 * as one line redrawn on a terminal: a scan takes seconds a page, and the
 * documents' bar alone would stand still. Nothing when not a terminal.
 */
export function createPageProgress(stream: NodeJS.WriteStream | null): { page(path: string, done: number, pages: number): void; stop(): void } | null {
  if (!stream?.isTTY) return null;
  let drawn = false;
  return {
    page(path, done, pages) {
      stream.write(`\r\x1b[Kroadmap-ingest: ${path}: OCR, page ${done} of ${pages}`);
      drawn = true;
    },
    stop() {
      if (drawn) stream.write('\r\x1b[K');
      drawn = false;
    },
  };
}

/** `stream` null: no bar at all (`--no-progress`). */
export function createProgress(total: number, stream: NodeJS.WriteStream | null, fallbackLog: (line: string) => void): Progress {
  if (!stream?.isTTY || total < 2) return { done: () => {}, log: fallbackLog, stop: () => {} };
  const cliProgress = require('cli-progress') as typeof CliProgress;
  const bars = new cliProgress.MultiBar(
    {
      stream,
      format: '{bar} {value}/{total} documents | {failed} failed | {rate}/s | ETA {eta_formatted}',
      hideCursor: true,
      clearOnComplete: true,
      etaBuffer: 50,
    },
    cliProgress.Presets.shades_classic,
  );
  const bar = bars.create(total, 0, { failed: 0, rate: '0.0' });
  const started = performance.now();
  let finished = 0;
  let failed = 0;
  return {
    done(ok) {
      finished += 1;
      if (!ok) failed += 1;
      const seconds = Math.max((performance.now() - started) / 1000, 0.001);
      bar.increment(1, { failed, rate: (finished / seconds).toFixed(1) });
    },
    log: (line) => bars.log(line),
    stop: () => bars.stop(),
  };
}
