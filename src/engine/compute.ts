// Compute: which chips a lab may buy or rent, and the FLOP its fleet delivers for each use.
import { idRecord, ownValue } from './id-record';
import { HOURS_PER_QUARTER, SECONDS_PER_QUARTER } from './calendar';
import type { Chip, ChipId, RegionId, Scenario } from './scenario-types';
import type { ChipVintage, GameState, Lab, Rental } from './state-types';
import { chipAvailable, chipListPrice, chipRules, greyMarketOf, rentalOffer, rentalPrice, saleWindow, tariffShare, voucherShare, type RulesAt } from './world-rules';

/** A region's name for sentences the player reads (its id when the scenario has no such region). */
export function regionName(scenario: Scenario, id: RegionId): string {
  return scenario.regions.find((r) => r.id === id)?.name ?? id;
}

export function findChip(scenario: Scenario, chipId: ChipId): Chip | undefined {
  return scenario.chips.find((chip) => chip.id === chipId);
}

/** Chips a region's labs may buy legally this quarter, in catalogue order. */
export function buyableChips(state: GameState, region: RegionId): Chip[] {
  return state.scenario.chips.filter((chip) => chipAvailable(state, chip.id, region));
}

/** Share of the list price paid on top of it: the licence fee, or the grey-market premium. */
export function priceMarkup(state: RulesAt, chip: ChipId, region: RegionId, grey: boolean): number {
  return grey ? greyMarketOf(state, chip)?.premium ?? 0 : saleWindow(state, chip, region)?.licenceFee ?? 0;
}

/** Price per unit a lab pays, markup included. */
export function unitPrice(state: RulesAt, chip: Chip, region: RegionId, grey: boolean): number {
  return orderCost(state, chip, region, grey, 1).total;
}

/** What an order of chips costs: the list price, the markup on top, the import duty (legal chips only), and their sum. */
export function orderCost(state: RulesAt, chip: Chip, region: RegionId, grey: boolean, units: number) {
  const list = chipListPrice(state, chip) * units;
  const markup = list * priceMarkup(state, chip.id, region, grey);
  // Smuggled chips pass no customs.
  const tariff = grey ? 0 : list * tariffShare(state, region, chip.madeIn, 'purchases');
  return { list, markup, tariff, total: list + markup + tariff };
}

/** Units of each chip a lab can use this quarter: owned, grey-market and rented (chips in id order, for the views). */
export function usableFleet(lab: Lab): Record<ChipId, number> {
  const fleet = idRecord<number>();
  const add = (chip: ChipId, units: number) => {
    fleet[chip] = (fleet[chip] ?? 0) + units;
  };
  for (const chip of Object.keys(lab.chips).sort()) add(chip, lab.chips[chip] ?? 0);
  for (const chip of Object.keys(lab.greyChips).sort()) add(chip, lab.greyChips[chip] ?? 0);
  for (const rental of lab.rentals) add(rental.chip, rental.units);
  return fleet;
}

/**
 * usableFleet's units of each of the scenario's chips, in the scenario's order (0 for none), added in the same order
 * (owned, grey, then rentals): for the engine's sums over the fleet, asked for every training quote and memory check,
 * the same numbers without building a record keyed by chip.
 */
export function fleetUnits(scenario: Scenario, lab: Lab): number[] {
  return scenario.chips.map((chip) => {
    let units = 0 + (ownValue(lab.chips, chip.id) ?? 0) + (ownValue(lab.greyChips, chip.id) ?? 0);
    for (const rental of lab.rentals) if (rental.chip === chip.id) units += rental.units;
    return units;
  });
}

export type ComputeUse = 'training' | 'inference';

/** Utilisation never exceeds this, whatever techniques add. */
export const MAX_UTILISATION = 0.9;

/** FLOP per quarter a fleet delivers when all of it does one job: units x peak x utilisation x seconds. */
export function deliveredFlop(
  scenario: Scenario,
  fleet: Record<ChipId, number>,
  use: ComputeUse,
  utilisationBonus: (chip: Chip) => number = () => 0,
): number {
  return flopOfUnits(scenario, scenario.chips.map((chip) => fleet[chip.id] ?? 0), use, utilisationBonus);
}

/** deliveredFlop of units listed in the scenario's chip order (fleetUnits). */
export function flopOfUnits(scenario: Scenario, units: readonly number[], use: ComputeUse, utilisationBonus: (chip: Chip) => number = () => 0): number {
  let total = 0;
  for (let i = 0; i < scenario.chips.length; i += 1) {
    const chip = scenario.chips[i]!;
    const count = units[i] ?? 0;
    if (count === 0) continue;
    const base = use === 'training' ? chip.trainingUtilisation : chip.inferenceUtilisation;
    total += count * chip.peakFlops * Math.min(MAX_UTILISATION, base + utilisationBonus(chip)) * SECONDS_PER_QUARTER;
  }
  return total;
}

