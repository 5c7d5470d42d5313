/**
 * The HTML report (-f html): self-contained, escaped, complete, and drawn.
 * The first part reads the markup; the second opens the file from file:// in
 * headless Chromium (where installed) and watches what the page does.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toHtml } from '../../src/export/html/report.js';
import type { Activity, RoadmapDocument } from '../../src/model/roadmap.js';
import { Browser, CHROMIUM, inkShare } from '../helpers/chromium.js';
import { ingestedSeed } from '../helpers/seeds.js';

const khotynets = await ingestedSeed('khotynets');
const proletarsk = await ingestedSeed('proletarsk');
const sergokala = await ingestedSeed('sergokala');
const report = (document: RoadmapDocument, today: string | null = null): string => toHtml(document, { today });
const all = (document: RoadmapDocument): Activity[] => document.roadmaps.flatMap((roadmap) => roadmap.activities);
const count = (text: string, pattern: RegExp): number => text.match(new RegExp(pattern, 'gu'))?.length ?? 0;

/** A decree whose text tries to become markup: a title with a script, an authority with quotes and an ampersand. */
function hostile(): RoadmapDocument {
  const document = structuredClone(khotynets);
  document.decree.authority = 'Отдел "образования" & <b>спорта</b>';
  document.roadmaps[0]!.activities[0]!.title = '<script>window.injected = true; document.title = "взломано"</script>Мониторинг';
  document.roadmaps[0]!.activities[1]!.title = '<img src="http://127.0.0.1:9/x.png" onerror="window.injected = true">';
  return document;
}

