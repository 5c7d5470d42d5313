/**
 * Builds a LayoutDocument of paragraphs from a seed's text, the way the text
 * extractor will: blank lines end a paragraph, line breaks inside it stay.
 * The real extractor is built in parallel; these tests must not wait for it.
 */
import { readFileSync } from 'node:fs';
import type { LayoutDocument, LayoutParagraph } from '../../../src/model/layout.js';

export function seedLayout(name: string): LayoutDocument {
  const text = readFileSync(new URL(`../../../fixtures/seeds/${name}.txt`, import.meta.url), 'utf8');
  return layoutOf(text);
}

export function layoutOf(text: string): LayoutDocument {
  const blocks: LayoutParagraph[] = [];
  let line = 1;
  for (const chunk of text.replace(/\r\n?/g, '\n').split(/\n\s*\n/)) {
    const trimmed = chunk.replace(/^\n+/, '');
    if (trimmed.trim()) blocks.push({ type: 'paragraph', text: trimmed.replace(/ +$/gm, ''), bold: false, source: { page: null, line } });
    line += chunk.split('\n').length + 1;
  }
  return { type: 'layout', format: 'text', blocks, pages: null, encoding: null, warnings: [] };
}
