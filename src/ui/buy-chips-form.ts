import { buyableChips, buyChips, findChip } from '../engine';
import { count, money, t, type MessageKey } from '../i18n';
import { playerLab, type AppStore } from '../store/game-store';
import { h, replaceChildren, type Panel } from './dom';

/** The player's decision: which chip and how many, with the cost and cash left shown before buying. */
export function createBuyChipsForm(store: AppStore): Panel {
  const select = h('select', { id: 'buy-chip' });
  const units = h('input', { id: 'buy-units', type: 'number', min: 1, step: 1, value: 100, inputmode: 'numeric' });
  const preview = h('p', { class: 'preview', 'aria-live': 'polite' });
  const message = h('p', { class: 'message', role: 'status' });
  const buy = h('button', { type: 'submit' }, t('hq.buy'));
  const form = h(
    'form',
    { class: 'card', 'aria-labelledby': 'buy-heading' },
    h('h2', { id: 'buy-heading' }, t('hq.buyHeading')),
    h('p', { class: 'muted' }, t('hq.buyHelp')),
    h('label', { for: 'buy-chip' }, t('hq.chipLabel')),
    select,
    h('label', { for: 'buy-units' }, t('hq.unitsLabel')),
    h('div', { class: 'buy-row' }, units, buy),
    preview,
    message,
  );

  let chipsForQuarter = -1;
  const renderChoices = () => {
    const state = store.getState();
    const lab = playerLab(state);
    if (!state.game || !lab || state.game.quarter === chipsForQuarter) return;
    chipsForQuarter = state.game.quarter;
    message.textContent = '';
    const chips = buyableChips(state.game.scenario, lab.region, state.game.quarter);
    const previous = select.value;
    replaceChildren(select, ...chips.map((chip) => h('option', { value: chip.id }, t('hq.chipOption', { name: chip.name, price: money(chip.price) }))));
    if (chips.some((chip) => chip.id === previous)) select.value = previous;
    buy.disabled = chips.length === 0;
    if (chips.length === 0) message.textContent = t('hq.noChips');
  };

  const renderPreview = () => {
    const state = store.getState();
    const lab = playerLab(state);
    const chip = state.game ? findChip(state.game.scenario, select.value) : undefined;
    if (!lab || !chip) {
      preview.textContent = '';
      return;
    }
    const cost = chip.price * (Number(units.value) || 0);
    preview.textContent = t('hq.buyCost', { cost: money(cost), cashAfter: money(lab.cash - cost) });
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const state = store.getState();
    const lab = playerLab(state);
    const chip = state.game ? findChip(state.game.scenario, select.value) : undefined;
    if (!lab) return;
    const amount = Number(units.value);
    const accepted = state.dispatch(buyChips(lab.id, select.value, amount));
    if (accepted && chip) {
      message.className = 'message ok';
      message.textContent = t('hq.bought', { units: count(amount), chip: chip.name, cost: money(chip.price * amount) });
    }
  });
  select.addEventListener('change', renderPreview);
  units.addEventListener('input', renderPreview);

  const renderRejection = () => {
    const { rejected } = store.getState();
    if (!rejected) return;
    const params = { ...rejected.params };
    for (const key of ['cost', 'cash'] as const) {
      if (typeof params[key] === 'number') params[key] = money(params[key]);
    }
    message.className = 'message error';
    message.textContent = t(`reason.${rejected.reason}` as MessageKey, params);
  };

  renderChoices();
  renderPreview();
  const unsubscribers = [
    store.subscribe((s) => s.game, () => { renderChoices(); renderPreview(); }),
    store.subscribe((s) => s.rejected, renderRejection),
  ];
  return { root: form, destroy: () => { unsubscribers.forEach((u) => u()); form.remove(); } };
}
