/**
 * The fuzz property of issue 8, shared by test/hostile/fuzz.test.ts (a few
 * runs on the sources) and scripts/fuzz.mjs (long runs on the build): mutate
 * a seed decree, ingest it, and require a valid RoadmapDocument or a typed,
 * one-line IngestError, within a time limit.
 *
 * Mutations follow the formats: text is mutated as characters, with the
 * pieces its parser cares about (tabs, pipes, newlines, markup, numbers)
 * weighted in; PDF as bytes; DOCX either as bytes or, more usefully, as
 * characters of its XML parts, then zipped again.
 */
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import JSZip from 'jszip';
import { zip } from './lib/zip.mjs';

const SEEDS = new URL('../fixtures/seeds/', import.meta.url);

/** The seed decrees: texts as strings, PDFs as bytes, DOCX as their parts. */
export async function loadSeeds() {
  const names = readdirSync(SEEDS).sort();
  const read = (extension) => names.filter((name) => name.endsWith(`.${extension}`)).map((name) => readFileSync(new URL(name, SEEDS)));
  const docx = [];
  for (const bytes of read('docx')) {
    const archive = await JSZip.loadAsync(bytes);
    const parts = [];
    for (const name of Object.keys(archive.files).sort()) {
      if (!archive.files[name].dir) parts.push([name, Buffer.from(await archive.file(name).async('uint8array'))]);
    }
    docx.push({ bytes, parts });
  }
  return { txt: read('txt').map((bytes) => bytes.toString('utf8')), pdf: read('pdf'), docx };
}

/** What the text parser and the cell parsers look at. */
const TEXT_PIECES = [
  '\t', '|', '\n', '\n\n', '\r\n', ' ', '|---|---|', '<b>', '</b>', '<br>', '</p><p>', '<div>', '**', '# ', '\u00ad', '\u00a0',
  '1.', '1.1.', '4.2.3.10.', '2023', '01.01-01.03.2022', 'март', 'Июнь, декабрь 2023', 'до 16.10.2023', 'ежеквартально',
  '(далее – ', ')', '(', '«', '»', '"', ',', ';', '-', '–', 'ПРИКАЗЫВАЮ:', '№ п/п', 'Срок', 'Ответственный', 'Мероприятие',
  'Иванов И.И.', 'методисты УО', '=SUM(A1)', '@', '+',
];

const position = fc.nat({ max: 1_000_000 });

const characterMutation = fc.oneof(
  fc.record({ kind: fc.constant('insert'), at: position, text: fc.oneof(fc.constantFrom(...TEXT_PIECES), fc.string({ maxLength: 20 })) }),
  fc.record({ kind: fc.constant('delete'), at: position, length: fc.nat({ max: 300 }) }),
  fc.record({ kind: fc.constant('repeat'), at: position, length: fc.integer({ min: 1, max: 400 }), times: fc.integer({ min: 2, max: 300 }) }),
  fc.record({ kind: fc.constant('separator'), at: position, to: fc.constantFrom('\t', '|', '\n', ' ', '', '\t\t\t') }),
);

const byteMutation = fc.oneof(
  fc.record({ kind: fc.constant('set'), at: position, value: fc.integer({ min: 0, max: 255 }) }),
  fc.record({ kind: fc.constant('overwrite'), at: position, bytes: fc.uint8Array({ minLength: 1, maxLength: 64 }) }),
  fc.record({ kind: fc.constant('delete'), at: position, length: fc.nat({ max: 4096 }) }),
  fc.record({ kind: fc.constant('repeat'), at: position, length: fc.integer({ min: 1, max: 2048 }), times: fc.integer({ min: 2, max: 50 }) }),
  fc.record({ kind: fc.constant('truncate'), at: position }),
);

/** One generated case: which seed, which format, which mutations. */
export const fuzzCase = fc.oneof(
  { weight: 4, arbitrary: fc.record({ format: fc.constant('txt'), seed: fc.nat({ max: 4 }), encoding: fc.constantFrom('utf8', 'utf8', 'utf8', 'utf16le'), mutations: fc.array(characterMutation, { minLength: 1, maxLength: 8 }) }) },
  { weight: 2, arbitrary: fc.record({ format: fc.constant('docx-xml'), seed: fc.nat({ max: 4 }), part: fc.nat(), mutations: fc.array(characterMutation, { minLength: 1, maxLength: 6 }) }) },
  { weight: 1, arbitrary: fc.record({ format: fc.constant('docx'), seed: fc.nat({ max: 4 }), mutations: fc.array(byteMutation, { minLength: 1, maxLength: 4 }) }) },
  { weight: 2, arbitrary: fc.record({ format: fc.constant('pdf'), seed: fc.nat({ max: 4 }), mutations: fc.array(byteMutation, { minLength: 1, maxLength: 6 }) }) },
);

