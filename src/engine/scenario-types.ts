// The data a scenario gives the engine. src/scenario turns a file into exactly this shape.

export type RegionId = string;
export type LabId = string;
export type ChipId = string;

/** A quarter as an index from the scenario's start (0 = first quarter played). */
export type QuarterIndex = number;

export interface CalendarStart {
  year: number;
  /** 1..4 */
  quarter: number;
}

export interface Region {
  id: RegionId;
  name: string;
  /** Yearly cost of one researcher, salary and overheads, in dollars. */
  researcherCostPerYear: number;
  /** Spending on model access in this region in the first quarter, in dollars. */
  marketPerQuarter: number;
  /** Growth of that spending per quarter, as a fraction (0.1 = +10%). */
  marketGrowthPerQuarter: number;
  /** Price of electricity for data centres, dollars per kWh. */
  powerPricePerKwh: number;
}

/** A window of quarters in which a region's labs may buy a chip. `until` is exclusive. */
export interface AvailabilityWindow {
  region: RegionId;
  from: QuarterIndex;
  until?: QuarterIndex;
}

export interface Chip {
  id: ChipId;
  name: string;
  /** Peak dense BF16 FLOP per second. */
  peakFlops: number;
  /** Purchase price per unit, dollars. */
  price: number;
  /** Board power, kilowatts. */
  powerKw: number;
  /** Model FLOP utilisation reached in training with this chip (0..1). */
  utilisation: number;
  /** Where and when it may be bought. */
  availability: AvailabilityWindow[];
}

export interface LabSetup {
  id: LabId;
  name: string;
  region: RegionId;
  cash: number;
  researchers: number;
  /** Chips owned at the start, by chip id. */
  chips: Record<ChipId, number>;
  /** Effective training compute already embodied in the lab's best model, FLOP. */
  trainedCompute: number;
  /** Price per million tokens the lab charges, dollars. */
  pricePerMillionTokens: number;
  /** Regions whose buyers may use this lab's models. */
  salesRegions: RegionId[];
  /** Strategy that plays this lab when no human does. */
  strategy: StrategyId;
}

export const STRATEGY_IDS = ['steady', 'idle'] as const;
export type StrategyId = (typeof STRATEGY_IDS)[number];

export interface CapabilityCurve {
  /** Points of capability per tenfold of effective compute. */
  pointsPerDecade: number;
  /** Effective compute that gives capability 0, FLOP. */
  baseCompute: number;
}

export interface MarketRules {
  /** Weight of capability in a buyer's utility, per point. */
  capabilityWeight: number;
  /** Weight of ln(price) in a buyer's utility. */
  priceWeight: number;
  /** Utility of buying nothing (or a model outside the game). */
  outsideUtility: number;
}

export interface Scenario {
  id: string;
  title: string;
  premise: string;
  start: CalendarStart;
  /** Number of quarters played. */
  quarters: number;
  regions: Region[];
  chips: Chip[];
  labs: LabSetup[];
  /** The lab a single human player runs by default. */
  playerLab: LabId;
  capability: CapabilityCurve;
  market: MarketRules;
  /** World-wide algorithmic efficiency gain per quarter (1.3 = 30% less compute for the same capability). */
  algorithmicGainPerQuarter: number;
  /** Quarters over which chips are depreciated. */
  depreciationQuarters: number;
  /** Share of owned compute that goes to training; the rest serves customers. */
  trainingShare: number;
  /** Valuation as a multiple of annualised revenue. */
  revenueMultiple: number;
}
