import { t } from '../i18n';
import type { AppStore } from '../store/game-store';
import { createBuyChipsForm } from './buy-chips-form';
import { h, type Panel } from './dom';
import { createQuarterSummary } from './quarter-summary';
import { createTopBar } from './top-bar';

/** Headquarters: the top bar, the decision panel and the End quarter button, over the Phaser world view. */
export function createHqPanel(store: AppStore): Panel {
  const parts = [createTopBar(store), createBuyChipsForm(store), createQuarterSummary(store)];
  const [topBar, buyForm, summary] = parts as [Panel, Panel, Panel];
  const endQuarter = h('button', { type: 'button', class: 'primary end-quarter' }, t('hq.endQuarter'));
  endQuarter.addEventListener('click', () => store.getState().endQuarter());
  const root = h(
    'div',
    { class: 'screen hq-screen' },
    topBar.root,
    h('aside', { class: 'side-panel' }, h('div', { class: 'side-scroll' }, buyForm.root, summary.root), endQuarter),
  );
  return {
    root,
    destroy: () => {
      parts.forEach((p) => p.destroy());
      root.remove();
    },
  };
}
