// Whether a move changed anything the world view draws: a new price or compute split redraws nothing, so a player's
// move costs the store and the panels, not a rebuilt world. Any field not named here counts as drawn.
import type { GameState, Lab } from '../engine';

/** Lab fields the world view never reads (its circles, names, flows, links and share bars come from the others). */
const UNDRAWN_LAB_FIELDS: ReadonlySet<string> = new Set<keyof Lab>(['cash', 'ledger', 'researchers', 'engineers', 'hiredThisQuarter', 'split', 'prices', 'research']);

/** Game fields the world view never reads. */
const UNDRAWN_GAME_FIELDS: ReadonlySet<string> = new Set<keyof GameState>(['turn']);

/** Two states of one game draw the same world: equal but for undrawn fields (compared by reference, as the store shares unchanged parts). */
export function sameWorld(previous: GameState, next: GameState): boolean {
  if (!sameFields(previous, next, UNDRAWN_GAME_FIELDS, ['labs'])) return false;
  if (previous.labs.length !== next.labs.length) return false;
  return previous.labs.every((lab, i) => sameFields(lab, next.labs[i]!, UNDRAWN_LAB_FIELDS, []));
}

function sameFields(a: object, b: object, undrawn: ReadonlySet<string>, elsewhere: readonly string[]): boolean {
  if (a === b) return true;
  const before = a as Record<string, unknown>;
  const after = b as Record<string, unknown>;
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  for (const key of keys) {
    if (undrawn.has(key) || elsewhere.includes(key)) continue;
    if (before[key] !== after[key]) return false;
  }
  return true;
}
