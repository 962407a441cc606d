import { marketingQuote, segmentIds, segmentRules, setMarketing, type GameState, type SegmentId } from '../engine';
import { money, shortCount, t } from '../i18n';
import type { AppStore } from '../store/game-store';
import { createActionCard, field, numberInput } from './action-card';
import { h, replaceChildren, type Panel } from './dom';
import { playerView } from './lab-view';
import { segmentName } from './scenario-text';

/** Segments whose users the scenario lets a lab buy with marketing. */
const marketable = (game: GameState) => segmentIds(game.scenario).filter((id) => segmentRules(game.scenario, id)?.acquisitionCost !== undefined);

/** A marketing budget a quarter per app: users bought beyond those the product and its price win. */
export function createMarketingCard(store: AppStore): Panel {
  const segment = h('select', {});
  const amount = numberInput(0, 'any', 0);
  let shown = '';
  let shownSegment = '';
  return createActionCard(store, {
    id: 'marketing',
    heading: t('marketing.heading'),
    help: t('marketing.help'),
    fields: [field('marketing-segment', t('marketing.segment'), segment), field('marketing-amount', t('marketing.amount'), amount)],
    submitLabel: t('marketing.submit'),
    refresh: () => {
      const view = playerView(store.getState());
      if (!view) return;
      const ids = marketable(view.game);
      const key = `${view.game.scenario.id}|${ids.join('|')}`;
      if (key !== shown) {
        shown = key;
        replaceChildren(segment, ...ids.map((id) => h('option', { value: id }, segmentName(view.game.scenario, id))));
      }
      // Scenarios where no users can be bought show no marketing card (the form holds the fields).
      const form = segment.closest('form');
      if (form) form.hidden = ids.length === 0;
      if (segment.value !== shownSegment) {
        shownSegment = segment.value;
        amount.value = String(view.lab.marketing?.[segment.value] ?? 0);
      }
    },
    preview: () => {
      const view = playerView(store.getState());
      const budget = Number(amount.value);
      if (!view || !segment.value || !(budget >= 0)) return '';
      const quote = marketingQuote(view.game, view.lab, segment.value as SegmentId, budget);
      if (quote.costPerUser === undefined) return '';
      const lines = [t('marketing.preview', { amount: money(budget), users: shortCount(quote.users), cost: money(quote.costPerUser), reachable: shortCount(quote.reachable) })];
      if (quote.worth > 0) lines.push(t(quote.worth > quote.costPerUser ? 'marketing.worthMore' : 'marketing.worthLess', { worth: money(quote.worth), cost: money(quote.costPerUser) }));
      if (!view.lab.products[segment.value]) lines.push(t('marketing.notLaunched'));
      return lines;
    },
    action: () => setMarketing(playerView(store.getState())?.lab.id ?? '', segment.value as SegmentId, Number(amount.value)),
    success: () => t('marketing.set', { amount: money(Number(amount.value)) }),
  });
}
