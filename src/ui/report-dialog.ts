import { calendarOf, costOfSales, segmentRules, type GameState, type LineItem, type ProductResult } from '../engine';
import { count, decimal, money, percent, t, type MessageKey } from '../i18n';
import type { AppStore } from '../store/game-store';
import { guideView } from '../store/guide-slice';
import { h, replaceChildren, type Panel } from './dom';
import { noteText } from './note-text';
import { playerView, runwayText } from './lab-view';
import { valuationTable } from './valuation-table';
import { eventText, named, productLabel, regionName as regionNameIn, segmentName } from './scenario-text';

/**
 * The quarterly report, opened after each End quarter: the books, the player's shares, why things moved, the news.
 * `guide` is the guided tutorial's box, shown above the report while its step asks the player to read it.
 */
export function createReportDialog(store: AppStore, returnFocus: () => HTMLElement | null, guide?: Panel): Panel {
  const close = h('button', { type: 'button', class: 'primary' }, t('report.close'));
  const content = h('div', { class: 'report-content' });
  const dialog = h('div', { class: 'report-dialog', role: 'dialog', 'aria-modal': 'true', 'aria-labelledby': 'report-heading' }, guide?.root, content, close);
  const root = h('div', { class: 'report-backdrop', hidden: true }, dialog);
  const shut = () => {
    const over = store.getState().game?.over;
    store.getState().closeReport();
    if (!over) returnFocus()?.focus();
  };
  close.addEventListener('click', shut);
  root.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') shut();
  });

  const render = () => {
    const state = store.getState();
    const view = playerView(state);
    root.hidden = !state.reportOpen || !view?.report;
    if (root.hidden || !view?.report) return;
    const { game, lab, report } = view;
    close.textContent = game.over ? t('report.closeFinal') : t('report.close');
    const date = calendarOf(game.scenario.start, game.quarter - 1);
    const quarterReport = game.reports.at(-1)!;
    const previous = game.reports.at(-2);
    const row = (label: string, amount: number, cls = '') => h('tr', { class: cls }, h('th', { scope: 'row' }, label), h('td', {}, money(amount)));
    const shareRows = quarterReport.markets.filter((m) => !m.segment.startsWith('vertical:') && (m.shares[lab.id] ?? 0) > 0).map((m) => {
      const before = previous?.markets.find((p) => p.region === m.region && p.segment === m.segment)?.shares[lab.id] ?? 0;
      const now = m.shares[lab.id] ?? 0;
      // The sign of the change as shown (to a tenth of a point): a loss too small to show is no "−0".
      const shown = Math.round((now - before) * 1000) / 10;
      const points = decimal(Math.abs(shown), 1);
      const change = previous ? t(shown >= 0 ? 'report.pointsUp' : 'report.pointsDown', { points }) : t('report.firstQuarter');
      return h('li', {}, t('report.shareLine', { region: regionName(game, m.region), segment: segmentName(game.scenario, m.segment), share: percent(now), change }));
    });
    const events = quarterReport.news.filter((n) => n.code === 'event' && (n.params['lab'] === undefined || n.params['lab'] === lab.id))
      .map((n) => game.scenario.events.find((e) => e.id === n.params['event'])).filter((e) => e !== undefined);
    replaceChildren(content,
      h('h2', { id: 'report-heading' }, t('report.heading', { date: t('hq.date', { quarter: date.quarter, year: date.year }) })),
      h('table', { class: 'books' },
        h('caption', {}, t('report.money')),
        h('tbody', {},
          row(t('report.cashStart'), report.cashStart, 'total'),
          ...groupItems(report.lineItems).map((item) => row(itemLabel(game, item), item.amount, item.amount < 0 ? 'cost' : 'income')),
          row(t('report.cashEnd'), report.cashEnd, 'total'),
          row(t('report.depreciation'), -report.depreciation, 'memo'))),
      h('p', {}, t('report.runway', { runway: runwayText(lab.cash, report) })),
      // While the guided tutorial is on, the finer tables wait one click away: the money and the reasons come first.
      foldWhen(guideView(state) !== null,
        productsTable(game, report.products),
        valuationTable(game, lab),
        shareRows.length > 0 ? h('h3', {}, t('report.shares')) : null,
        shareRows.length > 0 ? h('ul', {}, ...shareRows) : null),
      report.notes.length > 0 ? h('h3', {}, t('report.why')) : null,
      report.notes.length > 0 ? h('ul', {}, ...report.notes.map((n) => h('li', {}, noteText(game, n)))) : null,
      events.length > 0 ? h('h3', {}, t('report.news')) : null,
      events.length > 0 ? h('ul', {}, ...events.map((e) => eventText(game.scenario, e!)).map((e) => h('li', {}, h('strong', {}, e.headline), h('br'), e.body))) : null,
      lab.pendingChoices.length > 0 ? h('p', { class: 'attention' }, t('report.questions')) : null);
    queueMicrotask(() => close.focus());
  };
  render();
  const unsubscribe = store.subscribe((s) => s.reportOpen, render);
  return { root, destroy: () => { unsubscribe(); guide?.destroy(); root.remove(); } };
}