/** GPU-hours a fleet runs in a quarter. */
export function fleetHours(fleet: Record<ChipId, number>): number {
  let units = 0;
  for (const chip of Object.keys(fleet)) units += fleet[chip] ?? 0;
  return units * HOURS_PER_QUARTER;
}

/** Electricity for a quarter of the chips a lab runs itself (1.3 = data-centre overhead, PUE). */
export function powerCost(scenario: Scenario, lab: Lab, pricePerKwh: number): number {
  let kw = 0;
  for (const chip of scenario.chips) kw += ((lab.chips[chip.id] ?? 0) + (lab.greyChips[chip.id] ?? 0)) * chip.powerKw;
  return kw * 1.3 * HOURS_PER_QUARTER * pricePerKwh;
}

/** Rent for a quarter of every rented chip, before vouchers. */
export function rentCost(state: RulesAt & { scenario: Scenario }, rentals: readonly Rental[]): number {
  let total = 0;
  for (const rental of rentals) {
    const chip = findChip(state.scenario, rental.chip);
    const offer = rentalOffer(state, rental.chip, rental.region);
    if (chip && offer) total += rental.units * rentalPrice(state, chip, offer) * HOURS_PER_QUARTER;
  }
  return total;
}

/** Import duty for a quarter of rented chips made abroad, charged to labs based in `region` by the chips' origin. */
export function rentTariff(state: RulesAt & { scenario: Scenario }, region: RegionId, rentals: readonly Rental[]): number {
  let total = 0;
  for (const rental of rentals) {
    const chip = findChip(state.scenario, rental.chip);
    const offer = rentalOffer(state, rental.chip, rental.region);
    const share = chip ? tariffShare(state, region, chip.madeIn, 'rentals') : 0;
    if (chip && offer && share > 0) total += rental.units * rentalPrice(state, chip, offer) * HOURS_PER_QUARTER * share;
  }
  return total;
}

/** What a government voucher pays of a quarter's rent: a share of compute rented at home by labs based there. */
export function voucherAmount(state: RulesAt & { scenario: Scenario }, lab: Lab, rentals: readonly Rental[]): number {
  return rentCost(state, rentals.filter((r) => r.region === lab.region)) * voucherShare(state, lab.region);
}

/** Book value of owned chips: what is left of each purchase after straight-line depreciation. */
export function chipBookValue(lab: Lab, depreciationQuarters: number, which: (v: ChipVintage) => boolean = () => true): number {
  return lab.chipVintages.reduce((sum, v) => (which(v) ? sum + (v.cost * v.quartersLeft) / depreciationQuarters : sum), 0);
}

/** Dollars per training FLOP at the cheapest cloud offer anywhere this quarter (what a run costs on rented chips). */
export function cheapestTrainingFlopPrice(state: RulesAt & { scenario: Scenario }): number {
  let best = Infinity;
  for (const chip of state.scenario.chips) {
    for (const offer of chipRules(state, chip.id).rentals) {
      if (offer.from > state.quarter || (offer.until !== undefined && state.quarter >= offer.until)) continue;
      best = Math.min(best, rentalPrice(state, chip, offer) / (chip.peakFlops * chip.trainingUtilisation * 3600));
    }
  }
  return Number.isFinite(best) ? best : 0;
}

/** Chip-hours a training job of `flop` takes on one chip type at its training utilisation. */
export function trainingChipHours(chip: Chip, flop: number, utilisationBonus = 0): number {
  return flop / (chip.peakFlops * Math.min(MAX_UTILISATION, chip.trainingUtilisation + utilisationBonus) * 3600);
}

/** Used chips sell for this share of their book value. */
export const RESALE_SHARE = 0.8;

/** What selling `units` of a chip the lab owns brings: their share of its book value (bought, not grey) at the resale share. */
export function chipSaleQuote(state: GameState, lab: Lab, chip: ChipId, units: number): number {
  const owned = lab.chips[chip] ?? 0;
  if (owned <= 0 || units <= 0) return 0;
  const sold = (v: { chip: string; grey: boolean }) => v.chip === chip && !v.grey;
  return chipBookValue(lab, state.scenario.world.depreciationQuarters, sold) * Math.min(1, units / owned) * RESALE_SHARE;
}

/** Takes `units` of a chip out of the fleet and its book value, licensed and other units in proportion (a sale, a seizure). */
export function removeChips(lab: Lab, chip: ChipId, units: number): void {
  const owned = lab.chips[chip] ?? 0;
  if (units <= 0 || owned <= 0) return;
  const share = units / owned;
  lab.chips[chip] = owned - units;
  const licensed = lab.chipsUnderLicence[chip] ?? 0;
  if (licensed > 0) lab.chipsUnderLicence[chip] = Math.min(lab.chips[chip]!, Math.round(licensed * (1 - share)));
  for (const vintage of lab.chipVintages) if (vintage.chip === chip && !vintage.grey) vintage.cost *= 1 - share;
}
