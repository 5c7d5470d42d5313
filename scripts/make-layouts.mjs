// Composes the documents of fixtures/layouts/ (issue 12, section 1): every
// table layout the pipeline must read, rendered the way offices make them —
// Word files with the `docx` package, PDFs exported from them by LibreOffice,
// and scans of those PDF pages through Tesseract's searchable-PDF output —
// from the printed cell texts of hand-annotated gold files (the seeds', and
// any fixtures/real/*.gold.json). Each document's gold is derived here from
// its source's gold by the same change that is printed, so nothing in it
// comes from the pipeline. Run: npm run fixtures:layouts
// (`-- --only <layout>`, repeatable: compose those layouts again and leave the
// other folders, the scans among them, as they are.)
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import JSZip from 'jszip';
import {
  AlignmentType, BorderStyle, Document, LevelFormat, Packer, PageOrientation, Paragraph, SymbolRun, Table, TableBorders, TableCell,
  TableRow, TextRun, WidthType,
} from 'docx';
import { rng } from './lib/rng.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT = join(ROOT, 'fixtures/layouts');
const FONT = 'Times New Roman';
// A4 less 2 cm margins, in twentieths of a point.
const WIDTH = { portrait: 11906 - 2 * 1134, landscape: 16838 - 2 * 1134 };
const MAX_SCAN_PAGES = 6;

// ---------------------------------------------------------------- sources

/** Section headings as the seed's text prints them: a row whose only filled cell is «N. Title». */
function sectionTitles(txtPath) {
  const titles = new Map();
  if (!existsSync(txtPath)) return titles;
  for (const line of readFileSync(txtPath, 'utf8').split('\n')) {
    const cells = line.split('\t');
    if (cells.length < 2 || cells.slice(1).some((c) => c.trim() !== '')) continue;
    const m = /^(\d+(?:\.\d+)*)\.?\s+(\S.*)$/u.exec(cells[0].replace(/<\/?b>/gu, '').trim());
    if (m && !titles.has(m[1])) titles.set(m[1], m[2].trim());
  }
  return titles;
}

/** A gold roadmap every layout can print: a period, a deadline column, and a title for every activity. */
function printable(roadmap) {
  return roadmap.period && roadmap.activities.length >= 5 && roadmap.activities.every((a) => a.title)
    && roadmap.activities.some((a) => a.deadline && typeof a.deadline.text === 'string');
}

// A dated deadline must say its date in its own cell (a month, a day, a year): the layouts reprint
// that cell alone, so a time of day under a dated heading («10.00-11.00») would lose its day.
const SAYS_ITS_DATE = /(январ|феврал|март|апрел|мая|май|июн|июл|август|сентябр|октябр|ноябр|декабр|квартал|полугод|год|(?<!\d)(?:0?[1-9]|[12]\d|3[01])\.(?:0?[1-9]|1[0-2])(?!\d)|(?<!\d)(?:19|20)\d{2}(?!\d))/iu;
const DATED = new Set(['date', 'period', 'multiple', 'until']);
const selfContained = (roadmap) => roadmap.activities.every((a) => !a.deadline || !DATED.has(a.deadline.kind) || SAYS_ITS_DATE.test(a.deadline.text));

/**
 * «В течение месяца» under a month heading covers that month (CONTRACT: ongoing). The layouts
 * reprint the cell without the source's headings, so there it names no month and covers the plan's period.
 */
const withoutHeading = (deadline, period) =>
  COVERS_PERIOD.has(deadline.kind) && deadline.start !== null && !SAYS_ITS_DATE.test(deadline.text) ? { ...deadline, start: period.start, end: period.end } : deadline;

// A row of a plan with a deadline column whose gold gives it no deadline printed an empty cell.
const EMPTY_DEADLINE = { text: '', kind: 'unspecified', start: null, end: null };

function loadSources() {
  const sources = [];
  for (const [dir, label] of [['fixtures/seeds', 'seed'], ['fixtures/real', 'real']]) {
    const abs = join(ROOT, dir);
    if (!existsSync(abs)) continue;
    for (const file of readdirSync(abs).filter((f) => f.endsWith('.gold.json')).sort()) {
      let gold;
      try { gold = JSON.parse(readFileSync(join(abs, file), 'utf8')); } catch { continue; }
      const roadmap = (gold.roadmaps ?? []).find((r) => printable(r) && selfContained(r));
      if (!roadmap) continue;
      const stem = file.replace(/\.gold\.json$/u, '');
      sources.push({
        id: label === 'seed' ? `seed-${stem.split('_')[0]}` : `real-${stem}`,
        from: `${dir}/${file}`,
        decree: gold.decree?.kind ? gold.decree : null,
        title: roadmap.title ?? null,
        period: roadmap.period,
        activities: roadmap.activities.map((a) => ({ ...a, deadline: withoutHeading(a.deadline ?? EMPTY_DEADLINE, roadmap.period), responsibleText: a.responsibleText ?? null })),
        hasResponsible: roadmap.activities.some((a) => a.responsibleText),
        sections: sectionTitles(join(abs, `${stem}.txt`)),
      });
    }
  }
  return sources;
}

// ---------------------------------------------------------------- helpers

const hash = (text) => [...text].reduce((h, ch) => (Math.imul(h, 31) + ch.codePointAt(0)) >>> 0, 7);

const pad = (n) => String(n).padStart(2, '0');
const lastDay = (y, m) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const iso = (y, m, d) => `${y}-${pad(m)}-${pad(d)}`;
const ru = (iso8601) => iso8601.split('-').reverse().join('.');
const MONTHS = ['январь', 'февраль', 'март', 'апрель', 'май', 'июнь', 'июль', 'август', 'сентябрь', 'октябрь', 'ноябрь', 'декабрь'];
const MONTHS_GEN = ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'];
const capital = (s) => s.charAt(0).toUpperCase() + s.slice(1);
const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII', 'XIV', 'XV'];
const LETTERS = [...'абвгдежзиклмнопрстуфхцчшщэюя'];
const GENERIC_SECTIONS = [
  'Организационные мероприятия', 'Методическая работа', 'Работа с обучающимися', 'Работа с педагогическими кадрами',
  'Информационное сопровождение', 'Контроль и анализ', 'Взаимодействие с родителями', 'Подведение итогов',
];
const clone = (value) => JSON.parse(JSON.stringify(value));

/**
 * The plan's activities grouped under their top-level section. Only top-level
 * section rows are printed, so that number is the gold section; a plan without
 * sections is cut into groups of six under generic headings when a layout needs them.
 */
