// Generates the DOCX fixtures of test/extract/docx.test.ts with the `docx`
// package, so each Word construct the extractor must survive (ECMA-376 Part 1
// §17.4.17 gridSpan, §17.4.85 vMerge, §17.9 numbering) is present on purpose
// and the files can be rebuilt. Run: node scripts/make-docx-fixtures.mjs
import { writeFileSync, mkdirSync } from 'node:fs';
import {
  AlignmentType, Document, Header, LevelFormat, Packer, Paragraph, Table, TableCell, TableRow, TextRun, Textbox, VerticalMergeType, WidthType,
} from 'docx';
import { zip } from './lib/zip.mjs';

const OUT = new URL('../fixtures/docx/', import.meta.url);
mkdirSync(OUT, { recursive: true });

const p = (text, bold = false) => new Paragraph({ children: [new TextRun({ text, bold })] });
const c = (text, options = {}) => new TableCell({ children: Array.isArray(text) ? text : [p(text, options.bold)], ...options });
const numbered = (level) => new Paragraph({ numbering: { reference: 'plan', level }, children: [] });
const numCell = (level, options = {}) => new TableCell({ children: [numbered(level)], ...options });

// Merged plan: two-row header (vMerge on the number and title columns, the
// «Срок» heading spans two columns), a column-number row, section rows merged
// across all columns, a responsible cell merged down over three rows, an
// empty spacer row, a nested table and automatic numbering in the number column.
const merged = new Document({
  numbering: {
    config: [{
      reference: 'plan',
      levels: [
        { level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.LEFT },
        { level: 1, format: LevelFormat.DECIMAL, text: '%1.%2.', alignment: AlignmentType.LEFT },
      ],
    }],
  },
  sections: [{
    headers: { default: new Header({ children: [p('МИНИСТЕРСТВО ОБРАЗОВАНИЯ ТЕСТОВОЙ ОБЛАСТИ', true)] }) },
    children: [
      p('ПРИКАЗ', true),
      p('Дорожная карта'),
      new Table({
        width: { size: 100, type: WidthType.PERCENTAGE },
        rows: [
          new TableRow({ children: [
            c('№ п/п', { rowSpan: 2 }), c('Мероприятие', { rowSpan: 2 }), c('Срок', { columnSpan: 2 }), c('Ответственный', { rowSpan: 2 }),
          ] }),
          new TableRow({ children: [c('начало'), c('окончание')] }),
          new TableRow({ children: ['1', '2', '3', '4', '5'].map((n) => c(n)) }),
          new TableRow({ children: [c('1. Организационные мероприятия', { columnSpan: 5, bold: true })] }),
          new TableRow({ children: [numCell(1), c('Совещание'), c('Январь 2024'), c('Март 2024'), c([p('Отдел образования'), p('Школы')], { rowSpan: 3 })] }),
          new TableRow({ children: [numCell(1), c('Мониторинг'), c('Февраль 2024'), c('Май 2024')] }),
          new TableRow({ children: [numCell(1), c('Анализ'), c('Июнь 2024'), c('Июль 2024')] }),
          new TableRow({ children: ['', '', '', '', ''].map((n) => c(n)) }),
          new TableRow({ children: [c('2. Методическая работа', { columnSpan: 5, bold: true })] }),
          new TableRow({ children: [
            numCell(1), c('Семинар'), c('Сентябрь 2024'), c('Октябрь 2024'),
            c([new Table({ rows: [new TableRow({ children: [c('Иванов И.И.'), c('методист')] })] }), p('')]),
          ] }),
        ],
      }),
      p('Начальник отдела'),
    ],
  }],
});
// The activity numbers are level 1 of the list while the section rows are
// typed text, so Word prints 1.1.–1.4. straight through (level 0 never
// advances); the extractor must print the same.
writeFileSync(new URL('merged-plan.docx', OUT), await Packer.toBuffer(merged));

