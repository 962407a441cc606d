// What an action will do, asked before it is taken: the views show these, and the handlers use the same functions,
// so a preview always equals the outcome.
import { servedModel } from './lookups';
import { gameLength } from './create-game';
import { findChip, orderCost, powerCost, rentCost, rentTariff, voucherAmount } from './compute';
import { expectedVoucher, lastVoucherRation } from './vouchers';
import { dilute, progressPrice, roundChancePercent, roundLimit, type RoundLimitParts } from './funding';
import { hostCostPerFlop, inferenceNeeded, openHostPrice, potentialUnits, tokensPerUnit } from './market';
import { openOffersNow, salesAgainstRivals } from './rival-book';
import { computeFor, finishedRunCompute, shortfallOf, UNDERPERFORMED_SHORTFALL } from './phase-training';
import { labEffects } from './research';
import type { ChipId, RegionId, SegmentId } from './scenario-types';
import { buysTokens, rulesOf } from './segments';
import { brandOf, resells } from './resale';
import type { GameState, Lab, Model, TrainingRun } from './state-types';
import { capabilityOf, failurePercent, quartersToFinish, requiredFlop } from './training';
import { powerPrice } from './world-rules';

export interface ChipOrderQuote {
  /** List price of the order. */
  list: number;
  /** Paid on top: the licence fee on a licensed sale, or the grey-market premium. */
  markup: number;
  /** Import duty on chips made in a region the lab's home taxes. */
  tariff: number;
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
  /** What a government voucher may be expected to pay back of it (its share of rent at home, at last quarter's ration). */
  voucher: number;
  /** The share of claims the region's voucher schemes paid last quarter (1: all of them). */
  voucherRation: number;
  /** Import duty on it, when the chip is made in a region the lab's home taxes. */
  tariff: number;
}

export function rentalQuote(state: GameState, lab: Lab, chip: ChipId, region: RegionId, units: number): RentalQuote {
  const line = [{ chip, region, units }];
  const voucherRation = lastVoucherRation(state, lab.region);
  return { rent: rentCost(state, line), voucher: voucherAmount(state, lab, line) * voucherRation, voucherRation, tariff: rentTariff(state, lab.region, line) };
}

export interface RoundQuote {
  /** The price now: investors' estimate, capped by progress since the last round (progressPrice); the round prices again when it closes, at the quarter's end. */
  preMoney: number;
  equityBefore: number;
  /** Equity after the round if it closes in full at today's estimate. */
  equityAfter: number;
  chancePercent: number;
  maxAmount: number;
  /** Venture money for the lab's layer in its region this quarter, shared pro rata when labs ask for more. */
  supply: number;
  /** What sets the largest round now, with the figures behind it. */
  limit: RoundLimitParts;
}

export function roundQuote(state: GameState, lab: Lab, amount: number): RoundQuote {
  const limit = roundLimit(state, lab);
  const preMoney = progressPrice(state, lab, lab.estimate).preMoney;
  return {
    preMoney,
    equityBefore: lab.equity,
    equityAfter: dilute(lab.equity, preMoney, amount),
    chancePercent: roundChancePercent(state, lab, amount),
    maxAmount: limit.amount,
    supply: limit.supply,
    limit,
  };
}

/** Units of a chip the lab holds that were bought paying a licence fee. */
export function licensedUnits(lab: Lab, chip: ChipId): number {
  return Math.min(lab.chips[chip] ?? 0, lab.chipsUnderLicence[chip] ?? 0);
}

export interface PriceQuote {
  /** Share of buyers won, over every region the lab sells to (weighted by their potential). */
  buyers: number;
  /** Units sold this quarter at that price (API: millions of tokens; consumer: subscriber-months). */
  units: number;
  revenue: number;
  /** What serving those units costs at the market price of compute. */
  servingCost: number;
  /** Inference FLOP serving them takes on the lab's model. */
  servedFlop: number;
  /** Of it, what paying customers take (an app's free users are served last, with what is left). */
  paidFlop: number;
}

/** What serving a token costs the lab on its model, at the going rental price of compute for hosts. */
export function servingCostPerToken(state: GameState, lab: Lab): number {
  const model = servedModel(state, lab);
  if (!model) return 0;
  return inferenceNeeded(model, 1, labEffects(state, lab).inferenceEfficiency) * hostCostPerFlop(state);
}

/** What serving one paying unit costs, free users aside (the lowest price worth charging). */
export function servingCostPerUnit(state: GameState, lab: Lab, segment: SegmentId): number {
  return servingCostPerToken(state, lab) * tokensPerUnit(rulesOf(state.scenario, segment));
}

/** The buyers, units, revenue and serving cost a price would bring at this quarter's demand (before word of mouth's noise). */
export function priceQuote(state: GameState, lab: Lab, segment: SegmentId, price: number): PriceQuote {
  return priceQuotes(state, lab, segment, [price])[0]!;
}

