// Funding: investors' appetite, what a lab is worth, and the rounds it can raise.
import { chipBookValue } from './compute';
import { pow } from './math';
import type { RegionId } from './scenario-types';
import type { GameState, Lab } from './state-types';
import { bestOwnModel, isModelMaker, worldFrontier } from './training';
import { appetiteAt } from './world-rules';

export type Layer = 'foundation' | 'applications';

/**
 * A lab training a model, serving its own or still a model maker is a foundation lab; one that only serves another
 * lab's model is an application lab (the operating layer), valued on its revenue alone.
 */
export function layerOf(state: GameState, lab: Lab): Layer {
  const served = state.models.find((m) => m.id === lab.productModel);
  return lab.run || served?.lab === lab.id || isModelMaker(state, lab) ? 'foundation' : 'applications';
}

export function appetiteFor(state: GameState, lab: Lab): number {
  const entry = appetiteAt(state, lab.region);
  if (!entry) return 1;
  return layerOf(state, lab) === 'foundation' ? entry.foundation : entry.applications;
}

/** Revenue over the last four quarters against the four before, from the history kept (1 when unknown). */
export function revenueGrowth(lab: Lab): number {
  const history = lab.revenueHistory;
  const last = history.at(-1) ?? 0;
  const first = history[0] ?? 0;
  if (history.length < 2 || first <= 0) return 1;
  return Math.max(0.25, Math.min(4, last / first));
}

/** What a valuation is made of, so the report can say what investors paid for. */
export interface ValuationParts {
  /** Cash (never below zero) plus chips at book value. */
  netAssets: number;
  /** Last quarter's revenue, annualised. */
  annualRevenue: number;
  /** The square root of revenue growth over the history kept: a growing lab earns a higher multiple. */
  growthFactor: number;
  /** Revenue at the scenario's multiple and the growth factor, before appetite. */
  revenueValue: number;
  /** The foundation lab's best model of its own, if it is valued as a model maker. */
  ownCapability: number | null;
  /** The world's best capability (the outside trend or the best model). */
  frontierCapability: number;
  /** The capability premium before appetite: falls tenfold for every twelve points behind the frontier. */
  capabilityValue: number;
  /** Investors' appetite for the lab's layer in its region this quarter; scales revenue and premium alike. */
  appetite: number;
  layer: Layer;
}

export function valuationParts(state: GameState, lab: Lab): ValuationParts {
  const world = state.scenario.world;
  const annualRevenue = 4 * (lab.revenueHistory.at(-1) ?? 0);
  const growthFactor = pow(revenueGrowth(lab), 0.5);
  const top = worldFrontier(state);
  const layer = layerOf(state, lab);
  const own = layer === 'foundation' ? bestOwnModel(state.models, lab) : undefined;
  const frontier = world.frontierValue * pow(1 + (world.frontierValueGrowthPerQuarter ?? 0), state.quarter);
  return {
    netAssets: Math.max(0, lab.cash) + chipBookValue(lab, world.depreciationQuarters),
    annualRevenue,
    growthFactor,
    revenueValue: world.revenueMultiple * annualRevenue * growthFactor,
    ownCapability: own ? own.capability : null,
    frontierCapability: top,
    capabilityValue: own ? frontier * pow(10, (own.capability - top) / 12) : 0,
    appetite: appetiteFor(state, lab),
    layer,
  };
}

/**
 * The parts of the valuation shown after a quarter: valuations are marked at the end of the quarter just played,
 * before the calendar moves on, so its appetite, frontier trend and premium growth apply.
 */
export function valuationPartsAtQuarterEnd(state: GameState, lab: Lab): ValuationParts {
  return valuationParts({ ...state, quarter: Math.max(0, state.quarter - 1) }, lab);
}

/**
 * Investors' formula: net assets, plus revenue at a multiple that rises with growth, plus (for foundation labs) a premium
 * for capability that falls tenfold for every twelve points behind the world's frontier; both scaled by appetite.
 * Their estimate follows it at most twofold a quarter (reviseEstimate).
 */
export function valuationOf(state: GameState, lab: Lab): number {
  if (!lab.alive) return 0;
  const parts = valuationParts(state, lab);
  return parts.netAssets + parts.appetite * (parts.revenueValue + parts.capabilityValue);
}

