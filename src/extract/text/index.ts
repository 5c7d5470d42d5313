/** Plain-text bytes → layout. */
import type { LayoutDocument } from '../../model/layout.js';
import { UnsupportedFormatError } from '../errors.js';

export async function extractText(_bytes: Uint8Array): Promise<LayoutDocument> {
  throw new UnsupportedFormatError('text input is being built');
}
