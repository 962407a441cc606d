// The one store: it holds the engine's state and is the only caller of the engine. Views read slices and dispatch.
import { createStore } from 'zustand/vanilla';
import type { Problem } from '../scenario/problems';
import type { SourcedFigure } from '../scenario/sources';
import { immer } from 'zustand/middleware/immer';
import { subscribeWithSelector } from 'zustand/middleware';
import { t, type MessageKey } from '../i18n';
import { memorySaveStorage, type SaveStorage } from './persistence';
import { playWorlds, worldSeeds, type WorldsRun } from './worlds';
import { createSave, loadSave, saveText, type ShippedScenarios } from './save-file';
import {
  applyAction,
  botSeats,
  calendarOf,
  replayByQuarter,
  stateHash,
  summarise,
  DESIGN_STRATEGIES,
  tryStrategy,
  type HistoryMetric,
  type StrategyTrial,
  type RunOutcome,
  type Summary,
  type QuarterStep,
  createGame,
  endQuarter as resolveQuarter,
  type Action,
  type GameState,
  type LogEntry,
  type RejectionParams,
  type RejectionReason,
  type Scenario,
} from '../engine';

export type Screen = 'title' | 'briefing' | 'hq' | 'end' | 'replay';

export interface Rejected {
  reason: RejectionReason;
  params: RejectionParams;
}

/** A scenario file that could not be loaded: its name and every problem, for the title screen. */
export interface ScenarioNotice {
  message: string;
  problems: Problem[];
  /** One more sentence, when there is no list of problems. */
  detail?: string;
}

export interface AppState {
  screen: Screen;
  /** State fingerprint after each quarter of the current game (for saves). */
  checkpoints: string[];
  /** The save slot of the current game. */
  slot: string | null;
  /** Set once when the browser would not store a save; the game goes on. */
  storageWarning: 'full' | 'unavailable' | null;
  scenario: Scenario;
  /** Where the chosen scenario came from: a shipped id, or the name of a file the player loaded. */
  scenarioSource: string;
  /** The source note of every sourced number in the chosen scenario. */
  sources: SourcedFigure[];
  /** Why a scenario asked for could not be used, shown on the title screen. */
  notice: ScenarioNotice | null;
  seed: string;
  game: GameState | null;
  /** Everything that happened in this game, in order: the game can be rebuilt from it. */
  log: LogEntry[];
  /** Who played each lab when the game began (autopilot changes are in the log). */
  seatsAtStart: GameState['seats'];
  /** Whether the report of the quarter just ended is open. */
  reportOpen: boolean;
  /** Which figure the debrief chart shows. */
  debriefMetric: HistoryMetric;
  /** The debrief's comparison: this world played again with the player's lab on each strategy tried so far (null until asked). */
  strategyTrials: StrategyTrial[] | null;
  /** The title screen's many worlds: the chosen scenario played over many seeds, every lab on its strategy. */
  worlds: { scenario: string; source: string; total: number; done: number; summary: Summary | null; failed?: string } | null;
  /** The replay viewer: every quarter of a finished or saved game, and which one is shown. */
  replay: { steps: QuarterStep[]; index: number; from: Screen } | null;
  /** The player's last rejected action, for the panel that issued it. */
  rejected: Rejected | null;
}

