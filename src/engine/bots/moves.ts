// Building blocks the strategies share: each returns the actions for one habit, legal or nothing.
import { bestRivalCapability, servedModel } from '../lookups';
import { operatingCashFlow, runwayQuarters, sumOf } from '../accounting';
import * as act from '../actions';
import type { Action } from '../actions';
import { buyCompute, rentToCover, spare } from './compute-moves';
import { computeFor, labMemory } from '../phase-training';
import { bestOpenModel, openHostPrice } from '../market';
import { GPU_HOURS } from '../cloud-market';
import { maxRound, roundChancePercent } from '../funding';
import { partnerQuote, partnersFor } from '../partners';
import { labEffects, techniqueCost } from '../research';
import type { ProductId, SegmentId } from '../scenario-types';
import { segmentsBuying } from '../segments';
import { priceQuotes, servingCostPerUnit } from '../previews';
import type { GameState, Lab } from '../state-types';
import { mostProfitableOwnModel } from '../serving-choice';
import { hiringCap } from '../talent';
import { rentalLimit, rentalOffer } from '../world-rules';
import { pow } from '../math';
import { expertGain, optimalRun, trainingBytesPerParam } from '../scaling';
import { bestOwnModel, capabilityOfLab, modelMakerMargin } from '../training';

/**
 * The frontier bet: rent, up to what the clouds will give, the training compute a model at the frontier
 * `quarters` from now would need (the outside trend or the best rival, whichever leads), whatever the cash says; the lab counts on its next round to pay the bill.
 * Contracts are commitments: it only ever rents more.
 */
export function rentForFrontier(state: GameState, lab: Lab, quarters: number, aim?: number): Action[] {
  const shortfall = frontierShortfall(state, lab, quarters, aim);
  if (shortfall <= 0) return [];
  // The bet is sized to the cash: rent for the whole run may use what is left after a year of payroll, no more.
  const budget = spare(state, lab, 4) / quarters;
  return budget > 0 ? rentToCover(state, lab, shortfall, 'training', budget).actions : [];
}

/**
 * Training FLOP a quarter the lab lacks for a run at the frontier `quarters` from now (the outside trend or the best
 * rival, whichever leads; or `aim`), beyond what its own share of compute trains; zero or less when it lacks none.
 */
export function frontierShortfall(state: GameState, lab: Lab, quarters: number, aim?: number): number {
  if (lab.split.training === 0) return 0;
  const world = state.scenario.world;
  const effects = labEffects(state, lab);
  // Where the frontier will be when the run ends: the outside trend or the best rival's model moving at the same pace
  // (not its own best model, or it would chase itself); or the capability the caller aims at.
  const rival = bestRivalCapability(state.models, lab.id);
  const target = (aim ?? Math.max(world.frontierStart + world.frontierGainPerQuarter * state.quarter, rival)
    + world.frontierGainPerQuarter * quarters) - effects.capabilityBonus;
  return flopToReach(state, lab, target, quarters) / quarters - computeFor(state, lab).trainingFlop;
}

/** Training FLOP a run finishing in `quarters` needs to reach `capability` (before the lab's capability bonus). */
export function flopToReach(state: GameState, lab: Lab, capability: number, quarters: number): number {
  const world = state.scenario.world;
  const effects = labEffects(state, lab);
  const gains = state.algorithmicEfficiency * pow(world.algorithmicGainPerQuarter, quarters) * effects.trainingEfficiency
    * (effects.mixtureOfExperts ? expertGain(4) : 1);
  return (world.baseCompute * pow(10, capability / world.pointsPerDecade)) / gains;
}

/** Moves ten points of compute from training to inference when more than a tenth of demand went unserved. */
export function serveDemand(state: GameState, lab: Lab, minimumTraining = 20): Action[] {
  const report = state.reports.at(-1)?.labs.find((r) => r.lab === lab.id);
  if (!report) return [];
  const revenue = sumOf(report.lineItems, 'revenue');
  if (report.lostToCapacity <= 0.1 * (revenue + report.lostToCapacity) || lab.split.training < minimumTraining + 10) return [];
  return [act.setSplit(lab.id, { training: lab.split.training - 10, inference: lab.split.inference + 10, research: lab.split.research })];
}

