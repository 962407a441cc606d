// The shape every action handler has: a check that returns a reason, and a change applied to a draft.
import type { Action, ActionOf } from './actions';
import { reject, type Rejection } from './reasons';
import type { GameState, Lab } from './state-types';

export interface Handler<A extends Action> {
  validate(state: GameState, lab: Lab, action: A): Rejection | undefined;
  /** Applied in place to a state `validate` accepted: an immer draft (applyAction) or the quarter's working copy (applyInPlace). */
  apply(state: GameState, lab: Lab, action: A): void;
}

export type Handlers<T extends Action['type']> = { [K in T]: Handler<ActionOf<K>> };

/** Largest count in one order (chips, people); larger fleets are built over several orders. */
export const MAX_ORDER = 1_000_000;

export const isCount = (value: unknown, min = 1): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= min && value <= MAX_ORDER;
export const isAmount = (value: unknown, min: number, max: number): value is number =>
  typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max;
export const badCount = (count: unknown): Rejection => reject('badCount', { count: String(count), max: MAX_ORDER });
