import { calendarOf } from '../engine';
import { money, t } from '../i18n';
import { playerLab, type AppStore } from '../store/game-store';
import { h, replaceChildren, type Panel } from './dom';

/** Date, quarter, cash, revenue, valuation and capability of the player's lab. */
export function createTopBar(store: AppStore): Panel {
  const root = h('header', { class: 'top-bar' });
  const render = () => {
    const state = store.getState();
    const lab = playerLab(state);
    const game = state.game;
    if (!lab || !game) return;
    const date = calendarOf(game.scenario.start, game.quarter);
    const figure = (label: string, value: string, id: string) =>
      h('div', { class: 'figure', 'data-figure': id }, h('span', { class: 'label' }, label), h('span', { class: 'value' }, value));
    replaceChildren(
      root,
      h('div', { class: 'date' },
        h('strong', {}, t('hq.date', { quarter: date.quarter, year: date.year })),
        h('span', { class: 'muted' }, t('hq.quarterOf', { number: Math.min(game.quarter + 1, game.scenario.quarters), total: game.scenario.quarters }))),
      figure(t('hq.cash'), money(lab.cash), 'cash'),
      figure(t('hq.revenue'), money(lab.revenueLastQuarter), 'revenue'),
      figure(t('hq.valuation'), money(lab.valuation), 'valuation'),
      figure(t('hq.capability'), lab.capability.toFixed(1), 'capability'),
    );
  };
  render();
  const unsubscribe = store.subscribe((s) => s.game, render);
  return { root, destroy: () => { unsubscribe(); root.remove(); } };
}