/** The parts as they are, or folded under one summary line. */
function foldWhen(fold: boolean, ...parts: (HTMLElement | null)[]): HTMLElement {
  return fold ? h('details', { class: 'report-more' }, h('summary', {}, t('report.more')), ...parts) : h('div', {}, ...parts);
}

function regionName(game: GameState, id: string): string {
  return regionNameIn(game.scenario, id);
}

/** Line items of the same kind and detail added together, in the order they first appear. */
function groupItems(items: readonly LineItem[]): LineItem[] {
  const groups: LineItem[] = [];
  for (const item of items) {
    const same = groups.find((g) => g.kind === item.kind && g.detail === item.detail);
    if (same) same.amount += item.amount;
    else groups.push({ ...item });
  }
  return groups;
}

/** Revenue, serving cost and gross margin of each product, so a price below the cost of serving shows at once. */
function productsTable(game: GameState, products: readonly ProductResult[]): HTMLElement | null {
  if (products.length === 0) return null;
  const cell = (text: string) => h('td', {}, text);
  // Industry contracts carry the pay of the engineers who delivered them: shown only when some product has it.
  const delivered = products.some((p) => (p.deliveryCost ?? 0) > 0);
  // Marketing is an operating cost, not a cost of sales: its own columns, after the gross margin it does not touch.
  const marketed = products.some((p) => (p.marketing ?? 0) > 0);
  const columns = [
    'product', 'revenue', 'servingCost', ...(delivered ? ['deliveryCost'] as const : []), 'margin', ...(marketed ? ['marketing', 'usersBought'] as const : []),
  ] as const;
  return h('div', {},
    h('table', { class: 'books products' },
      h('caption', {}, t('report.products')),
      h('thead', {}, h('tr', {}, ...columns.map((k) => h('th', { scope: 'col' }, t(`report.products.${k}`))))),
      h('tbody', {}, ...products.map((p) => h('tr', {},
        h('th', { scope: 'row' }, productLabel(game.scenario, p.product)),
        cell(money(p.revenue)),
        cell(money(-p.servingCost)),
        ...(delivered ? [cell(p.deliveryCost ? money(-p.deliveryCost) : '—')] : []),
        cell(p.revenue > 0 ? percent((p.revenue - costOfSales(p)) / p.revenue) : '—'),
        ...(marketed ? [cell(p.marketing ? money(-p.marketing) : '—'), cell(p.usersBought ? count(Math.round(p.usersBought)) : '—')] : []))))),
    h('p', { class: 'muted small' }, t('report.products.note')),
    delivered ? h('p', { class: 'muted small' }, t('report.products.deliveryNote')) : null,
    marketed ? h('p', { class: 'muted small' }, t('report.products.marketingNote')) : null);
}

function itemLabel(game: GameState, item: LineItem): string {
  // A royalty names the lab on the other side of the licence.
  if (item.kind === 'royalty') return t('report.item.royalty', { detail: game.labs.find((l) => l.id === item.detail)?.name ?? t('lab.outside') });
  const detail = item.detail?.startsWith('vertical:')
    ? named(game.scenario, 'verticals', item.detail.slice('vertical:'.length))
    : game.scenario.chips.some((c) => c.id === item.detail) ? named(game.scenario, 'chips', item.detail!)
      : item.detail && segmentRules(game.scenario, item.detail) ? segmentName(game.scenario, item.detail)
        : (item.detail ? t(`report.segment.${item.detail}` as MessageKey) : '');
  return t(`report.item.${item.kind}` as MessageKey, { detail: detail.startsWith('report.') ? item.detail ?? '' : detail });
}


