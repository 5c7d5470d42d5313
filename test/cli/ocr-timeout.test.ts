/**
 * Issue 13: --timeout covers OCR. A Tesseract that never finishes (here a
 * fake one on PATH that notes its pid and sleeps) is killed with the
 * document, whether the document was read in the main thread or in a pool
 * worker (whose thread, once stopped, cannot end the processes it started),
 * and on an interrupt; the run reports the timeout and exits as CONTRACT.md
 * says. The limit counts from the last page OCR finished, so a scan longer
 * than the limit goes on while its pages keep coming.
 */
import { execFile, spawn } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bin, scratch } from '../helpers/cli.js';
import { repoRoot } from '../helpers/seeds.js';

const SCAN = join(repoRoot, 'fixtures/scans/seed-000.pdf');
/** Tesseract's TSV header, all of a page it found no words on. */
const TSV_HEADER = ['level', 'page_num', 'block_num', 'par_num', 'line_num', 'word_num', 'left', 'top', 'width', 'height', 'conf', 'text'].join('\\t');

/**
 * A folder with a `tesseract` that appends its pid to `pids`; the first
 * `answered` of them wait `seconds` and find no words on their page, the
 * rest sleep far longer than any test waits.
 */
function fakeTesseract(answered = 0, seconds = 0): { path: string; pids: () => number[] } {
  const dir = scratch();
  const pids = join(dir, 'pids');
  writeFileSync(
    join(dir, 'tesseract'),
    `#!/bin/sh\necho $$ >> '${pids}'\nif [ "$(wc -l < '${pids}')" -le ${answered} ]; then sleep ${seconds}; printf '${TSV_HEADER}\\n'; exit 0; fi\nexec sleep 600\n`,
  );
  chmodSync(join(dir, 'tesseract'), 0o755);
  return { path: `${dir}:${process.env['PATH'] ?? ''}`, pids: () => (existsSync(pids) ? readFileSync(pids, 'utf8').trim().split('\n').map(Number) : []) };
}

/** Whether a process still runs: a zombie (killed, its parent gone before it reaped it) does not. */
function running(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const state = stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3);
    return state !== 'Z' && state !== 'X';
  } catch {
    return false;
  }
}

function runCli(args: string[], path: string): Promise<{ code: number; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [bin, ...args], { cwd: repoRoot, env: { ...process.env, PATH: path } }, (error, _stdout, stderr) =>
      resolve({ code: (error as { code?: number } | null)?.code ?? 0, stderr }),
    );
  });
}

/** Copies of the scan, eight so that the batch runs in a pool of two workers (one a 4 documents, batch.ts). */
function eightScans(): string[] {
  const dir = scratch();
  return Array.from({ length: 8 }, (_, index) => {
    const path = join(dir, `scan-${index}.pdf`);
    copyFileSync(SCAN, path);
    return path;
  });
}

describe.runIf(process.platform === 'linux')('--timeout and interrupts end the Tesseract processes a document started', () => {
  it('in the main thread (one document): TIMEOUT, exit 1, its Tesseract killed', async () => {
    const fake = fakeTesseract();
    const { code, stderr } = await runCli([SCAN, '--timeout', '5', '-o', join(scratch(), 'out.json')], fake.path);
    expect(code).toBe(1);
    expect(stderr).toContain(`roadmap-ingest: ${SCAN}: not finished after 5 s (--timeout); stopped\n`);
    expect(fake.pids().length).toBeGreaterThan(0);
    expect(fake.pids().filter(running)).toEqual([]);
  }, 60_000);

  it('counts from the last page OCR finished: four pages of 1.5 s each finish under --timeout 3', async () => {
    const fake = fakeTesseract(4, 1.5);
    const { code, stderr } = await runCli([SCAN, '-j', '1', '--timeout', '3', '-o', join(scratch(), 'out.json')], fake.path);
    expect(stderr).not.toContain('--timeout');
    expect(code).toBe(0);
    expect(fake.pids()).toHaveLength(4);
  }, 60_000);

  it('stops a scan whose pages stop coming: TIMEOUT after the pages done, its hung Tesseract killed', async () => {
    const fake = fakeTesseract(2, 0);
    const { code, stderr } = await runCli([SCAN, '-j', '1', '--timeout', '3', '-o', join(scratch(), 'out.json')], fake.path);
    expect(code).toBe(1);
    expect(stderr).toContain(`roadmap-ingest: ${SCAN}: no page finished OCR for 3 s (--timeout), after 2 did; stopped\n`);
    expect(fake.pids()).toHaveLength(3);
    expect(fake.pids().filter(running)).toEqual([]);
  }, 60_000);

  it('in pool workers (a batch at -j 2): every document TIMEOUT, exit 1, every Tesseract killed', async () => {
    const fake = fakeTesseract();
    const scans = eightScans();
    const { code, stderr } = await runCli([...scans, '-j', '2', '--timeout', '2', '--out-dir', scratch()], fake.path);
    expect(code).toBe(1);
    for (const scan of scans) expect(stderr).toContain(`roadmap-ingest: ${scan}: not finished after 2 s (--timeout); stopped\n`);
    // Each worker reads one page at a time (the run's two cores shared by two documents): one process a document.
    expect(fake.pids()).toHaveLength(8);
    expect(fake.pids().filter(running)).toEqual([]);
  }, 90_000);

  it('on SIGTERM to a batch in pool workers: exit 143, every Tesseract killed', async () => {
    const fake = fakeTesseract();
    const child = spawn(process.execPath, [bin, ...eightScans(), '-j', '2', '--timeout', '600', '--out-dir', scratch()], { cwd: repoRoot, env: { ...process.env, PATH: fake.path }, stdio: 'ignore' });
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    // Both documents have their Tesseract running once both pids are written.
    while (fake.pids().length < 2) await new Promise((resolve) => setTimeout(resolve, 100));
    child.kill('SIGTERM');
    expect(await exited).toBe(143);
    expect(fake.pids().filter(running)).toEqual([]);
  }, 60_000);
});
