// The bots' pass of the quarter now running, if any (endQuarter's playBots). While it runs, the working copy changes
// only by applyInPlace, which counts every accepted action in `turn`: whatever was worked out from the state at one
// turn of the pass still holds at the same turn. The rivals' book (rival-book.ts) and the per-turn figures below
// (turnMemo) rely on it; everywhere else (the quarter's phases change labs without counting, the views quote
// immutable states) nothing is kept.
import type { LabMarks } from './lab-marks';
import type { OpenOffer } from './market';
import type { GameState, Lab } from './state-types';

export interface BotPass {
  state: GameState;
  id: number;
  /** openOffers(state) and the turn it was asked at (rival-book.ts openOffersNow). */
  open?: readonly OpenOffer[];
  openTurn?: number;
  /** The labs' offer inputs as last read (lab-marks.ts). */
  marks?: LabMarks;
  /** turnMemo's figures, by key, with the turn each was worked out at. */
  memo: Map<string, { turn: number; value: unknown }>;
  /** The turn the pass began at, and the lab each accepted action since acted for (the action of turn `start + k + 1` at k). */
  start: number;
  acted: Lab[];
}

let pass: BotPass | undefined;
let passes = 0;

/** The pass running on `state`, if one is. */
export function passOf(state: unknown): BotPass | undefined {
  return pass !== undefined && pass.state === state ? pass : undefined;
}

/** Runs the bots' moves on the quarter's working copy as one pass (endQuarter's playBots). */
export function asBotPass<T>(state: GameState, play: () => T): T {
  const outer = pass;
  pass = { state, id: (passes += 1), memo: new Map(), start: state.turn, acted: [] };
  try {
    return play();
  } finally {
    pass = outer;
  }
}

/**
 * Runs `quotes`, which change nothing, as one turn of a pass: a quarter's phase weighing the same markets several
 * times (holdBackUnservable) checks the labs once, not at every quote. In the bots' pass, it is that pass.
 */
export function whileUnchanged<T>(state: GameState, quotes: () => T): T {
  return passOf(state) ? quotes() : asBotPass(state, quotes);
}

/** applyInPlace's note of an accepted action in the pass running on `state`: which lab it acted for (lab-marks.ts). */
export function noteActed(state: GameState, lab: Lab): void {
  const running = passOf(state);
  if (running && state.turn === running.start + running.acted.length + 1) running.acted.push(lab);
}

/**
 * The labs that acted in the pass running on `state` after turn `since`, up to its turn now (in turn order), if the
 * pass has noted every one of those turns.
 */
export function actedSince(state: GameState, since: number): readonly Lab[] | undefined {
  const running = passOf(state);
  if (!running || since < running.start || state.turn !== running.start + running.acted.length) return undefined;
  return running.acted.slice(since - running.start);
}

/**
 * `work()`, a figure read from `state` alone, worked out once per turn of the pass running on it (a pure cache: at one
 * turn the state is as it was); outside a pass, every time.
 */
export function turnMemo<T>(state: unknown, key: string, work: () => T): T {
  const running = passOf(state);
  if (!running) return work();
  const turn = (state as GameState).turn;
  const known = running.memo.get(key);
  if (known?.turn === turn) return known.value as T;
  const value = work();
  running.memo.set(key, { turn, value });
  return value;
}