// Numbering across sections: level-0 numbered section rows («1.», «2.»), level-1 activity rows.
const sectionRow = (title) => new TableRow({ children: [
  new TableCell({ children: [new Paragraph({ numbering: { reference: 'plan', level: 0 }, children: [new TextRun({ text: title, bold: true })] })], columnSpan: 3 }),
] });
const activity = (title, deadline) => new TableRow({ children: [numCell(1), c(title), c(deadline)] });
const numberedPlan = new Document({
  numbering: {
    config: [{
      // The decree's own items are a separate list: its numbers must not run on into the plan's.
      reference: 'decree',
      levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.LEFT }],
    }, {
      reference: 'plan',
      levels: [
        { level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.LEFT },
        { level: 1, format: LevelFormat.DECIMAL, text: '%1.%2.', alignment: AlignmentType.LEFT },
      ],
    }],
  },
  sections: [{ children: [
    new Paragraph({ numbering: { reference: 'decree', level: 0 }, children: [new TextRun('Утвердить дорожную карту.')] }),
    new Paragraph({ numbering: { reference: 'decree', level: 0 }, children: [new TextRun('Контроль оставляю за собой.')] }),
    new Table({ rows: [
      new TableRow({ children: [c('№'), c('Мероприятие'), c('Срок')] }),
      new TableRow({ children: [c('1'), c('2'), c('3')] }),
      sectionRow('Организация'),
      activity('Совещание', 'Январь'),
      activity('Приказ', 'Февраль'),
      sectionRow('Кадры'),
      activity('Курсы', 'Март'),
      activity('Семинар', 'Апрель'),
      activity('Конкурс', 'Май'),
    ] }),
  ] }],
});
writeFileSync(new URL('numbered-plan.docx', OUT), await Packer.toBuffer(numberedPlan));

// A plan Word split in two (issue 12): the second table has no header row and
// its own grid, the title and responsible cells each spanning two grid
// columns; an empty paragraph stands between the tables, as Word leaves it.
const splitRow = (number, title, deadline, responsible) => new TableRow({ children: [
  c(number), c(title, { columnSpan: 2 }), c(deadline), c(responsible, { columnSpan: 2 }),
] });
writeFileSync(new URL('split-plan.docx', OUT), await Packer.toBuffer(new Document({
  sections: [{ children: [
    p('План мероприятий на 2024 год'),
    new Table({ rows: [
      new TableRow({ children: [c('№ п/п'), c('Мероприятие'), c('Срок'), c('Ответственный')] }),
      new TableRow({ children: [c('1. Организация', { columnSpan: 4, bold: true })] }),
      new TableRow({ children: [c('1.1.'), c('Совещание'), c('Январь'), c('Отдел образования')] }),
      new TableRow({ children: [c('1.2.'), c('Приказ'), c('Февраль'), c('Отдел образования')] }),
    ] }),
    p(''),
    new Table({ rows: [
      splitRow('1.3.', 'Семинар', 'Март', 'Методический кабинет'),
      new TableRow({ children: [c('2. Кадры', { columnSpan: 6, bold: true })] }),
      splitRow('2.1.', 'Курсы', 'Апрель', 'Школы'),
      splitRow('2.2.', 'Конкурс', 'Май', 'Отдел образования'),
    ] }),
    p('Начальник отдела'),
  ] }],
})));

// Numbers inside the title cell (issue 12): a plan with no № column, `1.Организовать`
// with no space after the dot, numbering that restarts at 1 under each
// unnumbered heading, and a roman section row.
const heading = (text) => new TableRow({ children: [c(text, { columnSpan: 3, bold: true })] });
const titled = (title, deadline, responsible) => new TableRow({ children: [c(title), c(deadline), c(responsible)] });
writeFileSync(new URL('title-numbers.docx', OUT), await Packer.toBuffer(new Document({
  sections: [{ children: [
    p('План работы на 2024 год'),
    new Table({ rows: [
      titled('Мероприятие', 'Срок', 'Ответственный'),
      heading('Организационная работа'),
      titled('1.Организовать совещание', 'Январь', 'Директор'),
      titled('2.Провести мониторинг', 'Февраль', 'Заместитель директора'),
      heading('Работа с кадрами'),
      titled('1. Направить учителей на курсы', 'Март', 'Заместитель директора'),
      titled('2.Обобщить опыт', 'Апрель', 'Методист'),
      heading('III. Работа с родителями'),
      titled('1.Провести собрания', 'Май', 'Классные руководители'),
      titled('1.1.Подготовить презентацию', 'Май', 'Классные руководители'),
    ] }),
  ] }],
})));

// An events plan whose only date column names the venue first (issue 12),
// venue and date as two paragraphs of a cell or one line with a comma, and
// no responsible column.
const eventRow = (number, title, where) => new TableRow({ children: [c(number), c(title), c(where.map((text) => p(text)))] });
writeFileSync(new URL('events-venue.docx', OUT), await Packer.toBuffer(new Document({
  sections: [{ children: [
    p('Календарный план спортивных мероприятий на 2024 год'),
    new Table({ rows: [
      new TableRow({ children: [c('№'), c('Наименование мероприятия'), c('Место и сроки проведения')] }),
      eventRow('1', 'Спартакиада школьников', ['Стадион «Труд»', '15 мая']),
      eventRow('2', 'Турнир по шахматам', ['МБОУ СОШ № 2', 'октябрь']),
      eventRow('3', 'Легкоатлетический кросс', ['Парк Победы, 20 сентября']),
    ] }),
  ] }],
})));

