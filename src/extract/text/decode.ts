/**
 * Plain-text bytes → a string, with the encoding detected from the bytes:
 * BOM first, then strict UTF-8, then jschardet on the content (it tells CP866
 * from windows-1251, which chardet does not; see STACK-NOTES), decoded with
 * iconv-lite.
 */
import { isUtf8 } from 'node:buffer';
import { createRequire } from 'node:module';
import type * as Iconv from 'iconv-lite';
import type * as Jschardet from 'jschardet';
import { BinaryInputError, UnsupportedFormatError } from '../errors.js';

// Loaded by the first file that is not UTF-8: jschardet's language models take
// longer to load than a UTF-8 decree takes to read, and most decrees are UTF-8.
const require = createRequire(import.meta.url);
const iconv = (): typeof Iconv => require('iconv-lite');
const jschardet = (): typeof Jschardet => require('jschardet');

export interface DecodedText {
  text: string;
  /** Canonical lower-case name: utf-8, utf-16le, utf-16be, windows-1251, cp866, koi8-r, … */
  encoding: string;
  /** Present when lines came in two encodings: `encoding` is the one most lines were in. */
  mixed?: MixedEncoding;
}

export interface MixedEncoding {
  /** Lines with non-ASCII bytes that are valid UTF-8. */
  utf8Lines: number;
  /** Lines with non-ASCII bytes that are not, and the encoding they were read in. */
  otherLines: number;
  otherEncoding: string;
  /** 1-based number of the first line in the minority's encoding. */
  firstMinorityLine: number;
}

/** jschardet's names → the names we report (and iconv-lite accepts). */
const ENCODING_NAMES: Record<string, string> = {
  'utf-8': 'utf-8',
  ascii: 'utf-8',
  'windows-1251': 'windows-1251',
  ibm866: 'cp866',
  'koi8-r': 'koi8-r',
  'iso-8859-5': 'iso-8859-5',
  'x-mac-cyrillic': 'x-mac-cyrillic',
  maccyrillic: 'x-mac-cyrillic',
  'utf-16le': 'utf-16le',
  'utf-16be': 'utf-16be',
};

/** Cyrillic single-byte encodings jschardet may return for Russian text. */
const CYRILLIC_CANDIDATES = ['windows-1251', 'koi8-r', 'cp866'] as const;

/** Enough of the file for jschardet to decide; its cost grows with the input. */
const DETECTION_SAMPLE_BYTES = 64 * 1024;

export function decodeText(bytes: Uint8Array): DecodedText {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf) {
    return { text: strictUtf8(buffer.subarray(3)), encoding: 'utf-8' };
  }
  if (buffer[0] === 0xff && buffer[1] === 0xfe) {
    return { text: iconv().decode(buffer.subarray(2), 'utf-16le'), encoding: 'utf-16le' };
  }
  if (buffer[0] === 0xfe && buffer[1] === 0xff) {
    return { text: iconv().decode(buffer.subarray(2), 'utf-16be'), encoding: 'utf-16be' };
  }
  if (looksBinary(buffer)) throw new BinaryInputError();
  if (isUtf8(buffer)) return { text: buffer.toString('utf8'), encoding: 'utf-8' };
  return decodeMixedLines(buffer) ?? singleByte(buffer);
}

function singleByte(buffer: Buffer): DecodedText {
  const encoding = detectSingleByteEncoding(buffer);
  return { text: iconv().decode(buffer, encoding), encoding };
}

const NEWLINE = 0x0a;

/**
 * Text pasted together from two exports: some lines UTF-8, the rest in a
 * Cyrillic code page. Each line is read in its own encoding. A line of
 * Russian in windows-1251, KOI8-R or CP866 is never valid UTF-8 (two
 * lower-case letters in a row already break it), so the test is safe. Null
 * when the file is not mixed (no line with non-ASCII bytes is UTF-8).
 */
function decodeMixedLines(buffer: Buffer): DecodedText | null {
  const lines: Array<{ bytes: Buffer; utf8: boolean }> = [];
  let utf8Lines = 0;
  const others: Buffer[] = [];
  let firstOther = -1;
  let firstUtf8 = -1;
  for (let start = 0; start <= buffer.length; ) {
    const found = buffer.indexOf(NEWLINE, start);
    const end = found < 0 ? buffer.length : found;
    const bytes = buffer.subarray(start, end);
    const utf8 = isUtf8(bytes);
    if (bytes.some((byte) => byte >= 0x80)) {
      if (utf8) {
        utf8Lines += 1;
        if (firstUtf8 < 0) firstUtf8 = lines.length + 1;
      } else {
        others.push(bytes);
        if (firstOther < 0) firstOther = lines.length + 1;
      }
    }
    lines.push({ bytes, utf8 });
    start = end + 1;
  }
  if (utf8Lines === 0) return null;
  const otherEncoding = detectSingleByteEncoding(Buffer.concat(others.slice(0, 2000)));
  const text = lines.map((line) => (line.utf8 ? line.bytes.toString('utf8') : iconv().decode(line.bytes, otherEncoding))).join('\n');
  const utf8Wins = utf8Lines >= others.length;
  return {
    text,
    encoding: utf8Wins ? 'utf-8' : otherEncoding,
    mixed: { utf8Lines, otherLines: others.length, otherEncoding, firstMinorityLine: utf8Wins ? firstOther : firstUtf8 },
  };
}

function strictUtf8(buffer: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buffer);
  } catch {
    throw new UnsupportedFormatError('the file starts with a UTF-8 byte order mark but is not valid UTF-8');
  }
}

/**
 * NUL bytes do not occur in text in any single-byte or UTF-8 encoding; a few
 * control characters do (form feeds from old printers), so only NULs count.
 */
function looksBinary(buffer: Buffer): boolean {
  const sample = buffer.subarray(0, DETECTION_SAMPLE_BYTES);
  return sample.includes(0);
}

function detectSingleByteEncoding(buffer: Buffer): string {
  const sample = buffer.subarray(0, DETECTION_SAMPLE_BYTES);
  const guesses = jschardet().detectAll(sample.toString('binary'));
  for (const guess of guesses) {
    const name = ENCODING_NAMES[(guess.encoding ?? "").toLowerCase()];
    if (name && name !== 'utf-8' && iconv().encodingExists(name)) return name;
  }
  return mostCyrillic(sample);
}

/**
 * jschardet found nothing it is sure of: pick the Cyrillic code page under
 * which the sample reads as the most Russian letters (lower-case vowels are
 * frequent in every Russian text and land on different bytes in each).
 */
function mostCyrillic(sample: Buffer): string {
  let best: string = CYRILLIC_CANDIDATES[0];
  let bestScore = -1;
  for (const candidate of CYRILLIC_CANDIDATES) {
    const score = (iconv().decode(sample, candidate).match(/[оеаиня]/gu) ?? []).length;
    if (score > bestScore) {
      best = candidate;
      bestScore = score;
    }
  }
  return best;
}
