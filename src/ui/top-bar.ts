import { calendarOf, gameLength, operatingCashFlow, runwayQuarters, standings, type LabQuarterReport } from '../engine';
import { money, percent, t } from '../i18n';
import type { AppStore } from '../store/game-store';
import { h, replaceChildren, type Panel } from './dom';
import { glossaryButton } from './glossary-dialog';
import { playerView, runwayText } from './lab-view';

/** Runway with its unit abbreviated, for narrow screens. */
const shortRunway = (cash: number, report: LabQuarterReport | undefined): string => {
  const quarters = report ? runwayQuarters(cash, report) : NaN;
  return Number.isFinite(quarters) ? t('hq.runwayShort', { count: quarters.toFixed(1) }) : runwayText(cash, report);
};

/**
 * Date, cash, burn, runway, last round and investors' estimate, equity and capability of the player's lab.
 * The date is headquarters' main heading (focused when headquarters opens, so it stays put across redraws). On narrow
 * screens each figure shows its short label (the glossary's tooltip gives the long one), and figures that still do not
 * fit wrap onto a second row.
 */
export function createTopBar(store: AppStore, { isHeading = true } = {}): Panel {
  const date = h('strong', {});
  const quarterOf = h('span', { class: 'muted' });
  const labName = h('span', { class: 'visually-hidden' });
  // A screen with a heading of its own (the replay) keeps the date as plain text: one h1 a screen.
  const heading = isHeading ? h('h1', { class: 'date', id: 'hq-heading', tabindex: -1 }, labName, date, quarterOf) : h('div', { class: 'date' }, labName, date, quarterOf);
  const figures = h('div', { class: 'figures' });
  const root = h('header', { class: 'top-bar' }, heading, figures, glossaryButton());
  let shown = '';
  const render = () => {
    const view = playerView(store.getState());
    if (!view) return;
    const { game, lab, report } = view;
    // After the last quarter the game's clock stands one past the end: show the last quarter played.
    const when = calendarOf(game.scenario.start, Math.min(game.quarter, gameLength(game) - 1));
    const flow = report ? operatingCashFlow(report.lineItems) : 0;
    const model = game.models.find((m) => m.id === lab.productModel);
    const table = standings(game);
    const rank = table.find((row) => row.lab === lab.id)?.rank ?? table.length;
    labName.textContent = t('hq.heading', { lab: lab.name });
    date.textContent = t('hq.date', { quarter: when.quarter, year: when.year });
    quarterOf.textContent = t('hq.quarterOf', { number: Math.min(game.quarter + 1, gameLength(game)), total: gameLength(game) });
    const capability = (model?.capability ?? 0).toFixed(1);
    // A text with a shorter form has both, and the stylesheet shows one; a text without is written once.
    const both = (long: string, short: string) => (long === short ? [h('span', {}, long)] : [h('span', { class: 'long' }, long), h('span', { class: 'short' }, short)]);
    const figure = (id: string, label: string, shortLabel: string, value: string, shortValue = value) =>
      h('div', { class: 'figure', 'data-figure': id, 'data-term': id, tabindex: 0 },
        h('span', { class: 'label' }, ...both(label, shortLabel)),
        h('span', { class: 'value' }, ...both(value, shortValue)));
    const rows: Parameters<typeof figure>[] = [
      ['cash', t('hq.cash'), t('hq.cash'), money(lab.cash)],
      ['burn', flow < 0 ? t('hq.burn') : t('hq.earning'), flow < 0 ? t('hq.burnShort') : t('hq.earningShort'), report ? money(Math.abs(flow)) : t('hq.notYet')],
      ['runway', t('hq.runway'), t('hq.runway'), runwayText(lab.cash, report), shortRunway(lab.cash, report)],
      ['valuation', t('hq.valuation'), t('hq.valuationShort'), money(lab.valuation)],
      ['estimate', t('hq.estimate'), t('hq.estimateShort'), money(lab.estimate)],
      ['equity', t('hq.equity'), t('hq.equityShort'), percent(lab.equity)],
      ['capability', t('hq.capability'), t('hq.capability'), t('hq.capabilityRank', { capability, rank: t('hq.rank', { rank, count: table.length }) }), t('hq.capabilityRank', { capability, rank: t('hq.rankShort', { rank, count: table.length }) })],
    ];
    // Most moves change none of the figures: the bar is rebuilt only when a text differs (and keeps its focus otherwise).
    const key = JSON.stringify(rows);
    if (key === shown) return;
    shown = key;
    replaceChildren(figures, ...rows.map((row) => figure(...row)));
  };
  render();
  const unsubscribe = store.subscribe((s) => s.game, render);
  // The figures wrap onto a second row where one is too narrow: the screen below starts where the bar really ends.
  const watcher = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(() => {
    const height = root.getBoundingClientRect().height;
    if (height > 0) root.parentElement?.style.setProperty('--top-bar', `${Math.ceil(height)}px`);
  });
  watcher?.observe(root);
  return { root, destroy: () => { unsubscribe(); watcher?.disconnect(); root.remove(); } };
}