export { bestValueChip, buyCompute, regionOf, spare } from './compute-moves';

/** Buys chips with `share` of spare cash only when last quarter's demand outran its compute (a cloud grows with use). */
export function buyWhenShort(state: GameState, lab: Lab, share: number, reserveQuarters: number): Action[] {
  const report = state.reports.at(-1)?.labs.find((r) => r.lab === lab.id);
  if (state.quarter > 0 && (!report || report.lostToCapacity <= 0)) return [];
  return buyCompute(state, lab, share, reserveQuarters);
}

/**
 * Rents the inference compute last quarter's lost sales needed, cheapest inference FLOP first,
 * when the rent costs less than `worth` (half unless said) of the sales it wins back; hands half back when it loses money with servers to spare.
 */
export function rentForDemand(state: GameState, lab: Lab, options: { handBack: boolean; worth?: number } = { handBack: true }): Action[] {
  const report = state.reports.at(-1)?.labs.find((r) => r.lab === lab.id);
  if (!report) return [];
  if (report.lostToCapacity <= 0) {
    if (!options.handBack) return [];
    // Servers were not the limit and the lab lost money: hand back half of what it rents.
    if (operatingCashFlow(report.lineItems) >= 0) return [];
    return lab.rentals.map((r) => act.setRental(lab.id, r.chip, r.region, Math.floor(r.units / 2)));
  }
  const served = sumOf(report.lineItems, 'revenue');
  const capacity = computeFor(state, lab).inferenceFlop;
  if (served <= 0 || capacity <= 0) return [];
  const { actions, rent } = rentToCover(state, lab, (capacity * report.lostToCapacity) / served, 'inference');
  return rent < report.lostToCapacity * (options.worth ?? 0.5) ? actions : [];
}

/**
 * The first habit that has something to do this quarter (so two habits never rent the same chip twice). Habits are
 * asked in turn: those after the first with something to do are not worked out.
 */
export function firstOf(...habits: (() => Action[])[]): Action[] {
  for (const habit of habits) {
    const actions = habit();
    if (actions.length > 0) return actions;
  }
  return [];
}

/**
 * Sets the strategy's split in the first quarter, unless the scenario starts the lab on a split of its own (its real
 * mix of training and serving); later the lab adjusts it to demand.
 */
export function splitAtStart(state: GameState, lab: Lab, training: number, inference: number, research: number): Action[] {
  const same = lab.split.training === training && lab.split.inference === inference && lab.split.research === research;
  const given = state.scenario.labs.some((setup) => setup.id === lab.id && setup.split !== undefined);
  return state.quarter > 0 || same || given ? [] : [act.setSplit(lab.id, { training, inference, research })];
}

/** Researches the first unknown technique in `order` (then the cheapest of the rest). */
export function researchNext(state: GameState, lab: Lab, order: readonly string[]): Action[] {
  if (lab.research) return [];
  const unknown = state.scenario.techniques.filter((t) => !lab.techniques.includes(t.id));
  const preferred = order.map((id) => unknown.find((t) => t.id === id)).find((t) => t !== undefined);
  const next = preferred ?? [...unknown].sort((a, b) => techniqueCost(state, a) - techniqueCost(state, b) || (a.id < b.id ? -1 : 1))[0];
  return next ? [act.research(lab.id, next.id)] : [];
}

/**
 * Keeps a training run going, sized to finish in `quarters` of the lab's training compute at the compute-optimal
 * shape of the scaling law (about 20 tokens per effective parameter), with `expertRatio` total per active parameter
 * when it knows MoE; `tokensPerParam` (per active parameter) trains a smaller model longer instead: cheaper to serve.
 * The model must fit the fleet's memory with its training state.
 */