export interface AppActions {
  /** Picks the scenario the next game will use. */
  chooseScenario(scenario: Scenario, source: string, sources?: SourcedFigure[]): void;
  /** Shows why a scenario could not be loaded; the current choice stays. */
  showNotice(notice: ScenarioNotice | null): void;
  newGame(): void;
  /** Leaves the briefing for the first quarter at headquarters. */
  beginPlay(): void;
  /** Resumes a saved game by replaying its log; a bad save shows why and changes nothing. */
  continueGame(slot: string): boolean;
  /** Starts playing a save given as text (an exported file or a copied string). */
  importSave(text: string, name: string): boolean;
  /** The current game as save text, for export. */
  saveText(): string | null;
  /** Writes the current game to its slot (after every accepted action and quarter, and when the page is hidden). */
  autosave(): void;
  dismissStorageWarning(): void;
  /** Opens the replay viewer on the current game, or on a save given as text. */
  openReplay(text?: string): boolean;
  /** Shows another quarter of the replay (by index). */
  showReplayQuarter(index: number): void;
  closeReplay(): void;
  closeReport(): void;
  showDebriefMetric(metric: HistoryMetric): void;
  /** Plays the chosen scenario over seeds 1..count (stopping any run still going); progress and summary land in `worlds`. */
  playWorlds(count: number): void;
  stopWorlds(): void;
  /**
   * Plays this game's world again with the player's lab on the next strategy not yet tried, for the debrief's
   * comparison (one whole game a call, so the page can show progress); true while strategies remain.
   */
  tryNextStrategy(): boolean;
  /** Sends a player action to the engine; returns null when accepted, else why not. */
  dispatch(action: Action): Rejected | null;
  endQuarter(): void;
  /** With the player's lab on autopilot, ends one quarter without opening its report; true while the game goes on. */
  autopilotQuarter(): boolean;
  backToTitle(): void;
}

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
  const storage = options.storage ?? memorySaveStorage();
  const shipped = options.shipped ?? (() => undefined);
  const now = options.now ?? (() => new Date());
  let warned = false;
  let worldsRun: WorldsRun | null = null;
  return createStore<AppState & AppActions>()(
    subscribeWithSelector(
      immer((set, get) => {
        const currentSave = () => {
          const { game, scenario: chosen, scenarioSource: source, log, checkpoints, seatsAtStart } = get();
          if (!game) return null;
          return createSave({ scenario: chosen, source, shipped: shipped(source) !== undefined, game, seatsAtStart, log, checkpoints, savedAt: now().toISOString() });
        };
        const resume = (text: string, slot: string, name: string): boolean => {
          const loaded = loadSave(text, shipped);
          if (!loaded.ok) {
            get().showNotice({ message: t('save.couldNotLoad', { name }), problems: [], detail: saveProblemText(loaded.reason, loaded.detail) });
            return false;
          }
          get().stopWorlds();
          set((s) => {
            s.scenario = loaded.scenario;
            s.scenarioSource = loaded.save.scenario.source;
            s.game = loaded.state;
            s.seatsAtStart = loaded.save.seats;
            s.worlds = null;
            s.strategyTrials = null;
            s.log = loaded.save.actionLog;
            s.checkpoints = loaded.save.checkpointHashes;
            s.slot = slot;
            s.notice = null;
            s.rejected = null;
            s.screen = loaded.state.over ? 'end' : 'hq';
          });
          return true;
        };
        return {
        screen: 'title',
        checkpoints: [],
        slot: null,
        storageWarning: null,
        replay: null,
        reportOpen: false,
        debriefMetric: 'cash',
        strategyTrials: null,
        worlds: null,
        scenario,
        scenarioSource,
        sources: options.sources ?? [],
        notice: null,
        seed,

        chooseScenario(next, source, notes = []) {
          get().stopWorlds();
          set((s) => {
            s.worlds = null;
            s.scenario = next;
            s.scenarioSource = source;
            s.sources = notes;
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
        seatsAtStart: {},
        rejected: null,

        newGame() {
          const { scenario: chosen, seed: worldSeed } = get();
          const game = createGame(chosen, options.watch ? { seed: worldSeed, seats: botSeats(chosen) } : { seed: worldSeed });
          set((s) => {
            s.game = game;
            s.seatsAtStart = game.seats;
            s.strategyTrials = null;
            s.log = [];
            s.checkpoints = [];
            s.slot = `game-${now().getTime()}`;
            s.rejected = null;
            s.screen = 'briefing';
          });
          get().autosave();
        },

        beginPlay() {
          set((s) => {
            if (s.screen === 'briefing') s.screen = 'hq';
          });
        },

        continueGame(slot) {
          const text = storage.read(slot);
          if (text === null) {
            get().showNotice({ message: saveProblemText('missing'), problems: [] });
            return false;
          }
          return resume(text, slot, slot);
        },

        importSave(text, name) {
          return resume(text, `game-${now().getTime()}`, name);
        },

        saveText() {
          const save = currentSave();
          return save ? saveText(save) : null;
        },

        autosave() {
          const { slot, game, scenario } = get();
          const save = currentSave();
          if (!save || !slot || !game) return;
          const date = calendarOf(scenario.start, Math.min(game.quarter, scenario.quarters - 1));
          const outcome = storage.write(slot, saveText(save), { slot, title: scenario.title, quarter: `Q${date.quarter} ${date.year}`, savedAt: save.savedAt });
          if (outcome !== 'saved' && !warned) {
            warned = true;
            set((s) => {
              s.storageWarning = outcome;
            });
          }
        },

        openReplay(text) {
          let source: { scenario: Scenario; seed: string; seats: GameState['seats']; log: LogEntry[] };
          if (text === undefined) {
            const { game, scenario: chosen, log, seatsAtStart } = get();
            if (!game) return false;
            source = { scenario: chosen, seed: game.seed, seats: seatsAtStart, log: [...log] };
          } else {
            const loaded = loadSave(text, shipped);
            if (!loaded.ok) {
              get().showNotice({ message: t('save.couldNotLoad', { name: t('replay.file') }), problems: [], detail: saveProblemText(loaded.reason, loaded.detail) });
              return false;
            }
            source = { scenario: loaded.scenario, seed: loaded.save.seed, seats: loaded.save.seats, log: loaded.save.actionLog };
          }
          const steps = replayByQuarter(source.scenario, { seed: source.seed, seats: source.seats }, source.log);
          if (!steps) return false;
          set((s) => {
            s.replay = { steps, index: 0, from: s.screen };
            s.scenario = source.scenario;
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
          set((s) => {
            s.screen = replay?.from === 'end' ? 'end' : 'title';
            if (replay?.from === 'end') s.game = replay.steps.at(-1)!.state;
            else s.game = null;
            s.replay = null;
          });
        },

        showDebriefMetric(metric) {
          set((s) => {
            s.debriefMetric = metric;
          });
        },

        playWorlds(count) {
          get().stopWorlds();
          const { scenario: chosen, scenarioSource: source } = get();
          const seeds = worldSeeds(count);
          const outcomes: RunOutcome[] = new Array(seeds.length);
          let done = 0;
          set((s) => {
            s.worlds = { scenario: chosen.id, source, total: seeds.length, done: 0, summary: null };
          });
          worldsRun = playWorlds(chosen, seeds, (index, outcome) => {
            outcomes[index] = outcome;
            done += 1;
            // Progress in steps of about a hundredth, so a thousand games do not redraw a thousand times.
            if (done % Math.max(1, Math.floor(seeds.length / 100)) === 0) set((s) => {
              if (s.worlds) s.worlds.done = done;
            });
          }, () => {
            worldsRun = null;
            const summary = summarise(outcomes);
            set((s) => {
              s.worlds = { scenario: chosen.id, source, total: seeds.length, done: seeds.length, summary };
            });
          }, (message) => {
            worldsRun = null;
            set((s) => {
              s.worlds = { scenario: chosen.id, source, total: seeds.length, done, summary: null, failed: message };
            });
          });
        },

        stopWorlds() {
          worldsRun?.cancel();
          worldsRun = null;
          set((s) => {
            if (s.worlds && !s.worlds.summary && !s.worlds.failed) s.worlds = null;
          });
        },

        tryNextStrategy() {
          const { game, strategyTrials } = get();
          const done = strategyTrials ?? [];
          const strategy = DESIGN_STRATEGIES[done.length];
          if (!game || strategy === undefined) return false;
          const trial = tryStrategy(game.scenario, game.seed, game.scenario.playerLab, strategy);
          set((s) => {
            s.strategyTrials = [...done, trial];
          });
          return done.length + 1 < DESIGN_STRATEGIES.length;
        },

        closeReport() {
          set((s) => {
            s.reportOpen = false;
          });
        },

        dismissStorageWarning() {
          set((s) => {
            s.storageWarning = null;
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
          if (result.ok) get().autosave();
          return result.ok ? null : { reason: result.reason, params: result.params };
        },

        endQuarter() {
          const { game } = get();
          if (!game || game.over) return;
          const next = resolveQuarter(game);
          set((s) => {
            s.game = next;
            s.log.push({ kind: 'endQuarter' });
            s.checkpoints.push(stateHash(next));
            s.rejected = null;
            s.reportOpen = !next.over;
            if (next.over) s.screen = 'end';
          });
          get().autosave();
        },

        autopilotQuarter() {
          const { game } = get();
          if (!game || game.over || game.seats[game.scenario.playerLab]?.kind !== 'bot') return false;
          get().endQuarter();
          set((s) => {
            s.reportOpen = false;
          });
          const next = get().game;
          return next !== null && !next.over;
        },

        backToTitle() {
          set((s) => {
            s.screen = 'title';
            s.game = null;
            s.strategyTrials = null;
            s.log = [];
            s.checkpoints = [];
            s.slot = null;
            s.rejected = null;
          });
        },
      };
      }),
    ),
  );
}

function saveProblemText(reason: string, detail?: string | number): string {
  return t(`save.problem.${reason}` as MessageKey, { detail: detail ?? '' });
}

/** The human player's lab in the current game. */
export function playerLab(state: AppState) {
  return state.game?.labs.find((lab) => lab.id === state.scenario.playerLab);
}
