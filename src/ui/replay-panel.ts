import { calendarOf, capabilityOfLab, gameLength } from '../engine';
import { money, t } from '../i18n';
import type { AppStore } from '../store/game-store';
import { actionText } from './action-text';
import { h, replaceChildren, type Panel } from './dom';
import { noteText } from './note-text';
import { createTopBar } from './top-bar';

/** The replay viewer: step through a game's quarters, with the moves made and what each quarter brought. */
export function createReplayPanel(store: AppStore): Panel {
  const topBar = createTopBar(store, { isHeading: false });
  const position = h('p', { class: 'replay-position', 'aria-live': 'polite' });
  const previous = h('button', { type: 'button' }, t('replay.previous'));
  const next = h('button', { type: 'button', class: 'primary' }, t('replay.next'));
  const close = h('button', { type: 'button', class: 'secondary' }, t('replay.close'));
  const body = h('div', { class: 'replay-body' });
  const step = (delta: number) => {
    const replay = store.getState().replay;
    if (replay) store.getState().showReplayQuarter(replay.index + delta);
  };
  previous.addEventListener('click', () => step(-1));
  next.addEventListener('click', () => step(1));
  close.addEventListener('click', () => store.getState().closeReplay());
  const onKey = (event: KeyboardEvent) => {
    if (event.key === 'ArrowLeft') step(-1);
    if (event.key === 'ArrowRight') step(1);
  };
  document.addEventListener('keydown', onKey);

  const render = () => {
    const replay = store.getState().replay;
    if (!replay) return;
    const { state, actions } = replay.steps[replay.index]!;
    const last = replay.index === replay.steps.length - 1;
    const date = calendarOf(state.scenario.start, Math.min(state.quarter, gameLength(state) - 1));
    const dateText = t('hq.date', { quarter: date.quarter, year: date.year });
    position.textContent = last && state.over
      ? t('replay.atEnd', { date: dateText })
      : t('replay.position', { number: replay.index + 1, total: replay.steps.length - 1, date: dateText });
    previous.disabled = replay.index === 0;
    next.disabled = last;
    const report = state.reports.at(-1);
    const notes = report?.labs.flatMap((r) => r.notes.map((n) => `${state.labs.find((l) => l.id === r.lab)?.name ?? r.lab}: ${noteText(state, n)}`)) ?? [];
    replaceChildren(body,
      h('h2', {}, t('replay.actionsHeading')),
      actions.length > 0 ? h('ul', {}, ...actions.map((a) => h('li', {}, actionText(a, state)))) : h('p', { class: 'muted' }, t('replay.noActions')),
      notes.length > 0 ? h('h2', {}, t('replay.whatHappened')) : null,
      notes.length > 0 ? h('ul', { class: 'notes' }, ...notes.map((n) => h('li', {}, n))) : null,
      h('h2', {}, t('hq.rivals')),
      h('ul', {}, ...state.labs.map((l) => h('li', {}, l.alive
        ? t('replay.labLine', { name: l.name, cash: money(l.cash), capability: capabilityOfLab(state, l).toFixed(1), valuation: money(l.valuation) })
        : t('replay.labOut', { name: l.name })))));
  };
  render();
  const unsubscribe = store.subscribe((s) => s.replay, render);
  const root = h('div', { class: 'screen hq-screen replay-screen' },
    topBar.root,
    h('aside', { class: 'side-panel' },
      h('div', { class: 'side-scroll card' },
        h('h1', { class: 'replay-title', id: 'replay-heading', tabindex: -1 }, t('replay.heading')),
        position,
        h('div', { class: 'button-row' }, previous, next),
        h('p', { class: 'muted small' }, t('replay.keys')),
        body),
      close));
  // A new screen: focus its main heading (the arrow keys step through quarters from anywhere on it).
  queueMicrotask(() => root.querySelector<HTMLElement>('#replay-heading')?.focus());
  return { root, destroy: () => { unsubscribe(); document.removeEventListener('keydown', onKey); topBar.destroy(); root.remove(); } };
}
