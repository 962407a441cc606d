import { describe, expect, it } from 'vitest';
import { applyAction, createGame, endQuarter, setPrice, type GameState } from '../../src/engine';
import { offersIn, paidShareAt, resolveMarket, salesAtPrices, tokensServed, usePerBuyer } from '../../src/engine/market';
import { tutorial } from './fixtures';
import { shippedScenario } from '../helpers';

const accepted = (state: GameState, ...actions: Parameters<typeof applyAction>[1][]) => actions.reduce((s, a) => {
  const r = applyAction(s, a);
  if (!r.ok) throw new Error(r.reason);
  return r.state;
}, state);

describe('demand in quantities: revenue is units times price', () => {
  it('a buyer uses (price / reference)^-elasticity units, bounded, and a subscription is one unit', () => {
    const api = { ...tutorial.segments.api!, elasticity: 1.2, referencePrice: 3 };
    expect(usePerBuyer(api, 3)).toBe(1);
    expect(usePerBuyer(api, 1.5)).toBeCloseTo(2 ** 1.2, 9);
    expect(usePerBuyer(api, 3e-6)).toBe(20);
    expect(usePerBuyer({ ...api, elasticity: 0 }, 0.01)).toBe(1);
  });

  it('a buyer who stays at an extreme price uses next to nothing, so $10,000 per million tokens earns less per buyer than $3', () => {
    const api = { ...tutorial.segments.api!, elasticity: 1.2, referencePrice: 3 };
    // (10,000 / 3)^-1.2 ~ 5.9e-5 units: about $0.59 a buyer against $3 at the reference (a floor of 1/20 made it $500).
    expect(usePerBuyer(api, 10_000)).toBeCloseTo((10_000 / 3) ** -1.2, 9);
    expect(usePerBuyer(api, 10_000) * 10_000).toBeLessThan(usePerBuyer(api, 3) * 3);
    expect(tokensServed(api, 1000, 10_000).units * 10_000).toBeLessThan(tokensServed(api, 1000, 3).units * 3 / 4);
  });

  it('an app with a free tier: 5% pay at the reference price, more when cheaper (at most one in ten), and free users cost tokens', () => {
    const consumer = { ...tutorial.segments.consumer!, elasticity: 0, referencePrice: 20, paidShare: 0.05, freeUse: 0.25, tokensPerDollar: 1e5 };
    expect(paidShareAt(consumer, 20)).toBeCloseTo(0.05, 12);
    expect(paidShareAt(consumer, 16)).toBeCloseTo(0.05 * 1.25 ** 1.5, 12);
    expect(paidShareAt(consumer, 0.01)).toBe(0.1);
    // 1,000 users at $20: 50 pay (one unit each), 950 use a quarter of a payer's 2M tokens.
    const served = tokensServed(consumer, 1000, 20);
    expect(served.units).toBeCloseTo(50, 9);
    expect(served.tokens).toBeCloseTo((50 + 950 * 0.25) * 2e6, 0);
  });

  it('each seller earns its own units times its own price, so a one-cent app wins buyers but almost no revenue', () => {
    const scenario = shippedScenario('us-2025');
    const start = createGame(scenario, { seed: 'cent' });
    const lab = scenario.playerLab;
    const region = scenario.regions.find((r) => r.id === start.labs.find((l) => l.id === lab)!.region)!;
    // Its app is on sale from the start: it has an installed base of users.
    expect(start.labs.find((l) => l.id === lab)!.products.consumer).toBe(true);
    const fair = start;
    const cent = accepted(fair, setPrice(lab, 'consumer', 0.01));
    const atFair = resolveMarket(fair, region, 'consumer', 1);
    const atCent = resolveMarket(cent, region, 'consumer', 1);
    expect(atFair.revenue[lab]).toBeCloseTo(atFair.units[lab]! * fair.labs.find((l) => l.id === lab)!.prices.consumer!, 2);
    expect(atCent.shares[lab]!).toBeGreaterThan(atFair.shares[lab]!);
    expect(atCent.revenue[lab]!).toBeLessThan(atFair.revenue[lab]! / 10);
    // And over a quarter the one-cent app serves more users than its revenue pays for.
    const after = endQuarter(cent).reports[0]!.labs.find((r) => r.lab === lab)!.products.find((p) => p.product === 'consumer');
    expect(after).toBeDefined();
    expect(after!.servingCost).toBeGreaterThan(after!.revenue);
  });

  it('a bot weighing prices sees exactly what the market would give it at each of them, in every region and segment', () => {
    const scenario = shippedScenario('china-2025');
    let state = createGame(scenario, { seed: 'quotes' });
    for (let q = 0; q < 4; q += 1) state = endQuarter(state);
    let compared = 0;
    for (const region of scenario.regions) {
      for (const segment of ['api', 'consumer'] as const) {
        const offers = offersIn(state, region, segment);
        for (const mine of offers.filter((o) => !o.seller.startsWith('open:'))) {
          const others = offers.filter((o) => o.seller !== mine.seller);
          const prices = [0.5 * mine.price, mine.price, 3 * mine.price];
          salesAtPrices(state, region, segment, others, mine, prices).forEach((sale, i) => {
            const market = resolveMarket(state, region, segment, 1, [...others, { ...mine, price: prices[i]! }]);
            expect(sale).toEqual({ share: market.shares[mine.seller], units: market.units[mine.seller], tokens: market.tokens[mine.seller], revenue: market.revenue[mine.seller] });
            compared += 1;
          });
        }
      }
    }
    expect(compared).toBeGreaterThan(20);
  });
});
