// Mounts the DOM panel of the current screen and takes the old one down.
import type { AppStore, Screen } from '../store/game-store';
import type { Panel } from './dom';
import { installTooltips } from './tooltips';
import { onLanguageChange } from './language';
import type { SlotInfo } from '../store/persistence';
import { createEndPanel } from './end-panel';
import { createFailureDialog } from './failure-dialog';
import { createBriefingPanel } from './briefing-panel';
import { createHqPanel } from './hq-panel';
import { createReplayPanel } from './replay-panel';
import { createTitlePanel } from './title-panel';

export function mountUi(container: HTMLElement, store: AppStore, listSlots: () => SlotInfo[]): () => void {
  let current: Panel | null = null;
  const show = (screen: Screen) => {
    current?.destroy();
    current = screen === 'title' ? createTitlePanel(store, listSlots)
      : screen === 'briefing' ? createBriefingPanel(store)
      : screen === 'hq' ? createHqPanel(store)
        : screen === 'replay' ? createReplayPanel(store)
          : createEndPanel(store);
    container.insertBefore(current.root, container.querySelector('.failure-backdrop'));
  };
  show(store.getState().screen);
  const unsubscribe = store.subscribe((s) => s.screen, show);
  const removeTooltips = installTooltips(container);
  let failure = createFailureDialog(store, container);
  // A new language: the screen is made again in it, in place (the game, scroll-free panels and the focused control stay).
  const stopListening = onLanguageChange(() => {
    const focused = document.activeElement?.id;
    show(store.getState().screen);
    failure.destroy();
    failure = createFailureDialog(store, container);
    // After the new screen's own focus on its heading (a microtask), back to the control the player was on.
    if (focused) queueMicrotask(() => document.getElementById(focused)?.focus());
  });
  return () => {
    unsubscribe();
    stopListening();
    removeTooltips();
    current?.destroy();
    failure.destroy();
  };
}
