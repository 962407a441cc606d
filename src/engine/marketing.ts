// Marketing: a budget a lab chooses, per segment, that wins users beyond those its product and prices bring it (as
// Kimi and MiniMax bought users with advertising in 2024). Bought users come from among the buyers choosing afresh,
// taken in proportion from every app and from those buying nothing, and stay as any user does (stickiness); a lab pays
// only for users it actually won, and organic growth is never billed.
import { idRecord, ownValue } from './id-record';
import type { Region, SegmentId } from './scenario-types';
import { marketIn, rulesOf } from './segments';
import type { GameState, Lab } from './state-types';

/** A lab's marketing budget a quarter in a segment, dollars (0 when it set none). */
export function budgetOf(lab: Pick<Lab, 'marketing'>, segment: SegmentId): number {
  return ownValue(lab.marketing ?? {}, segment) ?? 0;
}

/** Whether any lab has a marketing budget (markets skip the work when none has). */
export function anyMarketing(state: Pick<GameState, 'labs'>): boolean {
  for (const lab of state.labs) if (lab.marketing) return true;
  return false;
}

/** Sets a budget; 0 removes it, so a lab that never markets carries no field. */
export function setBudget(lab: Lab, segment: SegmentId, amount: number): void {
  const budgets = idRecord<number>({ ...(lab.marketing ?? {}) });
  if (amount > 0) budgets[segment] = amount;
  else delete budgets[segment];
  if (Object.keys(budgets).length > 0) lab.marketing = budgets;
  else delete lab.marketing;
}

/**
 * The part of a lab's budget spent in one region: the budget split over the regions whose buyers may buy from it, by
 * each region's potential users (`potentialIn`, passed in so this file needs nothing from the market).
 */
export function budgetIn(
  state: GameState, lab: Lab, region: Region, segment: SegmentId, potentialIn: (region: Region) => number, total = reachableFrom(state, lab.region, segment, potentialIn),
): number {
  const budget = budgetOf(lab, segment);
  if (budget <= 0 || !region.openTo.includes(lab.region) || !marketIn(region, segment)) return 0;
  return total > 0 ? (budget * potentialIn(region)) / total : 0;
}

/** Potential users over every region whose buyers may buy from a lab based in `home`. */
function reachableFrom(state: GameState, home: string, segment: SegmentId, potentialIn: (region: Region) => number): number {
  let total = 0;
  for (const other of state.scenario.regions) {
    if (other.openTo.includes(home) && marketIn(other, segment)) total += potentialIn(other);
  }
  return total;
}

/**
 * Buyers' shares after marketing: each budget asks for budget / acquisitionCost users, as a share of the region's
 * potential. Bought users come from every seller and from those buying nothing alike, in proportion to their shares
 * (an advert reaches a rival's users as well as non-users); together the budgets win at most `open` of the buyers (the
 * share choosing afresh this quarter), pro rata when they ask for more. Returns the factor every share is kept at
 * (1 - the share won), each marketer's share won (to add after scaling) and what it cost: only users won are paid for.
 */
export function buyUsers(
  state: GameState, region: Region, segment: SegmentId, sellers: readonly string[], open: number, potential: number,
  potentialIn: (region: Region) => number,
): UsersBought {
  const cost = rulesOf(state.scenario, segment).acquisitionCost;
  if (cost === undefined || potential <= 0 || open <= 0) return { kept: 1, won: idRecord<number>(), spent: idRecord<number>() };
  return usersWon(marketingAsks(state, region, segment, potential, potentialIn), (ask) => sellers.includes(ask.lab), open, potential, cost);
}

export interface UsersBought {
  kept: number;
  won: Record<string, number>;
  spent: Record<string, number>;
}

/** One lab's budget in a market, as the share of the market's potential users it asks for. */
export interface MarketingAsk {
  lab: string;
  /** The lab's place in the state's list. */
  index: number;
  share: number;
}

/** Every lab with a budget in this market and what it asks for, in the labs' order (the same for the market and a bot's preview). */
export function marketingAsks(state: GameState, region: Region, segment: SegmentId, potential: number, potentialIn: (region: Region) => number): MarketingAsk[] {
  const cost = rulesOf(state.scenario, segment).acquisitionCost;
  const asks: MarketingAsk[] = [];
  if (cost === undefined || potential <= 0) return asks;
  // Each region's potential is asked once per market (a pure function of the state), however many labs reach it.
  const potentials = new Map<Region, number>();
  const potentialOnce = (r: Region): number => {
    let known = potentials.get(r);
    if (known === undefined) {
      known = potentialIn(r);
      potentials.set(r, known);
    }
    return known;
  };
  // Each home region's reach is worked out once per market, however many labs based there market.
  const reach = idRecord<number>();
  state.labs.forEach((lab, index) => {
    if (!lab.marketing) return;
    const total = reach[lab.region] ??= reachableFrom(state, lab.region, segment, potentialOnce);
    const budget = budgetIn(state, lab, region, segment, potentialOnce, total);
    if (budget > 0) asks.push({ lab: lab.id, index, share: budget / cost / potential });
  });
  return asks;
}

/** buyUsers's sharing out among the asks of labs on sale here (`selling`), at most `open` of the buyers between them. */
export function usersWon(asks: readonly MarketingAsk[], selling: (ask: MarketingAsk) => boolean, open: number, potential: number, cost: number): UsersBought {
  const won = idRecord<number>();
  const spent = idRecord<number>();
  if (potential <= 0 || open <= 0) return { kept: 1, won, spent };
  let asked = 0;
  const marketers: string[] = [];
  for (const ask of asks) {
    if (!selling(ask)) continue;
    won[ask.lab] = ask.share;
    asked += ask.share;
    marketers.push(ask.lab);
  }
  const scale = asked > open ? open / asked : 1;
  for (const seller of marketers) {
    won[seller] = won[seller]! * scale;
    spent[seller] = won[seller]! * potential * cost;
  }
  return { kept: 1 - asked * scale, won, spent };
}

/** usersWon's share kept and the share one seller, `me`, wins: the same sums without the records (a bot's quote asks for one seller). */
export interface UsersWonBy {
  kept: number;
  mine: number;
}

export function usersWonBy(asks: readonly MarketingAsk[], selling: (ask: MarketingAsk) => boolean, open: number, potential: number, me: string): UsersWonBy {
  if (potential <= 0 || open <= 0) return { kept: 1, mine: 0 };
  let asked = 0;
  let mine: number | undefined;
  for (const ask of asks) {
    if (!selling(ask)) continue;
    if (ask.lab === me) mine = ask.share;
    asked += ask.share;
  }
  const scale = asked > open ? open / asked : 1;
  return { kept: 1 - asked * scale, mine: mine === undefined ? 0 : mine * scale };
}
