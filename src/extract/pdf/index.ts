/** PDF bytes → layout. Placeholder seam for the issue «PDF decrees». */
import type { LayoutDocument } from '../../model/layout.js';
import type { ExtractOptions } from '../options.js';
import { UnsupportedFormatError } from '../errors.js';

export async function extractPdf(_bytes: Uint8Array, _options: ExtractOptions): Promise<LayoutDocument> {
  throw new UnsupportedFormatError('PDF input is not supported yet');
}
