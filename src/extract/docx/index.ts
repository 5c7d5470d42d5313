/**
 * DOCX bytes → layout. mammoth reads the WordprocessingML (it resolves
 * gridSpan/vMerge into HTML colspan/rowspan and keeps bold as <strong>); we
 * walk its HTML with htmlparser2 and build the same layout model the text
 * extractor produces.
 *
 * Choices and limits:
 * - `source.line` is the paragraph's 1-based ordinal in the document body,
 *   counting every paragraph (table cells included) in order; `page` is null.
 *   mammoth is told to keep empty paragraphs so the count matches Word's.
 *   Text-box paragraphs count where their anchor paragraph opens; of an
 *   mc:AlternateContent block only the Fallback (what mammoth reads) counts.
 * - Nested tables are flattened into the enclosing cell: each of their
 *   paragraphs becomes a line of the cell's text. Plans never nest real
 *   activity rows; the nested table is a layout trick (a signature block).
 * - Rows whose cells are all empty (spacer rows) are dropped.
 * - Automatic list numbering (ECMA-376 Part 1, §17.9) is not in the text
 *   mammoth gives: the printed numbers are computed from document.xml and
 *   numbering.xml by paragraph ordinal (numbering.ts, which lists its
 *   limits). Where that finds nothing for an <ol><li> (numbering inherited
 *   from a style), a fallback counts list levels across the document and
 *   prints `1.2.`; it cannot tell two lists apart or honour restarts.
 * - Text boxes are read by mammoth inline. Page headers (ECMA-376 §17.10.1)
 *   are not: the letterhead sometimes sits there, so header parts are read
 *   directly and put first, unless the body already carries that text.
 */
import mammoth from 'mammoth';
import JSZip from 'jszip';
import { parseDocument } from 'htmlparser2';
import type { ChildNode, Element } from 'domhandler';
import type { LayoutBlock, LayoutCell, LayoutDocument, LayoutParagraph, LayoutRow } from '../../model/layout.js';
import { pushAll } from '../../model/arrays.js';
import type { SourceRef } from '../../model/roadmap.js';
import { collapseSpace, normalizeCharacters } from '../../layout/text.js';
import { CorruptDocumentError } from '../errors.js';
import type { ExtractOptions } from '../options.js';
import { numberParagraphs } from './numbering.js';
import { checkDocxContainer, DEFAULT_ZIP_LIMITS, type ZipLimits } from './zip.js';
import { decodeXml } from './xml.js';

export { DEFAULT_ZIP_LIMITS, type ZipLimits } from './zip.js';

export async function extractDocx(
  bytes: Uint8Array,
  _options: ExtractOptions,
  limits: Partial<ZipLimits> = {},
): Promise<LayoutDocument> {
  checkDocxContainer(bytes, { ...DEFAULT_ZIP_LIMITS, ...limits });
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let html: string;
  let zip: JSZip;
  let documentXml: string;
  let numberingXml: string | null;
  try {
    // Bold is the only formatting kept: a fully bold cell marks a section heading.
    const converted = await mammoth.convertToHtml(
      { buffer },
      // Images are never read: the default inlines each as base64 in the HTML, megabytes of it per photo.
      { ignoreEmptyParagraphs: false, styleMap: ['b => strong'], convertImage: mammoth.images.imgElement(async () => ({ src: '' })) },
    );
    html = converted.value;
    zip = await JSZip.loadAsync(buffer);
    documentXml = await zip.file('word/document.xml')!.async('string');
    numberingXml = (await zip.file('word/numbering.xml')?.async('string')) ?? null;
  } catch (error) {
    throw new CorruptDocumentError(`the DOCX file cannot be read: ${oneLine(error)}`, { cause: error });
  }
  const walker = new Walker(numberParagraphs(documentXml, numberingXml));
  const blocks = walker.blocks(parseDocument(html).children);
  const header = await readHeaderParagraphs(zip);
  const bodyText = collapseSpace(blocks.slice(0, 5).map(blockText).join(' '));
  const letterhead = header.filter((text) => !bodyText.includes(collapseSpace(text)));
  const headerBlocks: LayoutParagraph[] = letterhead.map((text) => ({
    type: 'paragraph',
    text,
    bold: false,
    // Header paragraphs are outside the body's ordinal count; they are tied to its first line.
    source: { page: null, line: 1 },
  }));
  return { type: 'layout', format: 'docx', blocks: [...headerBlocks, ...blocks], pages: null, encoding: null, warnings: [] };
}

function oneLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return collapseSpace(message.split('\n')[0] ?? '');
}

function blockText(block: LayoutBlock): string {
  return block.type === 'paragraph' ? block.text : block.rows.map((row) => row.cells.map((c) => c.text).join(' ')).join(' ');
}

/** A piece of text with whether it was inside <strong>. */
interface Run {
  text: string;
  bold: boolean;
}

