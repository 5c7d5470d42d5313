/**
 * .doc and .rtf through LibreOffice, when it is installed: `soffice
 * --headless --convert-to docx` into a private temp dir, then the DOCX
 * extractor. Without soffice on PATH the caller names the package to install.
 */
import { execFile } from 'node:child_process';
import { access, constants, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';


const CONVERT_TIMEOUT_MS = 120_000;

/** The soffice executable on PATH, or null. */
export async function findSoffice(pathVariable = process.env['PATH'] ?? ''): Promise<string | null> {
  for (const dir of pathVariable.split(delimiter)) {
    if (dir === '') continue;
    for (const name of ['soffice', 'soffice.exe']) {
      const candidate = join(dir, name);
      try {
        await access(candidate, constants.X_OK);
        return candidate;
      } catch {
        // not here; keep looking
      }
    }
  }
  return null;
}

/** The Debian package that brings `soffice` for Word conversion; named in the error when it is missing. */
export const SOFFICE_PACKAGE = 'libreoffice-writer';

/**
 * What LibreOffice made of the bytes: DOCX bytes, `missing` when soffice is
 * not on PATH (the user can install it), or `failed` when it ran and gave
 * nothing (a damaged or password-protected file).
 */
export type Conversion = { status: 'converted'; bytes: Uint8Array } | { status: 'missing' } | { status: 'failed' };

/** Converts .doc/.rtf bytes to DOCX bytes with LibreOffice. */
export async function convertToDocx(bytes: Uint8Array, extension: 'doc' | 'rtf'): Promise<Conversion> {
  const soffice = await findSoffice();
  if (soffice === null) return { status: 'missing' };
  const dir = await mkdtemp(join(tmpdir(), 'roadmap-ingest-'));
  try {
    const input = join(dir, `input.${extension}`);
    await writeFile(input, bytes);
    // A private profile dir: a user's running LibreOffice would otherwise swallow the request.
    const profile = `-env:UserInstallation=file://${join(dir, 'profile')}`;
    await new Promise<void>((resolve, reject) => {
      execFile(
        soffice,
        [profile, '--headless', '--convert-to', 'docx', '--outdir', join(dir, 'out'), input],
        { timeout: CONVERT_TIMEOUT_MS },
        (error) => (error ? reject(error) : resolve()),
      );
    });
    const produced = (await readdir(join(dir, 'out'))).find((name) => name.endsWith('.docx'));
    return produced ? { status: 'converted', bytes: new Uint8Array(await readFile(join(dir, 'out', produced))) } : { status: 'failed' };
  } catch {
    return { status: 'failed' };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