function groups(source, { needHeadings = false } = {}) {
  const out = [];
  for (const activity of source.activities) {
    const top = activity.section ? activity.section.split('.')[0] : null;
    const last = out.at(-1);
    if (last && last.number === top && (top !== null || !needHeadings || last.activities.length < 6)) last.activities.push(activity);
    else out.push({ number: top, activities: [activity] });
  }
  out.forEach((g, i) => {
    g.title = g.number ? source.sections.get(g.number) ?? GENERIC_SECTIONS[i % GENERIC_SECTIONS.length] : needHeadings ? GENERIC_SECTIONS[i % GENERIC_SECTIONS.length] : null;
  });
  return out;
}

/** The gold of one printed activity: the source's values, overridden where the layout printed something else. */
const goldActivity = (a, overrides = {}) => {
  const g = { number: a.number, section: a.section ?? null, title: a.title };
  g.deadline = clone(a.deadline);
  if (a.responsibleText !== null) { g.responsibleText = a.responsibleText; g.responsible = [...(a.responsible ?? [])]; }
  return Object.assign(g, overrides);
};

// ---------------------------------------------------------------- deadlines

const MONTH_RE = '(январь|февраль|март|апрель|май|июнь|июль|август|сентябрь|октябрь|ноябрь|декабрь)';
// «Март 2023», «Июнь-июль 2023», «Июнь, декабрь 2023», «сентябрь 2023 г» — months under one printed year.
const MONTHS_WITH_YEAR = new RegExp(`^${MONTH_RE}(?:\\s*([-–,])\\s*${MONTH_RE})?\\s+\\d{4}(?:\\s*г(?:ода?|\\.)?)?$`, 'iu');

const COVERS_PERIOD = new Set(['ongoing', 'recurring', 'as-needed', 'scheduled']);

/** Year of a month printed without one in an academic or training year starting in September of `first`. */
const seasonYear = (month, first) => (month >= 9 ? first : first + 1);

/**
 * A deadline reprinted for a plan running 1 September – 31 August: months lose
 * their printed year (the reader infers it from the plan's period), and what
 * covered the old period covers the new one.
 */
function retime(deadline, oldPeriod, newPeriod, first) {
  const m = MONTHS_WITH_YEAR.exec(deadline.text.trim());
  if (m) {
    const a = MONTHS.indexOf(m[1].toLowerCase()) + 1;
    const text = m[2] ? `${m[1]}${m[2] === ',' ? ', ' : '-'}${m[3]}` : m[1];
    if (!m[2]) return { text, kind: 'period', start: iso(seasonYear(a, first), a, 1), end: iso(seasonYear(a, first), a, lastDay(seasonYear(a, first), a)) };
    const b = MONTHS.indexOf(m[3].toLowerCase()) + 1;
    const ends = [[seasonYear(a, first), a], [seasonYear(b, first), b]];
    const starts = ends.map(([y, mo]) => iso(y, mo, 1)).sort();
    const finishes = ends.map(([y, mo]) => iso(y, mo, lastDay(y, mo))).sort();
    return m[2] === ','
      ? { text, kind: 'multiple', start: starts[0], end: finishes[1] }
      : { text, kind: 'period', start: iso(...ends[0], 1), end: iso(...ends[1], lastDay(...ends[1])) };
  }
  const d = clone(deadline);
  // «В течение года», «ежеквартально», «по графику» cover whatever the plan's period is; «2023 год» names its own.
  if (COVERS_PERIOD.has(d.kind) && !/\d{4}/u.test(d.text) && d.start === oldPeriod.start && d.end === oldPeriod.end) Object.assign(d, newPeriod);
  else if (d.kind === 'until' && d.start === oldPeriod.start) d.start = newPeriod.start;
  return d;
}

/** A one-month deadline printed as a day in one of the forms offices type: «15.10. 2021», «15.10.2021г.», «до 15.10.2021г». */
function asDay(deadline, period, random) {
  const oneMonth = deadline.start && deadline.start.slice(0, 7) === deadline.end?.slice(0, 7)
    && (deadline.kind === 'date' || (deadline.kind === 'period' && MONTHS_WITH_YEAR.test(deadline.text.trim()) && !/[-–,]/u.test(deadline.text)));
  if (!oneMonth) return null;
  const [y, m] = deadline.start.split('-').map(Number);
  const day = deadline.kind === 'date' ? Number(deadline.start.slice(8)) : 1 + Math.floor(random() * 28);
  const at = iso(y, m, day);
  const form = Math.floor(random() * 3);
  if (form === 0) return { text: `${pad(day)}.${pad(m)}. ${y}`, kind: 'date', start: at, end: at };
  if (form === 1) return { text: `${pad(day)}.${pad(m)}.${y}г.`, kind: 'date', start: at, end: at };
  return { text: `до ${pad(day)}.${pad(m)}.${y}г`, kind: 'until', start: period.start, end: at };
}

// ---------------------------------------------------------------- Word

const run = (text, o = {}) => new TextRun({ text, font: o.font ?? FONT, size: o.size ?? 24, bold: o.bold, italics: o.italics });
/** A paragraph from a string or a list of runs; `o.align`: left | center | right | both. */
function para(content, o = {}) {
  const children = typeof content === 'string' ? [run(content, o)] : content;
  return new Paragraph({
    children,
    alignment: { center: AlignmentType.CENTER, right: AlignmentType.RIGHT, both: AlignmentType.JUSTIFIED }[o.align] ?? AlignmentType.LEFT,
    pageBreakBefore: o.pageBreak,
    spacing: { after: o.after ?? 0, line: 240 },
    indent: o.indent ? { left: o.indent } : undefined,
    numbering: o.numbering,
  });
}

const NO_BORDER = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const NO_BORDERS = { top: NO_BORDER, bottom: NO_BORDER, left: NO_BORDER, right: NO_BORDER };

/**
 * A Word table. `columns`: [{ header: string[] | null, share }]; `rows`:
 * { section: string } spans every column, { cells: Paragraph[][] , spans? } one cell per column.
 */
function table({ columns, rows, header = true, borderless = false, width, bold = true, grid }) {
  const widths = grid ?? columns.map((c) => Math.round(c.share * width));
  const cellOf = (children, span, w) => new TableCell({
    children: children.length ? children : [para('')],
    columnSpan: span > 1 ? span : undefined,
    width: { size: w, type: WidthType.DXA },
    borders: borderless ? NO_BORDERS : undefined,
    margins: { left: 60, right: 60, top: 20, bottom: 20 },
  });
  const out = [];
  if (header) {
    out.push(new TableRow({
      tableHeader: true,
      children: columns.map((c, i) => cellOf(c.header.map((h) => para(h, { bold, align: 'center', size: 22 })), 1, widths[i])),
    }));
  }
  for (const row of rows) {
    if (row.section !== undefined) {
      out.push(new TableRow({ children: [cellOf([para(row.section, { bold: true, size: 23 })], widths.length, widths.reduce((s, w) => s + w, 0))] }));
      continue;
    }
    const spans = row.spans ?? row.cells.map(() => 1);
    let at = 0;
    out.push(new TableRow({
      children: row.cells.map((children, i) => {
        const w = widths.slice(at, at + spans[i]).reduce((s, v) => s + v, 0);
        at += spans[i];
        return cellOf(children, spans[i], w);
      }),
    }));
  }
  return new Table({
    rows: out,
    width: { size: widths.reduce((s, w) => s + w, 0), type: WidthType.DXA },
    columnWidths: widths,
    borders: borderless ? TableBorders.NONE : undefined,
  });
}

