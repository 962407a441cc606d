// Funding: investors' appetite, what a lab is worth, and the rounds it can raise.
import { labById, servedModel } from './lookups';
import { operatingSpending } from './accounting';
import { chipBookValue } from './compute';
import { pow } from './math';
import { costOfSales } from './gross-margin';
import { reject, type Rejection } from './reasons';
import type { FundingAppetite, Region, RegionId } from './scenario-types';
import type { GameState, Lab, LabQuarterReport, Model } from './state-types';
import { buyersSpend } from './segments';
import { bestOwnModel, isModelMaker, worldFrontier } from './training';
import { appetiteAt } from './world-rules';
import { fleetCase } from './cloud-market';
import { debtOf } from './fleet-debt';

export type Layer = 'foundation' | 'infrastructure' | 'applications';

/** Whether a region's investors keep money for infrastructure: it has a market for GPU-hours and a share of capital for it. */
export function hasInfrastructureLayer(region: Region): boolean {
  return region.cloudRentals !== undefined && (region.infrastructureShareOfCapital ?? 0) > 0;
}

/**
 * A cloud (a lab selling cloud) that is not a model maker, in a region with an infrastructure layer, is an
 * infrastructure lab, valued on its rented hours like CoreWeave; otherwise a lab training a model, serving its own or
 * still a model maker is a foundation lab; one that only serves another lab's model is an application lab (the
 * operating layer), valued on its revenue alone.
 */
export function layerOf(state: GameState, lab: Lab): Layer {
  if (lab.products.cloud && !isModelMaker(state, lab)) {
    const region = state.scenario.regions.find((r) => r.id === lab.region);
    if (region && hasInfrastructureLayer(region)) return 'infrastructure';
  }
  const served = servedModel(state, lab);
  return lab.run || served?.lab === lab.id || isModelMaker(state, lab) ? 'foundation' : 'applications';
}

/** Investors' appetite for a layer in an appetite entry (infrastructure follows applications unless the entry sets it). */
export function layerAppetite(entry: FundingAppetite, layer: Layer): number {
  if (layer === 'foundation') return entry.foundation;
  return layer === 'infrastructure' ? entry.infrastructure ?? entry.applications : entry.applications;
}

export function appetiteFor(state: GameState, lab: Lab): number {
  const entry = appetiteAt(state, lab.region);
  return entry ? layerAppetite(entry, layerOf(state, lab)) : 1;
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
  /** Last quarter's gross margin (revenue less serving cost, over revenue), between 0 and 1: a loss per unit sold earns no multiple. */
  grossMargin: number;
  /** The square root of revenue growth over the history kept: a growing lab earns a higher multiple. */
  growthFactor: number;
  /** Annual revenue × gross margin × the scenario's multiple × the growth factor, before appetite. */
  revenueValue: number;
  /** The foundation lab's best model of its own, if it is valued as a model maker. */
  ownCapability: number | null;
  /** The lab's place among the world's model makers by best model (1 = best); null without a model of its own. */
  rank: number | null;
  /** Model makers ahead of it that stand outside the game (the outside frontier's labs and outside open models). */
  outsideAhead: number;
  /** What investors pay the best model maker now, before appetite: the scenario's frontier value, grown per quarter. */
  frontierValue: number;
  /** The premium rank alone earns, before appetite: the frontier value, halved for every model maker ranked above. */
  rankedValue: number;
  /** The capability premium before appetite: rankedValue, at most premiumCap. */
  capabilityValue: number;
  /** Revenue over the last four quarters (annualised from fewer; null before the first report): what the premium stands on. */
  yearRevenue: number | null;
  /** The most investors pay as a premium, PREMIUM_REVENUE_MULTIPLE × yearRevenue, when it is below the ranked premium (null when it does not bind). */
  premiumCap: number | null;
  /** Investors' appetite for the lab's layer in its region this quarter; scales revenue and premium alike. */
  appetite: number;
  layer: Layer;
}

/**
 * Labs outside the game that the world's frontier trend stands for while it is ahead of a lab's best model: the three
 * frontier labs of 2025 (OpenAI, Google DeepMind, Anthropic). A game-design choice.
 */
export const OUTSIDE_FRONTIER_LABS = 3;

/**
 * Below the outside frontier the real world has many more makers (Meta, Mistral, Qwen, ...): one more counts as ahead
 * for every this many points a lab trails the trend, a game-design choice (a quarter and a half of the trend's progress).
 */
