/** Folders of inputs and outputs as the CLI tests build and read them. */
import { copyFileSync, existsSync, mkdirSync, readdirSync, writeFileSync, type Dirent } from 'node:fs';
import { join, relative } from 'node:path';
import { scratch } from './cli.js';
import { seedBytes, seedPath } from './seeds.js';

/** Every file under `dir`, relative to it, with POSIX separators, sorted. */
export function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return (readdirSync(dir, { recursive: true, withFileTypes: true }) as Dirent[])
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split('\\').join('/'))
    .sort();
}

/**
 * A folder as users have them: three formats, one of them nested, and a PDF
 * cut short by a failed download. Activity counts were made by hand from the
 * seeds (test/pipeline/seeds-text.test.ts): Хотынец 21, Пролетарск 25, Сергокала 44.
 */
export function decreeFolder(): string {
  const root = scratch();
  const dir = join(root, 'orders');
  mkdirSync(join(dir, 'region'), { recursive: true });
  copyFileSync(seedPath('khotynets', 'txt'), join(dir, 'khotynets.txt'));
  copyFileSync(seedPath('proletarsk', 'pdf'), join(dir, 'region', 'proletarsk.pdf'));
  copyFileSync(seedPath('sergokala', 'docx'), join(dir, 'sergokala.docx'));
  writeFileSync(join(dir, 'broken.pdf'), seedBytes('proletarsk', 'pdf').subarray(0, 3000));
  writeFileSync(join(dir, 'notes.md'), '# not a decree, not picked up by the folder walk');
  return dir;
}

