/**
 * The input's format from its bytes, never from its file name: users' files
 * are misnamed (a `.pdf` that is a Word file, a `.doc` that is HTML).
 */
export type DetectedFormat =
  | 'pdf'
  | 'zip' // a ZIP container: DOCX, or another OOXML/ODF file the docx extractor rejects
  | 'ole' // Word 97-2003 .doc or an encrypted OOXML file
  | 'rtf'
  | 'png'
  | 'jpeg'
  | 'tiff'
  | 'text'
  | 'empty';

const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const ZIP_EMPTY_MAGIC = [0x50, 0x4b, 0x05, 0x06];
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const RTF_MAGIC = [0x7b, 0x5c, 0x72, 0x74, 0x66]; // {\rtf
const PNG_MAGIC = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG_MAGIC = [0xff, 0xd8, 0xff];
const TIFF_LE_MAGIC = [0x49, 0x49, 0x2a, 0x00]; // II*\0
const TIFF_BE_MAGIC = [0x4d, 0x4d, 0x00, 0x2a]; // MM\0*

/** How far into the file a PDF header may start (Acrobat accepts junk before it). */
const PDF_HEADER_WINDOW = 1024;

export function detectFormat(bytes: Uint8Array): DetectedFormat {
  if (bytes.length === 0) return 'empty';
  if (startsWith(bytes, ZIP_MAGIC) || startsWith(bytes, ZIP_EMPTY_MAGIC)) return 'zip';
  if (startsWith(bytes, OLE_MAGIC)) return 'ole';
  if (startsWith(bytes, RTF_MAGIC)) return 'rtf';
  if (startsWith(bytes, PNG_MAGIC)) return 'png';
  if (startsWith(bytes, JPEG_MAGIC)) return 'jpeg';
  if (startsWith(bytes, TIFF_LE_MAGIC) || startsWith(bytes, TIFF_BE_MAGIC)) return 'tiff';
  if (indexOf(bytes, PDF_MAGIC, PDF_HEADER_WINDOW) >= 0) return 'pdf';
  return 'text';
}

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((byte, index) => bytes[index] === byte);
}

function indexOf(bytes: Uint8Array, magic: number[], window: number): number {
  const limit = Math.min(bytes.length - magic.length, window);
  for (let offset = 0; offset <= limit; offset += 1) {
    if (magic.every((byte, index) => bytes[offset + index] === byte)) return offset;
  }
  return -1;
}

/**
 * Whether an OLE compound file holds the streams of an encrypted OOXML
 * package ([MS-OFFCRYPTO] §2.3.4: `EncryptionInfo` and `EncryptedPackage`),
 * i.e. a password-protected .docx rather than a Word 97-2003 file. Rather
 * than follow the FAT chain, every 128-byte directory-entry slot after the
 * 512-byte header is checked ([MS-CFB] §2.6: name in UTF-16LE, its byte
 * length at +64, object type 2 = stream at +66); an entry must match all three.
 */
export function isEncryptedOoxml(bytes: Uint8Array): boolean {
  const wanted = ['EncryptionInfo', 'EncryptedPackage'];
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let offset = 512; offset + 128 <= bytes.length; offset += 128) {
    const nameLength = view.getUint16(offset + 64, true);
    if (nameLength < 2 || nameLength > 64 || bytes[offset + 66] !== 2) continue;
    let name = '';
    for (let index = 0; index + 2 < nameLength; index += 2) name += String.fromCharCode(view.getUint16(offset + index, true));
    if (wanted.includes(name)) return true;
  }
  return false;
}
