/** Plain-text bytes → layout: decode, then find paragraphs and tables. */
import type { LayoutDocument } from '../../model/layout.js';
import { EmptyInputError } from '../errors.js';
import { linesToBlocks } from './blocks.js';
import { decodeText } from './decode.js';

export async function extractText(bytes: Uint8Array): Promise<LayoutDocument> {
  const { text, encoding } = decodeText(bytes);
  if (text.trim() === '') throw new EmptyInputError('the file holds only white space');
  return { type: 'layout', format: 'text', blocks: linesToBlocks(text), pages: null, encoding, warnings: [] };
}
