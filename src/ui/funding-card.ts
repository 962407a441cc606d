import { raiseRound, ROUND_RUNWAY_QUARTERS, ROUND_YEAR_SUPPLY_QUARTERS, roundQuote, type RoundLimitParts } from '../engine';
import { money, percent, t } from '../i18n';
import type { AppStore } from '../store/game-store';
import { createActionCard, field, numberInput } from './action-card';
import { h, type Panel } from './dom';
import { playerView } from './lab-view';

/** What sets the largest round now, in the player's words. */
function limitText(limit: RoundLimitParts): string {
  const maxAmount = money(limit.amount);
  switch (limit.limit) {
    case 'need': {
      const params = { maxAmount, quarters: ROUND_RUNWAY_QUARTERS, spending: money(limit.need?.spending ?? 0), cash: money(limit.need?.cash ?? 0) };
      const fleet = limit.need?.fleet;
      if (fleet) return t('funding.limit.needFleet', { ...params, fleet: money(fleet) });
      return t(limit.need?.fleetUnstaffed ? 'funding.limit.needUnstaffed' : 'funding.limit.need', params);
    }
    case 'year':
      return t('funding.limit.year', { maxAmount, quarters: ROUND_YEAR_SUPPLY_QUARTERS, raised: money(limit.recent) });
    case 'turnedDown':
      return t('funding.limit.turnedDown');
    case 'supply':
      return t('funding.limit.supply', { maxAmount });
    default:
      return t('funding.limit.estimate', { maxAmount });
  }
}

/** Raise a round: the dilution and the chance it closes are shown before asking. */
export function createFundingCard(store: AppStore): Panel {
  const amount = numberInput(50, 'any', 1);
  const pending = h('p', { class: 'progress' });
  return createActionCard(store, {
    id: 'funding',
    term: 'dilution',
    heading: t('funding.heading'),
    help: t('funding.help'),
    fields: [field('funding-amount', t('funding.amount'), amount)],
    extra: [pending],
    submitLabel: t('funding.submit'),
    refresh: () => {
      const round = playerView(store.getState())?.lab.pendingRound;
      pending.hidden = !round;
      if (round) pending.textContent = t('funding.pending', { amount: money(round.amount), chance: round.chancePercent });
    },
    preview: () => {
      const view = playerView(store.getState());
      if (!view) return '';
      const raise = Number(amount.value) * 1e6;
      const quote = roundQuote(view.game, view.lab, raise);
      return `${t('funding.preview', {
        valuation: money(quote.preMoney),
        before: percent(quote.equityBefore),
        after: percent(quote.equityAfter),
        chance: quote.chancePercent,
        supply: money(quote.supply),
      })} ${limitText(quote.limit)}`;
    },
    action: () => raiseRound(playerView(store.getState())?.lab.id ?? '', Number(amount.value) * 1e6),
    success: () => t('funding.started'),
  });
}
