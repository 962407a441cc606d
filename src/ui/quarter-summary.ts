import { money, percent, t } from '../i18n';
import { playerLab, type AppStore } from '../store/game-store';
import { h, replaceChildren, type Panel } from './dom';

/** What happened to the player's lab last quarter, and where every lab stands. */
export function createQuarterSummary(store: AppStore): Panel {
  const last = h('section', { class: 'card', 'aria-labelledby': 'last-heading' });
  const labs = h('section', { class: 'card', 'aria-labelledby': 'labs-heading' });
  const root = h('div', { class: 'summary' }, last, labs);

  const render = () => {
    const state = store.getState();
    const game = state.game;
    const lab = playerLab(state);
    if (!game || !lab) return;
    const report = game.reports.at(-1)?.labs.find((r) => r.lab === lab.id);
    const costs = report ? report.lineItems.filter((i) => i.amount < 0).reduce((sum, i) => sum + i.amount, 0) : 0;
    replaceChildren(
      last,
      h('h2', { id: 'last-heading' }, report ? t('hq.lastQuarter') : t('hq.briefing')),
      report
        ? h('p', {}, t('hq.lastQuarterLine', { revenue: money(report.lineItems.filter((i) => i.kind === 'revenue').reduce((s, i) => s + i.amount, 0)), costs: money(-costs), share: percent(report.shares['us'] ?? 0) }))
        : h('p', { class: 'muted' }, game.scenario.premise),
    );
    replaceChildren(
      labs,
      h('h2', { id: 'labs-heading' }, t('hq.rivals')),
      h('ul', {}, ...game.labs.map((l) =>
        h('li', { class: l.id === lab.id ? 'you' : undefined },
          l.alive
            ? t('hq.rivalLine', { name: l.name, capability: l.capability.toFixed(1), valuation: money(l.valuation) })
            : t('hq.labOut', { name: l.name })))),
    );
  };
  render();
  const unsubscribe = store.subscribe((s) => s.game, render);
  return { root, destroy: () => { unsubscribe(); root.remove(); } };
}
