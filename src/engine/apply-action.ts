// applyAction: validate an action against the state, then apply it to a copy. Never throws, never mutates.
// applyInPlace: a strategy's move applied to the quarter's working copy, which it changes.
// A person's actions reach only the labs people play; a strategy's moves come from endQuarter.
import { produce } from 'immer';
import type { Action, ActionType } from './actions';
import type { Handler, Handlers } from './handler';
import { businessHandlers } from './handlers-business';
import { computeHandlers } from './handlers-compute';
import { debtHandlers } from './handlers-debt';
import { eventHandlers } from './handlers-events';
import { modelHandlers } from './handlers-models';
import { labById } from './lookups';
import { noteActed } from './bot-pass';
import { peopleHandlers } from './handlers-people';
import { seatHandlers } from './handlers-seats';
import { reject, type Rejection } from './reasons';
import { isPersonsSeat, type GameState, type Lab } from './state-types';

export type ActionResult = { ok: true; state: GameState } | Rejection;

// Typed as every action type: an action without its handler fails the type check.
const HANDLERS: Handlers<ActionType> = {
  ...computeHandlers,
  ...peopleHandlers,
  ...modelHandlers,
  ...businessHandlers,
  ...debtHandlers,
  ...eventHandlers,
  ...seatHandlers,
};

/** The handler of an action's type (TypeScript cannot pair a union's key with its value's type by itself). */
const handlerOf = (type: ActionType): Handler<Action> => HANDLERS[type] as Handler<Action>;

/** A person's action: refused for a lab its strategy plays (a rival, or every lab when watching), so a log can only move the labs people play. */
export function applyAction(state: GameState, action: Action): ActionResult {
  return apply(state, action, true);
}

/** A strategy's move for the lab it plays, on an immutable state (tests and tools; the quarter uses applyInPlace). */
export function applyStrategyMove(state: GameState, action: Action): ActionResult {
  return apply(state, action, false);
}

function apply(state: GameState, action: Action, byPerson: boolean): ActionResult {
  const problem = validate(state, action, byPerson);
  if (problem) return problem;
  return { ok: true, state: produce(state, (draft) => applyAccepted(draft, action)) };
}

/**
 * A strategy's move with the same checks and handlers, applied in place to a state the caller owns: the quarter's
 * working copy, where bots act (a draft and a frozen copy per bot action cost more than the rest of the quarter).
 */
export function applyInPlace(state: GameState, action: Action): Rejection | undefined {
  const problem = validate(state, action, false);
  if (problem) return problem;
  applyAccepted(state, action);
  noteActed(state, labById(state.labs, action.lab)!);
  return undefined;
}

function applyAccepted(state: GameState, action: Action): void {
  const lab = labById(state.labs, action.lab) as Lab;
  handlerOf(action.type).apply(state, lab, action);
  state.turn += 1;
}

function validate(state: GameState, action: Action, byPerson: boolean): Rejection | undefined {
  if (state.over) return reject('gameOver');
  if (typeof action !== 'object' || action === null) return reject('unknownAction', { type: String(action) });
  const handler = Object.hasOwn(HANDLERS, action.type) ? handlerOf(action.type) : undefined;
  if (!handler) return reject('unknownAction', { type: String((action as { type?: unknown }).type) });
  const lab = labById(state.labs, action.lab);
  if (!lab) return reject('unknownLab', { lab: String(action.lab) });
  if (!lab.alive) return reject('labOut', { lab: lab.id });
  if (byPerson && !isPersonsSeat(state.seats[lab.id])) return reject('notAPersonsLab', { lab: lab.id });
  return handler.validate(state, lab, action);
}

/** Whether the rules allow an action now, whoever plays the lab (the UI offers only what is possible; the random strategy draws from it). */
export function isLegal(state: GameState, action: Action): boolean {
  return validate(state, action, false) === undefined;
}
