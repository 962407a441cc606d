import { capabilityOfLab, operatingCashFlow, sumOf } from '../engine';
import { money, t } from '../i18n';
import type { AppStore } from '../store/game-store';
import { h, replaceChildren, whileShown, type Panel } from './dom';
import { noteText } from './note-text';
import { playerView } from './lab-view';
import { scenarioPremise } from './scenario-text';

/** What happened to the player's lab last quarter, and where every lab stands. */
export function createQuarterSummary(store: AppStore): Panel {
  const last = h('section', { class: 'card', 'aria-labelledby': 'last-heading' });
  const labs = h('section', { class: 'card', 'aria-labelledby': 'labs-heading' });
  const root = h('div', { class: 'summary' }, last, labs);

  const render = () => {
    const view = playerView(store.getState());
    if (!view) return;
    const { game, lab, report } = view;
    const revenue = report ? sumOf(report.lineItems, 'revenue') : 0;
    replaceChildren(
      last,
      h('h2', { id: 'last-heading' }, report ? t('hq.lastQuarter') : t('hq.briefing')),
      report
        ? h('p', {}, t('hq.lastQuarterLine', { revenue: money(revenue), costs: money(revenue - operatingCashFlow(report.lineItems)) }))
        : h('p', { class: 'muted' }, scenarioPremise(game.scenario)),
      report && report.notes.length > 0
        ? h('ul', { class: 'notes' }, ...report.notes.map((n) => h('li', {}, noteText(game, n))))
        : null,
    );
    replaceChildren(
      labs,
      h('h2', { id: 'labs-heading' }, t('hq.rivals')),
      h('ul', {}, ...game.labs.map((l) =>
        h('li', { class: l.id === lab.id ? 'you' : undefined },
          l.alive
            ? t('hq.rivalLine', { name: l.name, capability: capabilityOfLab(game, l).toFixed(1), valuation: money(l.valuation) })
            : t('hq.labOut', { name: l.name })))),
    );
  };
  render();
  const unsubscribe = store.subscribe((s) => s.game, whileShown(root, render));
  return { root, destroy: () => { unsubscribe(); root.remove(); } };
}
