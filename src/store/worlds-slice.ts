// Many worlds: the chosen scenario played over seeds 1..N on worker threads, summarised for the title screen.
import { summarise, type LabId, type RunOutcome, type Scenario, type Summary } from '../engine';
import type { SliceMaker } from './app-state';
import { playWorlds, worldSeeds, type WorldsRun } from './worlds';

export interface WorldsSlice {
  /** The run for the chosen scenario: its progress, then its summary (or why it failed). */
  worlds: { scenario: string; source: string; total: number; done: number; summary: Summary | null; failed?: string; player?: PlayerWorlds } | null;
  /**
   * Plays the chosen scenario (or `of`, for the class results page) over seeds 1..count, stopping any run still going;
   * progress and summary land in `worlds`.
   */
  playWorlds(count: number, of?: { scenario: Scenario; source: string }): void;
  stopWorlds(): void;
}

/** How the player's lab ended in each world, on its scenario strategy: what a class's scores are set against. */
export interface PlayerWorlds {
  lab: LabId;
  /** Its final score in every world, lowest first. */
  scores: number[];
  /** Worlds in which it was still standing at the end. */
  survived: number;
}

function playerWorlds(scenario: Scenario, outcomes: readonly RunOutcome[]): PlayerWorlds {
  const labs = outcomes.flatMap((o) => o.labs.filter((l) => l.id === scenario.playerLab));
  return { lab: scenario.playerLab, scores: labs.map((l) => l.score).sort((a, b) => a - b), survived: labs.filter((l) => l.survived).length };
}

export const worldsSlice: SliceMaker<WorldsSlice> = (set, get) => {
  let running: WorldsRun | null = null;
  return {
    worlds: null,

    playWorlds(count, of) {
      get().stopWorlds();
      const { scenario, source } = of ?? { scenario: get().scenario, source: get().scenarioSource };
      const seeds = worldSeeds(count);
      const outcomes: RunOutcome[] = new Array(seeds.length);
      let done = 0;
      const show = (summary: Summary | null, failed?: string, player?: PlayerWorlds) => set((s) => {
        s.worlds = { scenario: scenario.id, source, total: seeds.length, done, summary, ...(failed === undefined ? {} : { failed }), ...(player ? { player } : {}) };
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
        show(summarise(outcomes), undefined, playerWorlds(scenario, outcomes));
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
