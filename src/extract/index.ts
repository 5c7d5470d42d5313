/** Bytes of any supported format → the one layout model. */
import type { LayoutDocument } from '../model/layout.js';
import { detectFormat } from './detect.js';
import { extractDocx } from './docx/index.js';
import { EmptyInputError, UnsupportedFormatError } from './errors.js';
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
    case 'ole':
      throw new UnsupportedFormatError(
        'this is a Word 97-2003 (.doc) file or a password-protected Word file; save it as .docx (or remove the password) and try again',
      );
    case 'rtf':
      throw new UnsupportedFormatError('RTF is not supported; save the document as .docx and try again');
    case 'text':
      return extractText(bytes);
  }
}