export const OUTSIDE_POINTS_PER_MAKER = 6;

/**
 * Investors pay the capability premium only while revenue stands behind it: at most this many times the lab's revenue
 * over the last year. What the frontier's investors paid beyond revenue (the scenarios' frontierValue notes: valuation
 * less 20x revenue) was about 40x OpenAI's revenue in March 2025 (~$150B on ~$3.7B of 2024 revenue) and about 18x in
 * October (~$240B on ~$13B expected for 2025). The game takes 17, just below the later multiple, a game-design choice
 * the same for every lab (at 20 the frontier strategy was still the best for us-2025's player lab in 64% of seeds):
 * a model maker that sells little is valued as one that may not last.
 */
export const PREMIUM_REVENUE_MULTIPLE = 17;

/** Revenue over the last four quarters kept, annualised when fewer are known; null before the first quarter's report. */
export function yearRevenueOf(lab: Lab): number | null {
  const last = lab.revenueHistory.slice(-4);
  if (last.length === 0) return null;
  return (last.reduce((a, x) => a + x, 0) * 4) / last.length;
}

/** Model makers a model is counted among: models released within this many quarters (as for a model maker). */
const RANK_QUARTERS = 4;

/**
 * Model makers ahead of a best model of `capability`: each other living lab in the game with a better model released in
 * the last year, each better outside open model of the last year, and the outside frontier's labs while its trend is ahead.
 */
export function makersAhead(state: GameState, lab: Lab, capability: number): { inGame: number; outside: number } {
  const world = state.scenario.world;
  const trend = world.frontierStart + world.frontierGainPerQuarter * state.quarter;
  let outside = trend > capability ? OUTSIDE_FRONTIER_LABS + Math.floor((trend - capability) / OUTSIDE_POINTS_PER_MAKER) : 0;
  const ahead = new Set<string>();
  // Only the models above `capability` are read, most capable first (recentByCapability); the same makers either way.
  for (const model of recentByCapability(state)) {
    if (model.capability <= capability) break;
    if (model.lab === lab.id) continue;
    const maker = labById(state.labs, model.lab);
    if (!maker) outside += 1;
    else if (maker.alive) ahead.add(maker.id);
  }
  return { inGame: ahead.size, outside };
}

/**
 * The models released in the last year (RANK_QUARTERS), most capable first: asked for every lab's valuation, so
 * remembered per list of models, its length and the quarter (a pure cache: a model's maker, capability and quarter of
 * release never change, and a list only grows).
 */
function recentByCapability(state: GameState): readonly Model[] {
  const known = RECENT.get(state.models);
  if (known && known.count === state.models.length && known.quarter === state.quarter) return known.models;
  const since = state.quarter - RANK_QUARTERS;
  const models = state.models.filter((model) => model.releasedQuarter >= since).sort((a, b) => b.capability - a.capability);
  RECENT.set(state.models, { count: state.models.length, quarter: state.quarter, models });
  return models;
}

const RECENT = new WeakMap<readonly Model[], { count: number; quarter: number; models: readonly Model[] }>();

/** Last quarter's gross margin from its report, between 0 and 1 (1 before any report: there is no revenue to weigh yet). */
export function lastGrossMargin(state: GameState, lab: Lab): number {
  return grossMarginOf(state.reports.at(-1)?.labs.find((r) => r.lab === lab.id));
}

/** A quarter's gross margin over all the lab's products, between 0 and 1 (1 when it sold nothing: no revenue to weigh). */
export function grossMarginOf(report: Pick<LabQuarterReport, 'products'> | undefined): number {
  if (!report) return 1;
  let revenue = 0;
  let cost = 0;
  for (const product of report.products) {
    revenue += product.revenue;
    cost += costOfSales(product);
  }
  return revenue > 0 ? Math.max(0, Math.min(1, (revenue - cost) / revenue)) : 1;
}

