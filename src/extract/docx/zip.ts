/**
 * A guard run on the ZIP container before mammoth sees it: mammoth (through
 * JSZip) would inflate every part into memory, so a truncated archive, a ZIP
 * that is not a Word document or a decompression bomb must be refused here,
 * with a typed error, while that is still cheap.
 */
import { inflateRawSync } from 'node:zlib';
import { CorruptDocumentError, InputTooLargeError, UnsupportedFormatError } from '../errors.js';

export interface ZipLimits {
  /** The most bytes all entries may inflate to, declared and actual. */
  maxUncompressedBytes: number;
  /**
   * The most bytes the XML parts (what mammoth parses) may inflate to,
   * declared and actual. 32 MB of text paragraphs took 600 MB of memory to
   * read; seed 004 has 36 KB of XML a page, so this is some 900 pages.
   */
  maxXmlBytes: number;
  /**
   * The most tags all XML parts may hold together. mammoth builds an object
   * per element and keeps them all: measured on Node 20, 530,000 tags of
   * one-letter paragraphs took 10 s and 840 MB, 880,000 took 1.2 GB; the
   * seven-page seed 004 has 12,600, so the limit is some 200 such pages.
   */
  maxXmlTags: number;
  /**
   * The deepest XML nesting allowed. mammoth reads elements recursively and
   * overflows the stack near 3,000 levels (tables nested 1,000 deep); Word
   * documents stay under 50.
   */
  maxXmlDepth: number;
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxUncompressedBytes: 200 * 1024 * 1024,
  maxXmlBytes: 32 * 1024 * 1024,
  maxXmlTags: 400_000,
  maxXmlDepth: 512,
};

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
/** The EOCD record is 22 bytes plus a comment of at most 65535 bytes (APPNOTE 4.3.16). */
const EOCD_SEARCH = 22 + 0xffff;

