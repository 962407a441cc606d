// Quarter phase: every region's segments, verticals and open-model hosting resolve;
// labs earn what their inference compute can serve.
import { servedModel } from './lookups';
import { idRecord, ownValue } from './id-record';
import { HOURS_PER_QUARTER, SECONDS_PER_QUARTER } from './calendar';
import { findChip } from './compute';
import { rentalOffer, rentalPrice } from './world-rules';
import { record } from './ledger';
import { BUZZ_KEPT, BUZZ_SHOCK, inferenceNeeded, OPEN_HOSTS, openOffers, potentialUnits, resolveMarket, tokensPerUnit, type MarketOutcome } from './market';
import { noteLittleKnown, spreadAwareness } from './awareness';
import { labEffects } from './research';
import { drawBetween } from './rng';
import type { RegionId, Scenario } from './scenario-types';
import { buysTokens, marketIn, rulesOf, segmentIds } from './segments';
import type { GameState, Lab, LabQuarterReport, SegmentResult } from './state-types';
import type { LabCompute } from './phase-training';
import { advanceVerticalBuilds, resolveVertical } from './verticals';
import { GPU_HOURS, noteRental, rentOutFreeCompute } from './cloud-market';
import { salaryPerQuarter } from './talent';

/** Revenue a lab could earn from one source, and the inference FLOP serving it takes. */
interface Demand {
  detail: string;
  revenue: number;
  flop: number;
  /** Of `flop`, what an app's free users take: served last when the lab is short of inference compute. */
  freeFlop?: number;
  /** Industry contracts: revenue one engineer delivers a quarter to this contract's buyers (their region's rate). */
  perEngineer?: number;
}

function flopOf(demand: readonly Demand[]): number {
  return demand.reduce((a, w) => a + w.flop, 0);
}

/** What paying customers take of it: all but an app's free users. */
function paidFlopOf(demand: readonly Demand[]): number {
  return demand.reduce((a, w) => a + w.flop - (w.freeFlop ?? 0), 0);
}

