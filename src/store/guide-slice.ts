// The guided tutorial's place in the current game: which step, and whether the player chose to see everything.
// The store moves it on whenever the game, the log or the report changes (game-store.ts), never the views.
import type { AppState, SliceMaker } from './app-state';
import { conditionMet, guideFor, openControls, type GuideControl, type GuideProgress, type GuideStep } from './guide-steps';

export interface GuideSlice {
  /** Null when the game has no guide (another scenario, a watched game). */
  guide: GuideProgress | null;
  /** Opens every control and puts the guide away for the rest of this game. */
  showEverything(): void;
  /** Moves past every step whose condition the game now meets. */
  advanceGuide(): void;
}

/** The step shown now, or null when everything is shown. */
export interface GuideView {
  step: GuideStep;
  index: number;
  total: number;
  /** Controls open now; the rest are hidden. */
  open: Set<GuideControl>;
}

export function guideView(state: Pick<AppState, 'guide' | 'game'>): GuideView | null {
  const { guide, game } = state;
  if (!guide || guide.skipped || !game) return null;
  const steps = guideFor(game.scenario.id);
  const step = steps?.[guide.step];
  // A lab handed to autopilot needs no guide.
  if (!steps || !step || game.seats[game.scenario.playerLab]?.kind !== 'human') return null;
  return { step, index: guide.step, total: steps.length, open: openControls(steps, guide.step) };
}

export const guideSlice: SliceMaker<GuideSlice> = (set, get) => ({
  guide: null,

  showEverything() {
    if (!get().guide) return;
    set((s) => {
      if (s.guide) s.guide.skipped = true;
    });
    get().autosave();
  },

  advanceGuide() {
    const { guide, game, log, reportOpen } = get();
    if (!guide || guide.skipped || !game) return;
    const steps = guideFor(game.scenario.id);
    if (!steps) return;
    const catchingUp = guide.since < 0;
    let { step, since } = guide;
    for (;;) {
      const done = steps[step]?.done;
      const context = { game, log, since: Math.max(0, since), reportOpen };
      if (!done || !done.some((condition) => conditionMet(condition, context))) break;
      step += 1;
      if (!catchingUp) since = log.length;
    }
    if (catchingUp) since = log.length;
    if (step === guide.step && since === guide.since) return;
    set((s) => {
      s.guide = { step, since, skipped: false };
    });
  },
});