// A month-by-month plan (issue 12): each month's activities stacked as
// paragraphs of one cell, their dates and responsible persons as matching
// paragraphs beside them; one responsible shared by a month's items; a month
// whose counts do not align; a title with a note under it that is one item.
const paragraphs = (...texts) => texts.map((text) => p(text));
const month = (name, titles, dates, people) => new TableRow({ children: [c(name), c(paragraphs(...titles)), c(paragraphs(...dates)), c(paragraphs(...people))] });
writeFileSync(new URL('stacked-month-plan.docx', OUT), await Packer.toBuffer(new Document({
  sections: [{ children: [
    p('План работы на 2024 год'),
    new Table({ rows: [
      new TableRow({ children: [c('Месяц'), c('Мероприятия'), c('Сроки'), c('Ответственные')] }),
      month('Сентябрь', ['Линейка «День знаний»', 'Совещание при директоре', 'Кросс нации'], ['01.09.2024', '10.09.2024', '21.09.2024'], ['Директор', 'Заместитель директора', 'Учитель физкультуры']),
      month('Октябрь', ['День учителя', 'Осенний бал'], ['05.10.2024', '25.10.2024'], ['Директор']),
      month('Ноябрь', ['Конкурс чтецов', 'Олимпиада по математике', 'Родительское собрание'], ['Ноябрь', '15.11.2024'], ['Учителя']),
      month('Декабрь', ['Новогодний праздник', '(для начальной школы)'], ['27.12.2024'], ['Классные руководители']),
    ] }),
  ] }],
})));

// A text box between body paragraphs (its paragraphs live inside another
// paragraph's run, §17.17.1 txbxContent), followed by an auto-numbered item.
writeFileSync(new URL('textbox.docx', OUT), await Packer.toBuffer(new Document({
  numbering: { config: [{ reference: 'decree', levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.LEFT }] }] },
  sections: [{ children: [
    p('Приказ'),
    new Textbox({ style: { width: '200pt', height: '50pt' }, children: [p('Согласовано'), p('Директор')] }),
    new Paragraph({ numbering: { reference: 'decree', level: 0 }, children: [new TextRun('Утвердить план.')] }),
  ] }],
})));

// Bad inputs.
const good = await Packer.toBuffer(numberedPlan);
writeFileSync(new URL('truncated.docx', OUT), good.subarray(0, Math.floor(good.length / 2)));
writeFileSync(new URL('no-document-xml.docx', OUT), zip([['hello.txt', Buffer.from('not a Word document\n')]]));
// A bomb: 300 MB of zeros would be slow to make; 4 MB of zeros with the test's
// limit lowered to 1 MB exercises the same path. The declared size is written
// as 100 bytes so that only the actual inflation catches it.
writeFileSync(new URL('bomb.docx', OUT), zip([
  ['word/document.xml', Buffer.from('<w:document/>')],
  ['word/media/zeros.bin', Buffer.alloc(4 * 1024 * 1024), { declaredSize: 100 }],
]));
// A ZIP that is a Word document by its parts but whose document.xml is cut mid-tag.
writeFileSync(new URL('broken-xml.docx', OUT), zip([['word/document.xml', Buffer.from('<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p')]]));
writeFileSync(new URL('encrypted.docx', OUT), oleWithStreams(['EncryptionInfo', 'EncryptedPackage']));
writeFileSync(new URL('legacy.doc', OUT), oleWithStreams(['WordDocument', '1Table']));

/**
 * A stub OLE compound file ([MS-CFB]): the header and one directory sector
 * naming the given streams. Enough for format detection, which reads only
 * the directory entries; the streams themselves are absent.
 */
function oleWithStreams(names) {
  const header = Buffer.alloc(512);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header, 0);
  header.writeUInt16LE(0x3e, 0x18); header.writeUInt16LE(3, 0x1a); header.writeUInt16LE(0xfffe, 0x1c);
  header.writeUInt16LE(9, 0x1e); header.writeUInt16LE(6, 0x20); header.writeUInt32LE(0, 0x30);
  const directory = Buffer.alloc(512);
  ['Root Entry', ...names].forEach((name, index) => {
    const entry = directory.subarray(index * 128, index * 128 + 128);
    const utf16 = Buffer.from(`${name}\0`, 'utf16le');
    utf16.copy(entry, 0);
    entry.writeUInt16LE(utf16.length, 64);
    entry[66] = index === 0 ? 5 : 2;
  });
  return Buffer.concat([header, directory]);
}