const KIND_WORD = { приказ: 'ПРИКАЗЫВАЮ:', постановление: 'ПОСТАНОВЛЯЮ:', распоряжение: null };

/** The decree before the appendix, printing exactly the requisites the gold keeps. */
function decreeParagraphs(decree, caption, variant) {
  if (!decree) return [];
  const out = [para('АДМИНИСТРАЦИЯ МУНИЦИПАЛЬНОГО РАЙОНА', { bold: true, align: 'center' }), para('ОТДЕЛ ОБРАЗОВАНИЯ', { bold: true, align: 'center', after: 240 })];
  out.push(para(decree.kind.toUpperCase(), { bold: true, align: 'center', after: 240 }));
  const when = decree.date
    ? variant % 2 === 0 ? `${ru(decree.date)} г.` : `${Number(decree.date.slice(8))} ${MONTHS_GEN[Number(decree.date.slice(5, 7)) - 1]} ${decree.date.slice(0, 4)} года`
    : null;
  if (when) out.push(para(when));
  if (decree.number) out.push(para(`№ ${decree.number}`, { align: 'right', after: 240 }));
  if (decree.title) out.push(para(decree.title, { bold: true, after: 240 }));
  out.push(para('В целях организации работы по повышению качества образования', { align: 'both', after: 120 }));
  if (KIND_WORD[decree.kind]) out.push(para(KIND_WORD[decree.kind], { bold: true, after: 120 }));
  out.push(para(`1. Утвердить ${caption.charAt(0).toLowerCase()}${caption.slice(1)} (приложение).`, { align: 'both' }));
  out.push(para('2. Контроль за исполнением настоящего приказа оставляю за собой.', { align: 'both', after: 480 }));
  if (decree.signatory) {
    out.push(para('Начальник отдела образования'));
    out.push(para(decree.signatory, { align: 'right' }));
  }
  const ref = [decree.date ? `от ${ru(decree.date)}` : null, decree.number ? `№ ${decree.number}` : null].filter(Boolean).join(' ');
  out.push(para('Приложение', { align: 'right', pageBreak: true }));
  out.push(para(`к ${decree.kind}у${ref ? ` ${ref}` : ''}`.replace('постановлениеу', 'постановлению').replace('распоряжениеу', 'распоряжению'), { align: 'right', after: 240 }));
  return out;
}

function document(children, { landscape = false, numbering } = {}) {
  return new Document({
    creator: 'roadmap-ingest scripts/make-layouts.mjs',
    numbering,
    styles: { default: { document: { run: { font: FONT, size: 24 } } } },
    sections: [{
      properties: {
        page: {
          size: landscape ? { orientation: PageOrientation.LANDSCAPE, width: 11906, height: 16838 } : { width: 11906, height: 16838 },
          margin: { top: 1134, bottom: 1134, left: 1134, right: 1134 },
        },
      },
      children,
    }],
  });
}

/** Splits a caption into two or three centred lines at spaces, the way a title block is typed. */
function captionLines(caption, o = {}) {
  const words = caption.split(' ');
  const parts = caption.length > 90 ? 3 : caption.length > 45 ? 2 : 1;
  const per = Math.ceil(words.length / parts);
  const lines = [];
  for (let i = 0; i < words.length; i += per) lines.push(words.slice(i, i + per).join(' '));
  return lines.map((l, i) => para(l, { bold: true, align: 'center', after: i === lines.length - 1 ? (o.after ?? 240) : 0 }));
}

// ---------------------------------------------------------------- layouts

const HEAD = {
  number: ['№', 'п/п'], title: ['Наименование', 'мероприятия'], deadline: ['Срок', 'исполнения'], responsible: ['Ответственные', 'исполнители'],
};
const SHARE = { number: 0.08, title: 0.47, deadline: 0.2, responsible: 0.25 };
const cellText = (text, o) => text.split('\n').map((line) => para(line, o));

/** Columns of an ordinary plan; the variant moves the responsible column before the deadline. */
function standardColumns(source, variant, { number = true, oneLineHeader = false } = {}) {
  const keys = ['number', 'title', 'deadline', 'responsible'].filter((k) => (k !== 'number' || number) && (k !== 'responsible' || source.hasResponsible));
  if (variant === 1 && keys.includes('responsible')) {
    keys.splice(keys.indexOf('responsible'), 1);
    keys.splice(keys.indexOf('deadline'), 0, 'responsible');
  }
  const total = keys.reduce((s, k) => s + SHARE[k], 0);
  return keys.map((k) => ({ key: k, header: oneLineHeader ? [HEAD[k].join(' ')] : HEAD[k], share: SHARE[k] / total }));
}

/** The rows of a plan: section rows and activities, cells by column key. */
function standardRows(source, columns, { numberOf = (a) => (a.number === null ? '' : `${a.number}.`), titleOf = (a) => cellText(a.title), sectionOf = (g) => `${g.number}. ${g.title}`, needHeadings = false } = {}) {
  const rows = [];
  const gold = [];
  for (const g of groups(source, { needHeadings })) {
    const heading = g.title ? sectionOf(g) : null;
    if (heading) rows.push({ section: heading });
    for (const a of g.activities) {
      const cells = { number: [para(numberOf(a) ?? '')], title: titleOf(a), deadline: cellText(a.deadline.text), responsible: cellText(a.responsibleText ?? '') };
      rows.push({ cells: columns.map((c) => cells[c.key]) });
      gold.push(goldActivity(a, { section: heading ? g.number : null }));
    }
  }
  return { rows, gold };
}

const NAMES_A_YEAR = /(?<!\d)(?:19|20)\d\d(?!\d)/u;

/** The plan's period as a caption says it: «на 2015-2016 учебный год», «на 2013 – 2018 годы», «на период с 23.03.2019 по 31.03.2019». */
function periodPhrase({ start, end }) {
  const [y1, y2] = [Number(start.slice(0, 4)), Number(end.slice(0, 4))];
  if (start.endsWith('-09-01') && end.endsWith('-08-31') && y2 === y1 + 1) return `на ${y1}-${y2} учебный год`;
  if (start.endsWith('-01-01') && end.endsWith('-12-31')) return y1 === y2 ? `на ${y1} год` : `на ${y1} – ${y2} годы`;
  return `на период с ${ru(start)} по ${ru(end)}`;
}

