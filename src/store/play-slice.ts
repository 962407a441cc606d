// Playing a game: the engine's state, the log that rebuilds it, and the player's actions and quarter ends.
import { applyAction, botSeats, createGame, endQuarter as resolveQuarter, stateHash, type Action, type GameState, type LogEntry } from '../engine';
import type { Rejected, Screen, SliceMaker } from './app-state';
import { freezeDeep } from './freeze-deep';
import { startingGuide } from './guide-steps';

export interface PlaySlice {
  screen: Screen;
  game: GameState | null;
  /** Where the game's scenario came from: a shipped id or a file name (saves record it). */
  gameSource: string;
  /** Everything that happened in this game, in order: the game can be rebuilt from it. */
  log: LogEntry[];
  /** Who played each lab when the game began (autopilot changes are in the log). */
  seatsAtStart: GameState['seats'];
  /** State fingerprint after each quarter of the current game (for saves). */
  checkpoints: string[];
  /** The player's last rejected action, for the panel that issued it. */
  rejected: Rejected | null;
  /** Whether the report of the quarter just ended is open. */
  reportOpen: boolean;
  /** Starts the chosen scenario with the chosen seed, at its briefing. */
  newGame(): void;
  /** Leaves the briefing for the first quarter at headquarters. */
  beginPlay(): void;
  /** Sends a player action to the engine; returns null when accepted, else why not. */
  dispatch(action: Action): Rejected | null;
  endQuarter(): void;
  /** With the player's lab on autopilot, ends one quarter without opening its report; true while the game goes on. */
  autopilotQuarter(): boolean;
  /** Closes the quarter report; after the last quarter's, the debrief opens. */
  closeReport(): void;
  backToTitle(): void;
}

export const playSlice: SliceMaker<PlaySlice> = (set, get, deps) => ({
  screen: 'title',
  game: null,
  gameSource: '',
  log: [],
  seatsAtStart: {},
  checkpoints: [],
  rejected: null,
  reportOpen: false,

  newGame() {
    const { scenario, scenarioSource, seed, quartersChoice, classChoice } = get();
    const quarters = quartersChoice ?? undefined;
    let game: GameState;
    try {
      game = createGame(scenario, deps.watch ? { seed, seats: botSeats(scenario), quarters } : { seed, quarters });
    } catch (error) {
      get().reportFailure('newGame', error);
      return;
    }
    set((s) => {
      s.game = game;
      s.gameSource = scenarioSource;
      s.classGame = classChoice;
      s.seatsAtStart = game.seats;
      s.strategyTrials = null;
      s.debriefLabs = null;
      s.log = [];
      s.checkpoints = [];
      s.slot = `game-${deps.now().getTime()}`;
      s.rejected = null;
      s.guide = startingGuide(scenario.id, game.seats[scenario.playerLab]);
      s.screen = 'briefing';
    });
    get().autosave();
  },

  beginPlay() {
    set((s) => {
      if (s.screen === 'briefing') s.screen = 'hq';
    });
  },

  dispatch(action) {
    const { game, classGame } = get();
    if (!game) return { reason: 'gameOver', params: {} };
    // A class whose code forbids the autopilot: the card is not offered, and the action is refused however it comes.
    if (classGame && !classGame.autopilot && action.type === 'setAutopilot' && action.strategy !== null) {
      const rejected: Rejected = { reason: 'classForbidsAutopilot', params: { code: classGame.code } };
      set((s) => {
        s.rejected = rejected;
      });
      return rejected;
    }
    let result: ReturnType<typeof applyAction>;
    try {
      result = applyAction(game, action);
    } catch (error) {
      // applyAction refuses, never throws; if it does, the game stays as it was and the player is told.
      get().reportFailure('action', error);
      return { reason: 'unknownAction', params: { type: action.type } };
    }
    set((s) => {
      if (result.ok) {
        s.game = result.state;
        s.log.push({ kind: 'action', action });
        s.rejected = null;
      } else {
        s.rejected = { reason: result.reason, params: result.params };
      }
    });
    if (result.ok) get().autosave();
    return result.ok ? null : { reason: result.reason, params: result.params };
  },

  endQuarter() {
    const { game, failure } = get();
    if (!game || game.over || failure) return;
    let next: GameState;
    try {
      next = resolveQuarter(game);
    } catch (error) {
      // The quarter stays unplayed: the log and saves hold the game up to the last step that worked.
      get().reportFailure('endQuarter', error);
      return;
    }
    freezeDeep(next);
    set((s) => {
      s.game = next;
      s.log.push({ kind: 'endQuarter' });
      s.checkpoints.push(stateHash(next));
      s.rejected = null;
      // The last quarter's report too: the debrief follows when the player closes it.
      s.reportOpen = true;
    });
    get().autosave();
  },

  autopilotQuarter() {
    const { game } = get();
    if (!game || game.over || game.seats[game.scenario.playerLab]?.kind !== 'bot') return false;
    get().endQuarter();
    if (get().failure) return false;
    set((s) => {
      s.reportOpen = false;
      if (s.game?.over) s.screen = 'end';
    });
    const next = get().game;
    return next !== null && !next.over;
  },

  closeReport() {
    set((s) => {
      s.reportOpen = false;
      if (s.game?.over) s.screen = 'end';
    });
  },

  backToTitle() {
    set((s) => {
      s.screen = 'title';
      s.game = null;
      s.classGame = null;
      s.strategyTrials = null;
      s.debriefLabs = null;
      s.log = [];
      s.checkpoints = [];
      s.slot = null;
      s.rejected = null;
      s.guide = null;
    });
  },
});
