// Saves: the current game written to browser storage after every move, exported as text, and resumed from either.
import { calendarOf, gameLength } from '../engine';
import { createHandInFile, handInFileName } from '../classroom/hand-in-file';
import { classOfSave } from './class-slice';
import { t, type MessageKey } from '../i18n';
import type { SliceMaker } from './app-state';
import { startingGuide } from './guide-steps';
import { createSave, loadSave, saveText, type SaveFile, type SaveRefusal } from './save-file';

export interface SavesSlice {
  /** The save slot of the current game. */
  slot: string | null;
  /** Set once when the browser would not store a save; the game goes on. */
  storageWarning: 'full' | 'unavailable' | null;
  /** Resumes a saved game by replaying its log; a bad save shows why and changes nothing. */
  continueGame(slot: string): boolean;
  /** Forgets a save kept in this browser. */
  deleteSave(slot: string): void;
  /** Starts playing a save given as text (an exported file or a copied string). */
  importSave(text: string, name: string): boolean;
  /** The current game as save text, for export. */
  saveText(): string | null;
  /** The name to give the current game's file: a class game's is its hand-in name (`shakeout-<class>-<student>.json`). */
  saveFileName(): string;
  /** Writes the current game to its slot (after every accepted action and quarter, and when the page is hidden). */
  autosave(): void;
  dismissStorageWarning(): void;
}

/** Why a save did not open, as a sentence; a refused move is named with the engine's reason. */
export function saveProblemText({ reason, detail, refused }: { reason: string; detail?: string | number; refused?: SaveRefusal['refused'] }): string {
  if (refused) return t('save.problem.badMove', { move: refused.move, reason: t(`reason.${refused.reason}` as MessageKey, refused.params) });
  return t(`save.problem.${reason}` as MessageKey, { detail: detail ?? '' });
}

export const savesSlice: SliceMaker<SavesSlice> = (set, get, deps) => {
  let warned = false;
  const currentSave = (): SaveFile | null => {
    const { game, gameSource, log, checkpoints, seatsAtStart, classGame } = get();
    if (!game) return null;
    const input = { scenario: game.scenario, source: gameSource, shipped: deps.shipped(gameSource) !== undefined, game, seatsAtStart, log, checkpoints, savedAt: deps.now().toISOString() };
    // A class game is always a hand-in: saved, continued and handed in under the student's name.
    return classGame ? createHandInFile(input, { student: classGame.student, classCode: classGame.code }).file : createSave(input);
  };
  const resume = (text: string, slot: string, name: string, stored = false): boolean => {
    const loaded = loadSave(text, deps.shipped);
    if (!loaded.ok) {
      const detail = saveProblemText(loaded);
      get().showNotice({ message: t('save.couldNotLoad', { name }), problems: [], detail: stored ? `${detail} ${t('save.deleteHint')}` : detail });
      return false;
    }
    get().stopWorlds();
    // The guide's place as it was when last saved in this browser; otherwise it catches up with the game (game-store.ts).
    const remembered = stored ? deps.storage.list().find((info) => info.slot === slot)?.guide : undefined;
    set((s) => {
      s.guide = remembered ?? startingGuide(loaded.scenario.id, loaded.save.seats[loaded.scenario.playerLab], true);
      // The resumed game's scenario becomes the choice too, so New game plays it again.
      s.scenario = loaded.scenario;
      s.scenarioSource = loaded.save.scenario.source;
      s.seed = loaded.save.seed;
      s.quartersChoice = loaded.save.quarters ?? null;
      s.classGame = classOfSave(loaded.save.handIn);
      s.classChoice = s.classGame;
      s.game = loaded.state;
      s.gameSource = loaded.save.scenario.source;
      s.seatsAtStart = loaded.save.seats;
      s.worlds = null;
      s.strategyTrials = null;
      s.debriefLabs = null;
      s.replay = null;
      s.log = loaded.save.actionLog;
      s.checkpoints = loaded.checkpoints;
      s.slot = slot;
      s.notice = null;
      s.rejected = null;
      s.screen = loaded.state.over ? 'end' : 'hq';
    });
    return true;
  };
  return {
    slot: null,
    storageWarning: null,

    continueGame(slot) {
      const text = deps.storage.read(slot);
      if (text === null) {
        get().showNotice({ message: saveProblemText({ reason: 'missing' }), problems: [] });
        return false;
      }
      return resume(text, slot, slot, true);
    },

    deleteSave(slot) {
      deps.storage.remove(slot);
      set((s) => {
        if (s.slot === slot) s.slot = null;
      });
    },

    importSave(text, name) {
      return resume(text, `game-${deps.now().getTime()}`, name);
    },

    saveText() {
      const save = currentSave();
      return save ? saveText(save) : null;
    },

    saveFileName() {
      const { game, classGame } = get();
      if (classGame) return handInFileName({ student: classGame.student, classCode: classGame.code });
      return `shakeout-${game?.scenario.id ?? 'game'}-q${(game?.quarter ?? 0) + 1}.json`;
    },

    autosave() {
      const { slot, game, screen, guide } = get();
      let save: SaveFile | null;
      try {
        save = currentSave();
      } catch (error) {
        get().reportFailure('save', error);
        return;
      }
      if (!save || !slot || !game || screen === 'replay') return;
      const { scenario } = game;
      const date = calendarOf(scenario.start, Math.min(game.quarter, gameLength(game) - 1));
      const outcome = deps.storage.write(slot, saveText(save), { slot, title: scenario.title, quarter: `Q${date.quarter} ${date.year}`, savedAt: save.savedAt, finished: game.over, ...(guide ? { guide } : {}) });
      if (outcome !== 'saved' && !warned) {
        warned = true;
        set((s) => {
          s.storageWarning = outcome;
        });
      }
    },

    dismissStorageWarning() {
      set((s) => {
        s.storageWarning = null;
      });
    },
  };
};
