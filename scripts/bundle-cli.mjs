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
// files in dist/cli/ are removed: nothing loads them any more. Packages stay
// outside the bundle: they are loaded from node_modules as ever. The library
// (dist/index.js and the rest) is left as tsc wrote it.
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'rolldown';

const cli = fileURLToPath(new URL('../dist/cli/', import.meta.url));

// main.js imports ./program.js only as tsc wrote it; once bundled it does not, and bundling the bundle would nest it.
if (!existsSync(`${cli}program.js`)) {
  console.error('bundle-cli: dist/cli/ is already bundled; run `npm run build`, which runs tsc first');
  process.exit(1);
}

const { output } = await build({
  input: { main: `${cli}main.js`, worker: `${cli}worker.js` },
  platform: 'node',
  // Only our own modules: a package keeps its own layout (pdf.js finds its worker and fonts by it).
  external: (id) => !id.startsWith('.') && !id.startsWith('/'),
  logLevel: 'warn',
  output: {
    dir: cli,
    format: 'esm',
    entryFileNames: '[name].js',
    chunkFileNames: 'bundle-[name]-[hash].js',
    sourcemap: true,
  },
});

const written = new Set(output.map((file) => file.fileName));
for (const name of readdirSync(cli)) if (!written.has(name)) rmSync(cli + name);
