import { partnerDeal, partnerQuote, partnerRegion, partnersFor } from '../engine';
import { money, percent, t } from '../i18n';
import type { AppStore } from '../store/game-store';
import { createActionCard, field, numberInput } from './action-card';
import { h, replaceChildren, type Panel } from './dom';
import { playerView } from './lab-view';
import { regionName } from './scenario-text';

/** Sell equity to a cloud in the game for compute credit: what it would pay, the dilution and the strings attached. */
export function createPartnerCard(store: AppStore): Panel {
  const partner = h('select', {});
  const amount = numberInput(50, 'any', 1);
  const credit = h('p', { class: 'progress' });
  return createActionCard(store, {
    id: 'partner',
    term: 'partner',
    heading: t('partner.heading'),
    help: t('partner.help'),
    fields: [field('partner-lab', t('partner.lab'), partner), field('partner-amount', t('partner.amount'), amount)],
    extra: [credit],
    submitLabel: t('partner.submit'),
    refresh: () => {
      const view = playerView(store.getState());
      if (!view) return;
      const previous = partner.value;
      const labs = partnersFor(view.game, view.lab);
      replaceChildren(partner, ...labs.map((p) => h('option', { value: p.id }, p.name)));
      if (labs.some((p) => p.id === previous)) partner.value = previous;
      const region = partnerRegion(view.game, view.lab);
      const current = view.lab.partner;
      credit.hidden = !current || region === undefined;
      if (current && region !== undefined) {
        credit.textContent = t('partner.credit', {
          amount: money(current.credit),
          partner: view.game.labs.find((l) => l.id === current.lab)?.name ?? current.lab,
          region: regionName(view.game.scenario, region),
        });
      }
    },
    preview: () => {
      const view = playerView(store.getState());
      const chosen = view?.game.labs.find((l) => l.id === partner.value);
      if (!view || !chosen) return t('partner.none');
      const quote = partnerQuote(view.game, view.lab, chosen, Number(amount.value) * 1e6);
      return t('partner.preview', {
        partner: chosen.name,
        max: money(quote.maxAmount),
        valuation: money(quote.preMoney),
        before: percent(view.lab.equity),
        after: percent(quote.equityAfter),
        region: regionName(view.game.scenario, chosen.region),
      });
    },
    action: () => partnerDeal(playerView(store.getState())?.lab.id ?? '', partner.value, Number(amount.value) * 1e6),
    success: () => t('partner.done'),
  });
}
