// How a cloud grows its fleet: it buys chips while renting them to buyers outside the game pays for them, with its cash
// and with loans secured on the chips, no more than the market has room for at a utilisation that still pays, and
// raises money for them when investors will fund it.
import * as act from '../actions';
import type { Action } from '../actions';
import { fleetNeed, fleetPlan, FLEET_PAYBACK } from '../cloud-market';
import { LOAN_TO_VALUE, loanLimit } from '../fleet-debt';
import { maxRound, roundChancePercent } from '../funding';
import type { GameState, Lab } from '../state-types';
import { spare } from './compute-moves';

/** Raises the round its fleet case allows (the largest round, which counts it) when the chips would pay and investors are likely to say yes. */
export function raiseForFleet(state: GameState, lab: Lab, minimumChance: number): Action[] {
  if (lab.pendingRound || fleetNeed(state, lab) <= 0) return [];
  const amount = maxRound(state, lab);
  return amount >= 1e6 && roundChancePercent(state, lab, amount) >= minimumChance ? [act.raiseRound(lab.id, amount)] : [];
}

/** Draws on a fleet loan a cloud bot makes in a quarter, each against the chips ordered before it. */
const DRAWS = 3;

/**
 * buyForRentals with borrowing (the same test of whether a chip pays): buys what the share of spare cash pays for, then
 * borrows against all its chips, those just ordered included, as far as the lender allows (loanLimit's collateral test
 * worked out with the new order, its rent test on last quarter's rent), and buys more chips with the loan; never more chips than the market has room for.
 */
export function buyForRentalsOnCredit(state: GameState, lab: Lab, share: number, reserveQuarters: number): Action[] {
  const plan = fleetPlan(state, lab, FLEET_PAYBACK);
  if (!plan || plan.lifetimeRent < FLEET_PAYBACK * plan.unitCost) return [];
  const perUnit = plan.unitCost * 1.3; // a margin for power and setup, as buyCompute keeps
  const first = Math.max(0, Math.min(plan.room, Math.floor((spare(state, lab, reserveQuarters) * share) / perUnit)));
  const limit = loanLimit(state, lab);
  if (limit.reason === 'noCloud' || limit.reason === 'noRentalMarket') return first > 0 ? [act.buyChips(lab.id, plan.chip, first, false)] : [];
  const actions: Action[] = first > 0 ? [act.buyChips(lab.id, plan.chip, first, false)] : [];
  // Each draw is secured on the chips ordered before it (the collateral test, worked out with those orders; the rent
  // test counts last quarter's rent alone), and buys more: DRAWS times a quarter, a fleet grows toward what its equity
  // and the lender together can carry.
  let bought = first;
  let borrowed = 0;
  for (let draw = 0; draw < DRAWS && bought < plan.room; draw += 1) {
    const byCollateral = limit.byCollateral + LOAN_TO_VALUE * bought * plan.unitCost;
    // A hair under the limit, so rounding in the books never turns the loan down.
    const loan = Math.floor(0.99 * Math.max(0, Math.min(byCollateral, limit.byRent) - limit.owed - borrowed));
    const units = loan >= 1e6 ? Math.min(plan.room - bought, Math.floor(loan / perUnit)) : 0;
    if (units <= 0) break;
    actions.push(act.borrow(lab.id, loan), act.buyChips(lab.id, plan.chip, units, false));
    bought += units;
    borrowed += loan;
  }
  return actions;
}
