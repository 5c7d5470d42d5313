/**
 * One document's report, to check an extracted plan against the decree:
 * its requisites and warnings, then each roadmap as a timeline and a table in
 * which every row says where it stands in the document (page, line).
 * Made in the batch's worker; ./page.ts puts the page around it.
 */
import type { Activity, Party, Roadmap, RoadmapDocument } from '../../model/roadmap.js';
import { dateSpan, DEADLINE_KIND_LABELS, decreeLabel, numericDate, placeText, pluralRu, RECURRENCE_LABELS, wordDate } from '../russian.js';
import { html, type Markup } from './markup.js';
import { pageClosing, pageOpening } from './page.js';
import { timeline } from './timeline.js';

export interface ReportOptions {
  /** The day the timeline marks as today (ISO), or null for no mark. */
  today: string | null;
}

/** What the browser's tab and the index page call the document. */
export function reportTitle(document: RoadmapDocument): string {
  return decreeLabel(document.decree, document.source.file);
}

/** One document as a page of its own. */
export function toHtml(document: RoadmapDocument, options: ReportOptions): string {
  return pageOpening(reportTitle(document)) + reportSection(document, options) + pageClosing();
}

/** The document's `<article>`, for a page that holds one report or several. */
export function reportSection(document: RoadmapDocument, options: ReportOptions): string {
  const { decree, source } = document;
  const activities = document.roadmaps.reduce((sum, roadmap) => sum + roadmap.activities.length, 0);
  return html`<article class="document">
<header>
<h1>${reportTitle(document)}</h1>
${decree.title ? html`<p class="decree-title">${decree.title}</p>` : null}
<ul class="counts"><li>${pluralRu(document.roadmaps.length, 'дорожная карта', 'дорожные карты', 'дорожных карт')}</li><li>${pluralRu(activities, 'мероприятие', 'мероприятия', 'мероприятий')}</li><li${document.warnings.length > 0 ? html` class="attention"` : null}>${pluralRu(document.warnings.length, 'предупреждение', 'предупреждения', 'предупреждений')}</li></ul>
</header>
<section class="requisites">
<h2>Реквизиты</h2>
<dl class="requisites">
${requisite('Вид документа', decree.kind)}${requisite('Орган', decree.authority)}${requisite('Дата', decree.date ? wordDate(decree.date) : null)}${requisite('Номер', decree.number)}${requisite('Место издания', decree.place)}${requisite('Заголовок', decree.title)}${requisite('Подписал', decree.signatory ? [decree.signatory.name, decree.signatory.position].filter(Boolean).join(', ') : null)}
</dl>
</section>
${warningsSection(document)}
${document.roadmaps.map((roadmap, index) => roadmapSection(roadmap, index, document.roadmaps.length, options))}
${ordersSection(document)}
${aliasesSection(document)}
<footer>Файл: ${source.file} (${source.format.toUpperCase()}${source.pages !== null ? `, ${pluralRu(source.pages, 'страница', 'страницы', 'страниц')}` : ''}${source.encoding ? `, ${source.encoding}` : ''}), SHA-256 ${source.sha256}. Извлечено roadmap-ingest; проверяйте по документу: у каждой строки указано, где она в нём стоит.</footer>
</article>
`.value;
}

function requisite(term: string, value: string | null): Markup {
  return html`<dt>${term}</dt><dd>${value ?? html`<span class="muted">не указано</span>`}</dd>
`;
}

function warningsSection(document: RoadmapDocument): Markup {
  if (document.warnings.length === 0) return html`<section class="warnings"><h2>Предупреждения</h2><p>Предупреждений нет.</p></section>`;
  return html`<section class="warnings">
<h2>Предупреждения (${document.warnings.length})</h2>
<table>
<thead><tr><th>Код</th><th>Что проверить</th><th>Где в документе</th></tr></thead>
<tbody>
${document.warnings.map((warning) => html`<tr><td class="code">${warning.code}</td><td>${warning.message}</td><td class="place">${placeText(warning.source)}</td></tr>
`)}</tbody>
</table>
</section>`;
}

function roadmapSection(roadmap: Roadmap, index: number, count: number, options: ReportOptions): Markup {
  const heading = roadmap.title ?? (count > 1 ? `Дорожная карта ${index + 1}` : 'Дорожная карта');
  const period = roadmap.period
    ? html`<p>Период: ${roadmap.period.text}${roadmap.period.start && roadmap.period.end ? ` (${dateSpan(roadmap.period.start, roadmap.period.end)})` : ''}</p>`
    : html`<p class="muted">Период в документе не указан.</p>`;
  const { chart, undated } = timeline(roadmap, options.today);
  return html`<section class="roadmap">
<h2>${heading}</h2>
${period}${roadmap.source ? html`<p class="place">Таблица начинается: ${placeText(roadmap.source)}</p>` : null}
<h3>Шкала времени</h3>
${chart ? html`<div class="timeline-box">${chart}</div>
${legend()}` : html`<p class="muted">Ни у одного мероприятия нет сроков в датах.</p>`}
${undated.length > 0 ? undatedList(undated) : null}
<h3>Мероприятия (${roadmap.activities.length})</h3>
${activityTable(roadmap)}
</section>
`;
}

