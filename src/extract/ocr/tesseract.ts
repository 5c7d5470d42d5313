/**
 * Tesseract 5 as a child process (Debian `tesseract-ocr`, the Russian model
 * `tesseract-ocr-rus`), as LibreOffice is for .doc: the page goes in on stdin
 * as a binary PGM (P5 header and the grey bytes, so nothing is encoded), the
 * words come back on stdout as TSV. One process a page, each on one thread
 * (OMP_THREAD_LIMIT=1): pages in parallel use the cores better than
 * Tesseract's own threads within a page.
 */
import { spawn } from 'node:child_process';
import { access, constants } from 'node:fs/promises';
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

/** The P5 (binary greyscale) portable graymap of an image: the header, then its bytes as they are. */
export function toPgm(image: GrayImage): Buffer {
  const header = Buffer.from(`P5\n${image.width} ${image.height}\n255\n`, 'ascii');
  return Buffer.concat([header, image.data.subarray(0, image.width * image.height)]);
}

/** Tesseract's TSV for one image. */
export async function recognise(image: GrayImage, options: RecogniseOptions): Promise<string> {
  const tesseract = await findTesseract();
  if (tesseract === null) throw new OcrUnavailableError(`the PDF or image needs OCR, and Tesseract is not installed (apt-get install ${TESSERACT_PACKAGES}); or pass --ocr never`);
  options.signal?.throwIfAborted();
  return new Promise<string>((resolve, reject) => {
    const child = spawn(tesseract, ['stdin', 'stdout', '-l', options.lang, '--dpi', String(Math.round(options.dpi)), 'tsv'], {
      env: { ...process.env, OMP_THREAD_LIMIT: '1' },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const pid = child.pid;
    if (pid !== undefined) options.children?.add(pid);
    const out: Buffer[] = [];
    let err = '';
    const abort = (): void => {
      child.kill('SIGKILL');
    };
    options.signal?.addEventListener('abort', abort, { once: true });
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (err += chunk));
    // Tesseract may exit (a missing model) before it reads the whole image: a broken pipe then is not the cause.
    child.stdin.on('error', () => undefined);
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
    child.stdin.end(toPgm(image));
  });
}
