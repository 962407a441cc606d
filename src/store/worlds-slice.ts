// Many worlds: the chosen scenario played over seeds 1..N on worker threads, summarised for the title screen.
import { summarise, type RunOutcome, type Summary } from '../engine';
import type { SliceMaker } from './app-state';
import { playWorlds, worldSeeds, type WorldsRun } from './worlds';

export interface WorldsSlice {
  /** The run for the chosen scenario: its progress, then its summary (or why it failed). */
  worlds: { scenario: string; source: string; total: number; done: number; summary: Summary | null; failed?: string } | null;
  /** Plays the chosen scenario over seeds 1..count (stopping any run still going); progress and summary land in `worlds`. */
  playWorlds(count: number): void;
  stopWorlds(): void;
}

export const worldsSlice: SliceMaker<WorldsSlice> = (set, get) => {
  let running: WorldsRun | null = null;
  return {
    worlds: null,

    playWorlds(count) {
      get().stopWorlds();
      const { scenario, scenarioSource: source } = get();
      const seeds = worldSeeds(count);
      const outcomes: RunOutcome[] = new Array(seeds.length);
      let done = 0;
      const show = (summary: Summary | null, failed?: string) => set((s) => {
        s.worlds = { scenario: scenario.id, source, total: seeds.length, done, summary, ...(failed === undefined ? {} : { failed }) };
      });
      show(null);
      running = playWorlds(scenario, seeds, (index, outcome) => {
        outcomes[index] = outcome;
        done += 1;
        // Progress in steps of about a hundredth, so a thousand games do not redraw a thousand times.
        if (done % Math.max(1, Math.floor(seeds.length / 100)) === 0) set((s) => {
          if (s.worlds) s.worlds.done = done;
        });
      }, () => {
        running = null;
        show(summarise(outcomes));
      }, (message) => {
        running = null;
        show(null, message);
      });
    },

    stopWorlds() {
      running?.cancel();
      running = null;
      set((s) => {
        if (s.worlds && !s.worlds.summary && !s.worlds.failed) s.worlds = null;
      });
    },
  };
};
