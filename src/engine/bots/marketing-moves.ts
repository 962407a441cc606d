// Marketing as a choice: a bot buys users while investors would pay more for them than they cost.
import * as act from '../actions';
import type { Action } from '../actions';
import { budgetOf } from '../marketing';
import { potentialUsers, userWorth } from '../marketing-quote';
import { rulesOf, segmentsBuying } from '../segments';
import type { GameState, Lab } from '../state-types';
import { spare } from './compute-moves';

export { potentialUsers, userWorth } from '../marketing-quote';

/** A bot's campaign aims at no more than this share of the users it could reach in a quarter (game design). */
export const MAX_BOUGHT = 0.05;

/**
 * In every segment whose users can be bought, spends `share` of the cash beyond `reserve` quarters of payroll each
 * quarter on marketing (at most MAX_BOUGHT of the users it could reach) while a user is worth more to investors than
 * it costs to win (userWorth against the segment's acquisitionCost), and stops when it is not or the cash is gone.
 */
export function marketApps(state: GameState, lab: Lab, share: number, reserve: number): Action[] {
  const actions: Action[] = [];
  for (const segment of segmentsBuying(state.scenario, 'seats')) {
    const cost = rulesOf(state.scenario, segment).acquisitionCost;
    if (cost === undefined || !lab.products[segment]) continue;
    const affordable = Math.max(0, spare(state, lab, reserve)) * share;
    const current = budgetOf(lab, segment);
    // Nothing to weigh when it could not afford a campaign and runs none.
    if (affordable < 1e5 && current === 0) continue;
    // A campaign reaches only so many people in a quarter.
    const reach = potentialUsers(state, lab, segment) * MAX_BOUGHT * cost;
    const wanted = userWorth(state, lab, segment) > cost ? Math.floor(Math.min(reach, affordable)) : 0;
    // Budgets under $100k are not worth a campaign; small changes are not worth a new plan.
    const budget = wanted < 1e5 ? 0 : wanted;
    const changed = budget === 0 ? current > 0 : Math.abs(budget - current) > 0.1 * current;
    if (changed) actions.push(act.setMarketing(lab.id, segment, budget));
  }
  return actions;
}
