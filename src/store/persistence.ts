// Where saves live in the browser: localStorage, one entry per game, the most recent few kept.
// Storage may be full or blocked (private mode): writing then reports it and the game goes on.
import type { GuideProgress } from './guide-steps';

export interface SlotInfo {
  slot: string;
  title: string;
  /** Calendar label of the quarter being played, e.g. "Q3 2025". */
  quarter: string;
  savedAt: string;
  /** The game is over: the title offers its debrief rather than Continue. Absent in saves written before it was kept. */
  finished?: boolean;
  /** Where the player was in the guided tutorial, so Continue keeps their place (and a choice to see everything). */
  guide?: GuideProgress;
}

export type WriteOutcome = 'saved' | 'full' | 'unavailable';

export interface SaveStorage {
  write(slot: string, text: string, info: SlotInfo): WriteOutcome;
  read(slot: string): string | null;
  list(): SlotInfo[];
  /** Forgets a save (one that no longer opens need not be offered for ever). */
  remove(slot: string): void;
}

const INDEX = 'shakeout.saves.index';
const PREFIX = 'shakeout.save.';
/** Games kept; the oldest is dropped when a new one starts. */
export const MAX_SLOTS = 5;

export function browserSaveStorage(storage: () => Storage | null = () => window.localStorage): SaveStorage {
  const get = (): Storage | null => {
    try {
      return storage();
    } catch {
      return null;
    }
  };
  const readIndex = (s: Storage): SlotInfo[] => {
    try {
      const parsed = JSON.parse(s.getItem(INDEX) ?? '[]') as unknown;
      return Array.isArray(parsed) ? (parsed as SlotInfo[]).filter((i) => i && typeof i.slot === 'string') : [];
    } catch {
      return [];
    }
  };
  return {
    write(slot, text, info) {
      const s = get();
      if (!s) return 'unavailable';
      try {
        const index = [info, ...readIndex(s).filter((i) => i.slot !== slot)];
        for (const dropped of index.slice(MAX_SLOTS)) s.removeItem(PREFIX + dropped.slot);
        s.setItem(PREFIX + slot, text);
        s.setItem(INDEX, JSON.stringify(index.slice(0, MAX_SLOTS)));
        return 'saved';
      } catch (error) {
        const name = error instanceof DOMException ? error.name : '';
        return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' ? 'full' : 'unavailable';
      }
    },
    read(slot) {
      try {
        return get()?.getItem(PREFIX + slot) ?? null;
      } catch {
        return null;
      }
    },
    list() {
      const s = get();
      return s ? readIndex(s) : [];
    },
    remove(slot) {
      const s = get();
      if (!s) return;
      try {
        s.removeItem(PREFIX + slot);
        s.setItem(INDEX, JSON.stringify(readIndex(s).filter((i) => i.slot !== slot)));
      } catch {
        // Blocked storage keeps what it has; the list is read again from it.
      }
    },
  };
}

/** Storage that keeps nothing (tests, or a browser without storage). */
export function memorySaveStorage(): SaveStorage {
  const texts = new Map<string, string>();
  let index: SlotInfo[] = [];
  return {
    write(slot, text, info) {
      texts.set(slot, text);
      index = [info, ...index.filter((i) => i.slot !== slot)].slice(0, MAX_SLOTS);
      return 'saved';
    },
    read: (slot) => texts.get(slot) ?? null,
    list: () => index,
    remove(slot) {
      texts.delete(slot);
      index = index.filter((i) => i.slot !== slot);
    },
  };
}