/** Resolves all markets, records each lab's revenue, and returns the market results for the report. */
export function resolveMarkets(
  state: GameState,
  compute: Record<string, LabCompute>,
  reports: Record<string, LabQuarterReport>,
): SegmentResult[] {
  const { scenario } = state;
  const results: SegmentResult[] = [];
  const demand = idRecord<Demand[]>();
  const want = (lab: Lab, entry: Demand) => {
    if (entry.revenue > 0) (demand[lab.id] ??= []).push(entry);
  };

  const shock = scenario.world.buzz ?? BUZZ_SHOCK;
  for (const lab of state.labs) {
    if (!lab.alive) continue;
    lab.buzz = BUZZ_KEPT * lab.buzz + drawBetween(state.rng, 'market', -shock, shock);
    for (const id of advanceVerticalBuilds(state, lab)) reports[lab.id]?.notes.push({ code: 'verticalLive', params: { vertical: id } });
  }
  // Each lab's served model and serving efficiency, worked out once: neither changes while the markets resolve.
  const servers = state.labs.map((lab) => ({ lab, model: servedModel(state, lab), efficiency: labEffects(state, lab).inferenceEfficiency }));

  for (const region of scenario.regions) {
    for (const segment of segmentIds(scenario)) {
      if (!marketIn(region, segment)) continue; // no buyers of this segment here
      const outcome = resolveMarket(state, region, segment, drawBetween(state.rng, 'market', 0.97, 1.03));
      (state.segmentShares[region.id] ??= idRecord())[segment] = idRecord(outcome.shares);
      results.push({ region: region.id, segment, spend: outcome.spend, shares: sharesByLab(outcome.shares) });
      const perUnit = tokensPerUnit(rulesOf(scenario, segment));
      for (const { lab, model, efficiency } of servers) {
        if (!model) continue;
        const flop = inferenceNeeded(model, outcome.tokens[lab.id] ?? 0, efficiency);
        // Paying users' tokens are its units' (tokensServed): the rest are free users'.
        const paid = inferenceNeeded(model, (outcome.units[lab.id] ?? 0) * perUnit, efficiency);
        want(lab, { detail: segment, revenue: outcome.revenue[lab.id] ?? 0, flop, freeFlop: Math.max(0, flop - paid) });
      }
      payMarketing(state, segment, outcome, reports);
      if (buysTokens(scenario, segment)) hostOpenModels(state, region.openTo, outcome, compute, want);
    }
    for (const vertical of scenario.verticals) {
      const outcome = resolveVertical(state, region, vertical, drawBetween(state.rng, 'market', 0.97, 1.03));
      const perEngineer = revenuePerEngineerIn(scenario, region.id);
      results.push({ region: region.id, segment: `vertical:${vertical.id}`, spend: outcome.spend, shares: outcome.shares });
      for (const { lab, model, efficiency } of servers) {
        const revenue = (outcome.shares[lab.id] ?? 0) * outcome.spend;
        if (model) want(lab, { detail: `vertical:${vertical.id}`, revenue, flop: (revenue * scenario.world.enterpriseTokensPerDollar * 2 * model.activeParams) / efficiency, perEngineer });
      }
    }
  }

  spreadAwareness(state, (region, segment) => potentialUnits(state, region, segment));
  noteLittleKnown(state, reports);

  for (const region of scenario.regions) hostRentals(state, region.id, compute, want);
  // Each lab's own products first, as far as its engineers can run them.
  const delivered = idRecord<Demand[]>();
  // Serving FLOP the sales turned away for want of engineers would have taken, and (below) GPU-hours left unlet for the same reason.
  const unstaffed = idRecord<number>();
  for (const lab of state.labs) {
    if (!lab.alive) continue;
    const wanted = demand[lab.id] ?? [];
    delivered[lab.id] = deliverable(state, lab, wanted, reports[lab.id]!);
    unstaffed[lab.id] = flopOf(wanted) - flopOf(delivered[lab.id] ?? []);
  }
  // Buyers outside the game rent what the clouds' paying customers leave of their inference compute and engineers'
  // time: renters pay, so an app's free users come after them (below).
  const free = (lab: Lab) => ({
    flop: (compute[lab.id]?.inferenceFlop ?? 0) - paidFlopOf(delivered[lab.id] ?? []),
    revenue: engineerRoom(state, lab, delivered[lab.id] ?? []),
  });
  for (const rental of rentOutFreeCompute(state, free)) {
    if (rental.hours > 0) (delivered[rental.lab.id] ??= []).push({ detail: GPU_HOURS, revenue: rental.revenue, flop: rental.flop });
    noteRental(reports[rental.lab.id], rental, rental.lab.engineers);
    unstaffed[rental.lab.id] = (unstaffed[rental.lab.id] ?? 0) + rental.idleForStaffFlop;
  }

  for (const lab of state.labs) {
    if (!lab.alive) continue;
    const wanted = delivered[lab.id] ?? [];
    const total = wanted.reduce((a, w) => a + w.revenue, 0);
    const needed = wanted.reduce((a, w) => a + w.flop, 0);
    const capacity = compute[lab.id]?.inferenceFlop ?? 0;
    // Paying customers are served first (ChatGPT Plus was sold on access at peak times; DeepSeek's free users met
    // "server busy" in early 2025), an app's free users with what is left.
    const freeNeeded = wanted.reduce((a, w) => a + (w.freeFlop ?? 0), 0);
    const paidNeeded = needed - freeNeeded;
    const share = paidNeeded > capacity ? capacity / paidNeeded : 1;
    const freeShare = freeNeeded <= 0 ? 1 : Math.max(0, Math.min(1, (capacity - paidNeeded) / freeNeeded));
    const report = reports[lab.id]!;
    const engineerPay = engineerPayOf(state, lab);
    for (const w of wanted) {
      record(lab, 'revenue', w.revenue * share, w.detail);
      const delivery = deliveryCost(w.revenue * share, w.perEngineer, engineerPay);
      const served = (w.flop - (w.freeFlop ?? 0)) * share + (w.freeFlop ?? 0) * freeShare;
      const product = report.products.find((p) => p.product === w.detail);
      if (product) {
        product.revenue += w.revenue * share;
        product.servedFlop += served;
        if (delivery > 0) product.deliveryCost = (product.deliveryCost ?? 0) + delivery;
      } else report.products.push({ product: w.detail, revenue: w.revenue * share, servedFlop: served, servingCost: 0, ...(delivery > 0 ? { deliveryCost: delivery } : {}) });
    }
    report.lostToCapacity = total * (1 - share);
    const idleForStaff = Math.min(Math.max(0, capacity - needed), unstaffed[lab.id] ?? 0);
    if (idleForStaff > 0) report.idleForStaffFlop = idleForStaff;
    if (share < 0.95) report.notes.push({ code: 'capacityShort', params: { served: share } });
    if (freeShare < 0.95) report.notes.push({ code: 'freeUsersTurnedAway', params: { served: freeShare } });
  }
  return results;
}