/** Reads the central directory; throws CorruptDocumentError when it is missing or damaged. */
export function readCentralDirectory(bytes: Uint8Array): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let eocd = -1;
  for (let offset = bytes.length - 22; offset >= Math.max(0, bytes.length - EOCD_SEARCH); offset -= 1) {
    if (view.getUint32(offset, true) === EOCD_SIGNATURE) {
      eocd = offset;
      break;
    }
  }
  if (eocd < 0) throw new CorruptDocumentError('the DOCX file is damaged or truncated: its ZIP directory is missing');
  const count = view.getUint16(eocd + 10, true);
  const size = view.getUint32(eocd + 12, true);
  const start = view.getUint32(eocd + 16, true);
  if (start + size > eocd) throw new CorruptDocumentError('the DOCX file is damaged or truncated: its ZIP directory points past the end');
  const entries: ZipEntry[] = [];
  let offset = start;
  for (let index = 0; index < count; index += 1) {
    if (offset + 46 > eocd || view.getUint32(offset, true) !== CENTRAL_SIGNATURE) {
      throw new CorruptDocumentError('the DOCX file is damaged or truncated: its ZIP directory is broken');
    }
    const nameLength = view.getUint16(offset + 28, true);
    const extraLength = view.getUint16(offset + 30, true);
    const commentLength = view.getUint16(offset + 32, true);
    entries.push({
      method: view.getUint16(offset + 10, true),
      compressedSize: view.getUint32(offset + 20, true),
      uncompressedSize: view.getUint32(offset + 24, true),
      localHeaderOffset: view.getUint32(offset + 42, true),
      name: new TextDecoder().decode(bytes.subarray(offset + 46, offset + 46 + nameLength)),
    });
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/**
 * Checks the archive is a Word document that inflates within the limit. The
 * declared sizes are checked first (cheap); then every entry is inflated with
 * a ceiling, because a hostile archive can declare small sizes and lie.
 */
export function checkDocxContainer(bytes: Uint8Array, limits: ZipLimits): void {
  const markup = { tags: 0, bytes: 0 };
  const entries = readCentralDirectory(bytes);
  if (!entries.some((entry) => entry.name === 'word/document.xml')) {
    throw new UnsupportedFormatError('not a Word document: the ZIP has no word/document.xml');
  }
  const limitText = formatBytes(limits.maxUncompressedBytes);
  let declared = 0;
  let declaredXml = 0;
  for (const entry of entries) {
    // 0xFFFFFFFF means the real size is in a ZIP64 extra field (APPNOTE 4.5.3); Word never needs that.
    if (entry.uncompressedSize === 0xffffffff) {
      throw new InputTooLargeError(`the DOCX file is too large: an entry needs ZIP64 (over 4 GB); the limit is ${limitText} uncompressed`);
    }
    declared += entry.uncompressedSize;
    if (XML_PART.test(entry.name)) declaredXml += entry.uncompressedSize;
  }
  if (declared > limits.maxUncompressedBytes) {
    throw new InputTooLargeError(`the DOCX file is too large: it declares ${declared} bytes uncompressed, the limit is ${limitText}`);
  }
  if (declaredXml > limits.maxXmlBytes) {
    throw new InputTooLargeError(
      `the DOCX file is too large: its XML parts declare ${declaredXml} bytes, the limit is ${formatBytes(limits.maxXmlBytes)} (some 900 pages)`,
    );
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let actual = 0;
  for (const entry of entries) {
    const header = entry.localHeaderOffset;
    if (header + 30 > bytes.length || view.getUint32(header, true) !== LOCAL_SIGNATURE) {
      throw new CorruptDocumentError('the DOCX file is damaged or truncated: a ZIP entry is missing');
    }
    const dataStart = header + 30 + view.getUint16(header + 26, true) + view.getUint16(header + 28, true);
    const dataEnd = dataStart + entry.compressedSize;
    if (dataEnd > bytes.length) throw new CorruptDocumentError('the DOCX file is damaged or truncated: a ZIP entry is cut off');
    const data = bytes.subarray(dataStart, dataEnd);
    const isXml = XML_PART.test(entry.name);
    const budget = Math.min(limits.maxUncompressedBytes - actual, isXml ? limits.maxXmlBytes - markup.bytes : Infinity);
    if (entry.method === 0) {
      actual += data.length;
      if (isXml) checkMarkup(data, entry.name, limits, markup);
    } else if (entry.method === 8) {
      let inflated: Buffer;
      try {
        inflated = inflateRawSync(data, { maxOutputLength: Math.max(1, budget + 1) });
      } catch (error) {
        if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') {
          throw new InputTooLargeError(
            isXml && budget < limits.maxUncompressedBytes - actual
              ? xmlTooLarge(limits)
              : `the DOCX file is too large: it inflates beyond the limit of ${limitText}`,
          );
        }
        throw new CorruptDocumentError('the DOCX file is damaged: a ZIP entry does not inflate', { cause: error });
      }
      actual += inflated.length;
      if (isXml) checkMarkup(inflated, entry.name, limits, markup);
    } else {
      throw new CorruptDocumentError(`the DOCX file uses an unknown ZIP compression method ${entry.method}`);
    }
    if (actual > limits.maxUncompressedBytes) {
      throw new InputTooLargeError(`the DOCX file is too large: it inflates beyond the limit of ${limitText}`);
    }
  }
}

/** The parts mammoth parses as XML. */
const XML_PART = /\.(?:xml|rels)$/iu;

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const QUESTION = 0x3f;
const BANG = 0x21;

/**
 * Counts the tags of one XML part (adding to `seen.tags` across parts),
 * measures its nesting and checks it has one root element, in one pass over
 * the bytes, before any parser sees them. Comments, CDATA and processing
 * instructions are skipped whole, quoted attribute values too (they may hold
 * `>`). As in xmldom's recovery, a closing tag closes the innermost open
 * element when the names match and is ignored when they do not.
 *
 * The root check is for xmldom (inside mammoth): an element outside the
 * root sends it down an error path that is quadratic in what follows, 700 KB
 * took 19 s, and a fuzzed seed with `<br>` before its XML declaration 3 s
 * (issue 8). Such a part is rejected by xmldom anyway, only slowly.
 */
function checkMarkup(xml: Uint8Array, name: string, limits: ZipLimits, seen: { tags: number; bytes: number }): void {
  seen.bytes += xml.length;
  if (seen.bytes > limits.maxXmlBytes) throw new InputTooLargeError(xmlTooLarge(limits));
  const bytes = Buffer.from(xml.buffer, xml.byteOffset, xml.byteLength);
  const open: string[] = [];
  let roots = 0;
  for (let index = bytes.indexOf(LT); index >= 0; index = bytes.indexOf(LT, index + 1)) {
    seen.tags += 1;
    if (seen.tags > limits.maxXmlTags) {
      throw new InputTooLargeError(`the DOCX file is too large: its XML holds more than ${limits.maxXmlTags} tags, the limit (some 200 pages)`);
    }
    const next = bytes[index + 1];
    if (next === QUESTION || next === BANG) {
      index = skipTo(bytes, index);
      if (index < 0) break;
      continue;
    }
    const close = tagEnd(bytes, index + 1);
    if (close < 0) break;
    if (next === SLASH) {
      const tag = tagName(bytes, index + 2, close).toLowerCase();
      if (open[open.length - 1]?.toLowerCase() === tag) open.pop();
    } else {
      if (open.length === 0 && (roots += 1) > 1) {
        throw new CorruptDocumentError(`the DOCX file is damaged: ${name} has more than one root element`);
      }
      if (bytes[close - 1] !== SLASH) open.push(tagName(bytes, index + 1, close));
      if (open.length > limits.maxXmlDepth) {
        throw new InputTooLargeError(`the DOCX file is nested too deeply: ${name} goes more than ${limits.maxXmlDepth} levels deep (tables inside tables?), the limit`);
      }
    }
    index = close;
  }
  if (open.length > 0 && roots > 0) {
    throw new CorruptDocumentError(`the DOCX file is damaged or truncated: the root element <${open[0]}> of ${name} is never closed`);
  }
}

/** The index of the `>` that ends the comment, CDATA section or declaration opening at `index`, or -1. */
function skipTo(bytes: Buffer, index: number): number {
  if (bytes[index + 1] === QUESTION) {
    const end = bytes.indexOf('?>', index + 2, 'latin1');
    return end < 0 ? -1 : end + 1;
  }
  for (const [opening, closing] of [['<!--', '-->'], ['<![CDATA[', ']]>']] as const) {
    if (bytes.toString('latin1', index, index + opening.length) === opening) {
      const end = bytes.indexOf(closing, index + opening.length, 'latin1');
      return end < 0 ? -1 : end + closing.length - 1;
    }
  }
  return bytes.indexOf(GT, index + 1);
}

const QUOTE = 0x22;
const APOSTROPHE = 0x27;

/** The index of the `>` ending the tag whose name starts at `from`, skipping quoted attribute values; -1 when there is none. */
function tagEnd(bytes: Buffer, from: number): number {
  for (let index = from; index < bytes.length; index += 1) {
    const byte = bytes[index];
    if (byte === GT) return index;
    if (byte === QUOTE || byte === APOSTROPHE) {
      index = bytes.indexOf(byte, index + 1);
      if (index < 0) return -1;
    }
  }
  return -1;
}

/** The element name of a tag whose name starts at `from`: up to white space, `/` or `>`. */
function tagName(bytes: Buffer, from: number, close: number): string {
  let end = from;
  while (end < close && bytes[end]! > 0x20 && bytes[end] !== SLASH) end += 1;
  return bytes.toString('latin1', from, end);
}

function xmlTooLarge(limits: ZipLimits): string {
  return `the DOCX file is too large: its XML parts inflate beyond the limit of ${formatBytes(limits.maxXmlBytes)} (some 900 pages)`;
}

function formatBytes(bytes: number): string {
  const megabytes = bytes / (1024 * 1024);
  return Number.isInteger(megabytes) ? `${megabytes} MB` : `${bytes} bytes`;
}
