#!/usr/bin/env node
// The last step of `npm run build`: merges the CLI's own modules, as tsc wrote
// them to dist/, into a few files, so a run loads a handful of modules, not
// some sixty. Node 20 resolves, reads and links every ES module on its own;
// for a one-document run that was a tenth of its CPU time.
//
// dist/cli/main.js (the bin) and dist/cli/worker.js (what the pool's workers
// load) are overwritten by their bundles; the chunks they share, and the
// format readers each loads when a document needs it, go beside them as
// dist/cli/bundle-*.js, at the depth of dist/model/, so the files found
// relative to a module (package.json, schemas/) are found alike. tsc's other
// files in dist/cli/ are removed: nothing loads them any more. The library
// (dist/index.js and the rest) is left as tsc wrote it.
//
// Packages stay in node_modules, loaded from there as ever (pdf.js finds its
// worker and fonts by its own layout), except the few that every run loads:
// taking them in saved a one-text run another eighth of its CPU time, their
// package.json lookups and some twenty files.
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'rolldown';

const cli = fileURLToPath(new URL('../dist/cli/', import.meta.url));

// main.js imports ./program.js only as tsc wrote it; once bundled it does not, and bundling the bundle would nest it.
if (!existsSync(`${cli}program.js`)) {
  console.error('bundle-cli: dist/cli/ is already bundled; run `npm run build`, which runs tsc first');
  process.exit(1);
}

/** The CLI parser, the segmenter's state machine, the Russian stemmer, the limiter of the batch loop. */
const LOADED_BY_EVERY_RUN = /^(?:commander|xstate|natural|p-limit|yocto-queue)(?:\/|$)/u;

const { output } = await build({
  input: { main: `${cli}main.js`, worker: `${cli}worker.js` },
  platform: 'node',
  external: (id) => !id.startsWith('.') && !id.startsWith('/') && !LOADED_BY_EVERY_RUN.test(id),
  logLevel: 'warn',
  output: {
    dir: cli,
    format: 'esm',
    entryFileNames: '[name].js',
    chunkFileNames: 'bundle-[name]-[hash].js',
    sourcemap: true,
    // Half the bytes for V8 to read and pre-parse at every start: a one-text run 0.30 → 0.28 s (7 %).
    // A stack trace maps back with `node --enable-source-maps`; no code here reads a function's name.
    minify: true,
  },
});

const written = new Set(output.map((file) => file.fileName));
// tsc writes subfolders too (cli/cache/); their modules are in the bundle as well.
for (const name of readdirSync(cli)) if (!written.has(name)) rmSync(cli + name, { recursive: true });