/** Each lab pays for the users its marketing won in this market, a line of its books and a figure of the product's. */
function payMarketing(state: GameState, segment: string, outcome: MarketOutcome, reports: Record<string, LabQuarterReport>): void {
  for (const lab of state.labs) {
    const spent = outcome.marketing[lab.id];
    const report = reports[lab.id];
    if (spent === undefined || spent <= 0 || !report) continue;
    record(lab, 'marketing', -spent, segment);
    let product = report.products.find((p) => p.product === segment);
    if (!product) {
      product = { product: segment, revenue: 0, servedFlop: 0, servingCost: 0 };
      report.products.push(product);
    }
    product.marketing = (product.marketing ?? 0) + spent;
    product.usersBought = (product.usersBought ?? 0) + (outcome.usersBought[lab.id] ?? 0);
  }
}

/**
 * Products need people as well as servers: an engineer runs at most `enterprise.revenuePerEngineer` of industry
 * contracts (its buyers' region's rate where `revenuePerEngineerByRegion` names one) and `world.productRevenuePerEngineer` of other product revenue (API, apps, cloud) each quarter. A lab that
 * won more than its engineers can run serves that share of every product and loses the rest (with a note saying so);
 * a lab with no engineers sells nothing. The same engineers build new solutions: a game-design simplification.
 */
function deliverable(state: GameState, lab: Lab, wanted: Demand[], report: LabQuarterReport): Demand[] {
  const rate = engineerRate(state);
  const { needed, won } = engineersFor(state, wanted);
  if (needed <= lab.engineers) return wanted;
  const share = lab.engineers / needed;
  report.notes.push({ code: 'deliveryShort', params: { served: share, engineers: lab.engineers, won } });
  return wanted.map((w) => {
    const limited = rate(w) !== undefined;
    return limited ? { ...w, revenue: w.revenue * share, flop: w.flop * share, ...(w.freeFlop === undefined ? {} : { freeFlop: w.freeFlop * share }) } : w;
  });
}

/** Revenue one engineer runs a quarter of a product: its contract rate for industries, the world's for the rest (undefined: no limit). */
function engineerRate(state: GameState): (w: Demand) => number | undefined {
  const perProduct = state.scenario.world.productRevenuePerEngineer;
  return (w) => (w.detail.startsWith('vertical:') ? w.perEngineer : perProduct);
}

/** Engineers the products in `wanted` take, and the revenue they carry. */
function engineersFor(state: GameState, wanted: readonly Demand[]): { needed: number; won: number } {
  const rate = engineerRate(state);
  let needed = 0;
  let won = 0;
  for (const w of wanted) {
    const per = rate(w);
    if (per === undefined || w.revenue <= 0) continue;
    needed += w.revenue / per;
    won += w.revenue;
  }
  return { needed, won };
}

/** Product revenue the engineers left over from `wanted` could still run this quarter (no limit without a world rate). */
function engineerRoom(state: GameState, lab: Lab, wanted: readonly Demand[]): number {
  const perProduct = state.scenario.world.productRevenuePerEngineer;
  if (perProduct === undefined) return Infinity;
  return Math.max(0, lab.engineers - engineersFor(state, wanted).needed) * perProduct;
}

/** A lab's pay for one engineer this quarter (0 when its region is unknown). */
function engineerPayOf(state: GameState, lab: Lab): number {
  const region = state.scenario.regions.find((r) => r.id === lab.region);
  return region ? salaryPerQuarter(state, region, 'engineers') : 0;
}