export function valuationParts(state: GameState, lab: Lab, grossMargin = lastGrossMargin(state, lab)): ValuationParts {
  const world = state.scenario.world;
  const annualRevenue = 4 * (lab.revenueHistory.at(-1) ?? 0);
  const growthFactor = pow(revenueGrowth(lab), 0.5);
  const layer = layerOf(state, lab);
  const own = layer === 'foundation' ? bestOwnModel(state.models, lab) : undefined;
  const frontierValue = frontierValueAt(world, state.quarter);
  const ahead = own ? makersAhead(state, lab, own.capability) : { inGame: 0, outside: 0 };
  const rank = own ? 1 + ahead.inGame + ahead.outside : null;
  const ranked = rank === null ? 0 : frontierValue * halvings(rank - 1);
  const yearRevenue = yearRevenueOf(lab);
  const cap = yearRevenue === null ? null : PREMIUM_REVENUE_MULTIPLE * yearRevenue;
  const premiumCap = cap !== null && cap < ranked ? cap : null;
  return {
    netAssets: Math.max(0, lab.cash) + chipBookValue(lab, world.depreciationQuarters) - debtOf(lab),
    annualRevenue,
    grossMargin,
    growthFactor,
    revenueValue: world.revenueMultiple * annualRevenue * grossMargin * growthFactor,
    ownCapability: own ? own.capability : null,
    rank,
    outsideAhead: ahead.outside,
    frontierValue,
    rankedValue: ranked,
    capabilityValue: premiumCap ?? ranked,
    yearRevenue,
    premiumCap,
    appetite: appetiteFor(state, lab),
    layer,
  };
}

/** The frontier's value at a quarter: asked for every lab's valuation, so remembered per world and quarter (a pure cache). */
function frontierValueAt(world: GameState['scenario']['world'], quarter: number): number {
  const known = FRONTIER_VALUES.get(world);
  if (known?.quarter === quarter) return known.value;
  const value = world.frontierValue * pow(1 + (world.frontierValueGrowthPerQuarter ?? 0), quarter);
  FRONTIER_VALUES.set(world, { quarter, value });
  return value;
}

const FRONTIER_VALUES = new WeakMap<GameState['scenario']['world'], { quarter: number; value: number }>();

/** pow(0.5, n) for a rank's n, each worked out once (a pure cache of a few small whole numbers). */
function halvings(n: number): number {
  let known = HALVINGS.get(n);
  if (known === undefined) {
    known = pow(0.5, n);
    if (HALVINGS.size < 1024) HALVINGS.set(n, known);
  }
  return known;
}

const HALVINGS = new Map<number, number>();

/**
 * The parts of the valuation shown after a quarter: valuations are marked at the end of the quarter just played,
 * before the calendar moves on, so its appetite, frontier trend and premium growth apply.
 */
export function valuationPartsAtQuarterEnd(state: GameState, lab: Lab): ValuationParts {
  return valuationParts({ ...state, quarter: Math.max(0, state.quarter - 1) }, lab);
}

/**
 * Investors' formula: net assets, plus revenue at a multiple that follows gross margin and rises with growth, plus (for
 * foundation labs) a premium for capability rank that halves for every model maker ahead; both scaled by appetite.
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
 * Moves the business value investors hold toward their formula's (on this quarter's gross margin when its report is given): at most halved, and at most doubled plus net assets
 * (so a lab's whole estimate at most doubles without new money). Then the estimate is net assets plus that value.
 */
export function reviseEstimate(state: GameState, lab: Lab, report?: Pick<LabQuarterReport, 'products'>): void {
  if (!lab.alive) {
    lab.estimate = 0;
    return;
  }
  // At the quarter's end its own report is not yet filed: the margin comes from the report being written.
  const parts = valuationParts(state, lab, report ? grossMarginOf(report) : lastGrossMargin(state, lab));
  const held = lab.businessValue;
  const target = formulaBusinessValue(parts);
  lab.businessValue = Math.max(held / MAX_REVISION, Math.min(target, held * MAX_REVISION + parts.netAssets));
  lab.estimate = parts.netAssets + lab.businessValue;
}

/** What investors would pay for the lab now, before this quarter's revision: net assets plus the business value they hold. */
export function currentEstimate(state: GameState, lab: Lab): number {
  if (!lab.alive) return 0;
  return Math.max(0, lab.cash) + chipBookValue(lab, state.scenario.world.depreciationQuarters) - debtOf(lab) + lab.businessValue;
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
  const base = home.ventureCapitalPerQuarter ?? DEFAULT_CAPITAL_PER_SPEND * buyersSpend(state.scenario, home);
  const share = home.foundationShareOfCapital ?? DEFAULT_FOUNDATION_SHARE;
  const infrastructure = hasInfrastructureLayer(home) ? home.infrastructureShareOfCapital ?? 0 : 0;
  const entry = appetiteAt(state, region);
  const appetite = entry ? layerAppetite(entry, layer) : 1;
  const layerShare = layer === 'foundation' ? share : layer === 'infrastructure' ? infrastructure : Math.max(0, 1 - share - infrastructure);
  return Math.floor(base * appetite * layerShare);
}

