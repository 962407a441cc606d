// What an action will do, asked before it is taken: the views show these, and the handlers use the same functions,
// so a preview always equals the outcome.
import { findChip, orderCost, rentCost, voucherAmount } from './compute';
import { dilute, maxRound, roundChancePercent } from './funding';
import type { ChipId, RegionId } from './scenario-types';
import type { GameState, Lab } from './state-types';

export interface ChipOrderQuote {
  /** List price of the order. */
  list: number;
  /** Paid on top: the licence fee on a licensed sale, or the grey-market premium. */
  markup: number;
  total: number;
  cashAfter: number;
}

export function chipOrderQuote(state: GameState, lab: Lab, chip: ChipId, units: number, grey = false): ChipOrderQuote | undefined {
  const found = findChip(state.scenario, chip);
  if (!found) return undefined;
  const cost = orderCost(state, found, lab.region, grey, units);
  return { ...cost, cashAfter: lab.cash - cost.total };
}

export interface RentalQuote {
  /** Rent for a quarter of this many units. */
  rent: number;
  /** What a government voucher pays back of it. */
  voucher: number;
}

export function rentalQuote(state: GameState, lab: Lab, chip: ChipId, region: RegionId, units: number): RentalQuote {
  const line = [{ chip, region, units }];
  return { rent: rentCost(state, line), voucher: voucherAmount(state, lab, line) };
}

export interface RoundQuote {
  /** The round is priced at the lab's current valuation. */
  preMoney: number;
  equityBefore: number;
  equityAfter: number;
  chancePercent: number;
  maxAmount: number;
}

export function roundQuote(state: GameState, lab: Lab, amount: number): RoundQuote {
  return {
    preMoney: lab.valuation,
    equityBefore: lab.equity,
    equityAfter: dilute(lab.equity, lab.valuation, amount),
    chancePercent: roundChancePercent(state, lab, amount),
    maxAmount: maxRound(lab),
  };
}

/** Units of a chip the lab holds that were bought paying a licence fee. */
export function licensedUnits(lab: Lab, chip: ChipId): number {
  return Math.min(lab.chips[chip] ?? 0, lab.chipsUnderLicence[chip] ?? 0);
}
