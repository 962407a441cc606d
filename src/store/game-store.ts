// The one store: it holds the engine's state and is the only caller of the engine. Views read slices and dispatch.
// Each concern is a slice in its own file (app-state.ts lists them).
import { createStore } from 'zustand/vanilla';
import { immer } from 'zustand/middleware/immer';
import { subscribeWithSelector } from 'zustand/middleware';
import type { Scenario } from '../engine';
import type { SourcedFigure } from '../scenario/sources';
import type { AppState, StoreDeps } from './app-state';
import { choiceSlice } from './choice-slice';
import { classSlice } from './class-slice';
import { failureSlice } from './failure-slice';
import { guideSlice } from './guide-slice';
import { memorySaveStorage, type SaveStorage } from './persistence';
import { playSlice } from './play-slice';
import { replaySlice } from './replay-slice';
import type { ShippedScenarios } from './save-file';
import { savesSlice } from './saves-slice';
import { trialsSlice } from './trials-slice';
import { worldsSlice } from './worlds-slice';

export type { AppState, Rejected, Screen, ScenarioNotice } from './app-state';
export type { Failure, FailureDuring } from './failure-slice';

export type AppStore = ReturnType<typeof createAppStore>;

export interface StoreOptions {
  /** Every seat on its strategy: the player watches the world the simulator plays. */
  watch?: boolean;
  storage?: SaveStorage;
  /** Shipped scenarios by id, so saves of them need not carry the scenario. */
  shipped?: ShippedScenarios;
  /** The time, for naming slots and dating saves (outside the engine, so real time is fine). */
  now?: () => Date;
  /** Source notes of the scenario the store starts with. */
  sources?: SourcedFigure[];
}

export function createAppStore(scenario: Scenario, seed: string, scenarioSource = scenario.id, options: StoreOptions = {}) {
  const deps: StoreDeps = {
    watch: options.watch ?? false,
    storage: options.storage ?? memorySaveStorage(),
    shipped: options.shipped ?? (() => undefined),
    now: options.now ?? (() => new Date()),
  };
  const choice = choiceSlice(scenario, seed, scenarioSource, options.sources ?? []);
  const store = createStore<AppState>()(
    subscribeWithSelector(
      immer((set, get) => ({
        ...choice(set, get, deps),
        ...classSlice(set, get, deps),
        ...playSlice(set, get, deps),
        ...savesSlice(set, get, deps),
        ...replaySlice(set, get, deps),
        ...worldsSlice(set, get, deps),
        ...trialsSlice(set, get, deps),
        ...failureSlice(set, get, deps),
        ...guideSlice(set, get, deps),
      })),
    ),
  );
  // The guide follows the game: a move, a quarter's end or the report closing may finish its step.
  store.subscribe((s) => s.game, () => store.getState().advanceGuide());
  store.subscribe((s) => s.reportOpen, () => store.getState().advanceGuide());
  return store;
}

/** The human player's lab in the game shown (played, or replayed). */
export function playerLab(state: AppState) {
  return state.game?.labs.find((lab) => lab.id === state.game?.scenario.playerLab);
}
