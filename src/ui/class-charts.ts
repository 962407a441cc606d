// The class at a glance, as SVG (attributes only, so the page's Content-Security-Policy holds): scores against many
// worlds, survival, and whose choices the students' resemble.
import { DESIGN_STRATEGIES } from '../engine';
import type { ClassEntry } from '../classroom/class-results';
import type { PlayerWorlds } from '../store/worlds-slice';
import { money, t } from '../i18n';
import { h } from './dom';

const SVG = 'http://www.w3.org/2000/svg';

function svg(tag: string, attrs: Record<string, string | number>, ...children: (Node | string)[]): SVGElement {
  const element = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attrs)) element.setAttribute(name, String(value));
  for (const child of children) element.append(child);
  return element;
}

function chart(title: string, picture: SVGElement, note?: string): HTMLElement {
  return h('figure', { class: 'class-chart' }, h('h3', {}, title), picture, note ? h('figcaption', { class: 'muted small' }, note) : null);
}

const quantile = (sorted: readonly number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;

/** A dot per verified student on a line of scores, over the band where the same lab ended in many worlds. */
export function scoresChart(entries: readonly ClassEntry[], worlds: PlayerWorlds | undefined): HTMLElement {
  const placed = entries.filter((e) => e.place !== undefined && e.result);
  const scores = placed.map((e) => e.result!.score);
  const band = worlds && worlds.scores.length > 0 ? { low: quantile(worlds.scores, 0.1), median: quantile(worlds.scores, 0.5), high: quantile(worlds.scores, 0.9) } : undefined;
  const all = [...scores, ...(band ? [band.low, band.high] : []), 0];
  const low = Math.min(...all);
  const high = Math.max(...all, low + 1);
  const width = 360;
  const left = 16;
  const right = width - 16;
  const x = (v: number) => left + ((v - low) / (high - low)) * (right - left);
  const height = 70;
  const picture = svg('svg', { viewBox: `0 0 ${width} ${height + 30}`, role: 'img', 'aria-label': t('classResults.chart.scores') },
    ...(band ? [
      svg('rect', { class: 'band', x: x(band.low), y: 18, width: Math.max(2, x(band.high) - x(band.low)), height: height - 26 }),
      svg('line', { class: 'median', x1: x(band.median), x2: x(band.median), y1: 16, y2: height - 4 }),
      // The median is named above the band, clear of the axis's own figures below.
      svg('text', { x: x(band.median), y: 12, 'text-anchor': 'middle' }, money(band.median)),
    ] : []),
    svg('line', { class: 'axis', x1: left, x2: right, y1: height, y2: height }),
    // Dots that would sit on each other are spread up and down a little, so each student shows.
    ...placed.map((e, i) => svg('circle', { class: 'student', cx: x(e.result!.score), cy: 18 + (height - 26) / 2 + ((i % 5) - 2) * 8, r: 6 }, svg('title', {}, `${e.name}: ${money(e.result!.score)}`))),
    svg('text', { x: left, y: height + 20, 'text-anchor': 'start' }, money(low)),
    svg('text', { x: right, y: height + 20, 'text-anchor': 'end' }, money(high)));
  return chart(t('classResults.chart.scores'), picture, t(band ? 'classResults.chart.scoresNote' : 'classResults.chart.scoresNoWorlds'));
}

/** Horizontal bars with a count at the end of each. */
function bars(label: string, rows: { name: string; count: number; out?: boolean }[], total: number): SVGElement {
  const width = 360;
  const nameWidth = 120;
  const rowHeight = 26;
  const most = Math.max(1, total);
  return svg('svg', { viewBox: `0 0 ${width} ${rows.length * rowHeight + 6}`, role: 'img', 'aria-label': label },
    ...rows.flatMap((row, i) => [
      svg('text', { x: 0, y: i * rowHeight + 18 }, row.name),
      svg('rect', { class: row.out ? 'bar out' : 'bar', x: nameWidth, y: i * rowHeight + 5, width: Math.max(1, ((width - nameWidth - 60) * row.count) / most), height: rowHeight - 10 }),
      svg('text', { x: nameWidth + ((width - nameWidth - 60) * row.count) / most + 6, y: i * rowHeight + 18 }, t('classResults.chart.survivalBar', { count: row.count, total })),
    ]));
}

export function survivalChart(entries: readonly ClassEntry[]): HTMLElement {
  const results = entries.filter((e) => e.place !== undefined && e.result).map((e) => e.result!);
  const standing = results.filter((r) => r.standing).length;
  return chart(t('classResults.chart.survival'), bars(t('classResults.chart.survival'), [
    { name: t('classResults.chart.standing'), count: standing },
    { name: t('classResults.chart.out'), count: results.length - standing, out: true },
  ], results.length));
}

export function strategiesChart(entries: readonly ClassEntry[]): HTMLElement {
  const verified = entries.filter((e) => e.result && e.resemblance);
  const rows = DESIGN_STRATEGIES.map((strategy) => ({ name: t(`strategyShort.${strategy}`), count: verified.filter((e) => e.resemblance!.closest === strategy).length }));
  const unknown = verified.filter((e) => !e.resemblance!.closest).length;
  return chart(t('classResults.chart.strategies'), bars(t('classResults.chart.strategies'), [...rows, ...(unknown > 0 ? [{ name: t('classResults.tooFewChoices'), count: unknown, out: true }] : [])], verified.length));
}
