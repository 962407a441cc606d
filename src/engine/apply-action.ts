// applyAction: validate an action against the state, then apply it to a copy. Never throws, never mutates.
import { produce } from 'immer';
import type { Action } from './actions';
import type { Handler } from './handler';
import { businessHandlers } from './handlers-business';
import { computeHandlers } from './handlers-compute';
import { eventHandlers } from './handlers-events';
import { modelHandlers } from './handlers-models';
import { peopleHandlers } from './handlers-people';
import { seatHandlers } from './handlers-seats';
import { reject, type Rejection } from './reasons';
import type { GameState, Lab } from './state-types';

export type ActionResult = { ok: true; state: GameState } | Rejection;

const HANDLERS: Record<Action['type'], Handler<Action>> = {
  ...computeHandlers,
  ...peopleHandlers,
  ...modelHandlers,
  ...businessHandlers,
  ...eventHandlers,
  ...seatHandlers,
} as Record<Action['type'], Handler<Action>>;

export function applyAction(state: GameState, action: Action): ActionResult {
  const problem = validate(state, action);
  if (problem) return problem;
  const next = produce(state, (draft) => {
    const lab = draft.labs.find((l) => l.id === action.lab) as Lab;
    HANDLERS[action.type].apply(draft, lab, action);
    draft.turn += 1;
  });
  return { ok: true, state: next };
}

function validate(state: GameState, action: Action): Rejection | undefined {
  if (state.over) return reject('gameOver');
  if (typeof action !== 'object' || action === null) return reject('unknownAction', { type: String(action) });
  const handler = Object.hasOwn(HANDLERS, action.type) ? HANDLERS[action.type] : undefined;
  if (!handler) return reject('unknownAction', { type: String((action as { type?: unknown }).type) });
  const lab = state.labs.find((l) => l.id === action.lab);
  if (!lab) return reject('unknownLab', { lab: String(action.lab) });
  if (!lab.alive) return reject('labOut', { lab: lab.name });
  return handler.validate(state, lab, action);
}

/** Whether an action would be accepted now (for the UI to offer only what is possible). */
export function isLegal(state: GameState, action: Action): boolean {
  return validate(state, action) === undefined;
}
