import { describe, expect, it } from 'vitest';
import {
  createGame,
  endQuarter,
  launchProduct,
  setRental,
  HOURS_PER_QUARTER,
  NO_PURCHASE,
  OPEN_HOSTS,
  openWeights,
  servingCostPerMillion,
  openHostPrice,
  openOffers,
  setPrice,
  setSplit,
  useModel,
  applyAction,
} from '../../src/engine';
import { applyStrategyMove } from '../../src/engine/apply-action';
import { softmaxWithOutside } from '../../src/engine/math';
import { accepted, labOf, newGame, revenueOf, tutorial } from './fixtures';

const usApi = (state: ReturnType<typeof newGame>) => state.reports.at(-1)!.markets.find((m) => m.region === 'us' && m.segment === 'api')!;

describe('markets', () => {
  it('splits spending by a logit over the offers and an outside option (hand computation)', () => {
    // The rival sits still so both labs serve their starting models at their starting prices; no word of mouth.
    const calm = { ...tutorial, world: { ...tutorial.world, buzz: 0 } };
    const state = endQuarter(createGame(calm, { seed: 'logit', seats: { meridian: { kind: 'bot', strategy: 'idle' } } }));
    const market = usApi(state);
    const lantern = tutorial.labs[0]!;
    const meridian = tutorial.labs[1]!;
    const rules = tutorial.segments.api!;
    const cap = (c: number) => 15 * Math.log10(c / 1e21);
    const u = (capability: number, price: number, reputation: number) =>
      rules.capabilityWeight * capability - rules.priceWeight * Math.log(price) + rules.reputationWeight * reputation + 0.3;
    const expected = softmaxWithOutside([u(cap(lantern.models[0]!.effectiveCompute), lantern.prices.api!, 20), u(cap(meridian.models[0]!.effectiveCompute), meridian.prices.api!, 40)], rules.outsideUtility);
    expect(market.shares['lantern']).toBeCloseTo(expected[0]!, 9);
    expect(market.shares['meridian']).toBeCloseTo(expected[1]!, 9);
    expect(market.shares[NO_PURCHASE]).toBeCloseTo(1 - expected[0]! - expected[1]!, 9);
  });

  it('word of mouth moves shares from one world to the next, unless the scenario switches it off', () => {
    const share = (seed: string, scenario = tutorial) => usApi(endQuarter(createGame(scenario, { seed, seats: { meridian: { kind: 'bot', strategy: 'idle' } } }))).shares['lantern']!;
    const calm = { ...tutorial, world: { ...tutorial.world, buzz: 0 } };
    const seeds = ['a', 'b', 'c', 'd', 'e', 'f'];
    expect(new Set(seeds.map((s) => share(s, calm).toFixed(12))).size).toBe(1);
    const noisy = seeds.map((s) => share(s));
    expect(Math.max(...noisy) / Math.min(...noisy)).toBeGreaterThan(1.2);
  });

  it('a cloud based in a region earns its share of the rent other labs pay that region\'s clouds', () => {
    let state = accepted(createGame(tutorial, { seed: 'rent', seats: { meridian: { kind: 'bot', strategy: 'idle' } } }), launchProduct('lantern', 'cloud'));
    state = accepted(state, setSplit('lantern', { training: 0, inference: 100, research: 0 }));
    state = endQuarter(accepted(state, setRental('meridian', 'h100', 'us', 100)));
    const rent = 100 * tutorial.chips.find((c) => c.id === 'h100')!.rentals.find((r) => r.region === 'us')!.pricePerHour * HOURS_PER_QUARTER;
    const items = state.reports[0]!.labs.find((r) => r.lab === 'lantern')!.lineItems;
    // The only cloud in the game hosts its in-game share of the rented chips' work (it has the servers for it).
    expect(items.find((i) => i.kind === 'revenue' && i.detail === 'rentals')?.amount).toBeCloseTo(rent * tutorial.world.inGameHostShare, 6);
  });

  it('an open-weight model is served at cost by any host and takes share: the price floor', () => {
    const closed = endQuarter(newGame('floor'));
    const opened = endQuarter(accepted(newGame('floor'), openWeights('lantern', 'lantern-1')));
    expect(usApi(opened).shares[OPEN_HOSTS]).toBeGreaterThan(0);
    expect(usApi(closed).shares[OPEN_HOSTS]).toBeUndefined();
    expect(usApi(opened).shares['lantern']!).toBeGreaterThan(0);
    // Serving a 70B model at $2 a GPU-hour: 2 x 70e9 x 1e6 FLOP / 3.46e14 FLOP/s / 3600 s x $2 = ~$0.22 per million tokens.
    expect(servingCostPerMillion({ scenario: tutorial, quarter: 0 }, 70e9)).toBeCloseTo(0.2248, 3);
    expect(labOf(opened).reputation).toBeGreaterThan(labOf(closed).reputation);
  });

  it('hosts\' serving cost falls each quarter by the world\'s decline (hand computation)', () => {
    const decline = 0.15;
    const world = { ...tutorial, world: { ...tutorial.world, servingCostDeclinePerQuarter: decline } };
    expect(servingCostPerMillion({ scenario: world, quarter: 4 }, 70e9)).toBeCloseTo(0.2248 * 0.85 ** 4, 3);
    expect(servingCostPerMillion({ scenario: tutorial, quarter: 4 }, 70e9)).toBeCloseTo(0.2248 * (1 - (tutorial.world.servingCostDeclinePerQuarter ?? 0)) ** 4, 3);
  });

  it('an open model comes with distilled versions: a quarter and a sixteenth of its active parameters, cheaper and a little less capable', () => {
    const state = accepted(newGame('family'), openWeights('lantern', 'lantern-1'));
    const model = state.models.find((m) => m.id === 'lantern-1')!;
    const offers = openOffers(state).filter((o) => o.model.id === model.id);
    const full = offers.find((o) => o.seller === `open:${model.id}`)!;
    expect(full.price).toBeCloseTo(openHostPrice(state, model), 12);
    for (const n of [4, 16]) {
      const small = offers.find((o) => o.seller === `open:${model.id}/${n}`)!;
      expect(small.activeParams).toBeCloseTo(model.activeParams / n, 0);
      expect(small.price).toBeCloseTo(full.price / n, 12);
      // A student with 1/n of the compute, doubled by its teacher: 15 points a tenfold x log10(n / 2) fewer points.
      expect(small.capability).toBeCloseTo(model.capability - 15 * Math.log10(n / 2), 6);
    }
  });

  it('a lab without enough inference compute loses the sales it cannot serve', () => {
    const starved = endQuarter(accepted(newGame('cap'), setSplit('lantern', { training: 99, inference: 1, research: 0 })));
    const served = endQuarter(accepted(newGame('cap'), setSplit('lantern', { training: 20, inference: 80, research: 0 })));
    const report = (s: typeof starved) => s.reports[0]!.labs.find((r) => r.lab === 'lantern')!;
    expect(report(starved).lostToCapacity).toBeGreaterThan(0);
    expect(report(starved).notes.map((n) => n.code)).toContain('capacityShort');
    expect(report(served).lostToCapacity).toBe(0);
    expect(revenueOf(served)).toBeGreaterThan(revenueOf(starved));
  });

  it('a lower price wins share; total spending rises with elasticity above one', () => {
    const base = endQuarter(newGame('price'));
    const cheap = endQuarter(accepted(newGame('price'), setPrice('lantern', 'api', 0.5)));
    expect(usApi(cheap).shares['lantern']!).toBeGreaterThan(usApi(base).shares['lantern']!);
    expect(usApi(cheap).spend).toBeGreaterThan(usApi(base).spend);
  });

  it('a consumer product earns nothing until launched, then earns', () => {
    const before = endQuarter(newGame('consumer'));
    const launched = endQuarter(accepted(newGame('consumer'), launchProduct('lantern', 'consumer')));
    const consumer = (s: typeof before) => s.reports[0]!.labs.find((r) => r.lab === 'lantern')!.lineItems.find((i) => i.kind === 'revenue' && i.detail === 'consumer');
    expect(consumer(before)).toBeUndefined();
    expect(consumer(launched)!.amount).toBeGreaterThan(0);
    expect(applyAction(launched, launchProduct('lantern', 'consumer'))).toMatchObject({ ok: false, reason: 'productLive' });
  });

  it('a lab may serve another lab\u2019s open model (the operating layer), never a closed one', () => {
    const state = newGame('layer');
    expect(applyAction(state, useModel('lantern', 'meridian-1'))).toMatchObject({ ok: false, reason: 'modelNotOpen' });
    const opened = accepted(state, openWeights('lantern', 'lantern-1'));
    expect(applyStrategyMove(opened, useModel('meridian', 'lantern-1')).ok).toBe(true);
  });
});
