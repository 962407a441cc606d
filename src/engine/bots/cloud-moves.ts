// How a cloud grows its fleet: it buys chips while renting them to buyers outside the game pays for them, no more than
// the market has room for at a utilisation that still pays, and raises money for them when investors will fund it.
import * as act from '../actions';
import type { Action } from '../actions';
import { fleetNeed, fleetPlan, FLEET_PAYBACK } from '../cloud-market';
import { loanLimit } from '../fleet-debt';
import { maxRound, roundChancePercent } from '../funding';
import type { GameState, Lab } from '../state-types';
import { spare } from './compute-moves';

/**
 * Spends up to `share` of the spare cash on the best chip for renting out while one earns FLEET_PAYBACK times its price
 * over its life, and never more chips than the market has room for.
 */
export function buyForRentals(state: GameState, lab: Lab, share: number, reserveQuarters: number): Action[] {
  const plan = fleetPlan(state, lab, FLEET_PAYBACK);
  if (!plan || plan.lifetimeRent < FLEET_PAYBACK * plan.unitCost) return [];
  // A margin for power and setup, as buyCompute keeps.
  const units = Math.min(plan.room, Math.floor((spare(state, lab, reserveQuarters) * share) / (plan.unitCost * 1.3)));
  return units > 0 ? [act.buyChips(lab.id, plan.chip, units, false)] : [];
}

/** Raises the round its fleet case allows (the largest round, which counts it) when the chips would pay and investors are likely to say yes. */
export function raiseForFleet(state: GameState, lab: Lab, minimumChance: number): Action[] {
  if (lab.pendingRound || fleetNeed(state, lab) <= 0) return [];
  const amount = maxRound(state, lab);
  return amount >= 1e6 && roundChancePercent(state, lab, amount) >= minimumChance ? [act.raiseRound(lab.id, amount)] : [];
}

/**
 * Borrows against the fleet for the chips renting would pay for (as many as the market has room for, with the same
 * margin buyForRentals keeps), up to the lender's limit, when a chip earns FLEET_PAYBACK times its price.
 */
export function borrowForFleet(state: GameState, lab: Lab): Action[] {
  const plan = fleetPlan(state, lab, FLEET_PAYBACK);
  if (!plan || plan.lifetimeRent < FLEET_PAYBACK * plan.unitCost || plan.room <= 0) return [];
  const amount = Math.min(loanLimit(state, lab).amount, plan.room * plan.unitCost * 1.3);
  return amount >= 1e6 ? [act.borrow(lab.id, Math.floor(amount))] : [];
}