export function keepTraining(
  state: GameState, lab: Lab, options: { quarters: number; expertRatio: number; open: boolean; tokensPerParam?: number; upTo?: number },
): Action[] {
  if (lab.run) return [];
  const effects = labEffects(state, lab);
  const ratio = effects.mixtureOfExperts ? options.expertRatio : 1;
  const tokensPerParam = options.tokensPerParam;
  const activeFor = (flop: number) => (tokensPerParam ? Math.sqrt(flop / (6 * tokensPerParam)) : optimalRun(flop, ratio).activeParams);
  // Sized at the fleet's plain compute, then again at what a run of that shape gets (cut links lose some on large runs);
  // no larger than reaching `upTo` needs, when the lab aims at a capability rather than at all it has.
  const cap = options.upTo === undefined ? Infinity : flopToReach(state, lab, options.upTo - effects.capabilityBonus, options.quarters);
  const first = Math.min(cap, options.quarters * computeFor(state, lab, null).trainingFlop);
  const flop = Math.min(cap, options.quarters * computeFor(state, lab, { activeParams: activeFor(first) }).trainingFlop);
  // Runs are capped at 100 trillion parameters (the engine's limit) and by the fleet's memory, experts included.
  const largest = Math.min(1e14, labMemory(state, lab) / trainingBytesPerParam(effects));
  const active = Math.min(Math.floor(largest / ratio / 1e9), Math.floor(activeFor(flop) / 1e9)) * 1e9;
  if (active < 1e9) return [];
  const tokens = tokensPerParam ? tokensPerParam * active : Math.min(1e15, flop / (6 * active));
  return [act.startRun(lab.id, { name: `${lab.name.split(' ')[0]} ${state.quarter + 2}`, totalParams: active * ratio, activeParams: active, tokens, open: options.open })];
}

/**
 * Takes compute credit from the strategic partner that would put in the most when the runway at last quarter's burn is
 * under `quarters` and it rents compute the credit can pay for: half of what the partner allows, once the last credit is
 * used up. Credit is equity sold for rent, so a lab that rents little has no use for it.
 */
export function partnerWhenShort(state: GameState, lab: Lab, quarters: number): Action[] {
  if (lab.partner && lab.partner.credit > 0) return [];
  const report = state.reports.at(-1)?.labs.find((r) => r.lab === lab.id);
  const burn = report ? -operatingCashFlow(report.lineItems) : 0;
  if (burn <= 0 || lab.cash > quarters * burn || sumOf(report!.lineItems, 'rent') > -burn / 4) return [];
  let best: { id: string; amount: number } | undefined;
  for (const partner of partnersFor(state, lab)) {
    const amount = Math.floor(partnerQuote(state, lab, partner, 0).maxAmount / 2);
    if (!best || amount > best.amount) best = { id: partner.id, amount };
  }
  return best && best.amount >= 1e6 ? [act.partnerDeal(lab.id, best.id, best.amount)] : [];
}

/** Raises a round of `share` of what investors allow when the runway at last quarter's burn is under `quarters`. */
export function raiseWhenShort(state: GameState, lab: Lab, quarters: number, share: number): Action[] {
  if (lab.pendingRound) return [];
  const report = state.reports.at(-1)?.labs.find((r) => r.lab === lab.id);
  const burn = report ? -operatingCashFlow(report.lineItems) : 0;
  if (burn <= 0 || lab.cash > quarters * burn) return [];
  const amount = Math.floor(maxRound(state, lab) * share);
  // No investor would take the meeting: the lab waits rather than asks.
  return amount >= 1e6 && roundChancePercent(state, lab, amount) > 5 ? [act.raiseRound(lab.id, amount)] : [];
}

/** Hires `count` of a role while the lab can afford `reserve` quarters of the bigger payroll. */
export function hireIfRich(state: GameState, lab: Lab, role: act.Role, count: number, reserve: number): Action[] {
  const room = hiringCap(lab) - lab.hiredThisQuarter;
  const n = Math.min(room, count);
  return n > 0 && spare(state, lab, reserve) > 0 ? [act.hire(lab.id, role, n)] : [];
}