function legend(): Markup {
  const swatch = (shape: Markup): Markup => html`<svg width="26" height="12" viewBox="0 0 26 12" aria-hidden="true">${shape}</svg>`;
  return html`<ul class="legend tone-0">
<li>${swatch(html`<rect class="bar" x="1" y="2" width="24" height="8"/>`)}срок</li>
<li>${swatch(html`<rect class="bar along" x="1" y="2" width="24" height="8"/>`)}в течение периода</li>
<li>${swatch(html`<g><rect class="bar faint" x="1" y="2" width="24" height="8"/><path class="mark" d="M13 0l6 6l-6 6l-6 -6z"/></g>`)}день срока, повторяющийся срок</li>
<li>${swatch(html`<line x1="13" y1="0" x2="13" y2="12" stroke="#e53e3e" stroke-width="2" stroke-dasharray="3 2"/>`)}сегодня</li>
</ul>`;
}

function undatedList(activities: Activity[]): Markup {
  return html`<p>Без дат на шкале (${activities.length}): срок в документе не называет дней.</p>
<ul class="undated">
${activities.map((activity) => html`<li>${activity.number ? html`<b>${activity.number}</b> ` : null}${activity.title} — <i>${activity.deadline.text || 'срок не указан'}</i> (${DEADLINE_KIND_LABELS[activity.deadline.kind]})</li>
`)}</ul>`;
}

function activityTable(roadmap: Roadmap): Markup {
  const rows: Markup[] = [];
  let section: string | undefined;
  for (const activity of roadmap.activities) {
    const key = `${activity.section ?? ''}\u0000${activity.sectionTitle ?? ''}`;
    if (key !== section) {
      section = key;
      const title = [activity.section, activity.sectionTitle].filter(Boolean).join('. ');
      if (title) rows.push(html`<tr class="section-row"><th colspan="8">${title}</th></tr>
`);
    }
    rows.push(activityRow(activity));
  }
  return html`<table class="activities">
<thead><tr><th>№</th><th>Раздел</th><th>Мероприятие</th><th>Ответственные</th><th>Срок в документе</th><th>Даты</th><th>Результат</th><th>Где в документе</th></tr></thead>
<tbody>
${rows}</tbody>
</table>`;
}

function activityRow(activity: Activity): Markup {
  const { deadline } = activity;
  const kind = DEADLINE_KIND_LABELS[deadline.kind] + (deadline.recurrence ? `, ${RECURRENCE_LABELS[deadline.recurrence]}` : '');
  const intervals = deadline.kind === 'multiple' ? deadline.intervals.map((interval) => dateSpan(interval.start, interval.end)).join('; ') : dateSpan(deadline.start, deadline.end);
  const result = [activity.expectedResult, activity.reportForm ? `Отчёт: ${activity.reportForm}` : null].filter(Boolean).join('. ');
  return html`<tr class="activity"><td class="number">${activity.number}</td><td class="number">${activity.section}</td><td>${activity.title}</td><td>${parties(activity.responsible, activity.coExecutors)}</td><td>${deadline.text}</td><td class="dates">${intervals}<div class="muted">${kind}${deadline.yearInferred ? ', год по периоду' : ''}</div></td><td>${result}</td><td class="place">${placeText(activity.source)}</td></tr>
`;
}

function parties(responsible: Party[], coExecutors: Party[]): Markup {
  const list = (items: Party[]): string => items.map((party) => party.text).join('; ');
  return html`${list(responsible)}${coExecutors.length > 0 ? html`<div class="muted">Соисполнители: ${list(coExecutors)}</div>` : null}`;
}

function ordersSection(document: RoadmapDocument): Markup | null {
  const { orders } = document.decree;
  if (orders.length === 0) return null;
  return html`<section class="orders">
<h2>Пункты приказа (${orders.length})</h2>
<table>
<thead><tr><th>Пункт</th><th>Текст</th><th>Ответственные</th><th>Срок</th><th>Где в документе</th></tr></thead>
<tbody>
${orders.map((order) => html`<tr><td class="number">${order.number}</td><td>${order.text}</td><td>${order.responsible.map((party) => party.text).join('; ')}</td><td>${order.deadline ? html`${order.deadline.text}${order.deadline.end ? html`<div class="muted">до ${numericDate(order.deadline.end)}</div>` : null}` : null}</td><td class="place">${placeText(order.source)}</td></tr>
`)}</tbody>
</table>
</section>`;
}

function aliasesSection(document: RoadmapDocument): Markup | null {
  if (document.aliases.length === 0) return null;
  return html`<section class="aliases">
<h2>Сокращения, которые вводит документ</h2>
<dl class="requisites">
${document.aliases.map((alias) => html`<dt>«${alias.alias}»</dt><dd>${alias.expansion.join('; ')}</dd>
`)}</dl>
</section>`;
}
