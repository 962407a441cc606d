import { choicesFor, rentalLimit, rentalPrice, rentalQuote, setRental, type Chip, type RentalOffer } from '../engine';
import { count, list, money, price, sentences, t, wholePercent } from '../i18n';
import type { AppStore } from '../store/game-store';
import { createActionCard, field, numberInput } from './action-card';
import { h, replaceChildren, type Panel } from './dom';
import { playerView } from './lab-view';
import { named, nameIn, regionName } from './scenario-text';

interface OfferChoice {
  chip: Chip;
  offer: RentalOffer;
}

/** Rent chips by the hour from a cloud; shows the quarterly rent and any voucher. */
export function createRentCard(store: AppStore): Panel {
  const select = h('select', {});
  const units = numberInput(500, 1, 0);
  const current = h('p', { class: 'muted' });
  let offers: OfferChoice[] = [];
  let shownTurn = -1;
  const chosen = () => offers[Number(select.value)];
  return createActionCard(store, {
    id: 'rent',
    term: 'voucher',
    heading: t('rent.heading'),
    help: t('rent.help'),
    fields: [field('rent-offer', t('rent.offer'), select), field('rent-units', t('rent.units'), units), current],
    submitLabel: t('rent.submit'),
    refresh: () => {
      const view = playerView(store.getState());
      if (!view || view.game.turn === shownTurn) return;
      shownTurn = view.game.turn;
      const { game, lab } = view;
      offers = choicesFor(game, lab).rentals;
      const previous = select.value;
      replaceChildren(select, ...offers.map((o, i) => h('option', { value: i },
        t('rent.option', { chip: nameIn(game.scenario, 'chips', o.chip), region: regionName(game.scenario, o.offer.region), price: price(rentalPrice(game, o.chip, o.offer)) }))));
      if (previous && Number(previous) < offers.length) select.value = previous;
      const renting = lab.rentals.map((r) => t('rent.currentItem', { units: count(r.units), chip: named(game.scenario, 'chips', r.chip), region: regionName(game.scenario, r.region) }));
      current.textContent = renting.length > 0 ? t('rent.current', { list: list(renting) }) : '';
    },
    preview: () => {
      const view = playerView(store.getState());
      const o = chosen();
      if (!view || !o) return t('rent.none');
      const { rent, voucher, voucherRation, tariff } = rentalQuote(view.game, view.lab, o.chip.id, o.offer.region, Number(units.value) || 0);
      // An import duty on the chip's origin is paid with the rent.
      const cost = rent + tariff;
      const most = rentalLimit(o.offer, view.lab.region);
      const limit = Number.isFinite(most) ? t('rent.limit', { maxUnits: count(most) }) : '';
      const duty = tariff > 0 ? t('rent.tariff', { amount: money(tariff) }) : '';
      // City budgets that ran short last quarter pay only part of each claim: the preview counts on that part.
      const voucherText = voucher <= 0 ? '' : voucherRation < 1 ? t('rent.voucherRationed', { amount: money(voucher), share: wholePercent(voucherRation) }) : t('rent.voucher', { amount: money(voucher) });
      return sentences(t('rent.preview', { cost: money(cost), voucher: voucherText }), duty, limit);
    },
    action: () => {
      const o = chosen();
      return setRental(playerView(store.getState())?.lab.id ?? '', o?.chip.id ?? '', o?.offer.region ?? '', Number(units.value));
    },
    success: () => t('rent.done'),
  });
}
