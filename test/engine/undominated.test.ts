import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { undominated, type Rated } from '../../src/engine/undominated';
import { createGame, type GameState, type Model } from '../../src/engine';
import { DISTILLED_SIZES, distilledCapability, openHostPrice, openOffers, openSeller, type OpenOffer } from '../../src/engine/market';
import { tutorial } from './fixtures';

/** The rule as written: an offer goes when another is at least as capable and as cheap, and better in one way. */
function byEveryPair<T extends Rated>(offers: readonly T[]): T[] {
  return offers.filter((o) => !offers.some((other) => other !== o
    && other.capability >= o.capability && other.price <= o.price
    && (other.capability > o.capability || other.price < o.price || other.seller < o.seller)));
}

// Few distinct values, so that ties on capability, on price and on both are common.
const offer = fc.record({
  seller: fc.constantFrom('open:a', 'open:a/4', 'open:b', 'open:b/16', 'open:c', 'open:Z'),
  capability: fc.constantFrom(0, -0, 40, 55.5, 55.5000001, 70, Infinity, NaN),
  price: fc.constantFrom(0.1, 0.25, 0.25, 1, 3, -0, Infinity, NaN),
});

const finiteOffer = fc.record({
  seller: fc.constantFrom('open:a', 'open:a/4', 'open:b', 'open:b/16', 'open:c', 'open:Z'),
  capability: fc.constantFrom(0, -0, 40, 55.5, 55.5000001, 70),
  price: fc.constantFrom(0.1, 0.25, 1, 3, -0, 0),
});

describe('open offers no other beats on capability and price', () => {
  it('keeps exactly the offers the pairwise rule keeps, in their order, among ordinary numbers with many ties', () => {
    fc.assert(fc.property(fc.array(finiteOffer, { maxLength: 60 }), (offers) => {
      expect(undominated(offers)).toEqual(byEveryPair(offers));
    }), { numRuns: 3000, seed: 9 });
  });

  it('keeps exactly the offers the pairwise rule keeps, in their order, ties and odd numbers included', () => {
    fc.assert(fc.property(fc.array(offer, { maxLength: 40 }), (offers) => {
      expect(undominated(offers)).toEqual(byEveryPair(offers));
    }), { numRuns: 3000, seed: 19 });
  });

  it('keeps the cheapest of equally capable models and drops one both weaker and dearer', () => {
    const strong = { seller: 'open:a', capability: 70, price: 1 };
    const copy = { seller: 'open:b', capability: 70, price: 1 };
    const cheap = { seller: 'open:c', capability: 50, price: 0.2 };
    const worse = { seller: 'open:d', capability: 50, price: 2 };
    expect(undominated([worse, copy, cheap, strong])).toEqual([cheap, strong]);
  });
});

describe('the open offers of a quarter (openOffers, with its contenders kept between quarters)', () => {
  const base = createGame(tutorial, { seed: 'open-offers' });
  // Few distinct figures, so that ties on capability and on active parameters are common.
  const model = fc.record({
    capability: fc.constantFrom(40, 52, 52, 55.5, 61, 70),
    activeParams: fc.constantFrom(1e9, 4e9, 16e9, 16e9, 37e9),
    open: fc.boolean(),
  });
  const asModels = (figures: readonly { capability: number; activeParams: number; open: boolean }[], from = 0): Model[] =>
    figures.map((f, i) => ({ id: `m${from + i}`, lab: 'outside', name: `M${from + i}`, totalParams: f.activeParams * 4, activeParams: f.activeParams, effectiveCompute: 1, capability: f.capability, open: f.open, releasedQuarter: 0 }));

  /** Every open model's family at the quarter's host prices, through the pairwise rule. */
  function reference(state: GameState): OpenOffer[] {
    const all: OpenOffer[] = [];
    for (const m of state.models) {
      if (!m.open) continue;
      const members = [{ seller: openSeller(m), activeParams: m.activeParams, capability: m.capability }];
      for (const size of DISTILLED_SIZES) {
        members.push({ seller: `${openSeller(m)}/${Math.round(1 / size)}`, activeParams: m.activeParams * size, capability: distilledCapability(state.scenario.world, m.capability, size) });
      }
      for (const member of members) all.push({ ...member, model: m, price: openHostPrice(state, member) });
    }
    return byEveryPair(all);
  }

  it('are those of every open model, quarter after quarter, as models are released and published', () => {
    fc.assert(fc.property(fc.array(model, { maxLength: 14 }), fc.array(model, { maxLength: 6 }), fc.nat(20), fc.nat(13), (first, later, quarter, publish) => {
      // A quarter, then the next with more models released, then one with an old model published in place (as the game does).
      let models = asModels(first);
      const states: GameState[] = [{ ...base, quarter, models }];
      models = [...models, ...asModels(later, first.length)];
      states.push({ ...base, quarter: quarter + 1, models });
      if (publish < models.length && !models[publish]!.open) {
        models = models.slice();
        models[publish] = { ...models[publish]!, open: true };
        states.push({ ...base, quarter: quarter + 2, models });
      }
      for (const state of states) expect(openOffers(state)).toEqual(reference(state));
    }), { numRuns: 400, seed: 29 });
  });
});
