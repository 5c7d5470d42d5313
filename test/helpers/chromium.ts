/**
 * Headless Chromium driven over the DevTools protocol on a pipe
 * (`--remote-debugging-pipe`: JSON messages, each ended by a NUL byte, in on
 * fd 3 and out on fd 4), so tests can open a page from file://, watch every
 * request it makes, read its DOM and take screenshots without a browser
 * automation package. Debian's `chromium` runs as root only with --no-sandbox.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable, Writable } from 'node:stream';

export const CHROMIUM = ['chromium', 'chromium-browser'].find((name) => spawnSync('which', [name]).status === 0) ?? null;

interface Message {
  id?: number;
  method?: string;
  params?: Record<string, unknown>;
  result?: Record<string, unknown>;
  error?: { message: string };
  sessionId?: string;
}

export interface BrowserPage {
  /** Every URL the page asked for, the document itself included. */
  readonly requests: string[];
  navigate(url: string): Promise<void>;
  evaluate<T>(expression: string): Promise<T>;
  /** A PNG of the given page area, in CSS pixels. */
  screenshot(clip: { x: number; y: number; width: number; height: number }): Promise<Buffer>;
  /** The page printed to PDF with the paper size its own `@page` rule asks for. */
  printToPdf(): Promise<Buffer>;
}

export class Browser {
  private readonly process: ChildProcess;
  private readonly profile = mkdtempSync(join(tmpdir(), 'roadmap-ingest-chromium-'));
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (value: Record<string, unknown>) => void; reject: (error: Error) => void }>();
  private readonly listeners: ((message: Message) => void)[] = [];
  private buffered = '';

  constructor() {
    if (!CHROMIUM) throw new Error('chromium is not installed');
    this.process = spawn(
      CHROMIUM,
      ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--no-default-browser-check', '--hide-scrollbars', `--user-data-dir=${this.profile}`, '--remote-debugging-pipe', 'about:blank'],
      { stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'] },
    );
    (this.process.stdio[4] as Readable).on('data', (chunk: Buffer) => this.receive(chunk.toString('utf8')));
  }

  async newPage(width = 1280, height = 900): Promise<BrowserPage> {
    const { targetId } = await this.send('Target.createTarget', { url: 'about:blank' });
    const { sessionId } = await this.send('Target.attachToTarget', { targetId, flatten: true });
    const session = sessionId as string;
    const requests: string[] = [];
    this.listeners.push((message) => {
      if (message.sessionId === session && message.method === 'Network.requestWillBeSent') {
        requests.push(((message.params as { request: { url: string } }).request).url);
      }
    });
    await this.send('Network.enable', {}, session);
    await this.send('Page.enable', {}, session);
    await this.send('Emulation.setDeviceMetricsOverride', { width, height, deviceScaleFactor: 1, mobile: false }, session);
    return {
      requests,
      navigate: async (url) => {
        const loaded = this.once((message) => message.sessionId === session && message.method === 'Page.loadEventFired');
        await this.send('Page.navigate', { url }, session);
        await loaded;
      },
      evaluate: async <T>(expression: string) => {
        const { result, exceptionDetails } = await this.send('Runtime.evaluate', { expression, returnByValue: true, awaitPromise: true }, session);
        if (exceptionDetails) throw new Error(`page script failed: ${JSON.stringify(exceptionDetails)}`);
        return (result as { value: T }).value;
      },
      screenshot: async (clip) => {
        const { data } = await this.send('Page.captureScreenshot', { format: 'png', clip: { ...clip, scale: 1 }, captureBeyondViewport: true }, session);
        return Buffer.from(data as string, 'base64');
      },
      printToPdf: async () => {
        const { data } = await this.send('Page.printToPDF', { preferCSSPageSize: true, printBackground: true }, session);
        return Buffer.from(data as string, 'base64');
      },
    };
  }

  async close(): Promise<void> {
    const exited = new Promise((resolve) => this.process.once('exit', resolve));
    this.send('Browser.close').catch(() => {});
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))]);
    if (this.process.exitCode === null) this.process.kill('SIGKILL');
    rmSync(this.profile, { recursive: true, force: true });
  }

  private send(method: string, params: Record<string, unknown> = {}, sessionId?: string): Promise<Record<string, unknown>> {
    const id = this.nextId++;
    const reply = new Promise<Record<string, unknown>>((resolve, reject) => this.pending.set(id, { resolve, reject }));
    (this.process.stdio[3] as Writable).write(`${JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) })}\0`);
    return reply;
  }

  private once(matches: (message: Message) => boolean): Promise<void> {
    return new Promise((resolve) => {
      const listener = (message: Message): void => {
        if (!matches(message)) return;
        this.listeners.splice(this.listeners.indexOf(listener), 1);
        resolve();
      };
      this.listeners.push(listener);
    });
  }

  private receive(text: string): void {
    this.buffered += text;
    let end: number;
    while ((end = this.buffered.indexOf('\0')) >= 0) {
      const message = JSON.parse(this.buffered.slice(0, end)) as Message;
      this.buffered = this.buffered.slice(end + 1);
      if (message.id !== undefined && this.pending.has(message.id)) {
        const { resolve, reject } = this.pending.get(message.id)!;
        this.pending.delete(message.id);
        if (message.error) reject(new Error(message.error.message));
        else resolve(message.result ?? {});
      } else {
        for (const listener of [...this.listeners]) listener(message);
      }
    }
  }
}

/**
 * Share of pixels in a PNG that are not near-white, measured by the browser
 * itself (it decodes the image onto a canvas in a blank page of its own).
 */
export async function inkShare(browser: Browser, png: Buffer): Promise<number> {
  const page = await browser.newPage(200, 200);
  return page.evaluate<number>(`(async () => {
    const image = new Image();
    image.src = 'data:image/png;base64,${png.toString('base64')}';
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.naturalWidth;
    canvas.height = image.naturalHeight;
    const context = canvas.getContext('2d');
    context.drawImage(image, 0, 0);
    const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
    let inked = 0;
    for (let i = 0; i < data.length; i += 4) if (data[i] < 200 || data[i + 1] < 200 || data[i + 2] < 200) inked += 1;
    return inked / (data.length / 4);
  })()`);
}
