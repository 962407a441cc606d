// The world's rules as they stand now: what events and time change (export windows, rentals, the grey market,
// market sizes, power prices, vouchers, investors' appetite). They start as the scenario's and live in the game
// state, so the scenario itself is never changed and a game can always be replayed from its file.
import { idRecord } from './id-record';
import type { Chip, ChipId, FundingAppetite, GreyMarket, QuarterIndex, RegionId, RentalOffer, SaleWindow, Scenario, SegmentId, Tariff } from './scenario-types';
import { segmentIds } from './segments';
import { deepCopy } from './copy';
import { pow } from './math';

export interface ChipRules {
  sales: SaleWindow[];
  rentals: RentalOffer[];
  greyMarket?: GreyMarket;
}

export interface RegionRules {
  /** Multiplier events put on each segment's spending (1 = the scenario's figure). */
  marketFactor: Record<SegmentId, number>;
  powerPricePerKwh: number;
  computeVoucherShare: number;
  /** Import duties in force and to come: the scenario's, followed by those events set (absent when there are none). */
  tariffs?: Tariff[];
}

export interface LiveRules {
  chips: Record<ChipId, ChipRules>;
  regions: Record<RegionId, RegionRules>;
  /** The scenario's appetite timeline, followed by entries events added. */
  appetite: FundingAppetite[];
}

/** Something that carries the live rules and the quarter: a game state, or one seen at another quarter. */
export interface RulesAt {
  rules: LiveRules;
  quarter: QuarterIndex;
}

export function initialRules(scenario: Scenario): LiveRules {
  const chips = idRecord<ChipRules>();
  for (const chip of scenario.chips) {
    chips[chip.id] = { sales: deepCopy(chip.sales), rentals: deepCopy(chip.rentals), ...(chip.greyMarket ? { greyMarket: { ...chip.greyMarket } } : {}) };
  }
  const regions = idRecord<RegionRules>();
  for (const region of scenario.regions) {
    const marketFactor = idRecord<number>();
    for (const segment of segmentIds(scenario)) marketFactor[segment] = 1;
    regions[region.id] = {
      marketFactor, powerPricePerKwh: region.powerPricePerKwh, computeVoucherShare: region.computeVoucherShare,
      ...(region.tariffs && region.tariffs.length > 0 ? { tariffs: deepCopy(region.tariffs) } : {}),
    };
  }
  return { chips, regions, appetite: deepCopy(scenario.appetite) };
}

const NO_CHIP_RULES: ChipRules = { sales: [], rentals: [] };

export function chipRules(state: RulesAt, chip: ChipId): ChipRules {
  return Object.hasOwn(state.rules.chips, chip) ? state.rules.chips[chip]! : NO_CHIP_RULES;
}

export function regionRules(state: RulesAt, region: RegionId): RegionRules | undefined {
  return Object.hasOwn(state.rules.regions, region) ? state.rules.regions[region] : undefined;
}

const inWindow = (w: { from?: QuarterIndex; until?: QuarterIndex }, quarter: QuarterIndex) =>
  (w.from ?? 0) <= quarter && (w.until === undefined || quarter < w.until);

/** The duty labs based in `importer` pay this quarter on chips made in `madeIn`, as a share: the first entry in force. Never on chips made at home. */
export function tariffShare(state: RulesAt, importer: RegionId, madeIn: RegionId, on: 'purchases' | 'rentals'): number {
  if (importer === madeIn) return 0;
  const tariffs = regionRules(state, importer)?.tariffs ?? [];
  const duty = tariffs.find((t) => t.madeIn === madeIn && (t.on === undefined || t.on === 'both' || t.on === on) && inWindow(t, state.quarter));
  return duty?.share ?? 0;
}

/** The legal sale window for labs based in `region` this quarter, if there is one. */
export function saleWindow(state: RulesAt, chip: ChipId, region: RegionId): SaleWindow | undefined {
  return chipRules(state, chip).sales.find((w) => w.region === region && inWindow(w, state.quarter));
}

export function chipAvailable(state: RulesAt, chip: ChipId, region: RegionId): boolean {
  return saleWindow(state, chip, region) !== undefined;
}

/** Whether the chip was ever on sale somewhere in this game (a chip that never was is not "banned", just absent). */
export function everOnSale(state: RulesAt, chip: ChipId): boolean {
  return chipRules(state, chip).sales.length > 0;
}

