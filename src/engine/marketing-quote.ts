// What a marketing budget would buy, asked before it is set: the marketing card shows it and the bots weigh it.
import { budgetOf } from './marketing';
import { potentialUnits } from './market';
import { priceQuote } from './previews';
import type { SegmentId } from './scenario-types';
import { marketIn, rulesOf } from './segments';
import type { GameState, Lab } from './state-types';

/** Users the lab's product could reach in a segment this quarter: every region whose buyers may buy from it. */
export function potentialUsers(state: GameState, lab: Lab, segment: SegmentId): number {
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
export function userWorth(state: GameState, lab: Lab, segment: SegmentId): number {
  const quote = priceQuote(state, lab, segment, lab.prices[segment] ?? rulesOf(state.scenario, segment).referencePrice);
  const users = quote.buyers * potentialUsers(state, lab, segment);
  return users > 0 ? ((quote.revenue - quote.servingCost) / users) * 4 * state.scenario.world.revenueMultiple : 0;
}

export interface MarketingQuote {
  /** Dollars of marketing that win one user (undefined: users of this segment cannot be bought). */
  costPerUser: number | undefined;
  /** Users the budget asks for this quarter; fewer are won (and paid for) when few buyers are choosing afresh. */
  users: number;
  /** Users the lab's product could reach this quarter. */
  reachable: number;
  /** What one more user is worth to investors at the lab's price (userWorth). */
  worth: number;
  /** The budget set now. */
  current: number;
}

export function marketingQuote(state: GameState, lab: Lab, segment: SegmentId, amount: number): MarketingQuote {
  const costPerUser = rulesOf(state.scenario, segment).acquisitionCost;
  return {
    costPerUser,
    users: costPerUser === undefined ? 0 : amount / costPerUser,
    reachable: potentialUsers(state, lab, segment),
    worth: lab.productModel ? userWorth(state, lab, segment) : 0,
    current: budgetOf(lab, segment),
  };
}
