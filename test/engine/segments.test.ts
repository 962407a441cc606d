// Buyer segments are scenario data: a third segment beside the API and the consumer app is a market like theirs,
// priced and sold in by the bots according to how it buys, and listed in the quarter's report.
import { describe, expect, it } from 'vitest';
import { createGame, endQuarter, launchProduct, segmentIds, setPrice, type GameState, type Scenario, type SegmentRules } from '../../src/engine';
import { openOffers, resolveMarket } from '../../src/engine/market';
import { accepted, labOf, tutorial } from './fixtures';

const robotics: SegmentRules = {
  name: 'Robotics', buys: 'tokens', capabilityWeight: 0.2, priceWeight: 0.8, reputationWeight: 0.02, outsideUtility: 9, elasticity: 1.5, referencePrice: 4,
};
const tutors: SegmentRules = {
  name: 'Tutors', buys: 'seats', capabilityWeight: 0.1, priceWeight: 1.5, reputationWeight: 0.02, outsideUtility: 3, elasticity: 0, referencePrice: 10, tokensPerDollar: 50_000,
};

/** The tutorial with a robotics segment bought by the token in the US, and no word of mouth (so the hand sums are exact). */
function withSegments(extra: Record<string, SegmentRules>, spend = 200_000_000): Scenario {
  return {
    ...tutorial,
    world: { ...tutorial.world, buzz: 0 },
    // Listed after the shipped two: the engine still plays segments in id order.
    segments: { ...tutorial.segments, ...extra },
    regions: tutorial.regions.map((r) => (r.id === 'us'
      ? { ...r, markets: { ...r.markets, ...Object.fromEntries(Object.keys(extra).map((id) => [id, { spendPerQuarter: spend, growthPerQuarter: 0.1 }])) } }
      : r)),
  };
}

const bots = (scenario: Scenario) => Object.fromEntries(scenario.labs.map((lab) => [lab.id, { kind: 'bot' as const, strategy: lab.strategy }]));

describe('a scenario\'s own buyer segments', () => {
  it('a third segment\'s revenue is units times price, worked out by hand from its own rules', () => {
    const scenario = withSegments({ robotics });
    let state: GameState = createGame(scenario, { seed: 'robotics' });
    state = accepted(state, setPrice('lantern', 'robotics', 2.5));
    const us = scenario.regions.find((r) => r.id === 'us')!;
    // Every lab with a model sells tokens from the start, and open models are on offer, as in the API.
    const sellers = state.labs.map((lab) => {
      const model = state.models.find((m) => m.id === lab.productModel)!;
      return { seller: lab.id, capability: model.capability, price: lab.prices['robotics']!, reputation: lab.reputation, home: lab.region === 'us' };
    });
    const open = openOffers(state).map((o) => ({ seller: o.seller, capability: o.capability, price: o.price, reputation: 0, home: false }));
    const utility = (o: (typeof sellers)[number]) => 0.2 * o.capability - 0.8 * Math.log(o.price) + 0.02 * o.reputation + (o.home ? us.homeBias : 0);
    const all = [...sellers, ...open];
    const total = Math.exp(9) + all.reduce((a, o) => a + Math.exp(utility(o)), 0);
    const buyers = 200_000_000 / 4; // quarter 0: spending at the reference price, no growth yet
    const outcome = resolveMarket(state, us, 'robotics', 1);
    for (const o of sellers) {
      const share = Math.exp(utility(o)) / total;
      const units = share * buyers * (o.price / 4) ** -1.5;
      expect(outcome.shares[o.seller]).toBeCloseTo(share, 10);
      expect(outcome.units[o.seller]! / units).toBeCloseTo(1, 10);
      expect(outcome.revenue[o.seller]! / (units * o.price)).toBeCloseTo(1, 10);
    }
    expect(labOf(state).prices['robotics']).toBe(2.5);
    expect(labOf(state, 'meridian').prices['robotics']).toBe(4); // no price in the file: the reference price
  });

  it('plays in id order whatever order the file lists its segments, and the quarter report lists the third one', () => {
    const scenario = withSegments({ robotics });
    expect(Object.keys(scenario.segments)).toEqual(['api', 'consumer', 'robotics']);
    const reordered = { ...scenario, segments: { robotics, consumer: tutorial.segments['consumer']!, api: tutorial.segments['api']! } };
    expect(segmentIds(reordered)).toEqual(['api', 'consumer', 'robotics']);
    const a = endQuarter(createGame(scenario, { seed: 'order', seats: bots(scenario) }));
    const b = endQuarter(createGame(reordered, { seed: 'order', seats: bots(reordered) }));
    expect(b.reports[0]).toEqual(a.reports[0]);
    const report = a.reports[0]!;
    expect(report.markets.filter((m) => !m.segment.startsWith('vertical:')).map((m) => `${m.region}/${m.segment}`))
      .toEqual(['us/api', 'us/consumer', 'us/robotics', 'row/api', 'row/consumer']);
    const market = report.markets.find((m) => m.region === 'us' && m.segment === 'robotics')!;
    expect(market.spend).toBeGreaterThan(0);
    const lantern = report.labs.find((l) => l.lab === 'lantern')!;
    const sold = lantern.products.find((p) => p.product === 'robotics')!;
    expect(sold.revenue).toBeGreaterThan(0);
    expect(lantern.lineItems.filter((i) => i.kind === 'revenue' && i.detail === 'robotics').reduce((a, i) => a + i.amount, 0)).toBeCloseTo(sold.revenue, 6);
  });

  it('a bot on an API strategy prices and sells in a segment bought by the token; a seats segment waits for a launch', () => {
    const scenario = withSegments({ robotics, tutors });
    // Lantern plays efficient-open, an API strategy: it never launches apps.
    expect(scenario.labs.find((l) => l.id === 'lantern')!.strategy).toBe('efficient-open');
    let state = createGame(scenario, { seed: 'api-bot', seats: bots(scenario) });
    expect(labOf(state).products['robotics']).toBe(true);
    expect(labOf(state).products['tutors']).toBe(false);
    const start = labOf(state).prices['robotics'];
    for (let q = 0; q < 4; q += 1) state = endQuarter(state);
    const robot = (s: GameState) => s.reports.flatMap((r) => r.labs.filter((l) => l.lab === 'lantern')).flatMap((l) => l.products.filter((p) => p.product === 'robotics'));
    expect(robot(state).length).toBe(4);
    expect(robot(state).every((p) => p.revenue > 0)).toBe(true);
    // It weighs its price there as in the API: it has moved from the reference price.
    expect(labOf(state).prices['robotics']).not.toBe(start);
    expect(labOf(state).products['tutors']).toBe(false);
    // Meridian plays frontier, which launches an app in every segment bought by the seat once it has a model.
    expect(labOf(state, 'meridian').products['tutors']).toBe(true);
  });

  it('refuses a price or a launch in a segment the scenario does not have', () => {
    const state = createGame(withSegments({ robotics }), { seed: 'unknown' });
    expect(accepted(state, launchProduct('lantern', 'cloud')).labs[0]!.products['cloud']).toBe(true);
    expect(() => accepted(state, setPrice('lantern', 'robotic', 3))).toThrow(/unknownSegment/);
    expect(() => accepted(state, launchProduct('lantern', 'tutors'))).toThrow(/unknownSegment/);
  });
});
