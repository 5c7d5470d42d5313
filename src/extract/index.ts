/** Bytes of any supported format → the one layout model. */
import type { LayoutDocument } from '../model/layout.js';
import { detectFormat, isEncryptedOoxml } from './detect.js';
import { extractDocx } from './docx/index.js';
import { convertToDocx } from './docx/soffice.js';
import { EmptyInputError, EncryptedDocumentError, UnsupportedFormatError } from './errors.js';
import type { ExtractOptions } from './options.js';
import { extractPdf } from './pdf/index.js';
import { extractText } from './text/index.js';

export async function extractLayout(bytes: Uint8Array, options: ExtractOptions): Promise<LayoutDocument> {
  switch (detectFormat(bytes)) {
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
      if (converted) return extractDocx(converted, options);
      throw new UnsupportedFormatError(
        'this is a Word 97-2003 (.doc) file or a password-protected Word file; save it as .docx (or remove the password) and try again',
      );
    }
    case 'rtf': {
      const converted = await convertToDocx(bytes, 'rtf');
      if (converted) return extractDocx(converted, options);
      throw new UnsupportedFormatError('RTF is not supported; save the document as .docx and try again');
    }
    case 'text':
      return extractText(bytes);
  }
}
