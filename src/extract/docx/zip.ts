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
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = { maxUncompressedBytes: 200 * 1024 * 1024 };

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
  const entries = readCentralDirectory(bytes);
  if (!entries.some((entry) => entry.name === 'word/document.xml')) {
    throw new UnsupportedFormatError('not a Word document: the ZIP has no word/document.xml');
  }
  const limitText = formatBytes(limits.maxUncompressedBytes);
  let declared = 0;
  for (const entry of entries) {
    // 0xFFFFFFFF means the real size is in a ZIP64 extra field (APPNOTE 4.5.3); Word never needs that.
    if (entry.uncompressedSize === 0xffffffff) {
      throw new InputTooLargeError(`the DOCX file is too large: an entry needs ZIP64 (over 4 GB); the limit is ${limitText} uncompressed`);
    }
    declared += entry.uncompressedSize;
  }
  if (declared > limits.maxUncompressedBytes) {
    throw new InputTooLargeError(`the DOCX file is too large: it declares ${declared} bytes uncompressed, the limit is ${limitText}`);
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
    const budget = limits.maxUncompressedBytes - actual;
    if (entry.method === 0) {
      actual += data.length;
    } else if (entry.method === 8) {
      try {
        actual += inflateRawSync(data, { maxOutputLength: Math.max(1, budget + 1) }).length;
      } catch (error) {
        if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') {
          throw new InputTooLargeError(`the DOCX file is too large: it inflates beyond the limit of ${limitText}`);
        }
        throw new CorruptDocumentError('the DOCX file is damaged: a ZIP entry does not inflate', { cause: error });
      }
    } else {
      throw new CorruptDocumentError(`the DOCX file uses an unknown ZIP compression method ${entry.method}`);
    }
    if (actual > limits.maxUncompressedBytes) {
      throw new InputTooLargeError(`the DOCX file is too large: it inflates beyond the limit of ${limitText}`);
    }
  }
}

function formatBytes(bytes: number): string {
  const megabytes = bytes / (1024 * 1024);
  return Number.isInteger(megabytes) ? `${megabytes} MB` : `${bytes} bytes`;
}
