// A lab's fleet compute and memory are asked several times by every bot's moves in a turn (each move weighs them
// again) and once more by the checks of the actions they issue. In the bots' pass the working copy changes only by
// accepted actions, each of which counts a turn (rival-book.ts), so a lab's answer stands until the turn moves.
import { labById } from './lookups';
import { botPassOn } from './rival-book';
import type { GameState, Lab } from './state-types';

export interface Kept<T> {
  pass: number;
  turn: number;
  value: T;
}

/** `work`'s answer for one of the state's own labs, kept until the bots' turn moves; outside the bots' pass, worked out each time. */
export function forTurn<T>(kept: WeakMap<Lab, Kept<T>>, state: GameState, lab: Lab, work: () => T): T {
  const pass = botPassOn(state);
  // A lab made up for a preview ({ ...lab, ... }) is not the state's: it may change before the turn does.
  if (pass === 0 || labById(state.labs, lab.id) !== lab) return work();
  const known = kept.get(lab);
  if (known?.pass === pass && known.turn === state.turn) return known.value;
  const value = work();
  if (known) {
    known.pass = pass;
    known.turn = state.turn;
    known.value = value;
  } else {
    kept.set(lab, { pass, turn: state.turn, value });
  }
  return value;
}
