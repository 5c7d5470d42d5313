/** Bytes of any supported format → the one layout model. */
import type { LayoutDocument } from '../model/layout.js';
import { detectFormat, isEncryptedOoxml } from './detect.js';
import { convertToDocx, SOFFICE_PACKAGE } from './docx/soffice.js';
import { EmptyInputError, EncryptedDocumentError, UnsupportedFormatError } from './errors.js';
import type { ExtractOptions } from './options.js';
import { extractText } from './text/index.js';

// A format's reader is loaded when a document needs it: pdf.js with its canvas binding, or mammoth,
// takes longer to load than a text decree takes to read, and a process reading text needs neither.
const extractPdf = async (bytes: Uint8Array, options: ExtractOptions) => (await import('./pdf/index.js')).extractPdf(bytes, options);
const extractImage = async (bytes: Uint8Array, kind: 'png' | 'jpeg' | 'tiff', options: ExtractOptions) =>
  (await import('./image/index.js')).extractImage(bytes, kind, options);
const extractDocx = async (bytes: Uint8Array, options: ExtractOptions) => (await import('./docx/index.js')).extractDocx(bytes, options);

export async function extractLayout(bytes: Uint8Array, options: ExtractOptions): Promise<LayoutDocument> {
  const format = detectFormat(bytes);
  switch (format) {
    case 'empty':
      throw new EmptyInputError();
    case 'pdf':
      return extractPdf(bytes, options);
    case 'zip':
      return extractDocx(bytes, options);
    case 'ole': {
      if (isEncryptedOoxml(bytes)) {
        throw new EncryptedDocumentError('the Word document is password-protected; remove the password (File → Info → Protect Document) and try again');
      }
      const converted = await convertToDocx(bytes, 'doc');
      if (converted.status === 'converted') return extractDocx(converted.bytes, options);
      throw new UnsupportedFormatError(
        converted.status === 'missing'
          ? `this is a Word 97-2003 (.doc) file; reading it needs LibreOffice (apt-get install ${SOFFICE_PACKAGE}), or save it as .docx`
          : 'this Word 97-2003 (.doc) file could not be converted by LibreOffice (damaged, or password-protected?); save it as .docx (or remove the password) and try again',
      );
    }
    case 'rtf': {
      const converted = await convertToDocx(bytes, 'rtf');
      if (converted.status === 'converted') return extractDocx(converted.bytes, options);
      throw new UnsupportedFormatError(
        converted.status === 'missing'
          ? `this is an RTF file; reading it needs LibreOffice (apt-get install ${SOFFICE_PACKAGE}), or save it as .docx`
          : 'this RTF file could not be converted by LibreOffice (damaged?); save it as .docx and try again',
      );
    }
    case 'png':
    case 'jpeg':
    case 'tiff':
      return extractImage(bytes, format, options);
    case 'text':
      return extractText(bytes);
  }
}
