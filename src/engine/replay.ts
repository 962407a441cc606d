import type { Action } from './actions';
import { applyAction } from './apply-action';
import { createGame, type GameOptions } from './create-game';
import { endQuarter } from './quarter';
import type { Scenario } from './scenario-types';
import type { GameState } from './state-types';

/** One entry of a game's log: a player's action, or the end of a quarter. */
export type LogEntry = { kind: 'action'; action: Action } | { kind: 'endQuarter' };

export type ReplayResult = { ok: true; state: GameState } | { ok: false; index: number; reason: string };

/** Rebuilds a game by folding its log over a new game; stops at the first entry that does not apply. */
export function replay(scenario: Scenario, options: GameOptions | string, log: readonly LogEntry[]): ReplayResult {
  let state = createGame(scenario, typeof options === 'string' ? { seed: options } : options);
  for (let index = 0; index < log.length; index += 1) {
    const entry = log[index] as LogEntry;
    if (entry.kind === 'endQuarter') {
      state = endQuarter(state);
      continue;
    }
    const result = applyAction(state, entry.action);
    if (!result.ok) return { ok: false, index, reason: result.reason };
    state = result.state;
  }
  return { ok: true, state };
}

export interface QuarterStep {
  /** The state at the start of this quarter's decisions (after the previous quarter resolved). */
  state: GameState;
  /** The actions taken during this quarter, in order. */
  actions: Action[];
}

/**
 * A game as quarters for the replay viewer: the state at each quarter and the actions taken in it,
 * ending with the state after the last quarter resolved (with no actions).
 */
export function replayByQuarter(scenario: Scenario, options: GameOptions, log: readonly LogEntry[]): QuarterStep[] | undefined {
  let state = createGame(scenario, options);
  const steps: QuarterStep[] = [{ state, actions: [] }];
  for (const entry of log) {
    if (entry.kind === 'endQuarter') {
      state = endQuarter(state);
      steps.push({ state, actions: [] });
      continue;
    }
    const result = applyAction(state, entry.action);
    if (!result.ok) return undefined;
    state = result.state;
    steps.at(-1)!.actions.push(entry.action);
  }
  return steps;
}
