// What the guided tutorial does to the headquarters: only the controls its steps have opened are shown, and the place
// the current step points to is brought to the front and highlighted. With no guide, everything is shown.
import type { AppStore } from '../store/game-store';
import { guideView } from '../store/guide-slice';
import { placeTab, TAB_OF, type GuideControl } from '../store/guide-steps';
import type { SideTabs } from './side-tabs';

/** True while the guide keeps the End quarter button closed (the E key then does nothing either). */
export const closedByGuide = (element: HTMLElement): boolean => element.classList.contains('guide-closed');

export function followGuide(store: AppStore, panel: HTMLElement, tabs: SideTabs, endQuarter: HTMLButtonElement): () => void {
  let pointedAt = -1;
  const apply = () => {
    const view = guideView(store.getState());
    const open = view?.open ?? null;
    // Only the controls the guide knows open and close: the objective tracker stays in view throughout, goal in sight.
    const cards = [...panel.querySelectorAll<HTMLElement>('[data-card]')].filter((card) => Object.hasOwn(TAB_OF, card.dataset['card'] ?? ''));
    // A class, not `hidden`: cards hide parts of themselves, and the guide must not undo that.
    for (const card of cards) card.classList.toggle('guide-closed', open !== null && !open.has(card.dataset['card'] as GuideControl));
    endQuarter.classList.toggle('guide-closed', open !== null && !open.has('endQuarter'));
    tabs.showTabs(open === null ? null : (tab) => [...open].some((control) => control !== 'endQuarter' && TAB_OF[control] === tab));
    for (const marked of panel.querySelectorAll('.guide-target')) marked.classList.remove('guide-target');
    if (!view) {
      pointedAt = -1;
      return;
    }
    const { place } = view.step;
    const target = 'control' in place
      ? place.control === 'endQuarter' ? endQuarter : panel.querySelector<HTMLElement>(`[data-card="${place.control}"]`)
      : null;
    target?.classList.add('guide-target');
    if (view.index === pointedAt) return;
    pointedAt = view.index;
    const tab = placeTab(place);
    if (tab) tabs.select(tab);
    // A question in the news is the place itself; a card is read from its top.
    (target?.querySelector('[role="group"]') ?? target)?.scrollIntoView({ block: 'start' });
  };
  apply();
  return store.subscribe((s) => [s.guide, s.game?.seats] as const, apply, { equalityFn: (a, b) => a[0] === b[0] && a[1] === b[1] });
}
