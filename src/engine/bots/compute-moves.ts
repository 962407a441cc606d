// How bots get compute: order the chips with the most training FLOP per dollar (grey ones discounted by the risk of
// seizure, spilling to the next chip when supply ran short), and rent the cheapest delivered FLOP wherever they may.
import * as act from '../actions';
import type { Action } from '../actions';
import { HOURS_PER_QUARTER, SECONDS_PER_QUARTER } from '../calendar';
import { buyableChips, rentCost, unitPrice, type ComputeUse } from '../compute';
import { pow } from '../math';
import type { Chip } from '../scenario-types';
import type { GameState, Lab } from '../state-types';
import { partnerRegion } from '../partners';
import { payroll } from '../talent';
import { greyMarketOf, rentalLimit, rentalOffer, rentalPrice, rentalTerms, voucherShare } from '../world-rules';
import { lastVoucherRation } from '../vouchers';

export function regionOf(state: GameState, lab: Lab) {
  return state.scenario.regions.find((r) => r.id === lab.region)!;
}

/** Cash above `quarters` of payroll: what a lab can spend without touching its reserve. */
export function spare(state: GameState, lab: Lab, quarters: number): number {
  return lab.cash - quarters * payroll(state, lab);
}

/**
 * Cash above `quarters` of payroll and rent: what a lab can put into chips, which pay back only over years, without
 * touching what keeps it running (a lab renting $100M a quarter that kept only its payroll in reserve spent the rent on
 * chips and died in its first year; test/bench/balance-tried.md).
 */
export function spareForChips(state: GameState, lab: Lab, quarters: number): number {
  return lab.cash - quarters * (payroll(state, lab) + rentCost(state, lab.rentals));
}

/** The chip with the most training FLOP per dollar among those given, at this quarter's prices; ties to the catalogue's first. */
export function bestValueChip(state: GameState, lab: Lab, chips: readonly Chip[]): Chip | undefined {
  return buyOptions(state, lab).find((o) => !o.grey && chips.includes(o.chip))?.chip;
}

export interface BuyOption {
  chip: Chip;
  grey: boolean;
  /** Price per unit, markup included. */
  unitCost: number;
  /** Training FLOP per second per dollar, a grey chip's times the share of its life it is expected to be kept. */
  value: number;
}

/** Expected share of a chip's depreciation life before a seizure, at `percent` risk a quarter. */
function keptShare(percent: number, quarters: number): number {
  const p = percent / 100;
  return p <= 0 ? 1 : (1 - pow(1 - p, quarters)) / (p * quarters);
}

/** Every chip the lab may order, legal or grey, best value first (catalogue order on ties). */
export function buyOptions(state: GameState, lab: Lab): BuyOption[] {
  const legal = buyableChips(state, lab.region);
  const life = state.scenario.world.depreciationQuarters;
  const options: BuyOption[] = [];
  for (const chip of state.scenario.chips) {
    const grey = !legal.includes(chip);
    const market = greyMarketOf(state, chip.id);
    if (grey && !market) continue;
    const unitCost = unitPrice(state, chip, lab.region, grey);
    const kept = grey ? keptShare(market!.seizurePercent, life) : 1;
    if (unitCost > 0) options.push({ chip, grey, unitCost, value: (chip.peakFlops * chip.trainingUtilisation * kept) / unitCost });
  }
  return options.sort((a, b) => b.value - a.value);
}

/** Share of its order of the chip the lab got last quarter (1 when nothing was short). */
function lastFill(state: GameState, lab: Lab, chip: string): number {
  const notes = state.reports.at(-1)?.labs.find((r) => r.lab === lab.id)?.notes ?? [];
  const rationed = notes.find((n) => n.code === 'ordersRationed' && n.params.chip === chip);
  return rationed ? Math.min(1, Number(rationed.params.share)) : 1;
}

/**
 * Spends `share` of the spare cash on the best-value chip; when last quarter's supply of it ran short, only the share it
 * then got, and the rest on the next best (a grey chip when it pays despite premium and seizure), down to half the best value.
 */
export function buyCompute(state: GameState, lab: Lab, share: number, reserveQuarters = 4): Action[] {
  let budget = spareForChips(state, lab, reserveQuarters) * share;
  const options = buyOptions(state, lab);
  const best = options[0]?.value ?? 0;
  const actions: Action[] = [];
  for (const option of options) {
    if (budget <= 0 || option.value < best / 2) break;
    const spend = budget * lastFill(state, lab, option.chip.id);
    budget -= spend;
    // A margin for power and setup, as before lead times.
    const units = Math.min(1_000_000, Math.floor(spend / (option.unitCost * 1.3)));
    if (units > 0) actions.push(act.buyChips(lab.id, option.chip.id, units, option.grey));
  }
  return actions;
}

/**
 * Rental orders that would add `flop` of compute for `use`, cheapest delivered FLOP first: rent after any voucher,
 * and abroad discounted by the chance of being cut off, adding no more than `budget` of rent. Returns the rent they add.
 */
export function rentToCover(state: GameState, lab: Lab, flop: number, use: ComputeUse, budget = Infinity): { actions: Action[]; rent: number } {
  const utilisation = (chip: Chip) => (use === 'training' ? chip.trainingUtilisation : chip.inferenceUtilisation);
  const share = (use === 'training' ? lab.split.training : lab.split.inference) / 100;
  // The voucher at last quarter's ration: city budgets that ran short pay only part of each claim.
  const voucher = voucherShare(state, lab.region) * lastVoucherRation(state, lab.region);
  // A partner's credit binds the lab to its region while it lasts.
  const bound = partnerRegion(state, lab);
  const regions = state.scenario.regions.filter((r) => bound === undefined || r.id === bound);
  // Chip by chip, region by region, then cheapest first (a stable sort keeps that order between equals).
  const offers: { chip: Chip; region: string; price: number; limit: number; perFlop: number }[] = [];
  for (const chip of state.scenario.chips) {
    for (const region of regions) {
      const offer = rentalOffer(state, chip.id, region.id);
      const limit = offer ? rentalLimit(offer, lab.region) : 0;
      if (!offer || limit < 1) continue;
      const price = rentalPrice(state, chip, offer);
      const paid = price * (region.id === lab.region ? 1 - voucher : 1);
      const kept = 1 - rentalTerms(offer, lab.region).cutOffPercent / 100;
      if (kept > 0) offers.push({ chip, region: region.id, price, limit, perFlop: paid / (chip.peakFlops * utilisation(chip) * kept) });
    }
  }
  offers.sort((x, y) => x.perFlop - y.perFlop);
  const actions: Action[] = [];
  let shortfall = flop;
  let rent = 0;
  for (const { chip, region, price, limit } of offers) {
    const perUnit = chip.peakFlops * utilisation(chip) * SECONDS_PER_QUARTER * share;
    if (shortfall <= 0 || perUnit <= 0) break;
    const current = lab.rentals.find((r) => r.chip === chip.id && r.region === region)?.units ?? 0;
    // No more new rent a quarter than the budget allows (a capped offer cannot be scaled down by the shortfall).
    const affordable = current + Math.floor((budget - rent) / (price * HOURS_PER_QUARTER));
    const units = Math.min(limit, 1_000_000, affordable, current + Math.ceil(shortfall / perUnit));
    shortfall -= (units - current) * perUnit;
    // Not worth a new contract for less than a tenth more.
    if (units <= current * 1.1) continue;
    rent += (units - current) * price * HOURS_PER_QUARTER;
    actions.push(act.setRental(lab.id, chip.id, region, units));
  }
  return { actions, rent };
}