/**
 * The plan's caption, with its period added when neither it nor the decree printed above it names a year:
 * a source may state its period only in a passport or on a title page the layouts do not print
 * (dshi5-yoshkar-ola-razvitie-2013, school11-nakhodka-plan-2015), and its gold period must be printed somewhere.
 */
function captionOf(source, decree = source.decree) {
  const title = source.title ?? 'План мероприятий';
  if (NAMES_A_YEAR.test(title) || NAMES_A_YEAR.test(decree?.title ?? '')) return title;
  return `${title.replace(/\.$/u, '')} ${periodPhrase(source.period)}`;
}

/** An ordinary decree with its plan: ruled or borderless, portrait or landscape. */
function plainDocument(source, variant, { borderless = false, landscape = variant === 2, multiLineHeader = true } = {}) {
  const columns = standardColumns(source, variant, { oneLineHeader: !multiLineHeader });
  const { rows, gold } = standardRows(source, columns, { numberOf: (a) => (a.number === null ? '' : variant === 1 ? a.number : `${a.number}.`) });
  const caption = captionOf(source);
  const width = landscape ? WIDTH.landscape : WIDTH.portrait;
  const doc = document([
    ...decreeParagraphs(source.decree, caption, variant),
    ...captionLines(caption),
    table({ columns, rows, borderless, width }),
    para(''),
  ], { landscape });
  return { doc, gold: { decree: source.decree, title: caption, period: source.period, activities: gold } };
}

