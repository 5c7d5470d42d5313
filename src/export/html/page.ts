/**
 * The page around one or several reports: Russian, one file that works
 * offline. The stylesheet is inline, the charts are inline SVG, and there is
 * no script, font, image or link to fetch; the page's Content-Security-Policy
 * forbids every request and allows only its own stylesheet (by hash), so a
 * browser would refuse even what slipped through.
 */
import { createHash } from 'node:crypto';
import { pluralRu } from '../russian.js';
import { html, Markup } from './markup.js';

const STYLE = `
:root { color-scheme: light; --ink: #1a202c; --muted: #5a6472; --line: #d5dbe3; --head: #eef2f7; }
* { box-sizing: border-box; }
body { margin: 0; background: #f6f7f9; color: var(--ink); font: 14px/1.45 system-ui, "Segoe UI", Roboto, "DejaVu Sans", Arial, sans-serif; }
main { max-width: 1200px; margin: 0 auto; padding: 24px; }
article.document { background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: 20px 24px; margin-bottom: 32px; }
h1 { font-size: 22px; margin: 0 0 4px; }
h2 { font-size: 18px; margin: 28px 0 8px; padding-bottom: 4px; border-bottom: 1px solid var(--line); }
h3 { font-size: 15px; margin: 18px 0 6px; }
.decree-title { font-size: 16px; margin: 0 0 12px; }
.muted, .place { color: var(--muted); }
.counts { display: flex; flex-wrap: wrap; gap: 8px; margin: 12px 0; padding: 0; list-style: none; }
.counts li { background: var(--head); border-radius: 12px; padding: 2px 10px; }
.counts li.attention { background: #fdecc8; }
dl.requisites { display: grid; grid-template-columns: max-content 1fr; gap: 2px 16px; margin: 0; }
dl.requisites dt { color: var(--muted); }
dl.requisites dd { margin: 0; overflow-wrap: anywhere; }
table { border-collapse: collapse; width: 100%; font-size: 13px; }
th, td { border: 1px solid var(--line); padding: 4px 6px; text-align: left; vertical-align: top; }
thead th { background: var(--head); position: sticky; top: 0; }
tr.section-row th { background: #f3f5f8; font-weight: 600; }
td.number, td.dates { white-space: nowrap; font-variant-numeric: tabular-nums; }
td.place { white-space: nowrap; font-size: 12px; }
td.code { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: 12px; }
.timeline-box { overflow-x: auto; border: 1px solid var(--line); border-radius: 4px; padding: 4px; background: #fff; }
svg.timeline { display: block; max-width: 100%; height: auto; font: 11px system-ui, "DejaVu Sans", Arial, sans-serif; }
svg .grid { stroke: #e2e8f0; }
svg .year { font-weight: 600; fill: var(--ink); }
svg .month, svg .label { fill: var(--ink); }
svg .section rect { fill: #eef2f7; }
svg .section text { font-weight: 600; fill: var(--ink); }
svg .bar { fill: var(--tone); }
svg .bar.faint { fill-opacity: .28; }
svg .bar.along { fill-opacity: .16; stroke: var(--tone); stroke-opacity: .6; stroke-dasharray: 3 2; }
svg .mark { fill: var(--tone); stroke: #fff; stroke-width: 1; }
svg .today line { stroke: #e53e3e; stroke-width: 1.5; stroke-dasharray: 4 3; }
svg .today text { fill: #e53e3e; font-weight: 600; }
.tone-0 { --tone: #2b6cb0; } .tone-1 { --tone: #c05621; } .tone-2 { --tone: #2f855a; } .tone-3 { --tone: #805ad5; }
.tone-4 { --tone: #b7791f; } .tone-5 { --tone: #c53030; } .tone-6 { --tone: #2c7a7b; } .tone-7 { --tone: #4a5568; }
.legend { display: flex; flex-wrap: wrap; gap: 16px; margin: 6px 0 0; padding: 0; list-style: none; color: var(--muted); font-size: 12px; }
.legend svg { vertical-align: middle; margin-right: 4px; }
ul.undated { margin: 4px 0; padding-left: 20px; }
footer { margin-top: 20px; color: var(--muted); font-size: 12px; overflow-wrap: anywhere; }
@media print {
  @page { size: A4 landscape; margin: 10mm; }
  body { background: #fff; font-size: 9.5pt; }
  main { max-width: none; padding: 0; }
  article.document { border: 0; border-radius: 0; padding: 0; margin: 0; break-after: page; }
  thead { display: table-header-group; }
  thead th { position: static; }
  tr, .timeline-box, dl.requisites { break-inside: avoid; }
  .timeline-box { overflow: visible; border: 0; padding: 0; }
  svg.timeline { width: 100%; }
  a { color: inherit; text-decoration: none; }
}
`;

/** `default-src 'none'`: no request of any kind; the one inline stylesheet is allowed by its hash, inline `style` attributes are not. */
const CONTENT_SECURITY_POLICY = `default-src 'none'; style-src 'sha256-${createHash('sha256').update(STYLE).digest('base64')}'; base-uri 'none'; form-action 'none'`;

/** Everything before the first report; `title` is what the browser's tab shows. */
export function pageOpening(title: string): string {
  return html`<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">
<meta name="generator" content="roadmap-ingest">
<title>${title}</title>
<style>${new Markup(STYLE)}</style>
</head>
<body>
<main>
`.value;
}

export function pageClosing(): string {
  return '</main>\n</body>\n</html>\n';
}

export interface IndexEntry {
  /** The input as named on the command line. */
  file: string;
  /** The report's path relative to the index page, or null when the document could not be read. */
  href: string | null;
  label: string;
  activities: number;
  warnings: number;
  /** Why the document has no report. */
  failure: string | null;
}

/** `--out-dir`: the page that links every document's report, with its counts. */
export function indexPage(entries: readonly IndexEntry[]): string {
  const read = entries.filter((entry) => entry.failure === null);
  const activities = read.reduce((sum, entry) => sum + entry.activities, 0);
  const rows = entries.map((entry) =>
    entry.href !== null
      ? html`<tr><td><a href="${entry.href}">${entry.label}</a></td><td class="place">${entry.file}</td><td class="number">${entry.activities}</td><td class="number">${entry.warnings}</td></tr>
`
      : html`<tr><td>${entry.label}</td><td class="place">${entry.file}</td><td colspan="2">не прочитан: ${entry.failure}</td></tr>
`,
  );
  return (
    pageOpening('Дорожные карты: все документы') +
    html`<article class="document">
<h1>Дорожные карты: все документы</h1>
<ul class="counts"><li>${pluralRu(entries.length, 'документ', 'документа', 'документов')}</li><li>${pluralRu(activities, 'мероприятие', 'мероприятия', 'мероприятий')}</li>${
      read.length < entries.length ? html`<li class="attention">не прочитано: ${entries.length - read.length}</li>` : null
    }</ul>
<table>
<thead><tr><th>Документ</th><th>Файл</th><th>Мероприятий</th><th>Предупреждений</th></tr></thead>
<tbody>
${rows}</tbody>
</table>
</article>
`.value +
    pageClosing()
  );
}
