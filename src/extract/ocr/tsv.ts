/**
 * Tesseract's TSV output (`tesseract … tsv`): one row per page, block,
 * paragraph, line and word (levels 1–5), boxes in pixels of the image it
 * read, y down. Only words carry text and a confidence (0–100; -1 on the
 * other levels); a line is the words that share block, paragraph and line.
 */
export interface OcrWord {
  text: string;
  left: number;
  top: number;
  width: number;
  height: number;
  /** Tesseract's word confidence, 0–100. */
  confidence: number;
}

export interface OcrLine {
  block: number;
  paragraph: number;
  line: number;
  words: OcrWord[];
}

const WORD_LEVEL = 5;
const COLUMNS = ['level', 'page_num', 'block_num', 'par_num', 'line_num', 'word_num', 'left', 'top', 'width', 'height', 'conf', 'text'];

/** The words of a TSV, grouped in its lines; rows that are no words, or blank words, are left out. */
export function parseTsv(tsv: string): OcrLine[] {
  const rows = tsv.split(/\r?\n/u);
  const header = rows[0]?.split('\t') ?? [];
  if (COLUMNS.some((column, index) => header[index] !== column)) throw new Error(`not Tesseract TSV (header «${rows[0]?.slice(0, 60) ?? ''}»)`);
  const lines: OcrLine[] = [];
  const byKey = new Map<string, OcrLine>();
  for (const row of rows.slice(1)) {
    const fields = row.split('\t');
    if (Number(fields[0]) !== WORD_LEVEL) continue;
    // A word's text is the last column and may itself hold no tab, so the split is exact.
    const text = (fields[11] ?? '').trim();
    if (text === '') continue;
    const [block, paragraph, line] = [Number(fields[2]), Number(fields[3]), Number(fields[4])];
    const key = `${fields[1]}/${block}/${paragraph}/${line}`;
    let entry = byKey.get(key);
    if (!entry) {
      entry = { block, paragraph, line, words: [] };
      byKey.set(key, entry);
      lines.push(entry);
    }
    entry.words.push({
      text,
      left: Number(fields[6]),
      top: Number(fields[7]),
      width: Number(fields[8]),
      height: Number(fields[9]),
      confidence: Math.max(0, Number(fields[10])),
    });
  }
  return lines;
}
