/** DOCX bytes → layout. Placeholder seam for the issue «DOCX decrees». */
import type { LayoutDocument } from '../../model/layout.js';
import type { ExtractOptions } from '../options.js';
import { UnsupportedFormatError } from '../errors.js';

export async function extractDocx(_bytes: Uint8Array, _options: ExtractOptions): Promise<LayoutDocument> {
  throw new UnsupportedFormatError('DOCX input is not supported yet');
}
