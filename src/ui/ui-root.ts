// Mounts the DOM panel of the current screen and takes the old one down.
import type { AppStore, Screen } from '../store/game-store';
import type { Panel } from './dom';
import { installTooltips } from './tooltips';
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
  const failure = createFailureDialog(store, container);
  return () => {
    unsubscribe();
    removeTooltips();
    current?.destroy();
    failure.destroy();
  };
}
