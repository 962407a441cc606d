// The guided tutorial's box: the step's count, what to do and why, and Show everything.
import { t } from '../i18n';
import type { AppStore } from '../store/game-store';
import { guideView } from '../store/guide-slice';
import { h, type Panel } from './dom';

/**
 * `where` is the side panel (every step) or the quarter report (the step that asks the player to read it).
 * The box speaks once per new step: its text changes only then.
 */
export function createGuideBox(store: AppStore, where: 'side' | 'report'): Panel {
  const id = `guide-${where}`;
  const count = h('p', { class: 'guide-count' });
  const heading = h('h2', { id: `${id}-heading` });
  const todo = h('p', { class: 'guide-todo' });
  const why = h('p', { class: 'guide-why' });
  const skip = h('button', { type: 'button', class: 'secondary guide-skip', title: t('guide.showEverythingHelp') }, t('guide.showEverything'));
  skip.addEventListener('click', () => store.getState().showEverything());
  // Only the side box speaks (the report's copy says the same while the report is open).
  const words = h('div', where === 'side' ? { 'aria-live': 'polite' } : {}, todo, why);
  const root = h('section', { class: `guide guide-${where}`, 'aria-labelledby': `${id}-heading`, 'data-guide': where }, count, heading, words, skip);
  let shown = -1;
  const render = () => {
    const view = guideView(store.getState());
    const here = view && (where === 'side' || 'report' in view.step.place) ? view : null;
    root.hidden = !here;
    if (!here || here.index === shown) return;
    shown = here.index;
    count.textContent = t('guide.count', { step: here.index + 1, total: here.total });
    heading.textContent = t(here.step.title);
    todo.textContent = t(here.step.todo);
    why.textContent = t('guide.why', { text: t(here.step.why) });
  };
  render();
  const unsubscribe = store.subscribe((s) => [s.guide, s.game?.seats] as const, render, { equalityFn: (a, b) => a[0] === b[0] && a[1] === b[1] });
  return { root, destroy: () => { unsubscribe(); root.remove(); } };
}