/** Hires as many engineers as it may when last quarter it won more sales than its team could run, or had free chips its team could not let out. */
export function hireForSales(state: GameState, lab: Lab): Action[] {
  const report = state.reports.at(-1)?.labs.find((r) => r.lab === lab.id);
  if (!report?.notes.some((n) => n.code === 'deliveryShort' || n.code === 'gpuHoursShortOfStaff')) return [];
  const n = hiringCap(lab) - lab.hiredThisQuarter;
  return n > 0 && spare(state, lab, 4) > 0 ? [act.hire(lab.id, 'engineers', n)] : [];
}

/**
 * The 01.AI pivot: a lab whose best model trails the best open model it could serve by more than the scenario's
 * model-maker margin, and whose cash would not last `quarters` at last quarter's burn, stops pre-training. It cancels
 * its run, serves that open model, and moves its training compute to serving. Its own numbers decide, not its
 * strategy's name; a training share of zero marks a lab that has pivoted, and its training habits then stand still.
 */
export function pivotWhenBehind(state: GameState, lab: Lab, quarters = 2): Action[] {
  if (lab.split.training === 0) return serveBestModel(state, lab);
  if (runwayQuarters(lab.cash, state.reports.at(-1)?.labs.find((r) => r.lab === lab.id)) > quarters) return [];
  const room = labMemory(state, lab) / labEffects(state, lab).weightBytes;
  const open = bestOpenModel(state.models.filter((m) => m.open && m.lab !== lab.id && m.totalParams <= room));
  const own = bestOwnModel(state.models, lab)?.capability ?? 0;
  if (!open || open.capability - own <= modelMakerMargin(state.scenario.world)) return [];
  return [
    ...(lab.run ? [act.cancelRun(lab.id)] : []),
    ...(lab.productModel === open.id ? [] : [act.useModel(lab.id, open.id)]),
    act.setSplit(lab.id, { training: 0, inference: lab.split.inference + lab.split.training, research: lab.split.research }),
  ];
}

/**
 * Serves the best model available to it, own or open, when that beats what it serves now: among those whose weights
 * fit its chips' memory and whose serving cost its inference compute could carry at last quarter's sales (a model
 * with more active parameters needs that much more compute per token; a lab does not switch to one it cannot serve).
 */
export function serveBestModel(state: GameState, lab: Lab): Action[] {
  const room = labMemory(state, lab) / labEffects(state, lab).weightBytes;
  const current = servedModel(state, lab);
  // GPU-hours rented to outside buyers only fill what the lab's own products leave: they make way for a bigger model.
  const served = state.reports.at(-1)?.labs.find((r) => r.lab === lab.id)?.products.reduce((a, p) => (p.product === GPU_HOURS ? a : a + p.servedFlop), 0) ?? 0;
  const capacity = current && served > 0 ? computeFor(state, lab).inferenceFlop : Infinity;
  const affordable = (m: { activeParams: number }) => !current || served <= 0 || (served * m.activeParams) / current.activeParams <= capacity;
  const open = bestOpenModel(state.models.filter((m) => m.open && m.totalParams <= room && affordable(m)));
  if (!open || open.id === lab.productModel || open.capability <= capabilityOfLab(state, lab)) return [];
  return [act.useModel(lab.id, open.id)];
}

/** Prices tokens (in every segment buying them) at `multiple` times what hosts charge for the best open model (or leaves them). */
export function priceAgainstOpen(state: GameState, lab: Lab, multiple: number): Action[] {
  const open = bestOpenModel(state.models);
  if (!open) return [];
  const price = Math.max(0.05, Math.round(openHostPrice(state, open) * multiple * 100) / 100);
  return segmentsBuying(state.scenario, 'tokens').flatMap((s) => (Math.abs(price - lab.prices[s]!) / lab.prices[s]! > 0.1 ? [act.setPrice(lab.id, s, price)] : []));
}

