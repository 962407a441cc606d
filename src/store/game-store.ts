// The one store: it holds the engine's state and is the only caller of the engine. Views read slices and dispatch.
import { createStore } from 'zustand/vanilla';
import type { Problem } from '../scenario/problems';
import { immer } from 'zustand/middleware/immer';
import { subscribeWithSelector } from 'zustand/middleware';
import {
  applyAction,
  botSeats,
  createGame,
  endQuarter as resolveQuarter,
  type Action,
  type GameState,
  type LogEntry,
  type RejectionParams,
  type RejectionReason,
  type Scenario,
} from '../engine';

export type Screen = 'title' | 'hq' | 'end';

export interface Rejected {
  reason: RejectionReason;
  params: RejectionParams;
}

/** A scenario file that could not be loaded: its name and every problem, for the title screen. */
export interface ScenarioNotice {
  message: string;
  problems: Problem[];
}

export interface AppState {
  screen: Screen;
  scenario: Scenario;
  /** Where the chosen scenario came from: a shipped id, or the name of a file the player loaded. */
  scenarioSource: string;
  /** Why a scenario asked for could not be used, shown on the title screen. */
  notice: ScenarioNotice | null;
  seed: string;
  game: GameState | null;
  /** Everything that happened in this game, in order: the game can be rebuilt from it. */
  log: LogEntry[];
  /** The player's last rejected action, for the panel that issued it. */
  rejected: Rejected | null;
}

export interface AppActions {
  /** Picks the scenario the next game will use. */
  chooseScenario(scenario: Scenario, source: string): void;
  /** Shows why a scenario could not be loaded; the current choice stays. */
  showNotice(notice: ScenarioNotice | null): void;
  newGame(): void;
  /** Sends a player action to the engine; returns null when accepted, else why not. */
  dispatch(action: Action): Rejected | null;
  endQuarter(): void;
  backToTitle(): void;
}

export type AppStore = ReturnType<typeof createAppStore>;

export interface StoreOptions {
  /** Every seat on its strategy: the player watches the world the simulator plays. */
  watch?: boolean;
}

export function createAppStore(scenario: Scenario, seed: string, scenarioSource = scenario.id, options: StoreOptions = {}) {
  return createStore<AppState & AppActions>()(
    subscribeWithSelector(
      immer((set, get) => ({
        screen: 'title',
        scenario,
        scenarioSource,
        notice: null,
        seed,

        chooseScenario(next, source) {
          set((s) => {
            s.scenario = next;
            s.scenarioSource = source;
            s.notice = null;
          });
        },

        showNotice(notice) {
          set((s) => {
            s.notice = notice;
          });
        },
        game: null,
        log: [],
        rejected: null,

        newGame() {
          const { scenario: chosen, seed: worldSeed } = get();
          const game = createGame(chosen, options.watch ? { seed: worldSeed, seats: botSeats(chosen) } : { seed: worldSeed });
          set((s) => {
            s.game = game;
            s.log = [];
            s.rejected = null;
            s.screen = 'hq';
          });
        },

        dispatch(action) {
          const { game } = get();
          if (!game) return { reason: 'gameOver', params: {} };
          const result = applyAction(game, action);
          set((s) => {
            if (result.ok) {
              s.game = result.state;
              s.log.push({ kind: 'action', action });
              s.rejected = null;
            } else {
              s.rejected = { reason: result.reason, params: result.params };
            }
          });
          return result.ok ? null : { reason: result.reason, params: result.params };
        },

        endQuarter() {
          const { game } = get();
          if (!game || game.over) return;
          const next = resolveQuarter(game);
          set((s) => {
            s.game = next;
            s.log.push({ kind: 'endQuarter' });
            s.rejected = null;
            if (next.over) s.screen = 'end';
          });
        },

        backToTitle() {
          set((s) => {
            s.screen = 'title';
            s.game = null;
            s.log = [];
            s.rejected = null;
          });
        },
      })),
    ),
  );
}

/** The human player's lab in the current game. */
export function playerLab(state: AppState) {
  return state.game?.labs.find((lab) => lab.id === state.scenario.playerLab);
}
