import { buyableChips, buyChips, chipListPrice, chipOrderQuote, chipSaleQuote, chipsOnOrder, findChip, greyMarketOf, sellChips, usableFleet } from '../engine';
import { count, money, sentences, t, wholePercent } from '../i18n';
import type { AppStore } from '../store/game-store';
import { createActionCard, field, numberInput } from './action-card';
import { rejectionText } from './note-text';
import { h, replaceChildren, type Panel } from './dom';
import { playerView, runwayText } from './lab-view';
import { nameIn } from './scenario-text';

/** An option's value: a chip id, or `grey:<id>` for the same chip bought on the grey market. */
const GREY = 'grey:';

/**
 * Buy chips, legally or (where controls forbid them and a grey market exists) smuggled at its premium and seizure risk,
 * or sell chips the lab owns, with the cost, cash left, runway and sale value shown first.
 */
export function createChipsCard(store: AppStore): Panel {
  const select = h('select', {});
  const units = numberInput(100, 1, 1);
  const owned = h('p', { class: 'muted' });
  const sellButton = h('button', { type: 'button', class: 'secondary' }, t('chips.sell'));
  const sellMessage = h('p', { class: 'message', role: 'status' });
  let shownQuarter = -1;
  const picked = () => ({ id: select.value.startsWith(GREY) ? select.value.slice(GREY.length) : select.value, grey: select.value.startsWith(GREY) });
  const chip = () => {
    const view = playerView(store.getState());
    return view ? findChip(view.game.scenario, picked().id) : undefined;
  };
  sellButton.addEventListener('click', () => {
    const view = playerView(store.getState());
    if (!view) return;
    const n = Number(units.value);
    const proceeds = chipSaleQuote(view.game, view.lab, picked().id, n);
    const rejected = store.getState().dispatch(sellChips(view.lab.id, picked().id, n));
    sellMessage.className = rejected ? 'message error' : 'message ok';
    sellMessage.textContent = rejected ? rejectionText(store.getState().game, rejected) : t('chips.sold', { units: count(n), chip: chip()?.name ?? '', proceeds: money(proceeds) });
  });
  return createActionCard(store, {
    id: 'chips',
    term: 'flop',
    heading: t('chips.heading'),
    help: t('chips.help'),
    fields: [field('chip-select', t('chips.chip'), select), field('chip-units', t('chips.units'), units), owned],
    extra: [sellButton, sellMessage],
    submitLabel: t('chips.submit'),
    refresh: () => {
      const view = playerView(store.getState());
      if (!view) return;
      const fleet = usableFleet(view.lab);
      const onOrder = Object.values(chipsOnOrder(view.lab)).reduce((a, b) => a + b, 0);
      owned.textContent = sentences(t('chips.owned', { units: count(Object.values(fleet).reduce((a, b) => a + b, 0)) }), onOrder > 0 ? t('chips.onOrder', { units: count(onOrder) }) : '');
      if (view.game.quarter === shownQuarter) return;
      shownQuarter = view.game.quarter;
      const legal = buyableChips(view.game, view.lab.region);
      const grey = view.game.scenario.chips.filter((c) => !legal.includes(c) && greyMarketOf(view.game, c.id));
      const previous = select.value;
      replaceChildren(select,
        ...legal.map((c) => h('option', { value: c.id }, t('chips.option', { name: nameIn(view.game.scenario, 'chips', c), price: money(chipListPrice(view.game, c)) }))),
        ...grey.map((c) => h('option', { value: `${GREY}${c.id}` }, t('chips.greyOption', { name: nameIn(view.game.scenario, 'chips', c), price: money(chipListPrice(view.game, c) * (1 + (greyMarketOf(view.game, c.id)?.premium ?? 0))) }))));
      if ([...select.options].some((o) => o.value === previous)) select.value = previous;
    },
    preview: () => {
      const view = playerView(store.getState());
      const { id, grey } = picked();
      const n = Number(units.value) || 0;
      const quote = view ? chipOrderQuote(view.game, view.lab, id, n, grey) : undefined;
      if (!view || !quote) return t('chips.none');
      const parts = [t('chips.preview', { cost: money(quote.total), cashAfter: money(quote.cashAfter), runway: runwayText(quote.cashAfter, view.report) })];
      if (quote.tariff > 0) parts.push(t('chips.tariff', { amount: money(quote.tariff) }));
      const market = grey ? greyMarketOf(view.game, id) : undefined;
      if (market) parts.push(t('chips.greyRisk', { premium: wholePercent(market.premium), seizure: wholePercent(market.seizurePercent / 100) }));
      const ownedUnits = view.lab.chips[id] ?? 0;
      if (!grey && ownedUnits > 0) parts.push(t('chips.saleValue', { units: count(Math.min(n, ownedUnits)), proceeds: money(chipSaleQuote(view.game, view.lab, id, Math.min(n, ownedUnits))) }));
      return sentences(...parts);
    },
    action: () => buyChips(playerView(store.getState())?.lab.id ?? '', picked().id, Number(units.value), picked().grey),
    success: () => {
      const view = playerView(store.getState());
      const quote = view ? chipOrderQuote(view.game, view.lab, picked().id, Number(units.value), picked().grey) : undefined;
      return t('chips.bought', { units: count(Number(units.value)), chip: chip()?.name ?? '', cost: money(quote?.total ?? 0) });
    },
  });
}