/** priceQuote for several prices at once: the offers are gathered once per region, only the lab's price changes. */
export function priceQuotes(state: GameState, lab: Lab, segment: SegmentId, prices: readonly number[], settled = false): PriceQuote[] {
  const perToken = servingCostPerToken(state, lab);
  const model = servedModel(state, lab);
  const quotes = prices.map(() => ({ buyers: 0, units: 0, revenue: 0, servingCost: 0, servedFlop: 0, paidFlop: 0 }));
  const perUnit = tokensPerUnit(rulesOf(state.scenario, segment));
  const efficiency = labEffects(state, lab).inferenceEfficiency;
  let potential = 0;
  // Gathered once for every region: checking that the open models have not changed reads every model.
  const open = buysTokens(state.scenario, segment) ? openOffersNow(state) : [];
  for (const region of state.scenario.regions) {
    if (!region.openTo.includes(lab.region)) continue;
    const size = potentialUnits(state, region, segment);
    potential += size;
    if (!model) continue;
    const mine = { seller: lab.id, capability: model.capability, price: 0, ...brandOf(lab, region.id, segment, resells(state.scenario, segment, lab, model)) };
    // salesAtPrices against offersIn's other offers, with the rivals' utilities kept between quotes (rival-book.ts).
    salesAgainstRivals(state, region, segment, open, mine, prices, settled).forEach((sale, i) => {
      const quote = quotes[i]!;
      quote.units += sale.units;
      quote.revenue += sale.revenue;
      quote.servingCost += sale.tokens * perToken;
      quote.servedFlop += inferenceNeeded(model, sale.tokens, efficiency);
      quote.paidFlop += inferenceNeeded(model, sale.units * perUnit, efficiency);
      quote.buyers += sale.share * size;
    });
  }
  return quotes.map((q) => ({ ...q, buyers: potential > 0 ? q.buyers / potential : 0 }));
}

export interface TrainingQuote {
  flop: number;
  /** Training FLOP a quarter the lab's compute gives this run now. */
  flopPerQuarter: number;
  /** Quarters to finish at that compute (Infinity without training compute). */
  quarters: number;
  /**
   * Capability of the finished model by its luck draw (the world's algorithmic gains up to the quarter it ends):
   * `best` with no bad luck, `likelyHigh` and `likelyLow` at the 90th and 10th percentile, `median`, and `worst`.
   */
  best: number;
  likelyHigh: number;
  median: number;
  likelyLow: number;
  worst: number;
  /** The scenario's last quarter comes before the run would finish. */
  endsAfterGame: boolean;
  /** Chance in whole percent that the run fails and brings no model. */
  failPercent: number;
  /** Chance in whole percent that a run that does finish is reported as underperformed. */
  underperformPercent: number;
  /** What the lab's compute costs a quarter (power, rent less vouchers, chip wear), whatever it runs. */
  computeBill: number;
  /** Training's part of that bill (its share of the split) over the run's quarters. */
  trainingCost: number;
}

/** What the lab's compute costs a quarter as it stands: power, rent less what vouchers may be expected to pay, and the chips' depreciation. */
export function computeBill(state: GameState, lab: Lab): number {
  const wear = lab.chipVintages.reduce((a, v) => a + v.cost / state.scenario.world.depreciationQuarters, 0);
  return powerCost(state.scenario, lab, powerPrice(state, lab.region)) + rentCost(state, lab.rentals) + rentTariff(state, lab.region, lab.rentals) - expectedVoucher(state, lab, lab.rentals) + wear;
}

/**
 * A run's compute, time, cost and the capability it will reach, if the lab's compute and the world's open models stay
 * as they are: the same functions the quarter uses when the run finishes, at each luck draw (the draw is uniform and
 * costs shortfallOf(draw) of the effective compute, so its percentiles are the draw's).
 */
export function trainingQuote(state: GameState, lab: Lab, run: Pick<TrainingRun, 'totalParams' | 'activeParams' | 'tokens'>): TrainingQuote {
  const flop = requiredFlop(run.activeParams, run.tokens);
  const flopPerQuarter = computeFor(state, lab, run).trainingFlop;
  const quarters = quartersToFinish({ requiredFlop: flop, doneFlop: 0 }, flopPerQuarter);
  // The quarter multiplies the world's efficiency before it advances runs: a run ending after n quarters gets n gains.
  let efficiency = state.algorithmicEfficiency;
  for (let i = 0; i < Math.min(quarters, state.scenario.quarters); i += 1) efficiency *= state.scenario.world.algorithmicGainPerQuarter;
  const bonus = labEffects(state, lab).capabilityBonus;
  const at = (luck: number) => capabilityOf(state.scenario.world, finishedRunCompute(state, lab, run, efficiency, shortfallOf(luck))) + bonus;
  // Underperformed above UNDERPERFORMED_SHORTFALL: when the draw is above the square root of its share of the spread.
  const luckyEnough = Math.sqrt(UNDERPERFORMED_SHORTFALL / shortfallOf(1));
  const bill = computeBill(state, lab);
  return {
    flop,
    flopPerQuarter,
    quarters,
    endsAfterGame: state.quarter + quarters > gameLength(state),
    best: at(0),
    likelyHigh: at(0.1),
    median: at(0.5),
    likelyLow: at(0.9),
    worst: at(1),
    failPercent: failurePercent(state.scenario.world, { requiredFlop: flop }, lab.researchers),
    underperformPercent: Math.round(100 * (1 - luckyEnough)),
    computeBill: bill,
    trainingCost: quarters === Infinity ? 0 : (bill * lab.split.training * quarters) / 100,
  };
}

export interface ServingQuote {
  activeParams: number;
  /** What serving a million tokens of it costs the lab, at the going price of compute and its serving techniques. */
  perMillion: number;
  /** What hosts charge for a million tokens of it, when its weights are open. */
  hostPrice: number | null;
}

/** What serving a model costs per million tokens (the cost priceQuote and the quarter's serving use). */
export function servingQuote(state: GameState, lab: Lab, model: Model): ServingQuote {
  return {
    activeParams: model.activeParams,
    perMillion: inferenceNeeded(model, 1e6, labEffects(state, lab).inferenceEfficiency) * hostCostPerFlop(state),
    hostPrice: model.open ? openHostPrice(state, model) : null,
  };
}