/**
 * Quarters of running costs a round may fund: investors put in what a lab can show it needs to run for the next two
 * years, less the cash it already holds (a game-design choice after the venture habit of raising 18–24 months of runway
 * a round). Chips bought do not count: a fleet is paid from revenue, partners' credit or the cash the lab has, so money
 * raised cannot buy the chips that then justify the next round. The exception is a cloud's fleet for outside renters
 * while their rent pays it back (fleetNeed), as investors financed CoreWeave's GPUs against its rental contracts.
 */
export const ROUND_RUNWAY_QUARTERS = 8;

/** What a lab can show investors it needs: last quarter's running costs and the cash it holds. */
export interface RoundNeed {
  /** Last quarter's running costs (operatingSpending), from its report. */
  spending: number;
  cash: number;
  /** Chips a cloud can show would pay renting GPU-hours to outside buyers (fleetNeed), dollars; absent when none. */
  fleet?: number;
  /** True when the market has room for chips that would pay back but the lab's engineers, with this quarter's hires, could let out none of them. */
  fleetUnstaffed?: true;
  /** ROUND_RUNWAY_QUARTERS of that spending, plus the fleet, less the cash held, never below zero. */
  need: number;
}

/** The lab's need for new money now, or null before its first report (investors go by the founding plan then). */
export function roundNeed(state: GameState, lab: Lab): RoundNeed | null {
  const report = state.reports.at(-1)?.labs.find((r) => r.lab === lab.id);
  if (!report) return null;
  const spending = operatingSpending(report.lineItems);
  const cash = Math.max(0, lab.cash);
  const { need: fleet, heldByStaff } = fleetCase(state, lab);
  const why = fleet > 0 ? { fleet } : heldByStaff ? { fleetUnstaffed: true as const } : {};
  return { spending, cash, need: Math.max(0, ROUND_RUNWAY_QUARTERS * spending + fleet - cash), ...why };
}

/**
 * The investors who back a layer are few: over a year (this quarter and the three before) one lab may draw at most this
 * many quarters of its layer's supply, counting what it raised in rounds in the three quarters before (a game-design
 * choice: OpenAI's $40B of 2025 was about two quarters of US foundation-lab venture money).
 */
export const ROUND_YEAR_SUPPLY_QUARTERS = 2;
/** Quarters before this one whose rounds count against the year's draw. */
export const ROUND_LOOKBACK_QUARTERS = 3;

/** What the lab raised in rounds (not emergency money or events) over the last ROUND_LOOKBACK_QUARTERS reports. */
export function recentRounds(state: GameState, lab: Lab): number {
  let raised = 0;
  for (const report of state.reports.slice(-ROUND_LOOKBACK_QUARTERS)) {
    const mine = report.labs.find((r) => r.lab === lab.id);
    for (const item of mine?.lineItems ?? []) if (item.kind === 'funding' && item.detail === 'round') raised += item.amount;
  }
  return raised;
}

/** Quarters a lab waits after investors turned its round down before they meet it again (game design). */
export const TURNED_DOWN_QUARTERS = 1;

/** Whether investors turned down one of the lab's rounds in the last TURNED_DOWN_QUARTERS quarters. */
export function turnedDownRecently(state: GameState, lab: Lab): boolean {
  return state.reports.slice(-TURNED_DOWN_QUARTERS).some((report) => report.labs.find((r) => r.lab === lab.id)?.notes.some((n) => n.code === 'roundFailed'));
}

/**
 * What limits the largest round now: a share of investors' estimate, the layer's supply this quarter, the year's draw on
 * it, the lab's need, or investors who turned the lab down last quarter.
 */
export type RoundLimit = 'estimate' | 'supply' | 'year' | 'need' | 'turnedDown';

export interface RoundLimitParts {
  amount: number;
  limit: RoundLimit;
  need: RoundNeed | null;
  /** The layer's venture supply in the lab's region this quarter. */
  supply: number;
  /** What the lab raised in rounds in the last ROUND_LOOKBACK_QUARTERS quarters. */
  recent: number;
}

/**
 * The largest round a lab may ask for now and what sets it: a share of investors' estimate, never more than its layer's
 * supply this quarter, and never more than it can show it needs (roundNeed).
 */
