// Marketing as a choice: a bot buys users while investors would pay more for them than they cost.
import * as act from '../actions';
import type { Action } from '../actions';
import { budgetOf } from '../marketing';
import { potentialUnits } from '../market';
import { priceQuote } from '../previews';
import { marketIn, rulesOf, segmentsBuying } from '../segments';
import type { GameState, Lab } from '../state-types';
import { spare } from './compute-moves';

/** A bot's campaign aims at no more than this share of the users it could reach in a quarter (game design). */
export const MAX_BOUGHT = 0.05;

/** Users the lab's product could reach in a segment this quarter: every region whose buyers may buy from it. */
export function potentialUsers(state: GameState, lab: Lab, segment: string): number {
  let potential = 0;
  for (const region of state.scenario.regions) {
    if (region.openTo.includes(lab.region) && marketIn(region, segment)) potential += potentialUnits(state, region, segment);
  }
  return potential;
}

/**
 * What one more user is worth to investors: its gross profit a quarter at the lab's price (revenue less serving cost,
 * free users' included, per user it has) over a year, at the scenario's revenue multiple (investors value a year's
 * revenue at that multiple of its gross margin). 0 when the lab has no users yet.
 */
export function userWorth(state: GameState, lab: Lab, segment: string): number {
  const quote = priceQuote(state, lab, segment, lab.prices[segment] ?? rulesOf(state.scenario, segment).referencePrice);
  const users = quote.buyers * potentialUsers(state, lab, segment);
  return users > 0 ? ((quote.revenue - quote.servingCost) / users) * 4 * state.scenario.world.revenueMultiple : 0;
}

/**
 * In every segment whose users can be bought, spends `share` of the cash beyond `reserve` quarters of payroll each
 * quarter on marketing while a user is worth more to investors than it costs to win (userWorth against the segment's
 * acquisitionCost), and stops when it is not or the cash is gone.
 */
export function marketApps(state: GameState, lab: Lab, share: number, reserve: number): Action[] {
  const actions: Action[] = [];
  for (const segment of segmentsBuying(state.scenario, 'seats')) {
    const cost = rulesOf(state.scenario, segment).acquisitionCost;
    if (cost === undefined || !lab.products[segment]) continue;
    const worth = userWorth(state, lab, segment);
    // At most MAX_BOUGHT of the users it could reach in a quarter: a campaign reaches only so many people.
    const reach = potentialUsers(state, lab, segment) * MAX_BOUGHT * cost;
    const wanted = worth > cost ? Math.floor(Math.min(reach, Math.max(0, spare(state, lab, reserve)) * share)) : 0;
    // Budgets under $100k are not worth a campaign; small changes are not worth a new plan.
    const budget = wanted < 1e5 ? 0 : wanted;
    const current = budgetOf(lab, segment);
    const changed = budget === 0 ? current > 0 : Math.abs(budget - current) > 0.1 * current;
    if (changed) actions.push(act.setMarketing(lab.id, segment, budget));
  }
  return actions;
}
