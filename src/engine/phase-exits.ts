// Quarter phase: a lab with negative cash takes an emergency down round if anyone will fund it from what is left of
// its layer's venture money, else a richer lab at home acquires it (its researchers move), else it shuts down.
import { appetiteFor, currentEstimate } from './funding';
import { marketOf, priceRound } from './phase-rounds';
import { draw } from './rng';
import type { CapitalMarket, GameState, Lab, LabQuarterReport } from './state-types';

/** Emergency rounds are priced at this share of the lab's value without its (negative) cash. */
export const DOWN_ROUND_DISCOUNT = 0.5;

export function resolveInsolvency(state: GameState, lab: Lab, report: LabQuarterReport, capital: CapitalMarket[]): void {
  if (lab.cash >= 0) return;
  const revenue = lab.ledger.filter((i) => i.kind === 'revenue').reduce((a, i) => a + i.amount, 0);
  const costs = -lab.ledger.filter((i) => i.amount < 0 && i.kind !== 'chipPurchase').reduce((a, i) => a + i.amount, 0);
  const appetite = appetiteFor(state, lab);
  const why = { burn: costs - revenue, revenue, appetite };

  const preMoney = DOWN_ROUND_DISCOUNT * currentEstimate(state, { ...lab, cash: 0 });
  const market = marketOf(capital, state, lab);
  const left = market ? market.supply - market.raised : 0;
  // What keeps it going two more quarters, if investors have that much left this quarter; never less than the hole.
  const amount = Math.min(-lab.cash + 2 * Math.max(0, costs - revenue), left);
  const chance = appetite >= 0.4 && amount >= -lab.cash && preMoney >= amount / 4 ? Math.round(30 + 30 * Math.min(1.5, appetite)) : 0;
  if (chance > 0 && Math.floor(draw(state.rng, 'funding') * 100) < chance) {
    market!.raised += amount;
    priceRound(state, lab, report, preMoney, amount, true);
    report.notes.push({ code: 'emergencyRound', params: { amount, preMoney, ...why } });
    return;
  }

  lab.alive = false;
  lab.valuation = 0;
  lab.estimate = 0;
  lab.exitQuarter = state.quarter;
  lab.run = null;
  lab.rentals = [];
  lab.pendingRound = null;
  const buyer = state.labs
    .filter((other) => other.alive && other.id !== lab.id && other.region === lab.region && other.cash > -lab.cash)
    .sort((a, b) => b.cash - a.cash || (a.id < b.id ? -1 : 1))[0];
  if (buyer) {
    lab.exitReason = 'acquired';
    lab.acquiredBy = buyer.id;
    buyer.researchers += lab.researchers;
    report.notes.push({ code: 'acquired', params: { buyer: buyer.id, ...why } });
  } else {
    lab.exitReason = 'shutDown';
    report.notes.push({ code: 'shutDown', params: why });
  }
}
