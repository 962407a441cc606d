// Which strategies sell to which kinds of buyers: by how a segment buys (per token, per seat), never by its id,
// so a scenario's own segments ("coding-agents", "robotics"...) find sellers among the bots.
import type { Action } from '../actions';
import { segmentsBuying } from '../segments';
import type { GameState, Lab } from '../state-types';
import { launch, priceForProfit } from './moves';

/** Launches an app in every segment that buys per seat (apps need launching; token sales start with a model). */
export function launchApps(state: GameState, lab: Lab): Action[] {
  return segmentsBuying(state.scenario, 'seats').flatMap((segment) => launch(lab, segment));
}

/** Sets the most profitable nearby price in every segment that buys tokens (the lab's APIs). */
export function priceTokens(state: GameState, lab: Lab): Action[] {
  return segmentsBuying(state.scenario, 'tokens').flatMap((segment) => priceForProfit(state, lab, segment));
}

/** Sets the most profitable nearby price in every segment that buys seats (the lab's apps). */
export function priceApps(state: GameState, lab: Lab): Action[] {
  return segmentsBuying(state.scenario, 'seats').flatMap((segment) => priceForProfit(state, lab, segment));
}
