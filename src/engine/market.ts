// Markets: in each region and segment, buyers choose among the legal offers or buy nothing (logit choice).
import { ln, pow, softmaxWithOutside } from './math';
import type { Region, Scenario, SegmentId, SegmentRules } from './scenario-types';
import type { GameState, Lab, Model } from './state-types';
import { marketFactor } from './world-rules';

/** Seller id of open-weight models served at cost by any host. */
export const OPEN_HOSTS = 'open';
/** Share id of buyers who bought no model in the game. */
export const NO_PURCHASE = 'none';

export interface Offer {
  seller: string;
  capability: number;
  price: number;
  reputation: number;
  home: boolean;
  buzz: number;
}

/**
 * Word of mouth: each quarter a lab's buzz keeps BUZZ_KEPT of itself and gains a draw in ±world.buzz (BUZZ_SHOCK when
 * the scenario says nothing), in utility units. A game-design choice: about ±50% in market share at its usual size,
 * so no two worlds play out alike.
 */
export const BUZZ_KEPT = 0.7;
export const BUZZ_SHOCK = 0.7;

/** Dollars per million tokens for a host to serve a model: GPU-hours per token at the host's effective FLOP/s. */
export function servingCostPerMillion(scenario: Scenario, activeParams: number): number {
  const flopPerMillion = 2 * activeParams * 1e6;
  return (flopPerMillion / scenario.world.hostEffectiveFlops / 3600) * scenario.world.hostGpuHourPrice;
}

/** The best open-weight model in the world, if any: the price floor every API seller faces. */
export function bestOpenModel(models: readonly Model[]): Model | undefined {
  let best: Model | undefined;
  for (const model of models) if (model.open && (!best || model.capability > best.capability)) best = model;
  return best;
}

export function openHostPrice(scenario: Scenario, model: Model): number {
  return servingCostPerMillion(scenario, model.activeParams) * scenario.world.openHostMarkup;
}

/** Every offer buyers in `region` may choose in `segment` this quarter. */
export function offersIn(state: GameState, region: Region, segment: SegmentId): Offer[] {
  const offers: Offer[] = [];
  for (const lab of state.labs) {
    if (!lab.alive || !lab.products[segment] || !region.openTo.includes(lab.region)) continue;
    const model = state.models.find((m) => m.id === lab.productModel);
    if (!model) continue;
    offers.push({ seller: lab.id, capability: model.capability, price: lab.prices[segment], reputation: lab.reputation, home: lab.region === region.id, buzz: lab.buzz });
  }
  const open = segment === 'api' ? bestOpenModel(state.models) : undefined;
  if (open) offers.push({ seller: OPEN_HOSTS, capability: open.capability, price: openHostPrice(state.scenario, open), reputation: 0, home: false, buzz: 0 });
  return offers;
}

export function offerUtility(scenario: Scenario, region: Region, segment: SegmentId, offer: Offer): number {
  const rules = scenario.segments[segment];
  return rules.capabilityWeight * offer.capability
    - rules.priceWeight * ln(offer.price)
    + rules.reputationWeight * offer.reputation
    + (offer.home ? region.homeBias : 0)
    + offer.buzz;
}

/** Utility of buying nothing in the game, which includes the frontier labs outside it: they keep improving. */
export function outsideUtilityNow(state: GameState, rules: Pick<SegmentRules, 'capabilityWeight' | 'outsideUtility'>): number {
  return rules.outsideUtility + rules.capabilityWeight * state.scenario.world.frontierGainPerQuarter * state.quarter;
}

export interface MarketOutcome {
  spend: number;
  /** Share of spending by seller id, plus NO_PURCHASE. */
  shares: Record<string, number>;
}

/**
 * Spending grows each quarter and, with elasticity above 1, rises as the average price paid falls
 * (cheaper tokens mean more use); shares follow a logit over the offers and an outside option.
 */
export function resolveMarket(state: GameState, region: Region, segment: SegmentId, noise: number): MarketOutcome {
  const rules = state.scenario.segments[segment];
  const market = region.markets[segment];
  const offers = offersIn(state, region, segment);
  const utilities = offers.map((offer) => offerUtility(state.scenario, region, segment, offer));
  const probabilities = softmaxWithOutside(utilities, outsideUtilityNow(state, rules));
  const bought = probabilities.reduce((a, p) => a + p, 0);
  const averagePrice = bought > 0 ? offers.reduce((a, o, i) => a + o.price * (probabilities[i] ?? 0), 0) / bought : rules.referencePrice;
  const volume = pow(averagePrice / rules.referencePrice, 1 - rules.elasticity);
  const spend = market.spendPerQuarter * marketFactor(state, region.id, segment) * pow(1 + market.growthPerQuarter, state.quarter) * volume * noise;
  const shares: Record<string, number> = { [NO_PURCHASE]: 1 - bought };
  offers.forEach((offer, i) => {
    shares[offer.seller] = probabilities[i] ?? 0;
  });
  return { spend, shares };
}

/** Tokens a lab must serve for `revenue` in a segment, and the inference FLOP that takes (~2 x active params per token). */
export function inferenceNeeded(
  scenario: Scenario, segment: SegmentId, lab: Lab, model: Model, revenue: number, inferenceEfficiency = 1,
): number {
  const rules = scenario.segments[segment];
  const tokensPerDollar = rules.tokensPerDollar ?? 1e6 / lab.prices[segment];
  return (revenue * tokensPerDollar * 2 * model.activeParams) / inferenceEfficiency;
}
