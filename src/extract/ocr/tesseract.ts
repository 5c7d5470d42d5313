/**
 * Tesseract 5 as a child process (Debian `tesseract-ocr`, the Russian model
 * `tesseract-ocr-rus`), as LibreOffice is for .doc: the page goes in as a
 * binary PGM (P5 header and the grey bytes, so nothing is encoded), the
 * words come back on stdout as TSV. One process a page, each on one thread
 * (OMP_THREAD_LIMIT=1): pages in parallel use the cores better than
 * Tesseract's own threads within a page.
 */
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { closeSync, openSync, unlinkSync, writeSync } from 'node:fs';
import { access, constants } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { OcrUnavailableError } from '../errors.js';
import type { ChildSlots } from './child-slots.js';
import type { GrayImage } from './gray-image.js';

/** The Debian packages that bring Tesseract and its Russian model; named in the error when either is missing. */
export const TESSERACT_PACKAGES = 'tesseract-ocr tesseract-ocr-rus';

const found = new Map<string, Promise<string | null>>();

/** The tesseract executable on PATH, or null; looked up once a process for each PATH. */
export function findTesseract(pathVariable = process.env['PATH'] ?? ''): Promise<string | null> {
  let lookup = found.get(pathVariable);
  lookup ??= (async () => {
    for (const dir of pathVariable.split(delimiter)) {
      if (dir === '') continue;
      const candidate = join(dir, 'tesseract');
      try {
        await access(candidate, constants.X_OK);
        return candidate;
      } catch {
        // not here; keep looking
      }
    }
    return null;
  })();
  found.set(pathVariable, lookup);
  return lookup;
}

export interface RecogniseOptions {
  /** Tesseract language(s), e.g. `rus` or `rus+eng`. */
  lang: string;
  /** The image's resolution, so Tesseract judges text sizes right. */
  dpi: number;
  signal?: AbortSignal;
  /** Where the process is listed while it runs, so the thread that handed out the document can kill it (see child-slots.ts). */
  children?: ChildSlots;
}

/** The P5 (binary greyscale) portable graymap's header; the image's bytes follow it as they are. */
function pgmHeader(image: GrayImage): Buffer {
  return Buffer.from(`P5\n${image.width} ${image.height}\n255\n`, 'ascii');
}

/**
 * Starts Tesseract on one image and resolves once it runs with the whole
 * page at hand, so the caller's own work on the page (finding its rules)
 * overlaps the recognition on another core; `tsv` settles with Tesseract's
 * TSV. The page is its stdin as a file unlinked before Tesseract starts: a
 * pipe holds 64 KB of a page's millions of bytes, and the rest would wait
 * for the caller's JavaScript to yield; a file unlinked at once is left
 * behind by no ending, a killed worker's neither.
 */
export async function startRecognition(image: GrayImage, options: RecogniseOptions): Promise<{ tsv: Promise<string> }> {
  const tesseract = await findTesseract();
  if (tesseract === null) throw new OcrUnavailableError(`the PDF or image needs OCR, and Tesseract is not installed (apt-get install ${TESSERACT_PACKAGES}); or pass --ocr never`);
  options.signal?.throwIfAborted();
  const page = pageFile(image);
  let child;
  try {
    child = spawn(tesseract, ['stdin', 'stdout', '-l', options.lang, '--dpi', String(Math.round(options.dpi)), 'tsv'], {
      env: { ...process.env, OMP_THREAD_LIMIT: '1' },
      stdio: [page, 'pipe', 'pipe'],
    });
  } finally {
    closeSync(page);
  }
  const pid = child.pid;
  if (pid !== undefined) options.children?.add(pid);
  const tsv = new Promise<string>((resolve, reject) => {
    const out: Buffer[] = [];
    let err = '';
    const abort = (): void => {
      child.kill('SIGKILL');
    };
    options.signal?.addEventListener('abort', abort, { once: true });
    child.stdout!.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (err += chunk));
    child.on('error', (error) => reject(error));
    child.on('close', (code) => {
      if (pid !== undefined) options.children?.remove(pid);
      options.signal?.removeEventListener('abort', abort);
      if (options.signal?.aborted) return reject(options.signal.reason);
      if (code === 0) return resolve(Buffer.concat(out).toString('utf8'));
      if (/Failed loading language|Error opening data file/u.test(err)) {
        const model = options.lang === 'rus' ? 'tesseract-ocr-rus' : `tesseract-ocr-${options.lang.split('+')[0]}`;
        return reject(new OcrUnavailableError(`Tesseract has no model for --ocr-lang ${options.lang} (apt-get install ${model}); or pass --ocr never`));
      }
      reject(new Error(`tesseract exited with ${code}: ${err.trim().split('\n').pop() ?? ''}`));
    });
  });
  return { tsv };
}

function writeAll(fd: number, bytes: Uint8Array, position: number): void {
  for (let written = 0; written < bytes.length; ) written += writeSync(fd, bytes, written, bytes.length - written, position + written);
}

/** The image as a PGM in a temporary file, already unlinked; the open descriptor, at offset 0 (the writes are positioned). */
function pageFile(image: GrayImage): number {
  const path = join(tmpdir(), `roadmap-ingest-page-${randomUUID()}.pgm`);
  const fd = openSync(path, 'wx+', 0o600);
  try {
    unlinkSync(path);
    const header = pgmHeader(image);
    writeAll(fd, header, 0);
    writeAll(fd, image.data.subarray(0, image.width * image.height), header.length);
    return fd;
  } catch (error) {
    closeSync(fd);
    throw error;
  }
}
