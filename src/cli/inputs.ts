/**
 * Command-line arguments (files, folders, globs) → the batch's documents, in
 * a stable order. Every input gets a `relative` path: the name its output
 * takes under `--out-dir` and the key `--shard` hashes, so both are the same
 * on every machine that runs the same command from the same directory.
 */
import { realpath, stat } from 'node:fs/promises';
import { basename, isAbsolute, join, relative, resolve, sep } from 'node:path';

// Loaded for a folder or a pattern only: a run on named files has no use for it.
const tinyglobby = () => import('tinyglobby');

/** What a folder walk or a glob picks up; a file named explicitly is read whatever its extension. */
export const DOCUMENT_EXTENSIONS = ['pdf', 'docx', 'txt', 'doc', 'rtf', 'png', 'jpg', 'jpeg', 'tif', 'tiff'] as const;

const DOCUMENT_NAME = new RegExp(`\\.(?:${DOCUMENT_EXTENSIONS.join('|')})$`, 'iu');

export interface BatchInput {
  /** The path as the user wrote it (or the folder as written joined with what was found in it): what messages and `source.file` show. */
  path: string;
  /** POSIX-style path relative to where the input was found; never absolute, never starts with `..`. */
  relative: string;
}

export interface ResolvedInputs {
  inputs: BatchInput[];
  /** Arguments that named no document at all (an empty folder, a glob with no match), each with the reason. */
  unmatched: { argument: string; reason: string }[];
}

export async function resolveInputs(args: readonly string[], cwd: string): Promise<ResolvedInputs> {
  const found: BatchInput[] = [];
  const unmatched: ResolvedInputs['unmatched'] = [];
  for (const argument of args) {
    const kind = await kindOf(argument, cwd);
    if (kind === 'directory') {
      const inFolder = await walkFolder(argument, cwd);
      if (inFolder.length === 0) unmatched.push({ argument, reason: `no ${DOCUMENT_EXTENSIONS.map((e) => `.${e}`).join(', ')} files in the folder` });
      found.push(...inFolder);
    } else if (kind === 'missing' && (await tinyglobby()).isDynamicPattern(argument)) {
      const matches = await expandGlob(argument, cwd);
      if (matches.length === 0) unmatched.push({ argument, reason: 'no documents match the pattern' });
      found.push(...matches);
    } else {
      // A missing file stays an input: ingesting it fails with "no such file", naming it, and the others go on.
      found.push({ path: argument, relative: relativeKey(resolve(cwd, argument), cwd, basename(argument)) });
    }
  }
  const inputs = await withoutAliases(found, cwd);
  inputs.sort(inputOrder);
  return { inputs, unmatched };
}

/** A run's order: by relative path, then by the path as given. `merge` puts the shards' documents back in it. */
export function inputOrder(a: BatchInput, b: BatchInput): number {
  return compare(a.relative, b.relative) || compare(a.path, b.path);
}

/**
 * The input a run's output names in `source.file`, as that run saw it when
 * the file lies under the working directory; elsewhere the path itself, which
 * keeps the order within one folder but not the run's fallback name (the
 * folder's own name, which the output does not record).
 */
export function inputNamed(path: string, cwd: string): BatchInput {
  return { path, relative: relativeKey(resolve(cwd, path), cwd, toPosix(path)) };
}

async function kindOf(argument: string, cwd: string): Promise<'file' | 'directory' | 'missing'> {
  try {
    return (await stat(resolve(cwd, argument))).isDirectory() ? 'directory' : 'file';
  } catch {
    return 'missing';
  }
}

async function walkFolder(folder: string, cwd: string): Promise<BatchInput[]> {
  const root = resolve(cwd, folder);
  const { glob } = await tinyglobby();
  const names = await glob(`**/*.{${DOCUMENT_EXTENSIONS.join(',')}}`, {
    cwd: root,
    caseSensitiveMatch: false,
    followSymbolicLinks: true,
    onlyFiles: true,
    dot: false,
  });
  // Outside the working directory a folder keeps its own name, so `../orders` mirrors to `<out-dir>/orders/…`.
  const fallbackBase = basename(root);
  return names.map((name) => ({
    path: join(folder, name),
    relative: relativeKey(join(root, name), cwd, `${fallbackBase}/${toPosix(name)}`),
  }));
}

async function expandGlob(pattern: string, cwd: string): Promise<BatchInput[]> {
  const { glob } = await tinyglobby();
  const names = await glob(pattern, { cwd, followSymbolicLinks: true, onlyFiles: true, expandDirectories: false });
  return names
    .filter((name) => DOCUMENT_NAME.test(name))
    .map((name) => ({ path: isAbsolute(pattern) ? resolve(cwd, name) : name, relative: relativeKey(resolve(cwd, name), cwd, basename(name)) }));
}

/** Relative to the working directory when the file is inside it; otherwise the fallback the caller chose. */
function relativeKey(absolute: string, cwd: string, fallback: string): string {
  const inside = relative(cwd, absolute);
  if (inside !== '' && !inside.startsWith(`..${sep}`) && inside !== '..' && !isAbsolute(inside)) return toPosix(inside);
  return toPosix(fallback);
}

/**
 * One entry per file on disk: a symlink loop in a folder, or a file named
 * twice, would otherwise be ingested again under another path. Of the paths
 * to one file the shortest wins, so a loop's `a/b/loop/x.pdf` yields to `a/x.pdf`.
 */
async function withoutAliases(found: BatchInput[], cwd: string): Promise<BatchInput[]> {
  const byTarget = new Map<string, BatchInput>();
  for (const input of found) {
    const target = await realpath(resolve(cwd, input.path)).catch(() => resolve(cwd, input.path));
    const kept = byTarget.get(target);
    if (!kept || depth(input.relative) < depth(kept.relative)) byTarget.set(target, input);
  }
  return [...byTarget.values()];
}

function depth(path: string): number {
  return path.split('/').length;
}

function toPosix(path: string): string {
  return path.split(sep).join('/');
}

/** Code-unit order, not the locale's: the same on every CI runner. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
