// The price of a fixed capability: the cheapest API offer at or above it that buyers in one region may buy, each quarter.
import { firstTokenSegment, openOffers, type GameState, type RegionId } from '../../engine';
import type { Watcher } from './play';

export interface ApiOffer {
  seller: string;
  capability: number;
  /** Dollars per million tokens. */
  price: number;
}

/** Every API offer buyers in `region` may choose: labs' APIs open to them, and each open-weight model at the hosts' price. */
export function apiOffers(state: GameState, region: RegionId): ApiOffer[] {
  const openTo = state.scenario.regions.find((r) => r.id === region)?.openTo ?? [];
  const offers: ApiOffer[] = [];
  const api = firstTokenSegment(state.scenario);
  for (const lab of state.labs) {
    if (!lab.alive || api === undefined || !lab.products[api] || !openTo.includes(lab.region)) continue;
    const model = state.models.find((m) => m.id === lab.productModel);
    if (model) offers.push({ seller: lab.id, capability: model.capability, price: lab.prices[api]! });
  }
  for (const offer of openOffers(state)) offers.push({ seller: offer.seller, capability: offer.capability, price: offer.price });
  return offers;
}

export function cheapestAtOrAbove(offers: readonly ApiOffer[], capability: number): ApiOffer | undefined {
  let best: ApiOffer | undefined;
  for (const offer of offers) if (offer.capability >= capability && (!best || offer.price < best.price)) best = offer;
  return best;
}

export interface PriceFall {
  capability: number;
  first: { quarter: number; price: number };
  last: { quarter: number; price: number };
  /** How many times cheaper a year: (first / last) ^ (4 / quarters between them). */
  perYear: number;
}

export interface PriceLog extends Watcher {
  fall(): PriceFall | null;
}

/**
 * The fixed capability is the best API offer's at the start (the frontier a buyer could buy then); its price is read
 * after each quarter, so the series is the prices charged in each quarter.
 */
export function priceLog(region: RegionId): PriceLog {
  let capability = Infinity;
  const series: { quarter: number; price: number }[] = [];
  return {
    start(state) {
      capability = Math.max(...apiOffers(state, region).map((o) => o.capability));
    },
    quarter(state) {
      const cheapest = cheapestAtOrAbove(apiOffers(state, region), capability);
      if (cheapest) series.push({ quarter: state.quarter - 1, price: cheapest.price });
    },
    fall() {
      const first = series[0];
      const last = series.at(-1);
      if (!first || !last || last.quarter === first.quarter) return null;
      return { capability, first, last, perYear: Math.pow(first.price / last.price, 4 / (last.quarter - first.quarter)) };
    },
  };
}
