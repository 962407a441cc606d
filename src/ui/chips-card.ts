import { buyableChips, buyChips, chipListPrice, chipOrderQuote, chipsOnOrder, findChip, usableFleet } from '../engine';
import { count, money, t } from '../i18n';
import type { AppStore } from '../store/game-store';
import { createActionCard, field, numberInput } from './action-card';
import { h, replaceChildren, type Panel } from './dom';
import { playerView, runwayText } from './lab-view';

/** Buy chips: which and how many, with the cost, cash left and runway shown first. */
export function createChipsCard(store: AppStore): Panel {
  const select = h('select', {});
  const units = numberInput(100, 1, 1);
  const owned = h('p', { class: 'muted' });
  let shownQuarter = -1;
  const chip = () => {
    const view = playerView(store.getState());
    return view ? findChip(view.game.scenario, select.value) : undefined;
  };
  return createActionCard(store, {
    id: 'chips',
    term: 'flop',
    heading: t('chips.heading'),
    help: t('chips.help'),
    fields: [field('chip-select', t('chips.chip'), select), field('chip-units', t('chips.units'), units), owned],
    submitLabel: t('chips.submit'),
    refresh: () => {
      const view = playerView(store.getState());
      if (!view) return;
      const fleet = usableFleet(view.lab);
      const onOrder = Object.values(chipsOnOrder(view.lab)).reduce((a, b) => a + b, 0);
      owned.textContent = t('chips.owned', { units: count(Object.values(fleet).reduce((a, b) => a + b, 0)) }) + (onOrder > 0 ? ` ${t('chips.onOrder', { units: count(onOrder) })}` : '');
      if (view.game.quarter === shownQuarter) return;
      shownQuarter = view.game.quarter;
      const chips = buyableChips(view.game, view.lab.region);
      const previous = select.value;
      replaceChildren(select, ...chips.map((c) => h('option', { value: c.id }, t('chips.option', { name: c.name, price: money(chipListPrice(view.game, c)) }))));
      if (chips.some((c) => c.id === previous)) select.value = previous;
    },
    preview: () => {
      const view = playerView(store.getState());
      const quote = view ? chipOrderQuote(view.game, view.lab, select.value, Number(units.value) || 0) : undefined;
      if (!view || !quote) return t('chips.none');
      return t('chips.preview', { cost: money(quote.total), cashAfter: money(quote.cashAfter), runway: runwayText(quote.cashAfter, view.report) });
    },
    action: () => buyChips(playerView(store.getState())?.lab.id ?? '', select.value, Number(units.value)),
    success: () => {
      const view = playerView(store.getState());
      const quote = view ? chipOrderQuote(view.game, view.lab, select.value, Number(units.value)) : undefined;
      return t('chips.bought', { units: count(Number(units.value)), chip: chip()?.name ?? '', cost: money(quote?.total ?? 0) });
    },
  });
}