/**
 * Industry contracts are customised work: delivering `revenue` takes revenue / `perEngineer` engineers for the
 * quarter, and their pay is the contracts' cost of sales (as Zhipu's deployments carried ~44% of cost of sales in
 * 2024), so the report's gross margin, and investors' multiple, count it. Other products cost none (undefined rate).
 */
export function deliveryCost(revenue: number, perEngineer: number | undefined, engineerPay: number): number {
  if (perEngineer === undefined || perEngineer <= 0 || revenue <= 0) return 0;
  return (revenue / perEngineer) * engineerPay;
}

/** Contract revenue one engineer delivers a quarter to buyers in `region` (undefined: no limit). */
export function revenuePerEngineerIn(scenario: Scenario, region: RegionId): number | undefined {
  return ownValue(scenario.enterprise.revenuePerEngineerByRegion ?? {}, region) ?? scenario.enterprise.revenuePerEngineer;
}

/** Buyers' shares for the report: each open model's buyers added up under OPEN_HOSTS. */
function sharesByLab(shares: Record<string, number>): Record<string, number> {
  const out = idRecord<number>();
  for (const seller of Object.keys(shares)) {
    const key = seller.startsWith(`${OPEN_HOSTS}:`) ? OPEN_HOSTS : seller;
    out[key] = (out[key] ?? 0) + (shares[seller] ?? 0);
  }
  return out;
}

/**
 * Buyers of open models pay hosts; the game's clouds win `inGameHostShare` of that, split by their inference
 * compute, and serve those tokens on each model's active parameters.
 */
function hostOpenModels(
  state: GameState,
  sellers: readonly string[],
  outcome: MarketOutcome,
  compute: Record<string, LabCompute>,
  want: (lab: Lab, entry: Demand) => void,
): void {
  const hosts = state.labs.filter((lab) => lab.alive && lab.products.cloud && sellers.includes(lab.region));
  const capacity = hosts.reduce((a, lab) => a + (compute[lab.id]?.inferenceFlop ?? 0), 0);
  if (capacity <= 0) return;
  let revenue = 0;
  let flop = 0;
  for (const offer of openOffers(state)) {
    revenue += outcome.revenue[offer.seller] ?? 0;
    flop += 2 * offer.activeParams * (outcome.tokens[offer.seller] ?? 0);
  }
  if (revenue <= 0) return;
  const share = state.scenario.world.inGameHostShare;
  for (const lab of hosts) {
    const part = (share * (compute[lab.id]?.inferenceFlop ?? 0)) / capacity;
    want(lab, { detail: 'cloud', revenue: revenue * part, flop: (flop * part) / labEffects(state, lab).inferenceEfficiency });
  }
}

/**
 * Rent paid to a region's clouds is a market too: the game's clouds based there win `inGameHostShare` of it, split by
 * their inference compute, and must host the rented chips' work on their own fleets (clouds outside the game take the rest).
 */
function hostRentals(
  state: GameState,
  region: string,
  compute: Record<string, LabCompute>,
  want: (lab: Lab, entry: Demand) => void,
): void {
  const hosts = state.labs.filter((lab) => lab.alive && lab.products.cloud && lab.region === region);
  const capacity = hosts.reduce((a, lab) => a + (compute[lab.id]?.inferenceFlop ?? 0), 0);
  if (capacity <= 0) return;
  let rent = 0;
  let work = 0;
  for (const lab of state.labs) {
    if (!lab.alive || hosts.includes(lab)) continue;
    for (const rental of lab.rentals) {
      const chip = rental.region === region ? findChip(state.scenario, rental.chip) : undefined;
      const offer = chip ? rentalOffer(state, chip.id, region) : undefined;
      if (!chip || !offer) continue;
      rent += rental.units * rentalPrice(state, chip, offer) * HOURS_PER_QUARTER;
      work += rental.units * chip.peakFlops * chip.inferenceUtilisation * SECONDS_PER_QUARTER;
    }
  }
  const share = state.scenario.world.inGameHostShare;
  for (const lab of hosts) {
    const part = (share * (compute[lab.id]?.inferenceFlop ?? 0)) / capacity;
    want(lab, { detail: 'rentals', revenue: rent * part, flop: work * part });
  }
}