interface Line {
  runs: Run[];
  ordinal: number;
}

const PARAGRAPH_TAGS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

class Walker {
  private ordinal = 0;
  /** Fallback list counters by nesting depth, for numbering numbering.ts cannot resolve. */
  private counters: number[] = [];

  /** @param numbers printed automatic numbers by paragraph ordinal (numbering.ts). */
  constructor(private readonly numbers: Map<number, string>) {}

  blocks(nodes: ChildNode[]): LayoutBlock[] {
    const out: LayoutBlock[] = [];
    for (const node of nodes) {
      if (node.type !== 'tag') continue;
      if (node.name === 'table') {
        const table = this.table(node);
        if (table) out.push(table);
        continue;
      }
      for (const line of this.lines(node, 0)) {
        out.push({ type: 'paragraph', text: lineText(line), bold: lineBold(line), source: ref(line.ordinal) });
      }
    }
    return out;
  }

  /** Paragraph-level content of a node as lines, one per Word paragraph, counting ordinals. */
  private lines(node: Element, depth: number): Line[] {
    if (PARAGRAPH_TAGS.has(node.name)) {
      this.ordinal += 1;
      const content = runs(node.children, false);
      // A numbered heading or styled paragraph that mammoth did not turn into a list item.
      const number = this.numbers.get(this.ordinal);
      if (number !== undefined) prefixNumber(content, number);
      return [{ runs: content, ordinal: this.ordinal }];
    }
    if (node.name === 'ol' || node.name === 'ul') {
      const out: Line[] = [];
      for (const child of node.children) {
        if (child.type === 'tag' && child.name === 'li') pushAll(out, this.listItem(child, depth, node.name === 'ol'));
      }
      return out;
    }
    if (node.name === 'table') {
      // A nested table: flattened into lines of the enclosing cell.
      const out: Line[] = [];
      for (const cellNode of descendants(node, 'td')) {
        for (const child of cellNode.children) if (child.type === 'tag') pushAll(out, this.lines(child, depth));
      }
      return out;
    }
    const out: Line[] = [];
    for (const child of node.children) if (child.type === 'tag') pushAll(out, this.lines(child, depth));
    return out;
  }

  private listItem(item: Element, depth: number, ordered: boolean): Line[] {
    const own = item.children.filter((child) => !(child.type === 'tag' && (child.name === 'ol' || child.name === 'ul')));
    const nested = item.children.filter(
      (child): child is Element => child.type === 'tag' && (child.name === 'ol' || child.name === 'ul'),
    );
    const out: Line[] = [];
    // mammoth wraps a deeper-level item in an <li> of its own with no text;
    // such a wrapper is not a paragraph of its own and must not advance a counter.
    const hasOwnText = own.length > 0 || nested.length === 0;
    if (hasOwnText) {
      this.ordinal += 1;
      const content = runs(own, false);
      const resolved = this.numbers.get(this.ordinal);
      if (resolved !== undefined) {
        prefixNumber(content, resolved);
      } else if (ordered) {
        this.counters[depth] = (this.counters[depth] ?? 0) + 1;
        this.counters.length = depth + 1;
        for (let level = 0; level < depth; level += 1) this.counters[level] ??= 1;
        prefixNumber(content, `${this.counters.join('.')}.`);
      }
      out.push({ runs: content, ordinal: this.ordinal });
    }
    for (const list of nested) pushAll(out, this.lines(list, depth + 1));
    return out;
  }

