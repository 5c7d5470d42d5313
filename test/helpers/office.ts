/**
 * LibreOffice as an independent reader of the files the tool writes. Debian
 * splits it by component: Writer (libreoffice-writer-nogui, which reads .doc
 * inputs) does not open spreadsheets; Calc (libreoffice-calc-nogui) does.
 */
import { execFile, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { promisify } from 'node:util';

const soffice = spawnSync('which', ['soffice'], { encoding: 'utf8' }).stdout.trim();

/** Calc's library beside the soffice binary: spreadsheets can be opened. */
export const CALC_INSTALLED = soffice !== '' && existsSync(join(dirname(realpathSync(soffice)), 'libsclo.so'));

/**
 * Every sheet of a workbook as CSV text (`sheet name → text`), converted by
 * `soffice --headless --convert-to csv` with cells as shown (dates in the
 * cell's format). A file Calc cannot open yields no sheets.
 */
export async function sheetsAsCsv(workbook: Buffer): Promise<Map<string, string>> {
  const dir = mkdtempSync(join(tmpdir(), 'roadmap-ingest-calc-'));
  const input = join(dir, 'book.xlsx');
  writeFileSync(input, workbook);
  // Tokens: comma, double quote, UTF-8, from line 1, …, save cells as shown, …, every sheet to a file of its own (-1).
  const filter = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1';
  await promisify(execFile)('soffice', [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--convert-to', filter, '--outdir', join(dir, 'out'), input], {
    timeout: 120_000,
  });
  const sheets = new Map<string, string>();
  const outDir = join(dir, 'out');
  for (const name of existsSync(outDir) ? readdirSync(outDir) : []) {
    sheets.set(basename(name, '.csv').replace(/^book-/u, ''), readFileSync(join(outDir, name), 'utf8'));
  }
  return sheets;
}
