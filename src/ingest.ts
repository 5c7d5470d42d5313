/**
 * The pipeline, end to end: bytes → layout → segmented roadmaps → the
 * contract's RoadmapDocument, validated. Nothing here writes to stdout.
 */
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { extractLayout } from './extract/index.js';
import { IngestError, InputTooLargeError, InvalidOutputError } from './extract/errors.js';
import { assembleDocument } from './assemble/index.js';
import { addOcrConfidence } from './assemble/ocr-confidence.js';
import type { ChildSlots } from './extract/ocr/child-slots.js';
import { DEFAULT_OCR_OPTIONS, type OcrOptions } from './extract/options.js';
import { pushAll } from './model/arrays.js';
import type { RoadmapDocument } from './model/roadmap.js';
import { schemaViolations } from './model/validate.js';
import { parseDecree } from './parse/ru/decree.js';
import { segmentLayout } from './segment/index.js';
import { readsAsDeadline } from './parse/ru/deadline.js';
import { opensWithParty } from './parse/ru/party.js';

export interface IngestOptions {
  /** The path to report in `source.file`; defaults to `input` for ingestFile, `-` for ingest. */
  file?: string;
  /** The roadmap period's year when neither the roadmap nor the decree names one (`--year`). */
  fallbackYear?: number | null;
  /** PDF user password. */
  password?: string | null;
  /**
   * Stops the document once aborted (a timeout, Ctrl-C): checked between
   * stages and between a PDF's pages, so a stage under way finishes first.
   * The promise then rejects with the signal's reason.
   */
  signal?: AbortSignal;
  /** How scans are read (`--ocr`, `--ocr-lang`, `--dpi`); by default pages without text are OCR'd with Tesseract's Russian model. */
  ocr?: Partial<OcrOptions>;
  /** Told as each page OCR reads is done: how many so far, of the document's pages. */
  onOcrPage?: (done: number, pages: number) => void;
  /**
   * Where each Tesseract process is listed while it runs (a ChildSlots over
   * childSlotsBuffer()), so that another thread can kill them: one that
   * stops the worker reading this document can run none of its code.
   */
  ocrChildren?: ChildSlots;
}

/**
 * The largest input read at all, whatever its format. The bytes are held
 * twice while a PDF is read (pdf.js takes a copy); the seeds are under 80 KB
 * and an OCRed 30-page scan some 30 MB.
 */
export const MAX_INPUT_BYTES = 128 * 1024 * 1024;

/**
 * The most activities one document may hold. Each costs some 35 KB of
 * memory by the time it is JSON: 20,000 took the CLI to 715 MB and 9 s on
 * Node 20, 96,000 to 3 GB. The seeds hold 21–74.
 */
export const MAX_ACTIVITIES = 20_000;

export async function ingest(bytes: Uint8Array, options: IngestOptions = {}): Promise<RoadmapDocument> {
  checkInputSize(bytes.length);
  options.signal?.throwIfAborted();
  const ocr: OcrOptions = { ...DEFAULT_OCR_OPTIONS, ...options.ocr };
  const layout = await extractLayout(bytes, { password: options.password ?? null, signal: options.signal, ocr, onOcrPage: options.onOcrPage, ocrChildren: options.ocrChildren });
  options.signal?.throwIfAborted();
  const segmented = segmentLayout(layout, { readsAsDeadline, opensWithParty });
  const activities = segmented.roadmaps.reduce((sum, roadmap) => sum + roadmap.activities.length, 0);
  if (activities > MAX_ACTIVITIES) {
    throw new InputTooLargeError(`the document is too large: it holds ${activities} activities, the limit is ${MAX_ACTIVITIES}`);
  }
  const decree = parseDecree(layout);
  const document = assembleDocument({
    source: {
      file: options.file ?? '-',
      format: layout.format,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      pages: layout.pages,
      encoding: layout.encoding,
      ...(layout.ocrPages ? { ocrPages: layout.ocrPages } : {}),
    },
    layout,
    segmented,
    decree: decree.value,
    fallbackYear: options.fallbackYear ?? null,
  });
  addOcrConfidence(document, layout);
  document.warnings = pushAll([...decree.warnings], document.warnings);
  const violations = schemaViolations(document);
  if (violations.length > 0) {
    const first = violations[0]!;
    throw new InvalidOutputError(
      `internal error: the output does not match the schema at ${first.path} (${first.message}); please report this with the input file`,
    );
  }
  return document;
}

export async function ingestFile(path: string, options: IngestOptions = {}): Promise<RoadmapDocument> {
  return ingest(await readInput(path), { ...options, file: options.file ?? path });
}

function checkInputSize(size: number): void {
  if (size > MAX_INPUT_BYTES) {
    throw new InputTooLargeError(`the file is too large: ${Math.round(size / (1024 * 1024))} MB, the limit is ${MAX_INPUT_BYTES / (1024 * 1024)} MB`);
  }
}

async function readInput(path: string): Promise<Uint8Array> {
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw new IngestError('UNREADABLE_INPUT', 'is a directory, not a document');
    // A FIFO or a device would block the read forever, past any timeout's reach.
    if (!info.isFile()) throw new IngestError('UNREADABLE_INPUT', 'is not a regular file (a pipe, socket or device)');
    // Refused before reading: a 5 GB file must not be read into memory only to be refused.
    checkInputSize(info.size);
    return await readFile(path);
  } catch (error) {
    if (error instanceof IngestError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT' ? 'no such file' : code === 'EACCES' || code === 'EPERM' ? 'permission denied' : `cannot read the file (${code ?? String(error)})`;
    throw new IngestError('UNREADABLE_INPUT', reason, { cause: error });
  }
}
