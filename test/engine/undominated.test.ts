import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { undominated, type Rated } from '../../src/engine/undominated';

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