/** Where a mutation lands: `at` taken modulo the length, so every generated number is a place in the input. */
const place = (at, length) => (length === 0 ? 0 : at % (length + 1));

export function mutateText(text, mutation) {
  const at = place(mutation.at, text.length);
  switch (mutation.kind) {
    case 'insert':
      return text.slice(0, at) + mutation.text + text.slice(at);
    case 'delete':
      return text.slice(0, at) + text.slice(at + mutation.length);
    case 'repeat':
      return text.slice(0, at) + text.slice(at, at + mutation.length).repeat(mutation.times) + text.slice(at + mutation.length);
    case 'separator': {
      // The next tab, pipe or newline at or after `at` becomes another separator.
      const next = text.slice(at).search(/[\t|\n]/u);
      return next < 0 ? text : text.slice(0, at + next) + mutation.to + text.slice(at + next + 1);
    }
    default:
      throw new Error(`unknown mutation ${mutation.kind}`);
  }
}

export function mutateBytes(bytes, mutation) {
  const at = place(mutation.at, bytes.length);
  switch (mutation.kind) {
    case 'set': {
      const out = Buffer.from(bytes);
      if (at < out.length) out[at] = mutation.value;
      return out;
    }
    case 'overwrite': {
      const out = Buffer.from(bytes);
      out.set(mutation.bytes.subarray(0, Math.max(0, out.length - at)), at);
      return out;
    }
    case 'delete':
      return Buffer.concat([bytes.subarray(0, at), bytes.subarray(at + mutation.length)]);
    case 'repeat': {
      const slice = bytes.subarray(at, at + mutation.length);
      return Buffer.concat([bytes.subarray(0, at), ...Array.from({ length: mutation.times }, () => slice), bytes.subarray(at + mutation.length)]);
    }
    case 'truncate':
      return bytes.subarray(0, at);
    default:
      throw new Error(`unknown mutation ${mutation.kind}`);
  }
}

/** The bytes of a generated case. */
export function materialise(generated, seeds) {
  switch (generated.format) {
    case 'txt': {
      const text = generated.mutations.reduce(mutateText, seeds.txt[generated.seed % seeds.txt.length]);
      return generated.encoding === 'utf16le' ? Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]) : Buffer.from(text, 'utf8');
    }
    case 'pdf':
      return generated.mutations.reduce(mutateBytes, seeds.pdf[generated.seed % seeds.pdf.length]);
    case 'docx':
      return generated.mutations.reduce(mutateBytes, seeds.docx[generated.seed % seeds.docx.length].bytes);
    case 'docx-xml': {
      const { parts } = seeds.docx[generated.seed % seeds.docx.length];
      const xml = parts.map(([name]) => name).filter((name) => /\.xml$/u.test(name));
      // Half the time document.xml, which holds the plan; else any XML part.
      const target = generated.part % 2 === 0 ? 'word/document.xml' : xml[generated.part % xml.length];
      return zip(parts.map(([name, data]) => [name, name === target ? Buffer.from(generated.mutations.reduce(mutateText, data.toString('utf8'))) : data]));
    }
    default:
      throw new Error(`unknown format ${generated.format}`);
  }
}

/**
 * Ingests `bytes` and throws unless the outcome is one the issue allows: a
 * document that passes the schema, or an IngestError with a code other than
 * INTERNAL and a one-line message; in either case within `timeLimitMs`.
 * `library` is the pipeline under test (sources in vitest, dist/ in the script).
 */
export async function checkIngest(bytes, library, { timeLimitMs }) {
  const started = performance.now();
  let outcome;
  try {
    const document = await library.ingest(bytes);
    const violations = library.schemaViolations(document);
    if (violations.length > 0) throw new Error(`the output breaks the schema at ${violations[0].path}: ${violations[0].message}`);
    outcome = 'document';
  } catch (error) {
    if (!(error instanceof library.IngestError)) throw error;
    if (error.code === 'INTERNAL') throw error;
    if (error.message.trim() === '' || /[\r\n]/u.test(error.message)) throw new Error(`${error.code} message is not one line: ${JSON.stringify(error.message)}`);
    outcome = error.code;
  }
  const elapsed = performance.now() - started;
  if (elapsed > timeLimitMs) throw new Error(`ingest took ${Math.round(elapsed)} ms, the limit is ${timeLimitMs} ms`);
  return outcome;
}
