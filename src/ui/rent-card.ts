import { choicesFor, rentalLimit, rentalPrice, rentalQuote, setRental, type Chip, type RentalOffer } from '../engine';
import { count, money, t } from '../i18n';
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
        t('rent.option', { chip: nameIn(game.scenario, 'chips', o.chip), region: regionName(game.scenario, o.offer.region), price: rentalPrice(game, o.chip, o.offer).toFixed(2) }))));
      if (previous && Number(previous) < offers.length) select.value = previous;
      const renting = lab.rentals.map((r) => `${r.units} × ${named(game.scenario, 'chips', r.chip)} (${r.region})`);
      current.textContent = renting.length > 0 ? t('rent.current', { list: renting.join(', ') }) : '';
    },
    preview: () => {
      const view = playerView(store.getState());
      const o = chosen();
      if (!view || !o) return t('rent.none');
      const { rent: cost, voucher } = rentalQuote(view.game, view.lab, o.chip.id, o.offer.region, Number(units.value) || 0);
      const most = rentalLimit(o.offer, view.lab.region);
      const limit = Number.isFinite(most) ? ` ${t('rent.limit', { maxUnits: count(most) })}` : '';
      return `${t('rent.preview', { cost: money(cost), voucher: voucher > 0 ? t('rent.voucher', { amount: money(voucher) }) : '' })}${limit}`;
    },
    action: () => {
      const o = chosen();
      return setRental(playerView(store.getState())?.lab.id ?? '', o?.chip.id ?? '', o?.offer.region ?? '', Number(units.value));
    },
    success: () => t('rent.done'),
  });
}
