/** Plain-text bytes → layout: decode, then find paragraphs and tables. */
import type { LayoutDocument } from '../../model/layout.js';
import { warning, WARNING_CODES, type Warning } from '../../model/warnings.js';
import { EmptyInputError, InputTooLargeError } from '../errors.js';
import { linesToBlocks } from './blocks.js';
import { decodeText, type MixedEncoding } from './decode.js';

/**
 * The largest text file read. Decrees are tens of kilobytes (the seeds 12–40
 * KB); on Node 20 a 50 MB export of plan rows took 30 s and 1.1 GB before a
 * byte of output, a 16 MB one line 5 s and 400 MB.
 */
export const MAX_TEXT_BYTES = 16 * 1024 * 1024;

export async function extractText(bytes: Uint8Array): Promise<LayoutDocument> {
  if (bytes.length > MAX_TEXT_BYTES) {
    throw new InputTooLargeError(`the text file is too large: ${megabytes(bytes.length)} MB, the limit is ${megabytes(MAX_TEXT_BYTES)} MB`);
  }
  const { text, encoding, mixed } = decodeText(bytes);
  if (text.trim() === '') throw new EmptyInputError('the file holds only white space');
  const warnings: Warning[] = mixed ? [mixedWarning(mixed, encoding)] : [];
  return { type: 'layout', format: 'text', blocks: linesToBlocks(text), pages: null, encoding, warnings };
}

function mixedWarning(mixed: MixedEncoding, encoding: string): Warning {
  const minority = encoding === 'utf-8' ? { count: mixed.otherLines, name: mixed.otherEncoding } : { count: mixed.utf8Lines, name: 'utf-8' };
  const majority = encoding === 'utf-8' ? mixed.utf8Lines : mixed.otherLines;
  return warning(
    WARNING_CODES.MIXED_ENCODING,
    `The file mixes encodings: ${minority.count} line(s) were read as ${minority.name}, ${majority} as ${encoding}; check the letters of line ${mixed.firstMinorityLine}`,
    { page: null, line: mixed.firstMinorityLine },
  );
}

function megabytes(bytes: number): string {
  return (bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/u, '');
}
