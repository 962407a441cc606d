import { calendarOf, DESIGN_STRATEGIES, setAutopilot, type StrategyId } from '../engine';
import { t, type MessageKey } from '../i18n';
import { playerLab, type AppStore } from '../store/game-store';
import { rejectionText } from './note-text';
import { h, replaceChildren, type Panel } from './dom';

/** Autopilot: hand the player's lab to one of the strategies, take it back, or let it play the game out. */
export function createAutopilotCard(store: AppStore): Panel {
  const message = h('p', { class: 'message', role: 'status', id: 'autopilot-message' });
  const body = h('div', {});
  const root = h('section', { class: 'card', 'aria-labelledby': 'autopilot-heading', 'data-card': 'autopilot' },
    h('h2', { id: 'autopilot-heading' }, t('autopilot.heading')),
    body,
    message);
  let timer: number | undefined;
  const send = (strategy: StrategyId | null) => {
    const lab = playerLab(store.getState());
    if (!lab) return;
    const rejected = store.getState().dispatch(setAutopilot(lab.id, strategy));
    message.className = rejected ? 'message error' : 'message ok';
    message.textContent = rejected ? rejectionText(store.getState().game, rejected) : strategy === null ? t('autopilot.takenBack') : t('autopilot.handed', { strategy: t(`strategy.${strategy}` as MessageKey) });
  };
  // One quarter per timer task: the world view and the top bar keep up, and the page says where it has got to.
  const playOut = () => {
    const more = store.getState().autopilotQuarter();
    const game = store.getState().game;
    if (more && game) {
      const date = calendarOf(game.scenario.start, game.quarter);
      message.className = 'message ok';
      message.textContent = t('autopilot.playing', { date: t('hq.date', { quarter: date.quarter, year: date.year }) });
      timer = window.setTimeout(playOut, 0);
    } else timer = undefined;
  };

  const render = () => {
    const state = store.getState();
    const lab = playerLab(state);
    const seat = lab ? state.game?.seats[lab.id] : undefined;
    const hadFocus = body.contains(document.activeElement);
    let main: HTMLElement;
    if (seat?.kind === 'bot') {
      const rest = h('button', { type: 'button', class: 'secondary' }, t('autopilot.playToEnd'));
      rest.addEventListener('click', () => {
        rest.disabled = true;
        playOut();
      });
      const strategy = t(`strategy.${seat.strategy}` as MessageKey);
      if (seat.autopilot) {
        const takeBack = h('button', { type: 'button' }, t('autopilot.takeBack'));
        takeBack.addEventListener('click', () => send(null));
        replaceChildren(body,
          h('p', { class: 'autopilot-on' }, t('autopilot.on', { strategy })),
          h('p', { class: 'muted' }, t('autopilot.onHelp')),
          h('div', { class: 'button-row' }, takeBack, rest));
        main = takeBack;
      } else {
        // Watch mode: the lab is a strategy's from the first quarter.
        replaceChildren(body, h('p', { class: 'autopilot-on' }, t('autopilot.watching', { strategy })), h('div', { class: 'button-row' }, rest));
        main = rest;
      }
    } else {
      const select = h('select', { id: 'autopilot-strategy' },
        ...DESIGN_STRATEGIES.map((id) => h('option', { value: id }, t(`strategy.${id}` as MessageKey))));
      const hand = h('button', { type: 'button' }, t('autopilot.hand'));
      hand.addEventListener('click', () => send(select.value as StrategyId));
      replaceChildren(body,
        h('p', { class: 'muted' }, t('autopilot.help')),
        h('label', { for: 'autopilot-strategy' }, t('autopilot.strategy')),
        select,
        h('div', { class: 'button-row' }, hand));
      main = hand;
    }
    // The clicked button is gone with the redraw: focus moves to the card's new main button.
    if (hadFocus) main.focus();
  };
  render();
  // Redrawn only when who decides changes (the seats object is copied every quarter).
  const seatKey = (s: ReturnType<AppStore['getState']>) => {
    const lab = playerLab(s);
    const seat = lab ? s.game?.seats[lab.id] : undefined;
    return seat ? `${seat.kind}:${seat.kind === 'bot' ? seat.strategy : ''}` : '';
  };
  const unsubscribe = store.subscribe(seatKey, render);
  return { root, destroy: () => { unsubscribe(); window.clearTimeout(timer); root.remove(); } };
}
