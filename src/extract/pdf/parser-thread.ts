/**
 * pdf.js's parser — what pdf.js calls its worker, and runs in the calling
 * thread under Node — moved to a thread of its own when the extractor runs
 * in the process's main thread. A one-document run then has two cores at
 * work: the thread loads pdf.js's parser while the main thread loads ours,
 * and parses page n + 1 while the main thread lays out page n. A pool
 * worker keeps pdf.js's in-thread parser: there the pool already keeps the
 * cores busy, and a second thread each would only add start-ups.
 *
 * The thread also makes a main-thread run stoppable: a content stream that
 * keeps pdf.js's parser busy for minutes no longer blocks the timer that
 * should end it, and stopping the thread ends the parsing. Its heap has the
 * pool workers' limit, so a PDF that would exhaust memory costs the thread,
 * not the process.
 */
import { setMaxListeners } from 'node:events';
import { MessageChannel, Worker, isMainThread, type MessagePort } from 'node:worker_threads';
import { CorruptDocumentError, InputTooLargeError } from '../errors.js';
import { PDF_PARSER_MODULE } from './parser-module.js';

/**
 * Runs in the thread, as a data: URL module, so that no file of ours has to
 * be found beside the bundle. The legacy build's core-js replaces
 * Array.prototype.push there as in the main thread (see pdfjs.ts), and the
 * platform's own is put back for the same reason.
 */
const THREAD_MODULE = `
import { setMaxListeners } from 'node:events';
import { workerData } from 'node:worker_threads';
// Each document open at once adds pdf.js's listener to the one port; so many are not a leak.
setMaxListeners(0, workerData.port);
const push = Array.prototype.push;
const { WorkerMessageHandler } = await import(workerData.parserUrl);
Array.prototype.push = push;
WorkerMessageHandler.initializeFromPort(workerData.port);
`;

/** As a pool worker's (cli/batch.ts), so a PDF too large for one is refused in the main thread too. */
export const PARSER_HEAP_LIMIT_MB = 768;

/** What pdf.js's main side talks to the parser through: its PDFWorker, built on the thread's port. */
interface PortUser {
  destroy(): void;
}

/** A running parser thread; documents in use keep the process alive while it works for them. */
export class ParserThread {
  /**
   * Aborted, with the error as its reason, when the thread ends or fails.
   * A signal, not a promise: a reading listens for the time it runs and
   * stops listening after, where a race with a promise that settles only
   * at the thread's end would keep every document's result for as long.
   */
  readonly lost: AbortSignal;
  private readonly thread: Worker;
  private readonly port: MessagePort;
  private portUser: PortUser | null = null;
  private users = 0;

  constructor(heapLimitMb: number) {
    const { port1, port2 } = new MessageChannel();
    this.port = port1;
    // Each document open at once adds pdf.js's listener to the one port; so many are not a leak.
    setMaxListeners(0, port1);
    this.thread = new Worker(new URL(`data:text/javascript,${encodeURIComponent(THREAD_MODULE)}`), {
      workerData: { parserUrl: import.meta.resolve(PDF_PARSER_MODULE), port: port2 },
      transferList: [port2],
      resourceLimits: { maxOldGenerationSizeMb: heapLimitMb },
    });
    this.thread.unref();
    const ending = new AbortController();
    this.lost = ending.signal;
    setMaxListeners(0, this.lost);
    const end = (error: Error) => {
      if (ending.signal.aborted) return;
      this.portUser?.destroy();
      ending.abort(error);
    };
    this.thread.once('error', (error: NodeJS.ErrnoException) =>
      end(
        error.code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? new InputTooLargeError(`parsing the PDF needs more than ${heapLimitMb} MB of memory; stopped`)
          : new CorruptDocumentError(`pdf.js's parser failed: ${error.message}`, { cause: error }),
      ),
    );
    this.thread.once('exit', (code) => end(new CorruptDocumentError(`pdf.js's parser thread ended (exit code ${code})`)));
  }

  /**
   * pdf.js's side of the port, made once by `connect` (given pdf.js's
   * PDFWorker, which this module leaves to its caller: the thread starts
   * before pdf.js has loaded in this one).
   */
  connect<T extends PortUser>(connect: (port: MessagePort) => T): T {
    if (this.portUser === null) {
      this.portUser = connect(this.port);
      // pdf.js's listener refs the port; only the documents in use (use()) keep the process alive.
      this.port.unref();
    }
    return this.portUser as T;
  }

  get alive(): boolean {
    return !this.lost.aborted;
  }

  /** Keeps the process alive until the returned release is called. */
  use(): () => void {
    if (this.users++ === 0) this.thread.ref();
    let released = false;
    return () => {
      if (released) return;
      released = true;
      if (--this.users === 0) this.thread.unref();
    };
  }

  /**
   * A reading given up (stopped, timed out) while the thread parses for it:
   * the thread is ended when nothing else uses it, so its parsing does not
   * go on using a core.
   */
  abandon(): void {
    if (this.users <= 1) void this.thread.terminate();
  }
}

let current: ParserThread | null = null;

/**
 * The thread that parses this thread's PDFs, started on first use (and
 * anew after one was lost); null in a worker thread, where pdf.js parses in
 * the thread itself. Called early, when PDFs are on the way, it starts the
 * thread loading pdf.js's parser while this one loads the rest.
 */
export function parserThread(): ParserThread | null {
  if (!isMainThread) return null;
  if (current === null || !current.alive) current = new ParserThread(PARSER_HEAP_LIMIT_MB);
  return current;
}

