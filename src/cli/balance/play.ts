// A game played quarter by quarter, so the instrument can look at each quarter's state (the engine keeps no history of valuations).
import { createGame, endQuarter, type GameState, type LabId, type Scenario, type Seat } from '../../engine';

/** Something that looks at the state before the first quarter and after each quarter; it keeps what it needs. */
export interface Watcher {
  start?(state: GameState): void;
  quarter(state: GameState): void;
}

/** Plays one game from the first quarter to its end; `before` may act for a person's lab before each quarter resolves. */
export function playWatched(scenario: Scenario, seed: string, seats: Record<LabId, Seat>, watchers: readonly Watcher[], before?: (state: GameState) => GameState): GameState {
  let state = createGame(scenario, { seed, seats });
  for (const w of watchers) w.start?.(state);
  while (!state.over) {
    if (before) state = before(state);
    state = endQuarter(state);
    for (const w of watchers) w.quarter(state);
  }
  return state;
}