export function roundLimit(state: GameState, lab: Lab): RoundLimitParts {
  const byEstimate = lab.estimate * MAX_ROUND_SHARE;
  const supply = ventureSupply(state, lab.region, layerOf(state, lab));
  // (Kept in step with roundCeiling, the part of this that strategic partners follow.)
  const need = roundNeed(state, lab);
  let amount = byEstimate;
  let limit: RoundLimit = 'estimate';
  if (supply < amount) {
    amount = supply;
    limit = 'supply';
  }
  const recent = recentRounds(state, lab);
  const year = Math.max(0, ROUND_YEAR_SUPPLY_QUARTERS * supply - recent);
  if (year < amount) {
    amount = year;
    limit = 'year';
  }
  if (need && need.need < amount) {
    amount = need.need;
    limit = 'need';
  }
  if (turnedDownRecently(state, lab)) {
    amount = 0;
    limit = 'turnedDown';
  }
  return { amount: Math.floor(amount), limit, need, supply, recent };
}

/**
 * The share-of-estimate and supply part of the limit alone: what a strategic partner may put in. A partner's compute
 * credit is not venture money, so the year's draw, the lab's need and a refusal by venture investors do not bind it.
 */
export function roundCeiling(state: GameState, lab: Lab): number {
  return Math.floor(Math.min(lab.estimate * MAX_ROUND_SHARE, ventureSupply(state, lab.region, layerOf(state, lab))));
}

/** Why a round above the largest allowed is refused, with what sets the limit (for the player's message). */
export function roundRefusal(limit: RoundLimitParts): Rejection {
  switch (limit.limit) {
    case 'need': {
      const params = { maxAmount: limit.amount, spending: limit.need?.spending ?? 0, cash: limit.need?.cash ?? 0, quarters: ROUND_RUNWAY_QUARTERS };
      const fleet = limit.need?.fleet;
      return fleet ? reject('roundBeyondNeedFleet', { ...params, fleet }) : reject('roundBeyondNeed', params);
    }
    case 'year':
      return reject('roundYearDrawn', { maxAmount: limit.amount, raised: limit.recent, supply: limit.supply, quarters: ROUND_YEAR_SUPPLY_QUARTERS });
    case 'turnedDown':
      return reject('roundTurnedDown');
    default:
      return reject('roundTooLarge', { maxAmount: limit.amount });
  }
}

/** The largest round a lab may ask for now (roundLimit). */
export function maxRound(state: GameState, lab: Lab): number {
  return roundLimit(state, lab).amount;
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

/**
 * The price a round closes at: investors' estimate, but no step-up over the last round's post-money without progress
 * since it (a round or an emergency round, which set that price): revenue grown by r allows r times the last price; a
 * better model of the lab's own released since then, the estimate.
 * The first round of a game prices on the estimate.
 */
export function progressPrice(state: GameState, lab: Lab, estimate: number): { preMoney: number; growth: number; capped: boolean } {
  let then: { quarter: number; revenue: number } | undefined;
  for (let i = state.reports.length - 1; i >= 0 && !then; i -= 1) {
    const mine = state.reports[i]!.labs.find((r) => r.lab === lab.id);
    if (mine?.lineItems.some((item) => item.kind === 'funding' && (item.detail === 'round' || item.detail === 'emergency'))) {
      then = { quarter: state.reports[i]!.quarter, revenue: sumRevenue(mine.lineItems) };
    }
  }
  if (!then || lab.valuation <= 0) return { preMoney: estimate, growth: 1, capped: false };
  const own = bestOwnModel(state.models, lab);
  if (own && own.releasedQuarter > then.quarter) return { preMoney: estimate, growth: 1, capped: false };
  const last = state.reports.at(-1)?.labs.find((r) => r.lab === lab.id);
  const now = last ? sumRevenue(last.lineItems) : 0;
  const growth = then.revenue > 0 ? Math.max(1, now / then.revenue) : now > 0 ? Infinity : 1;
  const cap = lab.valuation * growth;
  return cap < estimate ? { preMoney: cap, growth, capped: true } : { preMoney: estimate, growth, capped: false };
}

function sumRevenue(items: readonly { kind: string; amount: number }[]): number {
  let total = 0;
  for (const item of items) if (item.kind === 'revenue') total += item.amount;
  return total;
}

/** Founders' equity after selling `amount` of new shares at `preMoney`. */
export function dilute(equity: number, preMoney: number, amount: number): number {
  return (equity * preMoney) / (preMoney + amount);
}
