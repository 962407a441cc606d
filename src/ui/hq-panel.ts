import { t } from '../i18n';
import type { AppStore } from '../store/game-store';
import { createAutopilotCard } from './autopilot-card';
import { createChipsCard } from './chips-card';
import { h, type Panel } from './dom';
import { createFundingCard } from './funding-card';
import { createGuideBox } from './guide-box';
import { closedByGuide, followGuide } from './guide-controls';
import { createModelsCard } from './models-card';
import { createNewsCard } from './news-card';
import { createObjectiveTracker } from './objective-tracker';
import { createPartnerCard } from './partner-card';
import { createLoanCard } from './loan-card';
import { createPeopleCard } from './people-card';
import { createProductCard } from './product-card';
import { createMarketingCard } from './marketing-card';
import { createQuarterAnnouncer } from './quarter-announcer';
import { createQuarterSummary } from './quarter-summary';
import { createRentCard } from './rent-card';
import { createReportDialog } from './report-dialog';
import { createResearchCard } from './research-card';
import { createSaveCard, createStorageWarning } from './save-card';
import { createSideTabs } from './side-tabs';
import { createSplitCard } from './split-card';
import { createTopBar } from './top-bar';
import { createTrainingCard } from './training-card';
import { createVerticalCard } from './vertical-card';

/** Headquarters: the top bar, the decisions in tabs and the End quarter button, over the Phaser world view. */
export function createHqPanel(store: AppStore): Panel {
  const topBar = createTopBar(store);
  const warning = createStorageWarning(store);
  const tabs = createSideTabs([
    // A class whose code forbids the autopilot is not offered it.
    { id: 'news', label: 'tabs.news', panels: [createNewsCard(store), createQuarterSummary(store), ...(store.getState().classGame?.autopilot === false ? [] : [createAutopilotCard(store)]), createSaveCard(store)] },
    { id: 'compute', label: 'tabs.compute', panels: [createChipsCard(store), createRentCard(store), createSplitCard(store)] },
    { id: 'models', label: 'tabs.models', panels: [createTrainingCard(store), createResearchCard(store), createModelsCard(store)] },
    { id: 'business', label: 'tabs.business', panels: [createProductCard(store), createMarketingCard(store), createVerticalCard(store), createFundingCard(store), createLoanCard(store), createPartnerCard(store)] },
    { id: 'people', label: 'tabs.people', panels: [createPeopleCard(store)] },
  ]);
  const tracker = createObjectiveTracker(store);
  const announcer = createQuarterAnnouncer(store);
  // The shortcut is in the button's accessible description, and every shortcut is in the glossary's Keyboard section.
  const keyHelp = h('span', { id: 'end-quarter-help', class: 'visually-hidden' }, t('keys.endQuarterHelp'));
  const endQuarter = h('button', { type: 'button', class: 'primary end-quarter', 'aria-keyshortcuts': 'E', 'aria-describedby': 'end-quarter-help', title: t('hq.endQuarterKey') }, t('hq.endQuarter'));
  endQuarter.addEventListener('click', () => store.getState().endQuarter());
  const guide = createGuideBox(store, 'side');
  const report = createReportDialog(store, () => endQuarter, createGuideBox(store, 'report'));
  // E ends the quarter from anywhere but a text field (and not while the report is open).
  const onKey = (event: KeyboardEvent) => {
    const target = event.target as HTMLElement;
    if (event.key !== 'e' && event.key !== 'E') return;
    if (event.ctrlKey || event.metaKey || event.altKey || ['INPUT', 'SELECT', 'TEXTAREA'].includes(target.tagName) || store.getState().reportOpen || closedByGuide(endQuarter)) return;
    event.preventDefault();
    store.getState().endQuarter();
  };
  document.addEventListener('keydown', onKey);
  const root = h('div', { class: 'screen hq-screen' }, topBar.root, h('aside', { class: 'side-panel' }, warning.root, guide.root, tracker.root, tabs.root, endQuarter, keyHelp), announcer.root, report.root);
  const unfollow = followGuide(store, root, tabs, endQuarter);
  // A new screen: focus its main heading (the date), so a screen reader starts at the top.
  queueMicrotask(() => root.querySelector<HTMLElement>('#hq-heading')?.focus());
  return {
    root,
    destroy: () => {
      document.removeEventListener('keydown', onKey);
      unfollow();
      guide.destroy();
      report.destroy();
      announcer.destroy();
      tracker.destroy();
      topBar.destroy();
      warning.destroy();
      tabs.destroy();
      root.remove();
    },
  };
}
