// The title screen's choice: the scenario and seed the next game will use. A game in play carries its own scenario.
import type { Scenario } from '../engine';
import type { SourcedFigure } from '../scenario/sources';
import type { ScenarioNotice, SliceMaker } from './app-state';

export interface ChoiceSlice {
  /** The scenario the next game will use (a game in play reads `game.scenario`). */
  scenario: Scenario;
  /** Where it came from: a shipped id, or the name of a file the player loaded. */
  scenarioSource: string;
  /** The source note of every sourced number in the chosen scenario. */
  sources: SourcedFigure[];
  /** Why a scenario asked for could not be used, shown on the title screen. */
  notice: ScenarioNotice | null;
  seed: string;
  /** Picks the scenario the next game will use. */
  chooseScenario(scenario: Scenario, source: string, sources?: SourcedFigure[]): void;
  /** Shows why a scenario or save could not be loaded; the current choice stays. */
  showNotice(notice: ScenarioNotice | null): void;
}

export const choiceSlice = (scenario: Scenario, seed: string, source: string, sources: SourcedFigure[]): SliceMaker<ChoiceSlice> => (set, get) => ({
  scenario,
  scenarioSource: source,
  sources,
  notice: null,
  seed,

  chooseScenario(next, from, notes = []) {
    get().stopWorlds();
    set((s) => {
      s.worlds = null;
      s.scenario = next;
      s.scenarioSource = from;
      s.sources = notes;
      s.notice = null;
      // A class plays the scenario its code names: choosing another leaves the class.
      s.classChoice = null;
    });
  },

  showNotice(notice) {
    set((s) => {
      s.notice = notice;
    });
  },
});
