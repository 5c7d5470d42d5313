/**
 * Formatted documents joined into one output (stdout, an `--output` file, or
 * one file under `--out-dir`): JSON becomes an array, CSV gets its header
 * once, an HTML page wraps its reports and a calendar its events, a
 * workbook gathers every document's rows. The opening is written with the first
 * document, so a run in which nothing was ingested writes nothing at all.
 * The libraries that write calendars and workbooks load only for their format.
 */
import { Writable } from 'node:stream';
import { csvHeader, type CsvOptions } from './csv.js';
import { pageClosing, pageOpening } from './html/page.js';
import type { FormattedDocument, OutputFormat } from './index.js';
import type { WorkbookStream } from './xlsx/workbook.js';

/** Where an output's bytes go; awaited, so a slow file holds the batch back instead of filling memory. */
export type Emit = (chunk: string | Uint8Array) => Promise<void> | void;

export interface DocumentOutput {
  add(document: FormattedDocument): Promise<void>;
  readonly wroteAnything: boolean;
  /** Every document is in: write the end (a closing bracket, the page's end, the calendar, the workbook's last sheets). */
  close(): Promise<void>;
}

export interface OutputOptions {
  csv: CsvOptions;
  /** Several documents in this output, not one written bare. */
  many: boolean;
}

/** What a page or calendar of several documents is called. */
const COLLECTION_TITLE = 'Дорожные карты';

export function openOutput(format: OutputFormat, options: OutputOptions, emit: Emit): DocumentOutput {
  switch (format) {
    case 'xlsx':
      return new WorkbookOutput(options.many, emit);
    case 'ics':
      return new CalendarOutput(options.many, emit);
    default:
      return new TextOutput(format, options, emit);
  }
}

class TextOutput implements DocumentOutput {
  private started = false;

  constructor(
    private readonly format: Exclude<OutputFormat, 'xlsx' | 'ics'>,
    private readonly options: OutputOptions,
    private readonly emit: Emit,
  ) {}

  get wroteAnything(): boolean {
    return this.started;
  }

  async add(document: FormattedDocument): Promise<void> {
    if (!('text' in document)) throw new TypeError(`a ${document.format} document in a ${this.format} output`);
    const opening = this.started ? this.separator() : this.opening(document);
    this.started = true;
    await this.emit(opening + (this.jsonArray ? document.text.trimEnd() : document.text));
  }

  async close(): Promise<void> {
    if (!this.started) return;
    if (this.jsonArray) await this.emit('\n]\n');
    if (this.format === 'html') await this.emit(pageClosing());
  }

  private get jsonArray(): boolean {
    return this.options.many && this.format === 'json';
  }

  private opening(first: FormattedDocument): string {
    if (this.format === 'csv') return csvHeader(this.options.csv);
    if (this.format === 'html') return pageOpening(this.options.many || first.format !== 'html' ? COLLECTION_TITLE : first.title);
    return this.jsonArray ? '[\n' : '';
  }

  private separator(): string {
    return this.jsonArray ? ',\n' : '';
  }
}

/** Each document's events as they come, between the calendar's opening and its end. */
class CalendarOutput implements DocumentOutput {
  private started = false;
  // Loaded while the first documents are read, not when the first one is done.
  private readonly writer = import('./ics/calendar.js');

  constructor(
    private readonly many: boolean,
    private readonly emit: Emit,
  ) {}

  get wroteAnything(): boolean {
    return this.started;
  }

  async add(document: FormattedDocument): Promise<void> {
    if (document.format !== 'ics') throw new TypeError(`a ${document.format} document in a calendar`);
    const writer = await this.writer;
    const opening = this.started ? '' : writer.calendarFrame(this.many ? COLLECTION_TITLE : document.title).opening;
    this.started = true;
    await this.emit(opening + writer.eventsText(document.events));
  }

  async close(): Promise<void> {
    if (this.started) await this.emit((await this.writer).calendarFrame(COLLECTION_TITLE).closing);
  }
}

/** Rows go into the workbook as they come; exceljs writes the zip to `emit` as it fills. */
class WorkbookOutput implements DocumentOutput {
  private workbook: Promise<WorkbookStream> | null = null;
  // Loaded while the first documents are read, not when the first one is done.
  private readonly writer = import('./xlsx/workbook.js');

  constructor(
    private readonly many: boolean,
    private readonly emit: Emit,
  ) {}

  get wroteAnything(): boolean {
    return this.workbook !== null;
  }

  async add(document: FormattedDocument): Promise<void> {
    if (document.format !== 'xlsx') throw new TypeError(`a ${document.format} document in a workbook`);
    this.workbook ??= this.open();
    (await this.workbook).add(document.rows);
  }

  async close(): Promise<void> {
    if (this.workbook) await (await this.workbook).close();
  }

  private async open(): Promise<WorkbookStream> {
    const { WorkbookStream } = await this.writer;
    const emit = this.emit;
    const sink = new Writable({
      write(chunk: Buffer, _encoding, callback) {
        Promise.resolve(emit(chunk)).then(() => callback(), callback);
      },
    });
    return new WorkbookStream(sink, this.many);
  }
}
