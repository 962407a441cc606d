// Goal in sight: each objective at headquarters as met, on track or at risk, with the figures that decide it.
import { objectiveProgress, type ObjectiveReason, type ObjectiveStatus } from '../engine';
import { money, quarters, t, type MessageKey } from '../i18n';
import type { AppStore } from '../store/game-store';
import { h, replaceChildren, type Panel } from './dom';
import { playerView } from './lab-view';
import { objectiveText } from './objectives';

/** The figures behind a standing, in a sentence. */
export function reasonText(reason: ObjectiveReason): string {
  switch (reason.code) {
    case 'runway':
      return t('tracker.reason.runway', { runway: quarters(reason.runway.toFixed(1)), left: quarters(reason.quartersLeft) });
    case 'place':
      return t('tracker.reason.place', { place: reason.place, labs: reason.labs, rank: reason.rank });
    case 'reached':
      return t('tracker.reason.reached', { capability: reason.capability.toFixed(1) });
    case 'capabilityPace':
      return t('tracker.reason.capabilityPace', { capability: reason.capability.toFixed(1), needed: reason.neededPerQuarter.toFixed(1), gain: reason.gainPerQuarter.toFixed(1) });
    case 'lossPace':
      return reason.changePerQuarter > 0
        ? t('tracker.reason.lossPace', { loss: money(reason.loss), change: money(reason.changePerQuarter), left: quarters(reason.quartersLeft) })
        : t('tracker.reason.lossGrowing', { loss: money(reason.loss), left: quarters(reason.quartersLeft) });
    case 'estimate':
      return t('tracker.reason.estimate', { estimate: money(reason.estimate), amount: money(reason.amount) });
    default:
      return t(`tracker.reason.${reason.code}` as MessageKey);
  }
}

export const statusText = (status: ObjectiveStatus): string => t(`tracker.status.${status}` as MessageKey);

/** Always in view beside the decisions; redrawn with the game, and silent (the quarter's announcement speaks). */
export function createObjectiveTracker(store: AppStore): Panel {
  const list = h('ul', { class: 'tracker-list' });
  const root = h('section', { class: 'objective-tracker', 'aria-labelledby': 'tracker-heading', 'data-card': 'objectives' },
    h('h2', { id: 'tracker-heading' }, t('tracker.heading')), list);
  const render = () => {
    const view = playerView(store.getState());
    if (!view) return;
    const progress = objectiveProgress(view.game, view.lab.id);
    root.hidden = progress.length === 0;
    replaceChildren(list, ...progress.map((p) =>
      h('li', { class: `tracker-item ${p.status}`, 'data-status': p.status },
        h('span', { class: 'tracker-status' }, statusText(p.status)),
        h('span', { class: 'tracker-goal' }, objectiveText(view.game.scenario, p.objective)),
        h('span', { class: 'tracker-reason' }, reasonText(p.reason)))));
  };
  render();
  const unsubscribe = store.subscribe((s) => s.game, render);
  return { root, destroy: () => { unsubscribe(); root.remove(); } };
}
