/**
 * The run's logger: pino's JSON lines on stderr, with pino loaded by the
 * first line that passes the level. At the default level (warn) a clean run
 * logs nothing, and loading pino cost a one-document run a tenth of its time.
 */
import { createRequire } from 'node:module';
import type { Logger } from 'pino';

export type RunLogger = Pick<Logger, 'debug' | 'info' | 'warn' | 'error'>;
type Method = keyof RunLogger;

/** pino's numbers for its levels; silent passes nothing. */
const LEVEL_VALUES: Record<Method | 'silent', number> = { debug: 20, info: 30, warn: 40, error: 50, silent: Number.POSITIVE_INFINITY };

const require = createRequire(import.meta.url);

export function createLogger(level: Method | 'silent', destination: NodeJS.WritableStream | number): RunLogger {
  let logger: Logger | undefined;
  const method =
    (name: Method) =>
    (...args: unknown[]): void => {
      if (LEVEL_VALUES[name] < LEVEL_VALUES[level]) return;
      if (!logger) {
        const { pino } = require('pino') as typeof import('pino');
        logger = pino({ level, base: undefined }, pino.destination({ dest: destination as number, sync: true }));
      }
      (logger[name] as (...line: unknown[]) => void).apply(logger, args);
    };
  return { debug: method('debug'), info: method('info'), warn: method('warn'), error: method('error') };
}