describe('the page', () => {
  const page = report(proletarsk);

  it('is one Russian page that names no outside resource: no script, link, image, font or import', () => {
    expect(page.startsWith('<!DOCTYPE html>\n<html lang="ru">')).toBe(true);
    expect(page).not.toMatch(/<script|<link|<img|<iframe|<object|<embed|\bsrc=|url\(|@import|https?:\/\/(?!www\.w3\.org\/2000\/svg")/iu);
  });

  it('forbids every request in its Content-Security-Policy and allows only its own stylesheet, by hash', () => {
    const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/u.exec(page)![1]!.replaceAll('&#39;', "'");
    expect(policy).toMatch(/^default-src 'none'; /u);
    const style = /<style>([\s\S]*?)<\/style>/u.exec(page)![1]!;
    expect(policy).toContain(`style-src 'sha256-${createHash('sha256').update(style).digest('base64')}'`);
  });

  it('prints on A4 landscape', () => {
    expect(page).toMatch(/@media print \{\s*@page \{ size: A4 landscape;/u);
  });

  it('escapes everything from the document: a title holding <script> is text', () => {
    const text = report(hostile());
    expect(text).toContain('&lt;script&gt;window.injected = true; document.title = &quot;взломано&quot;&lt;/script&gt;Мониторинг');
    expect(text).toContain('Отдел &quot;образования&quot; &amp; &lt;b&gt;спорта&lt;/b&gt;');
    expect(text).not.toMatch(/<script|<img/iu);
  });
});

describe('what the report shows', () => {
  it('gives the requisites and every warning with its place (seed 001)', () => {
    const page = report(proletarsk);
    expect(page).toContain('<h1>Приказ № 345 от 29.09.2023</h1>');
    expect(page).toContain('<dt>Дата</dt><dd>29 сентября 2023 г.</dd>');
    expect(page).toContain('<dt>Место издания</dt><dd>г. Пролетарск</dd>');
    expect(count(page, /<td class="code">/)).toBe(proletarsk.warnings.length);
    expect(page).toContain('<td class="code">NUMBERING_GAP</td>');
  });

  it('has a table row per activity with its number, section, deadline as printed and as dates, and its place', () => {
    const page = report(proletarsk);
    const rows = [...page.matchAll(/<tr class="activity"><td class="number">([^<]*)<\/td><td class="number">([^<]*)<\/td>.*?<td class="place">([^<]*)<\/td><\/tr>/gu)];
    expect(rows.map((row) => row[1])).toEqual(all(proletarsk).map((activity) => activity.number));
    expect(rows.map((row) => row[3])).toEqual(all(proletarsk).map((activity) => `строка ${activity.source.line}`));
    // Row 1.1: «сентябрь 2023 г» → 01.09.2023 – 30.09.2023.
    expect(page).toMatch(/<td>сентябрь 2023 г<\/td><td class="dates">01\.09\.2023 – 30\.09\.2023<div class="muted">период<\/div><\/td>/u);
    expect(page).toContain('<tr class="section-row"><th colspan="8">1. Организационно-управленческие мероприятия</th></tr>');
  });

  it('draws a timeline row per activity with days, grouped by section, and lists the others apart (seed 004)', () => {
    const page = report(sergokala);
    const undated = all(sergokala).filter((activity) => ['as-needed', 'scheduled', 'unspecified'].includes(activity.deadline.kind));
    expect(undated).toHaveLength(8);
    expect(count(page, /<g class="activity tone-\d"/)).toBe(all(sergokala).length - undated.length);
    expect(page).toContain(`Без дат на шкале (${undated.length})`);
    expect(count(page, /<g class="section">/)).toBeGreaterThanOrEqual(6);
    // «По полугодиям» (4.1.3) is marked on 1 January and 1 July; «Ежемесячно» (5.1) on each month's first day.
    const marks = (number: string): number => count(new RegExp(`data-number="${number.replaceAll('.', '\\.')}">[\\s\\S]*?</g>`).exec(page)![0], /class="mark recurring"/);
    expect(marks('4.1.3')).toBe(2);
    expect(marks('5.1')).toBe(12);
  });

  it('draws a line for today only when today falls on the timeline', () => {
    expect(report(khotynets, '2023-10-15')).toContain('<g class="today">');
    expect(report(khotynets, '2030-01-01')).not.toContain('<g class="today">');
    expect(report(khotynets, null)).not.toContain('<g class="today">');
  });
});

describe.runIf(CHROMIUM)('in headless Chromium, opened from file://', () => {
  let browser: Browser;
  const dir = mkdtempSync(join(tmpdir(), 'roadmap-ingest-html-'));
  const open = async (name: string, html: string) => {
    const file = join(dir, name);
    writeFileSync(file, html);
    const page = await browser.newPage(1280, 900);
    const url = pathToFileURL(file).href;
    await page.navigate(url);
    return { page, url };
  };

  beforeAll(() => {
    browser = new Browser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('makes no request but for the file itself, shows every activity number, and draws a timeline that is not blank', async () => {
    const { page, url } = await open('sergokala.html', report(sergokala, '2023-06-15'));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(page.requests).toEqual([url]);
    expect(await page.evaluate('performance.getEntriesByType("resource").length')).toBe(0);
    const numbers = await page.evaluate<string[]>('[...document.querySelectorAll("tr.activity td:first-child")].map((cell) => cell.textContent)');
    expect(numbers).toEqual(all(sergokala).map((activity) => activity.number));
    const box = await page.evaluate<{ x: number; y: number; width: number; height: number }>(
      '(() => { const r = document.querySelector("svg.timeline").getBoundingClientRect(); return { x: r.x + scrollX, y: r.y + scrollY, width: r.width, height: r.height }; })()',
    );
    expect(box.width).toBeGreaterThan(900);
    expect(box.height).toBeGreaterThan(500);
    const ink = await inkShare(browser, await page.screenshot(box));
    expect(ink).toBeGreaterThan(0.03);
    // The stylesheet applied (its hash matched the policy): the bars have their section's colour, not SVG's default black.
    expect(await page.evaluate('getComputedStyle(document.querySelector("g.activity rect.bar")).fill')).toBe('rgb(43, 108, 176)');
  });

  it('prints on A4 landscape pages', async () => {
    const { page } = await open('print.html', report(sergokala));
    const pdf = (await page.printToPdf()).toString('latin1');
    const sizes = [...pdf.matchAll(/\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/gu)].map((match) => [Math.round(Number(match[1])), Math.round(Number(match[2]))]);
    expect(sizes.length).toBeGreaterThan(1);
    // A4 is 210 × 297 mm, 595 × 842 points; landscape puts the long side across.
    expect(new Set(sizes.map(String))).toEqual(new Set(['842,595']));
  });

  it('shows a title holding <script> as text and runs nothing', async () => {
    const { page, url } = await open('hostile.html', report(hostile()));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await page.evaluate('document.querySelectorAll("script, img").length')).toBe(0);
    expect(await page.evaluate('window.injected === undefined && document.title')).toBe('Приказ № 515 от 08.12.2023');
    expect(await page.evaluate('document.querySelector("tr.activity td:nth-child(3)").textContent')).toMatch(/^<script>window\.injected = true;/u);
    expect(page.requests).toEqual([url]);
  });

  it('sees a request when a page makes one (the watch works)', async () => {
    const { page } = await open('control.html', '<!DOCTYPE html><img src="http://127.0.0.1:9/x.png">');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(page.requests).toContain('http://127.0.0.1:9/x.png');
  });
});
