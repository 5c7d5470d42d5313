/** The package's version, for `--version` and the `--cache` key; read at the depth of dist/cli/, where the bundle's chunks live. */
import { readFileSync } from 'node:fs';

export const VERSION: string = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')).version;