export function greyMarketOf(state: RulesAt, chip: ChipId): GreyMarket | undefined {
  return chipRules(state, chip).greyMarket;
}

/** The offer of clouds in `region` to rent the chip this quarter, if any. */
export function rentalOffer(state: RulesAt, chip: ChipId, region: RegionId): RentalOffer | undefined {
  return chipRules(state, chip).rentals.find((offer) => offer.region === region && inWindow(offer, state.quarter));
}

/** Multiplier on a chip's prices `quarters` after they were set: newer generations make it worth less each quarter. */
function priceFall(chip: Chip, quarters: number): number {
  const decline = chip.priceDeclinePerQuarter ?? 0;
  return decline > 0 && quarters > 0 ? pow(1 - decline, quarters) : 1;
}

/** A chip's list price this quarter. */
export function chipListPrice(state: RulesAt, chip: Chip): number {
  return chip.price * priceFall(chip, state.quarter);
}

/** Rent per chip-hour under an offer this quarter (falling with the chip's price from the quarter the offer was made). */
export function rentalPrice(state: RulesAt, chip: Chip, offer: RentalOffer): number {
  return offer.pricePerHour * priceFall(chip, state.quarter - offer.from);
}

/** The limit and cut-off risk an offer puts on labs based in `renter`: the terms for that region, else the offer's own. */
export function rentalTerms(offer: RentalOffer, renter: RegionId): { maxUnits?: number; cutOffPercent: number } {
  const terms = offer.renters?.find((t) => t.region === renter);
  const maxUnits = terms?.maxUnits ?? offer.maxUnits;
  const cutOffPercent = terms?.cutOffPercent ?? (renter === offer.region ? 0 : offer.cutOffPercent ?? 0);
  return maxUnits === undefined ? { cutOffPercent } : { maxUnits, cutOffPercent };
}

/** The most chips one lab based in `renter` may rent under an offer: its own limit and the clouds' whole capacity. */
export function rentalLimit(offer: RentalOffer, renter: RegionId): number {
  return Math.min(rentalTerms(offer, renter).maxUnits ?? Infinity, offer.capacity ?? Infinity);
}

/** Multiplier on the scenario's spending in a segment, from events so far. */
export function marketFactor(state: RulesAt, region: RegionId, segment: SegmentId): number {
  return regionRules(state, region)?.marketFactor[segment] ?? 1;
}

/** A region's pay or power price as the scenario sets it for a quarter: the latest cost-timeline entry that gives it, else the region's own figure. */
export function scheduledCost(scenario: Scenario, regionId: RegionId, quarter: QuarterIndex, field: CostField): number {
  const region = scenario.regions.find((r) => r.id === regionId);
  if (!region) return 0;
  let value = region[field];
  let since = -1;
  for (const change of region.costTimeline ?? []) {
    const figure = change[field];
    if (figure !== undefined && change.from <= quarter && change.from >= since) {
      value = figure;
      since = change.from;
    }
  }
  return value;
}

export type CostField = 'researcherCostPerYear' | 'engineerCostPerYear' | 'powerPricePerKwh';

/** Electricity this quarter: the scenario's price for the quarter (its timeline), times what events have done to it. */
export function powerPrice(state: RulesAt & { scenario: Scenario }, region: RegionId): number {
  const live = regionRules(state, region)?.powerPricePerKwh ?? 0;
  const base = state.scenario.regions.find((r) => r.id === region)?.powerPricePerKwh ?? 0;
  const scheduled = scheduledCost(state.scenario, region, state.quarter, 'powerPricePerKwh');
  if (scheduled === base) return live;
  // Events multiply the price (live = base x their factors); the timeline moves the base under them.
  return base > 0 ? scheduled * (live / base) : scheduled;
}

export function voucherShare(state: RulesAt, region: RegionId): number {
  return regionRules(state, region)?.computeVoucherShare ?? 0;
}

/** The appetite entry in force for a region this quarter: the latest to start, the later-added on a tie. */
export function appetiteAt(state: RulesAt, region: RegionId): FundingAppetite | undefined {
  let current: FundingAppetite | undefined;
  for (const entry of state.rules.appetite) {
    if (entry.region === region && entry.from <= state.quarter && (!current || entry.from >= current.from)) current = entry;
  }
  return current;
}