  private table(node: Element): LayoutBlock | null {
    const rows: LayoutRow[] = [];
    // Grid columns still covered by a cell with rowspan from a row above, and
    // how wide that cell is. In document.xml each covered position is a real
    // <w:tc> with <w:vMerge/> (ECMA-376 §17.4.85) holding at least one
    // paragraph (§17.4.66), which mammoth drops from its HTML; counting one
    // paragraph for each keeps later ordinals in step with Word's. A
    // continuation cell with several (empty) paragraphs would still shift them.
    const covered: Array<{ remaining: number; span: number; cell: LayoutCell } | undefined> = [];
    for (const rowNode of tableRows(node)) {
      const cells: LayoutCell[] = [];
      /** Cells merged down from rows above into this row. */
      const reaching: LayoutCell[] = [];
      let column = 0;
      const skipCovered = (): void => {
        for (let cover = covered[column]; cover && cover.remaining > 0; cover = covered[column]) {
          cover.remaining -= 1;
          this.ordinal += 1;
          column += cover.span;
          reaching.push(cover.cell);
        }
      };
      for (const cellNode of rowNode.children) {
        if (cellNode.type !== 'tag' || (cellNode.name !== 'td' && cellNode.name !== 'th')) continue;
        skipCovered();
        const colSpan = positive(cellNode.attribs['colspan']);
        const rowSpan = positive(cellNode.attribs['rowspan']);
        const lines: Line[] = [];
        for (const child of cellNode.children) if (child.type === 'tag') pushAll(lines, this.lines(child, 0));
        const text = lines.map(lineText).join('\n').replace(/^\n+|\n+$/g, '');
        const firstOrdinal = lines[0]?.ordinal ?? null;
        const layoutCell: LayoutCell = {
          type: 'cell',
          text,
          bold: text !== '' && lines.every((line) => lineBold(line) || lineText(line) === ''),
          colSpan,
          rowSpan,
          source: firstOrdinal === null ? null : ref(firstOrdinal),
        };
        covered[column] = rowSpan > 1 ? { remaining: rowSpan - 1, span: colSpan, cell: layoutCell } : undefined;
        column += colSpan;
        cells.push(layoutCell);
      }
      skipCovered();
      if (cells.length === 0 || cells.every((c) => c.text.trim() === '')) {
        // A spacer row is dropped, so a cell merged down into it covers one row less: else it would
        // reach into the next row kept and push that row's cells one column right
        // (ussuriysk-centre-asocial-prevention-plan-2019: a title merged over the empty row below it).
        for (const above of reaching) above.rowSpan -= 1;
        continue;
      }
      const first = cells.find((c) => c.source !== null)?.source ?? ref(this.ordinal);
      rows.push({ type: 'row', cells, source: first });
    }
    const first = rows[0];
    if (!first) return null;
    return { type: 'table', rows, source: first.source };
  }
}

/** Puts a printed list number before a paragraph's runs, bold when the paragraph is. */
function prefixNumber(content: Run[], number: string): void {
  const text = collapseSpace(content.map((run) => run.text).join(''));
  const bold = text !== '' && content.every((run) => run.bold || run.text.trim() === '');
  content.unshift({ text: text === '' ? number : `${number} `, bold });
}

function ref(line: number): SourceRef {
  return { page: null, line };
}

function positive(value: string | undefined): number {
  const parsed = Number.parseInt(value ?? '', 10);
  return Number.isFinite(parsed) && parsed > 0 ? parsed : 1;
}

/** The rows of this table only (not of tables nested in its cells). */
function tableRows(table: Element): Element[] {
  const out: Element[] = [];
  const visit = (node: Element): void => {
    for (const child of node.children) {
      if (child.type !== 'tag') continue;
      if (child.name === 'tr') out.push(child);
      else if (child.name === 'thead' || child.name === 'tbody' || child.name === 'tfoot') visit(child);
    }
  };
  visit(table);
  return out;
}

function descendants(node: Element, name: string): Element[] {
  const out: Element[] = [];
  for (const child of node.children) {
    if (child.type !== 'tag') continue;
    if (child.name === name) out.push(child);
    else pushAll(out, descendants(child, name));
  }
  return out;
}

function runs(nodes: ChildNode[], bold: boolean): Run[] {
  const out: Run[] = [];
  for (const node of nodes) {
    if (node.type === 'text') out.push({ text: node.data, bold });
    else if (node.type === 'tag') {
      if (node.name === 'br') out.push({ text: '\n', bold });
      else pushAll(out, runs(node.children, bold || node.name === 'strong' || node.name === 'b'));
    }
  }
  return out;
}

function lineText(line: Line): string {
  return normalizeCharacters(line.runs.map((run) => run.text).join(''))
    .split('\n')
    .map((part) => collapseSpace(part))
    .join('\n')
    .replace(/^\n+|\n+$/g, '');
}

function lineBold(line: Line): boolean {
  const visible = line.runs.filter((run) => run.text.trim() !== '');
  return visible.length > 0 && visible.every((run) => run.bold);
}

/** Paragraph texts of the page headers (word/header*.xml), in part-name order. */
async function readHeaderParagraphs(zip: JSZip): Promise<string[]> {
  const names = Object.keys(zip.files)
    .filter((name) => /^word\/header\d*\.xml$/.test(name))
    .sort();
  const seen = new Set<string>();
  const out: string[] = [];
  for (const name of names) {
    const xml = await zip.file(name)!.async('string');
    for (const paragraph of xml.match(/<w:p[ >][\s\S]*?<\/w:p>/g) ?? []) {
      const text = collapseSpace(
        normalizeCharacters(
          (paragraph.match(/<w:t(?:\s[^>]*)?>[^<]*<\/w:t>|<w:tab\/>|<w:br\/>/g) ?? [])
            .map((piece) => (piece.startsWith('<w:t') && !piece.startsWith('<w:tab') ? decodeXml(piece.replace(/<[^>]+>/g, '')) : ' '))
            .join(''),
        ),
      );
      // A page-number field's cached result is no letterhead.
      if (text !== '' && !/^\d+$/.test(text) && !seen.has(text)) {
        seen.add(text);
        out.push(text);
      }
    }
  }
  return out;
}