const LAYOUTS = {
  'borderless-pdf': {
    about: 'Word tables with no borders exported to PDF: columns by alignment only, a header of two lines per cell, cells of many lines, one table across pages.',
    make: (source, variant) => ({ ...plainDocument(source, variant, { borderless: true }), tags: ['borderless-pdf'] }),
  },
  'table-continuation': {
    about: 'A Word plan split into two or three tables (at a section row; mid-section under «Продолжение таблицы»; in three), the later ones with no header row, other column widths, and (third table) a title cell spanning two grid columns.',
    make: (source, variant) => {
      const columns = standardColumns(source, 0);
      const { rows, gold } = standardRows(source, columns);
      const width = WIDTH.portrait;
      // Split points: at a section row (variant 0), in the middle of a section (1), twice (2).
      const sectionAt = rows.findIndex((r, i) => r.section !== undefined && i >= rows.length / 2);
      const cuts = variant === 0 && sectionAt > 0 ? [sectionAt] : variant === 2 ? [Math.floor(rows.length / 3), Math.floor((2 * rows.length) / 3)] : [Math.floor(rows.length / 2)];
      const pieces = [];
      let from = 0;
      for (const cut of [...cuts, rows.length]) { pieces.push(rows.slice(from, cut)); from = cut; }
      const children = [...decreeParagraphs(source.decree, captionOf(source), variant), ...captionLines(captionOf(source))];
      pieces.forEach((piece, i) => {
        if (i === 0) { children.push(table({ columns, rows: piece, width })); return; }
        // Word keeps two tables apart only with a paragraph between them; some offices type a continuation note there.
        children.push(variant === 1 ? para([run('Продолжение таблицы', { italics: true })], { align: 'right' }) : para(''));
        if (i === 2) {
          // A grid of five: the title cell spans two columns of unequal width.
          const shares = columns.map((c) => c.share);
          const ti = columns.findIndex((c) => c.key === 'title');
          const grid = shares.flatMap((s, k) => (k === ti ? [Math.round(s * width * 0.3), Math.round(s * width * 0.7)] : [Math.round(s * width)]));
          const spanned = piece.map((r) => (r.section !== undefined ? r : { cells: r.cells, spans: r.cells.map((_, k) => (k === ti ? 2 : 1)) }));
          children.push(table({ columns: grid.map(() => ({})), rows: spanned, header: false, width, grid }));
        } else {
          const shifted = columns.map((c) => ({ ...c, share: c.key === 'title' ? c.share - 0.06 : c.key === 'number' ? c.share + 0.02 : c.share + 0.02 }));
          children.push(table({ columns: shifted, rows: piece, header: false, width }));
        }
      });
      children.push(para(''));
      return { doc: document(children), gold: { decree: source.decree, title: captionOf(source), period: source.period, activities: gold }, tags: ['table-continuation'] };
    },
  },
  'number-in-title': {
    about: 'No № column: each number is printed inside the title cell with no space after it («1.1.Разработка…», «2.7.Проведение…»).',
    make: (source, variant) => {
      const columns = standardColumns(source, variant === 2 ? 1 : 0, { number: false });
      const { rows, gold } = standardRows(source, columns, {
        titleOf: (a) => cellText(a.number ? `${a.number}.${a.title}` : a.title),
        sectionOf: (g) => (variant === 1 ? `${g.number}.${g.title}` : `${g.number}. ${g.title}`),
      });
      const caption = captionOf(source);
      const doc = document([...decreeParagraphs(source.decree, caption, variant), ...captionLines(caption), table({ columns, rows, width: WIDTH.portrait }), para('')]);
      return { doc, gold: { decree: source.decree, title: caption, period: source.period, activities: gold }, tags: ['number-in-title'] };
    },
  },
  'numbering-restarts': {
    about: 'Unnumbered section headings with the activities numbered from 1 again under each; the third document prints those numbers inside the title cell.',
    make: (source, variant) => {
      const inTitle = variant === 2;
      const columns = standardColumns(source, 0, { number: !inTitle });
      const rows = [];
      const gold = [];
      for (const g of groups(source, { needHeadings: true })) {
        rows.push({ section: g.title });
        g.activities.forEach((a, i) => {
          const n = String(i + 1);
          const cells = {
            number: [para(variant === 0 ? `${n}.` : n)],
            title: cellText(inTitle ? `${n}.${a.title}` : a.title),
            deadline: cellText(a.deadline.text),
            responsible: cellText(a.responsibleText ?? ''),
          };
          rows.push({ cells: columns.map((c) => cells[c.key]) });
          gold.push(goldActivity(a, { number: n, section: null }));
        });
      }
      const caption = captionOf(source);
      const doc = document([...decreeParagraphs(source.decree, caption, variant), ...captionLines(caption), table({ columns, rows, width: WIDTH.portrait }), para('')]);
      return { doc, gold: { decree: source.decree, title: caption, period: source.period, activities: gold }, tags: inTitle ? ['numbering-restarts', 'number-in-title'] : ['numbering-restarts'] };
    },
  },
  'roman-sections': {
    about: 'Section rows numbered «I. …», «II. …»; activities keep their numbers (first), run 1…N through the plan (second), or restart under each section (third).',
    make: (source, variant) => {
      const columns = standardColumns(source, 0);
      const rows = [];
      const gold = [];
      let running = 0;
      groups(source, { needHeadings: true }).forEach((g, gi) => {
        const roman = ROMAN[gi];
        rows.push({ section: `${roman}. ${g.title}` });
        g.activities.forEach((a, i) => {
          running += 1;
          const n = variant === 0 ? a.number : variant === 1 ? String(running) : String(i + 1);
          const cells = { number: [para(n === null ? '' : `${n}.`)], title: cellText(a.title), deadline: cellText(a.deadline.text), responsible: cellText(a.responsibleText ?? '') };
          rows.push({ cells: columns.map((c) => cells[c.key]) });
          gold.push(goldActivity(a, { number: n, section: roman }));
        });
      });
      const caption = captionOf(source);
      const doc = document([...decreeParagraphs(source.decree, caption, variant), ...captionLines(caption), table({ columns, rows, width: WIDTH.portrait }), para('')]);
      return { doc, gold: { decree: source.decree, title: caption, period: source.period, activities: gold }, tags: variant === 2 ? ['roman-sections', 'numbering-restarts'] : ['roman-sections'] };
    },
  },
  'lettered-numbers': {
    about: 'Activities lettered «а)», «б)», … under each numbered (third: roman) section row, in the № column (first, third) or opening the title cell (second). Gold numbers drop the bracket as they drop a trailing dot: «а)» → «а».',
    make: (source, variant) => {
      const inTitle = variant === 1;
      const columns = standardColumns(source, 0, { number: !inTitle });
      const rows = [];
      const gold = [];
      groups(source, { needHeadings: true }).forEach((g, gi) => {
        const sectionNumber = variant === 2 ? ROMAN[gi] : String(gi + 1);
        rows.push({ section: `${sectionNumber}. ${g.title}` });
        g.activities.forEach((a, i) => {
          const letter = LETTERS[i % LETTERS.length].repeat(1 + Math.floor(i / LETTERS.length));
          const cells = {
            number: [para(`${letter})`)], title: cellText(inTitle ? `${letter}) ${a.title}` : a.title), deadline: cellText(a.deadline.text), responsible: cellText(a.responsibleText ?? ''),
          };
          rows.push({ cells: columns.map((c) => cells[c.key]) });
          gold.push(goldActivity(a, { number: letter, section: sectionNumber }));
        });
      });
      const caption = captionOf(source);
      const doc = document([...decreeParagraphs(source.decree, caption, variant), ...captionLines(caption), table({ columns, rows, width: WIDTH.portrait }), para('')]);
      return { doc, gold: { decree: source.decree, title: caption, period: source.period, activities: gold }, tags: variant === 2 ? ['lettered-numbers', 'roman-sections'] : ['lettered-numbers'] };
    },
  },
  'stacked-items': {
    about: 'A month-by-month plan: one row a month, its items stacked as paragraphs in one cell with matching paragraphs in the deadline and responsible cells (and in the № cell for the second document). Items not tied to one month share rows of at most five.',
    make: (source, variant) => {
      const byMonth = new Map();
      const other = [];
      for (const a of source.activities) {
        const d = a.deadline;
        if (d.start && d.end && d.start.slice(0, 7) === d.end.slice(0, 7)) {
          const key = d.start.slice(0, 7);
          if (!byMonth.has(key)) byMonth.set(key, []);
          byMonth.get(key).push(a);
        } else other.push(a);
      }
      const blocks = [...byMonth.entries()].sort(([x], [y]) => x.localeCompare(y)).map(([key, items]) => ({ label: `${capital(MONTHS[Number(key.slice(5)) - 1])} ${key.slice(0, 4)}`, items }));
      for (let i = 0; i < other.length; i += 5) blocks.push({ label: 'В течение года', items: other.slice(i, i + 5) });
      const numbered = variant === 1;
      const keys = ['month', ...(numbered ? ['number'] : []), 'title', 'deadline', ...(source.hasResponsible ? ['responsible'] : [])];
      const share = { month: 0.13, number: 0.06, title: 0.43, deadline: 0.16, responsible: 0.22 };
      const head = { month: ['Месяц'], number: ['№'], title: ['Содержание работы'], deadline: ['Сроки'], responsible: ['Ответственные'] };
      const total = keys.reduce((s, k) => s + share[k], 0);
      const columns = keys.map((k) => ({ key: k, header: head[k], share: share[k] / total }));
      const rows = [];
      const gold = [];
      let n = 0;
      for (const block of blocks) {
        const start = n;
        // Word users space stacked items apart with an empty line or with «- »; the gap keeps the cells aligned.
        const gap = variant === 2 ? 120 : 60;
        const stack = (texts, o = {}) => texts.map((t) => para(t.replace(/\n/gu, ' '), { ...o, after: gap }));
        const cells = {
          month: [para(block.label, { bold: true })],
          number: stack(block.items.map((_, i) => `${start + i + 1}.`)),
          title: stack(block.items.map((a) => (variant === 2 ? `- ${a.title}` : a.title))),
          deadline: stack(block.items.map((a) => a.deadline.text)),
          responsible: stack(block.items.map((a) => a.responsibleText ?? '')),
        };
        rows.push({ cells: columns.map((c) => cells[c.key]) });
        for (const a of block.items) {
          n += 1;
          gold.push(goldActivity(a, { number: numbered ? String(n) : null, section: null }));
        }
      }
      const caption = captionOf(source);
      const doc = document([...decreeParagraphs(source.decree, caption, variant), ...captionLines(caption), table({ columns, rows, width: WIDTH.portrait }), para('')]);
      return { doc, gold: { decree: source.decree, title: caption, period: source.period, activities: gold }, tags: ['stacked-items'] };
    },
  },
  'symbol-bullets': {
    about: 'Titles opened by a bullet in the Symbol or Wingdings font (a run of U+F0B7, a w:sym of Wingdings F0A7, a Word bullet list whose glyph is Symbol U+F0B7), soft hyphens in long words, no-break spaces after short words, one-month deadlines printed as days («15.10. 2023», «15.10.2023г.», «до 15.10.2023г»).',
    make: (source, variant, random) => {
      const withNumber = variant !== 1;
      const columns = standardColumns(source, 0, { number: withNumber });
      const soft = (text) => {
        let k = 0;
        return text.replace(/\p{L}{12,}/gu, (w) => ((k += 1) % 2 ? `${w.slice(0, Math.floor(w.length / 2))}\u00AD${w.slice(Math.floor(w.length / 2))}` : w))
          .replace(/(?<![\p{L}\p{N}])(\p{L}{1,2}) /gu, '$1\u00A0');
      };
      const bullet = () => (variant === 0 ? [run('\uF0B7', { font: 'Symbol' }), run('\t')] : variant === 1 ? [new SymbolRun({ char: 'F0A7', symbolfont: 'Wingdings', size: 24 }), run(' ')] : []);
      const rows = [];
      const gold = [];
      for (const g of groups(source)) {
        if (g.title) rows.push({ section: `${g.number}. ${g.title}` });
        for (const a of g.activities) {
          const deadline = asDay(a.deadline, source.period, random) ?? a.deadline;
          const titleParagraph = variant === 2
            ? para([run(soft(a.title))], { numbering: { reference: 'symbol-bullet', level: 0 } })
            : para([...bullet(), run(soft(a.title))]);
          const responsible = (a.responsibleText ?? '').replace(/(\p{Lu}\.) ?(\p{Lu}\.)/gu, '$1\u00A0$2').replace(/(?<=\p{L}) (?=\p{Lu}\.)/gu, '\u00A0');
          const cells = { number: [para(a.number ? `${a.number}.` : '')], title: [titleParagraph], deadline: [para(deadline.text)], responsible: [para(responsible)] };
          rows.push({ cells: columns.map((c) => cells[c.key]) });
          gold.push(goldActivity(a, { number: withNumber ? a.number : null, section: g.title ? g.number : null, deadline: clone(deadline) }));
        }
      }
      const caption = captionOf(source);
      const numbering = {
        config: [{
          reference: 'symbol-bullet',
          levels: [{ level: 0, format: LevelFormat.BULLET, text: '\uF0B7', alignment: AlignmentType.LEFT, style: { run: { font: 'Symbol' }, paragraph: { indent: { left: 284, hanging: 284 } } } }],
        }],
      };
      const doc = document([...decreeParagraphs(source.decree, caption, variant), ...captionLines(caption), table({ columns, rows, width: WIDTH.portrait }), para('')], { numbering });
      return { doc, gold: { decree: source.decree, title: caption, period: source.period, activities: gold }, tags: ['symbol-bullets'] };
    },
  },
  'period-away-from-caption': {
    about: 'The plan\'s period printed only on its title page (first: the decree\'s appendix page; second and third: a standalone plan under an «УТВЕРЖДАЮ» block, the third with a passport page too), the table pages later under «Перечень мероприятий» without years. The approval is dated in the year before a calendar-year plan, so the approver\'s year is not the plan\'s.',
    make: (source, variant) => {
      const startYear = Number(source.period.start.slice(0, 4));
      const calendar = source.period.start.endsWith('-01-01');
      const approved = calendar ? `${startYear - 1}-12-15` : source.decree?.date ?? `${startYear}-08-30`;
      const decree = variant === 0 && source.decree ? { ...source.decree, ...(source.decree.date ? { date: approved } : {}) } : null;
      const plan = captionOf(source, decree);
      const children = [];
      if (decree) {
        children.push(...decreeParagraphs(decree, plan, variant));
        children.push(para(`УТВЕРЖДЕН ${decree.kind}ом`.replace('постановлениеом', 'постановлением').replace('распоряжениеом', 'распоряжением'), { align: 'right', after: 1200 }));
      } else {
        const [y, m, d] = approved.split('-');
        for (const line of ['УТВЕРЖДАЮ', 'Начальник отдела образования', '________________ Л.М. Иванова', `«${d}» ${MONTHS_GEN[Number(m) - 1]} ${y} г.`]) children.push(para(line, { align: 'right' }));
        children.push(para('', { after: 1200 }));
      }
      children.push(...captionLines(plan, { after: 480 }));
      if (variant === 2) {
        children.push(para('Паспорт плана', { bold: true, align: 'center', pageBreak: true, after: 240 }));
        children.push(para('Цель: создание условий для повышения качества образования в образовательных организациях района.', { align: 'both', after: 120 }));
        children.push(para('Задачи: выявление и устранение дефицитов, методическая поддержка педагогов, мониторинг результатов.', { align: 'both', after: 120 }));
      }
      const caption = 'Перечень мероприятий';
      children.push(para(caption, { bold: true, align: 'center', pageBreak: true, after: 240 }));
      const columns = standardColumns(source, variant === 1 ? 1 : 0);
      const { rows, gold } = standardRows(source, columns);
      children.push(table({ columns, rows, width: WIDTH.portrait }), para(''));
      const out = { title: plan, period: source.period, activities: gold };
      if (decree) out.decree = decree;
      return { doc: document(children), gold: out, tags: ['period-away-from-caption'] };
    },
  },
  'training-year': {
    about: 'The plan «на YYYY-YYYY тренировочный год», running 1 September – 31 August: month deadlines printed without a year (the year comes from the plan\'s period), «в течение года» covering the training year.',
    make: (source, variant) => {
      // The training year that holds the plan's first day, so a plan's dated rows mostly stay inside it.
      const first = Number(source.period.start.slice(0, 4)) - (Number(source.period.start.slice(5, 7)) >= 9 ? 0 : 1);
      const period = { start: `${first}-09-01`, end: `${first + 1}-08-31` };
      const phrase = `на ${first}-${first + 1} тренировочный год`;
      const PERIOD_PHRASE = /на\s+\d{4}(?:\s*[-–]\s*\d{4})?\s*(?:(?:учебный|уч\.)\s*)?(?:год[а-я]*|г\.\s*г\.|гг?\.)/u;
      const retitle = (t) => (PERIOD_PHRASE.test(t) ? t.replace(PERIOD_PHRASE, phrase) : `${t} ${phrase}`);
      const caption = retitle(captionOf(source));
      const decree = source.decree ? { ...source.decree, ...(source.decree.title ? { title: retitle(source.decree.title) } : {}) } : null;
      const timed = { ...source, activities: source.activities.map((a) => ({ ...a, deadline: retime(a.deadline, source.period, period, first) })) };
      const columns = standardColumns(timed, variant === 1 ? 1 : 0);
      const { rows, gold } = standardRows(timed, columns);
      const doc = document([...decreeParagraphs(decree, caption, variant), ...captionLines(caption), table({ columns, rows, width: variant === 2 ? WIDTH.landscape : WIDTH.portrait }), para('')], { landscape: variant === 2 });
      return { doc, gold: { decree, title: caption, period, activities: gold }, tags: ['training-year'] };
    },
  },
  'venue-and-date': {
    about: 'An events plan with one column «Место и сроки проведения» (the venue, then the date, in one cell; separated by a comma, a line break or a dash) and no responsible column. Gold deadline text is the whole cell.',
    make: (source, variant, random) => {
      const VENUES = [
        'Районный отдел образования', 'Актовый зал администрации района', 'Районный дом культуры', 'Дистанционно (платформа «Сферум»)',
        'Образовательные организации района', 'Районный методический кабинет', 'Центр «Точка роста»',
      ];
      const columns = [
        { key: 'number', header: ['№', 'п/п'], share: 0.08 }, { key: 'title', header: ['Наименование мероприятия'], share: 0.58 },
        { key: 'venue', header: ['Место и сроки', 'проведения'], share: 0.34 },
      ];
      const rows = [];
      const gold = [];
      for (const g of groups(source)) {
        if (g.title) rows.push({ section: `${g.number}. ${g.title}` });
        for (const a of g.activities) {
          const venue = VENUES[Math.floor(random() * VENUES.length)];
          const date = a.deadline.text.replace(/\n/gu, ' ');
          const sep = variant === 0 ? ', ' : variant === 1 ? '\n' : ' – ';
          const printed = date ? `${venue}${sep}${variant === 1 ? date : date.charAt(0).toLowerCase() + date.slice(1)}` : venue;
          rows.push({ cells: [[para(a.number ? `${a.number}.` : '')], cellText(a.title), cellText(printed)] });
          const g2 = goldActivity({ ...a, responsibleText: null }, { section: g.title ? g.number : null });
          g2.deadline.text = printed.replace(/\n/gu, ' ');
          gold.push(g2);
        }
      }
      const caption = captionOf(source);
      const doc = document([...decreeParagraphs(source.decree, caption, variant), ...captionLines(caption), table({ columns, rows, width: WIDTH.portrait }), para('')]);
      return { doc, gold: { decree: source.decree, title: caption, period: source.period, activities: gold }, tags: ['venue-and-date'] };
    },
  },
};

