import { answerEvent, type GameState, type ReportNote } from '../engine';
import { t } from '../i18n';
import type { AppStore } from '../store/game-store';
import { newsText, rejectionText } from './note-text';
import { h, replaceChildren, whileShown, type Panel } from './dom';
import { playerView } from './lab-view';
import { eventText } from './scenario-text';

/** Last quarter's news: events with their teaching note, releases and exits; and questions waiting for an answer. */
export function createNewsCard(store: AppStore): Panel {
  // The answer line stays in place across redraws (a live region moved in the page may be read again) and is
  // cleared when a new quarter begins.
  const message = h('p', { class: 'message', role: 'status', id: 'news-message' });
  const body = h('div', {});
  const root = h('section', { class: 'card news', 'aria-labelledby': 'news-heading', 'data-card': 'news' },
    h('h2', { id: 'news-heading' }, t('news.heading')), body, message);
  let quarter = store.getState().game?.quarter;
  const render = () => {
    const view = playerView(store.getState());
    if (!view) return;
    const { game, lab } = view;
    if (game.quarter !== quarter) {
      quarter = game.quarter;
      message.textContent = '';
    }
    const news = game.reports.at(-1)?.news.filter((n) => n.code !== 'event' || n.params['lab'] === undefined || n.params['lab'] === lab.id) ?? [];
    replaceChildren(
      body,
      news.length === 0 ? h('p', { class: 'muted' }, t('news.none')) : null,
      ...news.map((note) => newsItem(game, note)),
      ...lab.pendingChoices.map((eventId) => question(store, game, lab.id, eventId, message)),
    );
  };
  render();
  const unsubscribe = store.subscribe((s) => s.game, whileShown(root, render));
  return { root, destroy: () => { unsubscribe(); root.remove(); } };
}

function newsItem(game: GameState, note: ReportNote): HTMLElement {
  if (note.code === 'event') {
    const event = game.scenario.events.find((e) => e.id === note.params['event']);
    if (!event) return h('p', {}, String(note.params['event']));
    const text = eventText(game.scenario, event);
    return h('article', { class: 'event' },
      h('h3', {}, text.headline),
      h('p', {}, text.body),
      h('p', { class: 'teaching' }, t('news.whyItMatters', { note: text.teachingNote })));
  }
  return h('p', { class: 'news-line' }, newsText(game, note));
}

function question(store: AppStore, game: GameState, labId: string, eventId: string, message: HTMLElement): HTMLElement {
  const event = game.scenario.events.find((e) => e.id === eventId);
  if (!event) return h('p', {}, eventId);
  const text = eventText(game.scenario, event);
  const buttons = event.choices.map((choice) => {
    const button = h('button', { type: 'button' }, text.choice(choice.id));
    button.addEventListener('click', () => {
      const rejected = store.getState().dispatch(answerEvent(labId, eventId, choice.id));
      message.className = rejected ? 'message error' : 'message ok';
      message.textContent = rejected ? rejectionText(store.getState().game, rejected) : t('news.chosen', { choice: text.choice(choice.id) });
    });
    return button;
  });
  return h('div', { class: 'question', role: 'group', 'aria-label': text.headline },
    h('h3', {}, text.headline),
    h('p', {}, text.body),
    h('p', { class: 'teaching' }, t('news.whyItMatters', { note: text.teachingNote })),
    h('p', {}, t('news.decide')),
    h('div', { class: 'button-row' }, ...buttons),
    h('p', { class: 'muted' }, t('news.defaultHint')));
}
