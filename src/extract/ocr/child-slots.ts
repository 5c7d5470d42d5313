/**
 * The Tesseract processes a document has running, listed in memory that
 * every thread of the process shares. Stopping a worker thread (the batch's
 * --timeout, Ctrl-C, a batch that fails) runs none of its code again, and
 * ending a thread does not end the processes it started: each would read its
 * page to the end, a core busy for nothing. The thread that handed the
 * document out reads this list and kills them instead.
 */

/** Far more Tesseract processes than one document ever runs at once (one a page in flight, pages ≤ cores). */
const SLOTS = 256;

/** A list for one document, to give to the thread that reads it (a SharedArrayBuffer crosses to a worker shared, not copied). */
export function childSlotsBuffer(): SharedArrayBuffer {
  return new SharedArrayBuffer(SLOTS * Int32Array.BYTES_PER_ELEMENT);
}

export class ChildSlots {
  private readonly pids: Int32Array;

  constructor(buffer: SharedArrayBuffer) {
    this.pids = new Int32Array(buffer);
  }

  add(pid: number): void {
    for (let i = 0; i < this.pids.length; i++) if (Atomics.compareExchange(this.pids, i, 0, pid) === 0) return;
  }

  /** Once the process has exited (and been reaped), so no other process that gets its pid later is killed. */
  remove(pid: number): void {
    for (let i = 0; i < this.pids.length; i++) if (Atomics.compareExchange(this.pids, i, pid, 0) === pid) return;
  }

  /** Kills every process still listed; those gone already are no error. */
  killAll(): void {
    for (let i = 0; i < this.pids.length; i++) {
      const pid = Atomics.exchange(this.pids, i, 0);
      if (pid === 0) continue;
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        // exited meanwhile
      }
    }
  }
}