// ---------------------------------------------------------------- rendering

// Generated files carry their making time; a fixed one makes a run that changes nothing leave git clean.
const FIXED_TIME = new Date(Date.UTC(2024, 0, 1));

/** The Word file with fixed dates in docProps/core.xml and in the ZIP entries. */
async function stableDocx(doc) {
  const zip = await JSZip.loadAsync(await Packer.toBuffer(doc));
  const out = new JSZip();
  for (const [name, entry] of Object.entries(zip.files)) {
    if (entry.dir) continue;
    let data = await entry.async('nodebuffer');
    if (name === 'docProps/core.xml') data = Buffer.from(data.toString('utf8').replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*/gu, `$1${FIXED_TIME.toISOString().replace('.000', '')}`));
    out.file(name, data, { date: FIXED_TIME, createFolders: false });
  }
  return out.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

/** LibreOffice's PDF with its creation date and file ID fixed, each rewritten at its own length so no offset moves. */
function stablePdf(path) {
  const text = readFileSync(path).toString('latin1')
    .replace(/(\/(?:CreationDate|ModDate)\s*\(D:)(\d{14})/gu, '$120240101000000')
    .replace(/(\/DocChecksum\s*\/)([0-9A-Fa-f]+)/gu, (_, a, x) => `${a}${'0'.repeat(x.length)}`)
    .replace(/(\/ID\s*\[\s*<)([0-9A-Fa-f]+)(>\s*<)([0-9A-Fa-f]+)>/gu, (_, a, x, b, y) => `${a}${'0'.repeat(x.length)}${b}${'0'.repeat(y.length)}>`);
  writeFileSync(path, Buffer.from(text, 'latin1'));
}

const LO_PROFILE = `file:///tmp/lo-${process.pid}`;

/**
 * The committed PDFs were typeset in Liberation Serif (Debian's fonts-liberation), LibreOffice's
 * stand-in for Times New Roman; with another font the lines break elsewhere and every PDF changes.
 */
function checkFont() {
  const found = execFileSync('fc-match', [FONT], { encoding: 'utf8' });
  if (!/Liberation Serif/u.test(found)) console.warn(`warning: «${FONT}» is typeset as ${found.trim()}, not Liberation Serif: install fonts-liberation, or the PDFs will differ from the committed ones`);
}

/** Word → PDF by LibreOffice, every file of one directory in one run. */
function toPdf(docxPaths, outDir) {
  if (!docxPaths.length) return;
  execFileSync('soffice', [`-env:UserInstallation=${LO_PROFILE}`, '--headless', '--convert-to', 'pdf', '--outdir', outDir, ...docxPaths], { stdio: 'pipe', timeout: 600_000 });
  for (const docx of docxPaths) stablePdf(join(outDir, basename(docx).replace(/\.docx$/u, '.pdf')));
}

const pdfPages = (path) => Number(/Pages:\s+(\d+)/u.exec(execFileSync('pdfinfo', [path], { encoding: 'utf8' }))[1]);

/** A PDF printed, scanned at 200 dpi grey and run through Tesseract's searchable-PDF output. */
function scan(pdfPath, outPath, work) {
  execFileSync('pdftoppm', ['-r', '200', '-gray', '-png', pdfPath, join(work, 'page')]);
  const pages = readdirSync(work).filter((f) => /^page-\d+\.png$/u.test(f)).sort();
  const parts = [];
  for (const page of pages) {
    const base = join(work, page.replace(/\.png$/u, ''));
    execFileSync('tesseract', [join(work, page), base, '-l', 'rus', '--dpi', '200', 'pdf'], { stdio: 'pipe', env: { ...process.env, OMP_THREAD_LIMIT: '1' } });
    parts.push(`${base}.pdf`);
  }
  if (parts.length === 1) writeFileSync(outPath, readFileSync(parts[0]));
  else execFileSync('pdfunite', [...parts, outPath]);
  // pdfunite's file ID is a random binary string in the trailer; the trailer follows the xref, so no offset moves.
  const text = readFileSync(outPath).toString('latin1');
  const at = text.lastIndexOf('/ID [', text.length);
  const root = text.indexOf('/Root', at);
  if (at > text.lastIndexOf('trailer') && root > at) writeFileSync(outPath, Buffer.from(`${text.slice(0, at)}/ID [<${'0'.repeat(32)}><${'0'.repeat(32)}>] ${text.slice(root)}`, 'latin1'));
}

function goldFile(documents, tags, g, note) {
  const roadmap = { title: g.title, period: { start: g.period.start, end: g.period.end }, activities: g.activities };
  const out = { documents, layouts: tags, complete: true, note };
  if (g.decree) {
    out.decree = {};
    for (const k of ['kind', 'date', 'number', 'title', 'signatory']) if (g.decree[k] !== undefined) out.decree[k] = g.decree[k];
  }
  out.roadmaps = [roadmap];
  return `${JSON.stringify(out, null, 2)}\n`;
}

/** Cuts a plan to its first `count` activities, for scans held to a few pages. */
const firstActivities = (source, count) => ({ ...source, activities: source.activities.slice(0, count) });

async function main() {
  const { values: { only = [] } } = parseArgs({ options: { only: { type: 'string', multiple: true } } });
  const unknown = only.filter((name) => !(name in LAYOUTS));
  if (unknown.length) throw new Error(`--only ${unknown.join(', ')}: no such layout (the scans are made only by a whole run)`);
  checkFont();
  const sources = loadSources();
  if (sources.length === 0) throw new Error('no gold file with printable roadmaps under fixtures/seeds or fixtures/real');
  if (!only.length) rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  const readme = [];
  const names = Object.keys(LAYOUTS);
  const pick = (layoutIndex, i) => sources[(layoutIndex + i) % sources.length];

  for (const [li, layout] of names.entries()) {
    // Which source a document is made from depends on the layout's place in LAYOUTS, so the loop still walks them all.
    if (only.length && !only.includes(layout)) continue;
    const dir = join(OUT, layout);
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    const made = [];
    for (let variant = 0; variant < 3; variant += 1) {
      const source = pick(li, variant);
      const name = `${String(variant + 1).padStart(2, '0')}-${source.id}`;
      const random = rng(hash(`${layout}/${name}`));
      const { doc, gold, tags } = LAYOUTS[layout].make(source, variant, random);
      writeFileSync(join(dir, `${name}.docx`), await stableDocx(doc));
      made.push({ name, source, gold, tags });
    }
    toPdf(made.map((m) => join(dir, `${m.name}.docx`)), dir);
    for (const m of made) {
      const note = `Composed by scripts/make-layouts.mjs (layout ${layout}, document ${m.name}) from ${m.source.from}; the gold follows from that source's gold and what the script prints.`;
      writeFileSync(join(dir, `${m.name}.gold.json`), goldFile([`${m.name}.docx`, `${m.name}.pdf`], m.tags, m.gold, note));
      readme.push({ layout, name: m.name, files: ['docx', 'pdf'], from: m.source.from, activities: m.gold.activities.length, pages: pdfPages(join(dir, `${m.name}.pdf`)) });
    }
    console.log(`${layout}: ${made.map((m) => m.name).join(', ')}`);
  }
  if (only.length) {
    writeFileSync(join(OUT, 'README.md'), withSections(readFileSync(join(OUT, 'README.md'), 'utf8'), readmeText(readme)));
    return;
  }

  // Scans of the ruled and the borderless renderings, each held to MAX_SCAN_PAGES.
  const scanDir = join(OUT, 'searchable-scan');
  mkdirSync(scanDir, { recursive: true });
  // The seeds come first in the sources, so the scans are of plans whose gold was checked against three formats.
  for (let variant = 0; variant < 4; variant += 1) {
    const borderless = variant % 2 === 1;
    let source = sources[variant % sources.length];
    const name = `${String(variant + 1).padStart(2, '0')}-${borderless ? 'borderless' : 'ruled'}-${source.id}`;
    const work = mkdtempSync(join(tmpdir(), 'layout-scan-'));
    let made;
    for (let attempt = 0; ; attempt += 1) {
      made = plainDocument(source, variant % 3, { borderless, landscape: false });
      writeFileSync(join(work, 'plan.docx'), await stableDocx(made.doc));
      toPdf([join(work, 'plan.docx')], work);
      const pages = pdfPages(join(work, 'plan.pdf'));
      if (pages <= MAX_SCAN_PAGES || attempt === 3) break;
      source = firstActivities(source, Math.floor((source.activities.length * (MAX_SCAN_PAGES - 1)) / pages));
    }
    scan(join(work, 'plan.pdf'), join(scanDir, `${name}.pdf`), work);
    rmSync(work, { recursive: true, force: true });
    const tags = borderless ? ['searchable-scan', 'borderless-pdf'] : ['searchable-scan'];
    const cut = source.activities.length < sources[variant % sources.length].activities.length ? ` Only its first ${source.activities.length} activities are printed, to keep the scan short.` : '';
    const note = `Composed by scripts/make-layouts.mjs: the ${borderless ? 'borderless' : 'ruled'} rendering of ${source.from}, scanned at 200 dpi grey and OCR'd by Tesseract (rus) into a searchable PDF.${cut}`;
    writeFileSync(join(scanDir, `${name}.gold.json`), goldFile([`${name}.pdf`], tags, made.gold, note));
    readme.push({ layout: 'searchable-scan', name, files: ['pdf'], from: source.from, activities: made.gold.activities.length, pages: pdfPages(join(scanDir, `${name}.pdf`)) });
    console.log(`searchable-scan: ${name}`);
  }
  rmSync(fileURLToPath(LO_PROFILE), { recursive: true, force: true });

  writeFileSync(join(OUT, 'README.md'), readmeText(readme));
  const size = (p) => (statSync(p).isDirectory() ? readdirSync(p).reduce((s, f) => s + size(join(p, f)), 0) : statSync(p).size);
  console.log(`fixtures/layouts: ${(size(OUT) / 1e6).toFixed(1)} MB`);
}

/** The README with the `## layout` sections of `fresh` put in place of the same sections of `old`. */
function withSections(old, fresh) {
  const sectionsOf = (text) => text.split(/^(?=## )/mu);
  const replacements = new Map(sectionsOf(fresh).slice(1).map((section) => [section.split('\n')[0], section]));
  return sectionsOf(old).map((section) => {
    const replacement = replacements.get(section.split('\n')[0]);
    // The blank line that parts a section from the next is the old section's, as the last one has none.
    return replacement === undefined ? section : `${replacement.trimEnd()}${section.slice(section.trimEnd().length)}`;
  }).join('');
}

function readmeText(rows) {
  const layouts = [...new Set(rows.map((r) => r.layout))];
  const about = { ...Object.fromEntries(Object.entries(LAYOUTS).map(([k, v]) => [k, v.about])), 'searchable-scan': 'The ruled and the borderless PDFs of ordinary plans, printed to page images (pdftoppm -r 200 -gray), OCR\'d by Tesseract (-l rus pdf) into image + invisible text, pages joined by pdfunite. No vector rules, imprecise word boxes. At most six pages each.' };
  const lines = [
    '# Composed layouts',
    '',
    'Made by `scripts/make-layouts.mjs` (`npm run fixtures:layouts`); do not edit by hand, run it again.',
    'Each document is composed from the printed cell texts of a hand-annotated gold file (the seeds\',',
    'and any `fixtures/real/*.gold.json`), rendered as a Word file with the `docx` package and exported to',
    'PDF by LibreOffice; its `<name>.gold.json` is derived from the source\'s gold in the same script, so it',
    'says what the document prints. See `fixtures/GOLD.md` for the format and the layout tags.',
    '',
    'Conventions the derived gold follows: the roadmap\'s title is the plan\'s own title (on a title page',
    'when the table\'s caption is only «Перечень мероприятий»); a lettered number «а)» is kept as «а» (the',
    'bracket dropped like a trailing dot); a section row is printed only for the top-level section, so the',
    'gold section is that number (roman where printed so), null under unnumbered headings.',
    '',
  ];
  for (const layout of layouts) {
    lines.push(`## ${layout}`, '', about[layout], '', '| document | files | source | activities | pages |', '|---|---|---|---|---|');
    for (const r of rows.filter((x) => x.layout === layout)) lines.push(`| ${r.name} | ${r.files.join(', ')} | ${r.from} | ${r.activities} | ${r.pages} |`);
    lines.push('');
  }
  return `${lines.join('\n')}`;
}

await main();
