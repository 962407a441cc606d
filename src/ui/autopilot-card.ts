import { DESIGN_STRATEGIES, setAutopilot, type StrategyId } from '../engine';
import { t, type MessageKey } from '../i18n';
import { playerLab, type AppStore } from '../store/game-store';
import { rejectionText } from './action-card';
import { h, replaceChildren, type Panel } from './dom';

/** Autopilot: hand the player's lab to one of the strategies, take it back, or let it play the game out. */
export function createAutopilotCard(store: AppStore): Panel {
  const message = h('p', { class: 'message', role: 'status', id: 'autopilot-message' });
  const body = h('div', {});
  const root = h('section', { class: 'card', 'aria-labelledby': 'autopilot-heading', 'data-card': 'autopilot' },
    h('h2', { id: 'autopilot-heading' }, t('autopilot.heading')),
    body,
    message);
  const send = (strategy: StrategyId | null) => {
    const lab = playerLab(store.getState());
    if (!lab) return;
    const rejected = store.getState().dispatch(setAutopilot(lab.id, strategy));
    message.className = rejected ? 'message error' : 'message ok';
    message.textContent = rejected ? rejectionText(rejected) : strategy === null ? t('autopilot.takenBack') : t('autopilot.handed', { strategy: t(`strategy.${strategy}` as MessageKey) });
  };
  const render = () => {
    const state = store.getState();
    const lab = playerLab(state);
    const seat = lab ? state.game?.seats[lab.id] : undefined;
    if (seat?.kind === 'bot') {
      const takeBack = h('button', { type: 'button' }, t('autopilot.takeBack'));
      takeBack.addEventListener('click', () => send(null));
      const playOut = h('button', { type: 'button', class: 'secondary' }, t('autopilot.playToEnd'));
      playOut.addEventListener('click', () => store.getState().playToEnd());
      replaceChildren(body,
        h('p', { class: 'autopilot-on' }, t('autopilot.on', { strategy: t(`strategy.${seat.strategy}` as MessageKey) })),
        h('p', { class: 'muted' }, t('autopilot.onHelp')),
        h('div', { class: 'button-row' }, takeBack, playOut));
      return;
    }
    const select = h('select', { id: 'autopilot-strategy' },
      ...DESIGN_STRATEGIES.map((id) => h('option', { value: id }, t(`strategy.${id}` as MessageKey))));
    const hand = h('button', { type: 'button' }, t('autopilot.hand'));
    hand.addEventListener('click', () => send(select.value as StrategyId));
    replaceChildren(body,
      h('p', { class: 'muted' }, t('autopilot.help')),
      h('label', { for: 'autopilot-strategy' }, t('autopilot.strategy')),
      select,
      h('div', { class: 'button-row' }, hand));
  };
  render();
  const unsubscribe = store.subscribe((s) => (s.game ? s.game.seats : null), render);
  return { root, destroy: () => { unsubscribe(); root.remove(); } };
}
