// The replay viewer: every quarter of a finished or saved game. It shows a game without touching the one in play
// or the scenario chosen for the next game, and closing it puts back what was there.
import { replayByQuarter, type GameState, type LogEntry, type QuarterStep, type Scenario } from '../engine';
import { t } from '../i18n';
import type { Screen, SliceMaker } from './app-state';
import { loadSave } from './save-file';
import { saveProblemText } from './saves-slice';

export interface ReplaySlice {
  /** The quarters shown, which one, the screen to return to and the game that was there before. */
  replay: { steps: QuarterStep[]; index: number; from: Screen; before: GameState | null } | null;
  /** Opens the replay viewer on the current game, or on a save given as text. */
  openReplay(text?: string): boolean;
  /** Shows another quarter of the replay (by index). */
  showReplayQuarter(index: number): void;
  closeReplay(): void;
}

export const replaySlice: SliceMaker<ReplaySlice> = (set, get, deps) => ({
  replay: null,

  openReplay(text) {
    let source: { scenario: Scenario; seed: string; seats: GameState['seats']; log: LogEntry[]; quarters?: number };
    if (text === undefined) {
      const { game, log, seatsAtStart } = get();
      if (!game) return false;
      source = { scenario: game.scenario, seed: game.seed, seats: seatsAtStart, log: [...log], quarters: game.quarters };
    } else {
      const loaded = loadSave(text, deps.shipped);
      if (!loaded.ok) {
        get().showNotice({ message: t('save.couldNotLoad', { name: t('replay.file') }), problems: [], detail: saveProblemText(loaded) });
        return false;
      }
      source = { scenario: loaded.scenario, seed: loaded.save.seed, seats: loaded.save.seats, log: loaded.save.actionLog, quarters: loaded.save.quarters };
    }
    const steps = replayByQuarter(source.scenario, { seed: source.seed, seats: source.seats, quarters: source.quarters }, source.log);
    if (!steps) return false;
    set((s) => {
      s.replay = { steps, index: 0, from: s.screen, before: s.game };
      s.game = steps[0]!.state;
      s.screen = 'replay';
    });
    return true;
  },

  showReplayQuarter(index) {
    const replay = get().replay;
    if (!replay) return;
    const clamped = Math.max(0, Math.min(replay.steps.length - 1, index));
    set((s) => {
      if (!s.replay) return;
      s.replay.index = clamped;
      s.game = replay.steps[clamped]!.state;
    });
  },

  closeReplay() {
    const replay = get().replay;
    if (!replay) return;
    set((s) => {
      s.screen = replay.from;
      s.game = replay.before;
      s.replay = null;
    });
  },
});
