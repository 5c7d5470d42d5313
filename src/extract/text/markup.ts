/**
 * Markup found inside flattened decrees: HTML tags in table cells (`<b>`,
 * `<br>`, `<p>`), markdown emphasis and headings in paragraphs. Line-breaking
 * tags become `\n` (party lists are written one per `<br>` or `<p>` line);
 * the rest is dropped. Boldness is reported separately: a bold cell is a
 * section heading in most plans.
 */
const LINE_BREAK_TAGS = /<\s*br\s*\/?\s*>|<\s*\/\s*p\s*>\s*<\s*p(?:\s[^>]*)?>/giu;
const ANY_TAG = /<\s*\/?\s*[a-z][a-z0-9]*(?:\s[^<>]*)?\/?\s*>/giu;
/** An opening or closing `<b>`/`<strong>`; the slash is captured. */
const BOLD_TAG = /<\s*(\/)?\s*(?:b|strong)(?:\s[^<>]*)?>/giu;
const ENTITIES: Record<string, string> = { '&nbsp;': ' ', '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&laquo;': '«', '&raquo;': '»' };
const ENTITY = /&(?:nbsp|amp|lt|gt|quot|#39|laquo|raquo);/gu;

export interface CleanText {
  text: string;
  /** Every letter of the text was inside bold markup. */
  bold: boolean;
}

/** A table cell's raw text → its text (lines kept as `\n`) and boldness. */
export function cleanCellMarkup(raw: string): CleanText {
  const boldLetters = countBoldLetters(raw);
  const text = stripTags(raw.replace(LINE_BREAK_TAGS, '\n'));
  const letters = text.replace(/[^\p{L}\p{N}]/gu, '').length;
  return { text: tidyLines(text), bold: letters > 0 && boldLetters >= letters };
}

/** A paragraph's raw markdown lines → text and boldness (`**…**` around all of it). */
export function cleanParagraphMarkup(raw: string): CleanText {
  const withoutHeadings = raw.replace(/^\s{0,3}#{1,6}\s+/gmu, '');
  const letters = withoutHeadings.replace(/[^\p{L}\p{N}]/gu, '').length;
  const boldLetters = [...withoutHeadings.matchAll(/\*\*(?<inner>[^*]+)\*\*/gu)]
    .map((match) => match.groups?.inner ?? '')
    .join('')
    .replace(/[^\p{L}\p{N}]/gu, '').length;
  const isHeading = /^\s{0,3}#{1,6}\s/u.test(raw);
  const text = stripTags(withoutHeadings.replace(LINE_BREAK_TAGS, '\n')).replace(/\*\*/gu, '');
  return { text: tidyLines(text), bold: isHeading || (letters > 0 && boldLetters >= letters) };
}

/**
 * Letters and digits inside `<b>…</b>` or `<strong>…</strong>`, nesting
 * counted, text after a tag that is never closed not. One pass over the
 * tags: matching each opening tag to its closing one by a lazy regex took
 * quadratic time on a cell of unclosed tags (issue 8).
 */
function countBoldLetters(raw: string): number {
  let depth = 0;
  let count = 0;
  let from = 0;
  for (const match of raw.matchAll(BOLD_TAG)) {
    if (depth > 0) count += stripTags(raw.slice(from, match.index)).replace(/[^\p{L}\p{N}]/gu, '').length;
    depth = match[1] ? Math.max(0, depth - 1) : depth + 1;
    from = match.index + match[0].length;
  }
  return count;
}

function stripTags(text: string): string {
  return text.replace(ANY_TAG, '').replace(ENTITY, (entity) => ENTITIES[entity] ?? entity);
}

/** Trims each line, drops markdown hard-break spaces and empty lines. */
function tidyLines(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(/\s+/gu, ' ').trim())
    .filter((line) => line !== '')
    .join('\n');
}
