import { calendarOf, gameLength, operatingCashFlow, standings } from '../engine';
import { money, percent, t } from '../i18n';
import type { AppStore } from '../store/game-store';
import { h, replaceChildren, type Panel } from './dom';
import { glossaryButton } from './glossary-dialog';
import { playerView, runwayText } from './lab-view';

/** Date, cash, burn, runway, last round and investors' estimate, equity and capability of the player's lab. */
export function createTopBar(store: AppStore): Panel {
  const root = h('header', { class: 'top-bar' });
  const glossary = glossaryButton();
  const render = () => {
    const view = playerView(store.getState());
    if (!view) return;
    const { game, lab, report } = view;
    const date = calendarOf(game.scenario.start, game.quarter);
    const flow = report ? operatingCashFlow(report.lineItems) : 0;
    const model = game.models.find((m) => m.id === lab.productModel);
    const table = standings(game);
    const rank = table.find((row) => row.lab === lab.id)?.rank ?? table.length;
    const figure = (label: string, value: string, id: string, term: string) =>
      h('div', { class: 'figure', 'data-figure': id, 'data-term': term, tabindex: 0 }, h('span', { class: 'label' }, label), h('span', { class: 'value' }, value));
    replaceChildren(
      root,
      h('div', { class: 'date' },
        h('strong', {}, t('hq.date', { quarter: date.quarter, year: date.year })),
        h('span', { class: 'muted' }, t('hq.quarterOf', { number: Math.min(game.quarter + 1, gameLength(game)), total: gameLength(game) }))),
      figure(t('hq.cash'), money(lab.cash), 'cash', 'cash'),
      figure(flow < 0 ? t('hq.burn') : t('hq.earning'), report ? money(Math.abs(flow)) : t('hq.notYet'), 'burn', 'burn'),
      figure(t('hq.runway'), runwayText(lab.cash, report), 'runway', 'runway'),
      figure(t('hq.valuation'), money(lab.valuation), 'valuation', 'valuation'),
      figure(t('hq.estimate'), money(lab.estimate), 'estimate', 'estimate'),
      figure(t('hq.equity'), percent(lab.equity), 'equity', 'equity'),
      figure(t('hq.capability'), `${(model?.capability ?? 0).toFixed(1)} · ${t('hq.rank', { rank, count: table.length })}`, 'capability', 'capability'),
      glossary,
    );
  };
  render();
  const unsubscribe = store.subscribe((s) => s.game, render);
  return { root, destroy: () => { unsubscribe(); root.remove(); } };
}