/** Investors revise their view of a business at most twofold a quarter: a first model or a lost market shows over several quarters. */
export const MAX_REVISION = 2;

/** The business value investors' formula gives now (revenue and premium at appetite), before they revise toward it. */
export function formulaBusinessValue(parts: ValuationParts): number {
  return parts.appetite * (parts.revenueValue + parts.capabilityValue);
}

/**
 * Moves the business value investors hold toward their formula's: at most halved, and at most doubled plus net assets
 * (so a lab's whole estimate at most doubles without new money). Then the estimate is net assets plus that value.
 */
export function reviseEstimate(state: GameState, lab: Lab): void {
  if (!lab.alive) {
    lab.estimate = 0;
    return;
  }
  const parts = valuationParts(state, lab);
  const held = lab.businessValue;
  const target = formulaBusinessValue(parts);
  lab.businessValue = Math.max(held / MAX_REVISION, Math.min(target, held * MAX_REVISION + parts.netAssets));
  lab.estimate = parts.netAssets + lab.businessValue;
}

/** What investors would pay for the lab now, before this quarter's revision: net assets plus the business value they hold. */
export function currentEstimate(state: GameState, lab: Lab): number {
  if (!lab.alive) return 0;
  return Math.max(0, lab.cash) + chipBookValue(lab, state.scenario.world.depreciationQuarters) + lab.businessValue;
}

/**
 * Largest round investors consider, as a share of their estimate of the lab. A game-design choice between the
 * sources' mega-rounds: $40B at $260B pre-money (~15%, US 2025) and $1B at $1.5B pre-money (Moonshot 2024).
 */
export const MAX_ROUND_SHARE = 0.3;

/**
 * Venture money per quarter at appetite 1 when a scenario gives none, as a multiple of the region's buyers' spending
 * a quarter: US AI venture funding ($97B in 2024, PitchBook) was about five times US AI revenue.
 */
export const DEFAULT_CAPITAL_PER_SPEND = 5;
/** Foundation labs' share of a region's AI venture money when a scenario gives none (~40% in 2025, PitchBook). */
export const DEFAULT_FOUNDATION_SHARE = 0.4;

/** Venture money investors put into one layer of a region's labs this quarter: the region's supply, its layer's share, the appetite now. */
export function ventureSupply(state: GameState, region: RegionId, layer: Layer): number {
  const home = state.scenario.regions.find((r) => r.id === region);
  if (!home) return 0;
  const base = home.ventureCapitalPerQuarter ?? DEFAULT_CAPITAL_PER_SPEND * (home.markets.api.spendPerQuarter + home.markets.consumer.spendPerQuarter);
  const share = home.foundationShareOfCapital ?? DEFAULT_FOUNDATION_SHARE;
  const entry = appetiteAt(state, region);
  const appetite = entry ? entry[layer] : 1;
  return Math.floor(base * appetite * (layer === 'foundation' ? share : 1 - share));
}

/** The largest round a lab may ask for now: a share of investors' estimate, and never more than its layer's supply this quarter. */
export function maxRound(state: GameState, lab: Lab): number {
  return Math.floor(Math.min(lab.estimate * MAX_ROUND_SHARE, ventureSupply(state, lab.region, layerOf(state, lab))));
}

/**
 * Chance in whole percent that a round of `amount` closes: appetite, growth, size and, for a foundation lab, how far
 * its best model is behind the world's frontier (two points of chance per point, at most 40).
 */
export function roundChancePercent(state: GameState, lab: Lab, amount: number): number {
  const appetite = appetiteFor(state, lab);
  const growth = revenueGrowth(lab);
  const size = lab.estimate > 0 ? amount / lab.estimate : 1;
  const own = layerOf(state, lab) === 'foundation' ? bestOwnModel(state.models, lab) : undefined;
  const behind = own ? Math.min(40, 2 * Math.max(0, worldFrontier(state) - own.capability)) : 0;
  const chance = 20 + 45 * Math.min(1.5, appetite) + 10 * Math.min(2, growth - 1) - 40 * size - behind;
  return Math.max(5, Math.min(95, Math.round(chance)));
}

/** Founders' equity after selling `amount` of new shares at `preMoney`. */
export function dilute(equity: number, preMoney: number, amount: number): number {
  return (equity * preMoney) / (preMoney + amount);
}
