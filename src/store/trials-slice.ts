// The debrief: which figure its chart shows, and the game's world played again with the player's lab on each strategy.
import { DESIGN_STRATEGIES, tryStrategy, type HistoryMetric, type LabId, type StrategyTrial } from '../engine';
import type { SliceMaker } from './app-state';

export interface TrialsSlice {
  /** Which figure the debrief chart shows. */
  debriefMetric: HistoryMetric;
  /** Labs the debrief chart shows, as the player picked them (null: the default, theirs and the leaders). */
  debriefLabs: LabId[] | null;
  /** This world played again with the player's lab on each strategy tried so far (null until asked). */
  strategyTrials: StrategyTrial[] | null;
  showDebriefMetric(metric: HistoryMetric): void;
  showDebriefLabs(labs: LabId[] | null): void;
  /**
   * Plays this game's world again, from its unchanged scenario and seed, with the player's lab on the next strategy
   * not yet tried (one whole game a call, so the page can show progress); true while strategies remain.
   */
  tryNextStrategy(): boolean;
}

export const trialsSlice: SliceMaker<TrialsSlice> = (set, get) => ({
  debriefMetric: 'cash',
  debriefLabs: null,
  strategyTrials: null,

  showDebriefMetric(metric) {
    set((s) => {
      s.debriefMetric = metric;
    });
  },

  showDebriefLabs(labs) {
    set((s) => {
      s.debriefLabs = labs;
    });
  },

  tryNextStrategy() {
    const { game, strategyTrials } = get();
    const done = strategyTrials ?? [];
    const strategy = DESIGN_STRATEGIES[done.length];
    if (!game || strategy === undefined) return false;
    const trial = tryStrategy(game.scenario, game.seed, game.scenario.playerLab, strategy, game.quarters);
    set((s) => {
      s.strategyTrials = [...done, trial];
    });
    return done.length + 1 < DESIGN_STRATEGIES.length;
  },
});
