import { t } from '../i18n';
import type { AppStore } from '../store/game-store';
import { createChipsCard } from './chips-card';
import { h, type Panel } from './dom';
import { createFundingCard } from './funding-card';
import { createNewsCard } from './news-card';
import { createProductCard } from './product-card';
import { createQuarterSummary } from './quarter-summary';
import { createResearchCard } from './research-card';
import { createSplitCard } from './split-card';
import { createTopBar } from './top-bar';
import { createTrainingCard } from './training-card';

/** Headquarters: the top bar, the decision cards and the End quarter button, over the Phaser world view. */
export function createHqPanel(store: AppStore): Panel {
  const topBar = createTopBar(store);
  const summary = createQuarterSummary(store);
  const news = createNewsCard(store);
  const cards = [createChipsCard(store), createSplitCard(store), createTrainingCard(store), createResearchCard(store), createProductCard(store), createFundingCard(store)];
  const endQuarter = h('button', { type: 'button', class: 'primary end-quarter' }, t('hq.endQuarter'));
  endQuarter.addEventListener('click', () => store.getState().endQuarter());
  const root = h(
    'div',
    { class: 'screen hq-screen' },
    topBar.root,
    h('aside', { class: 'side-panel' }, h('div', { class: 'side-scroll' }, news.root, summary.root, ...cards.map((c) => c.root)), endQuarter),
  );
  return {
    root,
    destroy: () => {
      [topBar, news, summary, ...cards].forEach((p) => p.destroy());
      root.remove();
    },
  };
}