/** Price changes a bot weighs each quarter, as multiples of its current price. */
const PRICE_STEPS = [0.8, 1, 1.25];

/**
 * Sets the price that earns the most over serving cost at this quarter's demand, among a few steps from the current
 * one (so prices move gradually, and rivals answer one another quarter by quarter). Never below serving cost.
 */
export function priceForProfit(state: GameState, lab: Lab, segment: SegmentId): Action[] {
  if (!lab.products[segment] || !lab.productModel) return [];
  const current = lab.prices[segment]!;
  const floor = servingCostPerUnit(state, lab, segment) * 1.05;
  const prices = PRICE_STEPS.map((step) => Math.max(0.01, floor, Math.round(current * step * 100) / 100));
  let best = { price: current, profit: -Infinity };
  // Weighed at the buyers it would have once habits wear off: sticky buyers are not a reason to overcharge.
  priceQuotes(state, lab, segment, prices, true).forEach((quote, i) => {
    const profit = quote.revenue - quote.servingCost;
    if (profit > best.profit) best = { price: prices[i]!, profit };
  });
  return Math.abs(best.price - current) / current > 0.02 ? [act.setPrice(lab.id, segment, best.price)] : [];
}

export function launch(lab: Lab, product: ProductId): Action[] {
  return !lab.products[product] && (product === 'cloud' || lab.productModel) ? [act.launchProduct(lab.id, product)] : [];
}

/** Starts every industry solution its model qualifies for, one per quarter. */
export function buildVerticals(state: GameState, lab: Lab): Action[] {
  if (lab.engineers === 0) return [];
  const capability = capabilityOfLab(state, lab);
  const next = state.scenario.verticals.find((v) => !lab.verticals[v.id] && capability >= v.minCapability);
  return next ? [act.buildVertical(lab.id, next.id)] : [];
}

/** Publishes its own closed models once they are no longer its best (open-source the last generation). */
export function openOldModels(state: GameState, lab: Lab): Action[] {
  return state.models.filter((m) => m.lab === lab.id && !m.open && m.id !== lab.productModel).map((m) => act.openWeights(lab.id, m.id));
}

/** Publishes every technique it knows that nobody has published yet. */
export function publishTechniques(state: GameState, lab: Lab): Action[] {
  return lab.techniques.filter((id) => !state.published.includes(id)).map((id) => act.publish(lab.id, id));
}

/** Serves whichever of its own models earns the most on its inference compute this quarter (serving-choice.ts). */
export function serveMostProfitable(state: GameState, lab: Lab): Action[] {
  const best = mostProfitableOwnModel(state, lab, computeFor(state, lab).inferenceFlop);
  return best && best.id !== lab.productModel ? [act.useModel(lab.id, best.id)] : [];
}

/**
 * Rents for its next run and for last quarter's lost sales both: where both want the same chip in the same region, the
 * contract covers the two additions together.
 */
export function rentForBoth(state: GameState, lab: Lab, quarters: number): Action[] {
  const merged = new Map<string, { chip: string; region: string; units: number }>();
  for (const action of [...rentForFrontier(state, lab, quarters), ...rentForDemand(state, lab, { handBack: false, worth: 1 })]) {
    if (action.type !== 'setRental') continue;
    const key = `${action.chip}@${action.region}`;
    const current = lab.rentals.find((r) => r.chip === action.chip && r.region === action.region)?.units ?? 0;
    const known = merged.get(key);
    merged.set(key, { chip: action.chip, region: action.region, units: (known?.units ?? current) + action.units - current });
  }
  // Each habit stays within the clouds' limit for the lab; together they may not pass it either.
  return [...merged.values()].map((r) => {
    const offer = rentalOffer(state, r.chip, r.region);
    return act.setRental(lab.id, r.chip, r.region, Math.min(r.units, offer ? rentalLimit(offer, lab.region) : 0, 1_000_000));
  });
}
