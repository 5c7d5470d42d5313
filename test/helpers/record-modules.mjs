// Preloaded with `node --import` into a run of the built CLI: records every module
// the process loads (ES modules through a resolve hook, CommonJS ones from the
// require cache at exit) and whether Array.prototype.push and JSON.stringify are
// still the platform's, as JSON lines in the file RECORD_MODULES names.
import { appendFileSync } from 'node:fs';
import { createRequire, register } from 'node:module';
import { isMainThread, threadId } from 'node:worker_threads';

const record = process.env.RECORD_MODULES;
const platformPush = Array.prototype.push;
const platformStringify = JSON.stringify;
const write = (entry) => appendFileSync(record, `${platformStringify({ thread: isMainThread ? 'main' : threadId, ...entry })}\n`);

if (isMainThread) {
  register(
    `data:text/javascript,${encodeURIComponent(`
      import { appendFileSync } from 'node:fs';
      export async function resolve(specifier, context, next) {
        const resolved = await next(specifier, context);
        appendFileSync(${JSON.stringify(record)}, JSON.stringify({ module: resolved.url }) + '\\n');
        return resolved;
      }`)}`,
  );
}
const required = createRequire(import.meta.url).cache;
process.on('exit', () => {
  for (const path of Object.keys(required)) write({ module: path });
  write({ pushKept: Array.prototype.push === platformPush, stringifyKept: JSON.stringify === platformStringify });
});
write({ started: true });
